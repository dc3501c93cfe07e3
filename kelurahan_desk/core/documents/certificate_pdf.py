"""Training certificates (sertifikat), landscape A4: a framed page with the emblem and the office's names,
the number, the participant, the programme and attendance, the lurah's signature and the signed QR.

Drawn straight on the canvas (no flowables), so that a batch of a few hundred certificates, one per
page in one PDF, renders in a few seconds; the same documents always give the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from kelurahan_desk.core.documents.document_dates import long_date
from kelurahan_desk.core.documents.fonts import SANS, SERIF
from kelurahan_desk.core.documents.letter_pdf import format_nip
from kelurahan_desk.core.documents.letterhead import OfficeHeader
from kelurahan_desk.core.documents.official_pages import Signer
from kelurahan_desk.core.documents.qr_drawing import draw_qr
from kelurahan_desk.core.documents.stamped_canvas import CREATOR, canvas_maker

PAGE = landscape(A4)
QR_SIZE = 28 * mm
GREEN = (0.11, 0.35, 0.2)
GOLD = (0.72, 0.56, 0.18)


@dataclass(frozen=True)
class CertificateDocument:
    header: OfficeHeader
    number: str
    issued_on: date
    name: str
    birth_place: str
    birth_date: date | None
    programme_title: str
    organiser: str
    place: str
    starts_on: date
    ends_on: date
    sessions_attended: int
    sessions_total: int
    lurah: Signer
    qr_text: str
    registration_id: str = ""


def render_certificate(doc: CertificateDocument) -> bytes:
    return render_certificates([doc])


def render_certificates(docs: Sequence[CertificateDocument]) -> bytes:
    """One page per certificate, in the order given."""
    if not docs:
        raise ValueError("no certificates to render")
    buffer = io.BytesIO()
    c = canvas_maker(max(d.issued_on for d in docs))(buffer, pagesize=PAGE)
    c.setTitle(f"Sertifikat {docs[0].programme_title}")
    c.setAuthor(f"Kelurahan {docs[0].header.village}")
    c.setSubject(docs[0].number if len(docs) == 1 else f"{len(docs)} sertifikat")
    c.setCreator(CREATOR)
    emblems: dict[int, ImageReader | None] = {}
    for doc in docs:
        key = id(doc.header.emblem_png)
        if key not in emblems:
            emblems[key] = _image(doc.header.emblem_png)
        _page(c, doc, emblems[key])
        c.showPage()
    c.save()
    return buffer.getvalue()


def _page(c: Canvas, doc: CertificateDocument, emblem: ImageReader | None) -> None:
    width, height = PAGE
    centre = width / 2
    _frame(c, width, height)
    top = height - 22 * mm
    if emblem is not None:
        c.drawImage(emblem, centre - 11 * mm, top - 22 * mm, 22 * mm, 22 * mm, preserveAspectRatio=True, mask="auto")
    y = top - 28 * mm
    h = doc.header
    c.setFillColorRGB(0, 0, 0)
    for text, font, size in (
        (f"PEMERINTAH {h.city_kind} {h.city.upper()}", SERIF.regular, 11),
        (f"KECAMATAN {h.district.upper()}", SERIF.regular, 11),
        (f"KELURAHAN {h.village.upper()}", SERIF.bold, 14),
    ):
        c.setFont(font, size)
        c.drawCentredString(centre, y, text)
        y -= size * 1.25
    y -= 6 * mm
    c.setFillColorRGB(*GREEN)
    c.setFont(SERIF.bold, 34)
    c.drawCentredString(centre, y, "SERTIFIKAT")
    c.setFillColorRGB(0, 0, 0)
    y -= 8 * mm
    c.setFont(SERIF.regular, 12)
    c.drawCentredString(centre, y, f"Nomor: {doc.number}")
    y -= 11 * mm
    c.drawCentredString(centre, y, "diberikan kepada:")
    y -= 12 * mm
    c.setFont(SERIF.bold, 24)
    c.drawCentredString(centre, y, _fit(doc.name.upper(), SERIF.bold, 24, width - 80 * mm))
    y -= 7 * mm
    if doc.birth_date is not None:
        c.setFont(SERIF.regular, 12)
        born = f"{doc.birth_place}, {long_date(doc.birth_date)}" if doc.birth_place else long_date(doc.birth_date)
        c.drawCentredString(centre, y, born)
    y -= 10 * mm
    days = long_date(doc.starts_on)
    if doc.ends_on != doc.starts_on:
        days += f" s.d. {long_date(doc.ends_on)}"
    sentence = (
        f"sebagai PESERTA {doc.programme_title} yang diselenggarakan oleh {doc.organiser} pada tanggal {days}"
        f"{' di ' + doc.place if doc.place else ''}, dengan kehadiran {doc.sessions_attended} dari "
        f"{doc.sessions_total} sesi."
    )
    c.setFont(SERIF.regular, 13)
    for line in simpleSplit(sentence, SERIF.regular, 13, width - 90 * mm):
        c.drawCentredString(centre, y, line)
        y -= 17
    _signature(c, doc, width)
    _qr(c, doc.qr_text)


def _frame(c: Canvas, width: float, height: float) -> None:
    c.saveState()
    c.setStrokeColorRGB(*GREEN)
    c.setLineWidth(4)
    c.rect(10 * mm, 10 * mm, width - 20 * mm, height - 20 * mm)
    c.setStrokeColorRGB(*GOLD)
    c.setLineWidth(1.2)
    c.rect(14 * mm, 14 * mm, width - 28 * mm, height - 28 * mm)
    c.restoreState()


def _signature(c: Canvas, doc: CertificateDocument, width: float) -> None:
    x = width - 80 * mm
    y = 62 * mm
    c.setFont(SERIF.regular, 12)
    c.drawCentredString(x, y, f"{doc.header.place}, {long_date(doc.issued_on)}")
    for title in doc.lurah.titles:
        y -= 15
        c.drawCentredString(x, y, title)
    y -= 22 * mm
    c.setFont(SERIF.bold, 12)
    name = doc.lurah.name or "(.................................)"
    c.drawCentredString(x, y, name)
    half = c.stringWidth(name, SERIF.bold, 12) / 2
    c.setLineWidth(0.8)
    c.line(x - half, y - 2, x + half, y - 2)
    c.setFont(SERIF.regular, 12)
    for line in (doc.lurah.rank, f"NIP {format_nip(doc.lurah.nip)}" if doc.lurah.nip else ""):
        if line:
            y -= 15
            c.drawCentredString(x, y, line)


def _qr(c: Canvas, text: str) -> None:
    if not text:
        return
    left, bottom = 30 * mm, 24 * mm
    draw_qr(c, text, left, bottom, QR_SIZE)
    c.setFont(SANS.italic, 7.5)
    c.drawString(left, bottom - 4 * mm, "Pindai untuk memeriksa keaslian sertifikat")


def _fit(text: str, font: str, size: float, width: float) -> str:
    while text and stringWidth(text, font, size) > width:
        text = text[:-1]
    return text


def _image(source: bytes | str | object | None) -> ImageReader | None:
    if not source:
        return None
    if isinstance(source, bytes):
        return ImageReader(io.BytesIO(source))
    return ImageReader(str(source))

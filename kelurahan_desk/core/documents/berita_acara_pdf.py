"""Berita acara (minutes) of the musrenbang kelurahan: the kop, the number, what the forum agreed (the
proposals per field, the priority lists, the delegates to the kecamatan forum), the signatures of
the chair and the secretary with the lurah's acknowledgement and the signed QR; then the attendance
list (Lampiran I, with a signature column) and the priority lists (Lampiran II, landscape).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kelurahan_desk.core.documents.document_dates import weekday_date
from kelurahan_desk.core.documents.fonts import SERIF
from kelurahan_desk.core.documents.letterhead import OfficeHeader
from kelurahan_desk.core.documents.official_pages import (
    PageSetup,
    Signer,
    grid_style,
    official_styles,
    place_and_date,
    render_official,
    signature_lines,
    text_width,
    wrapped,
)
from kelurahan_desk.core.documents.priority_list_pdf import FieldList, priority_tables
from kelurahan_desk.core.documents.qr_drawing import QrFlowable
from kelurahan_desk.core.domain.indonesian_format import format_rupiah
from kelurahan_desk.core.domain.terbilang import terbilang

QR_SIZE = 26 * mm
CLOSING = "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya."


@dataclass(frozen=True)
class AttendeeLine:
    name: str
    role: str  # "Ketua RT/RW", "PKK", ...
    origin: str = ""  # "RW 05", "PKK Kelurahan"


@dataclass(frozen=True)
class BeritaAcara:
    """Everything printed, already in words. An empty `number` prints a draft (DRAF across the pages)."""

    header: OfficeHeader
    year: int
    forum_on: date
    forum_time: str  # "09.00"
    zone_label: str  # WIB, WITA, WIT
    forum_place: str
    chair: Signer
    secretary: Signer
    lurah: Signer
    attendees: tuple[AttendeeLine, ...]
    delegates: tuple[AttendeeLine, ...]
    fields: tuple[FieldList, ...]
    conclusions: str = ""
    number: str = ""
    qr_text: str | None = None

    @property
    def village_line(self) -> str:
        h = self.header
        return f"Kelurahan {h.village} Kecamatan {h.district} {h.city_kind.title()} {h.city}"


def render_berita_acara(doc: BeritaAcara) -> bytes:
    styles = official_styles()
    width = text_width(False)
    number_text = escape(doc.number or "—")
    story: list[Flowable] = [
        Paragraph("<u>BERITA ACARA</u>", styles["title"]),
        Paragraph("MUSYAWARAH PERENCANAAN PEMBANGUNAN (MUSRENBANG)", styles["subtitle"]),
        Paragraph(f"KELURAHAN {escape(doc.header.village.upper())} TAHUN {doc.year}", styles["subtitle"]),
        Paragraph(f"Nomor: {number_text}", styles["subtitle"]),
        Spacer(1, 6 * mm),
        *_body_and_signatures(doc, width, styles),
        NextPageTemplate("later"),
        PageBreak(),
        *_lampiran_heading("I", doc, number_text, styles),
        Paragraph("DAFTAR HADIR", styles["title"]),
        Spacer(1, 3 * mm),
        _attendance_table(doc.attendees, width),
        NextPageTemplate("wide"),
        PageBreak(),
        *_lampiran_heading("II", doc, number_text, styles),
        Paragraph("DAFTAR USULAN PRIORITAS", styles["title"]),
        *priority_tables(doc.fields, text_width(True), styles),
    ]
    setup = PageSetup(
        header=doc.header,
        title=f"Berita Acara Musrenbang Kelurahan {doc.header.village} Tahun {doc.year}",
        subject=doc.number or "draf",
        moment=doc.forum_on,
        mark="" if doc.number else "DRAF",
    )
    return render_official(setup, story)


def _body_and_signatures(doc: BeritaAcara, width: float, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The signatures never stand alone on a page: the last decision and the closing go with them."""
    lead, last = _body(doc, width, styles)
    closing = [Paragraph(CLOSING, styles["body"]), Spacer(1, 4 * mm)]
    return [*lead, KeepTogether([*last, *closing, *_signatures(doc, width, styles)])]


def _body(doc: BeritaAcara, width: float, styles: dict[str, ParagraphStyle]) -> tuple[list[Flowable], list[Flowable]]:
    """What the forum agreed, split before its last decision (or the last lines of the other agreements)."""
    body = styles["body"]
    count = len(doc.attendees)
    time = f", pukul {escape(doc.forum_time)} {doc.zone_label}" if doc.forum_time else ""
    opening = (
        f"Pada hari ini {escape(weekday_date(doc.forum_on))}{time}, bertempat di {escape(doc.forum_place or '—')}, "
        f"telah diselenggarakan Musyawarah Perencanaan Pembangunan (Musrenbang) {escape(doc.village_line)} "
        f"dalam rangka penyusunan Rencana Kerja Pemerintah Daerah Tahun {doc.year + 1}, dihadiri oleh "
        f"{count} ({terbilang(count)}) orang sebagaimana tercantum dalam daftar hadir (Lampiran I)."
    )
    proposals = sum(len(f.rows) for f in doc.fields)
    story: list[Flowable] = [
        Paragraph(opening, body),
        Paragraph(
            "Setelah mendengar, membahas dan mempertimbangkan usulan hasil rembug warga setiap RW, "
            "musyawarah menyepakati hal-hal sebagai berikut:",
            body,
        ),
        Paragraph(f"1. Usulan kegiatan yang dibahas berjumlah {proposals} ({terbilang(proposals)}) usulan:", body),
        _field_summary(doc.fields),
        Paragraph(
            "2. Urutan prioritas usulan setiap bidang ditetapkan sebagaimana tercantum dalam Lampiran II "
            "berita acara ini.",
            body,
        ),
    ]
    delegates: list[Flowable] = [
        Paragraph(
            f"3. Menetapkan {len(doc.delegates)} ({terbilang(len(doc.delegates))}) orang delegasi kelurahan "
            "untuk mengikuti Musrenbang Kecamatan:",
            body,
        ),
        _delegates(doc.delegates, width, styles),
    ]
    others = [Paragraph(escape(line), body) for line in doc.conclusions.strip().splitlines() if line.strip()]
    if not others:
        return story, delegates
    others.insert(0, Paragraph("4. Kesepakatan lain:", body))
    split = len(others) - 2  # the last two lines go with the signatures
    if split <= 1:
        split = 0  # and the heading is never left alone above them
    return story + delegates + others[:split], others[split:]


def _field_summary(fields: tuple[FieldList, ...]) -> Table:
    data: list[list[object]] = [["Bidang", "Jumlah Usulan", "Perkiraan Biaya"]]
    for field in fields:
        data.append([field.title, str(len(field.rows)), format_rupiah(sum(r.estimated_cost for r in field.rows))])
    table = Table(data, colWidths=[60 * mm, 30 * mm, 45 * mm], hAlign="CENTER")
    table.setStyle(grid_style(("ALIGN", (1, 1), (-1, -1), "RIGHT")))
    table.spaceAfter = 2 * mm
    return table


def _delegates(delegates: tuple[AttendeeLine, ...], width: float, styles: dict[str, ParagraphStyle]) -> Flowable:
    cell = styles["cell"]
    if not delegates:
        return Paragraph("<i>(belum ada delegasi yang ditetapkan)</i>", cell)
    data = [
        [
            f"{n}.",
            Paragraph(escape(d.name), cell),
            Paragraph(escape(", ".join(p for p in (d.role, d.origin) if p)), cell),
        ]
        for n, d in enumerate(delegates, start=1)
    ]
    table = Table(data, colWidths=[10 * mm, 65 * mm, width - 85 * mm], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SERIF.regular),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    table.spaceAfter = 2 * mm
    return table


def _signatures(doc: BeritaAcara, width: float, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    sign = styles["sign"]
    half = width / 2
    pair = Table(
        [
            ["", Paragraph(escape(place_and_date(doc.header, doc.forum_on)), sign)],
            [signature_lines(doc.chair, sign), signature_lines(doc.secretary, sign)],
        ],
        colWidths=[half, half],
    )
    pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    left: list[Flowable] = []
    if doc.qr_text:
        left = [
            QrFlowable(doc.qr_text, QR_SIZE),
            Spacer(1, 1.5 * mm),
            Paragraph("Pindai untuk memeriksa keaslian berita acara", styles["caption"]),
        ]
    lurah = Table([[left, signature_lines(doc.lurah, sign)]], colWidths=[width - 90 * mm, 90 * mm])
    lurah.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (0, 0), "BOTTOM"),
                ("VALIGN", (1, 0), (1, 0), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [pair, Spacer(1, 4 * mm), lurah]


def _lampiran_heading(roman: str, doc: BeritaAcara, number: str, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    text = (
        f"Lampiran {roman} Berita Acara Musrenbang Kelurahan {escape(doc.header.village)} Tahun {doc.year}<br/>"
        f"Nomor: {number}"
    )
    heading = Table([["", Paragraph(text, styles["lampiran"])]], colWidths=[None, 95 * mm], hAlign="RIGHT")
    heading.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [heading, Spacer(1, 5 * mm)]


def _attendance_table(attendees: tuple[AttendeeLine, ...], width: float) -> Table:
    widths = [10 * mm, 55 * mm, 32 * mm, width - 135 * mm, 38 * mm]
    data: list[list[object]] = [["No.", "Nama", "Unsur", "Asal / Jabatan", "Tanda Tangan"]]
    for n, person in enumerate(attendees, start=1):
        # signatures alternate left and right of the column, as on paper lists, so that they do not overlap
        mark = f"{n}. ........" if n % 2 else f"{' ' * 12}{n}. ........"
        data.append(
            [
                str(n),
                wrapped(person.name, widths[1]),
                wrapped(person.role, widths[2]),
                wrapped(person.origin, widths[3]),
                mark,
            ]
        )
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        grid_style(
            ("ALIGN", (0, 1), (0, -1), "CENTER"),
            ("FONTSIZE", (4, 1), (4, -1), 8),
            ("TOPPADDING", (0, 1), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
        )
    )
    return table


def _role_and_origin(person: AttendeeLine) -> str:
    return ", ".join(part for part in (person.role, person.origin) if part)

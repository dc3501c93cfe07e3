"""A surat keterangan as PDF: kop, title and number, the person's data, statements, signature block, QR.

The same `LetterDocument` always gives the same bytes, so an archived letter prints again identically.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kelurahan_desk.core.documents.document_dates import long_date
from kelurahan_desk.core.documents.fonts import SANS, SERIF, register_fonts
from kelurahan_desk.core.documents.letterhead import Letterhead, OfficeHeader
from kelurahan_desk.core.documents.qr_drawing import QrFlowable
from kelurahan_desk.core.documents.stamped_canvas import CREATOR, canvas_maker

PAPER_SIZES = {"A4": (210 * mm, 297 * mm), "F4": (215 * mm, 330 * mm)}
CLOSING = "Demikian surat keterangan ini dibuat untuk dipergunakan sebagaimana mestinya."
QR_CAPTION = "Pindai untuk memeriksa keaslian surat"

LEFT, RIGHT, TOP, BOTTOM = 25 * mm, 20 * mm, 12 * mm, 18 * mm
INDENT = 12.5 * mm
BODY_SIZE, BODY_LEADING = 12.0, 16.5
QR_SIZE = 27 * mm
SIGNATURE_WIDTH = 78 * mm
SIGNATURE_SPACE = 22 * mm


@dataclass(frozen=True)
class Signatory:
    """Who signs. `capacity`: "lurah" (LURAH X,), "an" (a.n. LURAH X + `delegate_title`,),
    "plt" / "plh" (an acting lurah). `nip` as 18 digits (printed grouped); `rank` e.g. "Penata Tingkat I"."""

    name: str
    nip: str = ""
    rank: str = ""
    capacity: Literal["lurah", "an", "plt", "plh"] = "lurah"
    delegate_title: str = ""


@dataclass(frozen=True)
class LetterDocument:
    """One letter, every text already filled in. `person_rows` are (label, value) pairs in print order;
    `opening` defaults to "Yang bertanda tangan di bawah ini, <Lurah X Kecamatan Y Kota Z>, menerangkan bahwa:".
    `qr_text` is the signed payload from `qr_payload.sign_payload`; `specimen` marks demo letters, `draft` a
    letter not yet issued (shown to the verifier and the lurah before they decide; never printed as a letter)."""

    header: OfficeHeader
    title: str
    number: str
    issued_on: date
    signatory: Signatory
    person_rows: tuple[tuple[str, str], ...] = ()
    statements: tuple[str, ...] = ()
    valid_until: date | None = None
    qr_text: str | None = None
    paper: Literal["A4", "F4"] = "A4"
    specimen: bool = False
    draft: bool = False
    opening: str | None = None
    closing: str = CLOSING


def render_letter(letter: LetterDocument) -> bytes:
    register_fonts()
    page_width, page_height = PAPER_SIZES[letter.paper]
    width = page_width - LEFT - RIGHT
    kop = Letterhead(letter.header, width)
    first_top = page_height - TOP - kop.height - 4 * mm
    later_top = page_height - TOP - 8 * mm

    mark = "DRAF" if letter.draft else "SPESIMEN" if letter.specimen else ""

    def first_page(c: Canvas, _doc: BaseDocTemplate) -> None:
        if mark:
            _watermark(c, page_width, page_height, mark)
        kop.draw(c, LEFT, page_height - TOP)

    def later_page(c: Canvas, doc: BaseDocTemplate) -> None:
        if mark:
            _watermark(c, page_width, page_height, mark)
        c.setFont(SERIF.regular, 11)
        c.drawCentredString(page_width / 2, page_height - TOP - 4 * mm, f"- {doc.page} -")

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(page_width, page_height),
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=f"{letter.title.title()} {letter.number}",
        author=f"Kelurahan {letter.header.village}",
        subject=letter.number,
        creator=CREATOR,
        invariant=1,
    )
    doc.addPageTemplates(
        [
            PageTemplate("first", [_frame(width, first_top)], onPage=first_page, autoNextPageTemplate="later"),
            PageTemplate("later", [_frame(width, later_top)], onPage=later_page),
        ]
    )
    doc.build(_story(letter, width), canvasmaker=canvas_maker(letter.issued_on))
    return buffer.getvalue()


def _frame(width: float, top: float) -> Frame:
    return Frame(LEFT, BOTTOM, width, top - BOTTOM, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)


def _story(letter: LetterDocument, width: float) -> list[Flowable]:
    styles = _styles()
    opening = letter.opening or (f"Yang bertanda tangan di bawah ini, {letter.header.lurah_of}, menerangkan bahwa:")
    story: list[Flowable] = [
        Paragraph(f"<u>{escape(letter.title.upper())}</u>", styles["title"]),
        Paragraph(f"Nomor: {escape(letter.number)}", styles["number"]),
        Spacer(1, 7 * mm),
        Paragraph(escape(opening), styles["body"]),
    ]
    if letter.person_rows:
        story.append(_person_table(letter.person_rows, width, styles["cell"]))
    story += [Paragraph(escape(text), styles["body"]) for text in letter.statements]
    if letter.valid_until is not None:
        story.append(
            Paragraph(f"Surat keterangan ini berlaku sampai dengan {long_date(letter.valid_until)}.", styles["body"])
        )
    closing = [Paragraph(escape(letter.closing), styles["body"])] if letter.closing else []
    story.append(KeepTogether([*closing, Spacer(1, 8 * mm), _signature_row(letter, width, styles)]))
    return story


def _person_table(rows: tuple[tuple[str, str], ...], width: float, style: ParagraphStyle) -> Table:
    label_width = 45 * mm
    data = [
        [Paragraph(escape(label), style), Paragraph(":", style), Paragraph(escape(value), style)]
        for label, value in rows
    ]
    table = Table(
        data,
        colWidths=[label_width, 4 * mm, width - INDENT - label_width - 4 * mm],
        hAlign="RIGHT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), SERIF.regular),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        )
    )
    table.spaceBefore = 2 * mm
    table.spaceAfter = 2 * mm
    return table


def _signature_row(letter: LetterDocument, width: float, styles: dict[str, ParagraphStyle]) -> Table:
    signatory = letter.signatory
    centred = styles["sign"]
    day = long_date(letter.issued_on).replace(" ", "&nbsp;")
    lines: list[Flowable] = [Paragraph(f"{escape(letter.header.place)}, {day}", centred)]
    title = escape(letter.header.lurah_title)
    if signatory.capacity == "an":
        lines.append(Paragraph(f"a.n. {title}", centred))
        if signatory.delegate_title:
            lines.append(Paragraph(f"{escape(signatory.delegate_title)},", centred))
    elif signatory.capacity in ("plt", "plh"):
        lines.append(Paragraph(f"{signatory.capacity.title()}. {title},", centred))
    else:
        lines.append(Paragraph(f"{title},", centred))
    lines.append(Spacer(1, SIGNATURE_SPACE))
    lines.append(Paragraph(f"<b><u>{escape(signatory.name)}</u></b>", centred))
    if signatory.rank:
        lines.append(Paragraph(escape(signatory.rank), centred))
    if signatory.nip:
        lines.append(Paragraph(f"NIP {escape(format_nip(signatory.nip))}", centred))

    left: list[Flowable] = []
    if letter.qr_text:
        left = [
            QrFlowable(letter.qr_text, QR_SIZE),
            Spacer(1, 1.5 * mm),
            Paragraph(QR_CAPTION, styles["caption"]),
        ]
    table = Table([[left, lines]], colWidths=[width - SIGNATURE_WIDTH, SIGNATURE_WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (0, 0), "BOTTOM"),
                ("VALIGN", (1, 0), (1, 0), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), SERIF.regular),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def format_nip(nip: str) -> str:
    """NIP as printed: 198001012005011001 -> 19800101 200501 1 001; anything not 18 digits as given."""
    digits = "".join(nip.split())
    if len(digits) != 18 or not digits.isdigit():
        return nip
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


def _watermark(c: Canvas, page_width: float, page_height: float, text: str) -> None:
    c.saveState()
    c.setFillGray(0.86)
    c.translate(page_width / 2, page_height / 2)
    c.rotate(48)
    c.setFont(SANS.bold, 96)
    c.drawCentredString(0, -34, text)
    c.restoreState()


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body",
        fontName=SERIF.regular,
        fontSize=BODY_SIZE,
        leading=BODY_LEADING,
        alignment=TA_JUSTIFY,
        firstLineIndent=INDENT,
        spaceAfter=1.5 * mm,
    )
    return {
        "body": body,
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=SERIF.bold,
            fontSize=13,
            leading=16,
            alignment=TA_CENTER,
            firstLineIndent=0,
            spaceAfter=0,
            underlineWidth=0.9,
            underlineOffset=-2.2,
        ),
        "number": ParagraphStyle("number", parent=body, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=body, alignment=TA_LEFT, firstLineIndent=0, spaceAfter=0),
        "sign": ParagraphStyle(
            "sign",
            parent=body,
            alignment=TA_CENTER,
            firstLineIndent=0,
            spaceAfter=0,
            underlineWidth=0.8,
        ),
        "caption": ParagraphStyle(
            "caption",
            fontName=SANS.italic,
            fontSize=7.5,
            leading=9,
            alignment=TA_LEFT,
        ),
    }

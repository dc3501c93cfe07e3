"""Pages of the office's official documents beyond letters: berita acara, priority lists, participant
lists and certificates share one frame — the kop surat on the first page, page numbers after it, a
landscape template for wide lists (lampiran), and a draft mark on documents not yet numbered.

`render_official(setup, story)` builds the PDF; the same inputs always give the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer, TableStyle

from kelurahan_desk.core.documents.document_dates import long_date
from kelurahan_desk.core.documents.fonts import SANS, SERIF, register_fonts
from kelurahan_desk.core.documents.letter_pdf import format_nip
from kelurahan_desk.core.documents.letterhead import Letterhead, OfficeHeader
from kelurahan_desk.core.documents.stamped_canvas import CREATOR, canvas_maker

LEFT, RIGHT, TOP, BOTTOM = 22 * mm, 18 * mm, 12 * mm, 16 * mm
PORTRAIT = A4
WIDE = landscape(A4)
SIGNATURE_SPACE = 20 * mm


@dataclass(frozen=True)
class PageSetup:
    """`moment` stamps the PDF (its date of issue); `mark` prints across every page (e.g. "DRAF")."""

    header: OfficeHeader
    title: str
    subject: str
    moment: date
    mark: str = ""
    first_wide: bool = False  # the first page (with the kop) in landscape


def text_width(wide: bool) -> float:
    return (WIDE if wide else PORTRAIT)[0] - LEFT - RIGHT


def render_official(setup: PageSetup, story: Sequence[Flowable]) -> bytes:
    """Templates: "first" / "first_wide" (with the kop), then "later" / "wide" (page number on top).
    Switch to landscape for a lampiran with `NextPageTemplate("wide")` and a `PageBreak()`."""
    register_fonts()
    kops = {wide: Letterhead(setup.header, text_width(wide)) for wide in (False, True)}

    def first(c: Canvas, doc: BaseDocTemplate) -> None:
        size = c._pagesize
        _mark(c, setup.mark, size)
        kops[size[0] > size[1]].draw(c, LEFT, size[1] - TOP)

    def later(c: Canvas, doc: BaseDocTemplate) -> None:
        size = c._pagesize
        _mark(c, setup.mark, size)
        c.setFont(SERIF.regular, 10)
        c.drawCentredString(size[0] / 2, size[1] - TOP - 3 * mm, f"- {doc.page} -")

    def frame(size: tuple[float, float], top: float) -> Frame:
        return Frame(LEFT, BOTTOM, size[0] - LEFT - RIGHT, top - BOTTOM, 0, 0, 0, 0)

    templates = []
    for wide, size in ((False, PORTRAIT), (True, WIDE)):
        kop_top = size[1] - TOP - kops[wide].height - 4 * mm
        later_top = size[1] - TOP - 8 * mm
        suffix = "_wide" if wide else ""
        templates += [
            PageTemplate(
                f"first{suffix}",
                [frame(size, kop_top)],
                onPage=first,
                pagesize=size,
                autoNextPageTemplate="wide" if wide else "later",
            ),
            PageTemplate("wide" if wide else "later", [frame(size, later_top)], onPage=later, pagesize=size),
        ]
    if setup.first_wide:
        templates = templates[2:] + templates[:2]
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=WIDE if setup.first_wide else PORTRAIT,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=setup.title,
        author=f"Kelurahan {setup.header.village}",
        subject=setup.subject,
        creator=CREATOR,
        invariant=1,
    )
    doc.addPageTemplates(templates)
    doc.build(list(story), canvasmaker=canvas_maker(setup.moment))
    return buffer.getvalue()


def _mark(c: Canvas, text: str, size: tuple[float, float]) -> None:
    if not text:
        return
    c.saveState()
    c.setFillGray(0.88)
    c.translate(size[0] / 2, size[1] / 2)
    c.rotate(40)
    c.setFont(SANS.bold, 110)
    c.drawCentredString(0, -38, text)
    c.restoreState()


def official_styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=SERIF.regular, fontSize=12, leading=16, alignment=TA_JUSTIFY, spaceAfter=1.5 * mm
    )
    cell = ParagraphStyle("cell", fontName=SERIF.regular, fontSize=9.5, leading=11.5, alignment=TA_LEFT)
    return {
        "body": body,
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=SERIF.bold,
            fontSize=13,
            leading=16,
            alignment=TA_CENTER,
            spaceAfter=0,
            underlineWidth=0.9,
            underlineOffset=-2.2,
        ),
        "subtitle": ParagraphStyle("subtitle", parent=body, alignment=TA_CENTER, spaceAfter=0),
        "heading": ParagraphStyle(
            "heading", parent=body, fontName=SERIF.bold, spaceBefore=3 * mm, spaceAfter=1 * mm, alignment=TA_LEFT
        ),
        "cell": cell,
        "cell_bold": ParagraphStyle("cell_bold", parent=cell, fontName=SERIF.bold, alignment=TA_CENTER),
        "cell_right": ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        "cell_centre": ParagraphStyle("cell_centre", parent=cell, alignment=TA_CENTER),
        "sign": ParagraphStyle("sign", parent=body, alignment=TA_CENTER, spaceAfter=0, underlineWidth=0.8),
        "lampiran": ParagraphStyle("lampiran", parent=body, fontSize=10.5, leading=13, alignment=TA_LEFT, spaceAfter=0),
        "caption": ParagraphStyle("caption", fontName=SANS.italic, fontSize=7.5, leading=9, alignment=TA_LEFT),
    }


@dataclass(frozen=True)
class Signer:
    """One signature: the title lines above the space, the name (bold, underlined) and what follows it."""

    titles: tuple[str, ...]
    name: str
    rank: str = ""
    nip: str = ""


def signature_lines(signer: Signer, style: ParagraphStyle, *, place_date: str = "") -> list[Flowable]:
    lines: list[Flowable] = []
    if place_date:
        lines.append(Paragraph(escape(place_date), style))
    lines += [Paragraph(escape(title), style) for title in signer.titles]
    lines.append(Spacer(1, SIGNATURE_SPACE))
    lines.append(Paragraph(f"<b><u>{escape(signer.name or '(.................................)')}</u></b>", style))
    if signer.rank:
        lines.append(Paragraph(escape(signer.rank), style))
    if signer.nip:
        lines.append(Paragraph(f"NIP {escape(format_nip(signer.nip))}", style))
    return lines


CELL_SIZE = 9.5
CELL_PADDING = 3


def wrapped(text: str, width: float, *, font: str = SERIF.regular, size: float = CELL_SIZE) -> str:
    """`text` broken into lines for a table cell `width` wide: plain strings lay out far faster than
    paragraphs in long tables (a priority list of 300 proposals, an attendance list of 150)."""
    if not text:
        return ""
    return "\n".join(simpleSplit(text, font, size, width - 2 * CELL_PADDING - 0.5))


def grid_style(*extra: tuple[object, ...], header_rows: int = 1) -> TableStyle:
    """The ruled table of lists: thin grid, grey bold header, small serif cells."""
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), SERIF.regular),
            ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
            ("LEADING", (0, 0), (-1, -1), CELL_SIZE * 1.2),
            ("FONTNAME", (0, 0), (-1, header_rows - 1), SERIF.bold),
            ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), "#e6e6e6"),
            ("GRID", (0, 0), (-1, -1), 0.5, "black"),
            ("VALIGN", (0, header_rows), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            *extra,
        ]
    )


def place_and_date(header: OfficeHeader, day: date) -> str:
    return f"{header.place}, {long_date(day)}"

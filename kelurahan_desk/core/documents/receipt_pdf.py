"""The tanda terima handed to a citizen whose complaint, request or report was taken: A5 sheet or 80 mm roll."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from kelurahan_desk.core.documents.document_dates import date_and_time, weekday_date
from kelurahan_desk.core.documents.fonts import SANS, SERIF, FontFamily, register_fonts
from kelurahan_desk.core.documents.letterhead import Letterhead, OfficeHeader
from kelurahan_desk.core.documents.qr_drawing import QrFlowable
from kelurahan_desk.core.documents.stamped_canvas import CREATOR, canvas_maker

ReceiptSize = Literal["a5", "thermal"]
ANONYMOUS = "Anonim"
CONFIDENTIAL = "Dirahasiakan"  # printed for a confidential case's reporter to whoever may not know them
DESCRIPTION_MAX = {"a5": 400, "thermal": 240}


@dataclass(frozen=True)
class CaseReceipt:
    """What the citizen takes home. `received_at` is in the office's local time (`zone_label` WIB/WITA/WIT);
    `citizen_name` None prints "Anonim"; `qr_text` (optional) lets the desk find the case again by scanning."""

    header: OfficeHeader
    case_number: str
    kind: str
    received_at: datetime
    officer_name: str
    category: str = ""
    promised_on: date | None = None
    citizen_name: str | None = None
    description: str = ""
    zone_label: str = "WIB"
    qr_text: str | None = None


@dataclass(frozen=True)
class _Layout:
    width: float
    margin: float
    body_size: float
    number_size: float
    label_width: float
    kop_size: float
    kop_family: FontFamily
    emblem: bool
    qr_size: float


_LAYOUTS = {
    "a5": _Layout(148 * mm, 12 * mm, 10.0, 20.0, 36 * mm, 10.5, SERIF, True, 22 * mm),
    "thermal": _Layout(80 * mm, 4 * mm, 8.0, 15.0, 23 * mm, 8.0, SANS, False, 20 * mm),
}
A5_HEIGHT = 210 * mm


def render_case_receipt(receipt: CaseReceipt, size: ReceiptSize = "a5") -> bytes:
    """One page: A5 portrait, or 80 mm wide and exactly as long as its content for a thermal roll."""
    if size not in _LAYOUTS:
        raise ValueError(f"unknown receipt size {size!r}")
    register_fonts()
    layout = _LAYOUTS[size]
    inner = layout.width - 2 * layout.margin
    kop = Letterhead(
        receipt.header,
        inner,
        base_size=layout.kop_size,
        family=layout.kop_family,
        show_emblem=layout.emblem,
        emblem_size=17 * mm,
        compact=True,
    )
    story = _story(receipt, size, layout, inner)
    body_top_gap = kop.height + 4 * mm
    if size == "thermal":
        content = sum(_height(f, inner) for f in story)
        page_height = layout.margin * 2 + body_top_gap + content + 2 * mm
    else:
        page_height = A5_HEIGHT

    def draw_kop(c: Canvas, _doc: BaseDocTemplate) -> None:
        kop.draw(c, layout.margin, page_height - layout.margin)

    frame = Frame(
        layout.margin,
        layout.margin,
        inner,
        page_height - 2 * layout.margin - body_top_gap,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(layout.width, page_height),
        leftMargin=layout.margin,
        rightMargin=layout.margin,
        topMargin=layout.margin,
        bottomMargin=layout.margin,
        title=f"Tanda Terima {receipt.case_number}",
        author=f"Kelurahan {receipt.header.village}",
        subject=receipt.case_number,
        creator=CREATOR,
        invariant=1,
    )
    doc.addPageTemplates([PageTemplate("receipt", [frame], onPage=draw_kop)])
    doc.build(story, canvasmaker=canvas_maker(receipt.received_at))
    return buffer.getvalue()


def _story(receipt: CaseReceipt, size: ReceiptSize, layout: _Layout, inner: float) -> list[Flowable]:
    styles = _styles(layout)
    rows = [("Jenis", receipt.kind)]
    if receipt.category:
        rows.append(("Kategori", receipt.category))
    rows.append(("Diterima", date_and_time(receipt.received_at, receipt.zone_label)))
    if receipt.promised_on is not None:
        rows.append(("Perkiraan selesai", weekday_date(receipt.promised_on)))
    rows.append(("Nama pelapor", receipt.citizen_name or ANONYMOUS))
    if receipt.description:
        rows.append(("Uraian singkat", _shorten(receipt.description, DESCRIPTION_MAX[size])))

    story: list[Flowable] = [
        Paragraph("TANDA TERIMA", styles["title"]),
        Spacer(1, 2 * mm),
        _number_box(receipt.case_number, inner, styles),
        Spacer(1, 3 * mm),
        _rows_table(rows, inner, layout, styles["cell"]),
        Spacer(1, 3 * mm),
        Paragraph(escape(_how_to_ask(receipt)), styles["body"]),
        Spacer(1, 4 * mm),
        _signature_row(receipt, inner, layout, styles),
    ]
    return story


def _how_to_ask(receipt: CaseReceipt) -> str:
    header = receipt.header
    channels = []
    if header.phone:
        channels.append(f"telepon {header.phone}")
    if header.whatsapp:
        channels.append(f"WhatsApp {header.whatsapp}")
    via = f" melalui {' atau '.join(channels)}" if channels else " di kantor kelurahan"
    return (
        f"Simpan tanda terima ini. Untuk menanyakan perkembangannya, hubungi Kelurahan {header.village}{via} "
        f"dengan menyebutkan nomor {receipt.case_number}."
    )


def _number_box(number: str, inner: float, styles: dict[str, ParagraphStyle]) -> Table:
    table = Table(
        [[Paragraph("Nomor", styles["number_label"])], [Paragraph(escape(number), styles["number"])]],
        colWidths=[inner],
    )
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, "black"),
                ("FONTNAME", (0, 0), (-1, -1), SANS.regular),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
            ]
        )
    )
    return table


def _rows_table(rows: list[tuple[str, str]], inner: float, layout: _Layout, style: ParagraphStyle) -> Table:
    colon = 3 * mm
    data = [
        [Paragraph(escape(label), style), Paragraph(":", style), Paragraph(escape(value), style)]
        for label, value in rows
    ]
    table = Table(data, colWidths=[layout.label_width, colon, inner - layout.label_width - colon])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), SANS.regular),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1.5),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _signature_row(receipt: CaseReceipt, inner: float, layout: _Layout, styles: dict[str, ParagraphStyle]) -> Table:
    sign_width = min(55 * mm, inner * 0.55)
    lines = [
        Paragraph("Petugas,", styles["sign"]),
        Spacer(1, 11 * mm),
        Paragraph(f"<u>{escape(receipt.officer_name)}</u>", styles["sign"]),
    ]
    left: list[Flowable] = []
    if receipt.qr_text:
        left = [QrFlowable(receipt.qr_text, layout.qr_size)]
    table = Table([[left, lines]], colWidths=[inner - sign_width, sign_width])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("FONTNAME", (0, 0), (-1, -1), SANS.regular),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _shorten(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[: limit - 1].rsplit(" ", 1)[0] + " …"


def _height(flowable: Flowable, width: float) -> float:
    _, height = flowable.wrap(width, 10_000 * mm)
    return height + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def _styles(layout: _Layout) -> dict[str, ParagraphStyle]:
    size = layout.body_size
    body = ParagraphStyle("body", fontName=SANS.regular, fontSize=size, leading=size * 1.3, alignment=TA_LEFT)
    return {
        "body": body,
        "cell": ParagraphStyle("cell", parent=body),
        "title": ParagraphStyle(
            "title", parent=body, fontName=SANS.bold, fontSize=size * 1.4, leading=size * 1.7, alignment=TA_CENTER
        ),
        "number_label": ParagraphStyle("number_label", parent=body, fontSize=size * 0.85, alignment=TA_CENTER),
        "number": ParagraphStyle(
            "number",
            parent=body,
            fontName=SANS.bold,
            fontSize=layout.number_size,
            leading=layout.number_size * 1.15,
            alignment=TA_CENTER,
        ),
        "sign": ParagraphStyle("sign", parent=body, alignment=TA_CENTER),
    }

"""Daftar usulan prioritas: the forum's ranked proposals per field, as a lampiran of the berita acara
(landscape; one table per field with its total) or on its own with the kop surat and the lurah's
signature. `priority_tables` gives the tables for both.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from kelurahan_desk.core.documents.document_dates import long_date
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
from kelurahan_desk.core.documents.qr_drawing import QrFlowable
from kelurahan_desk.core.domain.indonesian_format import format_rupiah

QR_SIZE = 24 * mm
HEADINGS = (
    "No.",
    "No. Usulan",
    "Kegiatan",
    "Lokasi",
    "Volume",
    "Perkiraan Biaya",
    "Swadaya",
    "Pengusul",
    "Nilai",
    "Keterangan",
)
# share of the text width of each column, in the order of HEADINGS
COLUMN_SHARES = (0.04, 0.055, 0.21, 0.13, 0.07, 0.1, 0.09, 0.13, 0.05, 0.125)


@dataclass(frozen=True)
class PriorityRow:
    rank: int
    number: int
    activity: str
    location: str
    volume: str
    estimated_cost: int
    swadaya: int
    proposer: str
    score: str  # "86,50" or "" when not scored
    note: str = ""  # e.g. why the forum set the rank by hand


@dataclass(frozen=True)
class FieldList:
    title: str  # "Infrastruktur"
    rows: tuple[PriorityRow, ...]


@dataclass(frozen=True)
class PriorityList:
    """`number` and `issued_on` of the berita acara; empty number = not yet issued (printed as DRAF)."""

    header: OfficeHeader
    year: int
    fields: tuple[FieldList, ...]
    signer: Signer
    number: str = ""
    issued_on: date | None = None
    qr_text: str | None = None

    @property
    def title(self) -> str:
        return f"DAFTAR USULAN PRIORITAS MUSRENBANG KELURAHAN {self.header.village.upper()} TAHUN {self.year}"


def render_priority_list(doc: PriorityList) -> bytes:
    styles = official_styles()
    width = text_width(True)
    story: list[Flowable] = [
        Paragraph(escape(doc.title), styles["title"]),
        Paragraph(f"Lampiran Berita Acara Nomor: {escape(doc.number or '—')}", styles["subtitle"]),
        Spacer(1, 4 * mm),
        *priority_tables(doc.fields, width, styles),
        Spacer(1, 6 * mm),
        _closing(doc, width, styles),
    ]
    setup = PageSetup(
        header=doc.header,
        title=doc.title.title(),
        subject=doc.number or "draf",
        moment=doc.issued_on or date(doc.year, 1, 1),
        mark="" if doc.number else "DRAF",
        first_wide=True,
    )
    return render_official(setup, story)


def priority_tables(fields: tuple[FieldList, ...], width: float, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """A heading and one table per field ("A. BIDANG INFRASTRUKTUR"), with the field's total cost."""
    story: list[Flowable] = []
    for letter, field in zip("ABCDEFGH", fields, strict=False):
        story.append(Paragraph(f"{letter}. BIDANG {escape(field.title.upper())}", styles["heading"]))
        story.append(_table(field, width))
    return story


def _table(field: FieldList, width: float) -> Table:
    widths = [share * width for share in COLUMN_SHARES]
    data: list[list[object]] = [[wrapped(h, w, font=SERIF.bold) for h, w in zip(HEADINGS, widths, strict=True)]]
    for row in field.rows:
        cost, swadaya = format_rupiah(row.estimated_cost), format_rupiah(row.swadaya)
        texts = (
            str(row.rank),
            str(row.number),
            row.activity,
            row.location,
            row.volume,
            cost,
            swadaya,
            row.proposer,
            row.score,
            row.note,
        )
        data.append([wrapped(text, w) for text, w in zip(texts, widths, strict=True)])
    if not field.rows:
        data.append(["", "", "Tidak ada usulan.", "", "", "", "", "", "", ""])
    total_cost = format_rupiah(sum(r.estimated_cost for r in field.rows))
    total_swadaya = format_rupiah(sum(r.swadaya for r in field.rows))
    data.append(["", "", "Jumlah", "", "", total_cost, total_swadaya, "", "", ""])
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        grid_style(
            ("ALIGN", (0, 1), (1, -1), "CENTER"),
            ("ALIGN", (4, 1), (4, -1), "CENTER"),
            ("ALIGN", (5, 1), (6, -1), "RIGHT"),
            ("ALIGN", (8, 1), (8, -1), "CENTER"),
            ("SPAN", (2, -1), (4, -1)),
            ("FONTNAME", (0, -1), (-1, -1), SERIF.bold),
        )
    )
    return table


def _closing(doc: PriorityList, width: float, styles: dict[str, ParagraphStyle]) -> Flowable:
    day = doc.issued_on or date(doc.year, 1, 1)
    lines = signature_lines(doc.signer, styles["sign"], place_date=place_and_date(doc.header, day))
    left: list[Flowable] = []
    if doc.qr_text:
        left = [
            QrFlowable(doc.qr_text, QR_SIZE),
            Spacer(1, 1.5 * mm),
            Paragraph(f"Berita acara {escape(doc.number)}, {long_date(day)}", styles["caption"]),
        ]
    table = Table([[left, lines]], colWidths=[width - 85 * mm, 85 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (0, 0), "BOTTOM"),
                ("VALIGN", (1, 0), (1, 0), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return KeepTogether([table])

"""Daftar peserta pelatihan: the programme's facts, then every participant (and the waiting list) with a
mark for each session attended; landscape when there are many sessions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from kelurahan_desk.core.documents.document_dates import long_date
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

WIDE_FROM_SESSIONS = 7
PRESENT = "√"  # the embedded fonts have no ✓ (U+2713); a check mark from them would print as a blank box


@dataclass(frozen=True)
class ParticipantLine:
    name: str
    nik: str
    sex: str
    place: str  # "003/005"
    status: str  # "Peserta", "Daftar tunggu 1"
    attended: tuple[bool, ...]  # one per session


@dataclass(frozen=True)
class ParticipantList:
    header: OfficeHeader
    title: str
    organiser: str
    place: str
    starts_on: date
    ends_on: date
    quota: int
    session_dates: tuple[date, ...]
    lines: tuple[ParticipantLine, ...]
    signer: Signer
    printed_on: date


def render_participant_list(doc: ParticipantList) -> bytes:
    styles = official_styles()
    wide = len(doc.session_dates) >= WIDE_FROM_SESSIONS
    width = text_width(wide)
    days = long_date(doc.starts_on) + ("" if doc.ends_on == doc.starts_on else f" s.d. {long_date(doc.ends_on)}")
    facts = [
        ("Pelatihan", doc.title),
        ("Penyelenggara", doc.organiser),
        ("Tempat", doc.place or "—"),
        ("Tanggal", days),
        ("Kuota", f"{doc.quota} orang"),
    ]
    story: list[Flowable] = [
        Paragraph("<u>DAFTAR PESERTA PELATIHAN</u>", styles["title"]),
        Spacer(1, 4 * mm),
        _facts(facts, width),
        Spacer(1, 4 * mm),
        _table(doc, width),
        Spacer(1, 8 * mm),
        _signature(doc, width, styles),
    ]
    setup = PageSetup(doc.header, f"Daftar Peserta {doc.title}", doc.title, doc.printed_on, first_wide=wide)
    return render_official(setup, story)


def _facts(rows: list[tuple[str, str]], width: float) -> Table:
    table = Table(
        [[label, ":", wrapped(value, width - 40 * mm)] for label, value in rows],
        colWidths=[32 * mm, 4 * mm, width - 36 * mm],
        hAlign="LEFT",
    )
    style = grid_style(header_rows=0)
    style.add("GRID", (0, 0), (-1, -1), 0, "white")
    style.add("FONTSIZE", (0, 0), (-1, -1), 11)
    style.add("LEADING", (0, 0), (-1, -1), 13)
    table.setStyle(style)
    return table


def _table(doc: ParticipantList, width: float) -> Table:
    sessions = len(doc.session_dates)
    session_width = 11 * mm
    fixed = [9 * mm, 0.0, 34 * mm, 9 * mm, 17 * mm, 26 * mm]
    fixed[1] = max(40 * mm, width - sum(fixed) - sessions * session_width)
    widths = fixed + [session_width] * sessions
    heading = ["No.", "Nama", "NIK", "L/P", "RT/RW", "Status"] + [f"{d.day}/{d.month}" for d in doc.session_dates]
    data: list[list[object]] = [heading]
    for n, line in enumerate(doc.lines, start=1):
        marks = [PRESENT if here else "" for here in line.attended] + [""] * (sessions - len(line.attended))
        data.append(
            [
                str(n),
                wrapped(line.name, widths[1]),
                line.nik,
                line.sex,
                line.place,
                wrapped(line.status, widths[5]),
                *marks,
            ]
        )
    if not doc.lines:
        data.append(["", "Belum ada pendaftar.", "", "", "", ""] + [""] * sessions)
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        grid_style(
            ("ALIGN", (0, 1), (0, -1), "CENTER"),
            ("ALIGN", (3, 1), (4, -1), "CENTER"),
            ("ALIGN", (6, 1), (-1, -1), "CENTER"),
            ("FONTNAME", (6, 1), (-1, -1), "KD-Sans"),
        )
    )
    return table


def _signature(doc: ParticipantList, width: float, styles: dict[str, ParagraphStyle]) -> Flowable:
    lines = signature_lines(doc.signer, styles["sign"], place_date=place_and_date(doc.header, doc.printed_on))
    return KeepTogether([Table([["", lines]], colWidths=[width - 85 * mm, 85 * mm])])

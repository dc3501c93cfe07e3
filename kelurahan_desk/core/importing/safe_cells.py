"""Exports that a spreadsheet opens safely: text cells that a spreadsheet would run as a formula get a leading
apostrophe (OWASP "CSV injection"), and the file appears whole or not at all."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from kelurahan_desk.core.store.atomic_file import atomic_writer, write_with_atomic

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
SHEET_TITLE_LIMIT = 31
_SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def escape_cell(value: object) -> str:
    """The cell as text for an export; text that starts like a formula (also after leading spaces) is
    prefixed with `'`. Numbers and dates are not text and stay as they are."""
    if value is None:
        return ""
    if isinstance(value, str):
        return "'" + value if _starts_like_formula(value) else value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, int | float | Decimal):
        return str(value)
    return escape_cell(str(value))


def _starts_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS) or text.lstrip(" ").startswith(FORMULA_STARTS)


def write_csv(
    path: Path, headers: Sequence[object], rows: Iterable[Sequence[object]], *, delimiter: str = ","
) -> None:
    """UTF-8 with a BOM so that Excel reads names right; `delimiter=";"` suits Excel set to Indonesian."""
    with atomic_writer(Path(path)) as handle:
        text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
        writer = csv.writer(text, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow([escape_cell(value) for value in headers])
        for row in rows:
            writer.writerow([escape_cell(value) for value in row])
        text.flush()
        text.detach()


def write_xlsx(
    path: Path, headers: Sequence[object], rows: Iterable[Sequence[object]], sheet_title: str
) -> None:
    """One sheet, bold header row; numbers and dates as Excel numbers and dates, every text cell escaped."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    # Rows are taken in full first: a source that fails half-way must not leave openpyxl's sheet half-written.
    values = [[_xlsx_value(value) for value in row] for row in rows]
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(safe_sheet_title(sheet_title))
    bold = Font(bold=True)
    header_cells = []
    for value in headers:
        cell = WriteOnlyCell(sheet, value=_xlsx_value(value))
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in values:
        sheet.append(row)
    write_with_atomic(Path(path), lambda target: workbook.save(target))


def _xlsx_value(value: object) -> object:
    if isinstance(value, datetime | time) and value.tzinfo is not None:
        return value.isoformat()  # Excel has no time zones; the text keeps the offset
    if value is None or isinstance(value, bool | int | float | Decimal | datetime | date | time):
        return value
    return _XML_ILLEGAL.sub("", escape_cell(value))


def safe_sheet_title(title: str) -> str:
    """Excel refuses `[]:*?/\\` and titles over 31 characters or empty."""
    cleaned = _SHEET_TITLE_FORBIDDEN.sub(" ", _XML_ILLEGAL.sub("", title)).strip().strip("'")
    return cleaned[:SHEET_TITLE_LIMIT] or "Sheet1"

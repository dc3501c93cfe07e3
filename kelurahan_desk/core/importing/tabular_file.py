"""A resident list (or any table) from CSV or Excel: header texts, and rows of texts with their line numbers.

The format is taken from the content, not the name: a zip is an .xlsx workbook, the old binary .xls and
OpenDocument are refused, anything else is delimited text. Cells always come back as text: Excel numbers
without a fraction as their exact digits (a NIK typed as a number must not turn into `3.27301E+15`), dates as
ISO strings. Nothing here raises on bad content; problems come back in `Table.problems`.

The header is the first non-empty row, unless the caller says what its header looks like (`is_header`): then
it is the first of the leading rows that does (a title such as "DATA PENDUDUK RW 05" above it is skipped),
and of a workbook the first sheet that has one (an instructions sheet before the data is skipped).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import chain, islice
from pathlib import Path
from typing import Any

from kelurahan_desk.core.importing.csv_text import csv_records, decode_text, is_binary, sniff_delimiter
from kelurahan_desk.core.importing.row_problem import RowProblem, quote_detail

MAX_FILE_BYTES = 100 * 1024 * 1024
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
EXACT_FLOAT_LIMIT = 2**53
LONG_NUMBER_DIGITS = 16
EXCEL_SIGNIFICANT_DIGITS = 15
HEADER_SEARCH_ROWS = 10
REPLACED = "\ufffd"
"""What decoding put where a byte no encoding explains stood."""
ODS_MIMETYPE = b"mimetypeapplication/vnd.oasis.opendocument"

IsHeader = Callable[[list[str]], bool]
Records = Iterable[tuple[int, list[str]]]


@dataclass
class Table:
    """`headers` is the header row; `rows` hold the rows after it as (line, cells), cells padded or cut to
    the header width. `line` is the row number the user sees (the text line, or the Excel row)."""

    headers: list[str]
    rows: list[tuple[int, list[str]]]
    problems: list[RowProblem] = field(default_factory=list)
    source_format: str = ""
    header_line: int = 0


def read_table(path: Path, is_header: IsHeader | None = None) -> Table:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return Table([], [], [RowProblem(0, "file_too_large", str(size))])
        data = path.read_bytes()
    except OSError as error:
        return Table([], [], [RowProblem(0, "unreadable_file", quote_detail(error.strerror or str(error)))])
    return read_table_bytes(data, is_header)


def read_table_bytes(data: bytes, is_header: IsHeader | None = None) -> Table:
    if data.startswith(ZIP_MAGIC) and data[30:].startswith(ODS_MIMETYPE):
        return Table([], [], [RowProblem(0, "unsupported_format", "ods")], "ods")
    if data.startswith(ZIP_MAGIC):
        return _read_xlsx(data, is_header)
    if data.startswith(OLE_MAGIC):
        return Table([], [], [RowProblem(0, "unsupported_format", "xls")], "xls")
    if is_binary(data):
        return Table([], [], [RowProblem(0, "unsupported_format")])
    decoded = decode_text(data)
    problems = list(decoded.problems)
    records = csv_records(decoded.text, sniff_delimiter(decoded.text), problems)
    return _table_from_records(records, problems, decoded.encoding, is_header)


Leading = tuple[list[tuple[int, list[str]]], int | None, Records]


def _leading_rows(records: Records, is_header: IsHeader | None) -> Leading:
    """The first non-empty rows, the index among them of the header (None: no row looks like one), and the
    rows after them."""
    filled = ((line, cells) for line, cells in records if any(cell.strip() for cell in cells))
    leading = list(islice(filled, HEADER_SEARCH_ROWS))
    found = next((i for i, (_line, cells) in enumerate(leading) if is_header(cells)), None) if is_header else None
    return leading, found, filled


def _table_from_records(
    records: Records, problems: list[RowProblem], source_format: str, is_header: IsHeader | None = None
) -> Table:
    leading, found, rest = _leading_rows(records, is_header)
    if not leading:
        problems.append(RowProblem(0, "no_rows"))
        return Table([], [], problems, source_format)
    start = found or 0
    header_line, header_cells = leading[start]
    headers = [cell.strip() for cell in header_cells]
    rows: list[tuple[int, list[str]]] = []
    undecodable = {p.line for p in problems if p.code == "undecodable_bytes"}
    for line, cells in chain(leading[start + 1 :], rest):
        if line not in undecodable and any(REPLACED in cell for cell in cells):
            # the file's own decoding names only the first such line; every row holding one is unreadable
            problems.append(RowProblem(line, "undecodable_bytes"))
        width = len(headers)
        if len(cells) > width:
            extra = [cell for cell in cells[width:] if cell.strip()]
            if extra:
                problems.append(RowProblem(line, "extra_cells", quote_detail(", ".join(extra))))
            cells = cells[:width]
        elif len(cells) < width:
            cells = cells + [""] * (width - len(cells))
        rows.append((line, cells))
    return Table(headers, rows, problems, source_format, header_line)


# --- Excel ----------------------------------------------------------------------------------------------


def _sheet_records(sheet: Any) -> tuple[list[tuple[int, list[str]]], list[RowProblem]]:
    problems: list[RowProblem] = []
    sheet.reset_dimensions()
    records: list[tuple[int, list[str]]] = []
    try:
        for line, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
            records.append((line, [_cell_text(v, line, col, problems) for col, v in enumerate(values, start=1)]))
    except Exception as error:  # a sheet cut off mid-way: keep the rows read so far
        problems.append(RowProblem(len(records) + 1, "unreadable_sheet", quote_detail(type(error).__name__)))
    return records, problems


def _read_xlsx(data: bytes, is_header: IsHeader | None) -> Table:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except Exception as error:  # a broken zip or malformed XML surfaces as many exception types
        return Table([], [], [RowProblem(0, "unreadable_file", quote_detail(type(error).__name__))], "xlsx")
    try:
        if not workbook.worksheets:
            return Table([], [], [RowProblem(0, "no_sheet")], "xlsx")
        first: tuple[list[tuple[int, list[str]]], list[RowProblem]] | None = None
        for sheet in workbook.worksheets:
            records, problems = _sheet_records(sheet)
            first = first or (records, problems)
            if is_header is None or _leading_rows(records, is_header)[1] is not None:
                return _table_from_records(records, problems, "xlsx", is_header)
        assert first is not None
        return _table_from_records(*first, "xlsx", is_header)
    finally:
        workbook.close()


def _cell_text(value: object, line: int, column: int, problems: list[RowProblem]) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return _number_text(value, line, column, problems)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(timespec="seconds")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


def _number_text(value: int | float, line: int, column: int, problems: list[RowProblem]) -> str:
    if isinstance(value, float) and not value.is_integer():
        return repr(value)
    number = int(value)
    digits = str(number)
    if len(digits.lstrip("-")) >= LONG_NUMBER_DIGITS and _digits_may_be_lost(value, digits):
        problems.append(RowProblem(line, "nik_precision_lost", f"kolom {column}: {digits}"))
    return digits


def _digits_may_be_lost(value: int | float, digits: str) -> bool:
    """True when a long number (a NIK or KK typed into Excel as a number) cannot be trusted to the last digit.

    Excel keeps 15 significant digits, so a 16-digit number typed there ends in 0 whatever was typed; a
    float beyond 2**53 cannot even hold every integer; and a short mantissa (`3.27301E+15`) lost the rest.
    """
    if isinstance(value, float) and abs(value) >= EXACT_FLOAT_LIMIT:
        return True
    significant = digits.lstrip("-").rstrip("0")
    return len(significant) <= EXCEL_SIGNIFICANT_DIGITS

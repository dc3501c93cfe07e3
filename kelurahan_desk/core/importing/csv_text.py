"""Delimited text from outside: bytes to text (UTF-8, UTF-8 with BOM, UTF-16 with BOM, cp1252), the
delimiter guessed from the first records, and records with the line each starts on."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from kelurahan_desk.core.importing.row_problem import RowProblem, quote_detail

UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
DELIMITERS = (",", ";", "\t")
SNIFF_CHARS = 64 * 1024
BINARY_SNIFF_BYTES = 8192
SNIFF_RECORDS = 50
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    problems: list[RowProblem] = field(default_factory=list)


def line_at(text: str, position: int) -> int:
    """The 1-based line of `position`, counting line breaks the way the csv reader does."""
    return len(_LINE_BREAK.findall(text, 0, position)) + 1


def is_binary(data: bytes) -> bool:
    """A picture, a PDF, an old .xls: text never holds a NUL byte near its start (UTF-16 aside, which starts
    with its BOM here)."""
    return b"\x00" in data[:BINARY_SNIFF_BYTES] and data[:2] not in UTF16_BOMS


def decode_text(data: bytes) -> DecodedText:
    """UTF-8 when the bytes are valid UTF-8, else cp1252 (what Excel on Windows writes); a BOM decides first.

    Bytes that no encoding explains become U+FFFD and one `undecodable_bytes` problem names the first line.
    """
    if data.startswith(UTF8_BOM):
        encoding = "utf-8-sig"
    elif data[:2] in UTF16_BOMS:
        encoding = "utf-16"
    else:
        try:
            return DecodedText(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            encoding = "cp1252"
    text = data.decode(encoding, errors="replace")
    bad = text.find("\ufffd")
    problems = [RowProblem(line_at(text, bad), "undecodable_bytes")] if bad >= 0 else []
    return DecodedText(text, encoding, problems)


def sniff_delimiter(text: str, candidates: tuple[str, ...] = DELIMITERS) -> str:
    """The candidate that splits the first records into the most consistent number (> 1) of fields.

    Quoting is honoured, so a comma inside a quoted name does not count. Ties go to the earlier candidate.
    """
    sample = text[:SNIFF_CHARS]
    if len(text) > SNIFF_CHARS:
        last_break = max(sample.rfind("\n"), sample.rfind("\r"))
        sample = sample[: last_break + 1] if last_break > 0 else sample
    best: tuple[tuple[bool, bool, int, float], str] | None = None
    for delimiter in candidates:
        widths = _record_widths(sample, delimiter)
        if not widths:
            continue
        width, seen = Counter(widths).most_common(1)[0]
        share = seen / len(widths)
        score = (width > 1, share >= 0.9, width, share)
        if best is None or score > best[0]:
            best = (score, delimiter)
    return best[1] if best is not None else candidates[0]


def _record_widths(sample: str, delimiter: str) -> list[int]:
    widths: list[int] = []
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    try:
        for record in reader:
            if "".join(record).strip(' ,;\t"'):
                widths.append(len(record))
            if len(widths) >= SNIFF_RECORDS:
                break
    except csv.Error:
        pass
    return widths


def csv_records(text: str, delimiter: str, problems: list[RowProblem]) -> Iterator[tuple[int, list[str]]]:
    """Every record with the line it starts on; a record the csv module refuses becomes a problem, and so does
    one with a cell whose later lines look like records of their own (a number, then the delimiter): a quote
    left open has swallowed the rows after it. The record still comes back, so the caller can refuse it by its
    line; a quoted address typed over two lines is no such thing."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    line = 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            problems.append(RowProblem(line, "malformed_record", quote_detail(str(error))))
            line = reader.line_num + 1
            continue
        if reader.line_num > line and any(_swallows_records(cell, delimiter) for cell in record):
            problems.append(RowProblem(line, "open_quote", f"baris {line}–{reader.line_num}"))
        yield line, record
        line = reader.line_num + 1


def _swallows_records(cell: str, delimiter: str) -> bool:
    for later in cell.splitlines()[1:]:
        first, found, _rest = later.partition(delimiter)
        if found and first.strip() and all(c.isdigit() or c in ". " for c in first.strip()):
            return True
    return False

"""The national region table from a file: a MySQL dump like the published `wilayah.sql`, or CSV `kode,nama`.

The dump may hold any number of `INSERT INTO … (kode, nama) VALUES (…),(…);` statements, one tuple per line
or all on one line, with comments and other statements (DROP, CREATE TABLE, SET) around them. Names may
escape quotes as `\\'` or `''`. The CSV may have a header row and `,` or `;` between the two columns.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from kelurahan_desk.core.importing.csv_text import csv_records, decode_text, is_binary, sniff_delimiter
from kelurahan_desk.core.importing.row_problem import RowProblem, quote_detail

CODE_PATTERN = re.compile(r"[0-9]{2}(?:\.[0-9]{2}(?:\.[0-9]{2}(?:\.[0-9]{4})?)?)?")
NAME_LIMIT = 100
MAX_FILE_BYTES = 64 * 1024 * 1024
LEVEL_NAMES = {1: "province", 2: "regency", 3: "district", 4: "village"}


class RegionRow(NamedTuple):
    code: str
    name: str

    @property
    def level(self) -> int:
        """1 province, 2 kabupaten/kota, 3 kecamatan, 4 kelurahan/desa: the number of dotted segments."""
        return self.code.count(".") + 1

    @property
    def parent_code(self) -> str | None:
        return self.code.rsplit(".", 1)[0] if "." in self.code else None


class RegionFileResult(NamedTuple):
    rows: list[RegionRow]
    problems: list[RowProblem]


def read_region_file(path: Path) -> RegionFileResult:
    """Every valid row of the file and a problem for every refused one; never raises on bad content."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return RegionFileResult([], [RowProblem(0, "file_too_large", str(size))])
        data = path.read_bytes()
    except OSError as error:
        detail = quote_detail(error.strerror or str(error))
        return RegionFileResult([], [RowProblem(0, "unreadable_file", detail)])
    return read_region_bytes(data)


def read_region_bytes(data: bytes) -> RegionFileResult:
    if is_binary(data):
        return RegionFileResult([], [RowProblem(0, "not_a_region_table")])
    decoded = decode_text(data)
    collector = _Collector(list(decoded.problems))
    if _looks_like_sql(decoded.text):
        _SqlReader(decoded.text, collector).read()
    else:
        _read_csv(decoded.text, collector)
    if not collector.rows:
        collector.problems.append(RowProblem(0, "no_rows"))
    return RegionFileResult(collector.rows, collector.problems)


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class _Collector:
    def __init__(self, problems: list[RowProblem]) -> None:
        self.rows: list[RegionRow] = []
        self.problems = problems
        self._first_line: dict[str, int] = {}

    def add(self, line: int, code: str | None, name: str | None) -> None:
        code = (code or "").strip()
        name = " ".join((name or "").split())
        problem = self._problem(code, name)
        if problem is not None:
            self.problems.append(RowProblem(line, problem, quote_detail(code or name)))
            return
        first = self._first_line.get(code)
        if first is not None:
            self.problems.append(RowProblem(line, "duplicate_code", f"{code} (baris {first})"))
            return
        self._first_line[code] = line
        self.rows.append(RegionRow(code, name))

    def _problem(self, code: str, name: str) -> str | None:
        if not code:
            return "missing_code"
        if not CODE_PATTERN.fullmatch(code):
            return "invalid_code"
        if not name:
            return "empty_name"
        if len(name) > NAME_LIMIT:
            return "name_too_long"
        if _CONTROL.search(name):
            return "invalid_name"
        return None


# --- SQL dump -------------------------------------------------------------------------------------------

_STRING = r"'(?:[^'\\]++|\\.|'')*+'"
_VALUE = rf"(?:{_STRING}|NULL|-?[0-9]+(?:\.[0-9]+)?)"
_GAP = re.compile(r"(?:\s++|/\*.*?\*/|--[^\r\n]*+|\#[^\r\n]*+)*+", re.S)
_INSERT = re.compile(
    r"(?:INSERT|REPLACE)\s+(?:(?:LOW_PRIORITY|DELAYED|HIGH_PRIORITY|IGNORE)\s+)*(?:INTO\s+)?"
    r"([`\"\w.]+)\s*(?:\(([^()]*)\))?\s*VALUES?\b",
    re.I,
)
_TUPLE = re.compile(rf"\(\s*+({_VALUE}(?:\s*+,\s*+{_VALUE})*+)\s*+\)", re.I | re.S)
_VALUES = re.compile(_VALUE, re.I | re.S)
_STATEMENT = re.compile(
    r"""(?:[^;'"`/\#-]++|'(?:[^'\\]++|\\.|'')*+'|"(?:[^"\\]++|\\.)*+"|`[^`]*+`"""
    r"""|/\*.*?\*/|--[^\r\n]*+|\#[^\r\n]*+|[/\#-])*+;?""",
    re.S,
)
_RESYNC = re.compile(r"\)\s*,\s*(?=\()|;")
_ESCAPE = re.compile(r"\\(.)|''", re.S)
_MYSQL_ESCAPES = {"0": "\0", "b": "\b", "n": "\n", "r": "\r", "t": "\t", "Z": "\x1a"}
_SQL_START = re.compile(r"(?:/\*|--|\#|(?:DROP|CREATE|INSERT|REPLACE|SET|LOCK|USE|START|BEGIN)\b)", re.I)
_OTHER_STATEMENTS = frozenset(
    {"DROP", "CREATE", "SET", "LOCK", "UNLOCK", "USE", "START", "BEGIN", "COMMIT", "ALTER", "DELETE"}
    | {"TRUNCATE", "ROLLBACK", "PRAGMA"}
)


def _looks_like_sql(text: str) -> bool:
    start = _GAP.match(text).end() if text else 0
    if _SQL_START.match(text, start):
        return True
    return re.search(r"\bINSERT\s+INTO\b", text[: 1024 * 1024], re.I) is not None


def _unquote(token: str) -> str | None:
    if not token.startswith("'"):
        return None if token.upper() == "NULL" else token
    body = token[1:-1]
    if "\\" in body or "''" in body:
        body = _ESCAPE.sub(_unescape, body)
    return body


def _unescape(match: re.Match[str]) -> str:
    char = match.group(1)
    if char is None:
        return "'"
    if char in "%_":
        return "\\" + char
    return _MYSQL_ESCAPES.get(char, char)


class _SqlReader:
    def __init__(self, text: str, collector: _Collector) -> None:
        self._text = text
        self._out = collector
        self._newline = "\n" if "\n" in text else "\r"
        self._line_pos = 0
        self._line = 1

    def line_at(self, position: int) -> int:
        """Positions only move forward, so counting from the last one keeps the whole scan linear."""
        if position >= self._line_pos:
            self._line += self._text.count(self._newline, self._line_pos, position)
            self._line_pos = position
            return self._line
        return self._text.count(self._newline, 0, position) + 1

    def _problem(self, position: int, code: str, detail: str = "") -> None:
        self._out.problems.append(RowProblem(self.line_at(position), code, quote_detail(detail)))

    def read(self) -> None:
        text, end = self._text, len(self._text)
        position = 0
        while True:
            position = _GAP.match(text, position).end()
            if position >= end:
                return
            insert = _INSERT.match(text, position)
            if insert is not None:
                position = self._read_insert(insert)
                continue
            statement = _STATEMENT.match(text, position)
            if statement.end() == position:
                self._problem(position, "unterminated_string", text[position : position + 60])
                return
            first_word = text[position : position + 12].split(None, 1)[0].upper().rstrip(";(")
            if first_word not in _OTHER_STATEMENTS:
                self._problem(position, "unrecognised_statement", text[position : position + 60])
            position = statement.end()

    def _read_insert(self, insert: re.Match[str]) -> int:
        code_index, name_index = 0, 1
        if insert.group(2) is not None:
            columns = [c.strip().strip("`\"'").lower() for c in insert.group(2).split(",")]
            if "kode" not in columns or "nama" not in columns:
                self._problem(insert.start(), "unknown_columns", insert.group(2))
                return _STATEMENT.match(self._text, insert.end()).end() or insert.end()
            code_index, name_index = columns.index("kode"), columns.index("nama")
        return self._read_tuples(insert.end(), code_index, name_index)

    def _read_tuples(self, position: int, code_index: int, name_index: int) -> int:
        text, end = self._text, len(self._text)
        needed = max(code_index, name_index)
        while True:
            position = _GAP.match(text, position).end()
            row = _TUPLE.match(text, position)
            if row is None:
                position = self._resync(position, "malformed_row")
                if position < 0:
                    return end
                if text[position - 1] == ";":
                    return position
                continue
            values = _VALUES.findall(row.group(1))
            if len(values) <= needed:
                self._problem(position, "malformed_row", row.group(0))
            else:
                code, name = _unquote(values[code_index]), _unquote(values[name_index])
                self._out.add(self.line_at(position), code, name)
            position = _GAP.match(text, row.end()).end()
            if position >= end:
                self._problem(position, "unterminated_statement")
                return end
            if text[position] == ";":
                return position + 1
            if text[position] == ",":
                position += 1
                continue
            position = self._resync(position, "missing_separator")
            if position < 0:
                return end
            if text[position - 1] == ";":
                return position

    def _resync(self, position: int, code: str) -> int:
        """After a broken tuple: report it, then go on after the next `),` or `;` (-1 when there is none)."""
        self._problem(position, code, self._text[position : position + 60])
        found = _RESYNC.search(self._text, position + 1)
        return -1 if found is None else found.end()


# --- CSV ------------------------------------------------------------------------------------------------

_CODE_HEADERS = frozenset({"kode", "code", "kode_wilayah", "kode wilayah", "kd_wilayah", "id"})
_NAME_HEADERS = frozenset({"nama", "name", "nama_wilayah", "nama wilayah", "nm_wilayah"})


def _delimiter(text: str) -> str:
    """The first `,` or `;` of the first line: neither a code nor a header word holds one, while a name may
    hold either (`11;Aceh, Barat`)."""
    first_line = text.lstrip().split("\n", 1)[0]
    found = [(first_line.find(mark), mark) for mark in (",", ";") if mark in first_line]
    return min(found)[1] if found else sniff_delimiter(text)


def _read_csv(text: str, collector: _Collector) -> None:
    code_index, name_index = 0, 1
    first = True
    for line, record in csv_records(text, _delimiter(text), collector.problems):
        if not any(cell.strip() for cell in record):
            continue
        if first:
            first = False
            cells = [cell.strip().lower() for cell in record]
            if not any(ch.isdigit() for ch in "".join(cells[:1])):
                code_index, name_index = _csv_columns(cells, line, collector)
                continue
        if len(record) <= max(code_index, name_index):
            collector.problems.append(RowProblem(line, "missing_column", quote_detail(",".join(record))))
            continue
        collector.add(line, record[code_index], record[name_index])


def _csv_columns(header: list[str], line: int, collector: _Collector) -> tuple[int, int]:
    code = next((i for i, cell in enumerate(header) if cell in _CODE_HEADERS), None)
    name = next((i for i, cell in enumerate(header) if cell in _NAME_HEADERS), None)
    if code is None or name is None or code == name:
        collector.problems.append(RowProblem(line, "unknown_columns", quote_detail(",".join(header))))
        return 0, 1
    return code, name

"""Random and broken input never makes a reader raise: it gives a clean result with problems."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from kelurahan_desk.core.importing.region_file import CODE_PATTERN, RegionRow, read_region_bytes
from kelurahan_desk.core.importing.tabular_file import Table, read_table_bytes


def assert_clean_table(table: Table) -> None:
    assert all(isinstance(header, str) for header in table.headers)
    lines = [line for line, _ in table.rows]
    assert lines == sorted(set(lines)) and all(line > table.header_line for line in lines)
    for _, cells in table.rows:
        assert len(cells) == len(table.headers) and all(isinstance(cell, str) for cell in cells)
    assert all(problem.line >= 0 and problem.code for problem in table.problems)


def assert_clean_regions(rows: list[RegionRow], problems: list) -> None:
    codes = [row.code for row in rows]
    assert len(codes) == len(set(codes))
    for row in rows:
        assert CODE_PATTERN.fullmatch(row.code) and row.name.strip() and 1 <= row.level <= 4
    assert all(problem.line >= 0 and problem.code for problem in problems)


@settings(max_examples=300)
@given(st.binary(max_size=2000))
def test_random_bytes_as_a_table(data: bytes) -> None:
    assert_clean_table(read_table_bytes(data))


CSV_TEXT = st.text(alphabet=st.sampled_from(list("ab1 ,;\t\"'\r\n=\x00é")), max_size=400)


@settings(max_examples=300)
@given(CSV_TEXT, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_random_csv_text_as_a_table(text: str, encoding: str) -> None:
    assert_clean_table(read_table_bytes(text.encode(encoding, errors="replace")))


def small_workbook() -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["NIK", "Nama", "Lahir"])
    sheet.append([3273014501900001, "Siti", "1990-01-05"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


WORKBOOK = small_workbook()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(WORKBOOK) - 1), st.integers(0, 255)), min_size=1, max_size=8))
def test_damaged_workbooks(changes: list[tuple[int, int]]) -> None:
    data = bytearray(WORKBOOK)
    for position, value in changes:
        data[position] = value
    assert_clean_table(read_table_bytes(bytes(data)))


@settings(max_examples=30, deadline=None)
@given(st.integers(4, len(WORKBOOK) - 1))
def test_cut_workbooks(length: int) -> None:
    assert_clean_table(read_table_bytes(WORKBOOK[:length]))


@settings(max_examples=300)
@given(st.binary(max_size=2000))
def test_random_bytes_as_a_region_file(data: bytes) -> None:
    assert_clean_regions(*read_region_bytes(data))


SQL_PIECES = st.sampled_from(
    [
        "INSERT INTO wilayah (kode, nama) VALUES", "INSERT INTO `wilayah` VALUES", "('11','Aceh')",
        "('11.01','Ba''u')", "('11.01.01','O\\'ra')", "(", ")", ",", ";", "'", "''", "\\", "\\'", "/*", "*/",
        "--", "#", "\n", "\r\n", " ", "NULL", "11.01.01.2001", "VALUES", "DROP TABLE wilayah", "(kode, nama)",
    ]
)  # fmt: skip


@settings(max_examples=400)
@given(st.lists(SQL_PIECES, max_size=40))
def test_random_sql_fragments(pieces: list[str]) -> None:
    assert_clean_regions(*read_region_bytes("".join(pieces).encode()))


REGION_NAMES = (
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=["Cc", "Cs", "Zl", "Zp"]),
        min_size=1,
        max_size=30,
    )
    .map(lambda name: " ".join(name.split()))
    .filter(bool)
)
REGION_CODES = st.builds(
    lambda parts: ".".join(parts),
    st.lists(st.sampled_from(["11", "32", "73", "01"]), min_size=1, max_size=3).map(list)
    | st.tuples(
        st.just("32"), st.just("73"), st.just("01"), st.from_regex(r"[12][0-9]{3}", fullmatch=True)
    ).map(list),
)
REGION_TABLES = st.dictionaries(REGION_CODES, REGION_NAMES, min_size=1, max_size=25)


def sql_quote(text: str, style: str) -> str:
    if style == "backslash":
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


@given(REGION_TABLES, st.sampled_from(["backslash", "doubled"]), st.sampled_from([",\n", ",", ",\r\n  "]))
def test_any_table_written_as_a_dump_reads_back(table: dict[str, str], style: str, separator: str) -> None:
    tuples = separator.join(
        f"({sql_quote(code, style)},{sql_quote(name, style)})" for code, name in table.items()
    )
    dump = (
        "-- dump\nCREATE TABLE wilayah (kode varchar(13), nama varchar(100));\n"
        f"INSERT INTO wilayah (kode, nama) VALUES\n{tuples};\n"
    )
    rows, problems = read_region_bytes(dump.encode())
    assert problems == [] and rows == [RegionRow(code, name) for code, name in table.items()]


@given(REGION_TABLES, st.sampled_from([",", ";"]), st.booleans(), st.booleans())
@example({"11": ",", "32": "Jawa, Barat"}, ";", False, False)
@example({"11": "Aceh,Besar,Utara"}, ";", True, True)
def test_any_table_written_as_csv_reads_back(
    table: dict[str, str], delimiter: str, header: bool, bom: bool
) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    if header:
        writer.writerow(["kode", "nama"])
    writer.writerows(table.items())
    rows, problems = read_region_bytes(buffer.getvalue().encode("utf-8-sig" if bom else "utf-8"))
    assert problems == [] and rows == [RegionRow(code, name) for code, name in table.items()]


def test_the_readers_load_neither_sqlalchemy_nor_qt() -> None:
    code = (
        "import sys\n"
        "import kelurahan_desk.core.importing.region_file, kelurahan_desk.core.importing.tabular_file\n"
        "import kelurahan_desk.core.importing.resident_columns, kelurahan_desk.core.importing.safe_cells\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'PySide6')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"

"""Exports: formula-looking text is defused, and a file is replaced whole or not at all."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from kelurahan_desk.core.importing.safe_cells import (
    FORMULA_STARTS,
    escape_cell,
    safe_sheet_title,
    write_csv,
    write_xlsx,
)

ATTACKS = [
    '=HYPERLINK("http://x","klik")',
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "  =cmd|' /C calc'!A0",
]


@pytest.mark.parametrize("text", ATTACKS)
def test_formula_starts_get_an_apostrophe(text: str) -> None:
    assert escape_cell(text) == "'" + text


@pytest.mark.parametrize(
    ("value", "expected"),
    [("Siti Aminah", "Siti Aminah"), ("Jl. Melati - No. 10", "Jl. Melati - No. 10"), ("", ""), (None, ""),
     (-5, "-5"), (2.5, "2.5"), (True, "TRUE"), (date(2026, 11, 28), "2026-11-28"),
     ("3273014501900001", "3273014501900001")],
)  # fmt: skip
def test_plain_values_stay_as_they_are(value: object, expected: str) -> None:
    assert escape_cell(value) == expected


@given(st.text())
def test_no_escaped_text_starts_like_a_formula(text: str) -> None:
    escaped = escape_cell(text)
    assert not escaped.lstrip(" ").startswith(FORMULA_STARTS)
    assert escaped in (text, "'" + text)


def read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_csv_export_round_trips_with_escapes(tmp_path: Path) -> None:
    path = tmp_path / "ekspor" / "penduduk.csv"
    rows = [["3273014501900001", 'Siti; "Ami"', 3], ["3273010101800002", "=1+1", None]]
    write_csv(path, ["NIK", "Nama", "RT"], rows)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert read_csv(path) == [["NIK", "Nama", "RT"], ["3273014501900001", 'Siti; "Ami"', "3"],
                              ["3273010101800002", "'=1+1", ""]]  # fmt: skip
    write_csv(path, ["a", "b"], [["1", "2"]], delimiter=";")
    assert path.read_bytes() == b"\xef\xbb\xbfa;b\r\n1;2\r\n"
    assert list(path.parent.iterdir()) == [path]


def failing_rows() -> Iterator[list[object]]:
    yield ["baru", "baru"]
    raise OSError(28, "No space left on device")


def test_a_failed_export_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    for name, write in (("a.csv", write_csv), ("a.xlsx", lambda p, h, r: write_xlsx(p, h, r, "Data"))):
        path = tmp_path / name
        write(path, ["x", "y"], [["lama", "lama"]])
        before = path.read_bytes()
        with pytest.raises(OSError):
            write(path, ["x", "y"], failing_rows())
        assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "a.xlsx"]


def test_xlsx_export_keeps_types_and_defuses_formulas(tmp_path: Path) -> None:
    path = tmp_path / "penduduk.xlsx"
    write_xlsx(
        path,
        ["NIK", "Nama", "RT", "Lahir"],
        [
            ["3273014501900001", '=HYPERLINK("http://x")', 3, date(1990, 1, 5)],
            ["1", "Bad\x01Char", None, None],
        ],
        "Penduduk: RT/RW [2026]",
    )
    workbook = load_workbook(path)
    sheet = workbook.active
    assert sheet.title == "Penduduk  RT RW  2026"
    cells = [[cell for cell in row] for row in sheet.iter_rows()]
    assert [c.value for c in cells[0]] == ["NIK", "Nama", "RT", "Lahir"] and cells[0][0].font.b
    assert cells[1][0].value == "3273014501900001" and cells[1][0].data_type == "s"
    assert cells[1][1].value == '\'=HYPERLINK("http://x")' and cells[1][1].data_type == "s"
    assert cells[1][2].value == 3 and cells[1][3].value.date() == date(1990, 1, 5)
    assert cells[2][1].value == "BadChar"
    assert list(tmp_path.iterdir()) == [path]


@pytest.mark.parametrize(
    ("title", "expected"), [("", "Sheet1"), ("a/b", "a b"), ("x" * 40, "x" * 31), ("'q'", "q")]
)
def test_sheet_titles_excel_accepts(title: str, expected: str) -> None:
    assert safe_sheet_title(title) == expected

"""CSV and Excel resident lists as text rows with the line numbers the user sees."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from kelurahan_desk.core.importing.row_problem import RowProblem
from kelurahan_desk.core.importing.tabular_file import read_table, read_table_bytes


def xlsx_bytes(rows: list[list[object]]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def patched_sheet(data: bytes, old: bytes, new: bytes) -> bytes:
    """The workbook with one text replaced in the first sheet's XML, as other programs may write it."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                assert old in content
                content = content.replace(old, new)
            target.writestr(item, content)
    return out.getvalue()


def test_semicolon_csv_with_bom_and_a_quoted_line_break() -> None:
    text = (
        'NIK;Nama;Alamat\r\n3273014501900001;Siti;"Jl. Melati\r\nNo. 10"\r\n'
        "\r\n3273010101800002;Budi;Jl. Mawar\r\n"
    )
    table = read_table_bytes(b"\xef\xbb\xbf" + text.encode())
    assert table.headers == ["NIK", "Nama", "Alamat"]
    assert table.rows == [
        (2, ["3273014501900001", "Siti", "Jl. Melati\r\nNo. 10"]),
        (5, ["3273010101800002", "Budi", "Jl. Mawar"]),
    ]
    assert table.problems == [] and table.source_format == "utf-8-sig" and table.header_line == 1


def test_comma_inside_quotes_does_not_fool_the_delimiter_guess() -> None:
    text = 'nik;nama;alamat\n1;"Siti, S.Pd";"Jl. A, No. 1"\n2;"Budi, S.T";"Jl. B, No. 2"\n'
    table = read_table_bytes(text.encode())
    assert table.headers == ["nik", "nama", "alamat"]
    assert table.rows[0] == (2, ["1", "Siti, S.Pd", "Jl. A, No. 1"])


def test_tab_separated_cp1252_and_utf16() -> None:
    text = "NIK\tNama\n3273014501900001\tJos\xe9 Ramos\n"
    for data, encoding in ((text.encode("cp1252"), "cp1252"), (text.encode("utf-16"), "utf-16")):
        table = read_table_bytes(data)
        assert table.source_format == encoding
        assert table.rows == [(2, ["3273014501900001", "José Ramos"])]


def test_bytes_no_encoding_explains_are_reported() -> None:
    table = read_table_bytes(b"NIK,Nama\n1,Ok\n2,Bad\x81\n")
    assert table.problems == [RowProblem(3, "undecodable_bytes")]
    assert table.rows[1] == (3, ["2", "Bad\ufffd"])


def test_short_rows_are_padded_and_extra_cells_reported() -> None:
    table = read_table_bytes(b"a,b,c\n1\n1,2,3,4\n1,2,3,,\n")
    assert table.rows == [(2, ["1", "", ""]), (3, ["1", "2", "3"]), (4, ["1", "2", "3"])]
    assert table.problems == [RowProblem(3, "extra_cells", "4")]


def test_an_oversized_field_is_reported_and_reading_goes_on() -> None:
    text = 'a,b\n1,"' + "x" * 200_000 + '"\n2,ok\n'
    table = read_table_bytes(text.encode())
    assert table.rows == [(3, ["2", "ok"])]
    assert [(p.line, p.code) for p in table.problems] == [(2, "malformed_record")]


def test_excel_numbers_dates_and_line_numbers(tmp_path: Path) -> None:
    data = xlsx_bytes(
        [
            ["NIK", "Nama", "Tanggal Lahir", "RT", "Catatan"],
            [3273014501900001, "Siti", date(1990, 1, 5), 3, 2.5],
            [None, None, None, None, None],
            ["3273010101800002", "Budi", datetime(1980, 1, 1, 7, 30), 3.0, True],
            ["9171012345678901", "Yohanes", None, None, None],
            [9171012345678908, "Markus", None, None, None],
        ]
    )
    path = tmp_path / "penduduk.xlsx"
    # openpyxl itself writes numbers beyond 2**53 rounded; other programs write the exact digits
    path.write_bytes(patched_sheet(data, b"<v>9171012345678908</v>", b"<v>9171012345678909</v>"))
    table = read_table(path)
    assert table.source_format == "xlsx" and table.problems == []
    assert table.headers == ["NIK", "Nama", "Tanggal Lahir", "RT", "Catatan"]
    assert table.rows == [
        (2, ["3273014501900001", "Siti", "1990-01-05", "3", "2.5"]),
        (4, ["3273010101800002", "Budi", "1980-01-01T07:30:00", "3", "TRUE"]),
        (5, ["9171012345678901", "Yohanes", "", "", ""]),
        (6, ["9171012345678909", "Markus", "", "", ""]),
    ]


def test_excel_niks_that_lost_digits_are_flagged() -> None:
    data = xlsx_bytes(
        [
            ["NIK", "Nama"],
            [3.27301e15, "Mantissa pendek"],  # shown by Excel as 3.27301E+15
            [3273014501900000, "Digit ke-16 dipotong Excel"],
            [9.171012345678901e15, "Di atas 2**53"],
            [3273014501900001.0, "Float tapi utuh"],
            [123456789012345, "Bukan NIK (15 digit)"],
        ]
    )
    table = read_table_bytes(data)
    assert [row[1][0] for row in table.rows] == [
        "3273010000000000",
        "3273014501900000",
        "9171012345678900",
        "3273014501900001",
        "123456789012345",
    ]
    assert [(p.line, p.code) for p in table.problems] == [
        (2, "nik_precision_lost"),
        (3, "nik_precision_lost"),
        (4, "nik_precision_lost"),
    ]
    assert table.problems[0].detail == "kolom 1: 3273010000000000"


def test_excel_with_wrong_dimensions_still_reads_every_cell() -> None:
    data = xlsx_bytes([["a", "b", "c"], [1, 2, 3], [4, 5, 6]])
    table = read_table_bytes(patched_sheet(data, b'<dimension ref="A1:C3"', b'<dimension ref="A1:A1"'))
    assert table.headers == ["a", "b", "c"] and table.rows == [(2, ["1", "2", "3"]), (3, ["4", "5", "6"])]


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"PK\x03\x04 not really a zip", "unreadable_file"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "unsupported_format"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x05V", "unsupported_format"),
        (b"NIK;Nama\n" + b"%PDF-1.7\x00\x01" * 10, "unsupported_format"),
        (b"", "no_rows"),
        (b"\n\n ,, \n", "no_rows"),
    ],
)
def test_files_that_are_not_tables_give_a_problem(data: bytes, code: str) -> None:
    table = read_table_bytes(data)
    assert table.headers == [] and table.rows == [] and [p.code for p in table.problems] == [code]


def test_a_zip_that_is_no_workbook_and_a_missing_file(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")
    assert [p.code for p in read_table_bytes(buffer.getvalue()).problems] == ["unreadable_file"]
    assert [p.code for p in read_table(tmp_path / "none.csv").problems] == ["unreadable_file"]

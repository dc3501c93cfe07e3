"""Region tables from a MySQL dump or CSV: every valid row read, every bad one reported with its line."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from kelurahan_desk.core.importing.region_file import (
    RegionRow,
    read_region_bytes,
    read_region_file,
)
from kelurahan_desk.core.importing.row_problem import RowProblem

REAL_TABLE = Path(__file__).resolve().parents[3] / ".." / "shared" / "data" / "wilayah" / "wilayah.sql"

SQL_DUMP = """/*
header comment; with a semicolon, an apostrophe (don't) and "quotes"
*/
--
-- Table structure for table wilayah
--

DROP TABLE IF EXISTS wilayah;
CREATE TABLE IF NOT EXISTS wilayah (
    kode varchar(13) NOT NULL,
    nama varchar(100) NOT NULL,
    PRIMARY KEY (kode)
) ENGINE=MyISAM;
CREATE INDEX wilayah_name_idx ON wilayah (nama);

-- Provinsi CONTOH
INSERT INTO wilayah (kode, nama)
VALUES
('91','Papua Contoh'),
('91.01','Kabupaten Contoh'),
('91.01.01','Kampung Ba''u'),
('91.01.01.2001','Desa O\\'ra'),
('91.01.01.2002','Desa Jalan; Lurus'),
('91.01.01.2003','Garis \\\\ Miring');
INSERT INTO `wilayah` VALUES ('92','Provinsi Dua'),('92.71','Kota Dua');
"""


def test_a_dump_reads_every_statement_with_escaped_quotes() -> None:
    result = read_region_bytes(SQL_DUMP.replace("\n", "\r\n").encode())
    assert result.problems == []
    assert result.rows == [
        RegionRow("91", "Papua Contoh"),
        RegionRow("91.01", "Kabupaten Contoh"),
        RegionRow("91.01.01", "Kampung Ba'u"),
        RegionRow("91.01.01.2001", "Desa O'ra"),
        RegionRow("91.01.01.2002", "Desa Jalan; Lurus"),
        RegionRow("91.01.01.2003", "Garis \\ Miring"),
        RegionRow("92", "Provinsi Dua"),
        RegionRow("92.71", "Kota Dua"),
    ]
    assert [row.level for row in result.rows[:4]] == [1, 2, 3, 4]
    assert result.rows[3].parent_code == "91.01.01" and result.rows[0].parent_code is None


def test_the_result_unpacks_into_rows_and_problems_and_rows_into_code_and_name() -> None:
    rows, problems = read_region_bytes(b"INSERT INTO wilayah (kode, nama) VALUES ('11','Aceh');")
    assert problems == []
    assert [(code, name) for code, name in rows] == [("11", "Aceh")]


def test_bad_rows_are_reported_with_their_line_and_the_rest_is_read() -> None:
    dump = "\r\n".join(
        [
            "-- line 1",
            "INSERT INTO wilayah (kode, nama) VALUES",  # line 2
            "('11','Aceh'),",
            "('11.1','Kode Salah'),",  # line 4: Excel turned 11.01 into 11.1
            "('11.01',''),",  # line 5
            "('11.02', Tanpa Kutip),",  # line 6
            "('11.03','Aceh Tengah'),",
            "('11','Aceh Lagi'),",  # line 8: duplicate of line 3
            "('11.04',NULL),",  # line 9
            "('11.05','Nama\x01Aneh'),",  # line 10
            f"('11.06','{'x' * 101}'),",  # line 11
            "('11.07','Aceh Barat');",
        ]
    )
    result = read_region_bytes(dump.encode())
    assert [row.code for row in result.rows] == ["11", "11.03", "11.07"]
    assert [(p.line, p.code) for p in result.problems] == [
        (4, "invalid_code"),
        (5, "empty_name"),
        (6, "malformed_row"),
        (8, "duplicate_code"),
        (9, "empty_name"),
        (10, "invalid_name"),
        (11, "name_too_long"),
    ]
    assert result.problems[3].detail == "11 (baris 3)"


def test_columns_are_taken_from_the_column_list() -> None:
    result = read_region_bytes(
        b"INSERT INTO wilayah (nama, kode) VALUES ('Aceh','11'),('Sumatera Utara','12');"
    )
    assert result.rows == [RegionRow("11", "Aceh"), RegionRow("12", "Sumatera Utara")]
    other = read_region_bytes(b"INSERT INTO kota (id, judul) VALUES ('11','Aceh');")
    assert other.rows == [] and other.problems[0] == RowProblem(1, "unknown_columns", "id, judul")


def test_a_truncated_dump_keeps_what_came_before_the_cut() -> None:
    dump = "INSERT INTO wilayah (kode, nama) VALUES\n('11','Aceh'),\n('12','Sumatera Utara'),\n('13','Suma"
    result = read_region_bytes(dump.encode())
    assert [row.code for row in result.rows] == ["11", "12"]
    assert [(p.line, p.code) for p in result.problems] == [(4, "malformed_row")]
    cut_at_a_tuple = read_region_bytes(b"INSERT INTO wilayah (kode, nama) VALUES ('11','Aceh'),")
    assert cut_at_a_tuple.rows == [RegionRow("11", "Aceh")] and cut_at_a_tuple.problems != []
    no_semicolon = read_region_bytes(b"INSERT INTO wilayah (kode, nama) VALUES ('11','Aceh')\n")
    assert [(p.line, p.code) for p in no_semicolon.problems] == [(2, "unterminated_statement")]


def test_statements_that_are_not_sql_are_reported() -> None:
    result = read_region_bytes(
        b"DROP TABLE wilayah;\n('11','Aceh');\nINSERT INTO wilayah VALUES ('12','Sumut');"
    )
    assert result.rows == [RegionRow("12", "Sumut")]
    assert [(p.line, p.code) for p in result.problems] == [(2, "unrecognised_statement")]


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_csv_with_header_and_semicolons(bom: bytes) -> None:
    text = (
        'kode;nama\r\n11;Aceh\r\n11.01;"Kabupaten Aceh; Selatan"\r\n'
        "\r\n11.01.01;Bakongan\r\nxx;Bukan Kode\r\n"
    )
    result = read_region_bytes(bom + text.encode())
    assert result.rows == [
        RegionRow("11", "Aceh"),
        RegionRow("11.01", "Kabupaten Aceh; Selatan"),
        RegionRow("11.01.01", "Bakongan"),
    ]
    assert result.problems == [RowProblem(6, "invalid_code", "xx")]


def test_csv_without_header_with_commas_and_cp1252() -> None:
    text = '11,Aceh\n32.73.01.1001,"Sukarasa, Kidul"\n32.73.01.1002,Caf\xe9\n32.73.01.1003\n'
    result = read_region_bytes(text.encode("cp1252"))
    assert result.rows == [
        RegionRow("11", "Aceh"),
        RegionRow("32.73.01.1001", "Sukarasa, Kidul"),
        RegionRow("32.73.01.1002", "Café"),
    ]
    assert [(p.line, p.code) for p in result.problems] == [(4, "missing_column")]


def test_csv_header_names_the_columns() -> None:
    result = read_region_bytes(b"nama,kode\nAceh,11\n")
    assert result.rows == [RegionRow("11", "Aceh")]


def test_empty_and_missing_files_give_a_problem_not_an_error(tmp_path: Path) -> None:
    assert read_region_bytes(b"") == ([], [RowProblem(0, "no_rows")])
    assert read_region_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR") == ([], [RowProblem(0, "not_a_region_table")])
    missing = read_region_file(tmp_path / "tidak-ada.sql")
    assert missing.rows == [] and missing.problems[0].code == "unreadable_file"
    folder = read_region_file(tmp_path)
    assert folder.rows == [] and folder.problems[0].code == "unreadable_file"


def test_one_line_dump_from_mysqldump(tmp_path: Path) -> None:
    tuples = ",".join(f"('11.{n:02}','Kabupaten {n}')" for n in range(1, 100))
    path = tmp_path / "dump.sql"
    path.write_text(
        f"SET NAMES utf8mb4;\nLOCK TABLES `wilayah` WRITE;\nINSERT INTO `wilayah` VALUES {tuples};\n"
    )
    result = read_region_file(path)
    assert (
        result.problems == []
        and len(result.rows) == 99
        and result.rows[-1] == RegionRow("11.99", "Kabupaten 99")
    )


@pytest.mark.skipif(not REAL_TABLE.exists(), reason=f"the published region table is not at {REAL_TABLE}")
def test_the_published_table_reads_whole_and_fast() -> None:
    started = time.perf_counter()
    result = read_region_file(REAL_TABLE)
    elapsed = time.perf_counter() - started
    assert result.problems == []
    assert len(result.rows) == 91_599
    assert elapsed < 2.0
    rows = {row.code: row for row in result.rows}
    assert rows["32"].name == "Jawa Barat" and rows["32"].level == 1
    assert rows["32.73"].name == "Kota Bandung" and rows["32.73"].level == 2
    assert rows["32.73.01"].name == "Sukasari" and rows["32.73.01"].level == 3
    assert rows["32.73.01.1001"].name == "Sukarasa" and rows["32.73.01.1001"].level == 4
    assert rows["11.01.02.2018"].name == "Pasi Kuala Ba'u"
    assert sum(1 for row in result.rows if row.level == 1) == 38

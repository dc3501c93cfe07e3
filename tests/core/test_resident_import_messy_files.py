"""Resident lists as offices really have them: Excel numbers that lost digits, a title above the header, an
instructions sheet first, a register exported in capitals, template rows numbered ahead, a quote left open.
Whatever is reported refused is never written."""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from kelurahan_desk.cli.residents_cmd import parse_mapping
from kelurahan_desk.composition import Services
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.services.resident_import import ImportPlan
from kelurahan_desk.core.store.models import Resident

ASEP = ("3273011003850002", "Asep Sunandar")
SITI = ("3273015507900001", "Siti Aminah")


def stored(services: Services) -> dict[str, str]:
    with services.store.read() as s:
        return {nik: name for nik, name in s.execute(select(Resident.nik, Resident.name))}


def imported(services: Services, admin: Actor, path: Path) -> ImportPlan:
    plan = services.resident_import.validate(admin, path)
    services.resident_import.apply(admin, plan)
    return plan


def test_rows_refused_as_the_file_is_read_are_never_written(services: Services, admin: Actor, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["NIK", "No KK", "Nama"])
    sheet.append([3273011708851230, 3273011501201230, "Angka Excel"])  # 16 digits typed as numbers: the last is 0
    sheet.append([ASEP[0], "", ASEP[1]])
    path = tmp_path / "angka.xlsx"
    book.save(path)
    plan = imported(services, admin, path)
    assert plan.rejected_rows == 1 and {p.code for p in plan.rejected} == {"nik_precision_lost"}
    assert stored(services) == {ASEP[0]: ASEP[1]}

    shifted = tmp_path / "koma.csv"
    shifted.write_text("NIK,Nama,Alamat,RT,RW\n3273011708859211,Budi Koma,Jl. Melati No. 10, Sukarasa,3,5\n")
    plan = imported(services, admin, shifted)
    assert [p.code for p in plan.rejected] == ["extra_cells"] and "3273011708859211" not in stored(services)


def test_a_title_above_the_header_and_an_instructions_sheet_are_skipped(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    titled = tmp_path / "judul.csv"
    titled.write_text(f"DATA PENDUDUK KELURAHAN SUKARASA;;\n;;\nNIK;Nama Lengkap;RT\n{ASEP[0]};{ASEP[1]};3\n")
    plan = services.resident_import.validate(admin, titled)
    assert [(p.line, p.value.name, p.value.rt) for p in plan.new] == [(4, ASEP[1], 3)] and plan.rejected == []

    book = Workbook()
    book.active.title = "PETUNJUK"
    book.active.append(["Isi data penduduk di lembar DATA. NIK ditulis sebagai teks."])
    data = book.create_sheet("DATA")
    data.append(["DATA PENDUDUK RW 05"])
    data.merge_cells("A1:C1")
    data.append(["NIK", "NAMA_LGKP", "JK"])
    data.append([SITI[0], SITI[1], "P"])
    path = tmp_path / "format-kecamatan.xlsx"
    book.save(path)
    preview = services.resident_import.preview(admin, path)
    assert preview.headers == ["NIK", "NAMA_LGKP", "JK"] and {"nik", "name", "sex"} <= preview.mapping.keys()
    imported(services, admin, path)
    assert stored(services) == {SITI[0]: SITI[1]}


def test_a_register_in_capitals_with_empty_cells_matches_what_is_stored(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    first = tmp_path / "awal.csv"
    first.write_text(f"NIK;No KK;Nama;Alamat\n{ASEP[0]};3273011201150003;{ASEP[1]};Jl. Sukarasa No. 1\n")
    imported(services, admin, first)
    siak = tmp_path / "siak.csv"
    siak.write_text(f"NIK;No KK;Nama;Alamat\n{ASEP[0]};;ASEP  SUNANDAR;JL. SUKARASA NO. 1\n")
    plan = services.resident_import.validate(admin, siak)
    assert plan.unchanged == [2] and plan.exists_different == []


def test_template_rows_numbered_ahead_are_not_reported(services: Services, admin: Actor, tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["No", "NIK", "Nama"])
    book.active.append([1, ASEP[0], ASEP[1]])
    for number in range(2, 20):
        book.active.append([number, None, None])
    path = tmp_path / "templat.xlsx"
    book.save(path)
    plan = services.resident_import.validate(admin, path)
    assert len(plan.new) == 1 and plan.rejected == []


def test_a_quote_left_open_refuses_the_rows_it_swallowed(services: Services, admin: Actor, tmp_path: Path) -> None:
    path = tmp_path / "kutip.csv"
    path.write_text(f'NIK;Nama;JK\n3273011708859231;"Ujang;L\n{SITI[0]};{SITI[1]};P\n{ASEP[0]};{ASEP[1]};L\n')
    plan = imported(services, admin, path)
    [problem] = plan.rejected
    assert (problem.line, problem.code, problem.detail) == (2, "open_quote", "baris 2–4")
    assert stored(services) == {}


def test_an_opendocument_sheet_is_refused_with_what_to_do(services: Services, admin: Actor, tmp_path: Path) -> None:
    path = tmp_path / "penduduk.ods"
    with zipfile.ZipFile(path, "w") as ods:
        ods.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        ods.writestr("content.xml", "<office:document-content/>")
    preview = services.resident_import.preview(admin, path)
    assert [(p.code, p.detail) for p in preview.problems] == [("unsupported_format", "ods")]


def test_a_warning_quotes_what_the_cell_says(services: Services, admin: Actor, tmp_path: Path) -> None:
    path = tmp_path / "peringatan.csv"
    path.write_text(f"NIK;Nama;Jenis Kelamin;Agama;RT\n{ASEP[0]};{ASEP[1]};X;LAINNYA;tiga\n")
    plan = services.resident_import.validate(admin, path)
    assert {(p.code, p.detail) for p in plan.warnings} >= {
        ("sex:unknown_choice", "X"),
        ("religion:unknown_choice", "LAINNYA"),
        ("rt:invalid_number", "tiga"),
    }


def test_a_mapping_given_on_the_command_line_keeps_the_other_suggestions() -> None:
    headers = ["NIK", "No KK", "Nama Panggilan", "NAMA_LGKP", "RT"]
    mapping = parse_mapping("name=NAMA_LGKP", headers)
    assert mapping is not None and mapping["name"] == 3 and mapping["kk"] == 1 and mapping["rt"] == 4
    assert list(mapping.values()).count(3) == 1


def test_an_rt_of_000_is_left_empty_with_a_warning_not_a_refusal(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "rt-nol.csv"
    path.write_text(f"NIK;Nama;RT/RW\n{ASEP[0]};{ASEP[1]};000/005\n")
    plan = services.resident_import.validate(admin, path)
    [planned] = plan.new
    assert (planned.value.rt, planned.value.rw) == (None, 5) and plan.rejected == []
    [warning] = plan.warnings
    assert (warning.code, dict(warning.params)) == ("rt:out_of_range", {"min": 1, "max": 999})


def test_an_address_typed_over_two_lines_is_no_open_quote(services: Services, admin: Actor, tmp_path: Path) -> None:
    path = tmp_path / "alamat.csv"
    path.write_text(f'NIK,Nama,Alamat\n{ASEP[0]},{ASEP[1]},"Jl. Melati 5,\nBlok C"\n{SITI[0]},{SITI[1]},Jl. Mawar\n')
    plan = services.resident_import.validate(admin, path)
    assert plan.rejected == [] and [p.value.address for p in plan.new] == ["Jl. Melati 5, Blok C", "Jl. Mawar"]


def test_every_row_with_bytes_no_encoding_explains_is_refused(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "rusak.csv"
    path.write_bytes(
        b"NIK;Nama\n" + ASEP[0].encode() + b";Bud\x81i\n" + SITI[0].encode() + b";Sit\x81i\n3273014101900001;Rina\n"
    )
    plan = imported(services, admin, path)
    assert sorted(p.line for p in plan.rejected if p.code == "undecodable_bytes") == [2, 3]
    assert stored(services) == {"3273014101900001": "Rina"}


def test_a_combined_column_can_be_named_for_both_its_fields() -> None:
    assert parse_mapping("rt=RTRW,rw=RTRW", ["NIK", "Nama", "RTRW"]) == {"nik": 0, "name": 1, "rt": 2, "rw": 2}

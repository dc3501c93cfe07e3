"""Resident export: what a search finds, in a file a spreadsheet opens safely, that imports back unchanged."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kelurahan_desk.composition import Services, open_services
from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.errors import PermissionDenied, ValidationError
from kelurahan_desk.core.services.permissions import Actor, Role
from kelurahan_desk.core.services.residents import ResidentInput
from tests.conftest import ADMIN_PASSWORD, TEST_OFFICE

ASEP = ResidentInput(
    nik="3273011003850002",
    name="Asep Sunandar",
    kk="3273011201150003",
    relationship="kepala",
    address="Jl. Melati No. 10",
    rt=3,
    rw=5,
    religion="islam",
    marital_status="kawin",
    occupation='=HYPERLINK("http://x")',
)
SITI = replace(ASEP, nik="3273015507900001", name="Siti Aminah", relationship="istri", occupation="@SUM(A1)")
EUIS = ResidentInput(nik="3273014107010003", name="Euis Komalasari", rt=1, rw=2, occupation="-5+3")


@pytest.fixture
def registered(services: Services, admin: Actor) -> Services:
    for value in (ASEP, SITI, EUIS):
        services.residents.create(admin, value)
    return services


def test_csv_export_escapes_formulas_and_follows_the_search(registered: Services, admin: Actor, tmp_path: Path) -> None:
    target = tmp_path / "penduduk.csv"
    assert registered.resident_export.export(admin, target, "rw 5") == 2
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header, *body = rows
    assert header[:3] == ["NIK", "No KK", "Nama Lengkap"]
    by_name = {row[2]: dict(zip(header, row, strict=True)) for row in body}
    assert set(by_name) == {"Asep Sunandar", "Siti Aminah"}
    assert by_name["Asep Sunandar"]["Pekerjaan"] == '\'=HYPERLINK("http://x")'
    assert by_name["Siti Aminah"]["Pekerjaan"] == "'@SUM(A1)"
    assert by_name["Asep Sunandar"]["Hubungan dalam Keluarga"] == "Kepala Keluarga"
    assert by_name["Siti Aminah"]["Status Perkawinan"] == "Kawin"
    assert by_name["Siti Aminah"]["No KK"] == "3273011201150003"
    assert by_name["Siti Aminah"]["Tanggal Lahir"] == "1990-07-15"


def test_xlsx_export_keeps_numbers_and_dates_and_escapes_text(
    registered: Services, admin: Actor, tmp_path: Path
) -> None:
    target = tmp_path / "penduduk.xlsx"
    assert registered.resident_export.export(admin, target) == 3
    sheet = load_workbook(target, read_only=True).worksheets[0]
    header, *body = [list(row) for row in sheet.iter_rows(values_only=True)]
    euis = next(dict(zip(header, row, strict=True)) for row in body if row[2] == "Euis Komalasari")
    assert euis["Pekerjaan"] == "'-5+3"
    assert euis["RT"] == 1 and euis["NIK"] == "3273014107010003"
    assert euis["Tanggal Lahir"].date().isoformat() == "2001-07-01"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_imports_into_another_office_unchanged(
    registered: Services, admin: Actor, tmp_path: Path, suffix: str
) -> None:
    target = tmp_path / f"penduduk{suffix}"
    registered.resident_export.export(admin, target)
    other = open_services(DataFolder(tmp_path / "kantor-lain"), clock=registered.clock)
    try:
        from kelurahan_desk.core.services.accounts import NewAccount

        other_admin = other.office.complete_setup(
            NewAccount("admin", "Admin", Role.ADMINISTRATOR, ADMIN_PASSWORD), TEST_OFFICE
        )
        plan = other.resident_import.validate(other_admin, target)
        assert plan.rejected == [] and len(plan.new) == 3
        other.resident_import.apply(other_admin, plan)
        for value in (ASEP, SITI, EUIS):
            [mine] = registered.residents.search(admin, value.nik)
            [theirs] = other.residents.search(other_admin, value.nik)
            a = registered.residents.get(admin, mine.id)
            b = other.residents.get(other_admin, theirs.id)
            skip = {"id", "family_id", "rev"}
            assert {k: v for k, v in vars(a).items() if k not in skip} == {
                k: v for k, v in vars(b).items() if k not in skip
            }
    finally:
        other.close()


def test_export_refuses_other_formats_and_needs_the_permission(
    registered: Services, admin: Actor, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError):
        registered.resident_export.export(admin, tmp_path / "penduduk.pdf")
    assert not (tmp_path / "penduduk.pdf").exists()
    with pytest.raises(PermissionDenied):
        registered.resident_export.export(Actor("", "camat", "Camat", Role.READ_ONLY), tmp_path / "p.csv")

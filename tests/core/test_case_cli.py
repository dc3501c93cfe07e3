"""`cases export`, `cases recap` and `holidays` run headless on an office folder."""

from __future__ import annotations

import csv
import json
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kelurahan_desk.cli.main import main
from kelurahan_desk.composition import open_services
from kelurahan_desk.core.clock import FixedClock
from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.services.accounts import NewAccount
from kelurahan_desk.core.services.holiday_overrides import OverrideInput
from kelurahan_desk.core.services.permissions import Role
from tests.conftest import ADMIN_PASSWORD, TEST_OFFICE
from tests.core.case_helpers import new_case


@pytest.fixture
def office_dir(tmp_path: Path) -> Path:
    root = tmp_path / "kantor"
    opened = open_services(DataFolder(root), clock=FixedClock(datetime(2026, 11, 27, 2, 0, tzinfo=UTC)))
    try:
        admin = opened.office.complete_setup(
            NewAccount("admin", "Administrator", Role.ADMINISTRATOR, ADMIN_PASSWORD), TEST_OFFICE
        )
        opened.cases.intake(admin, new_case())
        opened.cases.intake(admin, new_case(description="Sampah menumpuk di pasar", category_id="kat-sampah"))
    finally:
        opened.close()
    return root


def test_export_csv_and_open311(office_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "kasus.csv"
    assert main(["--data-dir", str(office_dir), "cases", "export", "--format", "csv", str(target)]) == 0
    assert "2 kasus diekspor" in capsys.readouterr().out
    with target.open(encoding="utf-8-sig", newline="") as handle:
        assert [row["Kode layanan"] for row in csv.DictReader(handle)] == ["SAMPAH", "JALAN"]
    target = tmp_path / "requests.json"
    args = ["--data-dir", str(office_dir), "cases", "export", "--format", "open311", "--text", "sampah", str(target)]
    assert main(args) == 0
    assert [r["service_code"] for r in json.loads(target.read_text(encoding="utf-8"))] == ["SAMPAH"]


def test_recap_prints_and_writes(office_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "rekap.xlsx"
    assert main(["--data-dir", str(office_dir), "cases", "recap", "2026-11", "--out", str(target)]) == 0
    printed = capsys.readouterr().out
    assert "2 kasus diterima" in printed and target.exists()
    assert main(["--data-dir", str(office_dir), "cases", "recap", "2026-13"]) == 1


def test_holidays_lists_days_with_their_source(office_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(office_dir), "holidays", "2026"]) == 0
    printed = capsys.readouterr().out
    assert "2026-12-24  Kamis, 24 Desember 2026" in printed and "[cuti bersama]" in printed
    assert "Hari Kemerdekaan Republik Indonesia  [libur nasional]" in printed
    assert "Jumlah hari kerja 2026: 240." in printed


def test_holidays_lists_the_office_overrides(office_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    opened = open_services(DataFolder(office_dir), clock=FixedClock(datetime(2026, 11, 27, 2, 0, tzinfo=UTC)))
    try:
        admin = opened.accounts.login("admin", ADMIN_PASSWORD)
        opened.holiday_overrides.add(admin, OverrideInput(date(2026, 12, 1), "added", "Hari Jadi Kota Bandung"))
        opened.holiday_overrides.add(admin, OverrideInput(date(2026, 12, 24), "removed", "Pelayanan akhir tahun"))
    finally:
        opened.close()
    assert main(["--data-dir", str(office_dir), "holidays", "2026"]) == 0
    printed = capsys.readouterr().out
    assert re.search(r"2026-12-01  Selasa, 1 Desember 2026 +Hari Jadi Kota Bandung  \[ketetapan kantor\]", printed)
    listed, _, given_back = printed.partition("ditetapkan kantor sebagai hari kerja:")
    assert "2026-12-24" not in listed and "2026-12-25" in listed
    assert "2026-12-24" in given_back and "Cuti Bersama Hari Raya Natal — Pelayanan akhir tahun" in given_back
    assert "Jumlah hari kerja 2026: 240." in printed  # one day added, one given back
    assert main(["--data-dir", str(office_dir), "holidays", "2027"]) == 0
    assert "ketetapan kantor" not in capsys.readouterr().out

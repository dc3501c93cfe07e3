"""Audit rows altered or deleted behind the app's back (triggers dropped first, as an attacker would)
are found by `kelurahan-desk audit verify`, which names the first bad row."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kelurahan_desk.cli.main import main
from kelurahan_desk.composition import open_services
from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.services.accounts import NewAccount
from kelurahan_desk.core.services.permissions import Role
from kelurahan_desk.core.store.base import utcnow
from kelurahan_desk.core.store.models import Resident
from tests.conftest import ADMIN_PASSWORD, REPO_ROOT, TEST_OFFICE


def _differs(column: str) -> str:
    return f"CASE WHEN substr({column}, 1, 1) = 'a' THEN 'b' ELSE 'a' END || substr({column}, 2)"


def _json_forged(column: str) -> str:
    """An object with one forged key more; a JSON null (an insert's `before`) becomes {"forged": 1}."""
    return f"json_set(CASE WHEN json_type({column}) = 'object' THEN {column} ELSE '{{}}' END, '$.forged', 1)"


ALTERATIONS = {
    "actor": "actor || 'x'",
    "action": "action || 'x'",
    "entity_id": "entity_id || 'x'",
    "at": "CASE WHEN at = '2020-01-01T00:00:00.000000Z' THEN '2020-01-02T00:00:00.000000Z' "
    "ELSE '2020-01-01T00:00:00.000000Z' END",
    "before": _json_forged("before"),
    "after": _json_forged("after"),
    "prev_hash": _differs("prev_hash"),
    "hash": _differs("hash"),
}
RESIDENTS = 6


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An office with an administrator, residents and edits; the store closed."""
    folder = DataFolder(tmp_path_factory.mktemp("template") / "office")
    services = open_services(folder)
    services.office.complete_setup(
        NewAccount("admin", "Administrator Kantor", Role.ADMINISTRATOR, ADMIN_PASSWORD), TEST_OFFICE
    )
    for i in range(RESIDENTS):
        with services.store.write("petugas", "resident.create") as s:
            resident = Resident(nik=f"327301550790{i:04d}", name=f"Warga {i}", sex="P", updated_at=utcnow())
            s.add(resident)
        with services.store.write("petugas", "resident.edit") as s:
            s.get(Resident, resident.id).address = f"Jl. Sukarasa {i}"
    services.close()
    return folder.root


def audit_rows(root: Path) -> int:
    con = sqlite3.connect(DataFolder(root).database)
    try:
        return con.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def office(template: Path, tmp_path: Path) -> Path:
    return copy_of(template, tmp_path)


def copy_of(template: Path, where: Path) -> Path:
    root = where / "office"
    shutil.copytree(template, root)
    return root


def tamper(root: Path, sql: str, *params: object) -> None:
    con = sqlite3.connect(DataFolder(root).database)
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("DROP TRIGGER audit_log_no_delete")
    con.execute(sql, params)
    con.commit()
    con.close()


def verify(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--data-dir", str(root), "audit", "verify"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_an_untouched_chain_passes(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = verify(office, capsys)
    assert code == 0
    assert f"{audit_rows(office)} baris diperiksa" in out


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(column=st.sampled_from(sorted(ALTERATIONS)), data=st.data())
def test_an_altered_row_is_named(
    template: Path, capsys: pytest.CaptureFixture[str], column: str, data: st.DataObject
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = copy_of(template, Path(tmp))
        seq = data.draw(st.integers(1, audit_rows(root)), label="seq")
        tamper(root, f"UPDATE audit_log SET {column} = {ALTERATIONS[column]} WHERE seq = ?", seq)
        code, _out, err = verify(root, capsys)
    assert code == 1
    assert f"RUSAK pada baris {seq}:" in err
    assert ("rantai hash putus" if column == "prev_hash" else "baris diubah") in err


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_row_deleted_in_the_middle_is_named(
    template: Path, capsys: pytest.CaptureFixture[str], data: st.DataObject
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = copy_of(template, Path(tmp))
        seq = data.draw(st.integers(1, audit_rows(root) - 1), label="seq")
        tamper(root, "DELETE FROM audit_log WHERE seq = ?", seq)
        code, _out, err = verify(root, capsys)
    assert code == 1
    assert f"RUSAK pada baris {seq}: baris hilang" in err


def test_the_installed_command_reports_tampering(office: Path) -> None:
    tamper(office, "UPDATE audit_log SET after = json_set(after, '$.name', 'Nama Palsu') WHERE seq = 5")
    result = subprocess.run(
        [sys.executable, "-m", "kelurahan_desk", "--data-dir", str(office), "audit", "verify"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        timeout=60,
    )
    assert result.returncode == 1
    assert "RUSAK pada baris 5: baris diubah" in result.stderr

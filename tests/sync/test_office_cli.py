"""`kelurahan-desk sync …` against a real HQ server on loopback: enrolment with the office's own key,
`sync now` exit statuses, `sync status --json`, and the USB commands."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from kelurahan_desk.cli.main import main
from kelurahan_desk.composition import open_services
from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.store.models import OfficeSetting
from sync.hq.identity import load_identity
from sync.hq.offices import OfficeRegistry
from sync.hq.usb_import import import_usb
from tests.conftest import TEST_OFFICE
from tests.sync.conftest import sqlite_engine
from tests.sync.office_harness import hq_app, new_office, serve


@pytest.fixture
def office_dir(tmp_path: Path) -> Path:
    services, _admin = new_office(tmp_path / "office")
    with services.store.write("admin", "test.setting") as s:
        s.add(OfficeSetting(id="motto", value="melayani"))
    services.close()
    return tmp_path / "office"


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[Engine]:
    engine = sqlite_engine(tmp_path)
    yield engine
    engine.dispose()


def run(office_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(office_dir), "sync", *args])


def status_json(office_dir: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    assert run(office_dir, "status", "--json") == 0
    return json.loads(capsys.readouterr().out)


def test_enrol_now_and_status_through_the_command_line(office_dir, hq: Engine, capsys):
    code = OfficeRegistry(hq).add(TEST_OFFICE.code, "Kelurahan Sukarasa")
    assert run(office_dir, "now") == 2
    assert "belum terdaftar" in capsys.readouterr().err
    with serve(hq_app(hq)) as url:
        assert run(office_dir, "enrol", url, code) == 0
        before = status_json(office_dir, capsys)
        assert before["enrolled"] and before["pending_changes"] > 0
        assert run(office_dir, "now") == 0
        after = status_json(office_dir, capsys)
    assert after["pending_changes"] == 0 and after["connected"] and after["last_success_at"]
    assert run(office_dir, "now") == 3
    assert status_json(office_dir, capsys)["connected"] is False

    services = open_services(DataFolder(office_dir))
    try:
        key_id = services.office_keys.current_key_id()
    finally:
        services.close()
    assert OfficeRegistry(hq).get(TEST_OFFICE.code).key_id == key_id


def test_usb_export_and_import_through_the_command_line(office_dir, hq: Engine, tmp_path, capsys):
    code = OfficeRegistry(hq).add(TEST_OFFICE.code, "Kelurahan Sukarasa")
    with serve(hq_app(hq)) as url:
        assert run(office_dir, "enrol", url, code) == 0
    stick = tmp_path / "stick"
    assert run(office_dir, "export", str(stick)) == 0
    waiting = status_json(office_dir, capsys)["pending_changes"]
    assert waiting > 0
    reports = import_usb(hq, load_identity(hq), stick)
    assert reports[0].acknowledged >= 1 and reports[0].refused == []
    assert run(office_dir, "import", str(stick)) == 0
    assert status_json(office_dir, capsys)["pending_changes"] == 0
    assert run(office_dir, "import", str(tmp_path / "nowhere")) == 1

"""The start-up check of the store on its own thread: what it reports, and a store that opens before it ends."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from kelurahan_desk.composition import Services, open_services
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.store.health import StoreCheck, StoreCorrupt
from tests.core.test_backup import add_residents, corrupt_middle


def test_the_check_of_a_sound_store_is_ok(services: Services, admin: Actor) -> None:
    add_residents(services, 50)
    path = services.folder.database
    services.close()
    report = StoreCheck(path).report()
    assert report.ok and report.problems == () and report.path == path


def test_the_check_of_a_damaged_store_names_its_problems(services: Services, admin: Actor) -> None:
    add_residents(services, 300)
    path = services.folder.database
    services.close()
    corrupt_middle(path)
    report = StoreCheck(path).report()
    assert not report.ok and report.problems


def test_a_store_not_made_yet_is_healthy(tmp_path: Path) -> None:
    assert StoreCheck(tmp_path / "kelurahan.db").report().ok


def test_a_store_opened_while_its_check_runs_reads_at_once_and_writes_once_it_passed(
    services: Services, admin: Actor
) -> None:
    add_residents(services, 50)
    folder = services.folder
    services.close()
    check = StoreCheck(folder.database, start=False)
    opened = open_services(folder, check=check)
    try:
        assert opened.office.profile() is not None and opened.residents.count(admin, "warga") == 50
        saved: list[str] = []
        writer = threading.Thread(
            target=lambda: saved.extend(add_residents(opened, 1, prefix="Sesudah")), name="clerk-save"
        )
        writer.start()
        writer.join(0.3)
        assert writer.is_alive() and saved == []  # held until the check has passed
        check.start()
        writer.join(10)
        assert len(saved) == 1 and opened.residents.count(admin, "sesudah") == 1
    finally:
        opened.close()


def test_damage_found_after_the_store_opened_refuses_every_write(services: Services, admin: Actor) -> None:
    add_residents(services, 3000)  # the damage lands among the residents, not in what opening reads
    folder = services.folder
    services.close()
    corrupt_middle(folder.database)
    check = StoreCheck(folder.database, start=False)
    opened = open_services(folder, check=check)
    try:
        check.start()
        for write in (
            lambda: opened.office.set_setting(admin, "idle_lock_minutes", 20),
            lambda: add_residents(opened, 1, prefix="Sesudah"),
        ):
            with pytest.raises(StoreCorrupt):
                write()
    finally:
        opened.close()
    finished = StoreCheck(folder.database)
    finished.report()
    with pytest.raises(StoreCorrupt):  # a check that has already failed refuses the store at once
        open_services(folder, check=finished)


def test_a_store_too_damaged_to_open_waits_for_its_check_and_is_refused(services: Services, admin: Actor) -> None:
    add_residents(services, 300)
    folder = services.folder
    services.close()
    with open(folder.database, "r+b") as handle:  # the schema page itself
        handle.seek(100)
        handle.write(bytes(range(256)) * 8)
    check = StoreCheck(folder.database, start=False)
    threading.Timer(0.2, check.start).start()
    with pytest.raises(StoreCorrupt):
        open_services(folder, check=check)
    assert check.done()

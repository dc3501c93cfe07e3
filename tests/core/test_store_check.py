"""The start-up check of the store on its own thread: what it reports."""

from __future__ import annotations

from pathlib import Path

from kelurahan_desk.composition import Services
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.store.health import StoreCheck
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

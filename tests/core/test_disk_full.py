"""A full disk: the action fails with StoreError("disk_full"), nothing is half-written, the store still
opens and verifies, and writing works again once space is freed.

The real test needs a tiny file system (a 2 MB tmpfs, so root on Linux). The store's own size limit
(`PRAGMA max_page_count`, which fails writes exactly as a full disk does) gives the same checks everywhere.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from kelurahan_desk.composition import Services, open_services
from kelurahan_desk.core.clock import FixedClock
from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.errors import StoreError
from kelurahan_desk.core.services.accounts import NewAccount
from kelurahan_desk.core.services.permissions import Actor, Role
from kelurahan_desk.core.services.resident_views import ResidentDetail
from kelurahan_desk.core.services.residents import ResidentInput
from kelurahan_desk.core.store.audit_chain import verify_chain
from kelurahan_desk.core.store.backup_files import backup_files
from kelurahan_desk.core.store.base import utcnow
from kelurahan_desk.core.store.health import check_store, integrity_problems
from kelurahan_desk.core.store.models import AuditEntry, Resident
from tests.conftest import ADMIN_PASSWORD, TEST_OFFICE

BATCH = 5
EDITED = ResidentInput(nik="3273015507900001", name="Siti Aminah", occupation="Pedagang")


def add_batch(services: Services, batch_no: int) -> None:
    """One user action that adds several residents with long texts: all of them or none."""
    with services.store.write("petugas", "resident.import") as s:
        for i in range(BATCH):
            s.add(
                Resident(
                    nik=f"32730155{batch_no:05d}{i:03d}",
                    name=f"Warga {batch_no}-{i} " + "x" * 80,
                    address="Jl. Sukarasa " + "y" * 180,
                    sex="P",
                    updated_at=utcnow(),
                )
            )


def fill_until_full(services: Services, limit: int = 5000) -> tuple[int, StoreError]:
    for batch_no in range(limit):
        try:
            add_batch(services, batch_no)
        except StoreError as exc:
            return batch_no, exc
    pytest.fail("the store never filled up")


def counts(services: Services) -> tuple[int, int, int]:
    """Residents, audit rows, and the changes captured for HQ."""
    with services.store.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Resident)),
            s.scalar(select(func.count()).select_from(AuditEntry)),
            s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.change_id.is_not(None))),
        )


def assert_whole(services: Services, batches: int, edits: int = 0) -> None:
    residents, audit, outbox = counts(services)
    assert residents == batches * BATCH + 1  # the failed action left none of its rows (1: the edited resident)
    # plus the administrator and the office, and one row for each resident edit saved
    assert audit == residents + 2 + edits and outbox == residents + 2 + edits
    with services.store.read() as s:
        assert verify_chain(s).ok


def edit_until_full(services: Services, admin: Actor, limit: int = 2000) -> tuple[int, StoreError]:
    """Resident edits (the store's record unit of work) until one fails; the failed edit leaves nothing."""
    detail = services.residents.get(admin, edited_id(services, admin))
    for edits in range(limit):
        before = counts(services)
        try:
            detail, _ = services.residents.update(admin, detail.id, edited(detail, f"Pekerjaan {edits}"), detail.rev)
        except StoreError as exc:
            assert counts(services) == before
            assert services.residents.get(admin, detail.id) == detail
            return edits, exc
    pytest.fail("the edits never filled the store")


def edited_id(services: Services, admin: Actor) -> str:
    [row] = services.residents.search(admin, EDITED.nik)
    return row.id


def edited(detail: ResidentDetail, occupation: str) -> ResidentInput:
    fields = {name: getattr(detail, name) for name in ResidentInput.__dataclass_fields__ if name != "kk"}
    return ResidentInput(**fields | {"occupation": occupation}, kk=detail.kk or "")


def set_up(folder: DataFolder, clock: FixedClock) -> tuple[Services, Actor]:
    services = open_services(folder, clock=clock)
    admin = services.office.complete_setup(
        NewAccount("admin", "Administrator Kantor", Role.ADMINISTRATOR, ADMIN_PASSWORD), TEST_OFFICE
    )
    services.residents.create(admin, EDITED)
    return services, admin


def test_a_store_at_its_size_limit_fails_cleanly_and_recovers(tmp_path: Path, clock: FixedClock) -> None:
    services, admin = set_up(DataFolder(tmp_path / "office"), clock)
    limit = {"pages": 0}

    def cap(dbapi_connection: object, _record: object) -> None:
        if limit["pages"]:
            dbapi_connection.execute(f"PRAGMA max_page_count = {limit['pages']}")  # type: ignore[attr-defined]

    event.listen(services.store.engine, "connect", cap)
    services.store.engine.dispose()
    with services.store.engine.connect() as conn:
        limit["pages"] = conn.exec_driver_sql("PRAGMA page_count").scalar() + 40
    services.store.engine.dispose()
    try:
        batches, error = fill_until_full(services)
        assert error.code == "disk_full"
        assert batches > 0
        assert_whole(services, batches)
        edits, error = edit_until_full(services, admin)
        assert error.code == "disk_full"
        assert_whole(services, batches, edits)
        limit["pages"] = 0
        services.store.engine.dispose()
        add_batch(services, batches)  # the same running app writes again
        assert_whole(services, batches + 1, edits)
    finally:
        services.close()


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a 2 MB tmpfs needs root on Linux")
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)], capture_output=True, text=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"mount not permitted here: {mounted.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_a_full_disk_fails_cleanly_and_recovers_once_space_is_freed(tiny_disk: Path, clock: FixedClock) -> None:
    folder = DataFolder(tiny_disk / "office")
    services, admin = set_up(folder, clock)
    ballast = tiny_disk / "ballast"
    ballast.write_bytes(b"\0" * 768 * 1024)
    try:
        batches, error = fill_until_full(services)
        assert error.code == "disk_full"
        assert_whole(services, batches)
        assert integrity_problems(folder.database) == []

        usb = tiny_disk / "usb"
        with pytest.raises(StoreError) as backup_error:
            services.backup.backup_to(admin, usb)
        assert backup_error.value.code == "disk_full"
        assert backup_files(usb) == [] and not list(usb.glob(".*tmp"))  # no half-written backup

        edits, error = edit_until_full(services, admin)
        assert error.code == "disk_full"
        assert_whole(services, batches, edits)

        ballast.unlink()
        add_batch(services, batches)  # the same running app writes again
        detail = services.residents.get(admin, edited_id(services, admin))
        saved, _ = services.residents.update(admin, detail.id, edited(detail, "Guru"), detail.rev)
        assert saved.occupation == "Guru" and saved.rev == detail.rev + 1
        assert_whole(services, batches + 1, edits + 1)
    finally:
        services.close()

    assert check_store(folder.database).ok
    reopened = open_services(folder, clock=clock)
    try:
        assert_whole(reopened, batches + 1, edits + 1)
    finally:
        reopened.close()

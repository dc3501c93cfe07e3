"""Every tracked change is audited and captured in the outbox, in the same transaction."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select

from kelurahan_desk.composition import Services
from kelurahan_desk.core.store.audit_chain import verify_chain
from kelurahan_desk.core.store.base import utcnow
from kelurahan_desk.core.store.hlc import HybridClock
from kelurahan_desk.core.store.models import AuditEntry, OutboxChange, Resident
from kelurahan_desk.core.store.unit_of_work import Store
from tests.core.outbox_helpers import fill


def add_resident(services: Services, name: str = "Siti Aminah") -> str:
    with services.store.write("petugas", "resident.create") as s:
        resident = Resident(nik="3273015507900001", name=name, sex="P", updated_at=utcnow())
        s.add(resident)
    return resident.id


def test_insert_and_update_are_audited_and_queued(services: Services) -> None:
    rid = add_resident(services)
    with services.store.write("petugas", "resident.edit") as s:
        s.get(Resident, rid).name = "Siti Aminah Lubis"
    with services.store.read() as s:
        captured = s.scalars(select(AuditEntry.change_id).order_by(AuditEntry.seq)).all()
        assert all(captured) and s.scalars(select(OutboxChange)).all() == []
    fill(services.store)
    with services.store.read() as s:
        audit = s.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        outbox = s.scalars(select(OutboxChange).order_by(OutboxChange.seq)).all()
        assert [o.change_id for o in outbox] == captured
        assert [a.action for a in audit] == ["resident.create", "resident.edit"]
        assert audit[1].before == {"name": "Siti Aminah"} and audit[1].after == {"name": "Siti Aminah Lubis"}
        assert [o.op for o in outbox] == ["insert", "update"]
        assert outbox[1].fields == {"name": ["Siti Aminah", "Siti Aminah Lubis"]}
        assert outbox[1].base_rev == 1
        assert outbox[0].hlc < outbox[1].hlc
        assert s.get(Resident, rid).rev == 2
        assert verify_chain(s).ok


@pytest.mark.parametrize("copied", [False, True], ids=["in the audit log", "in the outbox"])
def test_a_reopened_store_stamps_after_the_newest_change(services: Services, copied: bool) -> None:
    """The clock resumes from the last change even when that change was stamped ahead of this PC's clock,
    whether the change still waits in its audit row or was copied into the outbox."""
    rid = add_resident(services, "Asep")
    services.store.hlc = HybridClock(services.store.hlc.last, wall_ms=lambda: 9999999999999)
    with services.store.write("petugas", "resident.edit") as s:
        s.get(Resident, rid).name = "Asep S."
    with services.store.write("petugas", "login") as s:
        Store.journal(s).audit(entity="account", entity_id="petugas", before=None, after={"login": True})
    if copied:
        fill(services.store)
    reopened = Store(services.folder.database, services.clock)
    try:
        with reopened.write("petugas", "resident.edit") as s:
            s.get(Resident, rid).name = "Asep Sunandar"
        fill(reopened)
        with reopened.read() as s:
            newest = s.scalars(select(OutboxChange).order_by(OutboxChange.seq.desc())).first()
            assert newest is not None and newest.hlc == "9999999999999.00001"
    finally:
        reopened.close()


def test_a_waiting_change_wins_over_the_outbox_even_when_its_counter_has_six_digits(services: Services) -> None:
    """With the PC clock stuck, only the counter moves; 100000 sorts before 20000 as text."""
    rid = add_resident(services, "Asep")
    stuck = 9999999999999
    services.store.hlc = HybridClock(f"{stuck}.19999", wall_ms=lambda: stuck)
    with services.store.write("petugas", "resident.edit") as s:
        s.get(Resident, rid).name = "Asep S."
    fill(services.store)
    services.store.hlc = HybridClock(f"{stuck}.99999", wall_ms=lambda: stuck)
    with services.store.write("petugas", "resident.edit") as s:
        s.get(Resident, rid).name = "Asep Sunandar"
    reopened = Store(services.folder.database, services.clock)
    try:
        assert reopened.hlc.last == f"{stuck}.100000"
    finally:
        reopened.close()


def test_a_failed_action_leaves_no_trace(services: Services) -> None:
    with pytest.raises(RuntimeError), services.store.write("petugas", "resident.create") as s:
        s.add(Resident(nik="3273015507900001", name="X", sex="P", updated_at=utcnow()))
        s.flush()
        raise RuntimeError("user cancelled midway")
    with services.store.read() as s:
        assert s.scalars(select(Resident)).all() == []
        assert s.scalars(select(AuditEntry)).all() == []
        assert s.scalars(select(OutboxChange)).all() == []


def test_no_tracked_change_outside_a_unit_of_work(services: Services) -> None:
    rid = add_resident(services)
    with pytest.raises(RuntimeError, match="outside a unit of work"), services.store.read() as s:
        s.get(Resident, rid).name = "Diam-diam"
        s.flush()


def test_the_store_refuses_to_change_audit_rows(services: Services) -> None:
    add_resident(services)
    con = sqlite3.connect(services.folder.database)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("UPDATE audit_log SET actor = 'lurah'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("DELETE FROM audit_log")
    con.close()


def test_store_pragmas(services: Services) -> None:
    with services.store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_one_instance_per_data_folder(services: Services) -> None:
    from kelurahan_desk.composition import open_services
    from kelurahan_desk.core.errors import StoreError

    with pytest.raises(StoreError) as info:
        open_services(services.folder)
    assert info.value.code == "already_running"


def test_head_revision_matches_alembic() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from kelurahan_desk.core.store.schema import MIGRATIONS, head_revision

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == head_revision()

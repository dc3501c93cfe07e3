"""Changes captured in audit rows reach `outbox` in their order, each once, when the sync side asks."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import select, text

from kelurahan_desk.composition import Services
from kelurahan_desk.core.services.sync_status import pending_changes
from kelurahan_desk.core.store.base import utcnow
from kelurahan_desk.core.store.engine import make_engine
from kelurahan_desk.core.store.models import AuditEntry, OutboxChange, Resident
from kelurahan_desk.core.store.outbox_fill import fill_outbox, filled_to, unfilled_change_ids, unfilled_changes
from kelurahan_desk.core.store.schema import upgrade_to
from kelurahan_desk.core.store.unit_of_work import Store


def add(store: Store, nik: str, name: str) -> str:
    with store.write("petugas", "resident.create") as s:
        resident = Resident(nik=nik, name=name, sex="P", updated_at=utcnow())
        s.add(resident)
    return resident.id


def rename(store: Store, resident_id: str, name: str) -> None:
    with store.write("petugas", "resident.edit") as s:
        s.get(Resident, resident_id).name = name


def fill(store: Store, limit: int | None = None) -> int:
    with store.write("sync", "sync.cut", capture_outbox=False) as s:
        return fill_outbox(s, limit)


def outbox(store: Store) -> list[tuple[str, str, dict, int]]:
    with store.read() as s:
        rows = s.scalars(select(OutboxChange).order_by(OutboxChange.seq))
        return [(o.change_id, o.op, o.fields, o.base_rev) for o in rows]


def captured(store: Store) -> list[str]:
    with store.read() as s:
        query = select(AuditEntry.change_id).where(AuditEntry.change_id.is_not(None)).order_by(AuditEntry.seq)
        return list(s.scalars(query))


def test_each_captured_change_is_copied_once_in_its_order(services: Services) -> None:
    store = services.store
    rid = add(store, "3273015507900001", "Siti Aminah")
    rename(store, rid, "Siti Aminah Lubis")
    assert fill(store) == 2
    assert fill(store) == 0
    with store.write("petugas", "resident.delete") as s:
        s.delete(s.get(Resident, rid))
    assert fill(store) == 1
    rows = outbox(store)
    assert [change_id for change_id, *_ in rows] == captured(store)
    assert [(op, base_rev) for _id, op, _fields, base_rev in rows] == [("insert", 0), ("update", 1), ("delete", 2)]
    assert rows[0][2]["name"] == [None, "Siti Aminah"]
    assert rows[1][2] == {"name": ["Siti Aminah", "Siti Aminah Lubis"]}
    assert rows[2][2] == {}


def test_a_limited_fill_goes_on_where_it_stopped(services: Services) -> None:
    store = services.store
    for i in range(5):
        add(store, f"32730155079{i:05d}", f"Warga {i}")
    assert fill(store, limit=2) == 2
    assert fill(store, limit=2) == 2
    assert fill(store, limit=2) == 1
    assert [change_id for change_id, *_ in outbox(store)] == captured(store)


def test_changes_kept_local_are_never_copied_and_the_mark_moves_past_them(services: Services) -> None:
    store = services.store
    with store.write("sync", "sync.apply", capture_outbox=False) as s:
        s.add(Resident(nik="3273015507900001", name="Dari HQ", sex="P", updated_at=utcnow()))
    rid = add(store, "3273015507900002", "Di kantor")
    with store.read() as s:
        assert s.scalar(select(AuditEntry.change_id).where(AuditEntry.seq == 1)) is None
    fill(store)
    assert len(outbox(store)) == 1
    with store.read() as s:
        assert filled_to(s) == 2
    rename(store, rid, "Masih di kantor")
    with store.read() as s:
        assert filled_to(s) == 2


def test_waiting_changes_are_counted_and_found_before_they_are_copied(services: Services) -> None:
    store = services.store
    rid = add(store, "3273015507900001", "Siti Aminah")
    first = captured(store)
    with store.read() as s:
        assert pending_changes(s, 0) == 1
        assert unfilled_change_ids(s, [*first, "not-a-change"]) == set(first)
    fill(store)
    rename(store, rid, "Siti A.")
    with store.read() as s:
        assert pending_changes(s, 0) == 2
        assert unfilled_change_ids(s, first) == set()
        assert unfilled_change_ids(s, captured(store)) == {captured(store)[1]}


def test_a_store_upgraded_with_changes_in_its_outbox_keeps_them_first(tmp_path: Path) -> None:
    db = tmp_path / "kelurahan.db"
    engine = make_engine(db)
    try:
        upgrade_to(engine, "0007")
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, before, after, prev_hash, hash) "
                "VALUES (1, '2026-11-27T02:00:00.000000Z', 'petugas', 'resident.create', 'resident', 'r1', "
                "'null', '{}', :zero, :zero)"), {"zero": "0" * 64})
            conn.execute(text(
                "INSERT INTO outbox (change_id, entity, entity_id, op, fields, base_rev, hlc, wall, actor) VALUES "
                "('00000000-0000-7000-8000-0000000000c1', 'resident', 'r1', 'insert', '{}', 0, "
                "'1764208800000.00000', '2026-11-27T02:00:00.000000Z', 'petugas')"))
    finally:
        engine.dispose()
    store = Store(db)
    try:
        with store.read() as s:
            assert filled_to(s) == 1
        add(store, "3273015507900001", "Siti Aminah")
        assert fill(store) == 1
        rows = outbox(store)
        assert rows[0][0] == "00000000-0000-7000-8000-0000000000c1"
        assert [change_id for change_id, *_ in rows[1:]] == captured(store)
        assert store.hlc.last > "1764208800000.00000"
    finally:
        store.close()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_waiting_changes_are_copied_in_chunks_and_still_counted(services: Services) -> None:
    store = services.store
    for i in range(5):
        add(store, f"32730155079{i:05d}", f"Warga {i}")
    assert services.sync.copy_waiting_changes(chunk=2) == 5
    assert services.sync.copy_waiting_changes(chunk=2) == 0
    with store.read() as s:
        assert (unfilled_changes(s), pending_changes(s, 0)) == (0, 5)
    assert [change_id for change_id, *_ in outbox(store)] == captured(store)

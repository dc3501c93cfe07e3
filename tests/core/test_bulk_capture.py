"""Records inserted in bulk are audited and queued exactly as records inserted one by one through the ORM."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from kelurahan_desk.composition import Services
from kelurahan_desk.core.store.audit_chain import verify_chain
from kelurahan_desk.core.store.change_capture import insert_many
from kelurahan_desk.core.store.models import AuditEntry, Family, OutboxChange, Resident
from tests.core.outbox_helpers import fill

RECORD = {
    "nik": "3273015507900001",
    "name": "Siti Aminah",
    "sex": "P",
    "birth_date": date(1990, 7, 15),
    "rt": 3,
    "rw": 5,
}


def captured(services: Services, entity_id: str) -> tuple[AuditEntry, OutboxChange]:
    fill(services.store)
    with services.store.read() as s:
        audit = s.scalar(select(AuditEntry).where(AuditEntry.entity_id == entity_id))
        change = s.scalar(select(OutboxChange).where(OutboxChange.entity_id == entity_id))
        return audit, change


def test_bulk_insert_captures_the_same_audit_and_outbox_content_as_the_orm(services: Services) -> None:
    now = services.clock.now()
    with services.store.write("petugas", "resident.create") as s:
        one = Resident(id="00000000-0000-7000-8000-000000000001", updated_at=now, **RECORD)
        s.add(one)
    with services.store.write("petugas", "resident.import") as s:
        twin = {**RECORD, "nik": "3273015507900002", "id": "00000000-0000-7000-8000-000000000002", "updated_at": now}
        ids = insert_many(s, Resident, [twin])
    assert ids == ["00000000-0000-7000-8000-000000000002"]
    orm_audit, orm_change = captured(services, one.id)
    bulk_audit, bulk_change = captured(services, ids[0])
    assert bulk_audit.after == {**orm_audit.after, "nik": "3273015507900002"}
    assert bulk_audit.before is None and bulk_audit.seq == orm_audit.seq + 1
    assert bulk_audit.prev_hash == orm_audit.hash
    assert bulk_change.fields == {**orm_change.fields, "nik": [None, "3273015507900002"]}
    assert bulk_change.op == "insert" and bulk_change.base_rev == 0
    assert bulk_change.hlc > orm_change.hlc
    with services.store.read() as s:
        stored = s.get(Resident, ids[0])
        assert (stored.rev, stored.status, stored.is_temporary_nik) == (1, "hidup", False)
        assert verify_chain(s).ok


def test_bulk_and_orm_inserts_interleave_in_one_chain(services: Services) -> None:
    now = services.clock.now()
    with services.store.write("petugas", "resident.import") as s:
        s.add(Family(kk="3273011201150003"))
        family_ids = insert_many(s, Family, [{"kk": f"32730112011500{i:02d}"} for i in range(10, 40)])
        s.add(Resident(updated_at=now, **RECORD))
        members = [{**RECORD, "nik": f"32730155079{i:05d}", "family_id": family_ids[0]} for i in range(2, 52)]
        insert_many(s, Resident, [{**m, "updated_at": now} for m in members])
    fill(services.store)
    with services.store.read() as s:
        assert verify_chain(s).rows_checked == 1 + 30 + 1 + 50
        assert verify_chain(s).ok
        hlcs = s.scalars(select(OutboxChange.hlc).order_by(OutboxChange.seq)).all()
        assert hlcs == sorted(hlcs) and len(set(hlcs)) == 82


def test_a_failed_bulk_insert_leaves_no_trace(services: Services) -> None:
    now = services.clock.now()
    with pytest.raises(Exception, match="UNIQUE"), services.store.write("petugas", "resident.import") as s:
        insert_many(s, Resident, [{**RECORD, "updated_at": now}, {**RECORD, "updated_at": now}])
    with services.store.read() as s:
        assert s.scalars(select(AuditEntry)).all() == []
        assert s.scalars(select(OutboxChange)).all() == []


def test_bulk_insert_outside_a_unit_of_work_is_refused(services: Services) -> None:
    with pytest.raises(RuntimeError, match="outside a unit of work"), services.store.read() as s:
        insert_many(s, Family, [{"kk": "3273011201150003"}])


def test_bulk_rows_are_stored_as_the_same_text_as_orm_rows(services: Services) -> None:
    import sqlite3

    now = services.clock.now()
    with services.store.write("petugas", "resident.create") as s:
        s.add(Resident(updated_at=now, **RECORD))
    with services.store.write("petugas", "resident.create") as s:
        insert_many(s, Resident, [{**RECORD, "nik": "3273015507900002", "updated_at": now}])
    fill(services.store)
    con = sqlite3.connect(services.folder.database)
    try:
        residents = con.execute("SELECT * FROM resident ORDER BY nik").fetchall()
        audits = con.execute(
            "SELECT at, typeof(change_id), base_rev, typeof(hlc), before, after FROM audit_log ORDER BY seq"
        ).fetchall()
        changes = con.execute("SELECT fields, wall, typeof(batch_seq) FROM outbox ORDER BY seq").fetchall()
        columns = [c[1] for c in con.execute("PRAGMA table_info(resident)")]
    finally:
        con.close()
    differ = {"nik", "id"}
    orm, bulk = ({k: v for k, v in zip(columns, row, strict=True) if k not in differ} for row in residents)
    assert orm == bulk
    assert audits[0][:5] == audits[1][:5] == (audits[0][0], "text", 0, "text", "null")
    assert audits[1][5] == audits[0][5].replace("3273015507900001", "3273015507900002")
    assert changes[1] == (changes[0][0].replace("3273015507900001", "3273015507900002"), *changes[0][1:])

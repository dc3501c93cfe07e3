"""A record updated through the driver is captured exactly as an ORM flush captures the same change."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import select

from kelurahan_desk.composition import Services
from kelurahan_desk.core.store.audit_chain import verify_chain
from kelurahan_desk.core.store.models import AuditEntry, OutboxChange, Resident
from kelurahan_desk.core.store.record_rows import StaleRecord, load_record, update_record

BORN = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)
CHANGES: dict[str, Any] = {
    "occupation": "Guru",
    "birth_date": date(1990, 7, 15),
    "is_temporary_nik": True,
    "rt": 4,
    "updated_at": datetime(2026, 11, 28, 3, 4, 5, 678901, tzinfo=UTC),
    "name": "Siti Aminah",
}


def add_twins(services: Services) -> tuple[str, str]:
    with services.store.write("petugas", "resident.create") as s:
        ids = []
        for nik in ("3273015507900001", "3273015507900002"):
            resident = Resident(nik=nik, name="Siti Aminah", sex="P", rt=3, updated_at=BORN)
            s.add(resident)
            s.flush()
            ids.append(resident.id)
    return ids[0], ids[1]


def captured(services: Services, resident_id: str) -> tuple[AuditEntry, OutboxChange]:
    with services.store.read() as s:
        audit = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == resident_id).order_by(AuditEntry.seq))
        outbox = s.scalars(select(OutboxChange).where(OutboxChange.entity_id == resident_id))
        return list(audit)[-1], list(outbox)[-1]


def test_the_driver_update_is_captured_like_a_flush(services: Services) -> None:
    by_orm, by_driver = add_twins(services)
    with services.store.write("petugas", "resident.update") as s:
        resident = s.get(Resident, by_orm)
        for key, value in CHANGES.items():
            setattr(resident, key, value)
    with services.store.write("petugas", "resident.update") as s:
        current = load_record(s, Resident, by_driver)
        assert current is not None and current["birth_date"] is None and current["updated_at"] == BORN
        saved = update_record(s, Resident, current, CHANGES)
        assert saved["rev"] == 2 and saved["occupation"] == "Guru"
    orm_audit, orm_change = captured(services, by_orm)
    driver_audit, driver_change = captured(services, by_driver)
    assert driver_audit.before == orm_audit.before and driver_audit.after == orm_audit.after
    assert set(driver_audit.after or {}) == set(CHANGES) - {"name"}
    assert driver_change.fields == orm_change.fields and driver_change.base_rev == orm_change.base_rev == 1
    with services.store.read() as s:
        assert load_record(s, Resident, by_driver) == {
            **load_record(s, Resident, by_orm),
            "id": by_driver,
            "nik": "3273015507900002",
        }
        assert s.get(Resident, by_driver).birth_date == date(1990, 7, 15)
        assert verify_chain(s).ok


def test_nothing_changed_writes_nothing(services: Services) -> None:
    rid, _ = add_twins(services)
    with services.store.write("petugas", "resident.update") as s:
        current = load_record(s, Resident, rid)
        assert current is not None
        assert update_record(s, Resident, current, {"name": "Siti Aminah", "rt": 3}) == current
    audit, change = captured(services, rid)
    assert audit.action == "resident.create" and change.op == "insert"


def test_a_row_changed_since_it_was_read_is_refused_and_rolled_back(services: Services) -> None:
    rid, _ = add_twins(services)
    with services.store.write("petugas", "resident.update") as s:
        current = load_record(s, Resident, rid)
    assert current is not None
    with services.store.write("petugas", "resident.update") as s:
        s.get(Resident, rid).occupation = "Petani"
    with pytest.raises(StaleRecord), services.store.write("petugas", "resident.update") as s:
        update_record(s, Resident, current, {"occupation": "Guru"})
    with services.store.read() as s:
        assert s.get(Resident, rid).occupation == "Petani"
        assert verify_chain(s).ok


def test_a_loaded_object_sees_the_driver_update(services: Services) -> None:
    rid, _ = add_twins(services)
    with services.store.write("petugas", "resident.update") as s:
        resident = s.get(Resident, rid)
        current = load_record(s, Resident, rid)
        assert current is not None
        update_record(s, Resident, current, {"occupation": "Guru"})
        assert resident.occupation == "Guru" and resident.rev == 2


def test_outside_a_unit_of_work_it_is_refused(services: Services) -> None:
    rid, _ = add_twins(services)
    with services.store.read() as s:
        current = load_record(s, Resident, rid)
        assert current is not None
        with pytest.raises(RuntimeError, match="outside a unit of work"):
            update_record(s, Resident, current, {"occupation": "Guru"})

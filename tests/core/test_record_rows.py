"""A record updated through the driver (`Store.write_records`) is captured exactly as an ORM flush captures the
same change, in one transaction that commits or rolls back whole."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import select

from kelurahan_desk.composition import Services
from kelurahan_desk.core.errors import StoreError
from kelurahan_desk.core.store.audit_chain import verify_chain
from kelurahan_desk.core.store.models import AuditEntry, OutboxChange, Resident
from kelurahan_desk.core.store.record_rows import StaleRecord
from tests.core.outbox_helpers import fill

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
    fill(services.store)
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
    with services.store.write_records("petugas", "resident.update") as records:
        current = records.load(Resident, by_driver)
        assert current is not None and current["birth_date"] is None and current["updated_at"] == BORN
        saved = records.update(Resident, current, CHANGES)
        assert saved["rev"] == 2 and saved["occupation"] == "Guru"
    orm_audit, orm_change = captured(services, by_orm)
    driver_audit, driver_change = captured(services, by_driver)
    assert driver_audit.before == orm_audit.before and driver_audit.after == orm_audit.after
    assert driver_audit.actor == "petugas" and driver_audit.action == "resident.update"
    assert set(driver_audit.after or {}) == set(CHANGES) - {"name"}
    assert driver_change.fields == orm_change.fields and driver_change.base_rev == orm_change.base_rev == 1
    assert driver_change.hlc > orm_change.hlc
    with services.store.write_records("petugas", "resident.read") as records:
        assert records.load(Resident, by_driver) == {
            **(records.load(Resident, by_orm) or {}),
            "id": by_driver,
            "nik": "3273015507900002",
        }
        assert records.load(Resident, "no-such-id") is None
    with services.store.read() as s:
        assert s.get(Resident, by_driver).birth_date == date(1990, 7, 15)
        assert verify_chain(s).ok


def test_nothing_changed_writes_nothing(services: Services) -> None:
    rid, _ = add_twins(services)
    with services.store.write_records("petugas", "resident.update") as records:
        current = records.load(Resident, rid)
        assert current is not None
        stamp = {"updated_at": datetime(2026, 11, 29, tzinfo=UTC)}
        assert records.update(Resident, current, {"name": "Siti Aminah", "rt": 3}, stamp) == current
    audit, change = captured(services, rid)
    assert audit.action == "resident.create" and change.op == "insert"


def test_the_stamp_goes_with_a_change(services: Services) -> None:
    rid, _ = add_twins(services)
    later = datetime(2026, 11, 29, 1, 2, 3, tzinfo=UTC)
    with services.store.write_records("petugas", "resident.update") as records:
        current = records.load(Resident, rid)
        assert current is not None
        saved = records.update(Resident, current, {"name": "Siti Aminah", "rt": 4}, {"updated_at": later})
    assert saved["rt"] == 4 and saved["updated_at"] == later and saved["rev"] == 2
    audit, change = captured(services, rid)
    assert audit.after == {"rt": 4, "updated_at": "2026-11-29T01:02:03.000000Z"}
    assert change.fields == {"rt": [3, 4], "updated_at": ["2026-11-27T02:00:00.000000Z", "2026-11-29T01:02:03.000000Z"]}


def test_a_row_changed_since_it_was_read_is_refused_and_rolled_back(services: Services) -> None:
    rid, _ = add_twins(services)
    with services.store.write_records("petugas", "resident.update") as records:
        current = records.load(Resident, rid)
    assert current is not None
    with services.store.write("petugas", "resident.update") as s:
        s.get(Resident, rid).occupation = "Petani"
    with pytest.raises(StaleRecord), services.store.write_records("petugas", "resident.update") as records:
        records.update(Resident, current, {"occupation": "Guru"})
    with services.store.read() as s:
        assert s.get(Resident, rid).occupation == "Petani"
        assert verify_chain(s).ok


def test_an_error_after_the_update_rolls_back_the_record_and_its_journal(services: Services) -> None:
    rid, other = add_twins(services)
    with pytest.raises(ZeroDivisionError), services.store.write_records("petugas", "resident.update") as records:
        current = records.load(Resident, rid)
        assert current is not None
        records.update(Resident, current, {"occupation": "Guru"})
        _ = 1 / 0
    audit, change = captured(services, rid)
    assert audit.action == "resident.create" and change.op == "insert"
    with services.store.write_records("petugas", "resident.update") as records:
        current = records.load(Resident, other)
        assert current is not None and records.load(Resident, rid)["occupation"] == ""  # type: ignore[index]
        records.update(Resident, current, {"occupation": "Guru"})
    with services.store.read() as s:
        assert verify_chain(s).ok


def test_a_closed_store_refuses(services: Services) -> None:
    services.store.close()
    with pytest.raises(StoreError) as refused, services.store.write_records("petugas", "resident.update"):
        pass
    assert refused.value.code == "store_closed"


def test_a_joined_column_is_read_with_the_record(services: Services) -> None:
    from kelurahan_desk.core.store.models import Family
    from kelurahan_desk.core.store.record_rows import Joined

    family_kk = Joined("family_kk", Family, "family_id", "kk")
    in_family, alone = add_twins(services)
    with services.store.write("petugas", "family.create") as s:
        family = Family(kk="3273012002200004")
        s.add(family)
        s.flush()
        s.get(Resident, in_family).family_id = family.id  # type: ignore[union-attr]
    with services.store.write_records("petugas", "resident.read") as records:
        joined = records.load(Resident, in_family, family_kk)
        plain = records.load(Resident, in_family)
        assert joined is not None and plain is not None
        assert joined.pop("family_kk") == "3273012002200004" and joined == plain
        assert records.load(Resident, alone, family_kk)["family_kk"] is None  # type: ignore[index]
        assert records.load(Resident, "no-such-resident", family_kk) is None

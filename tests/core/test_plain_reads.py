"""What the window reads first goes straight through the driver: it gives what the ORM reads, it never
writes, and a connection that failed is not used again."""

from __future__ import annotations

import sqlite3
from dataclasses import fields
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kelurahan_desk.composition import Services
from kelurahan_desk.core.errors import StoreError
from kelurahan_desk.core.services.office import OfficeProfile
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.services.resident_export import COLUMNS, ResidentExportService
from kelurahan_desk.core.services.residents import ResidentInput
from kelurahan_desk.core.store import models
from kelurahan_desk.core.store.plain_reads import PlainReaders

SITI = ResidentInput(
    nik="3273014107010001", name="Siti Aminah", birth_date=date(2001, 7, 1), kk="3273012002200004", rt=3, rw=5
)
TEMPORARY = ResidentInput(nik="0273014107010002", name="Bayi Tanpa Akta", sex="P", is_temporary_nik=True)


def test_the_office_and_its_settings_read_as_the_orm_reads_them(services: Services, admin: Actor) -> None:
    services.office.set_setting(admin, "idle_lock_minutes", 25)
    services.office.set_setting(admin, "auto_backup_daily", False)
    with services.store.read() as s:
        office = s.scalar(select(models.Office))
        assert office is not None
        expected = OfficeProfile(**{field.name: getattr(office, field.name) for field in fields(OfficeProfile)})
    assert services.office.is_set_up()
    assert services.office.profile() == expected
    assert isinstance(services.office.profile().is_demo, bool)  # type: ignore[union-attr]
    assert services.office.setting("idle_lock_minutes") == 25
    assert services.office.setting("auto_backup_daily") is False
    assert services.office.setting("backup_keep") == 14  # not stored: the default


def test_search_rows_and_export_records_hold_the_orm_values_and_types(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    siti, _ = services.residents.create(admin, SITI)
    services.residents.create(admin, TEMPORARY)
    [row] = services.residents.search(admin, "siti")
    with services.store.read() as s:
        resident = s.get(models.Resident, siti.id)
        assert resident is not None
        family = s.get(models.Family, resident.family_id)
        assert family is not None
        expected = (resident.id, resident.nik, resident.name, resident.sex, resident.birth_date, resident.rt,
                    resident.rw, family.kk, resident.status)
    assert (row.id, row.nik, row.name, row.sex, row.birth_date, row.rt, row.rw, row.kk, row.status) == expected
    assert row.birth_date == date(2001, 7, 1)
    records = {record["nik"]: record for record in ResidentExportService(services.store)._records("", None)}
    assert records[SITI.nik]["birth_date"] == date(2001, 7, 1) and records[SITI.nik]["kk"] == SITI.kk
    assert records[SITI.nik]["is_temporary_nik"] is False and records[TEMPORARY.nik]["is_temporary_nik"] is True
    assert records[TEMPORARY.nik]["birth_date"] is None and records[TEMPORARY.nik]["kk"] is None
    assert set(records[SITI.nik]) == {name for _header, name in COLUMNS}


def test_a_plain_read_never_writes(services: Services, admin: Actor) -> None:
    with pytest.raises(sqlite3.OperationalError, match="readonly"), services.store.read_plain() as connection:
        connection.execute("DELETE FROM office_setting")
    with services.store.read_plain() as connection:  # the connection is fine for the next read
        assert connection.execute("SELECT count(*) FROM office").fetchone() == (1,)


def test_a_failed_connection_is_closed_and_a_closed_store_refuses(services: Services, tmp_path: Path) -> None:
    readers = PlainReaders(services.folder.database)
    with readers.transaction() as first:
        pass
    with pytest.raises(sqlite3.OperationalError), readers.transaction() as again:
        assert again is first  # kept for the next read
        again.execute("SELECT * FROM no_such_table")
    with readers.transaction() as fresh:
        assert fresh is not first
        assert fresh.execute("SELECT 1").fetchone() == (1,)
    readers.close()
    services.store.close()
    with pytest.raises(StoreError) as refused, services.store.read_plain():
        pass
    assert refused.value.code == "store_closed"
    with pytest.raises(StoreError):  # nor is an engine made for it any more
        services.store.engine  # noqa: B018


def test_opening_the_store_loads_no_sqlalchemy(tmp_path: Path) -> None:
    import subprocess
    import sys

    from kelurahan_desk.composition import open_services
    from kelurahan_desk.core.data_folder import DataFolder

    open_services(DataFolder(tmp_path / "office")).close()  # made and migrated here, so the child only opens it
    child = (
        "import sys\n"
        "from pathlib import Path\n"
        "from kelurahan_desk.composition import open_services\n"
        "from kelurahan_desk.core.data_folder import DataFolder\n"
        f"services = open_services(DataFolder(Path({str(tmp_path / 'office')!r})))\n"
        "services.office.is_set_up(); services.residents.count\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] in ('sqlalchemy', 'alembic')))\n"
        "services.close()\n"
    )
    result = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.strip() == "[]"

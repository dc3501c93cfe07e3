"""The Core table clauses the window opens on name real columns of the models' tables, with the same types,
and read what the ORM reads."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

import pytest
from sqlalchemy import TableClause, select

from kelurahan_desk.composition import Services
from kelurahan_desk.core.services.office import OfficeProfile
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.services.residents import ResidentInput
from kelurahan_desk.core.store import models, read_tables
from kelurahan_desk.core.store.base import Base

CLAUSES = [value for value in vars(read_tables).values() if isinstance(value, TableClause)]
MODELLED = [clause for clause in CLAUSES if clause.name != read_tables.RESIDENT_NAME_INDEX.name]


def test_every_table_clause_is_checked() -> None:
    assert {clause.name for clause in MODELLED} == {"resident", "family", "office", "office_setting"}


@pytest.mark.parametrize("clause", MODELLED, ids=lambda clause: clause.name)
def test_each_column_is_the_models_column_with_its_type(clause: TableClause) -> None:
    models.load_all()
    table = Base.metadata.tables[clause.name]
    for column in clause.columns:
        assert column.name in table.columns, f"{clause.name}.{column.name} is not a column of the model"
        model_type = table.columns[column.name].type
        assert column.type._type_affinity is model_type._type_affinity, f"{clause.name}.{column.name}"


def test_core_reads_give_what_the_orm_reads(services: Services, admin: Actor) -> None:
    siti = ResidentInput(nik="3273014107010001", name="Siti Aminah", birth_date=date(2001, 7, 1), kk="3273012002200004")
    services.residents.create(admin, siti)
    services.office.set_setting(admin, "idle_lock_minutes", 25)
    with services.store.read() as s:
        office = s.scalar(select(models.Office))
        resident = s.scalar(select(models.Resident))
        assert office is not None and resident is not None
        expected_profile = OfficeProfile(**{field.name: getattr(office, field.name) for field in fields(OfficeProfile)})
        expected_row = {column.name: getattr(resident, column.name) for column in read_tables.RESIDENT.columns}
    assert services.office.profile() == expected_profile
    assert services.office.setting("idle_lock_minutes") == 25
    assert services.office.setting("backup_keep") == 14  # not stored: the default
    with services.store.read_rows() as connection:
        row = connection.execute(select(read_tables.RESIDENT)).one()
    assert row._asdict() == expected_row
    assert row.birth_date == date(2001, 7, 1) and row.is_temporary_nik is False

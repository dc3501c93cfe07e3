"""The region table: replaced whole from a file in one transaction, browsed, used to check NIK prefixes."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from kelurahan_desk.composition import Services
from kelurahan_desk.core.errors import PermissionDenied, ValidationError
from kelurahan_desk.core.services.permissions import Actor, Role
from kelurahan_desk.core.store.models import AuditEntry, OutboxChange
from tests.conftest import SHARED
from tests.core.outbox_helpers import fill

WILAYAH = SHARED / "data" / "wilayah" / "wilayah.sql"
SMALL = (
    "kode,nama\n32,JAWA BARAT\n32.73,KOTA BANDUNG\n32.73.01,Sukasari\n"
    "32.73.01.1001,Sukarasa\n32.73.01.1002,Gegerkalong\n"
)


def journal_counts(services: Services) -> tuple[int, int]:
    fill(services.store)
    with services.store.read() as s:
        return (
            s.scalar(select(func.count()).select_from(AuditEntry)),
            s.scalar(select(func.count()).select_from(OutboxChange)),
        )


def test_a_csv_region_table_is_imported_as_reference_data(services: Services, admin: Actor, tmp_path: Path) -> None:
    source = tmp_path / "wilayah.csv"
    source.write_text(SMALL + "99.9,Rusak\n", encoding="utf-8")
    audit, outbox = journal_counts(services)
    imported = services.regions.import_file(admin, source)
    assert (imported.added, imported.updated, imported.total) == (5, 0, 5)
    assert [(p.line, p.code) for p in imported.problems] == [(7, "invalid_code")]
    assert journal_counts(services) == (audit + 1, outbox)
    assert [r.name for r in services.regions.children("32.73.01")] == ["Sukarasa", "Gegerkalong"]
    assert [r.code for r in services.regions.children(None)] == ["32"]
    region = services.regions.get("32.73.01.1001")
    assert region is not None and (region.level, region.parent_code) == (4, "32.73.01")
    assert services.regions.is_known_prefix("327301") and not services.regions.is_known_prefix("327302")


def test_a_second_file_adds_and_renames_keeps_the_rest_and_a_useless_file_changes_nothing(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    source = tmp_path / "wilayah.csv"
    source.write_text(SMALL, encoding="utf-8")
    services.regions.import_file(admin, source)
    before = services.regions.count()
    one_kecamatan = tmp_path / "coblong.csv"
    one_kecamatan.write_text(
        "kode,nama\n32.73,KOTA BANDUNG\n32.73.01.1001,SUKARASA\n32.73.02,Coblong\n", encoding="utf-8"
    )
    imported = services.regions.import_file(admin, one_kecamatan)
    assert (imported.added, imported.updated, imported.unchanged, imported.total) == (1, 1, 1, before + 1)
    assert services.regions.get("32.73.01.1001").name == "SUKARASA"
    assert services.regions.get("32.73.01.1002") is not None and services.regions.count() == before + 1
    assert services.regions.is_known_prefix("327302") and services.regions.is_known_prefix("327301")
    assert services.regions.import_file(admin, one_kecamatan).unchanged == 3
    source.write_text("bukan tabel wilayah sama sekali\n", encoding="utf-8")
    with pytest.raises(ValidationError):
        services.regions.import_file(admin, source)
    assert services.regions.count() == before + 1


def test_without_a_table_every_prefix_counts_as_known(services: Services) -> None:
    assert services.regions.count() == 0 and services.regions.is_known_prefix("999999")


def test_only_those_who_manage_the_office_import_regions(services: Services, tmp_path: Path) -> None:
    source = tmp_path / "wilayah.csv"
    source.write_text(SMALL, encoding="utf-8")
    with pytest.raises(PermissionDenied):
        services.regions.import_file(Actor("", "petugas", "Petugas", Role.FRONT_DESK), source)


@pytest.mark.skipif(not WILAYAH.exists(), reason=f"the official region table is not at {WILAYAH}")
def test_the_official_region_table_imports_whole(services: Services, admin: Actor) -> None:
    imported = services.regions.import_file(admin, WILAYAH)
    assert (imported.added, imported.total, imported.problems) == (91_599, 91_599, [])
    assert services.regions.get("32.73.01.1001").name == "Sukarasa"
    assert len(services.regions.children(None)) == 38
    assert {r.name for r in services.regions.children("32.73.01")} >= {"Sukarasa", "Gegerkalong", "Isola"}
    assert services.regions.is_known_prefix("327301") and not services.regions.is_known_prefix("329999")

"""Old stores are brought up to date with their data intact; stores from a newer version are refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from kelurahan_desk.cli.main import main
from kelurahan_desk.composition import open_services
from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.errors import StoreError
from kelurahan_desk.core.store.base import utcnow
from kelurahan_desk.core.store.engine import make_engine
from kelurahan_desk.core.store.models import Resident
from kelurahan_desk.core.store.schema import current_revision, head_revision, upgrade_to
from kelurahan_desk.core.store.unit_of_work import Store

OLD_RESIDENTS = [
    ("00000000-0000-7000-8000-000000000001", "3273015507900001", "Siti Aminah", "P"),
    ("00000000-0000-7000-8000-000000000002", "3273011203850002", "Asep Sunandar", "L"),
    ("00000000-0000-7000-8000-000000000003", "3273014410920003", "Aminah Lubis", "P"),
]
STAMP = "2026-11-27T02:00:00.000000Z"


def store_at_first_revision(path: Path) -> None:
    engine = make_engine(path)
    try:
        upgrade_to(engine, "0001")
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO family (id, rev, kk, head_id, address, rt, rw) VALUES "
                    "('00000000-0000-7000-8000-0000000000f1', 1, '3273010101100001', NULL, 'Jl. Sukarasa 1', 3, 5)"
                )
            )
            for rid, nik, name, sex in OLD_RESIDENTS:
                conn.execute(
                    text(
                        "INSERT INTO resident (id, rev, nik, is_temporary_nik, family_id, relationship, name, "
                        "birth_place, birth_date, sex, religion, marital_status, occupation, education, address, "
                        "rt, rw, status, updated_at) VALUES (:id, 1, :nik, 0, '00000000-0000-7000-8000-0000000000f1', "
                        "'', :name, 'Bandung', '1990-07-15', :sex, 'ISLAM', '', '', '', 'Jl. Sukarasa 1', 3, 5, "
                        "'hidup', :at)"
                    ),
                    {"id": rid, "nik": nik, "name": name, "sex": sex, "at": STAMP},
                )
            conn.execute(
                text(
                    "INSERT INTO local_state (key, value) VALUES ('hlc', '0001764208800000.00000')"
                )
            )
    finally:
        engine.dispose()
    assert revision_of(path) == "0001"


def revision_of(path: Path) -> str | None:
    connection = sqlite3.connect(path)
    try:
        return current_revision(connection)
    finally:
        connection.close()


def name_search(store: Store, fragment: str) -> set[str]:
    with store.read() as s:
        rows = s.execute(
            text(
                "SELECT r.id FROM resident_name_fts f JOIN resident r ON r.rowid = f.rowid "
                "WHERE resident_name_fts MATCH :q"
            ),
            {"q": f'"{fragment}"'},
        )
        return {row[0] for row in rows}


def test_a_store_from_the_first_revision_is_upgraded_with_its_data(tmp_path: Path) -> None:
    db = tmp_path / "kelurahan.db"
    store_at_first_revision(db)

    store = Store(db)
    try:
        assert revision_of(db) == head_revision()
        with store.read() as s:
            residents = {r.id: (r.nik, r.name, r.sex, r.rt, r.rw) for r in s.scalars(select(Resident))}
            assert s.execute(text("SELECT kk, address FROM family")).one() == ("3273010101100001", "Jl. Sukarasa 1")
            assert s.execute(text("SELECT value FROM local_state WHERE key = 'hlc'")).scalar() is not None
        assert residents == {rid: (nik, name, sex, 3, 5) for rid, nik, name, sex in OLD_RESIDENTS}
        ids = {name: rid for rid, _nik, name, _sex in OLD_RESIDENTS}
        assert name_search(store, "amina") == {ids["Siti Aminah"], ids["Aminah Lubis"]}
        assert name_search(store, "sunan") == {ids["Asep Sunandar"]}

        with store.write("petugas", "resident.create") as s:
            s.add(Resident(nik="3273016606000004", name="Dewi Aminarti", sex="P", updated_at=utcnow()))
        assert len(name_search(store, "amin")) == 3
    finally:
        store.close()

    again = Store(db)  # a second open finds nothing to do
    assert revision_of(db) == head_revision()
    again.close()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_a_store_from_a_newer_version_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = DataFolder(tmp_path / "office")
    open_services(folder).close()
    con = sqlite3.connect(folder.database)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()

    with pytest.raises(StoreError) as refused:
        Store(folder.database)
    assert refused.value.code == "schema_newer"
    for _attempt in range(2):  # the refused open releases the instance lock
        with pytest.raises(StoreError) as refused:
            open_services(folder)
        assert refused.value.code == "schema_newer"

    assert main(["--data-dir", str(folder.root), "audit", "verify"]) == 2
    assert "versi Kelurahan Desk yang lebih baru" in capsys.readouterr().err
    con = sqlite3.connect(folder.database)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999"  # left untouched
    con.close()


def test_the_migrations_build_the_schema_the_models_describe(tmp_path: Path) -> None:
    """A model changed without a migration (or the other way round) shows up here."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from kelurahan_desk.core.store import models
    from kelurahan_desk.core.store.base import Base

    models.load_all()

    def ignored(diff: tuple) -> bool:
        kind, item = diff[0], diff[1]
        if kind == "remove_table" and "_fts" in item.name:  # FTS5 tables live outside the models
            return True
        # indexes on expressions (e.g. name COLLATE NOCASE) cannot be compared by Alembic
        return kind in ("add_index", "remove_index") and item.name == "ix_resident_name"

    store = Store(tmp_path / "kelurahan.db")
    try:
        with store.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"render_as_batch": True})
            diffs = [d for d in compare_metadata(context, Base.metadata) if not ignored(d)]
    finally:
        store.close()
    assert diffs == []

"""Bringing a store file to the newest schema.

Start-up reads the revision straight from `alembic_version` through the driver, and only loads SQLAlchemy
and Alembic when the file is behind: importing them costs more than the rest of opening the store.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kelurahan_desk.core.errors import StoreError

if TYPE_CHECKING:
    from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")


def head_revision() -> str:
    """Revision files are named `NNNN_what.py` with revision id `NNNN`, each revising the one before."""
    return max(
        name[:4]
        for name in os.listdir(MIGRATIONS / "versions")
        if name[:4].isdigit() and name[4:5] == "_" and name.endswith(".py")
    )


def current_revision(connection: sqlite3.Connection) -> str | None:
    exists = connection.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
    if not exists:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def upgrade_to(engine: Engine, revision: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def ensure_schema(revision: str | None, engine: Callable[[], Engine]) -> None:
    """Upgrades a store found at `revision` to the head (`engine` is asked for only then); refuses a store
    made by a newer version."""
    head = head_revision()
    if revision == head:
        return
    if revision is not None and revision > head:
        raise StoreError("schema_newer", f"store is at revision {revision}, this version knows {head}")
    upgrade_to(engine())

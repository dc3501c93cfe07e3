"""Bringing a store file to the newest schema.

Start-up reads the revision straight from `alembic_version` and only loads Alembic when the file is
behind: importing Alembic costs more than the rest of opening the store.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, text

from kelurahan_desk.core.errors import StoreError

MIGRATIONS = Path(__file__).with_name("migrations")


def head_revision() -> str:
    """Revision files are named `NNNN_what.py` with revision id `NNNN`, each revising the one before."""
    return max(
        name[:4]
        for name in os.listdir(MIGRATIONS / "versions")
        if name[:4].isdigit() and name[4:5] == "_" and name.endswith(".py")
    )


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        exists = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).first()
        if not exists:
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_to(engine: Engine, revision: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def ensure_schema(engine: Engine) -> None:
    revision = current_revision(engine)
    head = head_revision()
    if revision == head:
        return
    if revision is not None and revision > head:
        raise StoreError("schema_newer", f"store is at revision {revision}, this version knows {head}")
    upgrade_to(engine)

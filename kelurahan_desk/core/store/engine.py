"""SQLite engines with the pragmas of reliability.md and SQLAlchemy's recipe for real transactions.

pysqlite does not emit BEGIN the way SQLAlchemy expects, so autocommit is switched off at the driver
and BEGIN is sent explicitly: `BEGIN IMMEDIATE` on the write engine (the write lock is taken at the
start, so two writers never deadlock midway), plain `BEGIN` on the read engine.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

# The dialect is imported with this module rather than by the first create_engine(): once PySide6 is loaded
# every module imported after it costs more (PySide6 reads its source looking for `__feature__` imports).
from sqlalchemy.dialects.sqlite import pysqlite  # noqa: F401
from sqlalchemy.pool import QueuePool

from kelurahan_desk.core.store.pragmas import BUSY_TIMEOUT_MS, apply_pragmas


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    apply_pragmas(dbapi_connection)


def _on_begin(conn: Any) -> None:
    # straight to the driver: every transaction starts here, and the statement never varies
    driver = conn.connection.driver_connection
    driver.execute("BEGIN IMMEDIATE" if conn.get_execution_options().get("kd_write") else "BEGIN")


def make_engine(db_path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{db_path}",
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def write_engine(engine: Engine) -> Engine:
    """The same pool, but every transaction starts with BEGIN IMMEDIATE."""
    return engine.execution_options(kd_write=True)

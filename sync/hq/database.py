"""Engine set-up for PostgreSQL (psycopg 3) or SQLite, transactions that retry on lock conflicts,
and the few statements whose spelling differs between the two."""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, Table, create_engine, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from sync.hq.schema import metadata

T = TypeVar("T")
DATABASE_URL_ENV = "KELURAHAN_HQ_DATABASE_URL"
DATA_DIR_ENV = "KELURAHAN_HQ_DATA_DIR"
DEFAULT_SQLITE_FILE = "kelurahan-hq.sqlite3"
_RETRY_SQLSTATES = {"40001", "40P01", "23505"}


def data_folder() -> Path:
    """HQ's own folder (the demo SQLite file): $KELURAHAN_HQ_DATA_DIR, else the user's data folder."""
    given = os.environ.get(DATA_DIR_ENV)
    if given:
        return Path(given).expanduser().resolve()
    from platformdirs import user_data_path

    return user_data_path("kelurahan-hq", appauthor=False)


def database_url(given: str | None = None) -> str:
    """The URL given, else the environment's, else a SQLite file in HQ's data folder."""
    url = given or os.environ.get(DATABASE_URL_ENV)
    if url:
        return url
    folder = data_folder()
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / DEFAULT_SQLITE_FILE}"


def make_engine(url: str | None = None, pool_size: int = 10) -> Engine:
    url = database_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        _sqlite_transactions(engine)
        return engine
    return create_engine(url, pool_size=pool_size, max_overflow=2 * pool_size, pool_pre_ping=True)


def _sqlite_transactions(engine: Engine) -> None:
    """SQLAlchemy's documented recipe: let SQLAlchemy emit BEGIN, and make it BEGIN IMMEDIATE so two
    writers queue on the lock instead of failing on an upgrade from a read lock."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def create_schema(engine: Engine) -> None:
    metadata.create_all(engine)


def is_postgres(conn: Connection | Engine) -> bool:
    return conn.dialect.name == "postgresql"


def insert_ignoring_duplicates(conn: Connection, table: Table) -> Any:
    """INSERT … ON CONFLICT DO NOTHING in the connection's dialect."""
    module = postgresql if is_postgres(conn) else sqlite
    return module.insert(table).on_conflict_do_nothing()


def _retryable(exc: DBAPIError) -> bool:
    orig = exc.orig
    if getattr(orig, "sqlstate", None) in _RETRY_SQLSTATES:
        return True
    text = str(orig).lower()
    return "database is locked" in text or "unique constraint failed" in text


def in_transaction(engine: Engine, work: Callable[[Connection], T], attempts: int = 6) -> T:
    """Run `work` in one transaction; start it again after a deadlock, serialisation failure, a
    concurrent insert of the same key, or a busy SQLite file."""
    for attempt in range(attempts):
        try:
            with engine.begin() as conn:
                return work(conn)
        except DBAPIError as exc:
            if attempt == attempts - 1 or not _retryable(exc):
                raise
            time.sleep(random.uniform(0, 0.02 * 2**attempt))
    raise AssertionError("unreachable")

"""The office store: one SQLite file, read sessions, and write units of work.

`with store.write(actor, action) as session:` opens one transaction (BEGIN IMMEDIATE); every tracked
change flushed in it is audited and captured for HQ; all of it commits or none of it does.
`with store.write_records(actor, action) as records:` is the same unit of work for records read and
updated by id straight through the driver (`record_rows.RecordWrite`).
`with store.read_plain() as connection:` reads through the sqlite3 driver alone (see `plain_reads`).

Opening a store loads no SQLAlchemy: the engine is made, and the models, the session and change capture
are imported, by the first `read()`, `write()` or `write_records()`, so the window opens on the plain reads
of what it shows first.
"""

from __future__ import annotations

import importlib
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING

from kelurahan_desk.core.clock import Clock
from kelurahan_desk.core.errors import StoreError
from kelurahan_desk.core.store.health import HealthReport, StoreCorrupt
from kelurahan_desk.core.store.hlc import HybridClock
from kelurahan_desk.core.store.plain_reads import PlainReaders
from kelurahan_desk.core.store.schema import current_revision, ensure_schema
from kelurahan_desk.core.store.sqlite_errors import failure_code

if TYPE_CHECKING:
    from sqlalchemy import Engine, PoolProxiedConnection
    from sqlalchemy.orm import Session, sessionmaker

    from kelurahan_desk.core.store.change_capture import Journal
    from kelurahan_desk.core.store.record_rows import RecordWrite

# Every captured change is stamped by the store's clock under the write lock, so the newest one holds the
# largest value: the newest audit row whose change is not copied into `outbox` yet (`core.store.outbox_fill`)
# or, when there is none, the newest row of `outbox`. Both are read by `seq`, so no start scans the whole
# outbox or audit log, and the two stamps are never compared as text (a counter may outgrow five digits).
NEWEST_CLOCK = (
    "SELECT coalesce("
    "(SELECT hlc FROM audit_log WHERE seq > coalesce((SELECT CAST(value AS INTEGER) FROM local_state "
    "WHERE key = 'outbox.filled_to'), 0) AND hlc IS NOT NULL ORDER BY seq DESC LIMIT 1), "
    "(SELECT hlc FROM outbox ORDER BY seq DESC LIMIT 1))"
)


class Store:
    def __init__(
        self,
        db_path: Path,
        clock: Clock | None = None,
        *,
        migrate: bool = True,
        check: Callable[[], HealthReport] | None = None,
    ) -> None:
        """`check` gives the verdict of the store's start-up check when that is still running (it may wait
        for it): reads go on meanwhile, writes and migrations wait for it and are refused with StoreCorrupt
        when it failed."""
        self.path = db_path
        self.clock = clock or Clock()
        self.closed = False
        self._plain = PlainReaders(db_path)
        self._engine_lock = threading.Lock()
        self._made_engines: tuple[Engine, Engine] | None = None
        self._check = check
        if migrate:
            with self._plain.transaction() as connection:
                revision = current_revision(connection)
            ensure_schema(revision, self._engine_for_migration)
        self._records_lock = threading.Lock()
        self._records_connection: PoolProxiedConnection | None = None
        with self._plain.transaction() as connection:
            last = connection.execute(NEWEST_CLOCK).fetchone()
        self.hlc = HybridClock(last[0] if last and last[0] else None)

    @property
    def engine(self) -> Engine:
        """SQLAlchemy's engine, made on first use (by the first read(), write() or write_records())."""
        return self._engines()[0]

    @property
    def _write_engine(self) -> Engine:
        return self._engines()[1]

    def _engine_for_migration(self) -> Engine:
        self.require_checked()
        return self.engine

    def require_checked(self) -> None:
        """Waits for the start-up check when it still runs; StoreCorrupt when it failed."""
        check = self._check
        if check is None:
            return
        report = check()
        if not report.ok:
            raise StoreCorrupt(report, None)
        self._check = None

    def _engines(self) -> tuple[Engine, Engine]:
        with self._engine_lock:
            self._require_open()
            if self._made_engines is None:
                from kelurahan_desk.core.store.engine import make_engine, write_engine

                engine = make_engine(self.path)
                self._made_engines = (engine, write_engine(engine))
            return self._made_engines

    @cached_property
    def _reader(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        from kelurahan_desk.core.store.office_session import OfficeSession

        return sessionmaker(self.engine, class_=OfficeSession, expire_on_commit=False)

    @cached_property
    def _writer(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        from kelurahan_desk.core.store.office_session import OfficeSession

        return sessionmaker(self._write_engine, class_=OfficeSession, expire_on_commit=False)

    def load_orm(self) -> None:
        """Makes the engine and imports the models, the session and change capture now (they load with the
        first read() or write() otherwise), all at once; see `orm_load_steps`."""
        for step in self.orm_load_steps():
            step()

    def orm_load_steps(self) -> list[Callable[[], None]]:
        """What `load_orm` does, in steps of at most a few tenths of a second: the window takes them one
        event-loop turn apart once it is shown, so the clerk's first action does not wait for them and the
        window never stands still for all of them at once. (They run on the window's own thread: importing
        on a worker thread goes through PySide6's import hook, which is known to crash frozen builds.)"""
        from kelurahan_desk.core.store import models

        def engine() -> None:
            if not self.closed:
                self.engine  # noqa: B018 (made now, not at the first write)

        def mappers() -> None:
            from sqlalchemy.orm import configure_mappers

            from kelurahan_desk.core.store import office_session  # noqa: F401

            configure_mappers()

        return [
            lambda: importlib.import_module("sqlalchemy"),
            engine,
            lambda: importlib.import_module("sqlalchemy.orm"),
            *(partial(importlib.import_module, f"{models.__name__}.{area}") for area in models.AREAS),
            mappers,
        ]

    @contextmanager
    def read(self) -> Iterator[Session]:
        self._require_open()
        with self._reader() as session, session.begin():
            yield session

    @contextmanager
    def read_plain(self) -> Iterator[sqlite3.Connection]:
        """One read transaction on a sqlite3 connection: plain SQL, rows as tuples, no SQLAlchemy."""
        self._require_open()
        with self._plain.transaction() as connection:
            yield connection

    @contextmanager
    def write(self, actor: str, action: str, *, capture_outbox: bool = True) -> Iterator[Session]:
        """A full disk or a failing disk ends the action with StoreError("disk_full" / "io_error");
        SQLite has rolled the transaction back by then."""
        self._require_open()
        self.require_checked()
        from kelurahan_desk.core.store.change_capture import Journal

        with _disk_failures(), self._writer() as session, session.begin():
            session.info["journal"] = Journal(
                actor=actor,
                action=action,
                at=self.clock.now(),
                clock=self.hlc,
                connect=lambda: session.connection().connection.driver_connection,
                dialect=self.engine.dialect,
                capture_outbox=capture_outbox,
            )
            yield session

    def write_records(self, actor: str, action: str) -> RecordUnitOfWork:
        """A unit of work of records read and updated by id, without the ORM session (see `RecordWrite`):
        for the office's most frequent writes. Same transaction rules, audit and outbox as `write`; these
        units of work share one connection, taken in turn."""
        self._require_open()
        self.require_checked()
        return RecordUnitOfWork(self, actor, action)

    def _abandon_records_transaction(self) -> None:
        connection = self._records_connection
        try:
            if connection.driver_connection.in_transaction:
                connection.driver_connection.execute("ROLLBACK")
        except sqlite3.Error:
            # a connection that cannot even roll back is not used again
            self._records_connection = None
            connection.invalidate()

    @staticmethod
    def journal(session: Session) -> Journal:
        return session.info["journal"]

    def close(self) -> None:
        """After closing, read() and write() refuse with StoreError("store_closed") (e.g. after a restore)."""
        self.closed = True
        with self._records_lock:
            if self._records_connection is not None:
                self._records_connection.close()
                self._records_connection = None
        self._plain.close()
        with self._engine_lock:
            made = self._made_engines
        if made is not None:
            made[0].dispose()

    def _require_open(self) -> None:
        if self.closed:
            raise StoreError("store_closed", str(self.path))


class RecordUnitOfWork:
    """`with store.write_records(actor, action) as records:` — BEGIN IMMEDIATE on the store's records
    connection, COMMIT when the block ends, ROLLBACK when it raises."""

    def __init__(self, store: Store, actor: str, action: str) -> None:
        self._store = store
        self._actor = actor
        self._action = action

    def __enter__(self) -> RecordWrite:
        from kelurahan_desk.core.store.change_capture import Journal
        from kelurahan_desk.core.store.record_rows import RecordWrite

        store = self._store
        store._records_lock.acquire()
        try:
            if store._records_connection is None:
                store._records_connection = store._write_engine.raw_connection()
            driver = store._records_connection.driver_connection
            driver.execute("BEGIN IMMEDIATE")
        except BaseException as exc:
            store._records_lock.release()
            _raise_disk_failure(exc)
            raise
        return RecordWrite(
            Journal(
                actor=self._actor,
                action=self._action,
                at=store.clock.now(),
                clock=store.hlc,
                connect=lambda: driver,
                dialect=store.engine.dialect,
            )
        )

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, _trace: object) -> None:
        store = self._store
        try:
            if kind is None:
                try:
                    store._records_connection.driver_connection.execute("COMMIT")  # type: ignore[union-attr]
                except BaseException as exc:
                    store._abandon_records_transaction()
                    _raise_disk_failure(exc)
                    raise
            else:
                store._abandon_records_transaction()
                if error is not None:
                    _raise_disk_failure(error)
        finally:
            store._records_lock.release()


def _raise_disk_failure(error: BaseException) -> None:
    """A full or failing disk as StoreError("disk_full" / "io_error"); anything else is left to go on."""
    if isinstance(error, sqlite3.OperationalError) and (code := failure_code(error)) is not None:
        raise StoreError(code, str(error)) from error


@contextmanager
def _disk_failures() -> Iterator[None]:
    from sqlalchemy.exc import OperationalError

    try:
        yield
    except OperationalError as exc:
        code = failure_code(exc.orig)
        if code is None:
            raise
        raise StoreError(code, str(exc.orig)) from exc
    except sqlite3.OperationalError as exc:
        # statements the store sends straight to the driver (audit and outbox rows)
        _raise_disk_failure(exc)
        raise

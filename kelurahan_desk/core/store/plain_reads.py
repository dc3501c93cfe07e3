"""Reads straight through the sqlite3 driver, without SQLAlchemy.

What the window shows first (the office, its settings, the first page of residents) and every resident
search and count read here: importing SQLAlchemy costs more than the rest of opening the window, so the
window opens without it and SQLAlchemy loads once the window is up (`Store.load_orm`).

`with readers.transaction() as connection:` is one read transaction (a consistent snapshot of the store)
on a connection kept for the next read; a connection that failed is closed instead.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kelurahan_desk.core.store.pragmas import BUSY_TIMEOUT_MS, apply_pragmas

KEEP_IDLE = 4


class PlainReaders:
    def __init__(self, path: Path) -> None:
        self._path = path
        self._idle: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._closed = False

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        connection = self._take()
        healthy = False
        try:
            connection.execute("BEGIN")
            yield connection
            healthy = True
        except sqlite3.Error:
            raise
        except BaseException:
            healthy = True  # the caller's own error: the connection itself is fine
            raise
        finally:
            self._end(connection, healthy)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for connection in idle:
            connection.close()

    def _take(self) -> sqlite3.Connection:
        with self._lock:
            if self._idle:
                return self._idle.pop()
        connection = sqlite3.connect(self._path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        apply_pragmas(connection)
        connection.execute("PRAGMA query_only = ON")
        return connection

    def _end(self, connection: sqlite3.Connection, healthy: bool) -> None:
        try:
            if connection.in_transaction:
                connection.execute("ROLLBACK")  # nothing was written: ending the snapshot is all it does
        except sqlite3.Error:
            healthy = False
        with self._lock:
            if healthy and not self._closed and len(self._idle) < KEEP_IDLE:
                self._idle.append(connection)
                return
        connection.close()

"""The pragmas every connection to the store gets (reliability.md), for SQLAlchemy's connections and the
plain readers alike."""

from __future__ import annotations

import sqlite3

BUSY_TIMEOUT_MS = 10_000
CACHE_KIB = 32_000


def apply_pragmas(connection: sqlite3.Connection) -> None:
    """Autocommit at the driver (transactions are begun explicitly), WAL, synchronous=FULL, foreign keys,
    busy timeout and a 32 MB page cache."""
    connection.isolation_level = None
    cursor = connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    cursor.close()

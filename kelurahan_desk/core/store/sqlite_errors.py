"""Which failures of SQLite or the file system mean "the disk is full" or "the disk failed"."""

from __future__ import annotations

import errno
import sqlite3

from kelurahan_desk.core.errors import StoreError

SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_NOTADB = 26

DISK_FULL = "disk_full"
IO_ERROR = "io_error"
NO_PERMISSION = "no_permission"
READ_ONLY = "read_only"


def failure_code(exc: BaseException | None) -> str | None:
    """`disk_full` or `io_error` for a storage failure (sqlite3 error or OSError), `no_permission` for a file
    or folder the account may not write, `read_only` for a write-protected disk, None for anything else."""
    if exc is None:
        return None
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return DISK_FULL
        if exc.errno == errno.EROFS:
            return READ_ONLY
        return NO_PERMISSION if isinstance(exc, PermissionError) else IO_ERROR
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        primary = code & 0xFF
        if primary == SQLITE_FULL:
            return DISK_FULL
        if primary == SQLITE_IOERR:
            return IO_ERROR
        return None
    text = str(exc).lower()
    if "database or disk is full" in text:
        return DISK_FULL
    if "disk i/o error" in text:
        return IO_ERROR
    return None


def is_damage(exc: BaseException) -> bool:
    """Whether a sqlite3 error says the store file is damaged ("database disk image is malformed")."""
    if not isinstance(exc, sqlite3.Error):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB)
    text = str(exc).lower()
    return "malformed" in text or "file is not a database" in text


def as_store_error(exc: BaseException, fallback: str) -> StoreError:
    """The StoreError for a failed file or database operation: its storage code, else `fallback`."""
    return StoreError(failure_code(exc) or fallback, str(exc))

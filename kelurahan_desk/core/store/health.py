"""Start-up health of the store file, checked as the store opens, and the newest backup that is good.

`check_store` runs `PRAGMA quick_check` (a b-tree walk without the index cross-check, fast on big files);
backups are checked with the full `PRAGMA integrity_check`.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kelurahan_desk.core.errors import StoreError
from kelurahan_desk.core.store.backup_files import backup_files

MAX_PROBLEMS = 20


@dataclass(frozen=True)
class HealthReport:
    path: Path
    ok: bool
    problems: tuple[str, ...] = ()
    seconds: float = 0.0


class StoreCorrupt(StoreError):
    """The store file failed its check. `detail` (and `newest_backup`) name the newest good backup, if any."""

    def __init__(self, report: HealthReport, newest_backup: Path | None) -> None:
        super().__init__("store_corrupt", str(newest_backup) if newest_backup else "")
        self.report = report
        self.newest_backup = newest_backup


def integrity_problems(path: Path, *, quick: bool = False, read_only: bool = False) -> list[str]:
    """What SQLite's own check finds wrong with a database file; empty when the file is sound.

    A file that is not a database at all, or cannot be opened, is one problem, not an exception.
    """
    pragma = "quick_check" if quick else "integrity_check"
    try:
        if read_only:
            con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        else:
            con = sqlite3.connect(path, timeout=10)
    except sqlite3.Error as exc:
        return [f"cannot open: {exc}"]
    try:
        rows = con.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        con.close()
    messages = [str(row[0]) for row in rows]
    return [] if messages == ["ok"] else messages


EMPTY_STORE = "berkas data kantor kosong (0 bita), padahal cadangannya ada"


def check_store(db_path: Path, backups: Path | None = None) -> HealthReport:
    """Quick check of the store file. A store that does not exist yet is healthy (it is about to be made), and
    so is an empty file, unless the office's backups lie in `backups`: then the store lost its content."""
    if not db_path.exists():
        return HealthReport(db_path, True)
    if backups is not None and db_path.stat().st_size == 0 and backup_files(backups):
        return HealthReport(db_path, False, (EMPTY_STORE,))
    started = time.perf_counter()
    problems = integrity_problems(db_path, quick=True)
    return HealthReport(db_path, not problems, tuple(problems), time.perf_counter() - started)


class StoreCheck:
    """`check_store` on its own thread, started first thing at start-up: SQLite reads the file outside
    Python's lock, so the check runs beside the imports and the window instead of before them. A store
    opened while its check still runs holds every write until the check has passed (`Store`)."""

    def __init__(self, db_path: Path, backups: Path | None = None, *, start: bool = True) -> None:
        self.path = db_path
        self._backups = backups
        self._report: HealthReport | None = None
        self._error: BaseException | None = None
        self._finished = threading.Event()
        self._thread = threading.Thread(target=self._run, name="store-check", daemon=True)
        if start:
            self._thread.start()

    def start(self) -> None:
        """For a check made with `start=False`."""
        self._thread.start()

    def done(self) -> bool:
        return self._finished.is_set()

    def _run(self) -> None:
        try:
            self._report = check_store(self.path, self._backups)
        except BaseException as exc:  # handed to whoever waits for the report
            self._error = exc
        finally:
            self._finished.set()

    def report(self) -> HealthReport:
        """The verdict, waiting for it while the check runs."""
        self._finished.wait()
        if self._error is not None:
            raise self._error
        assert self._report is not None
        return self._report


def is_office_database(path: Path) -> bool:
    """A sound SQLite file that holds an office store (schema version and audit chain tables)."""
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error:
        return False
    try:
        names = {
            row[0]
            for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        }
    except sqlite3.DatabaseError:
        return False
    finally:
        con.close()
    return {"alembic_version", "audit_log"} <= names


def newest_good_backup(backups_folder: Path, now: datetime | None = None) -> Path | None:
    """The newest backup in the folder (see `backup_files` for `now`) that is an office store and passes
    `integrity_check`."""
    for candidate in backup_files(backups_folder, now):
        if is_office_database(candidate) and not integrity_problems(candidate, read_only=True):
            return candidate
    return None

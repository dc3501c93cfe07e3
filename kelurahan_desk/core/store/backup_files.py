"""Backup files on disk: their names, SQLite's online copy, and swapping the file of a closed store.

A backup is `kelurahan-<office code digits>-<YYYYMMDD-HHMMSS>.db` (office local time; `-2`, `-3` … when
two are made in one second), a plain SQLite file in rollback-journal mode that opens anywhere on its own.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

NAME = re.compile(r"kelurahan-(?P<office>\d{10}|baru)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.db")
STAMP = "%Y%m%d-%H%M%S"
NO_OFFICE = "baru"
BUSY_TIMEOUT_S = 30


@dataclass(frozen=True)
class BackupName:
    office: str
    local_time: datetime
    """Naive: the office's local wall-clock time when the backup was made."""
    n: int = 1


def office_digits(office_code: str | None) -> str:
    return office_code.replace(".", "") if office_code else NO_OFFICE


def office_code_of(digits: str) -> str:
    """`3273011001` -> `32.73.01.1001`; the name of a backup made before setup gives ""."""
    if digits == NO_OFFICE:
        return ""
    return f"{digits[0:2]}.{digits[2:4]}.{digits[4:6]}.{digits[6:]}"


def backup_file_name(office_code: str | None, local_time: datetime, n: int = 1) -> str:
    suffix = f"-{n}" if n > 1 else ""
    return f"kelurahan-{office_digits(office_code)}-{local_time.strftime(STAMP)}{suffix}.db"


def parse_backup_name(name: str) -> BackupName | None:
    match = NAME.fullmatch(name)
    if match is None:
        return None
    try:
        at = datetime.strptime(match["stamp"], STAMP)
    except ValueError:
        return None
    return BackupName(match["office"], at, int(match["n"] or 1))


def backup_files(folder: Path, now: datetime | None = None) -> list[Path]:
    """Backup files in a folder, newest first by the time in their names; a name dated more than a day after
    `now` (the office's local time, default this PC's) was made under a wrong clock and counts as the oldest,
    so that it is neither kept for ever nor taken for the newest, and a backup made while the clock runs late
    is never the first one pruned."""
    if not folder.is_dir():
        return []
    latest = (now or datetime.now()).replace(tzinfo=None) + timedelta(days=1)
    found = []
    for path in folder.iterdir():
        parsed = parse_backup_name(path.name)
        if parsed is not None and path.is_file():
            found.append((parsed.local_time <= latest, parsed.local_time, parsed.n, path))
    return [path for _plausible, _at, _n, path in sorted(found, reverse=True)]


def free_backup_path(folder: Path, office_code: str | None, local_time: datetime) -> Path:
    n = 1
    while True:
        path = folder / backup_file_name(office_code, local_time.replace(tzinfo=None), n)
        if not path.exists():
            return path
        n += 1


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.stem + ".manifest.json")


def online_copy(source: Path, target: Path, *, read_only_source: bool = False) -> None:
    """Copies a database with SQLite's backup API (a consistent snapshot even while others write).

    The copy is switched to rollback-journal mode so that it is one self-contained file.
    """
    if read_only_source:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    else:
        src = sqlite3.connect(source, timeout=BUSY_TIMEOUT_S)
    try:
        dest = sqlite3.connect(target, timeout=BUSY_TIMEOUT_S)
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    finally:
        src.close()


def schema_revision(path: Path) -> str | None:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    finally:
        con.close()
    return str(row[0]) if row else None


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _checkpoint(db_path: Path) -> None:
    """Folds the WAL into the main file when the file allows it; a damaged file is left as it is."""
    try:
        con = sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_S)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
    except sqlite3.Error:
        pass


def _keep(source: Path, target: Path) -> None:
    """`target` becomes a second name of `source` (hard link), or a copy where links are not possible."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
        fsync_file(target)


def replace_database(db_path: Path, new_file: Path, aside: Path | None) -> None:
    """Puts `new_file` in place of a closed store's file, keeping the old file (and its WAL) as `aside`, or
    dropping it when `aside` is None (a store that holds no office).

    The old file stays under its own name until the final atomic rename, so a crash midway leaves
    either the old store or the new one in place, never none.
    """
    if db_path.exists() and aside is not None:
        _checkpoint(db_path)
        _keep(db_path, aside)
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            _keep(wal, aside.with_name(aside.name + "-wal"))
        fsync_folder(aside.parent)
    for suffix in ("-wal", "-shm", "-journal"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    os.replace(new_file, db_path)
    fsync_folder(db_path.parent)


def free_aside_path(db_path: Path, local_time: datetime) -> Path:
    base = f"{db_path.name}.before-restore-{local_time.strftime(STAMP)}"
    path = db_path.with_name(base)
    n = 2
    while path.exists():
        path = db_path.with_name(f"{base}-{n}")
        n += 1
    return path

"""Backups: on demand to any folder (a USB stick), daily into the data folder, and restore.

A backup is the database copied with SQLite's online backup API, checked with `integrity_check` under a
temporary name and only then renamed into place, plus a manifest (database hash, attachment hashes).
A backup to another folder also copies the attachment files into `<folder>/attachments/`, the archive of
issued documents into `<folder>/archive/` and the office's public keys into `<folder>/keys/`, skipping what
is already there, so a stick holds everything needed to rebuild the office on another PC (all but the
private signing key, which never leaves the office PC). Those files are copied before the database, which is
written last under its final name: a backup that failed halfway leaves no file that looks like a backup.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kelurahan_desk.core.clock import Clock
from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.errors import StoreError, ValidationError
from kelurahan_desk.core.services.office import SETTING_DEFAULTS
from kelurahan_desk.core.services.permissions import Actor, Permission
from kelurahan_desk.core.services.restore import (
    BackupSummary,
    RestoreInfo,
    read_store_facts,
    stage_restore,
    summarize_backup,
    swap_in_restore,
)
from kelurahan_desk.core.store.archive_copy import archived_files, copy_archive
from kelurahan_desk.core.store.atomic_file import write_bytes_atomic, write_with_atomic
from kelurahan_desk.core.store.attachment_copy import AttachmentCopy, copy_attachments, stored_attachments
from kelurahan_desk.core.store.backup_files import (
    backup_files,
    free_backup_path,
    manifest_path,
    office_code_of,
    online_copy,
    parse_backup_name,
    schema_revision,
    sha256_of,
)
from kelurahan_desk.core.store.health import integrity_problems
from kelurahan_desk.core.store.key_copy import copy_public_keys, public_key_files
from kelurahan_desk.core.store.models import Office, OfficeSetting
from kelurahan_desk.core.store.sqlite_errors import as_store_error
from kelurahan_desk.core.store.unit_of_work import Store

__all__ = ["BackupInfo", "BackupService", "RestoreInfo"]

MANIFEST_FORMAT = 1


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    created_at: datetime
    integrity_ok: bool | None
    """True once checked after writing; None in listings, which do not open the files."""
    office_code: str = ""
    attachments: AttachmentCopy | None = None
    archive: AttachmentCopy | None = None
    """Issued documents copied with a backup to another folder (`damaged` is always empty here)."""


class BackupService:
    def __init__(self, store: Store, folder: DataFolder, clock: Clock) -> None:
        self._store = store
        self._folder = folder
        self._clock = clock

    def backup_to(self, actor: Actor, dest_folder: Path, *, include_attachments: bool = True) -> BackupInfo:
        """`include_attachments` also copies the attachment files and the archive of issued documents."""
        actor.require(Permission.BACKUP)
        dest = Path(dest_folder)
        if dest.exists() and not dest.is_dir():
            raise ValidationError("dest", "backup_dest_not_folder", {"folder": str(dest)})
        if dest.resolve() == self._folder.backups.resolve():
            # the daily backups' own folder: their rotation would delete this one too
            raise ValidationError("dest", "backup_dest_automatic", {"folder": str(dest)})
        if dest.resolve().is_relative_to(self._folder.root.resolve()):
            # inside the data folder: lost with it when the PC's disk fails
            raise ValidationError("dest", "backup_dest_inside_data", {"folder": str(dest)})
        if not dest.parent.is_dir():
            # a flash drive that is not plugged in: never make its path on the office PC's own disk
            raise ValidationError("dest", "backup_dest_missing", {"folder": str(dest.parent)})
        return self._backup(dest, include_attachments=include_attachments)

    def auto_backup_if_due(self) -> BackupInfo | None:
        """The daily backup into the data folder's `backups/`: made when none is from today (office time),
        then only the newest `backup_keep` are kept. None when not due or switched off."""
        if not self._setting("auto_backup_daily"):
            return None
        today = self._clock.today()
        for path in backup_files(self._folder.backups, self._clock.local_now()):
            parsed = parse_backup_name(path.name)
            if parsed is not None and parsed.local_time.date() == today:
                return None
        info = self._backup(self._folder.backups, include_attachments=False)
        self.prune(self._folder.backups, int(self._setting("backup_keep")))
        return info

    def prune(self, folder: Path, keep: int) -> list[Path]:
        """Deletes all but the newest `keep` backups in the folder (with their manifests); returns them."""
        removed = backup_files(folder, self._clock.local_now())[max(keep, 1) :]
        for path in removed:
            path.unlink(missing_ok=True)
            manifest_path(path).unlink(missing_ok=True)
        for stale in folder.glob(".kelurahan-*.tmp"):
            if not stale.name.endswith(f".{os.getpid()}.tmp"):
                stale.unlink(missing_ok=True)
        return removed

    def list_backups(self, folder: Path) -> list[BackupInfo]:
        """Backups in a folder, newest first, without opening them (`integrity_ok` is None)."""
        found = []
        for path in backup_files(Path(folder), self._clock.local_now()):
            parsed = parse_backup_name(path.name)
            assert parsed is not None
            at = parsed.local_time.replace(tzinfo=self._clock.zone).astimezone(UTC)
            found.append(BackupInfo(path, path.stat().st_size, at, None, office_code_of(parsed.office)))
        return found

    def summarize(self, actor: Actor, backup_file: Path) -> BackupSummary:
        """What the backup holds (office, newest change), after the checks a restore makes before copying:
        for the clerk to confirm the file. Raises what `restore_from` would for a file that is not an office
        store, has a newer schema, or is another office's."""
        actor.require(Permission.RESTORE)
        return summarize_backup(Path(backup_file), read_store_facts(self._folder.database))

    def restore_from(self, actor: Actor, backup_file: Path, *, allow_other_office: bool = False) -> RestoreInfo:
        """Replaces the store with a backup. The backup is copied and checked first; if that fails the
        store stays open and unchanged. Once the swap starts this service's store is closed for good:
        the caller closes its services and opens them again (the UI restarts, the CLI exits)."""
        actor.require(Permission.RESTORE)
        previous = read_store_facts(self._folder.database)
        staged = stage_restore(self._folder, Path(backup_file), previous, allow_other_office=allow_other_office)
        self._store.close()
        return swap_in_restore(actor, self._folder, staged, previous, self._clock)

    def _backup(self, dest: Path, *, include_attachments: bool) -> BackupInfo:
        office_code = self._office_code()
        created_at = self._clock.now()
        target = free_backup_path(dest, office_code, self._clock.local_now())
        try:
            attachments = archive = None
            if include_attachments:
                attachments = copy_attachments(self._folder.attachments, dest / "attachments")
                archive = copy_archive(self._folder.archive, dest / "archive", replace_different=True)
                copy_public_keys(self._folder.keys, dest / "keys")
            write_with_atomic(target, self._checked_copy)
            if include_attachments:  # what was added while the database was copied, which it may refer to
                attachments = _more(attachments, copy_attachments(self._folder.attachments, dest / "attachments"))
                archive = _more(archive, copy_archive(self._folder.archive, dest / "archive", replace_different=True))
            try:
                self._write_manifest(target, office_code, created_at, attachments)
            except BaseException:
                target.unlink(missing_ok=True)
                raise
        except (OSError, sqlite3.Error) as exc:
            raise as_store_error(exc, "backup_failed") from exc
        return BackupInfo(target, target.stat().st_size, created_at, True, office_code or "", attachments, archive)

    def _checked_copy(self, tmp: Path) -> None:
        online_copy(self._store.path, tmp)
        problems = integrity_problems(tmp)
        if problems:
            raise StoreError("backup_failed", "integrity_check: " + "; ".join(problems[:3]))

    def _write_manifest(
        self, backup: Path, office_code: str | None, created_at: datetime, attachments: AttachmentCopy | None
    ) -> None:
        manifest: dict[str, Any] = {
            "format": MANIFEST_FORMAT,
            "database": backup.name,
            "database_size": backup.stat().st_size,
            "database_sha256": sha256_of(backup),
            "schema_revision": schema_revision(backup),
            "office_code": office_code or "",
            "created_at": created_at.astimezone(UTC).isoformat(),
            "attachments": stored_attachments(self._folder.attachments),
            "attachments_copied": attachments is not None,
            "attachments_damaged": list(attachments.damaged) if attachments else [],
            "archive": archived_files(self._folder.archive),
            "archive_copied": attachments is not None,
            "public_keys": public_key_files(self._folder.keys) if attachments is not None else [],
        }
        text = json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False)
        write_bytes_atomic(manifest_path(backup), text.encode())

    def _office_code(self) -> str | None:
        with self._store.read() as s:
            return s.scalar(select(Office.code).limit(1))

    def _setting(self, key: str) -> Any:
        with self._store.read() as s:
            row = s.get(OfficeSetting, key)
            return row.value if row is not None else SETTING_DEFAULTS[key]


def _more(first: AttachmentCopy | None, then: AttachmentCopy) -> AttachmentCopy:
    """Two passes of copying as one: files copied by either, and what the second found already there."""
    copied = (first.copied if first else 0) + then.copied
    return AttachmentCopy(copied, then.present - (first.copied if first else 0), then.damaged)

"""Restoring a backup over a closed store.

Before anything is copied, `summarize_backup` reads what a backup holds (office, newest change) after the
checks that need no copy, for the clerk to confirm the right file. Then two steps. `stage_restore` checks the
file against its manifest's hash, copies it next to the store with the online backup API and checks the copy
(integrity, schema not newer than this version, same office): nothing of the current store is touched, and a
failure leaves it in use. `swap_in_restore` then needs the store closed: it first brings back the attachment,
archive and public-key files the office lacks from the backup's folder (only ever adding files, so a failure
there changes no data), then keeps the current file aside (`kelurahan.db.before-restore-<time>`), renames the
checked copy into place and records the restore in the audit chain. Whoever opened the store opens it again
afterwards.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from kelurahan_desk.core.clock import Clock
from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.errors import StoreError, ValidationError
from kelurahan_desk.core.services.permissions import Actor, Permission
from kelurahan_desk.core.store.archive_copy import copy_archive
from kelurahan_desk.core.store.attachment_copy import AttachmentCopy, copy_attachments
from kelurahan_desk.core.store.backup_files import (
    free_aside_path,
    fsync_file,
    manifest_path,
    online_copy,
    replace_database,
    schema_revision,
    sha256_of,
)
from kelurahan_desk.core.store.health import integrity_problems, is_office_database
from kelurahan_desk.core.store.key_copy import copy_public_keys
from kelurahan_desk.core.store.schema import head_revision
from kelurahan_desk.core.store.sqlite_errors import as_store_error
from kelurahan_desk.core.store.unit_of_work import Store

STAGED_NAME = ".kelurahan.db.restore.tmp"


@dataclass(frozen=True)
class StoreFacts:
    office_code: str | None
    last_seq: int
    last_hash: str


@dataclass(frozen=True)
class StagedRestore:
    source: Path
    staged: Path
    facts: StoreFacts


@dataclass(frozen=True)
class RestoreInfo:
    restored_from: Path
    kept_aside: Path | None
    office_code: str
    backup_last_seq: int
    """The last audit row the backup held; rows after it in the old store are in the file kept aside."""
    attachments: AttachmentCopy | None
    audit_seq: int
    """The audit row that records this restore in the restored chain."""
    archive: AttachmentCopy | None = None
    """Issued documents brought back; `damaged` names those the office holds with other content (kept)."""
    files_missing: int = 0
    """Attachment and archive files the backup's manifest lists as copied to its folder, found neither there
    nor in the office: a stick copied only in part."""
    signing_key_missing: bool = False
    """The restored office's signing key is not on this PC (a rebuilt PC): the next letter gets a new key."""


def read_store_facts(db_path: Path) -> StoreFacts | None:
    """Office code and audit chain tail of a store file, read directly; None if it cannot be read."""
    if not db_path.is_file():
        return None
    try:
        office, tail = _office_and_tail(db_path, "code", "hash")
    except sqlite3.Error:
        return None
    return StoreFacts(office[0] if office else None, tail[0] if tail else 0, tail[1] if tail else "")


def _office_and_tail(db_path: Path, office_columns: str, tail_column: str) -> tuple[Any, Any]:
    """The office row's columns and the newest audit row's `seq` and column, read-only (None where absent)."""
    con = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    try:
        office = con.execute(f"SELECT {office_columns} FROM office LIMIT 1").fetchone()
        tail = con.execute(f"SELECT seq, {tail_column} FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    finally:
        con.close()
    return office, tail


@dataclass(frozen=True)
class BackupSummary:
    """What a backup file holds, read before the restore copies it."""

    office_code: str
    village_name: str
    last_seq: int
    last_change_at: datetime | None
    """When the backup's newest audited change was made (aware, UTC); None for a store with no change."""
    newer_changes: int = 0
    """Changes the office's current store holds after the backup's newest: those the restore leaves behind
    (they stay in the file kept aside)."""


def summarize_backup(backup_file: Path, current: StoreFacts | None) -> BackupSummary:
    """The office and the newest change of a backup file, after the checks that need no copy: an office
    store, a schema this version knows, this office's. The full integrity check runs on the restore's copy."""
    _refuse_non_store(backup_file)
    _refuse_changed(backup_file)
    _refuse_unknown_schema(schema_revision(backup_file))
    try:
        office, tail = _office_and_tail(backup_file, "code, village_name", "at")
    except sqlite3.Error as exc:
        raise StoreError("backup_invalid", f"{backup_file}: {exc}") from exc
    code, village = office if office else ("", "")
    _refuse_other_office(current, code, allow_other_office=False)
    last_seq = tail[0] if tail else 0
    newer = max(0, current.last_seq - last_seq) if current is not None and current.office_code else 0
    return BackupSummary(code, village, last_seq, datetime.fromisoformat(tail[1]) if tail else None, newer)


def _refuse_non_store(backup_file: Path) -> None:
    if not backup_file.is_file() or not is_office_database(backup_file):
        raise StoreError("backup_invalid", str(backup_file))


def _refuse_unknown_schema(revision: str | None) -> None:
    if revision is None:
        raise StoreError("backup_invalid", "no schema revision")
    if revision > head_revision():
        raise StoreError("schema_newer", f"backup is at revision {revision}, this version knows {head_revision()}")


def _refuse_other_office(current: StoreFacts | None, backup_code: str | None, *, allow_other_office: bool) -> None:
    if allow_other_office or current is None or not current.office_code or not backup_code:
        return
    if current.office_code != backup_code:
        raise ValidationError(
            "backup_file", "backup_other_office", {"backup": backup_code, "current": current.office_code}
        )


def stage_restore(
    folder: DataFolder, backup_file: Path, current: StoreFacts | None, *, allow_other_office: bool = False
) -> StagedRestore:
    _refuse_non_store(backup_file)
    _refuse_changed(backup_file)
    staged = folder.root / STAGED_NAME
    staged.unlink(missing_ok=True)
    try:
        online_copy(backup_file, staged, read_only_source=True)
        problems = integrity_problems(staged)
        if problems:
            raise StoreError("backup_invalid", "integrity_check: " + "; ".join(problems[:3]))
        _refuse_unknown_schema(schema_revision(staged))
        facts = read_store_facts(staged)
        if facts is None:
            raise StoreError("backup_invalid", "unreadable office or audit tables")
        _refuse_other_office(current, facts.office_code, allow_other_office=allow_other_office)
        fsync_file(staged)
    except BaseException as exc:
        staged.unlink(missing_ok=True)
        staged.with_name(staged.name + "-journal").unlink(missing_ok=True)
        if isinstance(exc, OSError | sqlite3.Error):
            raise as_store_error(exc, "restore_failed") from exc
        raise
    return StagedRestore(backup_file, staged, facts)


def swap_in_restore(
    actor: Actor, folder: DataFolder, staged: StagedRestore, previous: StoreFacts | None, clock: Clock
) -> RestoreInfo:
    """The store must be closed (no open connection to it in this process)."""
    from kelurahan_desk.core.services.office_keys_service import private_path

    db_path = folder.database
    # a store the setup wizard made on a replacement PC holds no office yet: nothing in it to keep
    holds_office = previous is None or bool(previous.office_code)
    aside = free_aside_path(db_path, clock.local_now()) if db_path.exists() and holds_office else None
    try:
        manifest = _manifest(staged.source)
        attachments = _bring_back_attachments(staged.source, folder, manifest)
        archive = _bring_back_archive(staged.source, folder, manifest)
        copy_public_keys(staged.source.parent / "keys", folder.keys)
        missing = _files_missing(staged.source, folder, manifest)
        replace_database(db_path, staged.staged, aside)
    except OSError as exc:
        staged.staged.unlink(missing_ok=True)
        raise as_store_error(exc, "restore_failed") from exc
    try:
        audit_seq, key_id = _record_restore(actor, db_path, staged, previous, aside, clock)
    except (OSError, sqlite3.Error, StoreError) as exc:
        # the data is the backup's now: say so, not "nothing changed"
        raise StoreError("restore_unrecorded", f"{aside or db_path}: {exc}") from exc
    return RestoreInfo(
        staged.source,
        aside,
        staged.facts.office_code or "",
        staged.facts.last_seq,
        attachments,
        audit_seq,
        archive,
        missing,
        key_id is not None and not private_path(folder.keys, key_id).is_file(),
    )


def restore_store(
    actor: Actor, folder: DataFolder, backup_file: Path, clock: Clock, *, allow_other_office: bool = False
) -> RestoreInfo:
    """Restore when no store is open, e.g. because it failed its start-up check. The caller holds the
    data folder's instance lock."""
    actor.require(Permission.RESTORE)
    previous = read_store_facts(folder.database)
    staged = stage_restore(folder, Path(backup_file), previous, allow_other_office=allow_other_office)
    return swap_in_restore(actor, folder, staged, previous, clock)


def _manifest(backup_file: Path) -> dict[str, Any] | None:
    path = manifest_path(backup_file)
    if not path.is_file():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return None
    return manifest if isinstance(manifest, dict) else None


def _refuse_changed(backup_file: Path) -> None:
    """A backup whose bytes differ from the hash its manifest recorded (bit rot on a stick, an edited copy)."""
    manifest = _manifest(backup_file)
    recorded = manifest.get("database_sha256") if manifest and manifest.get("database") == backup_file.name else None
    if isinstance(recorded, str) and sha256_of(backup_file) != recorded:
        raise StoreError("backup_changed", str(backup_file))


def _files_missing(backup_file: Path, folder: DataFolder, manifest: dict[str, Any] | None) -> int:
    missing = 0
    for key, held_in, office_has in (
        ("attachments", lambda sha: f"{sha[:2]}/{sha}", lambda sha: folder.attachments / sha[:2] / sha),
        ("archive", lambda name: name, lambda name: folder.archive / name),
    ):
        if not manifest or not manifest.get(f"{key}_copied"):
            continue
        damaged = set(manifest.get(f"{key}_damaged") or ())  # never copied: no stick can bring those back
        for name in (_listed(manifest, key) or set()) - damaged:
            if not (backup_file.parent / key / held_in(name)).is_file() and not office_has(name).is_file():
                missing += 1
    return missing


def _listed(manifest: dict[str, Any] | None, key: str) -> set[str] | None:
    """The files a manifest lists under `key`; None (everything in the folder) when it lists none."""
    listed = manifest.get(key) if manifest else None
    return set(listed) if isinstance(listed, dict) else None


def _bring_back_attachments(
    backup_file: Path, folder: DataFolder, manifest: dict[str, Any] | None
) -> AttachmentCopy | None:
    source = backup_file.parent / "attachments"
    if not source.is_dir():
        return None
    return copy_attachments(source, folder.attachments, _listed(manifest, "attachments"))


def _bring_back_archive(
    backup_file: Path, folder: DataFolder, manifest: dict[str, Any] | None
) -> AttachmentCopy | None:
    source = backup_file.parent / "archive"
    if not source.is_dir():
        return None
    return copy_archive(source, folder.archive, replace_different=False, only=_listed(manifest, "archive"))


def _record_restore(
    actor: Actor,
    db_path: Path,
    staged: StagedRestore,
    previous: StoreFacts | None,
    aside: Path | None,
    clock: Clock,
) -> tuple[int, str | None]:
    """Opens the restored store (which brings its schema up to date) and appends the restore to its chain;
    returns that audit row's number and the id of the signing key the restored office uses."""
    from kelurahan_desk.core.services.office_keys_service import CURRENT as CURRENT_KEY
    from kelurahan_desk.core.store.models import LocalState

    store = Store(db_path, clock)
    try:
        with store.read() as s:
            current_key = s.get(LocalState, CURRENT_KEY)
            key_id = current_key.value if current_key is not None else None
        with store.write(actor.username, "backup.restore", capture_outbox=False) as s:
            before = (
                {"office_code": previous.office_code, "last_seq": previous.last_seq, "last_hash": previous.last_hash}
                if previous
                else None
            )
            after = {
                "restored_from": staged.source.name,
                "backup_last_seq": staged.facts.last_seq,
                "backup_last_hash": staged.facts.last_hash,
                "kept_aside": aside.name if aside else None,
            }
            row = Store.journal(s).audit(entity="backup", entity_id=staged.source.name[:64], before=before, after=after)
            return row.seq, key_id
    finally:
        store.close()

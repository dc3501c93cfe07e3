"""Attachment files that come down from HQ: a photo of a case HQ routed here, or of a record reloaded
from HQ after a restore.

A record from HQ never waits for its file. When such a record names a file this office does not know,
its `attachment` row is made with the record (size 0, no type yet) and marked wanted, so the record
applies and shows its attachment as incomplete. After each pull the wanted files are fetched from HQ in
chunks into `<attachments>/.incoming/<sha256>.part`; a cut link resumes from the bytes already there.
A finished file is checked against its SHA-256 before it goes into the content-addressed store and
its row gets its size and type; a file whose bytes do not match is thrown away and fetched again.
A file brought on a USB stick goes into the store through the same check (`keep_if_whole`).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.store.atomic_file import write_bytes_atomic
from kelurahan_desk.core.store.attachment_files import AttachmentFiles, sniff_mime
from kelurahan_desk.core.store.base import Tracked
from kelurahan_desk.core.store.models.attachments import Attachment
from kelurahan_desk.core.store.models.sync_state import SyncAttachment
from kelurahan_desk.core.store.unit_of_work import Store

WANTED = "wanted"
HELD_BY_HQ = "sent"
CHUNK = 256 * 1024
MAX_FETCH_BYTES = 64 * 1024 * 1024
INCOMING = ".incoming"
EXTENSIONS = {"image/png": ".png", "image/jpeg": ".jpg", "application/pdf": ".pdf", "image/webp": ".webp"}


class AttachmentSource(Protocol):
    def attachment_chunk(self, sha256: str, offset: int, limit: int = ...) -> tuple[bytes, int]: ...


def _names_attachment(model: type[Tracked]) -> bool:
    column = model.__table__.c.get("sha256")  # type: ignore[attr-defined]
    return column is not None and any(fk.target_fullname == "attachment.sha256" for fk in column.foreign_keys)


def want_attachment(session: Session, model: type[Tracked], values: dict[str, Any], now: datetime) -> bool:
    """Before a record from HQ is written: the attachment row its `sha256` refers to, made and marked
    wanted when this office lacks it. True when a file is now wanted."""
    sha = values.get("sha256")
    if not isinstance(sha, str) or not _names_attachment(model) or session.get(Attachment, sha) is not None:
        return False
    session.add(Attachment(sha256=sha, size=0, mime="", original_name="", created_at=now))
    mark = session.get(SyncAttachment, sha)
    if mark is None:
        session.add(SyncAttachment(sha256=sha, state=WANTED, updated_at=now))
    else:
        mark.state, mark.updated_at = WANTED, now
    session.flush()
    return True


def wanted_hashes(session: Session, limit: int | None = None) -> list[str]:
    query = select(SyncAttachment.sha256).where(SyncAttachment.state == WANTED).order_by(SyncAttachment.sha256)
    return list(session.scalars(query.limit(limit) if limit else query))


def wanted_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(SyncAttachment)
                              .where(SyncAttachment.state == WANTED)) or 0)


@dataclass
class FetchResult:
    fetched: int = 0
    waiting: int = 0
    problems: list[str] = field(default_factory=list)


class AttachmentFetcher:
    def __init__(self, store: Store, files: AttachmentFiles, chunk: int = CHUNK) -> None:
        self._store = store
        self._files = files
        self._chunk = chunk

    def part_path(self, sha: str) -> Path:
        return self._files.folder / INCOMING / f"{sha}.part"

    def fetch_all(self, source: AttachmentSource) -> FetchResult:
        """Fetch every wanted file HQ has. Link failures propagate (the next round resumes); a file HQ
        does not hold yet stays wanted."""
        from sync.client import HqRefused

        result = FetchResult()
        with self._store.read() as s:
            hashes = wanted_hashes(s)
        for sha in hashes:
            try:
                data = self._local(sha) or self._download(source, sha)
            except HqRefused as refusal:
                if refusal.code != "not_found":
                    raise
                result.waiting += 1
                continue
            except _BadFile as bad:
                result.problems.append(f"attachment {sha[:12]}: {bad}")
                result.waiting += 1
                continue
            self._keep(sha, data)
            result.fetched += 1
        return result

    def keep_if_whole(self, sha: str, data: bytes) -> bool:
        """Store a wanted file got another way (from a USB stick) when its bytes have this SHA-256, as a
        fetched one is stored; False (and the file stays wanted) when they do not."""
        if len(data) > MAX_FETCH_BYTES or hashlib.sha256(data).hexdigest() != sha:
            return False
        self._keep(sha, data)
        return True

    def _local(self, sha: str) -> bytes | None:
        """The file, when the store already has it with the right bytes (kept by a restored backup)."""
        if not self._files.has(sha):
            return None
        data = self._files.get(sha)
        return data if hashlib.sha256(data).hexdigest() == sha else None

    def _download(self, source: AttachmentSource, sha: str) -> bytes:
        part = self.part_path(sha)
        part.parent.mkdir(parents=True, exist_ok=True)
        offset = part.stat().st_size if part.exists() else 0
        while True:
            data, size = source.attachment_chunk(sha, offset, self._chunk)
            if size > MAX_FETCH_BYTES or offset + len(data) > size or (not data and offset < size):
                part.unlink(missing_ok=True)
                raise _BadFile("bad_range")
            if data:
                with part.open("ab") as out:
                    out.write(data)
                    out.flush()
                    os.fsync(out.fileno())
                offset += len(data)
            if offset >= size:
                break
        whole = part.read_bytes()
        if hashlib.sha256(whole).hexdigest() != sha:
            part.unlink(missing_ok=True)
            raise _BadFile("hash_mismatch")
        return whole

    def _keep(self, sha: str, data: bytes) -> None:
        try:
            stored, mime = self._files.put(data)
        except ValidationError:
            # a type or size this office would not take in itself; kept as it is so the record is whole
            write_bytes_atomic(self._files.path_for(sha), data)
            stored, mime = sha, sniff_mime(data) or "application/octet-stream"
        assert stored == sha
        now = self._store.clock.now()
        with self._store.write("sync", "sync.attachment_fetch", capture_outbox=False) as s:
            row = s.get(Attachment, sha)
            if row is not None and not row.mime:
                row.size, row.mime = len(data), mime
                row.original_name = row.original_name or f"lampiran-{sha[:8]}{EXTENSIONS.get(mime, '')}"
            mark = s.get(SyncAttachment, sha)
            if mark is not None:
                mark.state, mark.updated_at = HELD_BY_HQ, now
        self.part_path(sha).unlink(missing_ok=True)


class _BadFile(Exception):
    pass

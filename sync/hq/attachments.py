"""Attachments addressed by SHA-256: which ones HQ lacks, and resumable chunked upload with offsets.

Chunks live in the database, so any server process can take the next chunk of an upload."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from sqlalchemy import Engine, delete, func, insert, select, update
from sqlalchemy.engine import Connection

from sync.hq.database import in_transaction
from sync.hq.errors import HqError
from sync.hq.schema import attachment_chunks, attachments, records
from sync.protocol import utc_now_iso

SHA256 = re.compile(r"^[0-9a-f]{64}$")
MAX_ATTACHMENT_BYTES = 64 * 1024 * 1024
MAX_CHUNK_BYTES = 1024 * 1024
MAX_ASKED = 1000
# the office entities whose `sha256` names an attachment file
ATTACHMENT_ENTITIES = ("case_attachment", "letter_attachment", "proposal_photo", "umkm_business_photo")


@dataclass(frozen=True)
class AttachmentState:
    sha256: str
    size: int
    received: int
    complete: bool


def check_sha(sha: str) -> str:
    if not isinstance(sha, str) or not SHA256.match(sha):
        raise HqError(400, "bad_sha256")
    return sha


class AttachmentStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def missing(self, hashes: list[str]) -> tuple[list[str], dict[str, int]]:
        """(hashes HQ does not have complete, {hash: bytes already received} for partial ones)."""
        if len(hashes) > MAX_ASKED:
            raise HqError(400, "too_many_hashes", str(MAX_ASKED))
        for sha in hashes:
            check_sha(sha)
        with self._engine.connect() as conn:
            rows = {r.sha256: r for r in conn.execute(select(attachments).where(attachments.c.sha256.in_(hashes)))}
        missing = [h for h in dict.fromkeys(hashes) if h not in rows or not rows[h].complete]
        partial = {h: rows[h].received for h in missing if h in rows and rows[h].received}
        return missing, partial

    def state(self, sha: str) -> AttachmentState | None:
        check_sha(sha)
        with self._engine.connect() as conn:
            row = conn.execute(select(attachments).where(attachments.c.sha256 == sha)).first()
        return AttachmentState(row.sha256, row.size, row.received, row.complete) if row else None

    def put_chunk(self, sha: str, offset: int, size: int, data: bytes, office: str) -> AttachmentState:
        """Store bytes [offset, offset+len(data)) of a file of `size` bytes. A chunk at the wrong offset is
        refused with the offset HQ expects; the last chunk checks the whole file's hash."""
        check_sha(sha)
        if not 0 < size <= MAX_ATTACHMENT_BYTES or len(data) > MAX_CHUNK_BYTES or offset < 0:
            raise HqError(400, "bad_range")
        if offset + len(data) > size or (not data and offset != size):
            raise HqError(400, "bad_range")

        def work(conn: Connection) -> AttachmentState:
            row = conn.execute(select(attachments).where(attachments.c.sha256 == sha).with_for_update()).first()
            if row is None:
                conn.execute(insert(attachments).values(sha256=sha, size=size, received=0, complete=False,
                                                        office=office, created_at=utc_now_iso()))
                received, complete = 0, False
            else:
                if row.size != size:
                    raise HqError(409, "size_mismatch", expected_size=row.size)
                received, complete = row.received, row.complete
            if complete:
                return AttachmentState(sha, size, size, True)
            if offset != received:
                raise HqError(409, "offset_mismatch", expected_offset=received)
            if data:
                conn.execute(insert(attachment_chunks).values(sha256=sha, offset=offset, data=data))
            received += len(data)
            done = received == size
            if done and self._digest(conn, sha) != sha:
                conn.execute(delete(attachment_chunks).where(attachment_chunks.c.sha256 == sha))
                conn.execute(update(attachments).where(attachments.c.sha256 == sha).values(received=0))
                return AttachmentState(sha, size, -1, False)
            conn.execute(update(attachments).where(attachments.c.sha256 == sha).values(received=received,
                                                                                        complete=done))
            return AttachmentState(sha, size, received, done)

        result = in_transaction(self._engine, work)
        if result.received < 0:
            raise HqError(422, "hash_mismatch", "the bytes do not have this SHA-256; start again at 0")
        return result

    @staticmethod
    def _digest(conn: Connection, sha: str) -> str:
        digest = hashlib.sha256()
        for chunk in conn.scalars(select(attachment_chunks.c.data).where(attachment_chunks.c.sha256 == sha)
                                  .order_by(attachment_chunks.c.offset)):
            digest.update(chunk)
        return digest.hexdigest()

    def read(self, sha: str) -> bytes:
        check_sha(sha)
        with self._engine.connect() as conn:
            state = conn.execute(select(attachments.c.complete).where(attachments.c.sha256 == sha)).scalar()
            if not state:
                raise HqError(404, "not_found")
            return b"".join(conn.scalars(select(attachment_chunks.c.data).where(
                attachment_chunks.c.sha256 == sha).order_by(attachment_chunks.c.offset)))

    def may_fetch(self, office: str, sha: str) -> bool:
        """An office may fetch a file it uploaded, or one that a record it holds refers to."""
        check_sha(sha)
        with self._engine.connect() as conn:
            if conn.scalar(select(attachments.c.sha256).where(attachments.c.sha256 == sha,
                                                              attachments.c.office == office)):
                return True
            return conn.scalar(select(records.c.entity_id).where(
                records.c.owner == office, records.c.entity.in_(ATTACHMENT_ENTITIES), records.c.deleted.is_(False),
                records.c.data["sha256"].as_string() == sha).limit(1)) is not None

    def read_range(self, sha: str, offset: int, limit: int = MAX_CHUNK_BYTES) -> tuple[bytes, int]:
        """(up to `limit` bytes of a complete file from `offset`, the file's size)."""
        check_sha(sha)
        limit = max(1, min(limit, MAX_CHUNK_BYTES))
        with self._engine.connect() as conn:
            size = conn.scalar(select(attachments.c.size).where(attachments.c.sha256 == sha,
                                                                attachments.c.complete.is_(True)))
            if size is None:
                raise HqError(404, "not_found")
            if offset > size:
                raise HqError(416, "bad_range", expected_size=size)
            end = min(size, offset + limit)
            first = conn.scalar(select(func.max(attachment_chunks.c.offset)).where(
                attachment_chunks.c.sha256 == sha, attachment_chunks.c.offset <= offset)) or 0
            rows = conn.execute(select(attachment_chunks.c.offset, attachment_chunks.c.data).where(
                attachment_chunks.c.sha256 == sha, attachment_chunks.c.offset >= first,
                attachment_chunks.c.offset < end).order_by(attachment_chunks.c.offset)).all()
        joined = b"".join(bytes(r.data) for r in rows)
        start = offset - (rows[0].offset if rows else offset)
        return joined[start:start + (end - offset)], size

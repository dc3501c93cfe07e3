"""What the office keeps about its sync with HQ. Local only: none of these tables is tracked or synced.

`sync_batch` holds every batch the office cut, with the exact bytes sent (so a resend is byte for byte
the same) and, once HQ answered, its signed acknowledgement. `outbox.batch_seq` names the `sync_batch.id`
a change went into (0: the change can never be sent; the reason is in `sync_rejection`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Index, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kelurahan_desk.core.store.base import Base

UNSENDABLE = 0


class SyncLink(Base):
    """The one row that ties this office to HQ (present once enrolled), with the last round's outcome."""

    __tablename__ = "sync_link"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    hq_url: Mapped[str] = mapped_column(String(300))
    office_code: Mapped[str] = mapped_column(String(32))
    office_key_id: Mapped[str] = mapped_column(String(16))
    hq_public_key: Mapped[bytes] = mapped_column(LargeBinary)
    hq_key_id: Mapped[str] = mapped_column(String(16))
    enrolled_at: Mapped[datetime]
    enrolled_by: Mapped[str] = mapped_column(String(64))
    epoch: Mapped[int] = mapped_column(Integer, default=1)
    last_attempt_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    last_error: Mapped[str] = mapped_column(String(200), default="")
    clock_offset_ms: Mapped[int | None] = mapped_column(Integer)
    audit_seq: Mapped[int] = mapped_column(Integer, default=0)
    audit_status: Mapped[str] = mapped_column(String(16), default="none")
    audit_alert: Mapped[str] = mapped_column(String(16), default="")


class SyncBatch(Base):
    __tablename__ = "sync_batch"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    epoch: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    body: Mapped[bytes | None] = mapped_column(LargeBinary)
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    change_count: Mapped[int] = mapped_column(Integer)
    audit_to: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime]
    acked_at: Mapped[datetime | None]
    ack_payload: Mapped[bytes | None] = mapped_column(LargeBinary)
    ack_signature: Mapped[bytes | None] = mapped_column(LargeBinary)
    applied: Mapped[int | None] = mapped_column(Integer)
    duplicates: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        UniqueConstraint("epoch", "seq", name="uq_sync_batch_epoch_seq"),
        Index("ix_sync_batch_acked_at", "acked_at"),
    )


class SyncStream(Base):
    """How far each HQ stream has been applied here; `hash` is that batch's, to check the next one's link."""

    __tablename__ = "sync_stream"

    stream: Mapped[str] = mapped_column(String(16), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    head: Mapped[int] = mapped_column(Integer, default=0)
    batches_applied: Mapped[int] = mapped_column(Integer, default=0)
    changes_applied: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime]


class SyncAppliedChange(Base):
    """Each HQ change taken in, so that none is applied twice (whatever arrives twice by USB or HTTP)."""

    __tablename__ = "sync_applied_change"

    change_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    stream: Mapped[str] = mapped_column(String(16))
    seq: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(16))


class SyncRejection(Base):
    """A change that did not go through. `direction`: "up" (HQ quarantined an office change), "down"
    (this office could not apply an HQ change), "local" (the change cannot be put in a batch)."""

    __tablename__ = "sync_rejection"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    direction: Mapped[str] = mapped_column(String(8))
    change_id: Mapped[str] = mapped_column(String(36))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(128))
    code: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime]

    __table_args__ = (Index("ix_sync_rejection_change_id", "change_id"),)


class SyncConflict(Base):
    """A field where both sides changed the same value: who decided ("hq" or "office"), which side's value
    was kept, and the value that lost."""

    __tablename__ = "sync_conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    decided_by: Mapped[str] = mapped_column(String(8))
    change_id: Mapped[str] = mapped_column(String(36))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(128))
    field: Mapped[str] = mapped_column(String(64))
    winner: Mapped[str] = mapped_column(String(8))
    kept_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    lost_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    created_at: Mapped[datetime]


class SyncAttachment(Base):
    """An attachment file HQ has confirmed holding (`state` "sent"), or one whose file cannot be read."""

    __tablename__ = "sync_attachment"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    state: Mapped[str] = mapped_column(String(16))
    updated_at: Mapped[datetime]


class HeldRecord(Base):
    """A record HQ sent for an entity this version has no table for (e.g. reference data a later version
    reads); kept whole so nothing HQ publishes is lost."""

    __tablename__ = "sync_held_record"

    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    rev: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime]

"""What the office shows about sync: the status line, the result of a round, rejected changes and
conflicts, read from the sync tables as plain data.

The sync tables are imported by the functions that read them: the window's status line imports this
module to open, and defining those tables is not needed for that."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

CLOCK_WARNING_MS = 5 * 60 * 1000


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    connected: bool
    hq_url: str = ""
    office_code: str = ""
    epoch: int = 0
    last_attempt_at: datetime | None = None
    last_success_at: datetime | None = None
    last_error: str = ""
    pending_changes: int = 0
    pending_attachments: int = 0
    attachments_to_fetch: int = 0
    audit_waiting: bool = False
    downloads_applied: int = 0
    rejected_count: int = 0
    conflict_count: int = 0
    clock_offset_ms: int | None = None
    audit_status: str = "none"
    audit_alert: str = ""

    @property
    def clock_warning(self) -> bool:
        return self.clock_offset_ms is not None and abs(self.clock_offset_ms) > CLOCK_WARNING_MS

    @property
    def everything_sent(self) -> bool:
        return self.pending_changes == 0 and self.pending_attachments == 0 and not self.audit_waiting

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("last_attempt_at", "last_success_at"):
            data[key] = data[key].isoformat() if data[key] else None
        data["clock_warning"] = self.clock_warning
        return data


@dataclass(frozen=True)
class SyncRoundResult:
    """One round: `reached_hq` whether HQ answered at all; `complete` whether nothing is left waiting in
    either direction afterwards."""

    reached_hq: bool
    complete: bool
    error: str = ""
    batches_sent: int = 0
    changes_sent: int = 0
    batches_downloaded: int = 0
    changes_downloaded: int = 0
    attachments_sent: int = 0
    attachments_fetched: int = 0
    new_rejections: int = 0
    new_conflicts: int = 0
    new_epoch: bool = False
    records_reloaded: int = 0
    problems: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class RejectedChange:
    direction: str
    change_id: str
    entity: str
    entity_id: str
    code: str
    detail: str
    at: datetime


@dataclass(frozen=True)
class ConflictEntry:
    decided_by: str
    change_id: str
    entity: str
    entity_id: str
    field: str
    winner: str
    kept_value: Any
    lost_value: Any
    at: datetime


def pending_attachment_hashes(session: Session, limit: int | None = None) -> list[str]:
    from kelurahan_desk.core.store.models.attachments import Attachment
    from kelurahan_desk.core.store.models.sync_state import SyncAttachment

    query = (select(Attachment.sha256).outerjoin(SyncAttachment, SyncAttachment.sha256 == Attachment.sha256)
             .where(SyncAttachment.sha256.is_(None)).order_by(Attachment.sha256))
    return list(session.scalars(query.limit(limit) if limit else query))


def pending_changes(session: Session, epoch: int) -> int:
    from kelurahan_desk.core.store.models.journal import OutboxChange
    from kelurahan_desk.core.store.models.sync_state import SyncBatch
    from kelurahan_desk.core.store.outbox_fill import unfilled_changes

    waiting = session.scalar(select(func.count()).select_from(OutboxChange).where(OutboxChange.batch_seq.is_(None)))
    waiting = int(waiting or 0) + unfilled_changes(session)
    in_flight = session.scalar(select(func.coalesce(func.sum(SyncBatch.change_count), 0)).where(
        SyncBatch.epoch == epoch, SyncBatch.acked_at.is_(None)))
    return waiting + int(in_flight or 0)


def pending_audit(session: Session, epoch: int, link_audit_seq: int) -> bool:
    from kelurahan_desk.core.store.models.journal import AuditEntry
    from kelurahan_desk.core.store.models.sync_state import SyncBatch

    sent_to = session.scalar(select(SyncBatch.audit_to).where(SyncBatch.epoch == epoch)
                             .order_by(SyncBatch.seq.desc()).limit(1))
    sent_to = link_audit_seq if sent_to is None else sent_to
    return (session.scalar(select(func.max(AuditEntry.seq))) or 0) > sent_to


def read_status(session: Session) -> SyncStatus:
    from kelurahan_desk.core.store.models.attachments import Attachment
    from kelurahan_desk.core.store.models.sync_state import (
        SyncAttachment,
        SyncConflict,
        SyncLink,
        SyncRejection,
        SyncStream,
    )

    link = session.get(SyncLink, 1)
    attachments = session.scalar(
        select(func.count()).select_from(Attachment)
        .outerjoin(SyncAttachment, SyncAttachment.sha256 == Attachment.sha256).where(SyncAttachment.sha256.is_(None)))
    rejected = session.scalar(select(func.count()).select_from(SyncRejection)) or 0
    conflicts = session.scalar(select(func.count()).select_from(SyncConflict)) or 0
    downloads = session.scalar(select(func.coalesce(func.sum(SyncStream.changes_applied), 0))) or 0
    to_fetch = session.scalar(select(func.count()).select_from(SyncAttachment).where(
        SyncAttachment.state == "wanted")) or 0
    if link is None:
        return SyncStatus(enrolled=False, connected=False, pending_changes=pending_changes(session, 0),
                          pending_attachments=int(attachments or 0), attachments_to_fetch=int(to_fetch))
    return SyncStatus(
        enrolled=True,
        connected=link.last_attempt_at is not None and not link.last_error,
        hq_url=link.hq_url,
        office_code=link.office_code,
        epoch=link.epoch,
        last_attempt_at=link.last_attempt_at,
        last_success_at=link.last_success_at,
        last_error=link.last_error,
        pending_changes=pending_changes(session, link.epoch),
        pending_attachments=int(attachments or 0),
        attachments_to_fetch=int(to_fetch),
        audit_waiting=pending_audit(session, link.epoch, link.audit_seq),
        downloads_applied=int(downloads),
        rejected_count=int(rejected),
        conflict_count=int(conflicts),
        clock_offset_ms=link.clock_offset_ms,
        audit_status=link.audit_status,
        audit_alert=link.audit_alert,
    )


def read_rejections(session: Session, limit: int = 500) -> list[RejectedChange]:
    from kelurahan_desk.core.store.models.sync_state import SyncRejection

    rows = session.scalars(select(SyncRejection).order_by(SyncRejection.id.desc()).limit(limit))
    return [RejectedChange(r.direction, r.change_id, r.entity, r.entity_id, r.code, r.detail, r.created_at)
            for r in rows]


def read_conflicts(session: Session, limit: int = 500) -> list[ConflictEntry]:
    from kelurahan_desk.core.store.models.sync_state import SyncConflict

    rows = session.scalars(select(SyncConflict).order_by(SyncConflict.id.desc()).limit(limit))
    return [ConflictEntry(r.decided_by, r.change_id, r.entity, r.entity_id, r.field, r.winner, r.kept_value,
                          r.lost_value, r.created_at) for r in rows]

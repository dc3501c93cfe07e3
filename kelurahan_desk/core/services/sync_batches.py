"""The office's outgoing side: the outbox cut into signed batches, and HQ's acknowledgements kept.

A batch is cut once and its bytes are stored, so every resend is the same batch (HQ answers a repeat with
the acknowledgement it stored). Batches of one epoch have dense sequence numbers, each naming the hash of
the one before; the audit chain travels with them, continuing where the previous batch stopped. A change
that can never be sent (too large, not valid on the wire) is set aside with its reason instead of
wedging the queue.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from kelurahan_desk.core.store.audit_chain import format_at
from kelurahan_desk.core.store.hlc import parse_hlc as parse_store_hlc
from kelurahan_desk.core.store.models.journal import AuditEntry, OutboxChange
from kelurahan_desk.core.store.models.sync_state import UNSENDABLE, SyncBatch, SyncConflict, SyncLink, SyncRejection
from kelurahan_desk.core.store.outbox_fill import fill_outbox
from sync.batch_format import GENESIS_HASH, check_change
from sync.errors import ProtocolError
from sync.hlc import MAX_COUNTER, format_hlc, parse_hlc
from sync.protocol import SignedBatch, cut_batches, encode_batch

MAX_CHANGES_PER_BATCH = 1000
MAX_CHANGE_BYTES = 192 * 1024
MAX_AUDIT_PER_BATCH = 2000
ROWS_PER_CUT = 5000


def wire_hlc(stamp: str) -> str:
    """The store's stamp in the wire form (its counter carried into the milliseconds if it overflowed)."""
    try:
        parse_hlc(stamp)
        return stamp
    except ProtocolError:
        physical, counter = parse_store_hlc(stamp)
        return format_hlc(physical + counter // (MAX_COUNTER + 1), counter % (MAX_COUNTER + 1))


def wire_change(row: OutboxChange) -> dict[str, Any]:
    return {"change_id": row.change_id, "entity": row.entity, "entity_id": row.entity_id, "op": row.op,
            "fields": row.fields, "base_rev": row.base_rev, "hlc": wire_hlc(row.hlc), "wall": format_at(row.wall),
            "actor": row.actor}


def wire_audit(row: AuditEntry) -> dict[str, Any]:
    return {"seq": row.seq, "prev_hash": row.prev_hash, "hash": row.hash, "at": format_at(row.at),
            "actor": row.actor, "action": row.action, "entity": row.entity, "entity_id": row.entity_id}


def signed(batch: SyncBatch) -> SignedBatch:
    if batch.body is None:
        raise ValueError("batch body no longer kept")
    return SignedBatch(batch.body, batch.signature)


def last_batch(session: Session, epoch: int) -> SyncBatch | None:
    return session.scalars(select(SyncBatch).where(SyncBatch.epoch == epoch).order_by(SyncBatch.seq.desc())
                           .limit(1)).first()


def unacked(session: Session, epoch: int) -> list[SyncBatch]:
    return list(session.scalars(select(SyncBatch).where(SyncBatch.epoch == epoch, SyncBatch.acked_at.is_(None))
                                .order_by(SyncBatch.seq)))


@dataclass
class CutResult:
    batches: int = 0
    changes: int = 0
    unsendable: int = 0


class BatchCutter:
    """Cuts whatever waits in the outbox into batches of the link's current epoch."""

    def __init__(self, office: str, private_key: bytes, now: Callable[[], datetime]) -> None:
        self._office = office
        self._key = private_key
        self._now = now

    def cut_some(self, session: Session, link: SyncLink) -> CutResult:
        """Cut up to ROWS_PER_CUT waiting changes (and the audit entries not yet sent); call again until it
        returns no batches."""
        result = CutResult()
        fill_outbox(session, ROWS_PER_CUT)
        rows = list(session.scalars(select(OutboxChange).where(OutboxChange.batch_seq.is_(None))
                                    .order_by(OutboxChange.seq).limit(ROWS_PER_CUT)))
        sendable: list[tuple[OutboxChange, dict[str, Any]]] = []
        for row in rows:
            change = wire_change(row)
            try:
                check_change(change)
            except ProtocolError as err:
                self._set_aside(session, row, err.code, err.detail)
                result.unsendable += 1
                continue
            sendable.append((row, change))
        by_id = {change["change_id"]: row for row, change in sendable}
        previous = last_batch(session, link.epoch)
        seq, prev_hash = (previous.seq, previous.hash) if previous else (0, GENESIS_HASH)
        audit_to = previous.audit_to if previous else link.audit_seq
        audit_max = session.scalar(select(func.max(AuditEntry.seq))) or 0
        groups = cut_batches([c for _, c in sendable], MAX_CHANGES_PER_BATCH, MAX_CHANGE_BYTES) if sendable else []
        if not groups and audit_to < audit_max:
            groups = [[]]
        for group in groups:
            audit = [wire_audit(a) for a in session.scalars(
                select(AuditEntry).where(AuditEntry.seq > audit_to).order_by(AuditEntry.seq)
                .limit(MAX_AUDIT_PER_BATCH if group else MAX_AUDIT_PER_BATCH * 2))]
            try:
                batch = encode_batch(office=self._office, epoch=link.epoch, seq=seq + 1, prev_hash=prev_hash,
                                     changes=group, audit=audit, private_key=self._key,
                                     created=format_at(self._now()))
            except ProtocolError as err:
                if len(group) != 1:
                    raise
                self._set_aside(session, by_id[group[0]["change_id"]], "too_large", err.detail)
                result.unsendable += 1
                continue
            audit_to = audit[-1]["seq"] if audit else audit_to
            row = SyncBatch(epoch=link.epoch, seq=seq + 1, hash=batch.hash, prev_hash=prev_hash, body=batch.body,
                            signature=batch.signature, change_count=len(group), audit_to=audit_to,
                            created_at=self._now())
            seq, prev_hash = seq + 1, batch.hash
            session.add(row)
            session.flush()
            ids = [by_id[c["change_id"]].seq for c in group]
            for start in range(0, len(ids), 500):
                session.execute(update(OutboxChange).where(OutboxChange.seq.in_(ids[start:start + 500]))
                                .values(batch_seq=row.id))
            result.batches += 1
            result.changes += len(group)
        return result

    def _set_aside(self, session: Session, row: OutboxChange, code: str, detail: str) -> None:
        row.batch_seq = UNSENDABLE
        session.add(SyncRejection(direction="local", change_id=row.change_id, entity=row.entity,
                                  entity_id=row.entity_id, code=code[:40], detail=detail[:200],
                                  created_at=self._now()))


def record_ack(session: Session, link: SyncLink, batch: SyncBatch, fields: dict[str, Any], payload: bytes,
               signature: bytes, now: datetime) -> tuple[int, int]:
    """Keep HQ's acknowledgement of `batch` with what it reports (quarantined changes, conflicts, audit
    checkpoint, clock offset). Returns (new rejections, new conflicts); (0, 0) if already kept."""
    if batch.acked_at is not None and batch.ack_payload == payload:
        return 0, 0
    batch.acked_at, batch.ack_payload, batch.ack_signature = now, payload, signature
    batch.applied, batch.duplicates = int(fields["applied"]), int(fields["duplicates"])
    quarantined = fields["quarantined"]
    where = {}
    if quarantined:
        ids = [q["change_id"] for q in quarantined]
        where = {r.change_id: r for r in session.scalars(select(OutboxChange).where(OutboxChange.change_id.in_(ids)))}
    for q in quarantined:
        row = where.get(q["change_id"])
        session.add(SyncRejection(direction="up", change_id=q["change_id"], entity=row.entity if row else "",
                                  entity_id=row.entity_id if row else "", code=str(q["code"])[:40],
                                  detail=str(q.get("detail", ""))[:200], created_at=now))
    for c in fields["conflicts"]:
        session.add(SyncConflict(decided_by="hq", change_id=c["change_id"], entity=c["entity"],
                                 entity_id=c["entity_id"], field=c["field"], winner=c["winner"],
                                 kept_value=c.get("kept"), lost_value=c.get("lost"), created_at=now))
    audit = fields.get("audit") or {}
    if audit:
        link.audit_seq = int(audit.get("seq", link.audit_seq))
        link.audit_status = str(audit.get("status", link.audit_status))[:16]
        link.audit_alert = str(audit.get("alert") or "")[:16]
    offset = (fields.get("clock") or {}).get("office_offset_ms")
    if offset is not None:
        link.clock_offset_ms = int(offset)
    return len(quarantined), len(fields["conflicts"])


def release_for_new_epoch(session: Session, link: SyncLink, new_epoch: int, from_seq: int | None) -> int:
    """Start epoch `new_epoch`: the changes of the current epoch's batches from `from_seq` on (all changes
    ever cut, when None) wait to be cut again. HQ skips those it already holds by change id."""
    if from_seq is None:
        query = update(OutboxChange).where(OutboxChange.batch_seq > UNSENDABLE)
    else:
        ids = select(SyncBatch.id).where(SyncBatch.epoch == link.epoch, SyncBatch.seq >= from_seq)
        query = update(OutboxChange).where(OutboxChange.batch_seq.in_(ids))
    released = session.execute(query.values(batch_seq=None)).rowcount or 0
    link.epoch = new_epoch
    return int(released)

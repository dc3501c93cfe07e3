"""Reloading this office's records from HQ after the store was restored from an older backup.

HQ's copy holds everything that happened meanwhile: changes this office sent after the backup was
taken (lost here), and HQ's edits. Each record HQ holds is set to HQ's values; then the office's changes
HQ has not received yet are merged on top exactly as HQ will merge them when they arrive, so both sides
end on the same values. The office stream continues after the head HQ read with the snapshot.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from kelurahan_desk.core.services.sync_attachment_fetch import want_attachment
from kelurahan_desk.core.services.sync_records import column_value, model_for, writable_fields
from kelurahan_desk.core.store.base import Base, Tracked
from kelurahan_desk.core.store.models.journal import OutboxChange
from kelurahan_desk.core.store.models.sync_state import HeldRecord, SyncBatch, SyncConflict, SyncStream
from kelurahan_desk.core.store.outbox_fill import fill_outbox
from kelurahan_desk.core.store.unit_of_work import Store
from sync.entity_rules import EntityRules
from sync.merge import StoredRecord, merge_change

Key = tuple[str, str]


class RebuildRefused(Exception):
    """The store refused one of HQ's records (`key`); the caller tries again without it."""

    def __init__(self, key: Key) -> None:
        super().__init__(f"{key[0]} {key[1]}")
        self.key = key


@dataclass
class RebuildCounts:
    records: int = 0
    remerged: int = 0
    conflicts: int = 0


@cache
def _table_order() -> dict[str, int]:
    return {table.name: index for index, table in enumerate(Base.metadata.sorted_tables)}


def _order(key: Key) -> int:
    model = model_for(key[0])
    return _table_order().get(model.__tablename__, 0) if model is not None else -1


def waiting_changes(session: Session, held_by_hq: set[str]) -> list[OutboxChange]:
    """Office changes HQ has not received: not cut yet, or in a batch HQ has not acknowledged, and not
    among those HQ is known to hold."""
    fill_outbox(session)
    rows = session.scalars(
        select(OutboxChange).outerjoin(SyncBatch, SyncBatch.id == OutboxChange.batch_seq)
        .where(or_(OutboxChange.batch_seq.is_(None), and_(OutboxChange.batch_seq > 0, SyncBatch.acked_at.is_(None))))
        .order_by(OutboxChange.seq))
    return [row for row in rows if row.change_id not in held_by_hq]


def rebuild(session: Session, snapshot: Iterable[dict[str, Any]], stream: tuple[int, str], held_by_hq: set[str],
            rules: EntityRules, office: str, now: datetime, skip: set[Key]) -> RebuildCounts:
    counts = RebuildCounts()
    view: dict[Key, StoredRecord] = {
        (r["entity"], r["entity_id"]): StoredRecord(office, int(r["rev"]), bool(r["deleted"]), dict(r["data"]), office)
        for r in snapshot}
    for row in waiting_changes(session, held_by_hq):
        key = (row.entity, row.entity_id)
        if key not in view:
            continue
        change = {"change_id": row.change_id, "entity": row.entity, "entity_id": row.entity_id, "op": row.op,
                  "fields": row.fields, "base_rev": row.base_rev}
        result = merge_change(change, view[key], rules.rule(row.entity), author=office, side="office")
        for c in result.conflicts:
            session.add(SyncConflict(decided_by="office", change_id=row.change_id, entity=row.entity,
                                     entity_id=row.entity_id, field=c.field, winner=c.winner, kept_value=c.kept_value,
                                     lost_value=c.lost_value, created_at=now))
            counts.conflicts += 1
        if result.outcome == "applied" and result.record is not None:
            view[key] = result.record
            counts.remerged += 1
    live = sorted((k for k, r in view.items() if not r.deleted and k not in skip), key=_order)
    gone = sorted((k for k, r in view.items() if r.deleted and k not in skip), key=_order, reverse=True)
    for key in [*gone, *live]:
        try:
            _write(session, key, view[key], now)
            session.flush()
        except (SQLAlchemyError, ValueError, TypeError) as exc:
            raise RebuildRefused(key) from exc
        counts.records += 1
    cursor = session.get(SyncStream, "office")
    before = None if cursor is None else {"seq": cursor.seq}
    if cursor is None:
        session.add(SyncStream(stream="office", seq=stream[0], hash=stream[1], head=stream[0], batches_applied=0,
                               changes_applied=0, updated_at=now))
    elif stream[0] > cursor.seq:
        cursor.seq, cursor.hash, cursor.head, cursor.updated_at = stream[0], stream[1], max(cursor.head, stream[0]), now
    # on record even when no record changed: the office stream may move past HQ batches whose effect the
    # reloaded records already hold, so they are never taken in one by one
    after = {"seq": max(stream[0], cursor.seq if cursor else 0), "records": counts.records,
             "remerged": counts.remerged, "conflicts": counts.conflicts}
    Store.journal(session).audit(entity="sync_stream", entity_id="office", before=before, after=after)
    return counts


def _write(session: Session, key: Key, record: StoredRecord, now: datetime) -> None:
    model = model_for(key[0])
    if model is None:
        held = session.get(HeldRecord, key)
        if held is None:
            session.add(HeldRecord(entity=key[0], entity_id=key[1], rev=record.rev, deleted=record.deleted,
                                   data=record.data, updated_at=now))
        else:
            held.rev, held.deleted, held.data, held.updated_at = record.rev, record.deleted, record.data, now
        return
    obj: Tracked | None = session.get(model, key[1])
    if record.deleted:
        if obj is not None:
            session.delete(obj)
        return
    known, _unknown = writable_fields(model, record.data)
    values = {name: column_value(model, name, value) for name, value in known.items()}
    if obj is None:
        want_attachment(session, model, values, now)
        session.add(model(id=key[1], **values))
        return
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)

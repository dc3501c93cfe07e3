"""Copying the changes captured in audit rows into `outbox`, where they are cut into batches.

A unit of work captures a change for HQ in its audit row (`AuditEntry.change_id`, `base_rev`, `hlc`); the
operation and the changed fields follow from the row's `before` and `after`. Whoever reads the waiting
changes first calls `fill_outbox` in its own write transaction, which copies the changes of the audit rows
after `local_state['outbox.filled_to']` in their order and moves that mark on. Read-only questions about
the waiting changes count both places (`unfilled_changes`, `unfilled_change_ids`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from kelurahan_desk.core.store.models.journal import AuditEntry, LocalState, OutboxChange

FILLED_TO = "outbox.filled_to"


def change_fields(before: dict[str, Any] | None, after: dict[str, Any] | None) -> tuple[str, dict[str, Any]]:
    """The operation and the changed fields (`[old, new]` each) of an audit row's `before` and `after`."""
    if before is None:
        return "insert", {key: [None, value] for key, value in (after or {}).items()}
    if after is None:
        return "delete", {}
    return "update", {key: [before.get(key), value] for key, value in after.items()}


def filled_to(session: Session) -> int:
    """The audit seq up to which every captured change is in `outbox`."""
    value = session.scalar(select(LocalState.value).where(LocalState.key == FILLED_TO))
    return int(value) if value else 0


def fill_outbox(session: Session, limit: int | None = None) -> int:
    """Inside a write unit of work: copies the captured changes not yet in `outbox` (at most `limit`, oldest
    first) and returns how many."""
    start = filled_to(session)
    query = (select(AuditEntry).where(AuditEntry.seq > start, AuditEntry.change_id.is_not(None))
             .order_by(AuditEntry.seq))
    rows = list(session.scalars(query.limit(limit) if limit else query))
    if rows:
        session.execute(insert(OutboxChange), [_outbox_row(row) for row in rows])
    if limit is not None and len(rows) == limit:
        mark = rows[-1].seq
    else:
        mark = session.scalar(select(func.max(AuditEntry.seq))) or 0
    if mark != start:
        session.merge(LocalState(key=FILLED_TO, value=str(mark)))
    for row in rows:
        session.expunge(row)
    return len(rows)


def _outbox_row(row: AuditEntry) -> dict[str, Any]:
    op, fields = change_fields(row.before, row.after)
    return {"change_id": row.change_id, "entity": row.entity, "entity_id": row.entity_id, "op": op,
            "fields": fields, "base_rev": row.base_rev, "hlc": row.hlc, "wall": row.at, "actor": row.actor}


def unfilled_changes(session: Session) -> int:
    """How many captured changes are not yet in `outbox`."""
    return session.scalar(select(func.count()).select_from(AuditEntry).where(
        AuditEntry.seq > filled_to(session), AuditEntry.change_id.is_not(None))) or 0


def unfilled_change_ids(session: Session, change_ids: Iterable[str]) -> set[str]:
    """Those of `change_ids` captured but not yet in `outbox`."""
    wanted = sorted(set(change_ids))
    mark = filled_to(session)
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        found.update(session.scalars(select(AuditEntry.change_id).where(
            AuditEntry.seq > mark, AuditEntry.change_id.in_(wanted[start:start + 500]))))
    return found

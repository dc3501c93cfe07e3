"""Applying changes that came from HQ to the office store, inside the caller's unit of work.

Each change meets the local record through the same merge rules HQ uses (`sync.merge`), field by field
against the change's old values (local revision numbers are not HQ's, so a base revision proves
nothing here). Conflicts are recorded with the losing value; a change that cannot apply is recorded as
rejected and does not stop the others; each change id is taken in once. The caller writes with
`capture_outbox=False`, so what HQ sent is audited but never sent back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from kelurahan_desk.core.services.sync_attachment_fetch import want_attachment
from kelurahan_desk.core.services.sync_records import column_value, model_for, plain_row, writable_fields
from kelurahan_desk.core.store.base import Tracked
from kelurahan_desk.core.store.models.sync_state import HeldRecord, SyncAppliedChange, SyncConflict, SyncRejection
from sync.entity_rules import EntityRules, Side
from sync.merge import MergeResult, StoredRecord, merge_change

HQ_AUTHOR = "HQ"
_CHUNK = 500


class UnstorableChange(Exception):
    """The store refused what a change asks (a missing linked record, a duplicate number, a value that
    does not fit). The caller rolls back and applies the batch again without it."""

    def __init__(self, change_id: str, code: str, detail: str) -> None:
        super().__init__(f"{change_id}: {code}")
        self.change_id = change_id
        self.code = code
        self.detail = detail[:200]


@dataclass
class ApplyCounts:
    applied: int = 0
    unchanged: int = 0
    duplicates: int = 0
    rejected: int = 0
    conflicts: int = 0

    def add(self, other: ApplyCounts) -> None:
        for name in ("applied", "unchanged", "duplicates", "rejected", "conflicts"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(frozen=True)
class ChangeSource:
    """Where the changes come from: a stream and its batch number (for the record of what was taken in),
    and whose they are: HQ's ("hq"), or this office's own taken back from HQ ("office"), merged exactly
    as HQ merged them."""

    stream: str
    seq: int
    office_code: str
    now: datetime
    side: Side = "hq"

    @property
    def author(self) -> str:
        return HQ_AUTHOR if self.side == "hq" else self.office_code


def already_taken(session: Session, change_ids: list[str]) -> set[str]:
    seen: set[str] = set()
    for start in range(0, len(change_ids), _CHUNK):
        seen.update(session.scalars(select(SyncAppliedChange.change_id).where(
            SyncAppliedChange.change_id.in_(change_ids[start:start + _CHUNK]))))
    return seen


def apply_changes(
    session: Session,
    changes: Iterable[dict[str, Any]],
    source: ChangeSource,
    rules: EntityRules,
    *,
    refused: dict[str, tuple[str, str]] | None = None,
    observe: Callable[[str], None] | None = None,
) -> ApplyCounts:
    """Apply `changes` in order. `refused` (change id → code, detail) are recorded as rejected without
    trying them (the store refused them on an earlier attempt). Raises UnstorableChange."""
    changes = list(changes)
    refused = refused or {}
    counts = ApplyCounts()
    seen = already_taken(session, [c["change_id"] for c in changes])
    for change in changes:
        if change["change_id"] in seen:
            counts.duplicates += 1
            continue
        seen.add(change["change_id"])
        if observe is not None:
            observe(change["hlc"])
        if change["change_id"] in refused:
            code, detail = refused[change["change_id"]]
            outcome = _reject(session, change, source, code, detail)
        else:
            outcome = _apply_one(session, change, source, rules, counts)
        if outcome == "applied":
            counts.applied += 1
        elif outcome == "quarantined":
            counts.rejected += 1
        else:
            counts.unchanged += 1
        session.add(SyncAppliedChange(change_id=change["change_id"], stream=source.stream, seq=source.seq,
                                      outcome=outcome))
    return counts


def _field_merge(change: dict[str, Any]) -> dict[str, Any]:
    # local revisions are not HQ's: an equal number proves nothing, so merge by old values only
    return {**change, "base_rev": -1} if change["op"] == "update" else change


def _apply_one(session: Session, change: dict[str, Any], source: ChangeSource, rules: EntityRules,
               counts: ApplyCounts) -> str:
    entity, entity_id = change["entity"], change["entity_id"]
    rule = rules.rule(entity)
    model = model_for(entity)
    if model is None:
        return _apply_held(session, change, source, rule, counts)
    obj = session.get(model, entity_id)
    stored = None
    if obj is not None:
        stored = StoredRecord(source.office_code, obj.rev, False, plain_row(obj), source.office_code)
    result = merge_change(_field_merge(change), stored, rule, author=source.author, side=source.side)
    counts.conflicts += _record_conflicts(session, change, result, source)
    if result.outcome == "quarantined":
        return _reject(session, change, source, result.code, result.detail)
    if result.outcome != "applied":
        return result.outcome
    values = {name: pair[1] for name, pair in change["fields"].items()}
    try:
        if change["op"] == "delete":
            session.delete(obj)
        elif obj is None:
            known, unknown = writable_fields(model, values)
            _note_unknown(session, change, source, unknown)
            want_attachment(session, model, known, source.now)
            session.add(model(id=entity_id, **{k: column_value(model, k, v) for k, v in known.items()}))
        else:
            known, unknown = writable_fields(model, {k: values[k] for k in result.changed_fields})
            _note_unknown(session, change, source, unknown)
            _set_fields(obj, model, known)
        session.flush()
    except (SQLAlchemyError, ValueError, TypeError) as exc:
        raise UnstorableChange(change["change_id"], "not_stored", type(exc).__name__) from exc
    return "applied"


def _set_fields(obj: Tracked, model: type[Tracked], values: dict[str, Any]) -> None:
    for key, value in values.items():
        setattr(obj, key, column_value(model, key, value))


def _apply_held(session: Session, change: dict[str, Any], source: ChangeSource, rule: Any,
                counts: ApplyCounts) -> str:
    key = (change["entity"], change["entity_id"])
    held = session.get(HeldRecord, key)
    stored = None if held is None else StoredRecord(source.office_code, held.rev, held.deleted, dict(held.data),
                                                     HQ_AUTHOR)
    result = merge_change(_field_merge(change), stored, rule, author=source.author, side=source.side)
    counts.conflicts += _record_conflicts(session, change, result, source)
    if result.outcome == "quarantined":
        return _reject(session, change, source, result.code, result.detail)
    if result.outcome != "applied" or result.record is None:
        return result.outcome
    record = result.record
    if held is None:
        session.add(HeldRecord(entity=key[0], entity_id=key[1], rev=record.rev, deleted=record.deleted,
                               data=record.data, updated_at=source.now))
    else:
        held.rev, held.deleted, held.data, held.updated_at = record.rev, record.deleted, record.data, source.now
    return "applied"


def _record_conflicts(session: Session, change: dict[str, Any], result: MergeResult, source: ChangeSource) -> int:
    for c in result.conflicts:
        session.add(SyncConflict(decided_by="office", change_id=change["change_id"], entity=change["entity"],
                                 entity_id=change["entity_id"], field=c.field, winner=c.winner,
                                 kept_value=c.kept_value, lost_value=c.lost_value, created_at=source.now))
    return len(result.conflicts)


def _reject(session: Session, change: dict[str, Any], source: ChangeSource, code: str, detail: str) -> str:
    session.add(SyncRejection(direction="down", change_id=change["change_id"], entity=change["entity"],
                              entity_id=change["entity_id"], code=code[:40], detail=detail[:200],
                              created_at=source.now))
    return "quarantined"


def _note_unknown(session: Session, change: dict[str, Any], source: ChangeSource, unknown: list[str]) -> None:
    if unknown:
        session.add(SyncRejection(direction="down", change_id=change["change_id"], entity=change["entity"],
                                  entity_id=change["entity_id"], code="unknown_field",
                                  detail=", ".join(unknown)[:200], created_at=source.now))

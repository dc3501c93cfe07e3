"""How one change meets the stored record: apply, apply field by field, or quarantine.

Pure functions, used by HQ when an office's batch arrives and usable by an office applying HQ's
changes. Never last-write-wins by wall clock: a change that finds the record at its base revision
applies; otherwise each field whose stored value still equals the change's old value applies; a true
overlap is decided by the field's owner, and the losing value is reported as a conflict.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sync.entity_rules import EntityRule, Side


@dataclass(frozen=True)
class StoredRecord:
    owner: str
    rev: int
    deleted: bool
    data: dict[str, Any]
    updated_by: str


@dataclass(frozen=True)
class FieldConflict:
    field: str
    winner: Side
    kept_value: Any
    lost_value: Any
    lost_by: str


@dataclass(frozen=True)
class MergeResult:
    """`outcome` is applied, unchanged or quarantined. For applied: the record as it is now."""

    outcome: str
    record: StoredRecord | None = None
    conflicts: tuple[FieldConflict, ...] = ()
    code: str = ""
    detail: str = ""
    changed_fields: tuple[str, ...] = field(default=())


def _quarantine(code: str, detail: str = "") -> MergeResult:
    return MergeResult("quarantined", code=code, detail=detail[:200])


def merge_change(
    change: dict[str, Any], stored: StoredRecord | None, rule: EntityRule, *, author: str, side: Side
) -> MergeResult:
    """`author` is the office code (or "HQ") that made the change; `side` which side it stands for."""
    op = change["op"]
    fields: dict[str, list[Any]] = change["fields"]
    if rule.append_only and (op != "insert" or stored is not None):
        if op == "insert" and stored is not None and _same_values(stored.data, fields):
            return MergeResult("unchanged", stored)
        return _quarantine("append_only", f"{op} on an append-only {change['entity']}")
    if op == "insert":
        return _insert(fields, stored, rule, author)
    if stored is None:
        if op == "delete":
            return MergeResult("unchanged")
        return _quarantine("record_missing")
    if side == "office" and stored.owner != author:
        return _quarantine("not_owner", f"record belongs to {stored.owner}")
    if stored.deleted:
        return MergeResult("unchanged", stored) if op == "delete" else _quarantine("record_deleted")
    if op == "delete":
        return MergeResult("applied", StoredRecord(stored.owner, stored.rev + 1, True, stored.data, author))
    return _update(change, stored, rule, author, side)


def _same_values(data: dict[str, Any], fields: dict[str, list[Any]]) -> bool:
    return all(data.get(name) == pair[1] for name, pair in fields.items())


def _insert(fields: dict[str, list[Any]], stored: StoredRecord | None, rule: EntityRule, author: str) -> MergeResult:
    if stored is not None:
        if not stored.deleted and _same_values(stored.data, fields):
            return MergeResult("unchanged", stored)
        return _quarantine("record_exists")
    for name, machine in rule.state_machines.items():
        if name in fields and not machine.allows_start(fields[name][1]):
            return _quarantine("forbidden_transition", f"{name} cannot start at {fields[name][1]!r}")
    data = {name: pair[1] for name, pair in fields.items()}
    return MergeResult("applied", StoredRecord(author, 1, False, data, author), changed_fields=tuple(fields))


def _update(change: dict[str, Any], stored: StoredRecord, rule: EntityRule, author: str, side: Side) -> MergeResult:
    fields: dict[str, list[Any]] = change["fields"]
    at_base = change["base_rev"] == stored.rev
    for name, machine in rule.state_machines.items():
        if name not in fields:
            continue
        old, new = fields[name]
        if stored.data.get(name) != old:
            return _quarantine("stale_transition", f"{name} is {stored.data.get(name)!r}, not {old!r}")
        if not machine.allows(old, new):
            return _quarantine("forbidden_transition", f"{name} {old!r} -> {new!r}")
    data = dict(stored.data)
    changed: list[str] = []
    conflicts: list[FieldConflict] = []
    for name, (old, new) in fields.items():
        current = stored.data.get(name)
        if current == new:
            continue
        if at_base or current == old:
            data[name] = new
            changed.append(name)
        elif rule.owner_of(name) == side:
            data[name] = new
            changed.append(name)
            conflicts.append(FieldConflict(name, side, new, current, stored.updated_by))
        else:
            winner: Side = "hq" if side == "office" else "office"
            conflicts.append(FieldConflict(name, winner, current, new, author))
    if not changed:
        return MergeResult("unchanged", stored, tuple(conflicts))
    record = StoredRecord(stored.owner, stored.rev + 1, False, data, author)
    return MergeResult("applied", record, tuple(conflicts), changed_fields=tuple(changed))

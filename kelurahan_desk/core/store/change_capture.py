"""Turns every flushed change of a `Tracked` record into an audit row that also captures it for HQ.

It runs as a `before_flush` hook, so a service cannot change a tracked record without the change
being audited and queued for HQ in the same transaction (the audit row is the change's outbox entry
until `core.store.outbox_fill` copies it into `outbox`). A tracked change flushed by a session that
is not inside a unit of work is refused.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import Table, event, inspect
from sqlalchemy.orm import Session

from kelurahan_desk.core.store.audit_chain import GENESIS_HASH, entry_hash, format_at
from kelurahan_desk.core.store.base import Tracked
from kelurahan_desk.core.store.hlc import HybridClock
from kelurahan_desk.core.store.ids import uuid7
from kelurahan_desk.core.store.models.journal import AuditEntry

SECRET = "***"
_PLAIN = (str, int, bool, float)


def plain_value(value: Any) -> Any:
    if value is None or type(value) in _PLAIN:
        return value
    if isinstance(value, datetime):
        return format_at(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    return value


class AuditRecord(NamedTuple):
    """One audit row as written by this unit of work."""

    seq: int
    entity: str
    entity_id: str
    action: str
    hash: str


@dataclass
class Journal:
    """What one unit of work knows about itself: who acts, as what action, at which time, and the driver
    connection of its transaction (`connect` gives it; asked for once, when the first row is written).

    Audit rows go straight through the driver as they are made, in the unit of work's own
    transaction (an ORM object per row would cost more than the change it records)."""

    actor: str
    action: str
    at: datetime
    clock: HybridClock
    connect: Callable[[], Any]
    dialect: Any
    capture_outbox: bool = True
    _tail: tuple[int, str] | None = None
    _driver: Any = None
    _at_text: str | None = None
    audit_rows: list[AuditRecord] = field(default_factory=list)

    @property
    def driver(self) -> Any:
        """The sqlite3 connection the unit of work's transaction runs on."""
        if self._driver is None:
            self._driver = self.connect()
        return self._driver

    def _next_link(self) -> tuple[int, str]:
        if self._tail is None:
            last = self.driver.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
            self._tail = (last[0], last[1]) if last else (0, GENESIS_HASH)
        return self._tail

    @property
    def at_text(self) -> str:
        """`at` as its columns store it."""
        if self._at_text is None:
            self._at_text = format_at(self.at)
        return self._at_text

    def audit(
        self,
        *,
        entity: str,
        entity_id: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
        action: str | None = None,
        base_rev: int | None = None,
    ) -> AuditRecord:
        """Appends the audit row; with `base_rev` (the record's revision before the change) the row also
        captures the change for HQ, unless this unit of work keeps its changes local (`capture_outbox`)."""
        seq, prev_hash = self._next_link()
        seq += 1
        act = action or self.action
        at = self.at_text
        digest = entry_hash(
            seq=seq,
            prev_hash=prev_hash,
            at=at,
            actor=self.actor,
            action=act,
            entity=entity,
            entity_id=entity_id,
            before=before,
            after=after,
        )
        if base_rev is not None and self.capture_outbox:
            change = (uuid7(), base_rev, self.clock.tick())
        else:
            change = (None, None, None)
        values = (
            seq, at, self.actor, act, entity, entity_id, json.dumps(before), json.dumps(after), prev_hash, digest,
            *change,
        )
        self.driver.execute(_insert_sql(self.dialect, AuditEntry.__table__, AUDIT_COLUMNS), values)
        self._tail = (seq, digest)
        record = AuditRecord(seq=seq, entity=entity, entity_id=entity_id, action=act, hash=digest)
        self.audit_rows.append(record)
        return record


# The row `audit` writes, its JSON columns as they store them (`json.dumps`, None as "null").
AUDIT_COLUMNS = (
    "seq", "at", "actor", "action", "entity", "entity_id", "before", "after", "prev_hash", "hash", "change_id",
    "base_rev", "hlc",
)


def _column_keys(obj: Tracked) -> list[str]:
    return _column_keys_of(type(obj))


def _shown(obj: Tracked, key: str, value: Any) -> Any:
    return SECRET if key in obj.__secret_fields__ else plain_value(value)


def _apply_defaults(obj: Tracked) -> None:
    mapper = inspect(type(obj))
    for attr in mapper.column_attrs:
        column = attr.columns[0]
        if getattr(obj, attr.key) is None and column.default is not None and column.default.is_scalar:
            setattr(obj, attr.key, column.default.arg)
    if obj.id is None:
        obj.id = uuid7()


def _capture_insert(journal: Journal, obj: Tracked) -> None:
    _apply_defaults(obj)
    after = {key: _shown(obj, key, getattr(obj, key)) for key in _column_keys(obj)}
    journal.audit(entity=obj.__entity__, entity_id=obj.id, before=None, after=after, base_rev=0)


def _capture_update(journal: Journal, obj: Tracked) -> None:
    state = inspect(obj)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for key in _column_keys(obj):
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old == new:
            continue
        before[key] = _shown(obj, key, old)
        after[key] = _shown(obj, key, new)
    if not after:
        return
    journal.audit(entity=obj.__entity__, entity_id=obj.id, before=before, after=after, base_rev=obj.rev)


def _capture_delete(journal: Journal, obj: Tracked) -> None:
    before = {key: _shown(obj, key, getattr(obj, key)) for key in _column_keys(obj)}
    journal.audit(entity=obj.__entity__, entity_id=obj.id, before=before, after=None, base_rev=obj.rev)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    journal: Journal | None = session.info.get("journal")
    for obj in list(session.new):
        if isinstance(obj, Tracked):
            _require(journal)
            _capture_insert(journal, obj)  # type: ignore[arg-type]
    for obj in list(session.dirty):
        if isinstance(obj, Tracked) and session.is_modified(obj, include_collections=False):
            _require(journal)
            _capture_update(journal, obj)  # type: ignore[arg-type]
    for obj in list(session.deleted):
        if isinstance(obj, Tracked):
            _require(journal)
            _capture_delete(journal, obj)  # type: ignore[arg-type]


def _require(journal: Journal | None) -> None:
    if journal is None:
        raise RuntimeError("a tracked record was changed outside a unit of work")


def unit_of_work_journal(session: Session) -> Journal:
    """The session's journal; a session outside a unit of work may not change tracked records."""
    journal: Journal | None = session.info.get("journal")
    _require(journal)
    assert journal is not None
    return journal


def install_change_capture(session_class: type[Session]) -> None:
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)


def insert_many(session: Session, model: type[Tracked], records: list[dict[str, Any]]) -> list[str]:
    """Inserts many new tracked records at once, each audited and queued exactly as a flush would do it.

    For imports and generators: the records and their audit rows (same chain, same content, same capture
    for HQ) are written with one executemany each instead of an ORM flush per object. Returns the ids in order.
    """
    journal = unit_of_work_journal(session)
    if not records:
        return []
    mapper = inspect(model)
    keys = _column_keys_of(model)
    defaults = {
        attr.key: attr.columns[0].default.arg
        for attr in mapper.column_attrs
        if attr.columns[0].default is not None and attr.columns[0].default.is_scalar
    }
    renamed = {attr.key: attr.columns[0].key for attr in mapper.column_attrs if attr.key != attr.columns[0].key}
    secret = model.__secret_fields__
    entity = model.__entity__
    session.flush()
    seq, prev_hash = journal._next_link()
    rows: list[dict[str, Any]] = []
    audits: list[dict[str, Any]] = []
    for record in records:
        row = {key: record.get(key) for key in keys}
        for key, value in defaults.items():
            if row.get(key) is None:
                row[key] = value
        row["id"] = record.get("id") or uuid7()
        row["rev"] = 1
        after = {key: SECRET if key in secret else plain_value(row[key]) for key in keys}
        seq += 1
        digest = entry_hash(
            seq=seq,
            prev_hash=prev_hash,
            at=journal.at,
            actor=journal.actor,
            action=journal.action,
            entity=entity,
            entity_id=row["id"],
            before=None,
            after=after,
        )
        audits.append(
            {
                "seq": seq,
                "at": journal.at,
                "actor": journal.actor,
                "action": journal.action,
                "entity": entity,
                "entity_id": row["id"],
                "before": None,
                "after": after,
                "prev_hash": prev_hash,
                "hash": digest,
                "change_id": uuid7() if journal.capture_outbox else None,
                "base_rev": 0 if journal.capture_outbox else None,
                "hlc": journal.clock.tick() if journal.capture_outbox else None,
            }
        )
        prev_hash = digest
        rows.append(row)
    ids = [row["id"] for row in rows]
    if renamed:
        rows = [{renamed.get(key, key): value for key, value in row.items()} for row in rows]
    _insert_rows(journal, model.__table__, rows)
    _insert_rows(journal, AuditEntry.__table__, audits)
    journal._tail = (seq, prev_hash)
    return ids


def _insert_rows(journal: Journal, table: Table, rows: list[dict[str, Any]]) -> None:
    """What `session.execute(insert(table), rows)` stores, through each column type's own bind processor, but
    without SQLAlchemy's per-row work; a value repeated from the row before (the action's time, the actor) is
    converted once. The rows share the keys of the first."""
    sql, keys, processors = _insert_plan(journal.dialect, table, tuple(rows[0]))
    last: list[Any] = [object()] * len(keys)
    done: list[Any] = [None] * len(keys)
    params = []
    for row in rows:
        values = []
        for i, key in enumerate(keys):
            value = row[key]
            if value is not last[i]:
                last[i] = value
                done[i] = processors[i](value) if processors[i] is not None else value
            values.append(done[i])
        params.append(tuple(values))
    driver = journal.driver
    if len(params) == 1:
        driver.execute(sql, params[0])
    else:
        driver.executemany(sql, params)


_PLANS: dict[tuple[str, Table, tuple[str, ...]], tuple[str, list[str], list[Any]]] = {}


def _insert_plan(dialect: Any, table: Table, row_keys: tuple[str, ...]) -> tuple[str, list[str], list[Any]]:
    plan_key = (dialect.name, table, row_keys)
    plan = _PLANS.get(plan_key)
    if plan is None:
        columns = [column for column in table.columns if column.key in row_keys]
        processors = [column.type.dialect_impl(dialect).bind_processor(dialect) for column in columns]
        keys = tuple(column.key for column in columns)
        plan = _PLANS[plan_key] = (_insert_sql(dialect, table, keys), list(keys), processors)
    return plan


_SQL: dict[tuple[str, Table, tuple[str, ...]], str] = {}


def _insert_sql(dialect: Any, table: Table, keys: tuple[str, ...]) -> str:
    """INSERT of one row of `table` with values for the columns `keys`, in that order."""
    sql = _SQL.get((dialect.name, table, keys))
    if sql is None:
        quote = dialect.identifier_preparer.quote
        names = ", ".join(quote(table.columns[key].name) for key in keys)
        marks = ", ".join("?" * len(keys))
        sql = f"INSERT INTO {dialect.identifier_preparer.format_table(table)} ({names}) VALUES ({marks})"
        _SQL[(dialect.name, table, keys)] = sql
    return sql


def _column_keys_of(model: type[Tracked]) -> list[str]:
    return [attr.key for attr in inspect(model).column_attrs if attr.key not in ("id", "rev")]

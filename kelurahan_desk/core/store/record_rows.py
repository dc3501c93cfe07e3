"""One tracked record's row read and updated straight through the driver, captured exactly as a flush
would capture it (audit row and outbox row in the same transaction).

For the office's most frequent write, a form saved over an existing record: an ORM load and flush of one
object costs several times what SQLite itself spends on the change. Values come back as the model's
column types give them (dates, aware datetimes, booleans), keyed by attribute name.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Column, inspect
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from kelurahan_desk.core.store.base import Tracked
from kelurahan_desk.core.store.change_capture import SECRET, plain_value, unit_of_work_journal


class StaleRecord(Exception):
    """The row's `rev` is not the one the caller read."""


_READ_PLANS: dict[tuple[str, type[Tracked]], tuple[str, list[str], list[Any]]] = {}


def load_record(session: Session, model: type[Tracked], record_id: str) -> dict[str, Any] | None:
    """Every column of the record (with `id` and `rev`), or None when there is no such record."""
    connection = session.connection()
    sql, keys, processors = _read_plan(connection.dialect, model)
    row = connection.connection.driver_connection.execute(sql, (record_id,)).fetchone()
    if row is None:
        return None
    return {
        key: processor(value) if processor is not None and value is not None else value
        for key, processor, value in zip(keys, processors, row, strict=True)
    }


def update_record(
    session: Session, model: type[Tracked], current: Mapping[str, Any], changes: Mapping[str, Any]
) -> dict[str, Any]:
    """Writes the values of `changes` that differ from `current` (a `load_record` result of this transaction)
    and returns the record as it now is; `rev` moves on by one when anything changed. Raises StaleRecord
    when the row was changed since `current` was read."""
    after_values = {key: value for key, value in changes.items() if current[key] != value}
    if not after_values:
        return dict(current)
    journal = unit_of_work_journal(session)
    mapper = inspect(model)
    connection = session.connection()
    dialect = connection.dialect
    columns: list[Column[Any]] = [mapper.column_attrs[key].columns[0] for key in after_values]
    assignments = ", ".join(f"{_quoted(dialect, column)} = ?" for column in columns)
    params = [_bound(dialect, column, value) for column, value in zip(columns, after_values.values(), strict=True)]
    table = dialect.identifier_preparer.format_table(model.__table__)
    cursor = connection.connection.driver_connection.execute(
        f"UPDATE {table} SET {assignments}, rev = rev + 1 WHERE id = ? AND rev = ?",
        (*params, current["id"], current["rev"]),
    )
    if cursor.rowcount != 1:
        raise StaleRecord(current["id"])
    secret = model.__secret_fields__
    before = {key: SECRET if key in secret else plain_value(current[key]) for key in after_values}
    after = {key: SECRET if key in secret else plain_value(value) for key, value in after_values.items()}
    journal.audit(session, entity=model.__entity__, entity_id=current["id"], before=before, after=after)
    if journal.capture_outbox:
        journal.outbox(
            session,
            entity=model.__entity__,
            entity_id=current["id"],
            op="update",
            fields={key: [before[key], after[key]] for key in after},
            base_rev=current["rev"],
        )
    loaded = session.identity_map.get(mapper.identity_key_from_primary_key((current["id"],)))
    if loaded is not None:
        session.expire(loaded)
    return {**current, **after_values, "rev": current["rev"] + 1}


def _read_plan(dialect: Dialect, model: type[Tracked]) -> tuple[str, list[str], list[Any]]:
    plan = _READ_PLANS.get((dialect.name, model))
    if plan is None:
        attrs = list(inspect(model).column_attrs)
        names = ", ".join(_quoted(dialect, attr.columns[0]) for attr in attrs)
        table = dialect.identifier_preparer.format_table(model.__table__)
        processors = [
            attr.columns[0].type.dialect_impl(dialect).result_processor(dialect, None) for attr in attrs
        ]
        plan = (f"SELECT {names} FROM {table} WHERE id = ?", [attr.key for attr in attrs], processors)
        _READ_PLANS[(dialect.name, model)] = plan
    return plan


def _quoted(dialect: Dialect, column: Column[Any]) -> str:
    return dialect.identifier_preparer.quote(column.name)


def _bound(dialect: Dialect, column: Column[Any], value: Any) -> Any:
    processor = column.type.dialect_impl(dialect).bind_processor(dialect)
    return processor(value) if processor is not None and value is not None else value

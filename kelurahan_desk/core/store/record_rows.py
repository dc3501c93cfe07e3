"""Tracked records read and updated by id straight through the driver, each change captured exactly as a
flush would capture it (an audit row that also captures the change for HQ, in the same transaction).

For the office's most frequent write, a form saved over an existing record: an ORM session, load and
flush of one object cost several times what SQLite itself spends on the change. Values come back as the
model's column types give them (dates, aware datetimes, booleans), keyed by attribute name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, inspect
from sqlalchemy.engine import Dialect

from kelurahan_desk.core.store.base import Tracked
from kelurahan_desk.core.store.change_capture import SECRET, Journal, plain_value


class StaleRecord(Exception):
    """The row's `rev` is not the one the caller read."""


@dataclass(frozen=True)
class Joined:
    """A column of the record another one points at, read with it in the same statement: `column` of the
    `model` record whose id is in the loaded record's `via`, as `key` (None when `via` is empty)."""

    key: str
    model: type[Tracked]
    via: str
    column: str


class RecordWrite:
    """One unit of work (`Store.write_records`): its journal audits and queues every change made here."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    def load(self, model: type[Tracked], record_id: str, joined: Joined | None = None) -> dict[str, Any] | None:
        """Every column of the record (with `id` and `rev`), and the `joined` column when asked for, or None
        when there is no such record."""
        sql, keys, converters = _read_plan(self.journal.dialect, model, joined)
        row = self.journal.driver.execute(sql, (record_id,)).fetchone()
        if row is None:
            return None
        record = dict(zip(keys, row, strict=True))
        for key, converter in converters:
            value = record[key]
            if value is not None:
                record[key] = converter(value)
        return record

    def update(
        self,
        model: type[Tracked],
        current: Mapping[str, Any],
        changes: Mapping[str, Any],
        stamp: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Writes the values of `changes` that differ from `current` (a `load` result of this unit of work),
        and then those of `stamp` too (e.g. `updated_at`), and returns the record as it now is; `rev` moves on
        by one when anything changed. Raises StaleRecord when the row was changed since `current` was read."""
        after_values = {key: value for key, value in changes.items() if current[key] != value}
        if not after_values:
            return dict(current)
        if stamp:
            after_values.update((key, value) for key, value in stamp.items() if current[key] != value)
        journal = self.journal
        sql, processors = _update_plan(journal.dialect, model, tuple(after_values))
        params = [
            processor(value) if processor is not None and value is not None else value
            for processor, value in zip(processors, after_values.values(), strict=True)
        ]
        cursor = journal.driver.execute(sql, (*params, current["id"], current["rev"]))
        if cursor.rowcount != 1:
            raise StaleRecord(current["id"])
        secret = model.__secret_fields__
        before = {key: SECRET if key in secret else plain_value(current[key]) for key in after_values}
        after = {key: SECRET if key in secret else plain_value(value) for key, value in after_values.items()}
        journal.audit(
            entity=model.__entity__, entity_id=current["id"], before=before, after=after, base_rev=current["rev"]
        )
        return {**current, **after_values, "rev": current["rev"] + 1}


_READ_PLANS: dict[tuple[str, type[Tracked], Joined | None], tuple[str, list[str], list[tuple[str, Any]]]] = {}
_UPDATE_PLANS: dict[tuple[str, type[Tracked], tuple[str, ...]], tuple[str, list[Any]]] = {}


def _read_plan(
    dialect: Dialect, model: type[Tracked], joined: Joined | None
) -> tuple[str, list[str], list[tuple[str, Any]]]:
    """The SELECT of one record (and its `joined` column), the keys in column order, and the (key,
    converter) of each column whose type converts what the driver returns."""
    plan = _READ_PLANS.get((dialect.name, model, joined))
    if plan is None:
        columns = [(attr.key, attr.columns[0]) for attr in inspect(model).column_attrs]
        selected = [f"record.{_quoted(dialect, column)}" for _key, column in columns]
        table = dialect.identifier_preparer.format_table(model.__table__)
        sql = f" FROM {table} AS record"
        if joined is not None:
            other = inspect(joined.model).column_attrs[joined.column].columns[0]
            via = inspect(model).column_attrs[joined.via].columns[0]
            other_table = dialect.identifier_preparer.format_table(joined.model.__table__)
            sql += f" LEFT OUTER JOIN {other_table} AS joined ON joined.id = record.{_quoted(dialect, via)}"
            selected.append(f"joined.{_quoted(dialect, other)}")
            columns.append((joined.key, other))
        converters = [
            (key, converter)
            for key, column in columns
            if (converter := column.type.dialect_impl(dialect).result_processor(dialect, None))
        ]
        plan = (f"SELECT {', '.join(selected)}{sql} WHERE record.id = ?", [key for key, _column in columns], converters)
        _READ_PLANS[(dialect.name, model, joined)] = plan
    return plan


def _update_plan(dialect: Dialect, model: type[Tracked], keys: tuple[str, ...]) -> tuple[str, list[Any]]:
    plan = _UPDATE_PLANS.get((dialect.name, model, keys))
    if plan is None:
        attrs = inspect(model).column_attrs
        columns: list[Column[Any]] = [attrs[key].columns[0] for key in keys]
        assignments = ", ".join(f"{_quoted(dialect, column)} = ?" for column in columns)
        table = dialect.identifier_preparer.format_table(model.__table__)
        plan = (
            f"UPDATE {table} SET {assignments}, rev = rev + 1 WHERE id = ? AND rev = ?",
            [column.type.dialect_impl(dialect).bind_processor(dialect) for column in columns],
        )
        _UPDATE_PLANS[(dialect.name, model, keys)] = plan
    return plan


def _quoted(dialect: Dialect, column: Column[Any]) -> str:
    return dialect.identifier_preparer.quote(column.name)

"""Office records as sync sees them: which model holds an entity, a row's values in the plain form the
outbox carries (dates and times as text, bytes as base64, secrets masked), and that form turned back
into column values when HQ's change is written here."""

from __future__ import annotations

import base64
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import Date, LargeBinary, Numeric, inspect

from kelurahan_desk.core.store import models
from kelurahan_desk.core.store.base import Base, Tracked, UtcDateTime
from kelurahan_desk.core.store.change_capture import SECRET, plain_value

SKIPPED = frozenset({"id", "rev"})

models.load_all()  # every table and model registered: sync walks them all


@cache
def tracked_models() -> dict[str, type[Tracked]]:
    """Entity name → model, for every tracked model this version has."""
    found: dict[str, type[Tracked]] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if isinstance(cls, type) and issubclass(cls, Tracked) and hasattr(cls, "__entity__"):
            found[cls.__entity__] = cls
    return found


def model_for(entity: str) -> type[Tracked] | None:
    return tracked_models().get(entity)


@cache
def _columns(model: type[Tracked]) -> dict[str, Any]:
    return {attr.key: attr.columns[0] for attr in inspect(model).column_attrs if attr.key not in SKIPPED}


def field_names(model: type[Tracked]) -> frozenset[str]:
    return frozenset(_columns(model))


def plain_row(obj: Tracked) -> dict[str, Any]:
    """The record's fields exactly as change capture writes them into the outbox."""
    secret = type(obj).__secret_fields__
    return {
        key: SECRET if key in secret else plain_value(getattr(obj, key)) for key in _columns(type(obj))
    }


def column_value(model: type[Tracked], key: str, value: Any) -> Any:
    """The Python value to set on `key` for a value in outbox form. Raises ValueError when it does not fit."""
    if value is None:
        return None
    column_type = _columns(model)[key].type
    if isinstance(column_type, UtcDateTime):
        if isinstance(value, datetime):
            return value
        return column_type.process_result_value(str(value), None)
    if isinstance(column_type, Date):
        return date.fromisoformat(str(value))
    if isinstance(column_type, LargeBinary):
        return base64.b64decode(str(value), validate=True)
    if isinstance(column_type, Numeric) and not isinstance(value, float | int):
        return Decimal(str(value))
    return value


def writable_fields(model: type[Tracked], fields: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """(values this model can take, names it has no column for). Masked secrets are never written."""
    columns = _columns(model)
    secret = model.__secret_fields__
    known = {k: v for k, v in fields.items() if k in columns and not (k in secret and v == SECRET)}
    unknown = sorted(k for k in fields if k not in columns)
    return known, unknown

"""Declarative base, column types and the mixin for records that are audited and synced."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Integer, MetaData, String, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from kelurahan_desk.core.store.ids import uuid7

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_text(value: datetime) -> str:
    """An aware datetime as `UtcDateTime` stores it."""
    if value.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class UtcDateTime(TypeDecorator[datetime]):
    """Stored as ISO 8601 text in UTC (`2026-11-28T02:07:00.123456Z`); always returned timezone-aware."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> str | None:
        return None if value is None else utc_text(value)

    def process_result_value(self, value: str | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UtcDateTime, dict[str, Any]: JSON}


class Tracked:
    """A record whose every change is audited and captured in the outbox for HQ.

    `rev` counts the record's versions; a captured change carries it as its base revision.
    `__entity__` is the name that audit rows and sync use; `__secret_fields__` lists columns that
    neither audit nor sync should see (e.g. password hashes are audited as "changed", never shown).
    """

    __entity__: ClassVar[str]
    __secret_fields__: ClassVar[frozenset[str]] = frozenset()

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    rev: Mapped[int] = mapped_column(Integer, nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.rev}


def utcnow() -> datetime:
    return datetime.now(UTC)

"""The audit chain, the outbox of changes waiting for HQ, and small local state (never synced)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kelurahan_desk.core.store.base import Base


class AuditEntry(Base):
    """Append-only; triggers in the schema refuse UPDATE and DELETE.

    A row that records a change HQ must receive also carries what the change needs to travel: its
    `change_id`, the record's `base_rev` and the `hlc` stamp (all three empty otherwise). The operation and
    the changed fields follow from `before` and `after`. The row is the change's place in the outbox until
    the change is copied into `outbox` to be cut into a batch (`core.store.outbox_fill`)."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    change_id: Mapped[str | None] = mapped_column(String(36))
    base_rev: Mapped[int | None] = mapped_column(Integer)
    hlc: Mapped[str | None] = mapped_column(String(24))

    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)


class OutboxChange(Base):
    """One captured change, in the shape sync.md describes, copied from its audit row when the changes are
    cut into batches. `batch_seq` is set once cut into a batch."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), unique=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64))
    op: Mapped[str] = mapped_column(String(8))
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    base_rev: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(24))
    wall: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    batch_seq: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (Index("ix_outbox_pending", "batch_seq", "seq"),)


class LocalState(Base):
    """Key/value facts about this installation that never travel (clock, schema marks, sync cursors)."""

    __tablename__ = "local_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)

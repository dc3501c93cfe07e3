"""Citizen cases (complaints, information requests, reports, suggestions), their log and attachments.

`due_on` is set exactly while a clock runs (an open case, or an objection waiting for its answer), so
the small partial index on it serves every deadline queue (due soon, overdue, open work) however many
closed cases there are (the queries keep other terms from driving them, see `case_queues.scan_only`). The
chronological lists — everything, or one state, kind, category, officer or RW — are newest first, so each
of their indexes ends in `received_at`; an RT narrows an RW while it is walked. Escalated cases are few
and have their own partial index.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, Date, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from kelurahan_desk.core.store.base import Base, Tracked
from kelurahan_desk.core.store.models import accounts, attachments, residents  # noqa: F401 (the tables its foreign keys name)


class CaseCategory(Tracked, Base):
    """A node of the category tree; `code` is its Open311 service code. Deadline columns override the kind's."""

    __tablename__ = "case_category"
    __entity__: ClassVar[str] = "case_category"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("case_category.id"))
    verify_days: Mapped[int | None] = mapped_column(Integer)
    followup_days: Mapped[int | None] = mapped_column(Integer)
    answer_days: Mapped[int | None] = mapped_column(Integer)
    reopen_days: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Case(Tracked, Base):
    __tablename__ = "citizen_case"
    __entity__: ClassVar[str] = "case"

    number: Mapped[str] = mapped_column(String(24), unique=True)
    number_period: Mapped[str] = mapped_column(String(4))
    number_seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(24))
    category_id: Mapped[str] = mapped_column(ForeignKey("case_category.id"))
    channel: Mapped[str] = mapped_column(String(12))
    description: Mapped[str] = mapped_column(Text)
    # the citizen: a resident, someone typed in, or nobody (anonymous); confidential hides them in lists
    resident_id: Mapped[str | None] = mapped_column(ForeignKey("resident.id"))
    citizen_name: Mapped[str] = mapped_column(String(100), default="")
    citizen_nik: Mapped[str] = mapped_column(String(16), default="")
    citizen_phone: Mapped[str] = mapped_column(String(30), default="")
    citizen_address: Mapped[str] = mapped_column(String(200), default="")
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    # where
    rt: Mapped[int | None] = mapped_column(Integer)
    rw: Mapped[int | None] = mapped_column(Integer)
    address: Mapped[str] = mapped_column(String(200), default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    # information requests (UU 14/2008)
    info_requested: Mapped[str] = mapped_column(Text, default="")
    info_purpose: Mapped[str] = mapped_column(Text, default="")
    info_delivery: Mapped[str] = mapped_column(String(20), default="")
    received_at: Mapped[datetime]
    received_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime]
    # lifecycle (core.domain.case_lifecycle.Lifecycle)
    state: Mapped[str] = mapped_column(String(16))
    received_on: Mapped[date] = mapped_column(Date)
    clock_started_on: Mapped[date] = mapped_column(Date)
    promised_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date)
    due_stage: Mapped[str] = mapped_column(String(16), default="")
    verified_on: Mapped[date | None] = mapped_column(Date)
    assignee_id: Mapped[str | None] = mapped_column(ForeignKey("account.id"))
    assigned_unit: Mapped[str] = mapped_column(String(100), default="")
    closed_on: Mapped[date | None] = mapped_column(Date)
    resolution: Mapped[str] = mapped_column(Text, default="")
    reject_reason: Mapped[str] = mapped_column(Text, default="")
    forwarded_to: Mapped[str] = mapped_column(String(150), default="")
    duplicate_of_id: Mapped[str | None] = mapped_column(ForeignKey("citizen_case.id"))
    reopen_until: Mapped[date | None] = mapped_column(Date)
    reopened_count: Mapped[int] = mapped_column(Integer, default=0)
    sla_met: Mapped[bool | None] = mapped_column(Boolean)
    escalated_on: Mapped[date | None] = mapped_column(Date)
    extension_notice: Mapped[str] = mapped_column(Text, default="")
    objection_filed_on: Mapped[date | None] = mapped_column(Date)
    objection_reason: Mapped[str] = mapped_column(Text, default="")
    objection_due_on: Mapped[date | None] = mapped_column(Date)
    objection_answered_on: Mapped[date | None] = mapped_column(Date)
    objection_answer: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint("number_period", "number_seq", name="uq_citizen_case_period_seq"),
        Index("ix_case_running_due", "due_on", sqlite_where=text("due_on IS NOT NULL")),
        Index("ix_case_assignee_received", "assignee_id", "received_at"),
        Index("ix_case_escalated", "escalated_on", sqlite_where=text("escalated_on IS NOT NULL")),
        Index("ix_case_received", "received_at"),
        Index("ix_case_state_received", "state", "received_at"),
        Index("ix_case_kind_received", "kind", "received_at"),
        Index("ix_case_category_received", "category_id", "received_at"),
        Index("ix_case_rw_received", "rw", "received_at"),
        Index("ix_case_duplicate_of", "duplicate_of_id"),
        Index("ix_case_resident", "resident_id"),
    )


class CaseEvent(Tracked, Base):
    """One line of a case's history: a transition or a follow-up note. Append-only."""

    __tablename__ = "case_event"
    __entity__: ClassVar[str] = "case_event"

    case_id: Mapped[str] = mapped_column(ForeignKey("citizen_case.id"))
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(24))
    from_state: Mapped[str] = mapped_column(String(16))
    to_state: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON)

    __table_args__ = (Index("ix_case_event_case", "case_id", "at"),)


class CaseAttachment(Tracked, Base):
    """A photo or scan on a case. `role`: lampiran (at intake), sebelum / sesudah (follow-up photos)."""

    __tablename__ = "case_attachment"
    __entity__: ClassVar[str] = "case_attachment"

    case_id: Mapped[str] = mapped_column(ForeignKey("citizen_case.id"))
    event_id: Mapped[str | None] = mapped_column(ForeignKey("case_event.id"))
    sha256: Mapped[str] = mapped_column(ForeignKey("attachment.sha256"))
    role: Mapped[str] = mapped_column(String(10))
    added_at: Mapped[datetime]
    added_by: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_case_attachment_case", "case_id"),)

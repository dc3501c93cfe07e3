"""Letter types, letter requests and issued letters, their log and scans, numbering counters and void numbers.

A number is unique twice over: as text (`number`) and as its place in a counter (scope, year, seq).
A counter's `last_seq` only grows; every seq up to it belongs to one letter or one void-number row.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kelurahan_desk.core.store.base import Base, Tracked
from kelurahan_desk.core.store.models import accounts, attachments, residents  # noqa: F401 (the tables its foreign keys name)


class LetterType(Tracked, Base):
    """A kind of letter as data: what it asks, what it needs to see, what it says, what it costs."""

    __tablename__ = "letter_type"
    __entity__: ClassVar[str] = "letter_type"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    classification: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(150))
    service: Mapped[bool] = mapped_column(Boolean, default=True)
    paper: Mapped[str] = mapped_column(String(2), default="A4")
    validity_days: Mapped[int | None] = mapped_column(Integer)
    fee: Mapped[int] = mapped_column(Integer, default=0)
    promised_minutes: Mapped[int] = mapped_column(Integer, default=10)
    requirements: Mapped[list[Any]] = mapped_column(JSON)
    fields: Mapped[list[Any]] = mapped_column(JSON)
    body: Mapped[str] = mapped_column(Text)
    closing: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime]


class Letter(Tracked, Base):
    """One request, from draft to the issued letter. Type facts are copied in, so a later edit of the type
    never changes a letter already asked for."""

    __tablename__ = "letter"
    __entity__: ClassVar[str] = "letter"

    type_id: Mapped[str] = mapped_column(ForeignKey("letter_type.id"))
    type_code: Mapped[str] = mapped_column(String(16))
    classification: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(150))
    paper: Mapped[str] = mapped_column(String(2))
    service: Mapped[bool] = mapped_column(Boolean, default=True)
    validity_days: Mapped[int | None] = mapped_column(Integer)
    field_specs: Mapped[list[Any]] = mapped_column(JSON)
    body: Mapped[str] = mapped_column(Text)
    closing: Mapped[str] = mapped_column(Text, default="")
    requirements: Mapped[list[Any]] = mapped_column(JSON)
    resident_id: Mapped[str | None] = mapped_column(ForeignKey("resident.id"))
    holder_name: Mapped[str] = mapped_column(String(100))
    holder_nik: Mapped[str] = mapped_column(String(16), default="")
    values: Mapped[dict[str, Any]] = mapped_column(JSON)
    requirements_seen: Mapped[list[Any]] = mapped_column(JSON)
    state: Mapped[str] = mapped_column(String(16))
    fee: Mapped[int] = mapped_column(Integer, default=0)
    promised_at: Mapped[datetime]
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64))
    drafted_by_id: Mapped[str] = mapped_column(ForeignKey("account.id"))
    verified_at: Mapped[datetime | None]
    verified_by: Mapped[str] = mapped_column(String(64), default="")
    approved_at: Mapped[datetime | None]
    approved_by: Mapped[str] = mapped_column(String(64), default="")
    approved_by_id: Mapped[str | None] = mapped_column(ForeignKey("account.id"))
    signatory: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    counter_scope: Mapped[str | None] = mapped_column(String(60))
    number_year: Mapped[int | None] = mapped_column(Integer)
    number_seq: Mapped[int | None] = mapped_column(Integer)
    number: Mapped[str | None] = mapped_column(String(48), unique=True)
    issued_at: Mapped[datetime | None]
    issued_by: Mapped[str] = mapped_column(String(64), default="")
    issued_on: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    qr_payload: Mapped[str] = mapped_column(Text, default="")
    key_id: Mapped[str] = mapped_column(String(32), default="")
    audit_seq: Mapped[int | None] = mapped_column(Integer)
    pdf_sha256: Mapped[str] = mapped_column(String(64), default="")
    archive_path: Mapped[str] = mapped_column(String(200), default="")
    printed_count: Mapped[int] = mapped_column(Integer, default=0)
    printed_at: Mapped[datetime | None]
    handed_over_at: Mapped[datetime | None]
    handed_over_to: Mapped[str] = mapped_column(String(100), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    revoked_at: Mapped[datetime | None]
    updated_at: Mapped[datetime]

    __table_args__ = (
        UniqueConstraint("counter_scope", "number_year", "number_seq", name="uq_letter_counter_seq"),
        Index("ix_letter_state_created", "state", "created_at"),
        Index("ix_letter_year_issued", "number_year", "issued_at"),
        Index("ix_letter_resident", "resident_id"),
        Index("ix_letter_type", "type_id"),
    )


class LetterEvent(Tracked, Base):
    """One step of a letter's life. Append-only."""

    __tablename__ = "letter_event"
    __entity__: ClassVar[str] = "letter_event"

    letter_id: Mapped[str] = mapped_column(ForeignKey("letter.id"))
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    actor_id: Mapped[str] = mapped_column(String(36), default="")
    action: Mapped[str] = mapped_column(String(16))
    from_state: Mapped[str] = mapped_column(String(16))
    to_state: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_letter_event_letter", "letter_id", "at"),)


class LetterAttachment(Tracked, Base):
    """A scan seen at the desk (pengantar RT/RW, KTP-el, KK …); `label` names the requirement."""

    __tablename__ = "letter_attachment"
    __entity__: ClassVar[str] = "letter_attachment"

    letter_id: Mapped[str] = mapped_column(ForeignKey("letter.id"))
    sha256: Mapped[str] = mapped_column(ForeignKey("attachment.sha256"))
    label: Mapped[str] = mapped_column(String(150), default="")
    added_at: Mapped[datetime]
    added_by: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_letter_attachment_letter", "letter_id"),)


class LetterCounter(Tracked, Base):
    """The last number given in one scope and year."""

    __tablename__ = "letter_counter"
    __entity__: ClassVar[str] = "letter_counter"

    scope: Mapped[str] = mapped_column(String(60))
    year: Mapped[int] = mapped_column(Integer)
    last_seq: Mapped[int] = mapped_column(Integer)

    __table_args__ = (UniqueConstraint("scope", "year", name="uq_letter_counter_scope_year"),)


class LetterNumberVoid(Tracked, Base):
    """A number drawn from a counter but not given to a letter (its text was already taken), kept for the
    register so that no gap is unexplained."""

    __tablename__ = "letter_number_void"
    __entity__: ClassVar[str] = "letter_number_void"

    scope: Mapped[str] = mapped_column(String(60))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(48))
    reason: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))

    __table_args__ = (UniqueConstraint("scope", "year", "seq", name="uq_letter_number_void_seq"),)

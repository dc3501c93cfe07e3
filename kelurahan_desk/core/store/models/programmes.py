"""Participation and empowerment: the yearly musrenbang, the UMKM registry and skills training.

Money is whole rupiah (`BigInteger`). Nothing here is deleted: a merged proposal keeps its proposer
and points at the one it joined (`merged_into_id`), a carried-over proposal points back at last year's
(`carried_from_id`), a cancelled registration stays with its status.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from kelurahan_desk.core.store.base import Base, Tracked
from kelurahan_desk.core.store.models import attachments, residents  # noqa: F401 (the tables its foreign keys name)

# --- musrenbang --------------------------------------------------------------------------------------


class MusrenbangCycle(Tracked, Base):
    """One year's musrenbang kelurahan. `criteria` is the office's weighted list: [{key, title, weight}]."""

    __tablename__ = "musrenbang_cycle"
    __entity__: ClassVar[str] = "musrenbang_cycle"

    year: Mapped[int] = mapped_column(Integer, unique=True)
    phase: Mapped[str] = mapped_column(String(20))
    criteria: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    forum_on: Mapped[date | None] = mapped_column(Date)
    forum_time: Mapped[str] = mapped_column(String(5), default="")
    forum_place: Mapped[str] = mapped_column(String(200), default="")
    chair_name: Mapped[str] = mapped_column(String(100), default="")
    secretary_name: Mapped[str] = mapped_column(String(100), default="")
    conclusions: Mapped[str] = mapped_column(Text, default="")
    berita_acara_number: Mapped[str] = mapped_column(String(48), default="")
    berita_acara_on: Mapped[date | None] = mapped_column(Date)
    berita_acara_qr: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class MusrenbangPhase(Tracked, Base):
    """Planned dates of one phase of a cycle, and the day the cycle actually entered it."""

    __tablename__ = "musrenbang_phase"
    __entity__: ClassVar[str] = "musrenbang_phase"

    cycle_id: Mapped[str] = mapped_column(ForeignKey("musrenbang_cycle.id"))
    phase: Mapped[str] = mapped_column(String(20))
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    entered_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (UniqueConstraint("cycle_id", "phase", name="uq_musrenbang_phase_cycle_phase"),)


class Proposal(Tracked, Base):
    __tablename__ = "musrenbang_proposal"
    __entity__: ClassVar[str] = "musrenbang_proposal"

    cycle_id: Mapped[str] = mapped_column(ForeignKey("musrenbang_cycle.id"))
    number: Mapped[int] = mapped_column(Integer)
    activity: Mapped[str] = mapped_column(String(300))
    field: Mapped[str] = mapped_column(String(20))
    location: Mapped[str] = mapped_column(String(200), default="")
    rt: Mapped[int | None] = mapped_column(Integer)
    rw: Mapped[int | None] = mapped_column(Integer)
    volume: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(30), default="")
    estimated_cost: Mapped[int] = mapped_column(BigInteger, default=0)
    swadaya: Mapped[int] = mapped_column(BigInteger, default=0)
    beneficiaries: Mapped[int | None] = mapped_column(Integer)
    proposer_kind: Mapped[str] = mapped_column(String(10))
    proposer_resident_id: Mapped[str | None] = mapped_column(ForeignKey("resident.id"))
    proposer_name: Mapped[str] = mapped_column(String(200), default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20))
    status_on: Mapped[date | None] = mapped_column(Date)
    status_note: Mapped[str] = mapped_column(Text, default="")
    merged_into_id: Mapped[str | None] = mapped_column(ForeignKey("musrenbang_proposal.id"))
    carried_from_id: Mapped[str | None] = mapped_column(ForeignKey("musrenbang_proposal.id"))
    votes: Mapped[int] = mapped_column(Integer, default=0)
    override_rank: Mapped[int | None] = mapped_column(Integer)
    override_reason: Mapped[str] = mapped_column(Text, default="")
    override_by: Mapped[str] = mapped_column(String(64), default="")
    override_at: Mapped[datetime | None]
    override_order: Mapped[int] = mapped_column(Integer, default=0)
    budget_amount: Mapped[int | None] = mapped_column(BigInteger)
    progress_percent: Mapped[int] = mapped_column(Integer, default=0)
    work_started_on: Mapped[date | None] = mapped_column(Date)
    work_done_on: Mapped[date | None] = mapped_column(Date)
    entered_at: Mapped[datetime]
    entered_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime]

    __table_args__ = (
        UniqueConstraint("cycle_id", "number", name="uq_musrenbang_proposal_cycle_number"),
        Index("ix_proposal_cycle_field", "cycle_id", "field", "status"),
        Index("ix_proposal_merged_into", "merged_into_id"),
        Index("ix_proposal_carried_from", "carried_from_id"),
        Index("ix_proposal_proposer", "proposer_resident_id"),
    )


class ProposalScore(Tracked, Base):
    """One criterion's score (1–5) of one proposal; `source` is kantor (office) or forum."""

    __tablename__ = "proposal_score"
    __entity__: ClassVar[str] = "proposal_score"

    proposal_id: Mapped[str] = mapped_column(ForeignKey("musrenbang_proposal.id"))
    criterion: Mapped[str] = mapped_column(String(30))
    score: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(10))
    scored_by: Mapped[str] = mapped_column(String(64))
    scored_at: Mapped[datetime]

    __table_args__ = (UniqueConstraint("proposal_id", "criterion", name="uq_proposal_score_proposal_criterion"),)


class ProposalProgress(Tracked, Base):
    """A progress report on funded work. Append-only; the proposal keeps the latest percent."""

    __tablename__ = "proposal_progress"
    __entity__: ClassVar[str] = "proposal_progress"

    proposal_id: Mapped[str] = mapped_column(ForeignKey("musrenbang_proposal.id"))
    reported_on: Mapped[date] = mapped_column(Date)
    percent: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime]

    __table_args__ = (Index("ix_proposal_progress_proposal", "proposal_id", "reported_on"),)


class ProposalPhoto(Tracked, Base):
    """A photo of a proposal's site (`usulan`) or of the work (`progres`, with its report)."""

    __tablename__ = "proposal_photo"
    __entity__: ClassVar[str] = "proposal_photo"

    proposal_id: Mapped[str] = mapped_column(ForeignKey("musrenbang_proposal.id"))
    progress_id: Mapped[str | None] = mapped_column(ForeignKey("proposal_progress.id"))
    sha256: Mapped[str] = mapped_column(ForeignKey("attachment.sha256"))
    role: Mapped[str] = mapped_column(String(10))
    added_at: Mapped[datetime]
    added_by: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_proposal_photo_proposal", "proposal_id"),)


class ForumAttendee(Tracked, Base):
    """Someone present at the forum: a resident or a named guest, with the group they represent."""

    __tablename__ = "forum_attendee"
    __entity__: ClassVar[str] = "forum_attendee"

    cycle_id: Mapped[str] = mapped_column(ForeignKey("musrenbang_cycle.id"))
    resident_id: Mapped[str | None] = mapped_column(ForeignKey("resident.id"))
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    origin: Mapped[str] = mapped_column(String(100), default="")
    sex: Mapped[str] = mapped_column(String(1), default="")
    is_delegate: Mapped[bool] = mapped_column(Boolean, default=False)
    delegate_order: Mapped[int | None] = mapped_column(Integer)
    added_at: Mapped[datetime]

    __table_args__ = (Index("ix_forum_attendee_cycle", "cycle_id", "added_at"),)


# --- UMKM --------------------------------------------------------------------------------------------


class Business(Tracked, Base):
    __tablename__ = "umkm_business"
    __entity__: ClassVar[str] = "umkm_business"

    name: Mapped[str] = mapped_column(String(150, collation="NOCASE"))
    owner_resident_id: Mapped[str] = mapped_column(ForeignKey("resident.id"))
    sector: Mapped[str] = mapped_column(String(30))
    products: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    rt: Mapped[int | None] = mapped_column(Integer)
    rw: Mapped[int | None] = mapped_column(Integer)
    phone: Mapped[str] = mapped_column(String(30), default="")
    capital: Mapped[int | None] = mapped_column(BigInteger)
    yearly_sales: Mapped[int | None] = mapped_column(BigInteger)
    size_class: Mapped[str] = mapped_column(String(10), default="")
    employees: Mapped[int | None] = mapped_column(Integer)
    started_year: Mapped[int | None] = mapped_column(Integer)
    nib: Mapped[str] = mapped_column(String(13), default="")
    nib_status: Mapped[str] = mapped_column(String(10))
    nib_issued_on: Mapped[date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    registered_at: Mapped[datetime]
    registered_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime]

    __table_args__ = (
        Index("ix_umkm_business_owner", "owner_resident_id"),
        Index("ix_umkm_business_name", "name"),
        Index("ix_umkm_business_sector", "sector", "size_class"),
        Index("ix_umkm_business_place", "rw", "rt"),
    )


class BusinessLetter(Tracked, Base):
    """A letter issued for a business (SKU, domisili usaha), by the letter's number and id."""

    __tablename__ = "umkm_business_letter"
    __entity__: ClassVar[str] = "umkm_business_letter"

    business_id: Mapped[str] = mapped_column(ForeignKey("umkm_business.id"))
    letter_id: Mapped[str | None] = mapped_column(String(36))
    letter_number: Mapped[str] = mapped_column(String(48))
    letter_kind: Mapped[str] = mapped_column(String(30))
    issued_on: Mapped[date] = mapped_column(Date)
    linked_at: Mapped[datetime]
    linked_by: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        UniqueConstraint("business_id", "letter_number", name="uq_umkm_business_letter_number"),
        Index("ix_umkm_business_letter_letter", "letter_id"),
    )


class BusinessPhoto(Tracked, Base):
    __tablename__ = "umkm_business_photo"
    __entity__: ClassVar[str] = "umkm_business_photo"

    business_id: Mapped[str] = mapped_column(ForeignKey("umkm_business.id"))
    sha256: Mapped[str] = mapped_column(ForeignKey("attachment.sha256"))
    added_at: Mapped[datetime]
    added_by: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_umkm_business_photo_business", "business_id"),)


# --- training ----------------------------------------------------------------------------------------


class TrainingProgramme(Tracked, Base):
    """A skills-training programme. Eligibility: age range on the first day, RWs (empty = all)."""

    __tablename__ = "training_programme"
    __entity__: ClassVar[str] = "training_programme"

    title: Mapped[str] = mapped_column(String(150))
    topic: Mapped[str] = mapped_column(Text, default="")
    organiser: Mapped[str] = mapped_column(String(150))
    place: Mapped[str] = mapped_column(String(200), default="")
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    quota: Mapped[int] = mapped_column(Integer)
    target_group: Mapped[str] = mapped_column(String(200), default="")
    min_age: Mapped[int | None] = mapped_column(Integer)
    max_age: Mapped[int | None] = mapped_column(Integer)
    allowed_rws: Mapped[list[int]] = mapped_column(JSON)
    min_attendance_percent: Mapped[int] = mapped_column(Integer, default=75)
    status: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime]


class TrainingSession(Tracked, Base):
    __tablename__ = "training_session"
    __entity__: ClassVar[str] = "training_session"

    programme_id: Mapped[str] = mapped_column(ForeignKey("training_programme.id"))
    number: Mapped[int] = mapped_column(Integer)
    on_date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[str] = mapped_column(String(5), default="")
    end_time: Mapped[str] = mapped_column(String(5), default="")
    topic: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (UniqueConstraint("programme_id", "number", name="uq_training_session_programme_number"),)


class TrainingRegistration(Tracked, Base):
    """`status`: peserta (has a seat), cadangan (waiting list, in `seq` order), batal (cancelled)."""

    __tablename__ = "training_registration"
    __entity__: ClassVar[str] = "training_registration"

    programme_id: Mapped[str] = mapped_column(ForeignKey("training_programme.id"))
    resident_id: Mapped[str] = mapped_column(ForeignKey("resident.id"))
    seq: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10))
    registered_at: Mapped[datetime]
    registered_by: Mapped[str] = mapped_column(String(64))
    status_changed_at: Mapped[datetime]
    cancel_reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint("programme_id", "resident_id", name="uq_training_registration_programme_resident"),
        Index("ix_training_registration_queue", "programme_id", "status", "seq"),
        Index("ix_training_registration_resident", "resident_id"),
    )


class TrainingAttendance(Tracked, Base):
    __tablename__ = "training_attendance"
    __entity__: ClassVar[str] = "training_attendance"

    session_id: Mapped[str] = mapped_column(ForeignKey("training_session.id"))
    registration_id: Mapped[str] = mapped_column(ForeignKey("training_registration.id"))
    present: Mapped[bool] = mapped_column(Boolean)
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        UniqueConstraint("session_id", "registration_id", name="uq_training_attendance_session_registration"),
        Index("ix_training_attendance_registration", "registration_id"),
    )


class TrainingCertificate(Tracked, Base):
    """An issued certificate: its number (from the letter counters) and the signed QR text printed on it."""

    __tablename__ = "training_certificate"
    __entity__: ClassVar[str] = "training_certificate"

    registration_id: Mapped[str] = mapped_column(ForeignKey("training_registration.id"), unique=True)
    number: Mapped[str] = mapped_column(String(48), unique=True)
    issued_on: Mapped[date] = mapped_column(Date)
    qr_text: Mapped[str] = mapped_column(Text)
    issued_at: Mapped[datetime]
    issued_by: Mapped[str] = mapped_column(String(64))


class TrainingOutcome(Tracked, Base):
    """What came of the training for one participant: nib (NIB obtained), usaha, kerja, lainnya."""

    __tablename__ = "training_outcome"
    __entity__: ClassVar[str] = "training_outcome"

    registration_id: Mapped[str] = mapped_column(ForeignKey("training_registration.id"))
    kind: Mapped[str] = mapped_column(String(10))
    on_date: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    business_id: Mapped[str | None] = mapped_column(ForeignKey("umkm_business.id"))
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_training_outcome_registration", "registration_id"),)

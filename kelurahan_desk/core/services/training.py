"""Skills-training programmes: sessions, registration of residents with a quota and a waiting list,
attendance per session, certificates numbered from the letter counters and QR-signed like letters,
and what came of the training later (NIB obtained, business started, work found).

Each public call is one unit of work. A cancelled seat goes at once to the first on the waiting list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kelurahan_desk.core.documents.participant_list_pdf import render_participant_list
from kelurahan_desk.core.domain.training_status import (
    ProgrammeStatus,
    RegistrationStatus,
    check_programme_transition,
    check_registration_transition,
)
from kelurahan_desk.core.errors import NotFound, ValidationError
from kelurahan_desk.core.services.issued_documents import NumberIssuer, QrSigner
from kelurahan_desk.core.services.permissions import Actor, Permission
from kelurahan_desk.core.services.training_certificates import CertificateActions
from kelurahan_desk.core.services.training_documents import export_participants, participant_list
from kelurahan_desk.core.services.training_records import (
    load_programme,
    load_registrations,
    programme_input,
    programme_of,
    registration_of,
    session_view,
)
from kelurahan_desk.core.services.training_views import (
    OUTCOME_KINDS,
    OutcomeView,
    ProgrammeInput,
    ProgrammeView,
    RegistrationResult,
    RegistrationView,
    SessionInput,
    SessionView,
    age_on,
    check_programme,
    check_session,
)
from kelurahan_desk.core.store.atomic_file import write_bytes_atomic
from kelurahan_desk.core.store.models import Resident
from kelurahan_desk.core.store.models.programmes import (
    Business,
    TrainingAttendance,
    TrainingCertificate,
    TrainingOutcome,
    TrainingProgramme,
    TrainingRegistration,
    TrainingSession,
)
from kelurahan_desk.core.store.unit_of_work import Store


class TrainingService(CertificateActions):
    def __init__(self, store: Store, numbers: NumberIssuer, signer: Callable[[], QrSigner]) -> None:
        self._store = store
        self._numbers = numbers
        self._signer = signer

    # --- programmes and sessions ---------------------------------------------------------------

    def create_programme(self, actor: Actor, value: ProgrammeInput) -> ProgrammeView:
        actor.require(Permission.MANAGE_PROGRAMMES)
        value = check_programme(value)
        now = self._store.clock.now()
        with self._store.write(actor.username, "training.create") as s:
            row = TrainingProgramme(
                **_columns(value), status="dibuka", created_at=now, created_by=actor.username, updated_at=now
            )
            s.add(row)
            s.flush()
            return load_programme(s, row)

    def update_programme(
        self, actor: Actor, programme_id: str, value: ProgrammeInput, expected_rev: int
    ) -> ProgrammeView:
        """A larger quota moves the waiting list up at once, in its order; a quota below the seats taken is
        refused, and so are dates that leave a session outside the programme."""
        actor.require(Permission.MANAGE_PROGRAMMES)
        value = check_programme(value)
        with self._store.write(actor.username, "training.update") as s:
            row = programme_of(s, programme_id)
            if row.rev != expected_rev:
                raise ValidationError("rev", "stale", {"current": row.rev})
            seated = _count(s, row.id, "peserta")
            if value.quota < seated:
                raise ValidationError("quota", "quota_below_participants", {"participants": seated})
            _check_sessions_inside(s, row.id, value)
            for key, new in _columns(value).items():
                if getattr(row, key) != new:
                    setattr(row, key, new)
            row.updated_at = self._store.clock.now()
            for _ in range(value.quota - seated):
                if self._promote(s, row) is None:
                    break
            s.flush()
            return load_programme(s, row)

    def set_status(self, actor: Actor, programme_id: str, status: str) -> ProgrammeView:
        """Registration closed or reopened, or the programme finished (for good)."""
        actor.require(Permission.MANAGE_PROGRAMMES)
        with self._store.write(actor.username, "training.status") as s:
            row = programme_of(s, programme_id)
            row.status = check_programme_transition(row.status, status).value
            row.updated_at = self._store.clock.now()
            s.flush()
            return load_programme(s, row)

    def programmes(self, actor: Actor) -> list[ProgrammeView]:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            rows = s.scalars(select(TrainingProgramme).order_by(TrainingProgramme.starts_on.desc())).all()
            return [load_programme(s, row) for row in rows]

    def programme(self, actor: Actor, programme_id: str) -> ProgrammeView:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            return load_programme(s, programme_of(s, programme_id))

    def add_session(self, actor: Actor, programme_id: str, value: SessionInput) -> SessionView:
        actor.require(Permission.MANAGE_PROGRAMMES)
        with self._store.write(actor.username, "training.session") as s:
            row = programme_of(s, programme_id)
            value = check_session(value, programme_input(row))
            number = (
                s.scalar(select(func.max(TrainingSession.number)).where(TrainingSession.programme_id == row.id)) or 0
            ) + 1
            session = TrainingSession(
                programme_id=row.id,
                number=number,
                on_date=value.on_date,
                start_time=value.start_time,
                end_time=value.end_time,
                topic=value.topic,
            )
            s.add(session)
            s.flush()
            return session_view(session)

    def sessions(self, actor: Actor, programme_id: str) -> list[SessionView]:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            rows = s.scalars(
                select(TrainingSession)
                .where(TrainingSession.programme_id == programme_id)
                .order_by(TrainingSession.number)
            )
            return [session_view(r) for r in rows]

    # --- registration and the waiting list -----------------------------------------------------

    def register(self, actor: Actor, programme_id: str, resident_id: str) -> RegistrationView:
        """A seat while the quota allows, else a place on the waiting list. Eligibility is checked here."""
        actor.require(Permission.MANAGE_PROGRAMMES)
        now = self._store.clock.now()
        with self._store.write(actor.username, "training.register") as s:
            row = programme_of(s, programme_id)
            if row.status != ProgrammeStatus.DIBUKA:
                raise ValidationError("programme", "registration_closed")
            resident = s.get(Resident, resident_id)
            if resident is None:
                raise ValidationError("resident_id", "resident_unknown")
            _check_eligible(row, resident)
            existing = s.scalar(
                select(TrainingRegistration).where(
                    TrainingRegistration.programme_id == row.id, TrainingRegistration.resident_id == resident.id
                )
            )
            seated = _count(s, row.id, "peserta")
            waiting = _count(s, row.id, "cadangan")
            status = RegistrationStatus.PESERTA if seated < row.quota and not waiting else RegistrationStatus.CADANGAN
            seq = (
                s.scalar(select(func.max(TrainingRegistration.seq)).where(TrainingRegistration.programme_id == row.id))
                or 0
            ) + 1
            if existing is not None:
                if existing.status != RegistrationStatus.BATAL:
                    raise ValidationError("resident_id", "already_registered")
                existing.status = check_registration_transition(existing.status, status).value
                existing.seq, existing.status_changed_at, existing.cancel_reason = seq, now, ""
                registration = existing
            else:
                registration = TrainingRegistration(
                    programme_id=row.id,
                    resident_id=resident.id,
                    seq=seq,
                    status=status.value,
                    registered_at=now,
                    registered_by=actor.username,
                    status_changed_at=now,
                )
                s.add(registration)
            s.flush()
            return load_registrations(s, row, [registration.id])[0]

    def cancel(self, actor: Actor, registration_id: str, reason: str) -> RegistrationResult:
        """The registration is cancelled (kept, with its reason); a freed seat goes to the first waiting."""
        actor.require(Permission.MANAGE_PROGRAMMES)
        reason = " ".join(reason.split())
        if not reason:
            raise ValidationError("reason", "required")
        with self._store.write(actor.username, "training.cancel") as s:
            registration = registration_of(s, registration_id)
            if registration.status == "batal":
                raise ValidationError("status", "already_cancelled")
            if s.scalar(select(TrainingCertificate.id).where(TrainingCertificate.registration_id == registration.id)):
                raise ValidationError("status", "certificate_issued")
            row = programme_of(s, registration.programme_id)
            was_seated = registration.status == "peserta"
            registration.status = check_registration_transition(registration.status, RegistrationStatus.BATAL).value
            registration.cancel_reason = reason[:500]
            registration.status_changed_at = self._store.clock.now()
            s.flush()
            promoted = self._promote(s, row) if was_seated else None
            s.flush()
            ids = [registration.id] + ([promoted.id] if promoted else [])
            views = {v.id: v for v in load_registrations(s, row, ids)}
            return RegistrationResult(views[registration.id], views[promoted.id] if promoted else None)

    def registrations(self, actor: Actor, programme_id: str) -> list[RegistrationView]:
        """Participants in registration order, then the waiting list in its order, then cancellations."""
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            return load_registrations(s, programme_of(s, programme_id))

    # --- attendance ----------------------------------------------------------------------------

    def record_attendance(self, actor: Actor, session_id: str, present: Iterable[str]) -> int:
        """Who was there (registration ids); every other participant is recorded absent. Returns how many came."""
        actor.require(Permission.MANAGE_PROGRAMMES)
        present_ids = set(present)
        now = self._store.clock.now()
        with self._store.write(actor.username, "training.attendance") as s:
            session = s.get(TrainingSession, session_id)
            if session is None:
                raise NotFound("training_session", session_id)
            if session.on_date > self._store.clock.today():
                raise ValidationError("session", "session_in_future")
            seated = {
                r.id: r
                for r in s.scalars(
                    select(TrainingRegistration).where(
                        TrainingRegistration.programme_id == session.programme_id,
                        TrainingRegistration.status == "peserta",
                    )
                )
            }
            unknown = present_ids - set(seated)
            if unknown:
                raise ValidationError("present", "not_a_participant")
            recorded = {
                a.registration_id: a
                for a in s.scalars(select(TrainingAttendance).where(TrainingAttendance.session_id == session.id))
            }
            for registration_id in seated:
                here = registration_id in present_ids
                row = recorded.get(registration_id)
                if row is None:
                    s.add(
                        TrainingAttendance(
                            session_id=session.id,
                            registration_id=registration_id,
                            present=here,
                            recorded_at=now,
                            recorded_by=actor.username,
                        )
                    )
                elif row.present != here:
                    row.present, row.recorded_at, row.recorded_by = here, now, actor.username
            return len(present_ids)

    def attendance(self, actor: Actor, programme_id: str) -> dict[str, set[str]]:
        """Session id → the registration ids recorded present."""
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            programme_of(s, programme_id)
            stmt = (
                select(TrainingAttendance.session_id, TrainingAttendance.registration_id)
                .join(TrainingSession, TrainingSession.id == TrainingAttendance.session_id)
                .where(TrainingSession.programme_id == programme_id, TrainingAttendance.present.is_(True))
            )
            found: dict[str, set[str]] = {}
            for session_id, registration_id in s.execute(stmt):
                found.setdefault(session_id, set()).add(registration_id)
            return found

    def participant_list_pdf(self, actor: Actor, programme_id: str) -> bytes:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            doc = participant_list(s, programme_of(s, programme_id), self._store.clock.today())
        return render_participant_list(doc)

    def save_participant_list(self, actor: Actor, programme_id: str, path: Path) -> None:
        write_bytes_atomic(Path(path), self.participant_list_pdf(actor, programme_id))

    def export_participants(self, actor: Actor, programme_id: str, path: Path) -> int:
        """Every registration (participants, waiting list, cancelled) to `.xlsx` or `.csv`."""
        actor.require(Permission.EXPORT_DATA)
        with self._store.read() as s:
            return export_participants(s, programme_of(s, programme_id), path)

    # --- outcomes ------------------------------------------------------------------------------

    def record_outcome(
        self,
        actor: Actor,
        registration_id: str,
        kind: str,
        on_date: date,
        note: str = "",
        business_id: str | None = None,
    ) -> OutcomeView:
        actor.require(Permission.MANAGE_PROGRAMMES)
        if kind not in OUTCOME_KINDS:
            raise ValidationError("kind", "unknown_choice")
        if on_date > self._store.clock.today():
            raise ValidationError("on_date", "in_future")
        with self._store.write(actor.username, "training.outcome") as s:
            registration = registration_of(s, registration_id)
            if registration.status != "peserta":
                raise ValidationError("registration", "not_a_participant")
            if business_id is not None and s.get(Business, business_id) is None:
                raise ValidationError("business_id", "business_unknown")
            row = TrainingOutcome(
                registration_id=registration.id,
                kind=kind,
                on_date=on_date,
                note=note.strip()[:2000],
                business_id=business_id,
                recorded_at=self._store.clock.now(),
                recorded_by=actor.username,
            )
            s.add(row)
            s.flush()
            resident = s.get(Resident, registration.resident_id)
            return OutcomeView(row.id, registration.id, resident.name if resident else "", kind, on_date, row.note)

    def outcomes(self, actor: Actor, programme_id: str) -> list[OutcomeView]:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            stmt = (
                select(TrainingOutcome, Resident.name)
                .join(TrainingRegistration, TrainingRegistration.id == TrainingOutcome.registration_id)
                .join(Resident, Resident.id == TrainingRegistration.resident_id)
                .where(TrainingRegistration.programme_id == programme_id)
                .order_by(TrainingOutcome.on_date)
            )
            return [
                OutcomeView(o.id, o.registration_id, name, o.kind, o.on_date, o.note) for o, name in s.execute(stmt)
            ]

    # --- inside a unit of work -----------------------------------------------------------------

    def _promote(self, s: Session, row: TrainingProgramme) -> TrainingRegistration | None:
        first = s.scalar(
            select(TrainingRegistration)
            .where(TrainingRegistration.programme_id == row.id, TrainingRegistration.status == "cadangan")
            .order_by(TrainingRegistration.seq)
            .limit(1)
        )
        if first is not None:
            first.status = check_registration_transition(first.status, RegistrationStatus.PESERTA).value
            first.status_changed_at = self._store.clock.now()
        return first


def _columns(value: ProgrammeInput) -> dict[str, object]:
    columns = {name: getattr(value, name) for name in ProgrammeInput.__dataclass_fields__}
    columns["allowed_rws"] = list(value.allowed_rws)
    return columns


def _count(s: Session, programme_id: str, status: str) -> int:
    return (
        s.scalar(
            select(func.count())
            .select_from(TrainingRegistration)
            .where(TrainingRegistration.programme_id == programme_id, TrainingRegistration.status == status)
        )
        or 0
    )


def _check_sessions_inside(s: Session, programme_id: str, value: ProgrammeInput) -> None:
    outside = s.scalar(
        select(TrainingSession)
        .where(
            TrainingSession.programme_id == programme_id,
            (TrainingSession.on_date < value.starts_on) | (TrainingSession.on_date > value.ends_on),
        )
        .order_by(TrainingSession.number)
        .limit(1)
    )
    if outside is not None:
        field = "starts_on" if outside.on_date < value.starts_on else "ends_on"
        raise ValidationError(
            field, "sessions_outside_dates", {"number": outside.number, "date": outside.on_date.isoformat()}
        )


def _check_eligible(row: TrainingProgramme, resident: Resident) -> None:
    if resident.status != "hidup":
        raise ValidationError("resident_id", "not_living")
    if row.allowed_rws and resident.rw not in row.allowed_rws:
        raise ValidationError("resident_id", "not_eligible_area", {"rws": ", ".join(map(str, row.allowed_rws))})
    if row.min_age is not None or row.max_age is not None:
        if resident.birth_date is None:
            raise ValidationError("resident_id", "birth_date_unknown")
        age = age_on(resident.birth_date, row.starts_on)
        if (row.min_age is not None and age < row.min_age) or (row.max_age is not None and age > row.max_age):
            raise ValidationError(
                "resident_id", "not_eligible_age", {"age": age, "min": row.min_age or 0, "max": row.max_age or 120}
            )

"""Reading training rows inside a unit of work, shared by the training service and its documents."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from kelurahan_desk.core.documents.certificate_pdf import CertificateDocument
from kelurahan_desk.core.documents.official_pages import Signer
from kelurahan_desk.core.errors import NotFound, ValidationError
from kelurahan_desk.core.services.case_receipts import office_header
from kelurahan_desk.core.services.training_views import ProgrammeInput, ProgrammeView, RegistrationView, SessionView
from kelurahan_desk.core.store.models import Office, Resident
from kelurahan_desk.core.store.models.programmes import (
    TrainingAttendance,
    TrainingCertificate,
    TrainingProgramme,
    TrainingRegistration,
    TrainingSession,
)

_STATUS_ORDER = {"peserta": 0, "cadangan": 1, "batal": 2}


def office_of(s: Session) -> Office:
    office = s.scalar(select(Office).limit(1))
    if office is None:
        raise ValidationError("code", "setup_not_done")
    return office


def programme_of(s: Session, programme_id: str) -> TrainingProgramme:
    row = s.get(TrainingProgramme, programme_id)
    if row is None:
        raise NotFound("training_programme", programme_id)
    return row


def registration_of(s: Session, registration_id: str) -> TrainingRegistration:
    row = s.get(TrainingRegistration, registration_id)
    if row is None:
        raise NotFound("training_registration", registration_id)
    return row


def programme_input(row: TrainingProgramme) -> ProgrammeInput:
    values = {name: getattr(row, name) for name in ProgrammeInput.__dataclass_fields__}
    values["allowed_rws"] = tuple(row.allowed_rws or ())
    return ProgrammeInput(**values)


def load_programme(s: Session, row: TrainingProgramme) -> ProgrammeView:
    counts = dict(
        s.execute(
            select(TrainingRegistration.status, func.count())
            .where(TrainingRegistration.programme_id == row.id)
            .group_by(TrainingRegistration.status)
        ).all()
    )
    sessions = s.scalar(select(func.count()).select_from(TrainingSession).where(TrainingSession.programme_id == row.id))
    certificates = s.scalar(
        select(func.count())
        .select_from(TrainingCertificate)
        .join(TrainingRegistration, TrainingRegistration.id == TrainingCertificate.registration_id)
        .where(TrainingRegistration.programme_id == row.id)
    )
    return ProgrammeView(
        row.id,
        programme_input(row),
        row.status,
        int(counts.get("peserta", 0)),
        int(counts.get("cadangan", 0)),
        int(sessions or 0),
        int(certificates or 0),
        row.rev,
    )


def session_view(row: TrainingSession) -> SessionView:
    return SessionView(row.id, row.number, row.on_date, row.start_time, row.end_time, row.topic)


def load_registrations(
    s: Session, programme: TrainingProgramme, ids: Sequence[str] | None = None
) -> list[RegistrationView]:
    attended = (
        select(func.count())
        .where(TrainingAttendance.registration_id == TrainingRegistration.id, TrainingAttendance.present.is_(True))
        .correlate(TrainingRegistration)
        .scalar_subquery()
    )
    stmt = (
        select(TrainingRegistration, Resident, attended, TrainingCertificate.number)
        .join(Resident, Resident.id == TrainingRegistration.resident_id)
        .outerjoin(TrainingCertificate, TrainingCertificate.registration_id == TrainingRegistration.id)
        .where(TrainingRegistration.programme_id == programme.id)
        .order_by(case(_STATUS_ORDER, value=TrainingRegistration.status), TrainingRegistration.seq)
    )
    views: list[RegistrationView] = []
    waiting = 0
    for reg, person, count, number in s.execute(stmt):
        if reg.status == "cadangan":
            waiting += 1
        if ids is not None and reg.id not in ids:
            continue
        views.append(
            RegistrationView(
                reg.id,
                person.id,
                person.name,
                person.nik,
                person.sex,
                person.rt,
                person.rw,
                reg.status,
                reg.seq,
                waiting if reg.status == "cadangan" else None,
                int(count or 0),
                number or "",
                reg.rev,
            )
        )
    return views


def certificate_document(
    s: Session, programme: TrainingProgramme, certificate: TrainingCertificate
) -> CertificateDocument:
    office = office_of(s)
    registration = registration_of(s, certificate.registration_id)
    person = s.get(Resident, registration.resident_id)
    assert person is not None
    sessions = s.scalar(
        select(func.count()).select_from(TrainingSession).where(TrainingSession.programme_id == programme.id)
    )
    attended = s.scalar(
        select(func.count())
        .select_from(TrainingAttendance)
        .where(TrainingAttendance.registration_id == registration.id, TrainingAttendance.present.is_(True))
    )
    return CertificateDocument(
        header=office_header(office),
        number=certificate.number,
        issued_on=certificate.issued_on,
        name=person.name,
        birth_place=person.birth_place,
        birth_date=person.birth_date,
        programme_title=programme.title,
        organiser=programme.organiser,
        place=programme.place,
        starts_on=programme.starts_on,
        ends_on=programme.ends_on,
        sessions_attended=int(attended or 0),
        sessions_total=int(sessions or 0),
        lurah=Signer(
            (f"LURAH {office.village_name.upper()},",), office.lurah_name, office.lurah_rank, office.lurah_nip
        ),
        qr_text=certificate.qr_text,
        registration_id=registration.id,
    )


def sessions_needed(s: Session, row: TrainingProgramme) -> int:
    """Sessions a participant must attend for a certificate (at least one when there are sessions)."""
    total = (
        s.scalar(select(func.count()).select_from(TrainingSession).where(TrainingSession.programme_id == row.id)) or 0
    )
    if not total:
        return 0
    return max(1, -(-total * row.min_attendance_percent // 100))

"""Certificates of a training programme: who has earned one, issuing them (each numbered from the letter
counters and QR-signed with the office key, in its own unit of work) and printing them as one PDF.

`TrainingService` takes these actions from `CertificateActions`; they share its store, numbers and signer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy import func, select

from kelurahan_desk.core.documents.certificate_pdf import CertificateDocument, render_certificates
from kelurahan_desk.core.documents.qr_payload import QrData, nik_hash, short_name
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.issued_documents import NumberIssuer, QrSigner
from kelurahan_desk.core.services.permissions import Actor, Permission
from kelurahan_desk.core.services.training_records import (
    certificate_document,
    load_registrations,
    office_of,
    programme_of,
    registration_of,
    sessions_needed,
)
from kelurahan_desk.core.services.training_views import ProgrammeView, RegistrationView
from kelurahan_desk.core.store.atomic_file import write_bytes_atomic
from kelurahan_desk.core.store.models import Resident
from kelurahan_desk.core.store.models.programmes import (
    TrainingAttendance,
    TrainingCertificate,
    TrainingRegistration,
)
from kelurahan_desk.core.store.unit_of_work import Store

CERTIFICATE_CLASSIFICATION = "500.3"  # Koperasi, UKM dan Penanaman Modal (Permendagri 83/2022)
CERTIFICATE_TYPE = "SRT"
Progress = Callable[[int, int], None]


class CertificateActions:
    _store: Store
    _numbers: NumberIssuer
    _signer: Callable[[], QrSigner]

    def programme(self, actor: Actor, programme_id: str) -> ProgrammeView:
        raise NotImplementedError

    # --- certificates --------------------------------------------------------------------------

    def eligible_for_certificate(self, actor: Actor, programme_id: str) -> list[RegistrationView]:
        """Participants who came to enough sessions and have no certificate yet."""
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            row = programme_of(s, programme_id)
            needed = sessions_needed(s, row)
            return [
                r
                for r in load_registrations(s, row)
                if r.status == "peserta" and not r.certificate_number and needed and r.sessions_attended >= needed
            ]

    def issue_certificates(
        self,
        actor: Actor,
        programme_id: str,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[str]:
        """A certificate for every eligible participant, each in its own unit of work (a stop keeps those
        already issued). Returns their numbers."""
        actor.require(Permission.MANAGE_PROGRAMMES)
        signer = self._signer()
        waiting = self.eligible_for_certificate(actor, programme_id)
        numbers: list[str] = []
        for done, registration in enumerate(waiting, start=1):
            if cancelled is not None and cancelled():
                break
            numbers.append(self._issue_certificate(actor, registration.id, signer))
            if progress is not None:
                progress(done, len(waiting))
        return numbers

    def issue_certificate(self, actor: Actor, registration_id: str) -> str:
        actor.require(Permission.MANAGE_PROGRAMMES)
        return self._issue_certificate(actor, registration_id, self._signer())

    def certificates(self, actor: Actor, programme_id: str) -> list[CertificateDocument]:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            row = programme_of(s, programme_id)
            certificates = s.scalars(
                select(TrainingCertificate)
                .join(TrainingRegistration, TrainingRegistration.id == TrainingCertificate.registration_id)
                .where(TrainingRegistration.programme_id == row.id)
                .order_by(TrainingCertificate.number)
            ).all()
            return [certificate_document(s, row, c) for c in certificates]

    def certificates_pdf(self, actor: Actor, programme_id: str, registration_ids: Iterable[str] | None = None) -> bytes:
        """Every issued certificate of the programme (or those of `registration_ids`), one per page."""
        wanted = set(registration_ids) if registration_ids is not None else None
        docs = [d for d in self.certificates(actor, programme_id) if wanted is None or d.registration_id in wanted]
        if not docs:
            raise ValidationError("certificates", "no_certificates")
        return render_certificates(docs)

    def save_certificates(self, actor: Actor, programme_id: str, path: Path) -> int:
        """Every issued certificate into one PDF at `path`; returns how many."""
        pdf = self.certificates_pdf(actor, programme_id)
        write_bytes_atomic(Path(path), pdf)
        return self.programme(actor, programme_id).certificates

    def _issue_certificate(self, actor: Actor, registration_id: str, signer: QrSigner) -> str:
        today = self._store.clock.today()
        with self._store.write(actor.username, "training.certificate") as s:
            registration = registration_of(s, registration_id)
            row = programme_of(s, registration.programme_id)
            needed = sessions_needed(s, row)
            attended = (
                s.scalar(
                    select(func.count())
                    .select_from(TrainingAttendance)
                    .where(TrainingAttendance.registration_id == registration.id, TrainingAttendance.present.is_(True))
                )
                or 0
            )
            if registration.status != "peserta" or not needed or attended < needed:
                raise ValidationError(
                    "registration", "certificate_not_earned", {"needed": needed, "attended": attended}
                )
            if s.scalar(select(TrainingCertificate.id).where(TrainingCertificate.registration_id == registration.id)):
                raise ValidationError("registration", "certificate_issued")
            number = self._numbers(
                s, classification=CERTIFICATE_CLASSIFICATION, type_code=CERTIFICATE_TYPE, issued_on=today
            )
            resident = s.get(Resident, registration.resident_id)
            assert resident is not None
            certificate = TrainingCertificate(
                registration_id=registration.id,
                number=number,
                issued_on=today,
                qr_text="",
                issued_at=self._store.clock.now(),
                issued_by=actor.username,
            )
            s.add(certificate)
            s.flush()
            seq = max(a.seq for a in Store.journal(s).audit_rows if a.entity_id == certificate.id)
            office_code = office_of(s).code
            certificate.qr_text = signer.sign(
                QrData(
                    letter_number=number,
                    type_code=CERTIFICATE_TYPE,
                    issued_on=today,
                    office_code=office_code,
                    short_name=short_name(resident.name) or "-",
                    nik_hash=nik_hash(resident.nik, number.encode()),
                    audit_seq=seq,
                )
            )
            return number

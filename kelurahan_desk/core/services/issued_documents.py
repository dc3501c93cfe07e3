"""What the programme services need from the letter side to issue a document: a number from the
office's letter counters, and a signature on the QR text with the office key.

The letter service owns both; the composition root hands them over as these two seams, so that a
berita acara or a certificate is numbered from the same counters as letters (never a number twice)
and is verified by `kelurahan-desk verify` like any letter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from kelurahan_desk.core.documents.qr_payload import QrData
from kelurahan_desk.core.store.models import Resident
from kelurahan_desk.core.store.models.programmes import (
    MusrenbangCycle,
    TrainingCertificate,
    TrainingProgramme,
    TrainingRegistration,
)

DOCUMENT_TITLES = {"BAMUS": "Berita Acara Musrenbang Kelurahan", "SRT": "Sertifikat Pelatihan"}
"""Titles of the type codes that programme documents carry in their QR (verify, letter register)."""
DOCUMENT_CLASSIFICATIONS = {"BAMUS": "000.7.1", "SRT": "500.3"}


@dataclass(frozen=True)
class IssuedDocument:
    """A berita acara or a certificate as the letter register lists it."""

    number: str
    type_code: str
    classification: str
    title: str
    issued_on: date | None
    holder_name: str
    purpose: str


class NumberIssuer(Protocol):
    def __call__(self, s: Session, *, classification: str, type_code: str, issued_on: date) -> str:
        """The next number, drawn inside the caller's unit of work (a rollback gives it back)."""
        ...


class QrSigner(Protocol):
    def sign(self, data: QrData) -> str:
        """The signed QR text (`qr_payload.sign_payload`) with the office's current key."""
        ...


def programme_document_payload(s: Session, number: str) -> str | None:
    """The signed QR text stored with a berita acara or a certificate of this office, by its number (for the
    letter register check of `kelurahan-desk verify`); None when no such document was issued."""
    found = s.scalar(select(TrainingCertificate.qr_text).where(TrainingCertificate.number == number))
    if found is None:
        found = s.scalar(select(MusrenbangCycle.berita_acara_qr).where(MusrenbangCycle.berita_acara_number == number))
    return found or None


def programme_document(s: Session, number: str) -> IssuedDocument | None:
    """The berita acara or certificate of this office that was given `number`; None when there is none."""
    certificate = s.execute(
        select(TrainingCertificate.issued_on, Resident.name, TrainingProgramme.title)
        .join(TrainingRegistration, TrainingRegistration.id == TrainingCertificate.registration_id)
        .join(Resident, Resident.id == TrainingRegistration.resident_id)
        .join(TrainingProgramme, TrainingProgramme.id == TrainingRegistration.programme_id)
        .where(TrainingCertificate.number == number)
    ).first()
    if certificate is not None:
        issued_on, name, programme = certificate
        return _document(number, "SRT", issued_on, name, programme)
    cycle = s.execute(
        select(MusrenbangCycle.berita_acara_on, MusrenbangCycle.year).where(
            MusrenbangCycle.berita_acara_number == number
        )
    ).first()
    if cycle is not None:
        return _document(number, "BAMUS", cycle.berita_acara_on, "", f"Musrenbang Kelurahan {cycle.year}")
    return None


def _document(number: str, code: str, issued_on: date | None, holder: str, purpose: str) -> IssuedDocument:
    return IssuedDocument(
        number, code, DOCUMENT_CLASSIFICATIONS[code], DOCUMENT_TITLES[code], issued_on, holder, purpose
    )

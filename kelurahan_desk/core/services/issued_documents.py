"""What the programme services need from the letter side to issue a document: a number from the
office's letter counters, and a signature on the QR text with the office key.

The letter service owns both; the composition root hands them over as these two seams, so that a
berita acara or a certificate is numbered from the same counters as letters (never a number twice)
and is verified by `kelurahan-desk verify` like any letter.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from kelurahan_desk.core.documents.qr_payload import QrData
from kelurahan_desk.core.store.models.programmes import MusrenbangCycle, TrainingCertificate


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

"""What the programme services need from the letter side to issue a document: a number from the
office's letter counters, and a signature on the QR text with the office key.

The letter service owns both; the composition root hands them over as these two seams, so that a
berita acara or a certificate is numbered from the same counters as letters (never a number twice)
and is verified by `kelurahan-desk verify` like any letter.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from sqlalchemy.orm import Session

from kelurahan_desk.core.documents.qr_payload import QrData


class NumberIssuer(Protocol):
    def __call__(self, s: Session, *, classification: str, type_code: str, issued_on: date) -> str:
        """The next number, drawn inside the caller's unit of work (a rollback gives it back)."""
        ...


class QrSigner(Protocol):
    def sign(self, data: QrData) -> str:
        """The signed QR text (`qr_payload.sign_payload`) with the office's current key."""
        ...

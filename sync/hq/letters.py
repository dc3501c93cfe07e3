"""Checking a letter's signed QR payload against the issuing office's registered key and HQ's list of
revoked letters.

The payload format belongs to the office app; HQ only needs the signed text, the signature and the
letter number. A `QrPayloadReader` can be plugged into the app to split a scanned QR text into these
parts; without one, callers send the parts themselves."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, select

from sync import signing
from sync.errors import ProtocolError
from sync.hq.offices import OfficeRegistry
from sync.hq.schema import records


@dataclass(frozen=True)
class QrParts:
    office: str
    letter_number: str
    signed_text: str
    signature: bytes


QrPayloadReader = Callable[[str], QrParts]


@dataclass(frozen=True)
class LetterVerdict:
    valid: bool
    reason: str
    office: str
    letter_number: str
    key_id: str | None

    def to_dict(self) -> dict[str, object]:
        return {"valid": self.valid, "reason": self.reason, "office": self.office,
                "letter_number": self.letter_number, "key_id": self.key_id}


def verify_letter(engine: Engine, parts: QrParts) -> LetterVerdict:
    """valid=True only for a genuine signature by the office's registered key of a letter not revoked."""
    office = OfficeRegistry(engine).get(parts.office)

    def verdict(ok: bool, reason: str) -> LetterVerdict:
        return LetterVerdict(ok, reason, parts.office, parts.letter_number, office.key_id if office else None)

    if office is None or office.public_key is None:
        return verdict(False, "unknown_office")
    if not signing.verify(office.public_key, parts.signed_text.encode("utf-8"), parts.signature):
        return verdict(False, "bad_signature")
    with engine.connect() as conn:
        revoked = conn.scalar(select(records.c.entity_id).where(
            records.c.entity == "revoked_letter", records.c.entity_id == parts.letter_number,
            records.c.deleted.is_(False)))
    if revoked:
        return verdict(False, "revoked")
    return verdict(True, "genuine")


def parts_from_request(office: str, letter_number: str, payload: str, signature_b64: str) -> QrParts:
    try:
        signature = signing.unb64(signature_b64, "bad_signature", 200)
    except ProtocolError:
        signature = b""
    return QrParts(office, letter_number, payload, signature)

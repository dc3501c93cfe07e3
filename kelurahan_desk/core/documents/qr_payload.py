"""The signed text in the QR code of every issued letter and certificate.

Anyone holding the office's public key can check a printed letter offline. The text stays readable
to a person with a phone (letter number and short name show in clear) and short enough for a small QR:

    KD1:<office>|<key id>|<letter number>|<type>|<issued YYYYMMDD>|<valid until or empty>|<audit seq>
        |<short name>|<NIK hash>|<Ed25519 signature, base64url>

The signature covers every byte before the last `|`, prefix included. Free text (letter number, short
name) is percent-encoded so that `|`, `%` and non-ASCII never reach the QR. The NIK itself is never in
the payload, only a salted SHA-256 prefix (`nik_hash`), since anyone can read a QR code.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import re
from collections.abc import Container, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Literal
from urllib.parse import quote, unquote

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kelurahan_desk.core.domain.identity_numbers import nik_hash
from kelurahan_desk.core.errors import ValidationError

PREFIX = "KD1:"
MAX_PAYLOAD_CHARS = 400
SHORT_NAME_MAX = 20
LETTER_NUMBER_MAX = 48

Status = Literal["valid", "invalid_signature", "malformed", "unknown_key", "revoked", "expired"]

_SAFE_TEXT = " /.,'()-:+&#"
_OFFICE_CODE = re.compile(r"[0-9A-Za-z.\-]{1,24}")
_KEY_ID = re.compile(r"[0-9a-f]{8,32}")
_TYPE_CODE = re.compile(r"[0-9A-Za-z._\-]{1,16}")
_DATE = re.compile(r"[0-9]{8}")
_AUDIT_SEQ = re.compile(r"0|[1-9][0-9]{0,15}")
_NIK_HASH = re.compile(r"[0-9a-f]{8,64}")
_SIGNATURE = re.compile(r"[A-Za-z0-9_\-]{86}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_FIELD_COUNT = 10


@dataclass(frozen=True)
class QrData:
    """What a QR code vouches for. `short_name` is e.g. "Siti A. R." (see `short_name`)."""

    letter_number: str
    type_code: str
    issued_on: date
    office_code: str
    short_name: str
    nik_hash: str
    audit_seq: int
    valid_until: date | None = None


@dataclass(frozen=True)
class Verification:
    """Outcome of `verify_payload`. `data` is set only when the signature checked out (valid, revoked, expired)."""

    status: Status
    data: QrData | None = None
    key_id: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == "valid"


def holder_matches(data: QrData, nik: str, salt: str) -> bool:
    """True when `nik` is the NIK that the payload's hash was made from (`identity_numbers.nik_hash`, salted
    with the letter number so that one person's letters cannot be linked by the hash)."""
    expected = nik_hash(nik, salt.encode("utf-8"))
    return hmac.compare_digest(expected[: len(data.nik_hash)], data.nik_hash)


def short_name(full_name: str, max_length: int = SHORT_NAME_MAX) -> str:
    """First name plus initials: "Siti Aminah Rahayu, S.Pd." -> "Siti A. R."; degrees after a comma drop."""
    words = full_name.split(",")[0].split()
    if not words:
        return ""
    result = words[0][:max_length]
    for word in words[1:]:
        initial = next((ch for ch in word if ch.isalnum()), "")
        if not initial:
            continue
        candidate = f"{result} {initial.upper()}."
        if len(candidate) > max_length:
            break
        result = candidate
    return result


def revocation_key(office_code: str, letter_number: str) -> str:
    """An entry of the `revoked` set that names one office's letter (numbers are unique per office only)."""
    return f"{office_code}:{letter_number}"


@dataclass(frozen=True)
class UnverifiedPayload:
    """A well-formed payload split into its parts, signature not yet checked (e.g. for HQ's own check)."""

    data: QrData
    key_id: str
    signed_text: str
    signature: bytes


def read_payload(text: str) -> UnverifiedPayload | None:
    """The parts of a well-formed payload, or None. Trust nothing in it before `verify_payload`."""
    parsed = _parse(text)
    if parsed is None:
        return None
    message, key_id, data, signature = parsed
    return UnverifiedPayload(data, key_id, message, signature)


def sign_payload(data: QrData, private_key: Ed25519PrivateKey, key_id: str) -> str:
    """The QR text for `data`; raises ValidationError for a field that cannot be carried."""
    _check(data, key_id)
    fields = [
        data.office_code,
        key_id,
        _quote(data.letter_number),
        data.type_code,
        _yyyymmdd(data.issued_on),
        _yyyymmdd(data.valid_until) if data.valid_until else "",
        str(data.audit_seq),
        _quote(data.short_name),
        data.nik_hash,
    ]
    message = PREFIX + "|".join(fields)
    text = f"{message}|{_b64(private_key.sign(message.encode('ascii')))}"
    if len(text) > MAX_PAYLOAD_CHARS:
        raise ValidationError("qr_payload", "too_long", {"length": len(text), "max": MAX_PAYLOAD_CHARS})
    return text


def verify_payload(
    text: str,
    public_keys: Mapping[str, Ed25519PublicKey],
    revoked: Container[str] = (),
    today: date | None = None,
) -> Verification:
    """Check a scanned QR text. Never raises on bad input. `today=None` skips the validity-period check.

    `revoked` holds letter numbers as HQ publishes them (a bare number matches that number from any office)
    or `revocation_key(office_code, letter_number)` entries (only that office's letter).
    """
    parsed = _parse(text)
    if parsed is None:
        return Verification("malformed")
    message, key_id, data, signature = parsed
    key = public_keys.get(key_id)
    if key is None:
        return Verification("unknown_key", key_id=key_id)
    try:
        key.verify(signature, message.encode("ascii"))
    except InvalidSignature:
        return Verification("invalid_signature", key_id=key_id)
    if data.letter_number in revoked or revocation_key(data.office_code, data.letter_number) in revoked:
        return Verification("revoked", data, key_id)
    if today is not None and data.valid_until is not None and today > data.valid_until:
        return Verification("expired", data, key_id)
    return Verification("valid", data, key_id)


def _check(data: QrData, key_id: str) -> None:
    rules: list[tuple[str, bool]] = [
        ("office_code", bool(_OFFICE_CODE.fullmatch(data.office_code))),
        ("key_id", bool(_KEY_ID.fullmatch(key_id))),
        ("letter_number", _is_text(data.letter_number, LETTER_NUMBER_MAX)),
        ("type_code", bool(_TYPE_CODE.fullmatch(data.type_code))),
        ("short_name", _is_text(data.short_name, SHORT_NAME_MAX)),
        ("nik_hash", bool(_NIK_HASH.fullmatch(data.nik_hash))),
        ("audit_seq", isinstance(data.audit_seq, int) and _AUDIT_SEQ.fullmatch(str(data.audit_seq)) is not None),
    ]
    for field_name, ok in rules:
        if not ok:
            raise ValidationError(field_name, "not_allowed_in_qr")
    if data.valid_until is not None and data.valid_until < data.issued_on:
        raise ValidationError("valid_until", "before_issue")


def _parse(text: object) -> tuple[str, str, QrData, bytes] | None:
    if not isinstance(text, str) or len(text) > MAX_PAYLOAD_CHARS or not text.startswith(PREFIX):
        return None
    if not text.isascii():
        return None
    message, _, signature_text = text.rpartition("|")
    fields = message[len(PREFIX) :].split("|")
    if len(fields) != _FIELD_COUNT - 1 or not _SIGNATURE.fullmatch(signature_text):
        return None
    signature = _unb64(signature_text)
    office, key_id, number_text, type_code, issued_text, until_text, seq_text, name_text, hash_text = fields
    number = _unquote(number_text)
    name = _unquote(name_text)
    issued = _date(issued_text)
    until = _date(until_text) if until_text else None
    if (
        signature is None
        or number is None
        or name is None
        or issued is None
        or (until_text and until is None)
        or not _OFFICE_CODE.fullmatch(office)
        or not _KEY_ID.fullmatch(key_id)
        or not _TYPE_CODE.fullmatch(type_code)
        or not _AUDIT_SEQ.fullmatch(seq_text)
        or not _NIK_HASH.fullmatch(hash_text)
        or not _is_text(number, LETTER_NUMBER_MAX)
        or not _is_text(name, SHORT_NAME_MAX)
    ):
        return None
    data = QrData(
        letter_number=number,
        type_code=type_code,
        issued_on=issued,
        office_code=office,
        short_name=name,
        nik_hash=hash_text,
        audit_seq=int(seq_text),
        valid_until=until,
    )
    return message, key_id, data, signature


def _is_text(value: object, max_length: int) -> bool:
    return (
        isinstance(value, str)
        and 0 < len(value) <= max_length
        and value == value.strip()
        and not _CONTROL.search(value)
    )


def _quote(value: str) -> str:
    return quote(value, safe=_SAFE_TEXT)


def _unquote(text: str) -> str | None:
    """Inverse of `_quote`, accepting only its canonical output."""
    try:
        value = unquote(text, errors="strict")
    except UnicodeDecodeError:
        return None
    return value if _quote(value) == text else None


def _yyyymmdd(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _date(text: str) -> date | None:
    if not _DATE.fullmatch(text):
        return None
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes | None:
    """Signature bytes, only for the one canonical spelling (the unused low bits of the last char are zero)."""
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        return None
    return raw if _b64(raw) == text else None

"""Checking a letter someone brings back: its QR text, or a scan, photo or PDF of it — offline.

`LetterVerifier` needs only public keys (and, if known, revoked letters); it works on a PC with no office
store. `LetterVerifyService` is the office's own checker: its keys, its revoked letters, its type names,
and whether the letter is in its own register. Berita acara and training certificates carry the same
signed QR; they count as in the register when the office issued them.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select

from kelurahan_desk.core.clock import Clock
from kelurahan_desk.core.documents.office_keys import key_id_for, public_key_from_pem
from kelurahan_desk.core.documents.qr_decode import decode_qr_from_file
from kelurahan_desk.core.documents.qr_payload import PREFIX, revocation_key, verify_payload
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.issued_documents import DOCUMENT_TITLES, programme_document_payload
from kelurahan_desk.core.services.office_keys_service import OfficeKeyService
from kelurahan_desk.core.services.permissions import Actor, Permission
from kelurahan_desk.core.store.models import Letter, LetterType, Office
from kelurahan_desk.core.store.unit_of_work import Store


@dataclass(frozen=True)
class LetterCheck:
    """`status`: valid, invalid_signature, malformed, unknown_key, revoked or expired. The letter's facts are
    set only when the signature checked out (valid, revoked, expired)."""

    status: str
    key_id: str | None = None
    office_code: str = ""
    office_name: str = ""
    number: str = ""
    type_code: str = ""
    type_title: str = ""
    issued_on: date | None = None
    valid_until: date | None = None
    short_name: str = ""
    audit_seq: int | None = None
    revoked: bool = False
    expired: bool = False
    in_register: bool | None = None
    """True/False when checked by the issuing office against its own register; None elsewhere."""

    @property
    def ok(self) -> bool:
        return self.status == "valid"


@dataclass
class LetterVerifier:
    public_keys: Mapping[str, Ed25519PublicKey]
    revoked: Container[str] = ()
    office_names: Mapping[str, str] = field(default_factory=dict)
    type_titles: Mapping[str, str] = field(default_factory=dict)

    def check_text(self, text: str, today: date) -> LetterCheck:
        result = verify_payload(text.strip(), self.public_keys, self.revoked, today)
        if result.data is None:
            return LetterCheck(result.status, key_id=result.key_id)
        data = result.data
        revoked = data.letter_number in self.revoked or revocation_key(data.office_code, data.letter_number) in (
            self.revoked
        )
        return LetterCheck(
            status=result.status,
            key_id=result.key_id,
            office_code=data.office_code,
            office_name=self.office_names.get(data.office_code, ""),
            number=data.letter_number,
            type_code=data.type_code,
            type_title=self.type_titles.get(data.type_code, ""),
            issued_on=data.issued_on,
            valid_until=data.valid_until,
            short_name=data.short_name,
            audit_seq=data.audit_seq,
            revoked=revoked,
            expired=data.valid_until is not None and today > data.valid_until,
        )

    def check_file(self, path: Path, today: date) -> LetterCheck:
        """The letter's QR read from a PNG, JPEG or PDF; ValidationError("file", …) when none can be read."""
        found = decode_qr_from_file(path)
        ours = [text for text in found if text.startswith(PREFIX)] or found
        checks = [self.check_text(text, today) for text in ours]
        return next((check for check in checks if check.status != "malformed"), checks[0])


def read_public_key_files(paths: Iterable[Path]) -> dict[str, Ed25519PublicKey]:
    keys: dict[str, Ed25519PublicKey] = {}
    for path in paths:
        try:
            key = public_key_from_pem(Path(path).read_bytes())
        except OSError as exc:
            raise ValidationError("public_key", "file_not_found", {"path": str(path)}) from exc
        except ValidationError as exc:
            raise ValidationError(exc.field, exc.code, {**exc.params, "path": str(path)}) from exc
        keys[key_id_for(key)] = key
    return keys


def read_revoked_file(path: Path) -> set[str]:
    """One revoked letter per line: its number, or `<office code>:<number>`; `#` starts a comment."""
    try:
        lines = Path(path).read_text("utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError("revoked", "file_unreadable", {"path": str(path)}) from exc
    return {line.split("#", 1)[0].strip() for line in lines} - {""}


class LetterVerifyService:
    def __init__(self, store: Store, keys: OfficeKeyService) -> None:
        self._store = store
        self._keys = keys

    @property
    def clock(self) -> Clock:
        return self._store.clock

    def verifier(
        self, extra_keys: Mapping[str, Ed25519PublicKey] | None = None, extra_revoked: Iterable[str] = ()
    ) -> LetterVerifier:
        with self._store.read() as s:
            office = s.scalar(select(Office).limit(1))
            names = {office.code: f"Kelurahan {office.village_name}"} if office else {}
            code = office.code if office else ""
            revoked = {
                revocation_key(code, number)
                for number in s.scalars(select(Letter.number).where(Letter.state == "dicabut"))
                if number
            }
            titles = dict(DOCUMENT_TITLES)
            titles.update((code, title) for code, title in s.execute(select(LetterType.code, LetterType.title)))
        return LetterVerifier(
            {**self._keys.public_keys(), **(extra_keys or {})}, revoked | set(extra_revoked), names, titles
        )

    def check_text(self, actor: Actor, text: str, **extra: object) -> LetterCheck:
        actor.require(Permission.VIEW)
        return self._in_register(self.verifier(**extra).check_text(text, self.clock.today()), text)  # type: ignore[arg-type]

    def check_file(self, actor: Actor, path: Path, **extra: object) -> LetterCheck:
        actor.require(Permission.VIEW)
        check = self.verifier(**extra).check_file(Path(path), self.clock.today())  # type: ignore[arg-type]
        return self._in_register(check, None)

    def _in_register(self, check: LetterCheck, text: str | None) -> LetterCheck:
        """For this office's own letters: is the number in its register (with this very payload)?"""
        if check.key_id is None or not check.number:
            return check
        with self._store.read() as s:
            office_code = s.scalar(select(Office.code).limit(1))
            if office_code != check.office_code:
                return check
            payload = s.scalar(select(Letter.qr_payload).where(Letter.number == check.number))
            if payload is None:
                payload = programme_document_payload(s, check.number)
        found = payload is not None and (text is None or payload == text.strip())
        return LetterCheck(**{**check.__dict__, "in_register": found})

"""Offices HQ knows: creation with a one-time enrolment code, key registration, and request checks."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.engine import Connection

from sync import signing
from sync.batch_format import OFFICE_CODE
from sync.errors import ProtocolError
from sync.hq.database import in_transaction
from sync.hq.errors import HqError
from sync.hq.schema import audit_alerts, offices
from sync.protocol import utc_now_iso

ENROL_DAYS = 14
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


@dataclass(frozen=True)
class Office:
    code: str
    name: str
    public_key: bytes | None
    key_id: str | None
    enrolled_at: str | None
    epoch: int
    last_seq: int
    last_hash: str | None
    audit_seq: int
    audit_hash: str | None
    audit_status: str

    @classmethod
    def from_row(cls, row: Any) -> Office:
        return cls(row.code, row.name, bytes(row.public_key) if row.public_key else None, row.key_id,
                   row.enrolled_at, row.epoch, row.last_seq, row.last_hash, row.audit_seq, row.audit_hash,
                   row.audit_status)


def _hash_code(code: str) -> str:
    return hashlib.sha256(code.replace("-", "").upper().encode()).hexdigest()


def new_enrolment_code() -> str:
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(16))
    return "-".join(raw[i:i + 4] for i in range(0, 16, 4))


class OfficeRegistry:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def add(self, code: str, name: str) -> str:
        """Create the office (or give it a fresh code if it has not enrolled yet); returns the code."""
        if not OFFICE_CODE.match(code) or not name.strip():
            raise HqError(400, "bad_office", code)
        enrol_code = new_enrolment_code()
        expires = (datetime.now(UTC) + timedelta(days=ENROL_DAYS)).isoformat(timespec="seconds")

        def work(conn: Connection) -> None:
            row = conn.execute(select(offices.c.enrolled_at).where(offices.c.code == code)).first()
            values = {"name": name.strip(), "enrol_code_hash": _hash_code(enrol_code), "enrol_expires": expires}
            if row is None:
                conn.execute(insert(offices).values(code=code, created_at=utc_now_iso(), epoch=0, last_seq=0,
                                                    audit_seq=0, audit_status="none", **values))
            elif row.enrolled_at is None:
                conn.execute(update(offices).where(offices.c.code == code).values(**values))
            else:
                raise HqError(409, "already_enrolled", code)

        in_transaction(self._engine, work)
        return enrol_code

    def enrol(self, code: str, enrolment_code: str, public_key: bytes) -> Office:
        if len(public_key) != signing.KEY_BYTES:
            raise HqError(400, "bad_public_key")

        if not OFFICE_CODE.match(code):
            raise HqError(403, "enrolment_refused")

        def work(conn: Connection) -> Office:
            row = conn.execute(select(offices).where(offices.c.code == code).with_for_update()).first()
            if row is None or row.enrol_code_hash is None:
                raise HqError(403, "enrolment_refused")
            if not hmac.compare_digest(row.enrol_code_hash, _hash_code(enrolment_code)):
                raise HqError(403, "enrolment_refused")
            if row.enrol_expires < datetime.now(UTC).isoformat(timespec="seconds"):
                raise HqError(403, "enrolment_expired")
            conn.execute(update(offices).where(offices.c.code == code).values(
                public_key=public_key, key_id=signing.key_id(public_key), enrolled_at=utc_now_iso(),
                enrol_code_hash=None, enrol_expires=None))
            return Office.from_row(conn.execute(select(offices).where(offices.c.code == code)).one())

        return in_transaction(self._engine, work)

    def get(self, code: str, conn: Connection | None = None) -> Office | None:
        if not isinstance(code, str) or not OFFICE_CODE.match(code):
            return None
        query = select(offices).where(offices.c.code == code)
        if conn is not None:
            row = conn.execute(query).first()
        else:
            with self._engine.connect() as own:
                row = own.execute(query).first()
        return Office.from_row(row) if row else None

    def enrolled(self, code: str) -> Office:
        office = self.get(code)
        if office is None:
            raise HqError(403, "unknown_office")
        if office.public_key is None:
            raise HqError(403, "not_enrolled")
        return office

    def authenticate(self, code: str | None, signature_b64: str | None, method: str, target: str,
                     body: bytes) -> Office:
        """Check a request signed by an office: Ed25519 over ``METHOD\\nPATH?QUERY\\nsha256(body)``."""
        if not code or not signature_b64:
            raise HqError(401, "unsigned_request")
        office = self.enrolled(code)
        try:
            signature = signing.unb64(signature_b64, "bad_signature", 200)
        except ProtocolError as exc:
            raise HqError(401, "bad_signature") from exc
        if not signing.verify(office.public_key or b"", request_message(method, target, body), signature):
            raise HqError(401, "bad_signature")
        return office

    def all(self) -> list[Office]:
        with self._engine.connect() as conn:
            return [Office.from_row(r) for r in conn.execute(select(offices).order_by(offices.c.code))]

    def alerts(self, code: str) -> list[dict[str, Any]]:
        with self._engine.connect() as conn:
            rows = conn.execute(select(audit_alerts).where(audit_alerts.c.office == code).order_by(audit_alerts.c.id))
            return [dict(r._mapping) for r in rows]


def request_message(method: str, target: str, body: bytes) -> bytes:
    """What an office signs to authenticate a request (`target` is the path with its query string)."""
    return f"{method.upper()}\n{target}\n{hashlib.sha256(body).hexdigest()}".encode()

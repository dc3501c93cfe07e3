"""HQ staff who act through the API (taking in citizen reports, routing cases between offices).

Whoever runs ``kelurahan-hq`` on the HQ database is trusted already (publish, office add); for the API,
``kelurahan-hq staff add NAME`` makes a bearer token, stored only as its SHA-256, that a staff member
sends as ``Authorization: Bearer <token>``."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.engine import Connection

from sync.hq.database import in_transaction
from sync.hq.errors import HqError
from sync.hq.schema import staff_tokens
from sync.protocol import utc_now_iso

STAFF_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
TOKEN_PREFIX = "kdhq_"


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class StaffTokens:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def add(self, name: str) -> str:
        """A new token for `name` (replacing the one it had); returns it — it is shown only once."""
        if not STAFF_NAME.match(name):
            raise HqError(400, "bad_staff_name", name[:64])
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)

        def work(conn: Connection) -> None:
            exists = conn.execute(select(staff_tokens.c.name).where(staff_tokens.c.name == name)).first()
            values = {"token_hash": _hash(token), "created_at": utc_now_iso(), "revoked_at": None}
            if exists:
                conn.execute(update(staff_tokens).where(staff_tokens.c.name == name).values(**values))
            else:
                conn.execute(insert(staff_tokens).values(name=name, **values))

        in_transaction(self._engine, work)
        return token

    def revoke(self, name: str) -> bool:
        def work(conn: Connection) -> bool:
            done = conn.execute(update(staff_tokens).where(staff_tokens.c.name == name,
                                                           staff_tokens.c.revoked_at.is_(None))
                                .values(revoked_at=utc_now_iso()))
            return bool(done.rowcount)

        return in_transaction(self._engine, work)

    def authenticate(self, authorization: str | None) -> str:
        """The staff member's name for an ``Authorization: Bearer …`` header, or HqError 401."""
        scheme, _, token = (authorization or "").partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token.startswith(TOKEN_PREFIX) or len(token) > 200:
            raise HqError(401, "staff_token_required")
        digest = _hash(token)
        with self._engine.connect() as conn:
            row = conn.execute(select(staff_tokens.c.name, staff_tokens.c.token_hash, staff_tokens.c.revoked_at)
                               .where(staff_tokens.c.token_hash == digest)).first()
        if row is None or row.revoked_at is not None or not hmac.compare_digest(row.token_hash, digest):
            raise HqError(401, "staff_token_refused")
        return str(row.name)

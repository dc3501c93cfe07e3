"""HQ's own Ed25519 key, kept in the database so that every server process signs with the same key."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, insert, select

from sync import signing
from sync.hq.database import in_transaction
from sync.hq.schema import identity
from sync.protocol import utc_now_iso


@dataclass(frozen=True)
class HqIdentity:
    private_key: bytes
    public_key: bytes

    @property
    def key_id(self) -> str:
        return signing.key_id(self.public_key)


def load_identity(engine: Engine, create: bool = False) -> HqIdentity:
    """The stored key; with `create`, make one when there is none (``kelurahan-hq init``)."""

    def work(conn) -> HqIdentity:  # type: ignore[no-untyped-def]
        row = conn.execute(select(identity.c.private_key, identity.c.public_key).where(identity.c.id == 1)).first()
        if row is None:
            if not create:
                raise RuntimeError("HQ has no key yet: run `kelurahan-hq init`")
            private = signing.generate_private_key()
            public = signing.public_key_of(private)
            conn.execute(insert(identity).values(id=1, private_key=private, public_key=public,
                                                 created_at=utc_now_iso()))
            return HqIdentity(private, public)
        return HqIdentity(bytes(row.private_key), bytes(row.public_key))

    return in_transaction(engine, work)

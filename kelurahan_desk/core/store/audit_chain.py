"""The audit chain: each row's hash covers the previous row's hash and its own content."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kelurahan_desk.core.store.base import utc_text
from kelurahan_desk.core.store.models.journal import AuditEntry

GENESIS_HASH = "0" * 64


_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_json(value: Any) -> str:
    return _CANONICAL.encode(value)


def format_at(at: datetime) -> str:
    return utc_text(at)


def entry_hash(
    *,
    seq: int,
    prev_hash: str,
    at: datetime | str,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> str:
    body = canonical_json(
        {
            "seq": seq,
            "at": at if isinstance(at, str) else format_at(at),
            "actor": actor,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "before": before,
            "after": after,
        }
    )
    return hashlib.sha256((prev_hash + body).encode()).hexdigest()


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    rows_checked: int
    first_bad_seq: int | None = None
    problem: str = ""


def verify_chain(session: Session, chunk: int = 5000) -> ChainReport:
    """Walks the whole chain in order. Names the first row that was altered, or after which rows are missing."""
    prev_hash = GENESIS_HASH
    expected_seq = 1
    checked = 0
    last_seq = 0
    while True:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.seq > last_seq).order_by(AuditEntry.seq).limit(chunk)
        ).all()
        if not rows:
            return ChainReport(True, checked)
        for row in rows:
            if row.seq != expected_seq:
                return ChainReport(False, checked, expected_seq, "missing")
            if row.prev_hash != prev_hash:
                return ChainReport(False, checked, row.seq, "broken_link")
            recomputed = entry_hash(
                seq=row.seq,
                prev_hash=row.prev_hash,
                at=row.at,
                actor=row.actor,
                action=row.action,
                entity=row.entity,
                entity_id=row.entity_id,
                before=row.before,
                after=row.after,
            )
            if recomputed != row.hash:
                return ChainReport(False, checked, row.seq, "altered")
            prev_hash = row.hash
            expected_seq += 1
            checked += 1
            last_seq = row.seq
        session.expunge_all()

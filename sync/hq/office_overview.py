"""What HQ IT staff see per office (`kelurahan-hq office list`): when it last synced, what waits for it,
how many of its changes HQ rejected, and how far its clock was off at its last upload.

An office's stream cursors are noted each time it asks for the next batch (over HTTP or on a USB stick),
so HQ knows how many published batches the office has not taken yet."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, func, select, update
from sqlalchemy.engine import Connection

from sync.batch_format import REFERENCE_TARGET
from sync.hq.database import in_transaction, insert_ignoring_duplicates
from sync.hq.schema import batches, office_contacts, offices, quarantine, stream_heads
from sync.protocol import utc_now_iso


@dataclass(frozen=True)
class OfficeOverview:
    code: str
    name: str
    enrolled: bool
    last_sync: str | None
    last_upload: str | None
    batches_taken: int
    pending_downloads: int
    rejected: int
    clock_offset_ms: int | None
    audit_status: str

    def to_dict(self) -> dict[str, Any]:
        return dict(vars(self))


def note_contact(engine: Engine, office: str, stream: str, cursor: int, via: str = "http") -> None:
    """Remember that `office` asked for `stream` after `cursor` (it holds everything up to it)."""

    def work(conn: Connection) -> None:
        now = utc_now_iso()
        conn.execute(insert_ignoring_duplicates(conn, office_contacts).values(
            office=office, stream=stream, cursor=cursor, seen_at=now, via=via))
        conn.execute(update(office_contacts).where(office_contacts.c.office == office,
                                                   office_contacts.c.stream == stream)
                     .values(cursor=cursor, seen_at=now, via=via))

    in_transaction(engine, work)


def _offset(ack_payload: bytes | None) -> int | None:
    if not ack_payload:
        return None
    try:
        value = json.loads(bytes(ack_payload))["clock"]["office_offset_ms"]
    except (ValueError, KeyError, TypeError):
        return None
    return int(value) if isinstance(value, int) else None


def office_overview(engine: Engine) -> list[OfficeOverview]:
    with engine.connect() as conn:
        heads = {(r.stream, r.target): r.seq for r in conn.execute(
            select(stream_heads.c.stream, stream_heads.c.target, stream_heads.c.seq))}
        contacts: dict[str, dict[str, Any]] = {}
        for r in conn.execute(select(office_contacts)):
            contacts.setdefault(r.office, {})[r.stream] = r
        rejected = dict(conn.execute(select(quarantine.c.office, func.count()).group_by(quarantine.c.office)).all())
        uploads = dict(conn.execute(select(batches.c.office, func.max(batches.c.received_at))
                                    .group_by(batches.c.office)).all())
        taken = dict(conn.execute(select(batches.c.office, func.count()).group_by(batches.c.office)).all())
        found = []
        for o in conn.execute(select(offices).order_by(offices.c.code)):
            seen = contacts.get(o.code, {})
            pending = 0
            for stream, target in (("reference", REFERENCE_TARGET), ("office", o.code)):
                cursor = seen[stream].cursor if stream in seen else 0
                pending += max(0, heads.get((stream, target), 0) - cursor)
            last_ack = conn.scalar(select(batches.c.ack_payload).where(
                batches.c.office == o.code, batches.c.epoch == o.epoch, batches.c.seq == o.last_seq))
            times = [t for t in [uploads.get(o.code), *(c.seen_at for c in seen.values())] if t]
            found.append(OfficeOverview(
                code=o.code, name=o.name, enrolled=o.public_key is not None, last_sync=max(times) if times else None,
                last_upload=uploads.get(o.code), batches_taken=int(taken.get(o.code, 0)), pending_downloads=pending,
                rejected=int(rejected.get(o.code, 0)), clock_offset_ms=_offset(last_ack),
                audit_status=o.audit_status))
        return found

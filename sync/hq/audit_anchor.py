"""HQ's copy of each office's audit chain: every upload must extend it, or an alert is raised."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from sync.batch_format import GENESIS_HASH
from sync.hq.schema import audit_alerts, audit_entries


@dataclass(frozen=True)
class Checkpoint:
    seq: int
    hash: str
    status: str
    alert: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "hash": self.hash, "status": self.status, "alert": self.alert}


def anchor_audit(conn: Connection, office: Any, entries: tuple[dict[str, Any], ...], epoch: int, batch_seq: int,
                 now: str) -> Checkpoint:
    """Append the entries that continue the held chain. A rewritten entry (rollback, altered row) or a
    missing stretch (deleted rows) records an alert and leaves the held chain as it was."""
    held_seq, held_hash = office.audit_seq, office.audit_hash or GENESIS_HASH
    status = office.audit_status
    if not entries:
        return Checkpoint(held_seq, held_hash, status, None)
    fresh = [e for e in entries if e["seq"] > held_seq]
    alert: tuple[str, int, str] | None = None
    overlap = [e for e in entries if e["seq"] <= held_seq]
    if overlap:
        held = dict(conn.execute(
            select(audit_entries.c.seq, audit_entries.c.hash).where(
                audit_entries.c.office == office.code,
                audit_entries.c.seq.between(overlap[0]["seq"], overlap[-1]["seq"]),
            )
        ).all())
        for entry in overlap:
            if held.get(entry["seq"]) != entry["hash"]:
                alert = ("rollback", entry["seq"], "an entry HQ holds was sent with another hash")
                break
    if alert is None and fresh:
        first = fresh[0]
        if first["seq"] != held_seq + 1:
            alert = ("gap", held_seq + 1, f"entries {held_seq + 1}..{first['seq'] - 1} missing")
        elif first["prev_hash"] != held_hash:
            alert = ("break", first["seq"], "entry does not name the hash HQ holds")
    if alert is not None:
        kind, at_seq, detail = alert
        conn.execute(insert(audit_alerts).values(office=office.code, kind=kind, at_seq=at_seq, detail=detail,
                                                 epoch=epoch, batch_seq=batch_seq, created_at=now))
        return Checkpoint(held_seq, held_hash, "break", kind)
    if fresh:
        conn.execute(insert(audit_entries), [{"office": office.code, **e} for e in fresh])
        held_seq, held_hash = fresh[-1]["seq"], fresh[-1]["hash"]
    return Checkpoint(held_seq, held_hash, "break" if status == "break" else "ok", None)

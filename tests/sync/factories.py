"""Changes and audit entries in the shape the office outbox produces."""

from __future__ import annotations

import hashlib
from typing import Any

from sync.batch_format import GENESIS_HASH
from sync.ids import uuid7

WALL = "2026-11-28T02:07:00.123456Z"


def hlc(n: int, base_ms: int = 1_764_295_620_000) -> str:
    return f"{base_ms + n // 1000:013d}.{n % 1000:05d}"


def change(entity_id: str | None = None, *, op: str = "update", fields: dict[str, list[Any]] | None = None,
           base_rev: int = 1, entity: str = "resident", n: int = 0, change_id: str | None = None) -> dict[str, Any]:
    if fields is None:
        fields = {"name": [None if op == "insert" else "Siti", f"Siti {n}"]} if op != "delete" else {}
    return {
        "change_id": change_id or uuid7(),
        "entity": entity,
        "entity_id": entity_id or uuid7(),
        "op": op,
        "fields": fields,
        "base_rev": 0 if op == "insert" else base_rev,
        "hlc": hlc(n),
        "wall": WALL,
        "actor": "admin",
    }


def audit_chain(count: int, start_seq: int = 1, prev_hash: str = GENESIS_HASH, salt: str = "") -> list[dict[str, Any]]:
    entries = []
    for seq in range(start_seq, start_seq + count):
        digest = hashlib.sha256(f"{salt}{prev_hash}{seq}".encode()).hexdigest()
        entries.append({
            "seq": seq, "prev_hash": prev_hash, "hash": digest, "at": WALL, "actor": "admin",
            "action": "resident.update", "entity": "resident", "entity_id": "x",
        })
        prev_hash = digest
    return entries

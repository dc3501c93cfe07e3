"""Taking in one office batch: verify, place it in the office's sequence, apply every change once,
anchor the audit chain, and answer with a signed acknowledgement — all in one transaction."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.engine import Connection

from sync.entity_rules import DEFAULT_RULES, EntityRules
from sync.errors import ProtocolError
from sync.hlc import format_hlc, parse_hlc
from sync.hq import pg_bulk
from sync.hq.audit_anchor import anchor_audit
from sync.hq.database import in_transaction, is_postgres
from sync.hq.errors import HqError
from sync.hq.identity import HqIdentity
from sync.hq.offices import OfficeRegistry
from sync.hq.records import Key, load_records, save_records, stored_key
from sync.hq.schema import applied_changes, batches, conflicts, offices, quarantine
from sync.merge import MergeResult, StoredRecord, merge_change
from sync.protocol import Batch, SignedAck, decode_batch, encode_ack, peek_header

AHEAD_IGNORED_MS = 60_000
SKEW_WARNING_MS = 300_000
_CHUNK = 500


def _ms_to_iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="milliseconds")


class Ingest:
    def __init__(self, engine: Engine, hq: HqIdentity, rules: EntityRules = DEFAULT_RULES,
                 now_ms: Callable[[], int] = lambda: time.time_ns() // 1_000_000) -> None:
        self._engine = engine
        self._hq = hq
        self._rules = rules
        self._now_ms = now_ms
        self._offices = OfficeRegistry(engine)

    def upload(self, body: bytes, signature: bytes, client_time_ms: int | None = None) -> SignedAck:
        """Take in one batch; raises HqError for anything refused."""
        try:
            header = peek_header(body)
            if header.kind != "upload":
                raise HqError(400, "wrong_kind", header.kind)
            office = self._offices.enrolled(header.office)
            batch = decode_batch(body, signature, office.public_key or b"")
        except ProtocolError as err:
            raise HqError.from_protocol(err) from err
        received_ms = self._now_ms()
        return in_transaction(self._engine, lambda conn: self._take(conn, batch, body, signature, received_ms,
                                                                    client_time_ms))

    def _take(self, conn: Connection, batch: Batch, body: bytes, signature: bytes, received_ms: int,
              client_time_ms: int | None) -> SignedAck:
        h = batch.header
        office = conn.execute(select(offices).where(offices.c.code == h.office).with_for_update()).one()
        stored = conn.execute(select(batches.c.hash, batches.c.ack_payload, batches.c.ack_signature).where(
            batches.c.office == h.office, batches.c.epoch == h.epoch, batches.c.seq == h.seq)).first()
        if stored is not None:
            if stored.hash != batch.hash:
                raise HqError(409, "sequence_reused", "another batch was taken under this number",
                              expected_epoch=office.epoch, expected_seq=office.last_seq + 1)
            return SignedAck(bytes(stored.ack_payload), bytes(stored.ack_signature))
        self._check_place(office, h.epoch, h.seq, h.prev_hash)
        now = _ms_to_iso(received_ms)
        applied, duplicates, quarantined, conflict_notes, stamps_ahead = self._apply_changes(
            conn, batch, now, received_ms)
        checkpoint = anchor_audit(conn, office, batch.audit, h.epoch, h.seq, now)
        offset = None
        if client_time_ms is not None:
            offset = client_time_ms - received_ms
        elif batch.changes:
            offset = max(0, parse_hlc(h.hlc_max)[0] - received_ms) or None
        ack = {
            "office": h.office, "epoch": h.epoch, "seq": h.seq, "batch_hash": batch.hash, "received_at": now,
            "applied": applied, "duplicates": duplicates, "quarantined": quarantined, "conflicts": conflict_notes,
            "audit": checkpoint.to_dict(),
            "clock": {"office_offset_ms": offset, "stamps_ahead_ignored": stamps_ahead,
                      "warning": offset is not None and abs(offset) > SKEW_WARNING_MS},
        }
        signed = encode_ack(ack, self._hq.private_key)
        conn.execute(insert(batches).values(
            office=h.office, epoch=h.epoch, seq=h.seq, hash=batch.hash, body=body, signature=signature,
            ack_payload=signed.payload, ack_signature=signed.signature, received_at=now))
        conn.execute(update(offices).where(offices.c.code == h.office).values(
            epoch=h.epoch, last_seq=h.seq, last_hash=batch.hash, audit_seq=checkpoint.seq,
            audit_hash=checkpoint.hash, audit_status=checkpoint.status))
        return signed

    @staticmethod
    def _check_place(office: Any, epoch: int, seq: int, prev_hash: str) -> None:
        expected = {"expected_epoch": office.epoch, "expected_seq": office.last_seq + 1}
        if epoch < office.epoch:
            raise HqError(409, "stale_epoch", "", **expected)
        if epoch > office.epoch:
            if seq != 1:
                raise HqError(409, "sequence_gap", "a new epoch starts at 1", expected_epoch=epoch, expected_seq=1)
            return
        if seq <= office.last_seq:
            raise HqError(409, "sequence_reused", "", **expected)
        if seq > office.last_seq + 1:
            raise HqError(409, "sequence_gap", "", **expected)
        if prev_hash != office.last_hash:
            raise HqError(409, "chain_mismatch", "previous hash is not the last batch HQ took", **expected)

    def _apply_changes(self, conn: Connection, batch: Batch, now: str, received_ms: int
                       ) -> tuple[int, int, list[dict[str, Any]], list[dict[str, Any]], int]:
        h = batch.header
        ids = [c["change_id"] for c in batch.changes]
        postgres = is_postgres(conn)
        seen = pg_bulk.seen_change_ids(conn, ids) if postgres else _seen_change_ids(conn, ids)
        todo = [c for c in batch.changes if c["change_id"] not in seen]
        keys = {c["change_id"]: stored_key(self._rules.rule(c["entity"]), h.office, c["entity"], c["entity_id"])
                for c in todo}
        loaded = load_records(conn, keys.values())
        dirty: dict[Key, tuple[StoredRecord, str]] = {}
        guard_rows, quarantine_rows, conflict_rows = [], [], []
        quarantined, notes = [], []
        applied = stamps_ahead = 0
        may_hold_nul = _has_nul_escape([c["fields"] for c in todo])
        for change in todo:
            key = keys[change["change_id"]]
            if may_hold_nul and _has_nul(change["fields"]):
                result = MergeResult("quarantined", code="unstorable_value", detail="text with a NUL character")
                change = json.loads(json.dumps(change).replace("\\u0000", "\\ufffd"))
            else:
                result = merge_change(change, loaded.current.get(key), self._rules.rule(change["entity"]),
                                      author=h.office, side="office")
            guard_rows.append({"change_id": change["change_id"], "office": h.office, "epoch": h.epoch,
                               "seq": h.seq, "outcome": result.outcome})
            if result.outcome == "quarantined":
                quarantined.append({"change_id": change["change_id"], "code": result.code, "detail": result.detail})
                quarantine_rows.append({"office": h.office, "epoch": h.epoch, "seq": h.seq,
                                        "change_id": change["change_id"], "entity": key[0],
                                        "entity_id": change["entity_id"], "code": result.code,
                                        "detail": result.detail, "change": change, "created_at": now})
                continue
            for c in result.conflicts:
                notes.append({"change_id": change["change_id"], "entity": key[0], "entity_id": change["entity_id"],
                              "field": c.field, "winner": c.winner, "kept": c.kept_value, "lost": c.lost_value})
                conflict_rows.append({"entity": key[0], "entity_id": change["entity_id"], "field": c.field,
                                      "change_id": change["change_id"], "office": h.office, "winner": c.winner,
                                      "kept_value": c.kept_value, "lost_value": c.lost_value,
                                      "lost_by": c.lost_by, "created_at": now})
            if result.outcome == "applied" and result.record is not None:
                applied += 1
                stamp = change["hlc"]
                if parse_hlc(stamp)[0] > received_ms + AHEAD_IGNORED_MS:
                    stamp = format_hlc(received_ms, 0)
                    stamps_ahead += 1
                loaded.current[key] = result.record
                dirty[key] = (result.record, stamp)
        save_records(conn, loaded, dirty, now)
        if postgres:
            pg_bulk.insert_guards(conn, h.office, h.epoch, h.seq, [(r["change_id"], r["outcome"]) for r in guard_rows])
        elif guard_rows:
            conn.execute(insert(applied_changes), guard_rows)
        for table, rows in ((quarantine, quarantine_rows), (conflicts, conflict_rows)):
            if rows:
                conn.execute(insert(table), rows)
        return applied, len(batch.changes) - len(todo), quarantined, notes, stamps_ahead


def _seen_change_ids(conn: Connection, ids: list[str]) -> set[str]:
    seen: set[str] = set()
    for start in range(0, len(ids), _CHUNK):
        seen.update(conn.scalars(select(applied_changes.c.change_id).where(
            applied_changes.c.change_id.in_(ids[start:start + _CHUNK]))))
    return seen


def _has_nul_escape(value: Any) -> bool:
    """False when no text in `value` holds U+0000 (one pass in C); True may also be a text holding the
    six characters of its escape."""
    return "\\u0000" in json.dumps(value)


def _has_nul(value: Any) -> bool:
    """PostgreSQL text and JSON cannot hold U+0000; such a change is quarantined, not lost or blocking."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_nul(v) for v in value)
    return False

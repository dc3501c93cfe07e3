"""What HQ sends down: the `reference` stream (one for all offices) and each office's `office` stream
(citizen reports routed to it, HQ edits). Each is a dense sequence of signed batches."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.engine import Connection

from sync.batch_format import GENESIS_HASH, REFERENCE_TARGET
from sync.entity_rules import DEFAULT_RULES, EntityRules
from sync.hlc import HybridLogicalClock
from sync.hq.database import in_transaction
from sync.hq.errors import HqError
from sync.hq.identity import HqIdentity
from sync.hq.records import load_records, save_records, stored_key
from sync.hq.schema import records, stream_batches, stream_heads
from sync.ids import uuid7
from sync.merge import merge_change
from sync.protocol import SignedBatch, cut_batches, encode_batch, utc_now_iso

STREAMS = ("reference", "office")
HQ_AUTHOR = "HQ"


@dataclass(frozen=True)
class StreamBatch:
    seq: int
    head: int
    batch: SignedBatch


class Streams:
    def __init__(self, engine: Engine, hq: HqIdentity, rules: EntityRules = DEFAULT_RULES) -> None:
        self._engine = engine
        self._hq = hq
        self._rules = rules
        self._clock = HybridLogicalClock()

    def fetch(self, stream: str, target: str, after: int) -> StreamBatch | None:
        """The batch that follows `after`, or None when the office is up to date."""
        if stream not in STREAMS:
            raise HqError(404, "unknown_stream", stream)
        with self._engine.connect() as conn:
            head = conn.execute(select(stream_heads).where(stream_heads.c.stream == stream,
                                                           stream_heads.c.target == target)).first()
            if head is None or after >= head.seq:
                if head is not None and after > head.seq:
                    raise HqError(409, "cursor_ahead", "HQ has fewer batches than the office applied",
                                  head=head.seq)
                if head is None and after > 0:
                    raise HqError(409, "cursor_ahead", "HQ has published nothing on this stream", head=0)
                return None
            if after + 1 < head.retained_from:
                raise HqError(410, "snapshot_required", "", retained_from=head.retained_from)
            row = conn.execute(select(stream_batches).where(
                stream_batches.c.stream == stream, stream_batches.c.target == target,
                stream_batches.c.seq == after + 1)).one()
            return StreamBatch(row.seq, head.seq, SignedBatch(bytes(row.body), bytes(row.signature)))

    def head(self, stream: str, target: str) -> int:
        with self._engine.connect() as conn:
            return conn.scalar(select(stream_heads.c.seq).where(
                stream_heads.c.stream == stream, stream_heads.c.target == target)) or 0

    def publish_changes(self, conn: Connection, stream: str, target: str, changes: list[dict[str, Any]]) -> list[int]:
        """Append changes to a stream as one or more signed batches; returns their sequence numbers."""
        seqs = []
        for group in cut_batches(changes):
            head = conn.execute(select(stream_heads).where(stream_heads.c.stream == stream,
                                                           stream_heads.c.target == target).with_for_update()).first()
            if head is None:
                conn.execute(insert(stream_heads).values(stream=stream, target=target, seq=0, hash=GENESIS_HASH,
                                                         retained_from=1))
                seq, prev = 1, GENESIS_HASH
            else:
                seq, prev = head.seq + 1, head.hash
            signed = encode_batch(office=target, epoch=1, seq=seq, prev_hash=prev, changes=group,
                                  private_key=self._hq.private_key, kind=stream)
            conn.execute(insert(stream_batches).values(stream=stream, target=target, seq=seq, hash=signed.hash,
                                                       body=signed.body, signature=signed.signature,
                                                       created_at=utc_now_iso()))
            conn.execute(update(stream_heads).where(stream_heads.c.stream == stream,
                                                    stream_heads.c.target == target).values(seq=seq, hash=signed.hash))
            seqs.append(seq)
        return seqs

    def edit(self, conn: Connection, entity: str, entity_id: str, values: dict[str, Any] | None,
             owner: str = HQ_AUTHOR, actor: str = "hq") -> dict[str, Any] | None:
        """An HQ change to its own copy: insert (record missing), update, or delete (`values` None).
        Returns the change to publish, or None when nothing changed."""
        rule = self._rules.rule(entity)
        key = (entity, entity_id) if owner == HQ_AUTHOR else stored_key(rule, owner, entity, entity_id)
        loaded = load_records(conn, [key])
        stored = loaded.current.get(key)
        if values is None:
            if stored is None or stored.deleted:
                return None
            op, fields, base = "delete", {}, stored.rev
        elif stored is None or stored.deleted:
            if stored is not None:
                raise HqError(409, "record_deleted", f"{entity} {entity_id}")
            op, fields, base = "insert", {k: [None, v] for k, v in values.items()}, 0
        else:
            fields = {k: [stored.data.get(k), v] for k, v in values.items() if stored.data.get(k) != v}
            if not fields:
                return None
            op, base = "update", stored.rev
        stamp = self._clock.now()
        change = {"change_id": uuid7(), "entity": entity, "entity_id": entity_id, "op": op, "fields": fields,
                  "base_rev": base, "hlc": stamp, "wall": utc_now_iso(), "actor": actor}
        result = merge_change(change, stored, rule, author=owner if op == "insert" else HQ_AUTHOR, side="hq")
        if result.outcome != "applied" or result.record is None:
            raise HqError(409, result.code or "not_applied", result.detail)
        record = replace(result.record, updated_by=HQ_AUTHOR)
        save_records(conn, loaded, {key: (record, stamp)}, utc_now_iso())
        return change

    def publish_reference(self, data: dict[str, Iterable[dict[str, Any]]], actor: str = "hq") -> list[int]:
        """Make HQ's reference records equal `data` ({entity: [{"id": …, field: value}, …]}, each entity
        listed in full) and publish the difference on the reference stream."""

        def work(conn: Connection) -> list[int]:
            changes: list[dict[str, Any]] = []
            for entity, rows in data.items():
                wanted = {str(row["id"]): {k: v for k, v in row.items() if k != "id"} for row in rows}
                present = set(conn.scalars(select(records.c.entity_id).where(
                    records.c.entity == entity, records.c.owner == HQ_AUTHOR, records.c.deleted.is_(False))))
                for entity_id, values in sorted(wanted.items()):
                    change = self.edit(conn, entity, entity_id, values, actor=actor)
                    if change:
                        changes.append(change)
                for entity_id in sorted(present - set(wanted)):
                    change = self.edit(conn, entity, entity_id, None, actor=actor)
                    if change:
                        changes.append(change)
            return self.publish_changes(conn, "reference", REFERENCE_TARGET, changes) if changes else []

        return in_transaction(self._engine, work)

    def send_to_office(self, office: str, edits: list[tuple[str, str, dict[str, Any] | None]],
                       actor: str = "hq") -> list[int]:
        """HQ edits (entity, id, values or None to delete) of records an office keeps, published on its
        `office` stream. New records are created owned by that office (e.g. a routed citizen report)."""

        def work(conn: Connection) -> list[int]:
            changes = [c for e, i, v in edits if (c := self.edit(conn, e, i, v, owner=office, actor=actor))]
            return self.publish_changes(conn, "office", office, changes) if changes else []

        return in_transaction(self._engine, work)

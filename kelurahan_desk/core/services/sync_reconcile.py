"""Where the office's batch chain stands against HQ's, checked at the start of every round and after HQ
refuses a batch's number.

- HQ holds our chain up to its last batch: batches after it that we took as acknowledged were lost by
  HQ (restored from a backup) and are sent again, byte for byte.
- HQ holds batches we do not have (this store was restored from an older backup): the records HQ holds
  for this office are reloaded (`sync_rebuild`), so no work sent from here is lost, and a new epoch
  starts with every change HQ has not received.
- HQ stands before our epoch began: a new epoch sends every change again (HQ skips the ones it holds).

`run` only reads and plans (and marks batches for resending); `finish` carries out the plan in one
local transaction. A round that dies between the two plans the same again next time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from kelurahan_desk.core.services.routed_cases import number_arrived_cases
from kelurahan_desk.core.services.sync_batches import release_for_new_epoch
from kelurahan_desk.core.services.sync_rebuild import Key, RebuildRefused, rebuild
from kelurahan_desk.core.store.models.journal import OutboxChange
from kelurahan_desk.core.store.models.sync_state import SyncBatch, SyncLink
from kelurahan_desk.core.store.outbox_fill import unfilled_change_ids
from kelurahan_desk.core.store.unit_of_work import Store
from sync.client import HqClient, HqRefused
from sync.entity_rules import EntityRules
from sync.errors import ProtocolError
from sync.protocol import decode_batch

MAX_HELD_BATCHES = 100_000
PAGE = 1000


@dataclass
class Reconciled:
    resent: int = 0
    restart: tuple[int, int | None] | None = None
    reload: bool = False
    held_by_hq: set[str] = field(default_factory=set)
    reloaded: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def new_epoch(self) -> bool:
        return self.restart is not None


class Reconciler:
    def __init__(self, store: Store, rules: EntityRules, office: str, own_public_key: bytes,
                 now: Callable[[], datetime]) -> None:
        self._store = store
        self._rules = rules
        self._office = office
        self._own_key = own_public_key
        self._now = now

    def run(self, client: HqClient, cursor: dict[str, Any]) -> Reconciled:
        he, hs, hh = int(cursor["epoch"]), int(cursor["last_seq"]), cursor.get("last_hash")
        audit = cursor.get("audit") or {}
        done = Reconciled()
        with self._store.write("sync", "sync.cursor", capture_outbox=False) as s:
            link = s.get(SyncLink, 1)
            assert link is not None
            link.audit_seq = int(audit.get("seq") or 0)
            link.audit_status = str(audit.get("status") or "none")[:16]
            epoch = link.epoch
            acked = _acked_to(s, epoch)
            if he == epoch or (he == 0 and epoch == 1):
                anchor = s.scalar(select(SyncBatch.hash).where(SyncBatch.epoch == epoch, SyncBatch.seq == hs))
                if hs == 0 or anchor == hh:
                    if _bodies_kept_after(s, epoch, hs):
                        done.resent = _resend_after(s, epoch, hs)
                    else:
                        done.restart = (epoch + 1, hs + 1)
                    return done
            held_acked = _acked_to(s, he) if 0 < he < epoch else 0
        if he == epoch:
            ranges: list[tuple[int, int, int | None]] = [(epoch, acked + 1, hs)] if hs > acked else []
            restart_from: int | None = acked + 1 if hs > acked else None
        elif he > epoch:
            ranges = [(epoch, acked + 1, None), *[(e, 1, None) for e in range(epoch + 1, he + 1)]]
            restart_from = acked + 1
        else:
            ranges = [(he, held_acked + 1, hs)] if he and hs > held_acked else []
            restart_from = None
        for batch_epoch, start, stop in ranges:
            self._collect_held(client, batch_epoch, start, stop, done)
        with self._store.read() as s:
            done.reload = bool(done.held_by_hq - _in_outbox(s, sorted(done.held_by_hq)))
        done.restart = (max(epoch, he) + 1, restart_from)
        return done

    def finish(self, client: HqClient, done: Reconciled) -> None:
        if done.restart is None:
            return
        snapshot: list[dict[str, Any]] = []
        stream = (0, "")
        if done.reload:
            snapshot, stream = self._snapshot(client)
        skip: set[Key] = set()
        while True:
            try:
                with self._store.write("sync", "sync.reload", capture_outbox=False) as s:
                    link = s.get(SyncLink, 1)
                    assert link is not None
                    if done.reload:
                        counts = rebuild(s, snapshot, stream, done.held_by_hq, self._rules, self._office,
                                         self._now(), skip)
                        done.reloaded = counts.records
                    release_for_new_epoch(s, link, done.restart[0], done.restart[1])
                    if done.reload:
                        number_arrived_cases(s, self._store.clock.today())
                break
            except RebuildRefused as refused:
                if refused.key in skip:
                    raise
                skip.add(refused.key)
                done.problems.append(f"reload {refused.key[0]} {refused.key[1]}: not_stored")

    def _snapshot(self, client: HqClient) -> tuple[list[dict[str, Any]], tuple[int, str]]:
        page = client.records(limit=PAGE)
        head = page["stream"]
        found = list(page["records"])
        while page["more"]:
            last = found[-1]
            page = client.records(last["entity"], last["entity_id"], PAGE)
            found += page["records"]
        return found, (int(head["seq"]), str(head["hash"]))

    def _collect_held(self, client: HqClient, epoch: int, start: int, stop: int | None, done: Reconciled) -> None:
        """Change ids of the batches HQ holds in `epoch` from `start` on (to `stop`, or as far as it has)."""
        seq = start
        while (stop is None or seq <= stop) and seq - start < MAX_HELD_BATCHES:
            try:
                stored = client.stored_batch(epoch, seq)
            except HqRefused as refusal:
                if refusal.status != 404:
                    done.problems.append(f"held {epoch}-{seq}: {refusal.code}")
                return
            try:
                batch = decode_batch(stored.body, stored.signature, self._own_key)
            except ProtocolError as err:
                done.problems.append(f"held {epoch}-{seq}: {err.code}")
            else:
                done.held_by_hq.update(c["change_id"] for c in batch.changes)
            seq += 1


def _acked_to(s: Session, epoch: int) -> int:
    """The highest sequence of `epoch` up to which every batch is acknowledged."""
    first_open = s.scalar(select(func.min(SyncBatch.seq)).where(SyncBatch.epoch == epoch,
                                                               SyncBatch.acked_at.is_(None)))
    if first_open is not None:
        return int(first_open) - 1
    return int(s.scalar(select(func.max(SyncBatch.seq)).where(SyncBatch.epoch == epoch)) or 0)


def _in_outbox(s: Session, change_ids: list[str]) -> set[str]:
    found = unfilled_change_ids(s, change_ids)
    for start in range(0, len(change_ids), 500):
        found.update(s.scalars(select(OutboxChange.change_id).where(
            OutboxChange.change_id.in_(change_ids[start:start + 500]))))
    return found


def _bodies_kept_after(s: Session, epoch: int, hq_seq: int) -> bool:
    return not s.scalar(select(func.count()).select_from(SyncBatch).where(
        SyncBatch.epoch == epoch, SyncBatch.seq > hq_seq, SyncBatch.body.is_(None)))


def _resend_after(s: Session, epoch: int, hq_seq: int) -> int:
    """HQ holds our batches up to `hq_seq`: later ones taken as acknowledged go out again, byte for byte."""
    result = s.execute(update(SyncBatch).where(
        SyncBatch.epoch == epoch, SyncBatch.seq > hq_seq, SyncBatch.acked_at.is_not(None))
        .values(acked_at=None, ack_payload=None, ack_signature=None, applied=None, duplicates=None))
    return int(result.rowcount or 0)

"""Where the office's batch chain stands against HQ's, checked at the start of every round and after HQ
refuses a batch's number.

- HQ holds our chain up to its last batch: batches after it that we took as acknowledged were lost by
  HQ (restored from a backup) and are sent again, byte for byte.
- HQ holds batches we do not have (this store was restored from an older backup): their changes are
  taken back from HQ's copies, so no work done here is lost, and a new epoch starts.
- HQ stands before our epoch began: a new epoch sends every change again (HQ skips the ones it holds).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from kelurahan_desk.core.services.sync_batches import release_for_new_epoch
from kelurahan_desk.core.services.sync_downloads import DownloadApplier
from kelurahan_desk.core.store.models.journal import OutboxChange
from kelurahan_desk.core.store.models.sync_state import SyncBatch, SyncLink
from kelurahan_desk.core.store.unit_of_work import Store
from sync.client import HqClient, HqRefused
from sync.errors import ProtocolError
from sync.protocol import decode_batch

MAX_RECOVERED_BATCHES = 100_000
_CHUNK = 500


@dataclass
class Reconciled:
    new_epoch: bool = False
    resent: int = 0
    recovered_changes: int = 0
    problems: list[str] = field(default_factory=list)


class Reconciler:
    def __init__(self, store: Store, applier: DownloadApplier, own_public_key: bytes,
                 now: Callable[[], datetime]) -> None:
        self._store = store
        self._applier = applier
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
                    done.resent = self._resend_after(s, link, hs)
                    done.new_epoch = link.epoch != epoch
                    return done
        if he == epoch and hs > acked:
            ranges = [(epoch, acked + 1, hs)]
            restart_from: int | None = acked + 1
        elif he > epoch:
            ranges = [(epoch, acked + 1, None), *[(e, 1, None) for e in range(epoch + 1, he + 1)]]
            restart_from = acked + 1
        else:
            ranges, restart_from = [], None
        for batch_epoch, start, stop in ranges:
            self._recover(client, batch_epoch, start, stop, done)
        with self._store.write("sync", "sync.epoch", capture_outbox=False) as s:
            link = s.get(SyncLink, 1)
            assert link is not None
            release_for_new_epoch(s, link, max(epoch, he) + 1, restart_from)
        done.new_epoch = True
        return done

    def _resend_after(self, s: Session, link: SyncLink, hq_seq: int) -> int:
        """HQ holds our batches up to `hq_seq`: later ones taken as acknowledged go out again. A batch
        whose bytes are no longer kept cannot be resent: its changes start a new epoch instead."""
        later = select(SyncBatch).where(SyncBatch.epoch == link.epoch, SyncBatch.seq > hq_seq)
        if s.scalar(select(func.count()).select_from(later.where(SyncBatch.body.is_(None)).subquery())):
            release_for_new_epoch(s, link, link.epoch + 1, hq_seq + 1)
            return 0
        result = s.execute(update(SyncBatch).where(
            SyncBatch.epoch == link.epoch, SyncBatch.seq > hq_seq, SyncBatch.acked_at.is_not(None))
            .values(acked_at=None, ack_payload=None, ack_signature=None, applied=None, duplicates=None))
        return int(result.rowcount or 0)

    def _recover(self, client: HqClient, epoch: int, start: int, stop: int | None, done: Reconciled) -> None:
        seq = start
        while (stop is None or seq <= stop) and seq - start < MAX_RECOVERED_BATCHES:
            try:
                stored = client.stored_batch(epoch, seq)
            except HqRefused as refusal:
                if refusal.status != 404:
                    done.problems.append(f"recover {epoch}-{seq}: {refusal.code}")
                return
            try:
                batch = decode_batch(stored.body, stored.signature, self._own_key)
            except ProtocolError as err:
                done.problems.append(f"recover {epoch}-{seq}: {err.code}")
                seq += 1
                continue
            with self._store.read() as s:
                present = _in_outbox(s, [c["change_id"] for c in batch.changes])
            lost = [c for c in batch.changes if c["change_id"] not in present]
            if lost:
                counts = self._applier.apply_own(lost, seq)
                done.recovered_changes += counts.applied
            seq += 1


def _acked_to(s: Session, epoch: int) -> int:
    """The highest sequence of `epoch` up to which every batch is acknowledged."""
    first_open = s.scalar(select(func.min(SyncBatch.seq)).where(SyncBatch.epoch == epoch,
                                                               SyncBatch.acked_at.is_(None)))
    if first_open is not None:
        return int(first_open) - 1
    return int(s.scalar(select(func.max(SyncBatch.seq)).where(SyncBatch.epoch == epoch)) or 0)


def _in_outbox(s: Session, change_ids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(change_ids), _CHUNK):
        found.update(s.scalars(select(OutboxChange.change_id).where(
            OutboxChange.change_id.in_(change_ids[start:start + _CHUNK]))))
    return found

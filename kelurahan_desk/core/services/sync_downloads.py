"""Taking in HQ's stream batches: a batch is applied and its stream's cursor advanced in one local
transaction, only when it is the next one and links to the last one applied. Whatever carried it (HTTP,
a USB stick, twice, late, out of order), each batch is applied once and cursors only move forward."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from kelurahan_desk.core.services.holiday_overrides import override_rows, recount_after_sync
from kelurahan_desk.core.services.routed_cases import number_arrived_cases
from kelurahan_desk.core.services.sync_apply import ApplyCounts, ChangeSource, UnstorableChange, apply_changes
from kelurahan_desk.core.store.models.sync_state import SyncStream
from kelurahan_desk.core.store.unit_of_work import Store
from sync.batch_format import GENESIS_HASH
from sync.entity_rules import EntityRules
from sync.protocol import Batch

STREAMS = ("reference", "office")
DOWNLOAD_ACTOR = "HQ"
Faults = Callable[[str], None]


class StreamBroken(Exception):
    """The batch does not follow the last one applied (HQ's stream was rebuilt): nothing was applied."""

    def __init__(self, stream: str, seq: int) -> None:
        super().__init__(f"{stream} {seq}")
        self.stream = stream
        self.seq = seq


@dataclass(frozen=True)
class StreamCursor:
    seq: int
    hash: str
    head: int


def read_cursor(session: Session, stream: str) -> StreamCursor:
    row = session.get(SyncStream, stream)
    return StreamCursor(row.seq, row.hash, row.head) if row else StreamCursor(0, GENESIS_HASH, 0)


def _no_fault(_point: str) -> None:
    return None


class DownloadApplier:
    def __init__(self, store: Store, rules: EntityRules, office_code: str, now: Callable[[], datetime],
                 faults: Faults | None = None) -> None:
        self._store = store
        self._rules = rules
        self._office = office_code
        self._now = now
        self._faults = faults or _no_fault

    def cursor(self, stream: str) -> StreamCursor:
        with self._store.read() as s:
            return read_cursor(s, stream)

    def apply(self, stream: str, batch: Batch, head: int = 0) -> ApplyCounts | None:
        """Apply `batch` if it is the next of `stream`. None when it was applied before; StreamBroken
        when it is further ahead or does not link to the last batch applied."""
        refused: dict[str, tuple[str, str]] = {}
        while True:
            try:
                return self._attempt(stream, batch, head, refused)
            except UnstorableChange as err:
                if err.change_id in refused:
                    raise
                refused[err.change_id] = (err.code, err.detail)

    def _attempt(self, stream: str, batch: Batch, head: int, refused: dict[str, tuple[str, str]]) -> ApplyCounts | None:
        seq = batch.header.seq
        with self._store.write(DOWNLOAD_ACTOR, f"sync.{stream}", capture_outbox=False) as s:
            cursor = read_cursor(s, stream)
            if seq <= cursor.seq:
                return None
            if seq != cursor.seq + 1 or batch.header.prev_hash != cursor.hash:
                raise StreamBroken(stream, seq)
            now = self._now()
            holidays_before = override_rows(s)
            counts = apply_changes(s, batch.changes, ChangeSource(stream, seq, self._office, now), self._rules,
                                   refused=refused, observe=self._store.hlc.observe)
            recount_after_sync(s, holidays_before)
            number_arrived_cases(s, self._store.clock.today())
            row = s.get(SyncStream, stream)
            if row is None:
                row = SyncStream(stream=stream, seq=0, hash=GENESIS_HASH, head=0, batches_applied=0,
                                 changes_applied=0, updated_at=now)
                s.add(row)
            row.seq, row.hash, row.head = seq, batch.hash, max(head, seq, row.head)
            row.batches_applied += 1
            row.changes_applied += counts.applied
            row.updated_at = now
            self._faults("before_download_commit")
            return counts

    def note_head(self, stream: str, head: int) -> None:
        with self._store.write(DOWNLOAD_ACTOR, "sync.head", capture_outbox=False) as s:
            row = s.get(SyncStream, stream)
            if row is not None and head > row.head:
                row.head = head

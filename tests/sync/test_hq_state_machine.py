"""Random office histories against a real HQ database: edits, batches cut, delivered late, twice or
out of order, replies lost, the office restored from an old backup (a new epoch). Each change is
applied exactly once, HQ's cursor only moves forward, and after the link heals HQ holds what the
office holds, record by record."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sqlalchemy import Engine, func, select

from sync.hq.errors import HqError
from sync.hq.identity import load_identity
from sync.hq.ingest import Ingest
from sync.hq.schema import applied_changes, offices, records
from sync.protocol import GENESIS_HASH, SignedBatch, decode_ack
from tests.sync.factories import change
from tests.sync.office_sim import SimOffice, enrolled_office


class OfficeAndHq(RuleBasedStateMachine):
    engine: Engine

    @initialize()
    def start(self) -> None:
        self.hq = load_identity(self.engine)
        self.ingest = Ingest(self.engine, self.hq)
        self.office: SimOffice = enrolled_office(self.engine)
        self.local: dict[str, tuple[int, str]] = {}
        self.made: list[dict] = []
        self.pending: list[dict] = []
        self.epoch_batches: list[SignedBatch] = []
        self.acked_ids: set[str] = set()
        self.cursor = (0, 0)
        self.counter = 0

    def _stamp(self) -> int:
        self.counter += 1
        return self.counter

    @rule()
    def insert(self) -> None:
        n = self._stamp()
        entity_id = f"{self.office.code}-r{n}"
        c = change(entity_id, op="insert", fields={"name": [None, f"n{n}"]}, n=n)
        self.local[entity_id] = (1, f"n{n}")
        self.made.append(c)
        self.pending.append(c)

    @precondition(lambda self: self.local)
    @rule(data=st.data())
    def update(self, data: st.DataObject) -> None:
        entity_id = data.draw(st.sampled_from(sorted(self.local)))
        rev, name = self.local[entity_id]
        n = self._stamp()
        c = change(entity_id, base_rev=rev, fields={"name": [name, f"n{n}"]}, n=n)
        self.local[entity_id] = (rev + 1, f"n{n}")
        self.made.append(c)
        self.pending.append(c)

    @precondition(lambda self: self.pending)
    @rule()
    def cut_batch(self) -> None:
        self.epoch_batches.append(self.office.batch(self.pending))
        self.pending = []

    @precondition(lambda self: self.epoch_batches)
    @rule(data=st.data(), reply_lost=st.booleans())
    def deliver_any(self, data: st.DataObject, reply_lost: bool) -> None:
        batch = data.draw(st.sampled_from(self.epoch_batches))
        self._send(batch, reply_lost)

    @precondition(lambda self: self.made)
    @rule()
    def restore_old_backup(self) -> None:
        """The office's database comes back from a backup: its outbox is rebuilt from every change it
        made and sent again under a new epoch."""
        self.office.epoch += 1
        self.office.seq, self.office.prev_hash = 0, GENESIS_HASH
        self.epoch_batches = [self.office.batch(self.made[i:i + 7]) for i in range(0, len(self.made), 7)]
        self.pending = []

    def _send(self, batch: SignedBatch, reply_lost: bool = False) -> None:
        try:
            signed = self.ingest.upload(batch.body, batch.signature)
        except HqError as err:
            assert err.code in {"sequence_gap", "stale_epoch"}, err.code
            return
        if not reply_lost:
            ack = decode_ack(signed.payload, signed.signature, self.hq.public_key)
            assert ack["batch_hash"] == batch.hash and ack["quarantined"] == []

    @invariant()
    def each_change_once_and_cursor_forward(self) -> None:
        if not hasattr(self, "office"):
            return
        with self.engine.connect() as conn:
            taken = conn.scalar(select(func.count()).select_from(applied_changes).where(
                applied_changes.c.office == self.office.code))
            cursor = tuple(conn.execute(select(offices.c.epoch, offices.c.last_seq).where(
                offices.c.code == self.office.code)).one())
        assert taken <= len(self.made)
        assert cursor >= self.cursor
        self.cursor = cursor

    def teardown(self) -> None:
        if not hasattr(self, "office"):
            return
        if self.pending:
            self.cut_batch()
        for batch in self.epoch_batches:
            self._send(batch)
        with self.engine.connect() as conn:
            ids = set(conn.scalars(select(applied_changes.c.change_id).where(
                applied_changes.c.office == self.office.code)))
            held = {r.entity_id: (r.rev, r.data["name"]) for r in conn.execute(
                select(records).where(records.c.owner == self.office.code))}
        assert ids == {c["change_id"] for c in self.made}
        assert held == self.local


@pytest.fixture
def machine_engine(pg_engine: Engine) -> Engine:
    return pg_engine


def test_office_histories(machine_engine: Engine) -> None:
    OfficeAndHq.engine = machine_engine
    OfficeAndHq.TestCase.settings = settings(max_examples=60, stateful_step_count=30, deadline=None,
                                             suppress_health_check=list(HealthCheck))
    OfficeAndHq.TestCase().runTest()

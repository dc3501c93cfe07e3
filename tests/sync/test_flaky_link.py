"""A backlog of 10,000 changes crosses a link that cuts requests and responses at chosen byte offsets,
resets connections and slows down: every change arrives exactly once."""

from __future__ import annotations

import hashlib
import os
import random
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
import uvicorn
from sqlalchemy import Engine, func, select

from sync.client import HqUnavailable, RetryPolicy
from sync.hq.app import HqSettings, create_app
from sync.hq.identity import load_identity
from sync.hq.rate_limit import RateLimit
from sync.hq.schema import applied_changes, batches, quarantine, records
from sync.protocol import cut_batches
from tests.sync.factories import change
from tests.sync.fault_proxy import Fault, FaultProxy
from tests.sync.office_sim import enrolled_office


@pytest.fixture(scope="module")
def server_port(pg_engine: Engine) -> Iterator[int]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(pg_engine, HqSettings(rate_limit=RateLimit(per_second=10_000, burst=10_000)))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="critical",
                                           timeout_graceful_shutdown=1))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield port
    server.should_exit = True
    thread.join(timeout=10)


def _plan(seed: int):
    rng = random.Random(seed)

    def plan(_n: int) -> Fault:
        # Connections are kept alive, so offsets count over every request the connection carries.
        roll = rng.random()
        if roll < 0.45:
            return Fault(cut_request_at=rng.randint(0, 40_000), reset=rng.random() < 0.5)
        if roll < 0.9:
            return Fault(cut_response_at=rng.randint(0, 1_500), reset=rng.random() < 0.5)
        return Fault(cut_request_at=60_000, delay_s=0.002)

    return plan


def _until_done(action, attempts: int = 200):
    for _ in range(attempts):
        try:
            return action()
        except HqUnavailable:
            continue
    raise AssertionError("link never healed")


def test_ten_thousand_changes_arrive_exactly_once_through_a_faulty_link(pg_engine, server_port):
    office = enrolled_office(pg_engine)
    ids = [f"res-{i:05d}" for i in range(5000)]
    changes = [change(e, op="insert", n=i) for i, e in enumerate(ids)]
    changes += [change(e, base_rev=1, fields={"name": [f"Siti {i}", f"Ani {i}"]}, n=5000 + i)
                for i, e in enumerate(ids)]
    signed = [office.batch(group) for group in cut_batches(changes, max_changes=250)]
    assert len(signed) == 40

    with FaultProxy(server_port, _plan(2026)) as proxy:
        http = httpx.Client(base_url=f"http://127.0.0.1:{proxy.port}", timeout=httpx.Timeout(10.0))
        client = office.client(pg_engine, http, retry=RetryPolicy(attempts=4, base_delay=0.005, max_delay=0.05))
        acks = [_until_done(lambda b=b: client.upload(b)) for b in signed]
        photo = os.urandom(600_000)
        sha = hashlib.sha256(photo).hexdigest()
        _until_done(lambda: client.upload_attachment(sha, photo, chunk_size=64 * 1024))
        assert _until_done(lambda: client.missing_attachments([sha])).missing == []
        http.close()
    assert proxy.faults > 20

    assert sum(a.fields["applied"] for a in acks) == 10_000
    assert all(a.fields["quarantined"] == [] for a in acks)
    with pg_engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(applied_changes).where(
            applied_changes.c.office == office.code)) == 10_000
        assert conn.scalar(select(func.count()).select_from(batches).where(batches.c.office == office.code)) == 40
        assert conn.scalar(select(func.count()).select_from(quarantine).where(quarantine.c.office == office.code)) == 0
        rows = conn.execute(select(records.c.entity_id, records.c.rev, records.c.data).where(
            records.c.owner == office.code)).all()
    assert len(rows) == 5000
    assert all(r.rev == 2 and r.data["name"] == f"Ani {int(r.entity_id[4:])}" for r in rows)
    assert load_identity(pg_engine).public_key

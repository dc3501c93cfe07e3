"""A real office catching up through the fault-injecting TCP proxy (requests and replies cut at byte
offsets, connections reset) to a real uvicorn HQ: every change goes up once, every HQ change comes down once."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, func, select

from kelurahan_desk.core.services.sync_agent import SyncAgent, default_http
from kelurahan_desk.core.store.change_capture import insert_many
from kelurahan_desk.core.store.models import Office, OfficeSetting, OutboxChange
from kelurahan_desk.core.store.models.sync_state import SyncLink
from sync.client import RetryPolicy
from sync.hq.identity import load_identity
from sync.hq.schema import applied_changes, records
from sync.hq.streams import Streams
from tests.sync.fault_proxy import Fault, FaultProxy
from tests.sync.office_harness import enrol, hq_app, new_key, new_office, serve


def _plan(seed: int):
    rng = random.Random(seed)

    def plan(_n: int) -> Fault:
        # a connection carries many requests (keep-alive), so the offsets count over all of them
        roll = rng.random()
        if roll < 0.45:
            return Fault(cut_request_at=rng.randint(200, 80_000), reset=rng.random() < 0.5)
        if roll < 0.8:
            return Fault(cut_response_at=rng.randint(0, 4_000), reset=rng.random() < 0.5)
        return Fault()

    return plan


@pytest.fixture
def hq_url(hq_engine: Engine) -> Iterator[str]:
    with serve(hq_app(hq_engine)) as url:
        yield url


def test_a_backlog_crosses_a_cutting_link_exactly_once(tmp_path, hq_engine, hq_url):
    services, admin = new_office(tmp_path / "office")
    code = f"32.73.03.{random.randrange(1000, 2000):04d}"
    with services.store.write("admin", "test.code") as s:
        s.scalar(select(Office)).code = code
    key = new_key()
    port = int(hq_url.rsplit(":", 1)[1])
    with FaultProxy(port, _plan(7)) as proxy:
        url = f"http://127.0.0.1:{proxy.port}"
        agent = SyncAgent(services.store, services.attachments, lambda: key, http=default_http,
                          retry=RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.05))
        clean = SyncAgent(services.store, services.attachments, lambda: key, http=lambda _u: default_http(hq_url))
        enrol(hq_engine, clean, admin, code)
        with services.store.write("admin", "test.link") as s:
            s.get(SyncLink, 1).hq_url = url
        with services.store.write("admin", "test.backlog") as s:
            insert_many(s, OfficeSetting, [{"id": f"{code}-{i}", "value": i} for i in range(3000)])
        Streams(hq_engine, load_identity(hq_engine)).send_to_office(
            code, [("office_setting", f"{code}-hq-{i}", {"value": i}) for i in range(500)])
        for _ in range(60):
            if agent.run_round(admin).complete:
                break
        else:
            raise AssertionError("the office never caught up")
    assert proxy.faults >= 3, (proxy.faults, proxy.connections)
    with services.store.read() as s:
        outbox = set(s.scalars(select(OutboxChange.change_id)))
        downloaded = s.scalar(select(func.count()).select_from(OfficeSetting).where(
            OfficeSetting.id.like(f"{code}-hq-%")))
    with hq_engine.connect() as conn:
        taken = set(conn.scalars(select(applied_changes.c.change_id).where(applied_changes.c.office == code)))
        held = conn.scalar(select(func.count()).select_from(records).where(
            records.c.owner == code, records.c.entity == "office_setting"))
    assert taken == outbox and downloaded == 500 and held == 3500
    assert agent.status(admin).downloads_applied == 500
    services.close()

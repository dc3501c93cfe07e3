"""The demo office (residents, cases, letters in every state, musrenbang, UMKM, training) syncs with a fresh
HQ in one round, with no change refused: what the office's services write is what HQ's rules accept."""

from __future__ import annotations

from sqlalchemy import Engine, func, select

from kelurahan_desk.composition import Services
from kelurahan_desk.core.demo.builder import build_demo
from kelurahan_desk.core.store.models import OutboxChange
from sync.hq.schema import applied_changes, quarantine
from tests.sync.office_harness import agent_for, enrol, hq_app, http_factory, new_key


def test_the_demo_office_syncs_completely_with_nothing_rejected(services: Services, sqlite_hq_engine: Engine):
    actors = build_demo(services)
    admin = actors["admin"]
    code = services.office.profile().code
    agent = agent_for(services, new_key(), http_factory(hq_app(sqlite_hq_engine)))
    enrol(sqlite_hq_engine, agent, admin, code)
    result = agent.run_round(admin)
    assert result.complete, result
    with sqlite_hq_engine.connect() as conn:
        refused = conn.execute(select(quarantine.c.entity, quarantine.c.code, quarantine.c.detail)).all()
        taken = conn.scalar(select(func.count()).select_from(applied_changes))
    assert refused == []
    assert agent.rejections(admin) == [] and agent.status(admin).rejected_count == 0
    with services.store.read() as s:
        assert taken == s.scalar(select(func.count()).select_from(OutboxChange))

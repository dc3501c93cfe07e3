"""The demo cases: every state, overdue work, photos and PPID steps, all through the unit of work."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select

from kelurahan_desk.composition import Services
from kelurahan_desk.core.clock import FixedClock
from kelurahan_desk.core.demo.cases import seed_cases
from kelurahan_desk.core.demo.office import seed_office
from kelurahan_desk.core.domain.case_states import CaseState
from kelurahan_desk.core.services.case_queues import CaseQuery, Queue
from kelurahan_desk.core.store.audit_chain import verify_chain
from kelurahan_desk.core.store.models import Case, OutboxChange
from tests.core.outbox_helpers import fill


def test_demo_cases_cover_the_whole_life(services: Services, clock: FixedClock) -> None:
    actors = seed_office(services)
    seed_cases(services, actors)
    seed_cases(services, actors)  # a second run adds nothing
    admin = actors["admin"]
    assert services.store.clock is clock
    rows = services.cases.queue(admin, CaseQuery(limit=100)).rows
    assert len(rows) == 19
    states = Counter(r.state for r in rows)
    assert set(states) == set(CaseState)
    assert services.cases.queue(admin, CaseQuery(queue=Queue.TERLAMBAT)).rows
    assert any(r.escalated for r in rows) and any(r.objection_open for r in rows)
    details = [services.cases.get(admin, r.id) for r in rows]
    roles = {a.role for d in details for a in d.attachments}
    assert roles == {"lampiran", "sebelum", "sesudah"}
    assert any(d.lifecycle.extension_notice for d in details)
    assert any(d.lifecycle.reopened_count for d in details)
    assert all(d.received_at <= clock.now() for d in details)
    fill(services.store)
    with services.store.read() as s:
        assert verify_chain(s).ok
        cases = s.scalar(select(func.count()).select_from(Case))
        queued = s.scalar(select(func.count()).select_from(OutboxChange).where(OutboxChange.entity == "case"))
        assert queued is not None and cases is not None and queued > cases

"""Case figures on ten years of a busy office (250,000 cases) on top of the large office.

- `case_queue_p95_ms`: 95th percentile over every queue and filter the window offers (mine, unassigned,
  due soon, overdue, open work, everything; by state, kind, category or subtree, officer, RT/RW, date
  range, escalated; free text and case numbers; and combinations of these), each opened five times
  after one warm-up, first page (50 rows with names, deadlines and marks) ready.
- `case_intake_ms`: median of 40 intakes through the service, committed with their audit rows (which capture
  the changes for HQ).
- `receipt_pdf_ms`: median of 20 receipts (A5) of stored cases, after one warm-up.

The 250,000 cases are set up with Core bulk inserts that bypass the unit of work (see `case_volume`);
everything measured goes through the services.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from kelurahan_desk.bench.case_volume import generate_cases
from kelurahan_desk.bench.runner import BenchContext, Target
from kelurahan_desk.composition import Services, open_services
from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.demo.large_office import build_large_office
from kelurahan_desk.core.demo.office import ADMIN, DEMO_OFFICE
from kelurahan_desk.core.domain.case_intake import NewCase
from kelurahan_desk.core.domain.case_lifecycle import ActionInput
from kelurahan_desk.core.domain.case_states import CaseAction, CaseKind, CaseState
from kelurahan_desk.core.services.accounts import NewAccount
from kelurahan_desk.core.services.case_queues import CaseQuery, Queue
from kelurahan_desk.core.services.permissions import Actor, Role

TARGETS = {
    "case_queue_p95_ms": Target(50.0, at_most=True, unit="ms"),
    "case_intake_ms": Target(20.0, at_most=True, unit="ms"),
    "receipt_pdf_ms": Target(40.0, at_most=True, unit="ms"),
}
OFFICERS = 8
INTAKES = 40
RECEIPTS = 20
REPEATS = 5


def measure(context: BenchContext) -> dict[str, float]:
    cases, residents = (25_000, 6_000) if context.quick else (250_000, 60_000)
    services, admin, officers = _office(context.workdir / "cases")
    try:
        build_large_office(services, residents, residents * 3 // 10)
        generate_cases(services.store, services.calendar, DEMO_OFFICE.code, [o.account_id for o in officers], cases)
        officer = officers[3]
        _escalate_some(services, admin)
        queue = queue_timings(services, officer)
        intake_ms, made = intake_timings(services, officer)
        receipt_ms = receipt_timings(services, officer, made)
    finally:
        services.close()
    return {
        "case_queue_p95_ms": statistics.quantiles(queue, n=20)[-1],
        "case_queue_max_ms": max(queue),
        "case_intake_ms": statistics.median(intake_ms),
        "receipt_pdf_ms": statistics.median(receipt_ms),
    }


def _office(root: Path) -> tuple[Services, Actor, list[Actor]]:
    services = open_services(DataFolder(root))
    admin = services.office.complete_setup(ADMIN, replace(DEMO_OFFICE, is_demo=False))
    officers = []
    for i in range(OFFICERS):
        view = services.accounts.create_account(
            admin, NewAccount(f"petugas{i + 1}", f"Petugas {i + 1}", Role.FRONT_DESK, f"petugas-bench-{i + 1}")
        )
        officers.append(Actor(view.id, view.username, view.full_name, view.role))
    return services, admin, officers


def _escalate_some(services: Services, admin: Actor) -> None:
    """The lurah escalates a handful of the oldest overdue cases, as the overview invites."""
    for row in services.cases.queue(admin, CaseQuery(queue=Queue.TERLAMBAT, limit=5)).rows:
        services.cases.act(admin, row.id, CaseAction.ESKALASI, ActionInput(note="Mohon segera ditangani"))


def queries(officer: Actor, today: date) -> list[CaseQuery]:
    five_years_ago = date(today.year - 5, 3, 1)
    queue_views = [CaseQuery(queue=q) for q in Queue]
    by_state = [CaseQuery(states=(s,)) for s in CaseState]
    by_kind = [CaseQuery(kinds=(k,)) for k in CaseKind]
    return [
        *queue_views,
        *by_state,
        *by_kind,
        CaseQuery(category_id="kat-infrastruktur"),
        CaseQuery(category_id="kat-pju"),
        CaseQuery(category_id="kat-informasi", states=(CaseState.SELESAI,)),
        CaseQuery(assignee_id=officer.account_id),
        CaseQuery(rw=7),
        CaseQuery(rw=7, rt=13),
        CaseQuery(rt=4),
        CaseQuery(received_from=today - timedelta(days=30), received_to=today),
        CaseQuery(received_from=five_years_ago, received_to=five_years_ago + timedelta(days=30)),
        CaseQuery(escalated_only=True),
        CaseQuery(text="jalan berlubang"),
        CaseQuery(text="pohon tumbang"),
        CaseQuery(text="Asep"),
        CaseQuery(text="RT 013"),
        CaseQuery(text=f"011001-{(today.year - 3) % 100:02d}07-0042"),
        CaseQuery(queue=Queue.TERBUKA, kinds=(CaseKind.LAPORAN,), rw=3),
        CaseQuery(queue=Queue.TERLAMBAT, assignee_id=officer.account_id),
        CaseQuery(queue=Queue.SEGERA, category_id="kat-infrastruktur"),
        CaseQuery(queue=Queue.SAYA, kinds=(CaseKind.PENGADUAN,)),
        CaseQuery(states=(CaseState.SELESAI,), category_id="kat-drainase", received_from=five_years_ago),
        CaseQuery(states=(CaseState.DUPLIKAT,), rw=11, rt=2),
        CaseQuery(kinds=(CaseKind.PERMINTAAN_INFORMASI,), states=(CaseState.DITOLAK,), received_to=five_years_ago),
        CaseQuery(text="selokan", states=(CaseState.DITERUSKAN,)),
        CaseQuery(text="taman bermain", rw=12, rt=20),
        CaseQuery(assignee_id=officer.account_id, states=(CaseState.SELESAI,), rw=5),
        CaseQuery(offset=200),
    ]


def queue_timings(services: Services, officer: Actor) -> list[float]:
    timings: list[float] = []
    for query in queries(officer, services.clock.today()):
        services.cases.queue(officer, query)
        for _ in range(REPEATS):
            start = time.perf_counter()
            services.cases.queue(officer, query)
            timings.append((time.perf_counter() - start) * 1000)
    return timings


def intake_timings(services: Services, officer: Actor) -> tuple[list[float], list[str]]:
    timings, made = [], []
    for i in range(INTAKES):
        new = NewCase(
            kind=CaseKind.LAPORAN if i % 3 else CaseKind.PENGADUAN,
            category_id="kat-jalan" if i % 3 else "kat-administrasi",
            channel="datang",
            description=f"Jalan berlubang di Gg. Kenanga nomor {i}, air menggenang setiap hujan",
            citizen_name="Euis Rahayu",
            citizen_phone="081234567890",
            rt=1 + i % 20,
            rw=1 + i % 12,
        )
        start = time.perf_counter()
        result = services.cases.intake(officer, new)
        timings.append((time.perf_counter() - start) * 1000)
        made.append(result.id)
    return timings, made


def receipt_timings(services: Services, officer: Actor, case_ids: list[str]) -> list[float]:
    services.cases.receipt_pdf(officer, case_ids[0])
    timings = []
    for case_id in case_ids[:RECEIPTS]:
        start = time.perf_counter()
        services.cases.receipt_pdf(officer, case_id)
        timings.append((time.perf_counter() - start) * 1000)
    return timings

"""Cases HQ routed to this office: numbered here and given this office's deadlines when they arrive.

HQ sends a routed case (a citizen report it took in, or a case moved from another office) with its
central reference (``PST-…``) as number and no office number period. Inside the unit of work that
applied HQ's batch, each such case gets the next number of this office's counter for today
(``011002-2611-0007``) and a new lifecycle counted from today by the category's deadlines and this
office's calendar. These are this office's own decisions, so unlike what HQ sent they go to the outbox,
and HQ learns the number at the next round. The central reference and, for a moved case, the other
office's number stay in the case's intake event.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kelurahan_desk.core.domain import working_days as wd
from kelurahan_desk.core.domain.case_lifecycle import new_lifecycle
from kelurahan_desk.core.domain.case_numbers import case_number, period_of
from kelurahan_desk.core.domain.case_states import CaseKind
from kelurahan_desk.core.domain.working_days import WorkingDayCalendar
from kelurahan_desk.core.services.case_categories import policy_for
from kelurahan_desk.core.services.case_views import store_lifecycle
from kelurahan_desk.core.services.holiday_overrides import override_rows
from kelurahan_desk.core.store.models import Case, Office
from kelurahan_desk.core.store.models.calendar import ADDED, REMOVED
from kelurahan_desk.core.store.unit_of_work import Store

UNNUMBERED_PERIOD = ""


def _calendar(s: Session) -> WorkingDayCalendar:
    rows = override_rows(s)
    return WorkingDayCalendar(
        overrides_added=[wd.HolidayOverride(day, name) for day, kind, name in rows if kind == ADDED],
        overrides_removed=[wd.HolidayOverride(day, name) for day, kind, name in rows if kind == REMOVED],
    )


def number_arrived_cases(s: Session, today: date) -> int:
    """Numbers every case that arrived from HQ without a number of this office; returns how many."""
    rows = list(s.scalars(select(Case).where(Case.number_period == UNNUMBERED_PERIOD)
                          .order_by(Case.received_at, Case.id)))
    if not rows:
        return 0
    office = s.scalar(select(Office.code).limit(1))
    if office is None:
        return 0
    calendar = _calendar(s)
    period = period_of(today)
    journal = Store.journal(s)
    sending = journal.capture_outbox
    journal.capture_outbox = True
    try:
        for row in rows:
            seq = (s.scalar(select(func.max(Case.number_seq)).where(Case.number_period == period)) or 0) + 1
            lifecycle = new_lifecycle(CaseKind(row.kind), today, policy_for(s, row.category_id), calendar)
            row.number = str(case_number(office, today, seq))
            row.number_period, row.number_seq = period, seq
            store_lifecycle(row, lifecycle)
            s.flush()
    finally:
        journal.capture_outbox = sending
    return len(rows)

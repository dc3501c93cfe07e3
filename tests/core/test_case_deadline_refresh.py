"""Counting deadlines again after a calendar change: nothing moves under the same calendar, an added holiday
pushes a running date back by at most one working day (never one that ends before it), and taking the
holiday away restores every date."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from kelurahan_desk.core.domain.case_deadlines import DEFAULT_POLICY
from kelurahan_desk.core.domain.case_lifecycle import ActionInput, Lifecycle, apply, new_lifecycle
from kelurahan_desk.core.domain.case_states import CaseAction, CaseKind
from kelurahan_desk.core.domain.working_days import HolidayOverride, WorkingDayCalendar
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.case_deadline_refresh import recounted
from tests.core.test_case_lifecycle_sequences import CAL, START, steps


def lived(kind: CaseKind, history: list[tuple[CaseAction, ActionInput, int]]) -> tuple[Lifecycle, date]:
    today = START
    lc = new_lifecycle(kind, today, DEFAULT_POLICY, CAL)
    for action, given_input, days_later in history:
        today += timedelta(days=days_later)
        try:
            lc = apply(lc, action, given_input, today, DEFAULT_POLICY, CAL)
        except ValidationError:
            continue
    return lc, today


@settings(max_examples=300, deadline=None)
@given(kind=st.sampled_from(list(CaseKind)), history=steps, offset=st.integers(min_value=0, max_value=60))
def test_a_holiday_moves_each_running_date_by_at_most_one_working_day_and_back(
    kind: CaseKind, history: list[tuple[CaseAction, ActionInput, int]], offset: int
) -> None:
    lc, today = lived(kind, history)
    assert recounted(lc, DEFAULT_POLICY, CAL) == lc  # the stored dates are the rules' own

    day = today - timedelta(days=30) + timedelta(days=offset)
    if not CAL.is_working_day(day):
        return
    office = WorkingDayCalendar(overrides_added=[HolidayOverride(day, "Libur daerah")])
    moved = recounted(lc, DEFAULT_POLICY, office)
    for name in ("due_on", "objection_due_on", "reopen_until"):
        old, new = getattr(lc, name), getattr(moved, name)
        assert (old is None) == (new is None), name
        if old is not None and old < day:
            assert new == old, name  # the holiday comes after: nothing to count again
        elif old is not None:
            assert new in (old, office.add_working_days(old, 1)), name  # it fell in the clock, or before it
    assert moved.promised_on == lc.promised_on
    assert recounted(moved, DEFAULT_POLICY, CAL) == lc

"""Running case deadlines counted again after the working-day calendar changed.

A case stores its current deadline (`due_on`, read by every deadline queue), its objection deadline and
its reopen window, each counted in working days when the step that started it was taken. When the office
declares a holiday, or gives one back as a working day, every such date that reaches the changed day is
counted again from the same starting day under the new calendar. The promised date stays as printed
on the citizen's receipt. Runs inside the caller's unit of work, so each moved date is audited and synced.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kelurahan_desk.core.domain import case_deadlines as dl
from kelurahan_desk.core.domain.case_deadlines import DeadlinePolicy, WorkingDays
from kelurahan_desk.core.domain.case_lifecycle import Lifecycle, current_due
from kelurahan_desk.core.services.case_categories import policy_for
from kelurahan_desk.core.services.case_views import lifecycle_of, store_lifecycle
from kelurahan_desk.core.store.models import Case


def recounted(lc: Lifecycle, policy: DeadlinePolicy, calendar: WorkingDays) -> Lifecycle:
    """The lifecycle with its calendar-derived dates counted again from their starting days."""
    if lc.objection_filed_on is not None and lc.objection_due_on is not None:
        lc = replace(lc, objection_due_on=dl.objection_deadline(lc.objection_filed_on, policy, calendar))
    if lc.reopen_until is not None and lc.closed_on is not None:
        lc = replace(lc, reopen_until=dl.reopen_until(lc.closed_on, policy, calendar))
    due_on, stage = current_due(lc, policy, calendar)
    return replace(lc, due_on=due_on, due_stage=stage)


def refresh_case_deadlines(s: Session, calendar: WorkingDays, changed_day: date) -> int:
    """Counts again every deadline and reopen window on or after `changed_day`; returns how many cases moved."""
    policies: dict[str, DeadlinePolicy] = {}
    moved = 0
    rows = list(
        s.scalars(
            select(Case).where(
                or_(Case.due_on >= changed_day, Case.objection_due_on >= changed_day, Case.reopen_until >= changed_day)
            )
        )
    )
    for row in rows:
        policy = policies.get(row.category_id)
        if policy is None:
            policy = policies[row.category_id] = policy_for(s, row.category_id)
        before = lifecycle_of(row)
        after = recounted(before, policy, calendar)
        if after != before:
            store_lifecycle(row, after)
            moved += 1
    return moved

"""Case deadlines in working days.

Defaults (domain.md, "Cases"): a complaint, report or suggestion is verified within 3 working days of
intake and its follow-up decided within 5 working days of verification (or of reopening); once
finished the citizen may reopen it for 10 working days. An information request is answered within 10
working days of intake, extendable once by 7 with a written notice; an objection (keberatan) may be
filed within 30 working days of the answer or refusal and is answered within 30 working days. A
category may override any of the per-kind numbers.

All dates here are office-local calendar dates; a deadline is the end of its day.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Protocol

from kelurahan_desk.core.domain.case_states import CaseKind


class WorkingDays(Protocol):
    """What the deadline rules need from the working-day calendar."""

    def add_working_days(self, start: date, days: int) -> date: ...

    def working_days_between(self, start: date, end: date) -> int: ...


class Stage(StrEnum):
    """Which clock a case's current deadline belongs to."""

    NONE = ""
    VERIFIKASI = "verifikasi"
    TINDAK_LANJUT = "tindak_lanjut"
    JAWABAN = "jawaban"
    KEBERATAN = "keberatan"


class DueMark(StrEnum):
    NONE = ""
    ON_TRACK = "on_track"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


DUE_SOON_WORKING_DAYS = 2


@dataclass(frozen=True)
class DeadlinePolicy:
    verify_days: int = 3
    followup_days: int = 5
    answer_days: int = 10
    extension_days: int = 7
    reopen_days: int = 10
    objection_file_days: int = 30
    objection_answer_days: int = 30


DEFAULT_POLICY = DeadlinePolicy()
OVERRIDABLE = ("verify_days", "followup_days", "answer_days", "reopen_days")
MAX_DAYS = 90


def policy_with(overrides: dict[str, int | None]) -> DeadlinePolicy:
    """The default policy with a category's own numbers (None keeps the default)."""
    given = {key: value for key, value in overrides.items() if key in OVERRIDABLE and value is not None}
    return replace(DEFAULT_POLICY, **given)


def first_deadline(kind: CaseKind, received_on: date, policy: DeadlinePolicy, calendar: WorkingDays) -> date:
    """The clock that starts at intake: verification, or the answer for an information request."""
    if kind == CaseKind.PERMINTAAN_INFORMASI:
        return calendar.add_working_days(received_on, policy.answer_days)
    return calendar.add_working_days(received_on, policy.verify_days)


def promised_date(kind: CaseKind, received_on: date, policy: DeadlinePolicy, calendar: WorkingDays) -> date:
    """The date printed on the receipt: the answer, or the decided follow-up if verified on its last day."""
    if kind == CaseKind.PERMINTAAN_INFORMASI:
        return calendar.add_working_days(received_on, policy.answer_days)
    return calendar.add_working_days(received_on, policy.verify_days + policy.followup_days)


def followup_deadline(started_on: date, policy: DeadlinePolicy, calendar: WorkingDays) -> date:
    return calendar.add_working_days(started_on, policy.followup_days)


def extended_answer_deadline(received_on: date, policy: DeadlinePolicy, calendar: WorkingDays) -> date:
    return calendar.add_working_days(received_on, policy.answer_days + policy.extension_days)


def reopen_until(closed_on: date, policy: DeadlinePolicy, calendar: WorkingDays) -> date:
    return calendar.add_working_days(closed_on, policy.reopen_days)


def objection_window_until(closed_on: date, policy: DeadlinePolicy, calendar: WorkingDays) -> date:
    return calendar.add_working_days(closed_on, policy.objection_file_days)


def objection_deadline(filed_on: date, policy: DeadlinePolicy, calendar: WorkingDays) -> date:
    return calendar.add_working_days(filed_on, policy.objection_answer_days)


@dataclass(frozen=True)
class DueStatus:
    due_on: date | None
    working_days_left: int | None  # negative once overdue
    mark: DueMark


def due_status(due_on: date | None, today: date, calendar: WorkingDays) -> DueStatus:
    """How a deadline looks today: working days left (0 on the day itself) and its mark."""
    if due_on is None:
        return DueStatus(None, None, DueMark.NONE)
    if today > due_on:
        return DueStatus(due_on, -calendar.working_days_between(due_on, today), DueMark.OVERDUE)
    left = calendar.working_days_between(today, due_on)
    return DueStatus(due_on, left, DueMark.DUE_SOON if left <= DUE_SOON_WORKING_DAYS else DueMark.ON_TRACK)


def due_soon_limit(today: date, calendar: WorkingDays) -> date:
    """The last due date that counts as "due soon" today."""
    return calendar.add_working_days(today, DUE_SOON_WORKING_DAYS)

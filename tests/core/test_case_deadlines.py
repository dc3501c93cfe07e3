"""Case deadlines counted in working days against the 2026 national holidays and cuti bersama."""

from __future__ import annotations

from datetime import date

import pytest

from kelurahan_desk.core.domain import case_deadlines as dl
from kelurahan_desk.core.domain.case_deadlines import DEFAULT_POLICY, DueMark, policy_with
from kelurahan_desk.core.domain.case_lifecycle import ActionInput, apply, new_lifecycle
from kelurahan_desk.core.domain.case_states import CaseAction, CaseKind
from kelurahan_desk.core.domain.working_days import HolidayOverride, WorkingDayCalendar

CAL = WorkingDayCalendar()


@pytest.mark.parametrize(
    ("kind", "received", "first_due", "promised"),
    [
        # an ordinary week: Friday 27 Nov → verify by Wednesday; verify + follow-up (8) by Wednesday 9 Dec
        (CaseKind.LAPORAN, date(2026, 11, 27), date(2026, 12, 2), date(2026, 12, 9)),
        # Christmas Eve is cuti bersama and Christmas a holiday: 8 working days from 15 Dec end on 29 Dec
        (CaseKind.PENGADUAN, date(2026, 12, 15), date(2026, 12, 18), date(2026, 12, 29)),
        # Nyepi (19 March) with its cuti bersama (18), Idul Fitri cuti bersama 20, 23, 24 March, Good Friday
        (CaseKind.ASPIRASI, date(2026, 3, 17), date(2026, 3, 27), date(2026, 4, 6)),
        # information request: 10 working days, also past Good Friday (3 April)
        (CaseKind.PERMINTAAN_INFORMASI, date(2026, 3, 17), date(2026, 4, 8), date(2026, 4, 8)),
        # Ascension (14 May) with its cuti bersama (15), Idul Adha (27) with its cuti bersama (28), Pancasila (1 June)
        (CaseKind.PERMINTAAN_INFORMASI, date(2026, 5, 13), date(2026, 6, 3), date(2026, 6, 3)),
        # intake on a holiday (Independence Day, Monday 17 August): the next working day is day one;
        # the Prophet's Birthday (25 August) is skipped
        (CaseKind.LAPORAN, date(2026, 8, 17), date(2026, 8, 20), date(2026, 8, 28)),
    ],
)
def test_first_deadline_and_promise(kind: CaseKind, received: date, first_due: date, promised: date) -> None:
    lc = new_lifecycle(kind, received, DEFAULT_POLICY, CAL)
    assert lc.due_on == first_due
    assert lc.promised_on == promised


def test_follow_up_counts_from_verification_and_extension_from_intake() -> None:
    lc = new_lifecycle(CaseKind.PENGADUAN, date(2026, 5, 11), DEFAULT_POLICY, CAL)
    verified = apply(lc, CaseAction.VERIFIKASI, ActionInput(), date(2026, 5, 13), DEFAULT_POLICY, CAL)
    assert verified.due_on == date(2026, 5, 22)  # 18, 19, 20, 21, 22 — past 14 and 15 May
    info = new_lifecycle(CaseKind.PERMINTAAN_INFORMASI, date(2026, 3, 17), DEFAULT_POLICY, CAL)
    extended = apply(
        info, CaseAction.PERPANJANG, ActionInput(notice="surat B-12"), date(2026, 4, 6), DEFAULT_POLICY, CAL
    )
    assert extended.due_on == date(2026, 4, 17)


def test_a_category_overrides_the_kind_default() -> None:
    quick = policy_with({"verify_days": 1, "followup_days": None, "unknown": 9})
    assert quick.verify_days == 1 and quick.followup_days == DEFAULT_POLICY.followup_days
    lc = new_lifecycle(CaseKind.LAPORAN, date(2026, 11, 27), quick, CAL)
    assert lc.due_on == date(2026, 11, 30)


def test_office_overrides_move_deadlines() -> None:
    office = WorkingDayCalendar(overrides_added=[HolidayOverride(date(2026, 12, 1), "Hari jadi kota")])
    assert new_lifecycle(CaseKind.LAPORAN, date(2026, 11, 27), DEFAULT_POLICY, office).due_on == date(2026, 12, 3)


@pytest.mark.parametrize(
    ("today", "left", "mark"),
    [
        (date(2026, 12, 18), 6, DueMark.ON_TRACK),  # Friday before Christmas week: 21, 22, 23, 28, 29, 30
        (date(2026, 12, 23), 3, DueMark.ON_TRACK),
        (date(2026, 12, 25), 3, DueMark.ON_TRACK),  # a holiday is no working day closer
        (date(2026, 12, 28), 2, DueMark.DUE_SOON),
        (date(2026, 12, 30), 0, DueMark.DUE_SOON),
        (date(2026, 12, 31), -1, DueMark.OVERDUE),
        (date(2027, 1, 4), -2, DueMark.OVERDUE),  # New Year's Day does not count as late
    ],
)
def test_due_status_counts_working_days(today: date, left: int, mark: DueMark) -> None:
    status = dl.due_status(date(2026, 12, 30), today, CAL)
    assert (status.working_days_left, status.mark) == (left, mark)


def test_no_deadline_no_mark() -> None:
    assert dl.due_status(None, date(2026, 1, 5), CAL).mark == DueMark.NONE


def test_due_soon_limit_is_two_working_days_ahead() -> None:
    assert dl.due_soon_limit(date(2026, 12, 23), CAL) == date(2026, 12, 29)

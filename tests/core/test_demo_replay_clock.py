"""The demo tells its stories on working days, at office hours, never in the future."""

from __future__ import annotations

from datetime import date

from kelurahan_desk.core.demo.replay_clock import working_days_ago


def test_working_days_skip_the_weekend() -> None:
    sunday, wednesday = date(2026, 11, 29), date(2026, 11, 25)
    assert working_days_ago(sunday, 0) == date(2026, 11, 27)
    assert working_days_ago(sunday, 1) == date(2026, 11, 26)
    assert working_days_ago(sunday, 5) == date(2026, 11, 20)
    assert working_days_ago(wednesday, 0) == wednesday
    assert working_days_ago(wednesday, 3) == date(2026, 11, 20)

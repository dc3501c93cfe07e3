"""Working days against the 2026 national holidays and cuti bersama (SKB 3 Menteri), and against a
day-by-day count."""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kelurahan_desk.core.domain.working_days import (
    HolidayOverride,
    HolidaySource,
    NonWorkingDay,
    WorkingDayCalendar,
)
from kelurahan_desk.core.errors import ValidationError

PUBLIC_2026 = {
    date(2026, 1, 1): "Tahun Baru Masehi",
    date(2026, 1, 16): "Isra Mikraj Nabi Muhammad",
    date(2026, 2, 17): "Tahun Baru Imlek",
    date(2026, 3, 19): "Hari Suci Nyepi",
    date(2026, 3, 21): "Hari Raya Idul Fitri",
    date(2026, 3, 22): "Hari kedua dari Hari Raya Idul Fitri",
    date(2026, 4, 3): "Wafat Yesus Kristus",
    date(2026, 4, 5): "Kebangkitan Yesus Kristus",
    date(2026, 5, 1): "Hari Buruh Internasional",
    date(2026, 5, 14): "Kenaikan Yesus Kristus",
    date(2026, 5, 27): "Hari Raya Idul Adha",
    date(2026, 5, 31): "Hari Raya Waisak",
    date(2026, 6, 1): "Hari Lahir Pancasila",
    date(2026, 6, 16): "Tahun Baru Islam",
    date(2026, 8, 17): "Hari Kemerdekaan Republik Indonesia",
    date(2026, 8, 25): "Maulid Nabi Muhammad",
    date(2026, 12, 25): "Hari Raya Natal",
}
CUTI_BERSAMA_2026 = {
    date(2026, 2, 16),
    date(2026, 3, 18),
    date(2026, 3, 20),
    date(2026, 3, 23),
    date(2026, 3, 24),
    date(2026, 5, 15),
    date(2026, 5, 28),
    date(2026, 12, 24),
}

NATIONAL = WorkingDayCalendar()
days_around_now = st.dates(min_value=date(2025, 1, 1), max_value=date(2028, 12, 31))


def slow_is_working(calendar: WorkingDayCalendar, d: date) -> bool:
    entry = calendar.holiday(d)
    return d.weekday() < 5 and entry is None


def slow_add(calendar: WorkingDayCalendar, start: date, n: int) -> date:
    step = timedelta(days=1 if n > 0 else -1)
    day, left = start, abs(n)
    while left:
        day += step
        if slow_is_working(calendar, day):
            left -= 1
    return day


def slow_between(calendar: WorkingDayCalendar, a: date, b: date) -> int:
    low, high = min(a, b), max(a, b)
    count = sum(slow_is_working(calendar, low + timedelta(days=i)) for i in range(1, (high - low).days + 1))
    return count if b >= a else -count


def test_2026_national_holidays_and_cuti_bersama() -> None:
    listed = {entry.day: entry for entry in NATIONAL.non_working_days(2026)}
    assert set(listed) == set(PUBLIC_2026) | CUTI_BERSAMA_2026
    for day, name in PUBLIC_2026.items():
        assert (listed[day].name, listed[day].source) == (name, HolidaySource.PUBLIC)
    for day in CUTI_BERSAMA_2026:
        assert listed[day].source == HolidaySource.CUTI_BERSAMA == "cuti bersama"
        assert listed[day].name.startswith("Cuti Bersama")
    assert [entry.day for entry in NATIONAL.non_working_days(2026)] == sorted(listed)


def test_weekends_are_not_listed_but_holidays_on_weekends_are() -> None:
    listed = {entry.day for entry in NATIONAL.non_working_days(2026)}
    assert date(2026, 1, 3) not in listed  # a plain Saturday
    assert date(2026, 3, 21) in listed  # Idul Fitri, a Saturday
    assert NATIONAL.holiday(date(2026, 1, 3)) is None
    assert NATIONAL.holiday(date(2026, 8, 17)) == NonWorkingDay(
        date(2026, 8, 17), "Hari Kemerdekaan Republik Indonesia", HolidaySource.PUBLIC
    )


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2026, 1, 1), False),
        (date(2026, 1, 2), True),
        (date(2026, 1, 3), False),  # Saturday
        (date(2026, 1, 4), False),  # Sunday
        (date(2026, 3, 20), False),  # cuti bersama Idul Fitri
        (date(2026, 3, 25), True),
        (date(2026, 8, 17), False),
        (date(2026, 12, 24), False),
        (date(2026, 12, 25), False),
        (date(2026, 11, 27), True),
    ],
)
def test_is_working_day(day: date, working: bool) -> None:
    assert NATIONAL.is_working_day(day) is working


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (date(2026, 11, 27), 0, date(2026, 11, 27)),
        (date(2026, 11, 27), 1, date(2026, 11, 30)),  # Friday + 1 = Monday
        (date(2026, 11, 28), 1, date(2026, 11, 30)),  # from a Saturday
        (date(2026, 3, 17), 1, date(2026, 3, 25)),  # over Nyepi and Idul Fitri
        (date(2026, 3, 19), 3, date(2026, 3, 27)),
        (date(2026, 12, 23), 1, date(2026, 12, 28)),
        (date(2026, 12, 29), 3, date(2027, 1, 4)),  # 1 January 2027 is a Friday
        (date(2026, 3, 25), -1, date(2026, 3, 17)),
        (date(2027, 1, 4), -3, date(2026, 12, 29)),
        (date(2026, 11, 30), -1, date(2026, 11, 27)),
    ],
)
def test_add_working_days(start: date, n: int, expected: date) -> None:
    assert NATIONAL.add_working_days(start, n) == expected


def test_working_days_between() -> None:
    assert NATIONAL.working_days_between(date(2026, 3, 17), date(2026, 3, 25)) == 1
    assert NATIONAL.working_days_between(date(2026, 3, 25), date(2026, 3, 17)) == -1
    assert NATIONAL.working_days_between(date(2026, 11, 27), date(2026, 11, 27)) == 0
    assert NATIONAL.working_days_between(date(2026, 11, 27), date(2026, 11, 30)) == 1
    # the whole of 2026: 104 weekend days, 13 holidays on weekdays (4 of 17 fall on a weekend), 8 cuti bersama
    assert NATIONAL.working_days_between(date(2025, 12, 31), date(2026, 12, 31)) == 365 - 104 - 13 - 8


@settings(max_examples=300)
@given(days_around_now, st.integers(min_value=-80, max_value=80))
def test_add_matches_a_day_by_day_count(start: date, n: int) -> None:
    result = NATIONAL.add_working_days(start, n)
    assert result == slow_add(NATIONAL, start, n)
    if n:
        assert NATIONAL.is_working_day(result)
    if n >= 0:
        assert NATIONAL.working_days_between(start, result) == n


@settings(max_examples=300)
@given(days_around_now, days_around_now)
def test_between_matches_a_day_by_day_count(a: date, b: date) -> None:
    assert NATIONAL.working_days_between(a, b) == slow_between(NATIONAL, a, b)
    assert NATIONAL.working_days_between(a, b) == -NATIONAL.working_days_between(b, a)


def test_office_overrides() -> None:
    calendar = WorkingDayCalendar(
        overrides_added=[
            HolidayOverride(date(2026, 11, 27), "Hari Jadi Kota"),
            HolidayOverride(date(2026, 11, 28)),
        ],
        overrides_removed=[HolidayOverride(date(2026, 12, 24), "SKB revised"), date(2026, 3, 22)],
    )
    assert not calendar.is_working_day(date(2026, 11, 27))
    assert calendar.holiday(date(2026, 11, 27)) == NonWorkingDay(
        date(2026, 11, 27), "Hari Jadi Kota", HolidaySource.OFFICE_OVERRIDE
    )
    assert calendar.is_working_day(date(2026, 12, 24))
    assert calendar.holiday(date(2026, 12, 24)) is None
    assert not calendar.is_working_day(date(2026, 3, 22))  # a removed Sunday holiday is still a Sunday
    listed = {entry.day: entry.source for entry in calendar.non_working_days(2026)}
    assert listed[date(2026, 11, 28)] == "office override"  # added on a Saturday: listed
    assert date(2026, 12, 24) not in listed and date(2026, 3, 22) not in listed
    assert calendar.add_working_days(date(2026, 11, 26), 1) == date(2026, 11, 30)
    assert calendar.add_working_days(date(2026, 12, 23), 1) == date(2026, 12, 24)
    assert NATIONAL.add_working_days(date(2026, 12, 23), 1) == date(2026, 12, 28)  # others unchanged


def test_an_added_national_holiday_stays_national() -> None:
    calendar = WorkingDayCalendar(overrides_added=[HolidayOverride(date(2026, 8, 17), "HUT RI")])
    assert calendar.holiday(date(2026, 8, 17)).source == HolidaySource.PUBLIC  # type: ignore[union-attr]


def test_a_day_cannot_be_both_added_and_removed() -> None:
    with pytest.raises(ValidationError) as caught:
        WorkingDayCalendar([HolidayOverride(date(2026, 5, 4), "x")], [date(2026, 5, 4)])
    assert (caught.value.code, caught.value.params) == ("holiday_override_conflict", {"day": "2026-05-04"})


def test_estimated_future_years_work() -> None:
    assert not NATIONAL.is_working_day(date(2030, 1, 1))
    assert not NATIONAL.is_working_day(date(2030, 8, 17))
    assert NATIONAL.add_working_days(date(2026, 1, 1), 2000) > date(2033, 1, 1)


def test_deadlines_for_many_cases_are_fast() -> None:
    starts = [date(2026, 1, 1) + timedelta(days=i % 700) for i in range(20_000)]
    NATIONAL.add_working_days(date(2027, 12, 31), 30)  # the years are built once, outside the timing
    began = time.perf_counter()
    for start in starts:
        NATIONAL.add_working_days(start, 10)
    per_call = (time.perf_counter() - began) / len(starts)
    assert per_call < 20e-6, f"{per_call * 1e6:.1f} µs per call"

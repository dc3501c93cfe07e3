"""Working days of an Indonesian government office: Monday to Friday, minus national holidays and cuti
bersama, with the office's own overrides on top.

National holidays ("public") and cuti bersama ("government") come from the `holidays` package, in
Indonesian. Its future years are estimates (the names then end in "(perkiraan)"), so the office keeps
overrides that HQ can publish: a day *added* is a holiday; a national holiday *removed* becomes a
working day again (a removed weekend day stays a weekend).

Each year is computed once, as the sorted ordinals of its working days, so that counting and adding
working days is a bisection: deadlines for thousands of cases cost a few microseconds each.
"""

from __future__ import annotations

import calendar
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

import holidays

from kelurahan_desk.core.errors import ValidationError

COUNTRY = "ID"
HOLIDAY_LANGUAGE = "id"
SATURDAY = 5


class HolidaySource(StrEnum):
    PUBLIC = "public"
    CUTI_BERSAMA = "cuti bersama"
    OFFICE_OVERRIDE = "office override"


@dataclass(frozen=True)
class HolidayOverride:
    """An office decision about one day; `name` says what the day is (added) or why (removed)."""

    day: date
    name: str = ""


@dataclass(frozen=True)
class NonWorkingDay:
    day: date
    name: str
    source: HolidaySource


@dataclass(frozen=True)
class _Year:
    working: list[int]  # ordinals of the working days, ascending
    working_set: frozenset[int]
    listed: dict[date, NonWorkingDay]


def _national(year: int) -> dict[date, NonWorkingDay]:
    found: dict[date, NonWorkingDay] = {}
    for category, source in (("government", HolidaySource.CUTI_BERSAMA), ("public", HolidaySource.PUBLIC)):
        table = holidays.country_holidays(COUNTRY, years=year, categories=category, language=HOLIDAY_LANGUAGE)
        for day, name in table.items():
            found[day] = NonWorkingDay(day, name, source)  # "public" wins on a day that is both
    return found


class WorkingDayCalendar:
    """Safe to share between threads: a year is built at most a few times, and never changes."""

    def __init__(
        self,
        overrides_added: Iterable[HolidayOverride] = (),
        overrides_removed: Iterable[HolidayOverride | date] = (),
    ) -> None:
        self._added = {o.day: o for o in overrides_added}
        self._removed = {o if isinstance(o, date) else o.day for o in overrides_removed}
        both = sorted(self._removed & self._added.keys())
        if both:
            raise ValidationError("day", "holiday_override_conflict", {"day": both[0].isoformat()})
        self._years: dict[int, _Year] = {}
        self._lock = threading.Lock()

    def _year(self, year: int) -> _Year:
        found = self._years.get(year)
        if found is None:
            found = self._build(year)
            with self._lock:
                found = self._years.setdefault(year, found)
        return found

    def _build(self, year: int) -> _Year:
        listed = {day: entry for day, entry in _national(year).items() if day not in self._removed}
        for day, override in self._added.items():
            if day.year == year and day not in listed:
                listed[day] = NonWorkingDay(day, override.name, HolidaySource.OFFICE_OVERRIDE)
        days = (date(year, 1, 1) + timedelta(days=i) for i in range(366 if calendar.isleap(year) else 365))
        working = [day.toordinal() for day in days if day.weekday() < SATURDAY and day not in listed]
        return _Year(working, frozenset(working), dict(sorted(listed.items())))

    def is_working_day(self, d: date) -> bool:
        return d.toordinal() in self._year(d.year).working_set

    def holiday(self, d: date) -> NonWorkingDay | None:
        """The holiday or cuti bersama on `d`, if any (a plain weekend is not one)."""
        return self._year(d.year).listed.get(d)

    def non_working_days(self, year: int) -> list[NonWorkingDay]:
        """Holidays, cuti bersama and office-added days of a year, by date; weekends are not listed,
        but a holiday that falls on a weekend is."""
        return list(self._year(year).listed.values())

    def add_working_days(self, start: date, n: int) -> date:
        """The day `n` working days after `start` (before it when `n` is negative); `start` itself never
        counts, so with n=1 on a Friday the answer is the next working Monday. n=0 gives `start`."""
        if n == 0:
            return start
        year = start.year
        working = self._year(year).working
        if n > 0:
            index = bisect_right(working, start.toordinal()) + n - 1
            while index >= len(working):
                index -= len(working)
                year += 1
                working = self._year(year).working
        else:
            index = bisect_left(working, start.toordinal()) + n
            while index < 0:
                year -= 1
                working = self._year(year).working
                index += len(working)
        return date.fromordinal(working[index])

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end`; negative when `end` comes first.

        `working_days_between(today, due)` is the days left (0 on the due date itself), and
        `working_days_between(d, add_working_days(d, n)) == n` for every n >= 0.
        """
        if end < start:
            return -self.working_days_between(end, start)
        first = self._year(start.year).working
        start_ordinal, end_ordinal = start.toordinal(), end.toordinal()
        if start.year == end.year:
            return bisect_right(first, end_ordinal) - bisect_right(first, start_ordinal)
        count = len(first) - bisect_right(first, start_ordinal)
        for year in range(start.year + 1, end.year):
            count += len(self._year(year).working)
        return count + bisect_right(self._year(end.year).working, end_ordinal)

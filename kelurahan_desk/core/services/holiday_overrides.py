"""The office's holiday overrides, and the working-day calendar they make with the national holidays.

An override either adds a holiday (a regional holiday, a day the office is closed by decree) or gives a
national holiday or cuti bersama back as a working day (the `holidays` package only estimates future
years). HQ can publish overrides too; they arrive through sync into the same table, and the download
counts the running deadlines again (`recount_after_sync`). Adding or removing one is one unit of work that
also counts the running case deadlines again (`case_deadline_refresh`).

`calendar()` is the calendar provider the case services call: it reads the (small) table each time and
builds a new calendar only when the table changed, whoever changed it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from kelurahan_desk.core.domain import working_days as wd
from kelurahan_desk.core.domain.working_days import SATURDAY, WorkingDayCalendar
from kelurahan_desk.core.errors import NotFound, ValidationError
from kelurahan_desk.core.services.case_deadline_refresh import refresh_case_deadlines
from kelurahan_desk.core.services.permissions import Actor, Permission
from kelurahan_desk.core.store.models import HolidayOverride
from kelurahan_desk.core.store.models.calendar import ADDED, REMOVED
from kelurahan_desk.core.store.unit_of_work import Store

FIRST_YEAR, LAST_YEAR = 1990, 2100
NAME_MAX = 100
_Rows = tuple[tuple[date, str, str], ...]


class OverrideKind(StrEnum):
    ADDED = ADDED  # the day is a holiday at this office
    REMOVED = REMOVED  # the national holiday on that day is a working day at this office


@dataclass(frozen=True)
class OverrideInput:
    day: date
    kind: OverrideKind | str
    name: str = ""  # what the day is (added), or why it is worked (removed; may be left empty)


@dataclass(frozen=True)
class HolidayOverrideView:
    id: str
    day: date
    kind: OverrideKind
    name: str
    national_name: str  # the national holiday or cuti bersama on that day, "" if none
    rev: int


@dataclass(frozen=True)
class OverrideChange:
    override: HolidayOverrideView
    cases_moved: int  # cases whose running deadline or reopen window was counted again to another day


def _calendar_of(rows: _Rows) -> WorkingDayCalendar:
    return WorkingDayCalendar(
        overrides_added=[wd.HolidayOverride(day, name) for day, kind, name in rows if kind == ADDED],
        overrides_removed=[wd.HolidayOverride(day, name) for day, kind, name in rows if kind == REMOVED],
    )


def override_rows(s: Session) -> _Rows:
    """The override table as (day, kind, name) by day: what the calendar is made of."""
    found = s.execute(select(HolidayOverride.day, HolidayOverride.kind, HolidayOverride.name).order_by(
        HolidayOverride.day
    ))
    return tuple((day, kind, name) for day, kind, name in found)


def recount_after_sync(s: Session, before: _Rows) -> int:
    """After HQ's changes were applied in this unit of work: if they changed the override table since
    `before`, counts the running case deadlines again from the earliest changed day. The moved dates are
    the office's own changes, so they go to the outbox although what HQ sent does not. Returns the cases moved."""
    after = override_rows(s)
    changed = set(before) ^ set(after)
    if not changed:
        return 0
    journal = Store.journal(s)
    sending = journal.capture_outbox
    journal.capture_outbox = True
    try:
        moved = refresh_case_deadlines(s, _calendar_of(after), min(day for day, _kind, _name in changed))
        s.flush()
    finally:
        journal.capture_outbox = sending
    return moved


class HolidayOverrideService:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._national = WorkingDayCalendar()
        self._cached: tuple[_Rows, WorkingDayCalendar] | None = None

    def calendar(self) -> WorkingDayCalendar:
        """The calendar in force: national holidays and cuti bersama with the office's overrides."""
        with self._store.read() as s:
            rows = override_rows(s)
        cached = self._cached
        if cached is None or cached[0] != rows:
            cached = (rows, _calendar_of(rows))
            self._cached = cached
        return cached[1]

    def list(self, actor: Actor, year: int | None = None) -> list[HolidayOverrideView]:
        """The overrides by date, of one year or all."""
        actor.require(Permission.VIEW)
        stmt = select(HolidayOverride).order_by(HolidayOverride.day)
        if year is not None:
            stmt = stmt.where(HolidayOverride.day.between(date(year, 1, 1), date(year, 12, 31)))
        with self._store.read() as s:
            return [self._view(row) for row in s.scalars(stmt)]

    def add(self, actor: Actor, value: OverrideInput) -> OverrideChange:
        actor.require(Permission.MANAGE_OFFICE)
        value = self._checked(value)
        with self._store.write(actor.username, "holiday_override.add") as s:
            taken = s.scalar(select(HolidayOverride).where(HolidayOverride.day == value.day))
            if taken is not None:
                raise ValidationError("day", "holiday_override_taken", {"day": value.day.isoformat()})
            row = HolidayOverride(day=value.day, kind=str(value.kind), name=value.name)
            s.add(row)
            s.flush()
            moved = refresh_case_deadlines(s, _calendar_of(override_rows(s)), value.day)
            return OverrideChange(self._view(row), moved)

    def remove(self, actor: Actor, override_id: str, *, expected_rev: int | None = None) -> int:
        """Deletes the override (the day is again as the national calendar has it); returns the cases moved."""
        actor.require(Permission.MANAGE_OFFICE)
        with self._store.write(actor.username, "holiday_override.remove") as s:
            row = s.get(HolidayOverride, override_id)
            if row is None:
                raise NotFound("holiday_override", override_id)
            if expected_rev is not None and row.rev != expected_rev:
                raise ValidationError("rev", "stale")
            day = row.day
            s.delete(row)
            s.flush()
            return refresh_case_deadlines(s, _calendar_of(override_rows(s)), day)

    def _checked(self, value: OverrideInput) -> OverrideInput:
        try:
            kind = OverrideKind(value.kind)
        except ValueError:
            raise ValidationError("kind", "unknown_choice") from None
        name = " ".join(value.name.split())
        if len(name) > NAME_MAX:
            raise ValidationError("name", "too_long", {"max": NAME_MAX})
        if not FIRST_YEAR <= value.day.year <= LAST_YEAR:
            raise ValidationError("day", "out_of_range", {"min": FIRST_YEAR, "max": LAST_YEAR})
        national = self._national.holiday(value.day)
        if kind == OverrideKind.ADDED:
            if not name:
                raise ValidationError("name", "required")
            if national is not None:
                raise ValidationError("day", "holiday_override_already_holiday", {"name": national.name})
            if value.day.weekday() >= SATURDAY:
                raise ValidationError("day", "holiday_override_weekend")
        elif national is None:
            raise ValidationError("day", "holiday_override_not_holiday")
        return OverrideInput(value.day, kind, name)

    def _view(self, row: HolidayOverride) -> HolidayOverrideView:
        national = self._national.holiday(row.day)
        return HolidayOverrideView(
            row.id, row.day, OverrideKind(row.kind), row.name, national.name if national else "", row.rev
        )

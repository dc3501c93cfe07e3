"""The office's working-day calendar decisions on top of the national holidays (see `domain.working_days`)."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from sqlalchemy import Date, String
from sqlalchemy.orm import Mapped, mapped_column

from kelurahan_desk.core.store.base import Base, Tracked

ADDED = "added"
REMOVED = "removed"


class HolidayOverride(Tracked, Base):
    """One day the office (or HQ for it) declared a holiday (`added`) or a working day after all (`removed`);
    at most one per day. `name` is what the day is (added) or why it is worked (removed)."""

    __tablename__ = "holiday_override"
    __entity__: ClassVar[str] = "holiday_override"

    day: Mapped[date] = mapped_column(Date, unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(100), default="")

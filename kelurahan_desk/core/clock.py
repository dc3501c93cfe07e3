"""Where "now" comes from. Services take a clock so tests can move time forward."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo


class Clock:
    def __init__(self, zone: str = "Asia/Jakarta") -> None:
        self.zone = ZoneInfo(zone)

    def now(self) -> datetime:
        return datetime.now(UTC)

    def local_now(self) -> datetime:
        return self.now().astimezone(self.zone)

    def today(self) -> date:
        return self.local_now().date()


class FixedClock(Clock):
    """A clock that only moves when told; for tests and benchmarks."""

    def __init__(self, at: datetime, zone: str = "Asia/Jakarta") -> None:
        super().__init__(zone)
        self._at = at

    def now(self) -> datetime:
        return self._at

    def advance(self, delta: timedelta) -> None:
        self._at += delta

    def set(self, at: datetime) -> None:
        self._at = at

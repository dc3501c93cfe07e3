"""The demo's stories told at their own moments: while they are replayed the store's clock is one the demo sets
to each step's time (never past the real now), and it is put back afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta

from kelurahan_desk.composition import Services
from kelurahan_desk.core.clock import Clock, FixedClock


class Replay:
    def __init__(self, clock: FixedClock, real: Clock) -> None:
        self.clock = clock
        self.real = real

    def at(self, day: date, hour: int, minute: int = 0) -> None:
        """Moves the store's clock to that office time (or to now, when that is still to come)."""
        moment = datetime.combine(day, time(hour, minute), tzinfo=self.real.zone)
        self.clock.set(min(moment, self.real.now()))

    def later(self, minutes: int) -> None:
        self.clock.set(min(self.clock.now() + timedelta(minutes=minutes), self.real.now()))


@contextmanager
def replayed(services: Services) -> Iterator[Replay]:
    real = services.store.clock
    replay = FixedClock(real.now(), zone=str(real.zone))
    services.store.clock = replay
    try:
        yield Replay(replay, real)
    finally:
        services.store.clock = real


def working_days_ago(today: date, count: int) -> date:
    """The `count`-th Monday-to-Friday day before the last one up to `today` (the demo's stories skip weekends,
    not holidays): 0 on a Sunday is the Friday before."""
    day = today
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    while count > 0:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day

"""When the background agent tries again: soon after start, then on a steady interval while HQ answers;
while the link is down, after waits that double up to a ceiling, each drawn at random below its bound
(full jitter) so that many offices coming back online do not all knock at once."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from kelurahan_desk.core.services.sync_status import SyncRoundResult


@dataclass
class SyncSchedule:
    first_s: float = 5.0
    interval_s: float = 300.0
    busy_interval_s: float = 20.0
    base_s: float = 15.0
    max_s: float = 900.0
    rng: Callable[[], float] = field(default=random.random)
    failures: int = 0

    def after(self, result: SyncRoundResult) -> float:
        """Seconds to wait before the next round, given how this one went."""
        if not result.reached_hq or result.error:
            self.failures += 1
            bound = min(self.max_s, self.base_s * 2 ** (self.failures - 1))
            return max(1.0, bound * self.rng())
        self.failures = 0
        return self.interval_s if result.complete else self.busy_interval_s

    def after_failure(self) -> float:
        """An unexpected failure (not a link problem): wait as if the link were down."""
        return self.after(SyncRoundResult(reached_hq=False, complete=False, error="failed"))

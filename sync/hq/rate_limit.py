"""Per-office token buckets kept in the database, so every server process draws from the same bucket."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.engine import Connection

from sync.hq.database import in_transaction
from sync.hq.errors import HqError
from sync.hq.schema import rate_buckets


@dataclass(frozen=True)
class RateLimit:
    per_second: float = 20.0
    burst: float = 200.0


class RateLimiter:
    def __init__(self, engine: Engine, limit: RateLimit, now: Callable[[], float] = time.time) -> None:
        self._engine = engine
        self._limit = limit
        self._now = now

    def take(self, key: str) -> None:
        """Spend one token of `key`'s bucket; raises HqError 429 with the seconds to wait when empty."""
        now = self._now()
        limit = self._limit

        def work(conn: Connection) -> float:
            row = conn.execute(select(rate_buckets).where(rate_buckets.c.key == key).with_for_update()).first()
            if row is None:
                conn.execute(insert(rate_buckets).values(key=key, tokens=limit.burst - 1, updated=now))
                return 0.0
            tokens = min(limit.burst, row.tokens + max(0.0, now - row.updated) * limit.per_second)
            if tokens < 1:
                conn.execute(update(rate_buckets).where(rate_buckets.c.key == key).values(tokens=tokens, updated=now))
                return (1 - tokens) / limit.per_second
            conn.execute(update(rate_buckets).where(rate_buckets.c.key == key).values(tokens=tokens - 1, updated=now))
            return 0.0

        wait = in_transaction(self._engine, work)
        if wait > 0:
            raise HqError(429, "rate_limited", retry_after=max(1, round(wait + 0.5)))

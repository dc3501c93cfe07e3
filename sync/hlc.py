"""Hybrid logical clock stamps as offices write them: ``"<13-digit unix ms>.<5-digit counter>"``.

Stamps sort as text in the order of events, whatever the machines' wall clocks say. HQ reads the
physical part to see how far an office clock runs ahead of its own.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable

from sync.errors import ProtocolError

_PATTERN = re.compile(r"^(\d{13})\.(\d{5})$")
MAX_COUNTER = 99_999


def format_hlc(wall_ms: int, counter: int) -> str:
    if not 0 <= wall_ms < 10**13 or not 0 <= counter <= MAX_COUNTER:
        raise ValueError("hlc out of range")
    return f"{wall_ms:013d}.{counter:05d}"


def parse_hlc(text: object) -> tuple[int, int]:
    """(wall ms, counter); raises ProtocolError('bad_hlc') for anything else."""
    if not isinstance(text, str) or len(text) != 19:
        raise ProtocolError("bad_hlc", "not a stamp")
    m = _PATTERN.match(text)
    if not m:
        raise ProtocolError("bad_hlc", text)
    return int(m.group(1)), int(m.group(2))


def _system_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridLogicalClock:
    """Thread-safe clock: `now()` is later than every stamp made or `observe()`d before."""

    def __init__(self, wall_ms: Callable[[], int] = _system_ms, last: str | None = None) -> None:
        self._wall_ms = wall_ms
        self._lock = threading.Lock()
        self._l, self._c = parse_hlc(last) if last else (0, 0)

    def now(self) -> str:
        with self._lock:
            pt = self._wall_ms()
            if pt > self._l:
                self._l, self._c = pt, 0
            elif self._c >= MAX_COUNTER:
                self._l, self._c = self._l + 1, 0
            else:
                self._c += 1
            return format_hlc(self._l, self._c)

    def observe(self, remote: str) -> None:
        stamp = parse_hlc(remote)
        with self._lock:
            self._l, self._c = max((self._l, self._c), stamp)

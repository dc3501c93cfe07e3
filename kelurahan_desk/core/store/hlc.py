"""Hybrid logical clock: orders changes even when the PC's wall clock jumps back."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


def format_hlc(physical_ms: int, counter: int) -> str:
    return f"{physical_ms:013d}.{counter:05d}"


def parse_hlc(text: str) -> tuple[int, int]:
    physical, counter = text.split(".")
    return int(physical), int(counter)


class HybridClock:
    """`tick()` gives a value strictly greater than every value it gave or `observe()`d before."""

    def __init__(self, last: str | None = None, wall_ms: Callable[[], int] | None = None) -> None:
        self._wall_ms = wall_ms or (lambda: time.time_ns() // 1_000_000)
        self._physical, self._counter = parse_hlc(last) if last else (0, 0)
        self._lock = threading.Lock()

    def tick(self) -> str:
        with self._lock:
            now = self._wall_ms()
            if now > self._physical:
                self._physical, self._counter = now, 0
            else:
                self._counter += 1
            return format_hlc(self._physical, self._counter)

    def observe(self, remote: str) -> None:
        physical, counter = parse_hlc(remote)
        with self._lock:
            if (physical, counter) > (self._physical, self._counter):
                self._physical, self._counter = physical, counter

    @property
    def last(self) -> str:
        return format_hlc(self._physical, self._counter)

"""UUIDv7 keys, made offline: time-ordered, so new rows append to indexes."""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def uuid7() -> str:
    """A RFC 9562 version-7 UUID as its 36-character text form, monotonic within this process."""
    global _last_ms, _counter
    random = int.from_bytes(os.urandom(10), "big")
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            _counter += 1
            if _counter > 0xFFF:
                _last_ms += 1
                _counter = 0
            ms = _last_ms
        else:
            _last_ms = ms
            _counter = random >> 70  # 10 random bits leave room to count up within the millisecond
        rand_a = _counter
    rand_b = random & ((1 << 62) - 1)
    text = f"{(ms & 0xFFFF_FFFF_FFFF) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def uuid7_time_ms(key: str) -> int:
    return uuid.UUID(key).int >> 80

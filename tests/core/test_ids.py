"""UUIDv7 record keys: the RFC 9562 layout, the time they carry, and their order."""

from __future__ import annotations

import time
import uuid

from kelurahan_desk.core.store.ids import uuid7, uuid7_time_ms


def test_keys_are_version_7_carry_their_time_and_sort_in_the_order_made() -> None:
    before = time.time_ns() // 1_000_000
    keys = [uuid7() for _ in range(20_000)]
    after = time.time_ns() // 1_000_000
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    for key in keys[:: 997]:
        parsed = uuid.UUID(key)
        assert str(parsed) == key and len(key) == 36
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
        assert before <= uuid7_time_ms(key) <= after + 1
    # many keys in one millisecond still differ in their random part
    assert len({key[19:] for key in keys}) == len(keys)

"""Batch encoding, decoding and cutting: the same bytes on HTTP and USB, refused when anything is off."""

from __future__ import annotations

import gzip
import json

import pytest

from sync import signing
from sync.errors import ProtocolError
from sync.hlc import HybridLogicalClock, format_hlc, parse_hlc
from sync.protocol import (
    GENESIS_HASH,
    MAX_BATCH_BYTES,
    batch_hash,
    cut_batches,
    decode_ack,
    decode_batch,
    encode_ack,
    encode_batch,
    peek_header,
)
from tests.sync.factories import audit_chain, change

KEY = signing.generate_private_key()
PUB = signing.public_key_of(KEY)
OFFICE = "32.73.01.1001"


def _batch(changes, audit=(), seq=1):
    return encode_batch(office=OFFICE, epoch=1, seq=seq, prev_hash=GENESIS_HASH, changes=changes,
                        audit=audit, private_key=KEY)


def _resign(lines: list[bytes]) -> tuple[bytes, bytes]:
    body = gzip.compress(b"\n".join(lines) + b"\n", mtime=0)
    return body, signing.sign(KEY, body)


def test_round_trip_keeps_changes_audit_and_header():
    changes = [change(n=i) for i in range(5)] + [change(op="insert", n=9), change(op="delete", n=10)]
    audit = audit_chain(3)
    signed = _batch(changes, audit, seq=7)
    batch = decode_batch(signed.body, signed.signature, PUB)
    assert list(batch.changes) == changes
    assert list(batch.audit) == audit
    assert batch.hash == batch_hash(signed.body) == signed.hash
    assert (batch.header.office, batch.header.seq, batch.header.count, batch.header.audit_count) == (OFFICE, 7, 7, 3)
    assert batch.header.hlc_min == min(c["hlc"] for c in changes)
    assert peek_header(signed.body) == batch.header


def test_same_input_gives_same_bytes():
    changes = [change(n=1)]
    first = encode_batch(office=OFFICE, epoch=1, seq=1, prev_hash=GENESIS_HASH, changes=changes,
                         private_key=KEY, created="2026-11-28T00:00:00+00:00")
    second = encode_batch(office=OFFICE, epoch=1, seq=1, prev_hash=GENESIS_HASH, changes=changes,
                          private_key=KEY, created="2026-11-28T00:00:00+00:00")
    assert first.body == second.body


def test_signature_from_another_key_or_altered_body_is_refused():
    signed = _batch([change()])
    other = signing.public_key_of(signing.generate_private_key())
    with pytest.raises(ProtocolError) as err:
        decode_batch(signed.body, signed.signature, other)
    assert err.value.code == "bad_signature"
    altered = signed.body[:-5] + bytes([signed.body[-5] ^ 1]) + signed.body[-4:]
    with pytest.raises(ProtocolError) as err:
        decode_batch(altered, signed.signature, PUB)
    assert err.value.code == "bad_signature"


@pytest.mark.parametrize(
    ("mutate", "code"),
    [
        (lambda c: c.update(op="upsert"), "bad_change"),
        (lambda c: c.update(change_id="not-a-uuid"), "bad_change"),
        (lambda c: c.update(base_rev=-1), "bad_change"),
        (lambda c: c.update(base_rev=True), "bad_change"),
        (lambda c: c.update(hlc="yesterday"), "bad_hlc"),
        (lambda c: c.update(wall="2026-11-28T09:00:00+07:00"), "bad_change"),
        (lambda c: c.update(fields={"name": ["a"]}), "bad_change"),
        (lambda c: c.update(fields={"Bad Name": ["a", "b"]}), "bad_change"),
        (lambda c: c.update(extra=1), "bad_change"),
        (lambda c: c.pop("actor"), "bad_change"),
    ],
)
def test_invalid_change_is_refused_with_its_code(mutate, code):
    bad = change()
    mutate(bad)
    with pytest.raises(ProtocolError) as err:
        _batch([bad])
    assert err.value.code == code
    good = _batch([change()])
    lines = gzip.decompress(good.body).rstrip(b"\n").split(b"\n")
    lines[1] = json.dumps(bad).encode()
    with pytest.raises(ProtocolError) as err:
        decode_batch(*_resign(lines), PUB)
    assert err.value.code == code


def test_insert_with_old_value_is_refused():
    bad = change(op="insert")
    bad["fields"] = {"name": ["old", "new"]}
    with pytest.raises(ProtocolError):
        _batch([bad])


def test_count_and_hlc_range_must_match_the_lines():
    signed = _batch([change(n=1), change(n=2)])
    lines = gzip.decompress(signed.body).rstrip(b"\n").split(b"\n")
    with pytest.raises(ProtocolError) as err:
        decode_batch(*_resign(lines[:-1]), PUB)
    assert err.value.code == "count_mismatch"
    header = json.loads(lines[0])
    header["hlc_max"] = header["hlc_min"]
    with pytest.raises(ProtocolError) as err:
        decode_batch(*_resign([json.dumps(header).encode(), *lines[1:]]), PUB)
    assert err.value.code == "bad_header"


def test_newer_protocol_version_is_named():
    signed = _batch([change()])
    lines = gzip.decompress(signed.body).rstrip(b"\n").split(b"\n")
    header = json.loads(lines[0])
    header["v"] = 2
    with pytest.raises(ProtocolError) as err:
        decode_batch(*_resign([json.dumps(header).encode(), *lines[1:]]), PUB)
    assert err.value.code == "bad_version"


def test_broken_audit_links_inside_a_batch_are_refused():
    audit = audit_chain(3)
    audit[2]["prev_hash"] = "f" * 64
    with pytest.raises(ProtocolError) as err:
        _batch([change()], audit)
    assert err.value.code == "bad_audit_chain"


def test_duplicate_change_id_in_one_batch_is_refused():
    one = change()
    lines = gzip.decompress(_batch([one]).body).rstrip(b"\n").split(b"\n")
    header = lines[0].replace(b'"count":1', b'"count":2')
    with pytest.raises(ProtocolError) as err:
        decode_batch(*_resign([header, lines[1], lines[1]]), PUB)
    assert err.value.code == "bad_change"


def test_gzip_bomb_and_oversized_body_are_refused_without_inflating_everything():
    bomb_lines = [b"x" * (40 * 1024 * 1024)]
    body, sig = _resign(bomb_lines)
    assert len(body) < MAX_BATCH_BYTES
    with pytest.raises(ProtocolError) as err:
        decode_batch(body, sig, PUB)
    assert err.value.code == "inflated_too_large"
    huge = b"\x1f\x8b" + b"\0" * (MAX_BATCH_BYTES + 1)
    with pytest.raises(ProtocolError) as err:
        decode_batch(huge, signing.sign(KEY, huge), PUB)
    assert err.value.code == "body_too_large"


def test_trailing_garbage_after_gzip_member_is_refused():
    signed = _batch([change()])
    body = signed.body + b"junk"
    with pytest.raises(ProtocolError) as err:
        decode_batch(body, signing.sign(KEY, body), PUB)
    assert err.value.code == "not_gzip"


def test_cut_batches_respects_count_and_keeps_order():
    changes = [change(n=i) for i in range(2500)]
    groups = cut_batches(changes, max_changes=1000)
    assert [len(g) for g in groups] == [1000, 1000, 500]
    assert [c for g in groups for c in g] == changes


def test_cut_batches_respects_compressed_size():
    import os

    noisy = [change(n=i, fields={"note": [None, os.urandom(600).hex()]}) for i in range(600)]
    groups = cut_batches(noisy, max_changes=1000, max_bytes=64 * 1024)
    assert len(groups) > 5
    assert [c for g in groups for c in g] == noisy
    for i, group in enumerate(groups):
        body = _batch(group, seq=i + 1).body
        assert len(body) <= 64 * 1024


def test_cut_batches_gives_an_oversized_change_its_own_group():
    import os

    big = change(fields={"note": [None, os.urandom(40_000).hex()]})
    groups = cut_batches([change(n=1), big, change(n=2)], max_bytes=32 * 1024)
    assert groups == [[groups[0][0]], [big], [groups[2][0]]]


def test_ack_round_trip_and_forgery():
    hq = signing.generate_private_key()
    ack = {"office": OFFICE, "epoch": 1, "seq": 3, "batch_hash": "a" * 64, "received_at": "t", "applied": 1,
           "duplicates": 0, "quarantined": [], "conflicts": [], "audit": {}, "clock": {}}
    signed = encode_ack(ack, hq)
    assert decode_ack(signed.payload, signed.signature, signing.public_key_of(hq))["seq"] == 3
    with pytest.raises(ProtocolError) as err:
        decode_ack(signed.payload.replace(b'"seq":3', b'"seq":4'), signed.signature, signing.public_key_of(hq))
    assert err.value.code == "bad_signature"


def test_hlc_clock_is_monotonic_when_the_wall_clock_jumps_back():
    walls = iter([5_000, 4_000, 4_000, 6_000, 7_000])
    clock = HybridLogicalClock(lambda: next(walls))
    stamps = [clock.now() for _ in range(4)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 4
    assert parse_hlc(format_hlc(123, 45)) == (123, 45)
    clock.observe(format_hlc(9_000, 7))
    assert clock.now() > format_hlc(9_000, 7)


def test_numbers_beyond_json_range_are_refused():
    signed = _batch([change()])
    lines = gzip.decompress(signed.body).rstrip(b"\n").split(b"\n")
    lines[1] = lines[1].replace(b'"Siti 0"', b"1e400")
    with pytest.raises(ProtocolError) as err:
        decode_batch(*_resign(lines), PUB)
    assert err.value.code == "bad_change"

"""Whatever bytes arrive, the decoder answers with a ProtocolError or a valid batch, nothing else."""

from __future__ import annotations

import contextlib
import gzip
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync import signing
from sync.errors import ProtocolError
from sync.protocol import GENESIS_HASH, decode_ack, decode_batch, encode_batch, peek_header
from tests.sync.factories import audit_chain, change

KEY = signing.generate_private_key()
PUB = signing.public_key_of(KEY)
VALID = encode_batch(office="32.73.01.1001", epoch=1, seq=1, prev_hash=GENESIS_HASH,
                     changes=[change(n=1), change(op="insert", n=2), change(op="delete", n=3)],
                     audit=audit_chain(2), private_key=KEY)
VALID_LINES = [json.loads(x) for x in gzip.decompress(VALID.body).splitlines()]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _decode_signed(body: bytes) -> None:
    try:
        batch = decode_batch(body, signing.sign(KEY, body), PUB)
    except ProtocolError as err:
        assert err.code
    else:
        assert batch.header.count == len(batch.changes)
    with contextlib.suppress(ProtocolError):
        peek_header(body)


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes(body):
    _decode_signed(body)


@FUZZ
@given(st.binary(max_size=4096))
def test_random_gzip_content(content):
    _decode_signed(gzip.compress(content, mtime=0))


@FUZZ
@given(st.integers(0, len(VALID.body) - 1), st.integers(1, 255))
def test_flipped_byte_in_a_valid_body(position, xor):
    body = bytearray(VALID.body)
    body[position] ^= xor
    _decode_signed(bytes(body))


@FUZZ
@given(st.data())
def test_a_value_replaced_in_a_valid_batch(data):
    lines = json.loads(json.dumps(VALID_LINES))
    line = data.draw(st.integers(0, len(lines) - 1))
    target = lines[line]
    path_key = data.draw(st.sampled_from(sorted(target)))
    if data.draw(st.booleans()):
        target[path_key] = data.draw(json_values)
    else:
        del target[path_key]
    text = "\n".join(json.dumps(x) for x in lines) + "\n"
    _decode_signed(gzip.compress(text.encode(), mtime=0))


@FUZZ
@given(st.data())
def test_text_edits_in_a_valid_batch(data):
    text = gzip.decompress(VALID.body)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, min(len(text), start + 40)))
    insert = data.draw(st.binary(max_size=20) | st.sampled_from([b"\n", b"{", b"[[[[", b"\xff", b'"', b"NaN"]))
    _decode_signed(gzip.compress(text[:start] + insert + text[end:], mtime=0))


@FUZZ
@given(st.binary(max_size=600), st.binary(max_size=80))
def test_random_acknowledgements(payload, signature):
    with contextlib.suppress(ProtocolError):
        decode_ack(payload, signature, PUB)
    with contextlib.suppress(ProtocolError):
        decode_ack(payload, signing.sign(KEY, payload), PUB)


def test_deeply_nested_json_is_a_protocol_error():
    lines = gzip.decompress(VALID.body).split(b"\n")
    lines[1] = b"[" * 100_000 + b"]" * 100_000
    _decode_signed(gzip.compress(b"\n".join(lines), mtime=0))

"""Batches and acknowledgements: the bytes that HTTP and USB carry between an office and HQ.

A batch is a gzip file of JSON lines: one header, ``count`` changes, then ``audit_count`` audit
entries. It is signed with the sender's Ed25519 key (a detached signature over the gzip body) and
named by the SHA-256 of that body. An acknowledgement is canonical JSON signed by HQ.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sync import signing
from sync.batch_format import (
    BATCH_KINDS,
    GENESIS_HASH,
    MAX_AUDIT,
    MAX_CHANGES,
    PROTOCOL_VERSION,
    check_audit,
    check_audit_links,
    check_change,
    check_header,
)
from sync.errors import ProtocolError

__all__ = [
    "GENESIS_HASH",
    "MAX_BATCH_BYTES",
    "PROTOCOL_VERSION",
    "Batch",
    "BatchHeader",
    "ProtocolError",
    "SignedAck",
    "SignedBatch",
    "batch_hash",
    "canonical_json",
    "cut_batches",
    "decode_ack",
    "decode_batch",
    "encode_ack",
    "encode_batch",
    "peek_header",
    "utc_now_iso",
]

MAX_BATCH_BYTES = 1024 * 1024
MAX_INFLATED_BYTES = 32 * 1024 * 1024
MAX_ACK_BYTES = 512 * 1024
_RESERVE_BYTES = 2048


def utc_now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def canonical_json(value: Any) -> bytes:
    """The one serialisation that is hashed and signed: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True,
                      allow_nan=False).encode("utf-8")


def batch_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


@dataclass(frozen=True)
class BatchHeader:
    kind: str
    office: str
    epoch: int
    seq: int
    prev_hash: str
    count: int
    audit_count: int
    hlc_min: str | None
    hlc_max: str | None
    created: str

    @classmethod
    def from_dict(cls, value: Any) -> BatchHeader:
        header = check_header(value)
        return cls(**{k: header[k] for k in cls.__dataclass_fields__})

    def to_dict(self) -> dict[str, Any]:
        return {"v": PROTOCOL_VERSION, **{k: getattr(self, k) for k in self.__dataclass_fields__}}


@dataclass(frozen=True)
class SignedBatch:
    """What travels: the gzip body and the sender's detached signature over it."""

    body: bytes
    signature: bytes

    @property
    def hash(self) -> str:
        return batch_hash(self.body)


@dataclass(frozen=True)
class Batch:
    """A decoded, verified batch."""

    header: BatchHeader
    changes: tuple[dict[str, Any], ...]
    audit: tuple[dict[str, Any], ...]
    hash: str


def encode_batch(
    *,
    office: str,
    epoch: int,
    seq: int,
    prev_hash: str,
    changes: Sequence[dict[str, Any]],
    private_key: bytes,
    audit: Sequence[dict[str, Any]] = (),
    kind: str = "upload",
    created: str | None = None,
) -> SignedBatch:
    """Build and sign one batch. Inputs are validated with the same rules the decoder applies."""
    if kind not in BATCH_KINDS:
        raise ProtocolError("bad_header", "kind")
    for change in changes:
        check_change(change)
    for entry in audit:
        check_audit(entry)
    check_audit_links(list(audit))
    hlcs = sorted(c["hlc"] for c in changes)
    header = BatchHeader.from_dict({
        "v": PROTOCOL_VERSION, "kind": kind, "office": office, "epoch": epoch, "seq": seq,
        "prev_hash": prev_hash, "count": len(changes), "audit_count": len(audit),
        "hlc_min": hlcs[0] if hlcs else None, "hlc_max": hlcs[-1] if hlcs else None,
        "created": created or utc_now_iso(),
    })
    lines = [canonical_json(header.to_dict())]
    lines += [canonical_json(c) for c in changes]
    lines += [canonical_json(a) for a in audit]
    body = gzip.compress(b"\n".join(lines) + b"\n", compresslevel=6, mtime=0)
    if len(body) > MAX_BATCH_BYTES:
        raise ProtocolError("body_too_large", f"{len(body)} bytes")
    return SignedBatch(body, signing.sign(private_key, body))


def _inflate(body: bytes, limit: int, need_all: bool = True) -> bytes:
    if not isinstance(body, bytes | bytearray) or len(body) > MAX_BATCH_BYTES:
        raise ProtocolError("body_too_large", "compressed body over the limit")
    inflater = zlib.decompressobj(wbits=31)
    try:
        data = inflater.decompress(body, limit)
    except zlib.error as exc:
        raise ProtocolError("not_gzip", str(exc)[:80]) from exc
    if need_all:
        if inflater.unconsumed_tail:
            raise ProtocolError("inflated_too_large", f"over {limit} bytes")
        if not inflater.eof or inflater.unused_data:
            raise ProtocolError("not_gzip", "truncated or trailing data")
    return data


def _json_line(line: bytes, code: str) -> Any:
    try:
        return json.loads(line.decode("utf-8"), parse_constant=_reject_constant)
    except ProtocolError:
        raise
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ProtocolError(code, "not a JSON line") from exc


def _reject_constant(name: str) -> Any:
    raise ProtocolError("bad_json", name)


def _signed_by(public_key: bytes, data: bytes, signature: object) -> bool:
    return isinstance(signature, bytes | bytearray) and signing.verify(public_key, bytes(data), bytes(signature))


def peek_header(body: bytes) -> BatchHeader:
    """The header alone, to find the sender's key before verifying. No signature is checked."""
    data = _inflate(body, 64 * 1024, need_all=False)
    first, newline, _ = data.partition(b"\n")
    if not newline:
        raise ProtocolError("bad_header", "no header line")
    return BatchHeader.from_dict(_json_line(first, "bad_header"))


def decode_batch(body: bytes, signature: bytes, public_key: bytes) -> Batch:
    """Verify the signature, inflate within bounds and validate every line.

    Raises only ProtocolError; its code says what is wrong.
    """
    if not isinstance(body, bytes | bytearray) or len(body) > MAX_BATCH_BYTES:
        raise ProtocolError("body_too_large", "compressed body over the limit")
    if not _signed_by(public_key, body, signature):
        raise ProtocolError("bad_signature", "")
    body = bytes(body)
    data = _inflate(body, MAX_INFLATED_BYTES)
    if not data.endswith(b"\n"):
        raise ProtocolError("bad_framing", "no final newline")
    lines = data[:-1].split(b"\n")
    if len(lines) > 1 + MAX_CHANGES + MAX_AUDIT:
        raise ProtocolError("count_mismatch", "too many lines")
    header = BatchHeader.from_dict(_json_line(lines[0], "bad_header"))
    if len(lines) != 1 + header.count + header.audit_count:
        expected = f"{header.count}+{header.audit_count}"
        raise ProtocolError("count_mismatch", f"{len(lines) - 1} lines for {expected}")
    changes = tuple(check_change(_json_line(x, "bad_change")) for x in lines[1:1 + header.count])
    audit = [check_audit(_json_line(x, "bad_audit")) for x in lines[1 + header.count:]]
    check_audit_links(audit)
    if changes:
        hlcs = [c["hlc"] for c in changes]
        if min(hlcs) != header.hlc_min or max(hlcs) != header.hlc_max:
            raise ProtocolError("bad_header", "hlc range does not match the changes")
    seen: set[str] = set()
    for change in changes:
        if change["change_id"] in seen:
            raise ProtocolError("bad_change", "change id twice in one batch")
        seen.add(change["change_id"])
    return Batch(header, changes, tuple(audit), batch_hash(body))


def _line_cost(change: dict[str, Any]) -> bytes:
    return canonical_json(change) + b"\n"


def cut_batches(
    changes: Iterable[dict[str, Any]], max_changes: int = 1000, max_bytes: int = 256 * 1024
) -> list[list[dict[str, Any]]]:
    """Split changes, in order, into groups that each encode to at most `max_changes` changes and
    about `max_bytes` of gzip (a single change larger than that gets a group of its own)."""
    if max_changes < 1 or max_bytes < 4 * _RESERVE_BYTES:
        raise ValueError("limits too small")
    budget = max_bytes - _RESERVE_BYTES
    groups: list[list[dict[str, Any]]] = []
    current: list[dict[str, Any]] = []
    deflater = zlib.compressobj(6, zlib.DEFLATED, 31)
    produced = 0
    for change in changes:
        line = _line_cost(change)
        trial = deflater.copy()
        size = produced + len(trial.compress(line)) + len(trial.flush())
        if current and (len(current) >= max_changes or size > budget):
            groups.append(current)
            current, deflater, produced = [], zlib.compressobj(6, zlib.DEFLATED, 31), 0
        current.append(change)
        produced += len(deflater.compress(line))
    if current:
        groups.append(current)
    return groups


@dataclass(frozen=True)
class SignedAck:
    """An acknowledgement as HQ sent it: canonical JSON bytes and HQ's signature over them."""

    payload: bytes
    signature: bytes


ACK_KEYS = frozenset({
    "v", "office", "epoch", "seq", "batch_hash", "received_at", "applied", "duplicates",
    "quarantined", "conflicts", "audit", "clock",
})


def encode_ack(ack: dict[str, Any], hq_private_key: bytes) -> SignedAck:
    payload = canonical_json({"v": PROTOCOL_VERSION, **ack})
    return SignedAck(payload, signing.sign(hq_private_key, payload))


def decode_ack(payload: bytes, signature: bytes, hq_public_key: bytes) -> dict[str, Any]:
    """Verify and parse an acknowledgement. Raises only ProtocolError."""
    if not isinstance(payload, bytes | bytearray) or len(payload) > MAX_ACK_BYTES:
        raise ProtocolError("bad_ack", "size")
    if not _signed_by(hq_public_key, payload, signature):
        raise ProtocolError("bad_signature", "acknowledgement")
    ack = _json_line(bytes(payload), "bad_ack")
    if not isinstance(ack, dict) or set(ack) != ACK_KEYS or ack["v"] != PROTOCOL_VERSION:
        raise ProtocolError("bad_ack", "keys")
    return ack

"""Schema of the lines inside a batch: header, changes, audit entries. Validation raises ProtocolError.

Every value is checked for type, range and length, so nothing that passes here can surprise the
code that stores it.
"""

from __future__ import annotations

import itertools
import math
import re
import uuid
from datetime import datetime, timedelta
from typing import Any

from sync.errors import ProtocolError
from sync.hlc import parse_hlc

PROTOCOL_VERSION = 1
GENESIS_HASH = "0" * 64
BATCH_KINDS = ("upload", "reference", "office")
OPS = ("insert", "update", "delete")
REFERENCE_TARGET = "*"

MAX_CHANGES = 5_000
MAX_AUDIT = 5_000
MAX_FIELDS = 200
MAX_TEXT = 200
MAX_SEQ = 2**62
MAX_EPOCH = 2**31 - 1

OFFICE_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")
ENTITY_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
FIELD_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,63}$")
_CONTROL = re.compile(r"[\x00-\x1f]")
HEX64 = re.compile(r"^[0-9a-f]{64}$")
ENTITY_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$")

HEADER_KEYS = frozenset({
    "v", "kind", "office", "epoch", "seq", "prev_hash", "count", "audit_count", "hlc_min", "hlc_max", "created",
})
CHANGE_KEYS = frozenset(
    {"change_id", "entity", "entity_id", "op", "fields", "base_rev", "hlc", "wall", "actor"}
)
AUDIT_KEYS = frozenset({"seq", "prev_hash", "hash", "at", "actor", "action", "entity", "entity_id"})


def _fail(code: str, detail: str) -> ProtocolError:
    return ProtocolError(code, detail)


def _object(value: Any, keys: frozenset[str], code: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(code, "not an object")
    if set(value) != keys:
        missing, extra = sorted(keys - set(value)), sorted(set(value) - keys)
        raise _fail(code, f"keys missing={missing[:5]} extra={[str(k)[:40] for k in extra[:5]]}")
    return value


def check_int(value: Any, code: str, name: str, low: int = 0, high: int = MAX_SEQ) -> int:
    if type(value) is not int or not low <= value <= high:
        raise _fail(code, f"{name} not an integer in [{low}, {high}]")
    return value


def check_text(value: Any, code: str, name: str, pattern: re.Pattern[str] | None = None,
               max_len: int = MAX_TEXT, allow_empty: bool = False) -> str:
    if not isinstance(value, str) or len(value) > max_len or (not value and not allow_empty):
        raise _fail(code, f"{name} not text of 1..{max_len}")
    if pattern is not None and not (allow_empty and not value) and not pattern.match(value):
        raise _fail(code, f"{name} has a bad form")
    if _CONTROL.search(value):
        raise _fail(code, f"{name} has control characters")
    return value


def check_utc_time(value: Any, code: str, name: str) -> datetime:
    """An ISO 8601 time with a UTC offset of zero."""
    check_text(value, code, name, max_len=40)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise _fail(code, f"{name} not ISO 8601") from exc
    if moment.utcoffset() != timedelta(0):
        raise _fail(code, f"{name} not UTC")
    return moment


def check_header(value: Any) -> dict[str, Any]:
    code = "bad_header"
    if isinstance(value, dict) and value.get("v") != PROTOCOL_VERSION and "v" in value:
        raise _fail("bad_version", str(value.get("v"))[:20])
    header = _object(value, HEADER_KEYS, code)
    if header["kind"] not in BATCH_KINDS:
        raise _fail(code, "kind")
    if not (header["kind"] == "reference" and header["office"] == REFERENCE_TARGET):
        check_text(header["office"], code, "office", OFFICE_CODE, 32)
    check_int(header["epoch"], code, "epoch", 1, MAX_EPOCH)
    check_int(header["seq"], code, "seq", 1)
    check_text(header["prev_hash"], code, "prev_hash", HEX64, 64)
    count = check_int(header["count"], code, "count", 0, MAX_CHANGES)
    check_int(header["audit_count"], code, "audit_count", 0, MAX_AUDIT)
    if count == 0:
        if header["hlc_min"] is not None or header["hlc_max"] is not None:
            raise _fail(code, "hlc range on an empty batch")
    else:
        if parse_hlc(header["hlc_min"]) > parse_hlc(header["hlc_max"]):
            raise _fail(code, "hlc_min after hlc_max")
    check_utc_time(header["created"], code, "created")
    return header


def _check_json_value(value: Any, depth: int = 0) -> None:
    if depth > 16:
        raise _fail("bad_change", "value nested too deep")
    if isinstance(value, dict):
        for key, item in value.items():
            check_text(key, "bad_change", "object key", max_len=MAX_TEXT, allow_empty=True)
            _check_json_value(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _check_json_value(item, depth + 1)
    elif isinstance(value, float) and not math.isfinite(value):
        raise _fail("bad_change", "number out of range")


def check_change(value: Any) -> dict[str, Any]:
    code = "bad_change"
    change = _object(value, CHANGE_KEYS, code)
    check_uuid(change["change_id"], code, "change_id")
    check_text(change["entity"], code, "entity", ENTITY_NAME, 64)
    check_text(change["entity_id"], code, "entity_id", ENTITY_ID, 128)
    op = change["op"]
    if op not in OPS:
        raise _fail(code, "op")
    fields = change["fields"]
    if not isinstance(fields, dict) or len(fields) > MAX_FIELDS:
        raise _fail(code, "fields not an object of at most 200")
    if op != "delete" and not fields:
        raise _fail(code, "no fields")
    for name, pair in fields.items():
        check_text(name, code, "field name", FIELD_NAME, 64)
        if not isinstance(pair, list) or len(pair) != 2:
            raise _fail(code, f"field {name} not [old, new]")
        if op == "insert" and pair[0] is not None:
            raise _fail(code, f"insert with an old value in {name}")
        _check_json_value(pair)
    check_int(change["base_rev"], code, "base_rev", 0)
    if op == "insert" and change["base_rev"] != 0:
        raise _fail(code, "insert with a base revision")
    parse_hlc(change["hlc"])
    check_utc_time(change["wall"], code, "wall")
    check_text(change["actor"], code, "actor", max_len=64)
    return change


def check_uuid(value: Any, code: str, name: str) -> str:
    check_text(value, code, name, max_len=36)
    try:
        parsed = uuid.UUID(value)
    except ValueError as exc:
        raise _fail(code, f"{name} not a UUID") from exc
    if str(parsed) != value:
        raise _fail(code, f"{name} not in canonical form")
    return value


def check_audit(value: Any) -> dict[str, Any]:
    code = "bad_audit"
    entry = _object(value, AUDIT_KEYS, code)
    check_int(entry["seq"], code, "seq", 1)
    check_text(entry["prev_hash"], code, "prev_hash", HEX64, 64)
    check_text(entry["hash"], code, "hash", HEX64, 64)
    check_utc_time(entry["at"], code, "at")
    check_text(entry["actor"], code, "actor", max_len=64)
    check_text(entry["action"], code, "action", max_len=64)
    check_text(entry["entity"], code, "entity", max_len=64, allow_empty=True)
    check_text(entry["entity_id"], code, "entity_id", max_len=128, allow_empty=True)
    return entry


def check_audit_links(entries: list[dict[str, Any]]) -> None:
    """Entries inside one batch follow each other: dense sequence, each naming the previous hash."""
    for before, after in itertools.pairwise(entries):
        if after["seq"] != before["seq"] + 1 or after["prev_hash"] != before["hash"]:
            raise _fail("bad_audit_chain", f"break between {before['seq']} and {after['seq']}")

"""Sync by USB stick: the office writes its unacknowledged batches and missing attachments to a
folder; HQ imports them through the same code as HTTP and writes back acknowledgements and the
office's pending downloads. Files are found by content, not by name or manifest, so duplicated, old
or reordered files are harmless.

Layout, under ``<folder>/kelurahan-desk-sync/<office>/``::

    to-hq/manifest.json                 office, time written, stream cursors, files the office wants
    to-hq/batches/E-S-HASH.batch.gz     + .sig (URL-safe base64 signature)
    to-hq/attachments/<sha256>
    from-hq/acks/E-S.ack.json           + .sig
    from-hq/streams/<stream>-S.batch.gz + .sig
    from-hq/records.jsonl.gz            + .sig: the office's records as HQ holds them, written when the
                                        office's batches show it restored an old backup, or on request
    from-hq/attachments/<sha256>        files the office wants (of records it holds) that HQ has
    from-hq/manifest.json               + .sig: time written, missing attachments, problems, records file
                                        hash, the attachment files written and those left for next time

An attachment file in the reply is taken only when the signed manifest lists it and its bytes have its
SHA-256, so a file swapped or damaged on the stick is ignored and stays wanted.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sync import signing
from sync.batch_format import OFFICE_CODE
from sync.errors import ProtocolError
from sync.protocol import (
    Batch,
    SignedAck,
    SignedBatch,
    canonical_json,
    decode_ack,
    decode_batch,
    peek_header,
    utc_now_iso,
)

ROOT = "kelurahan-desk-sync"
RECORDS_FILE = "records.jsonl.gz"
MAX_FILE_BYTES = 64 * 1024 * 1024
_SHA = re.compile(r"^[0-9a-f]{64}$")


def office_folder(folder: Path, office: str) -> Path:
    if not OFFICE_CODE.match(office):
        raise ValueError(f"bad office code {office!r}")
    return Path(folder) / ROOT / office


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def _write_signed(path: Path, data: bytes, signature: bytes) -> None:
    _write_atomic(path, data)
    _write_atomic(path.with_name(path.name + ".sig"), (signing.b64(signature) + "\n").encode())


def _read_signed(path: Path) -> tuple[bytes, bytes]:
    """Bytes and signature of a file with its ``.sig`` beside it; ProtocolError when unusable."""
    sig_path = path.with_name(path.name + ".sig")
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ProtocolError("body_too_large", path.name)
        return path.read_bytes(), signing.unb64(sig_path.read_text("ascii", errors="replace"), "bad_signature", 200)
    except OSError as exc:
        raise ProtocolError("unreadable", f"{path.name}: {exc.strerror}") from exc


# ---- office side -------------------------------------------------------------------------------

def write_outbox(folder: Path, office: str, batches: Iterable[SignedBatch],
                 attachments: Mapping[str, bytes] | None = None, cursors: Mapping[str, int] | None = None,
                 pending_attachments: Iterable[str] = (), want_records: bool = False,
                 wanted: Iterable[str] = ()) -> Path:
    """Write batches (each unacknowledged one) and attachments HQ lacks; returns the office folder.
    `pending_attachments` names hashes not carried this time, so HQ can say which it still lacks;
    `want_records` asks HQ to write back the office's records as it holds them; `wanted` names the
    attachment files of HQ's records that the office lacks, for HQ to write into its reply."""
    base = office_folder(folder, office) / "to-hq"
    count = 0
    for batch in batches:
        header = peek_header(batch.body)
        if header.office != office:
            raise ValueError("batch of another office")
        _write_signed(base / "batches" / f"{header.epoch}-{header.seq:08d}-{batch.hash[:12]}.batch.gz",
                      batch.body, batch.signature)
        count += 1
    for sha, data in (attachments or {}).items():
        if hashlib.sha256(data).hexdigest() != sha:
            raise ValueError(f"attachment bytes do not match {sha}")
        _write_atomic(base / "attachments" / sha, data)
    listed = sorted(set(pending_attachments) | set(attachments or {}))
    manifest = {"v": 1, "office": office, "written": utc_now_iso(), "cursors": dict(cursors or {}),
                "batches_written": count, "attachments": listed, "want_records": want_records,
                "wanted": sorted(set(wanted))}
    _write_atomic(base / "manifest.json", json.dumps(manifest, indent=1).encode())
    return base.parent


@dataclass(frozen=True)
class UsbAck:
    fields: dict[str, Any]
    signed: SignedAck


@dataclass(frozen=True)
class UsbDownload:
    stream: str
    seq: int
    batch: Batch
    signed: SignedBatch


@dataclass(frozen=True)
class RecordsSnapshot:
    """The office's records as HQ held them when it wrote the reply (ids are the office's own), the head
    of the office's stream read with them, and the change ids HQ holds among the batches on the stick."""

    written: str
    stream: tuple[int, str]
    held: frozenset[str]
    records: list[dict[str, Any]]


@dataclass
class UsbReply:
    acks: list[UsbAck] = field(default_factory=list)
    downloads: dict[str, list[UsbDownload]] = field(default_factory=dict)
    missing_attachments: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    records: RecordsSnapshot | None = None
    files: dict[str, Path] = field(default_factory=dict)
    files_deferred: int = 0


def encode_records(office: str, stream: tuple[int, str], held: Iterable[str], records: list[dict[str, Any]],
                   hq_private_key: bytes) -> tuple[bytes, bytes]:
    """gzip JSON lines: a header, then one record per line; signed with HQ's key."""
    header = {"v": 1, "kind": "records", "office": office, "written": utc_now_iso(),
              "stream": {"seq": stream[0], "hash": stream[1]}, "held": sorted(held), "count": len(records)}
    lines = [canonical_json(header), *(canonical_json(r) for r in records)]
    body = gzip.compress(b"\n".join(lines) + b"\n", mtime=0)
    return body, signing.sign(hq_private_key, body)


def decode_records(body: bytes, signature: bytes, hq_public_key: bytes, office: str) -> RecordsSnapshot:
    if not signing.verify(hq_public_key, body, signature):
        raise ProtocolError("bad_signature", RECORDS_FILE)
    try:
        header, *rows = [json.loads(line) for line in gzip.decompress(body).splitlines()]
        stream = (int(header["stream"]["seq"]), str(header["stream"]["hash"]))
        held = frozenset(str(h) for h in header["held"])
        if header["kind"] != "records" or header["office"] != office or header["count"] != len(rows):
            raise ProtocolError("bad_header", RECORDS_FILE)
        records = [{"entity": str(r["entity"]), "entity_id": str(r["entity_id"]), "rev": int(r["rev"]),
                    "deleted": bool(r["deleted"]), "data": dict(r["data"])} for r in rows]
    except (OSError, EOFError, ValueError, KeyError, TypeError) as exc:
        raise ProtocolError("bad_records", type(exc).__name__) from exc
    return RecordsSnapshot(str(header["written"]), stream, held, records)


def read_reply(folder: Path, office: str, hq_public_key: bytes) -> UsbReply:
    """Everything HQ wrote back for this office, verified with HQ's key, de-duplicated and in order.
    Files that fail verification are listed in `problems` and otherwise ignored."""
    base = office_folder(folder, office) / "from-hq"
    reply = UsbReply()
    acks: dict[tuple[int, int], UsbAck] = {}
    for path in sorted((base / "acks").glob("*.json")) if (base / "acks").is_dir() else []:
        try:
            payload, signature = _read_signed(path)
            fields = decode_ack(payload, signature, hq_public_key)
            if fields["office"] != office:
                raise ProtocolError("bad_ack", "another office")
        except ProtocolError as err:
            reply.problems.append(f"{path.name}: {err.code}")
            continue
        acks[(fields["epoch"], fields["seq"])] = UsbAck(fields, SignedAck(payload, signature))
    reply.acks = [acks[k] for k in sorted(acks)]
    downloads: dict[str, dict[int, UsbDownload]] = {}
    for path in sorted((base / "streams").glob("*.batch.gz")) if (base / "streams").is_dir() else []:
        try:
            body, signature = _read_signed(path)
            batch = decode_batch(body, signature, hq_public_key)
            if batch.header.kind == "upload" or batch.header.office not in (office, "*"):
                raise ProtocolError("bad_header", "not for this office")
        except ProtocolError as err:
            reply.problems.append(f"{path.name}: {err.code}")
            continue
        kind = batch.header.kind
        downloads.setdefault(kind, {})[batch.header.seq] = UsbDownload(kind, batch.header.seq, batch,
                                                                       SignedBatch(body, signature))
    reply.downloads = {s: [d[k] for k in sorted(d)] for s, d in downloads.items()}
    try:
        raw = (base / "manifest.json").read_bytes()
        manifest = json.loads(raw)
        reply.missing_attachments = [h for h in manifest.get("missing_attachments", []) if _SHA.match(str(h))]
    except (OSError, ValueError, AttributeError):
        return reply
    _reply_files(base, raw, manifest, hq_public_key, reply)
    listed = manifest.get("records") if isinstance(manifest, dict) else None
    if isinstance(listed, dict):
        try:
            body, signature = _read_signed(base / RECORDS_FILE)
            if hashlib.sha256(body).hexdigest() != listed.get("sha256"):
                raise ProtocolError("bad_records", "not the file the manifest names")
            reply.records = decode_records(body, signature, hq_public_key, office)
        except ProtocolError as err:
            reply.problems.append(f"{RECORDS_FILE}: {err.code}")
    return reply


def _reply_files(base: Path, raw: bytes, manifest: dict[str, Any], hq_public_key: bytes, reply: UsbReply) -> None:
    """The attachment files the signed manifest lists and the stick holds (their bytes are checked by
    whoever stores them), and how many HQ left for a later stick."""
    listed = manifest.get("files")
    if not isinstance(listed, list) or not (listed or manifest.get("files_deferred")):
        return
    try:
        signature = signing.unb64((base / "manifest.json.sig").read_text("ascii", errors="replace"),
                                  "bad_signature", 200)
        if not signing.verify(hq_public_key, raw, signature):
            raise ProtocolError("bad_signature", "manifest.json")
    except (OSError, ProtocolError):
        reply.problems.append("manifest.json: bad_signature")
        return
    for entry in listed:
        sha = entry.get("sha256") if isinstance(entry, dict) else None
        path = base / "attachments" / str(sha)
        if isinstance(sha, str) and _SHA.match(sha) and path.is_file():
            reply.files[sha] = path
    deferred = manifest.get("files_deferred")
    reply.files_deferred = len(deferred) if isinstance(deferred, list) else 0


# ---- HQ side -----------------------------------------------------------------------------------

@dataclass
class UsbExport:
    office: str
    cursors: dict[str, int]
    batches: list[SignedBatch]
    attachments: dict[str, Path]
    listed_attachments: list[str]
    problems: list[str]
    want_records: bool = False
    wanted: list[str] = field(default_factory=list)


def find_offices(folder: Path) -> list[str]:
    root = Path(folder) / ROOT
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if p.is_dir() and OFFICE_CODE.match(p.name))


def read_outbox(folder: Path, office: str) -> UsbExport:
    """The office's batches, ordered by (epoch, sequence) from their headers, each body once.
    Signatures are checked by whoever takes the batches in (HQ's ingest)."""
    base = office_folder(folder, office) / "to-hq"
    problems: list[str] = []
    cursors: dict[str, int] = {}
    listed: list[str] = []
    want_records = False
    wanted: list[str] = []
    try:
        manifest = json.loads((base / "manifest.json").read_text("utf-8"))
        manifest = manifest if isinstance(manifest, dict) else {}
        raw = manifest.get("cursors", {})
        raw = raw if isinstance(raw, dict) else {}
        cursors = {k: v for k, v in raw.items() if isinstance(k, str) and type(v) is int and v >= 0}
        hashes = manifest.get("attachments", [])
        listed = [h for h in hashes if isinstance(h, str) and _SHA.match(h)] if isinstance(hashes, list) else []
        want_records = manifest.get("want_records") is True
        asked = manifest.get("wanted", [])
        wanted = sorted({h for h in asked if isinstance(h, str) and _SHA.match(h)}) if isinstance(asked, list) else []
    except (OSError, ValueError) as exc:
        problems.append(f"manifest.json: {type(exc).__name__}")
    found: dict[str, tuple[tuple[int, int], SignedBatch]] = {}
    for path in sorted(base.glob("batches/*.batch.gz")):
        try:
            body, signature = _read_signed(path)
            header = peek_header(body)
        except ProtocolError as err:
            problems.append(f"{path.name}: {err.code}")
            continue
        batch = SignedBatch(body, signature)
        found.setdefault(batch.hash, ((header.epoch, header.seq), batch))
    attachments = {p.name: p for p in sorted(base.glob("attachments/*")) if _SHA.match(p.name)}
    ordered = [b for _, b in sorted(found.values(), key=lambda item: item[0])]
    return UsbExport(office, cursors, ordered, attachments, sorted(set(listed) | set(attachments)), problems,
                     want_records, wanted)


def write_reply_file(folder: Path, office: str, data: bytes) -> str:
    """An attachment file for the office's reply, under its SHA-256; list it in `write_reply`'s `files`."""
    sha = hashlib.sha256(data).hexdigest()
    path = office_folder(folder, office) / "from-hq" / "attachments" / sha
    if not (path.is_file() and path.stat().st_size == len(data)):
        _write_atomic(path, data)
    return sha


def write_reply(folder: Path, office: str, acks: Iterable[tuple[int, int, SignedAck]],
                downloads: Iterable[tuple[str, int, SignedBatch]], missing_attachments: list[str],
                problems: list[str], records: tuple[bytes, bytes] | None = None,
                files: Mapping[str, int] | None = None, files_deferred: Iterable[str] = (),
                hq_private_key: bytes | None = None) -> Path:
    """`records` is a signed snapshot from `encode_records`; without one, an older snapshot is removed.
    `files` ({sha256: size}) lists the attachment files written with `write_reply_file`; any other file
    left in the reply's attachment folder is removed. With `hq_private_key` the manifest is signed."""
    base = office_folder(folder, office) / "from-hq"
    for epoch, seq, ack in acks:
        _write_signed(base / "acks" / f"{epoch}-{seq:08d}.ack.json", ack.payload, ack.signature)
    for stream, seq, batch in downloads:
        _write_signed(base / "streams" / f"{stream}-{seq:08d}.batch.gz", batch.body, batch.signature)
    manifest: dict[str, Any] = {"v": 1, "office": office, "written": utc_now_iso(),
                                "missing_attachments": missing_attachments, "problems": problems,
                                "files": [{"sha256": sha, "size": size} for sha, size in sorted((files or {}).items())],
                                "files_deferred": sorted(set(files_deferred))}
    if (base / "attachments").is_dir():
        for stale in (base / "attachments").iterdir():
            if stale.name not in (files or {}):
                stale.unlink(missing_ok=True)
    if records is not None:
        _write_signed(base / RECORDS_FILE, *records)
        manifest["records"] = {"file": RECORDS_FILE, "sha256": hashlib.sha256(records[0]).hexdigest()}
    else:
        for stale in (base / RECORDS_FILE, base / f"{RECORDS_FILE}.sig"):
            stale.unlink(missing_ok=True)
    body = json.dumps(manifest, indent=1).encode()
    _write_atomic(base / "manifest.json", body)
    signature = base / "manifest.json.sig"
    if hq_private_key is not None:
        _write_atomic(signature, (signing.b64(signing.sign(hq_private_key, body)) + "\n").encode())
    else:
        signature.unlink(missing_ok=True)
    return base

"""HQ's side of a USB exchange: take in every office folder on the stick through the same ingest as
HTTP, then write back acknowledgements, pending stream batches and the attachments still missing.

The reply also carries the attachment files the office asks for (photos of records HQ sent it) that HQ
holds and the office may fetch over HTTP, up to a total size per office; the rest wait for the next stick.

When a batch on the stick shows that the office restored an old backup (HQ holds another batch under its
number, or a later epoch), or the office asks, the reply also carries the office's records as HQ holds
them: what the office sent after its backup was taken comes back, as `/v1/records` gives it over HTTP."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select

from sync.batch_format import REFERENCE_TARGET
from sync.entity_rules import DEFAULT_RULES, EntityRules
from sync.errors import ProtocolError
from sync.hq.attachments import MAX_CHUNK_BYTES, AttachmentStore
from sync.hq.errors import HqError
from sync.hq.identity import HqIdentity
from sync.hq.ingest import Ingest
from sync.hq.office_overview import note_contact
from sync.hq.offices import OfficeRegistry
from sync.hq.schema import applied_changes
from sync.hq.snapshots import MAX_PAGE, office_records
from sync.hq.streams import Streams
from sync.protocol import SignedAck, SignedBatch, decode_batch, peek_header
from sync.usb import UsbExport, encode_records, find_offices, read_outbox, write_reply, write_reply_file

MAX_DOWNLOADS_PER_STREAM = 500
# attachment bytes written into one office's reply; a file past it is named and waits for the next stick
MAX_REPLY_FILE_BYTES = 256 * 1024 * 1024
# refusals that mean the office's chain is not the one HQ holds: its store went back to an older copy
RESTORED = frozenset({"sequence_reused", "chain_mismatch", "stale_epoch"})


@dataclass
class OfficeImport:
    office: str
    acknowledged: int = 0
    refused: list[str] = field(default_factory=list)
    attachments_stored: int = 0
    downloads_written: int = 0
    records_written: int | None = None
    files_written: int = 0
    files_deferred: int = 0


def import_usb(engine: Engine, hq: HqIdentity, folder: Path, rules: EntityRules = DEFAULT_RULES,
               file_cap: int = MAX_REPLY_FILE_BYTES) -> list[OfficeImport]:
    ingest = Ingest(engine, hq, rules)
    streams = Streams(engine, hq, rules)
    store = AttachmentStore(engine)
    reports = []
    for office in find_offices(folder):
        export = read_outbox(folder, office)
        report = OfficeImport(office, refused=list(export.problems))
        acks: list[tuple[int, int, SignedAck]] = []
        diverged: set[int] = set()
        for batch in export.batches:
            header = peek_header(batch.body)
            if header.office != office:
                report.refused.append(f"{header.epoch}-{header.seq}: another office's batch")
                continue
            try:
                acks.append((header.epoch, header.seq, ingest.upload(batch.body, batch.signature)))
            except HqError as err:
                report.refused.append(f"{header.epoch}-{header.seq}: {err.code}")
                if err.code in RESTORED:
                    diverged.add(header.epoch)
        report.acknowledged = len(acks)
        for sha, path in export.attachments.items():
            data = path.read_bytes()
            if store.missing([sha])[0] == []:
                continue
            try:
                for offset in range(0, len(data), MAX_CHUNK_BYTES):
                    store.put_chunk(sha, offset, len(data), data[offset:offset + MAX_CHUNK_BYTES], office)
                report.attachments_stored += 1
            except HqError as err:
                report.refused.append(f"attachment {sha[:12]}: {err.code}")
        downloads = []
        for stream, target in (("reference", REFERENCE_TARGET), ("office", office)):
            after = export.cursors.get(stream, 0)
            note_contact(engine, office, stream, after, via="usb")
            for _ in range(MAX_DOWNLOADS_PER_STREAM):
                try:
                    found = streams.fetch(stream, target, after)
                except HqError as err:
                    report.refused.append(f"{stream}: {err.code}")
                    break
                if found is None:
                    break
                downloads.append((stream, found.seq, found.batch))
                after = found.seq
        report.downloads_written = len(downloads)
        missing = [sha for start in range(0, len(export.listed_attachments), 1000)
                   for sha in store.missing(export.listed_attachments[start:start + 1000])[0]]
        # only the office's newest epoch on the stick counts: older files may be left over from before
        newest = max((peek_header(b.body).epoch for b in export.batches), default=None)
        snapshot = None
        if newest in diverged or export.want_records:
            snapshot = _records_snapshot(engine, hq, office, export.batches, rules)
            report.records_written = snapshot[1]
        files, deferred = _wanted_files(store, folder, export, file_cap)
        report.files_written, report.files_deferred = len(files), len(deferred)
        write_reply(folder, office, acks, downloads, missing, report.refused, snapshot[0] if snapshot else None,
                    files, deferred, hq.private_key)
        reports.append(report)
    return reports


def _wanted_files(store: AttachmentStore, folder: Path, export: UsbExport,
                  cap: int) -> tuple[dict[str, int], list[str]]:
    """Write the files the office wants, holds a record of and HQ has complete, in hash order until
    `cap` bytes (at least one file, so a file larger than the cap still goes). Returns ({sha: size}
    written, hashes left for the next stick)."""
    written: dict[str, int] = {}
    deferred: list[str] = []
    total = 0
    for sha in export.wanted:
        state = store.state(sha)
        if state is None or not state.complete or not store.may_fetch(export.office, sha):
            continue
        if written and total + state.size > cap:
            deferred.append(sha)
            continue
        write_reply_file(folder, export.office, store.read(sha))
        written[sha] = state.size
        total += state.size
    return written, deferred


def _records_snapshot(engine: Engine, hq: HqIdentity, office: str, on_stick: list[SignedBatch],
                      rules: EntityRules) -> tuple[tuple[bytes, bytes], int]:
    """The signed snapshot of the office's records and how many it holds. It names the changes of the
    stick's batches HQ already took, which the office must not merge again on top of the records."""
    key = OfficeRegistry(engine).enrolled(office).public_key or b""
    change_ids: list[str] = []
    for signed in on_stick:
        try:
            change_ids += [c["change_id"] for c in decode_batch(signed.body, signed.signature, key).changes]
        except ProtocolError:
            continue
    held: set[str] = set()
    with engine.connect() as conn:
        for start in range(0, len(change_ids), 1000):
            held.update(conn.scalars(select(applied_changes.c.change_id).where(
                applied_changes.c.office == office, applied_changes.c.change_id.in_(change_ids[start:start + 1000]))))
    page = office_records(engine, office, limit=MAX_PAGE, rules=rules)
    stream = (int(page["stream"]["seq"]), str(page["stream"]["hash"]))
    found = list(page["records"])
    while page["more"]:
        last = found[-1]
        page = office_records(engine, office, last["entity"], last["entity_id"], MAX_PAGE, rules)
        found += page["records"]
    return encode_records(office, stream, held, found, hq.private_key), len(found)

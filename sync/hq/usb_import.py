"""HQ's side of a USB exchange: take in every office folder on the stick through the same ingest as
HTTP, then write back acknowledgements, pending stream batches and the attachments still missing."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from sync.batch_format import REFERENCE_TARGET
from sync.entity_rules import DEFAULT_RULES, EntityRules
from sync.hq.attachments import MAX_CHUNK_BYTES, AttachmentStore
from sync.hq.errors import HqError
from sync.hq.identity import HqIdentity
from sync.hq.ingest import Ingest
from sync.hq.office_overview import note_contact
from sync.hq.streams import Streams
from sync.protocol import SignedAck, peek_header
from sync.usb import find_offices, read_outbox, write_reply

MAX_DOWNLOADS_PER_STREAM = 500


@dataclass
class OfficeImport:
    office: str
    acknowledged: int = 0
    refused: list[str] = field(default_factory=list)
    attachments_stored: int = 0
    downloads_written: int = 0


def import_usb(engine: Engine, hq: HqIdentity, folder: Path, rules: EntityRules = DEFAULT_RULES) -> list[OfficeImport]:
    ingest = Ingest(engine, hq, rules)
    streams = Streams(engine, hq, rules)
    store = AttachmentStore(engine)
    reports = []
    for office in find_offices(folder):
        export = read_outbox(folder, office)
        report = OfficeImport(office, refused=list(export.problems))
        acks: list[tuple[int, int, SignedAck]] = []
        for batch in export.batches:
            header = peek_header(batch.body)
            if header.office != office:
                report.refused.append(f"{header.epoch}-{header.seq}: another office's batch")
                continue
            try:
                acks.append((header.epoch, header.seq, ingest.upload(batch.body, batch.signature)))
            except HqError as err:
                report.refused.append(f"{header.epoch}-{header.seq}: {err.code}")
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
        write_reply(folder, office, acks, downloads, missing, report.refused)
        reports.append(report)
    return reports

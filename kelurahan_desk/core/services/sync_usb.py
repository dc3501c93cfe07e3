"""Sync by USB stick, office side, through `sync.usb`: batches HQ has not acknowledged and attachments
it may lack go out, with the hashes of the files of HQ's records this office wants; acknowledgements,
stream batches, HQ's list of missing attachments and the wanted files HQ holds come back. A wanted file
is stored only when HQ's signed manifest lists it and its bytes have its SHA-256 (the check the fetch
over HTTP makes); any other stays wanted.

Everything read back is checked against what this office holds: an acknowledgement counts only for
the batch with its hash, a stream batch only as the next one of its stream, so old, repeated or
reordered files do nothing.

When HQ refuses our batches because it holds another chain (this store came back from an older backup),
its reply carries our records as HQ holds them: they are reloaded and our changes HQ lacks merged on top
(`sync_rebuild`, as over HTTP) in the same transaction that starts the new epoch.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.routed_cases import number_arrived_cases
from kelurahan_desk.core.services.sync_attachment_fetch import MAX_FETCH_BYTES, AttachmentFetcher, wanted_hashes
from kelurahan_desk.core.services.sync_batches import record_ack, release_for_new_epoch, signed, unacked
from kelurahan_desk.core.services.sync_downloads import STREAMS, DownloadApplier, Faults, StreamBroken, read_cursor
from kelurahan_desk.core.services.sync_rebuild import Key, RebuildRefused, rebuild
from kelurahan_desk.core.services.sync_status import pending_attachment_hashes
from kelurahan_desk.core.store.attachment_files import AttachmentFiles
from kelurahan_desk.core.store.models.sync_state import SyncAttachment, SyncBatch, SyncLink
from kelurahan_desk.core.store.unit_of_work import Store
from sync.entity_rules import DEFAULT_RULES, EntityRules
from sync.usb import RecordsSnapshot, UsbReply, office_folder, read_reply, write_outbox

# HQ's words for "this batch does not continue the chain HQ holds" (a new epoch settles it)
DIVERGED = ("sequence_reused", "chain_mismatch", "stale_epoch")
_PROBLEM = re.compile(r"^(\d+)-(\d+): ([a-z_]+)$")


@dataclass(frozen=True)
class UsbExportResult:
    folder: Path
    batches: int
    changes: int
    attachments: int
    unreadable_attachments: int
    attachments_wanted: int = 0


@dataclass(frozen=True)
class UsbImportResult:
    acknowledged: int
    batches_downloaded: int
    changes_downloaded: int
    attachments_confirmed: int
    new_rejections: int
    new_conflicts: int
    new_epoch: bool
    problems: tuple[str, ...]
    records_reloaded: int = 0
    attachments_fetched: int = 0
    attachments_deferred: int = 0


class UsbExchange:
    def __init__(self, store: Store, files: AttachmentFiles, applier: DownloadApplier, office: str,
                 hq_public_key: bytes, faults: Faults, rules: EntityRules = DEFAULT_RULES) -> None:
        self._store = store
        self._rules = rules
        self._files = files
        self._applier = applier
        self._office = office
        self._hq_key = hq_public_key
        self._faults = faults

    def export(self, folder: Path) -> UsbExportResult:
        with self._store.read() as s:
            link = s.get(SyncLink, 1)
            assert link is not None
            batches = unacked(s, link.epoch)
            outgoing = [signed(b) for b in batches]
            changes = sum(b.change_count for b in batches)
            cursors = {stream: read_cursor(s, stream).seq for stream in STREAMS}
            pending = pending_attachment_hashes(s)
            wanted = wanted_hashes(s)
        carried: dict[str, bytes] = {}
        for sha in pending:
            try:
                carried[sha] = self._files.get(sha)
            except OSError:
                continue
        base = write_outbox(folder, self._office, outgoing, carried, cursors, pending_attachments=pending,
                            wanted=wanted)
        return UsbExportResult(base, len(outgoing), changes, len(carried), len(pending) - len(carried), len(wanted))

    def import_reply(self, folder: Path) -> UsbImportResult:
        """Raises ValidationError("folder", "no_hq_reply") when the folder holds no reply from HQ for this office
        (the wrong folder or flash drive, or HQ has not written to it yet)."""
        if not (office_folder(folder, self._office) / "from-hq").is_dir():
            raise ValidationError("folder", "no_hq_reply", {"folder": str(folder)})
        reply = read_reply(folder, self._office, self._hq_key)
        problems = list(reply.problems)
        acknowledged, rejections, conflicts = self._take_acks(reply.acks)
        manifest = _read_json(office_folder(folder, self._office) / "from-hq" / "manifest.json")
        hq_problems = [str(p) for p in manifest.get("problems", []) if isinstance(p, str)]
        new_epoch, reloaded = self._settle_refusals(hq_problems, reply.records, problems)
        problems += hq_problems
        downloaded = changes = 0
        for stream in STREAMS:
            for download in reply.downloads.get(stream, []):
                try:
                    counts = self._applier.apply(stream, download.batch)
                except StreamBroken:
                    problems.append(f"{stream}: stream_diverged")
                    break
                if counts is not None:
                    downloaded += 1
                    changes += counts.applied
                    rejections += counts.rejected
                    conflicts += counts.conflicts
        confirmed = self._confirm_attachments(folder, manifest, reply.missing_attachments)
        fetched = self._take_files(reply, problems)
        return UsbImportResult(acknowledged, downloaded, changes, confirmed, rejections, conflicts, new_epoch,
                               tuple(problems), reloaded, fetched, reply.files_deferred)

    def _take_files(self, reply: UsbReply, problems: list[str]) -> int:
        """Store the wanted files the reply carries; one whose bytes fail its hash stays wanted."""
        with self._store.read() as s:
            wanted = set(wanted_hashes(s))
        fetcher = AttachmentFetcher(self._store, self._files)
        taken = 0
        for sha, path in sorted(reply.files.items()):
            if sha not in wanted:
                continue
            try:
                data = path.read_bytes() if path.stat().st_size <= MAX_FETCH_BYTES else b""
            except OSError:
                data = b""
            if fetcher.keep_if_whole(sha, data):
                taken += 1
            else:
                problems.append(f"attachment {sha[:12]}: hash_mismatch")
        return taken

    def _take_acks(self, acks: list[Any]) -> tuple[int, int, int]:
        taken = rejections = conflicts = 0
        for ack in acks:
            fields = ack.fields
            with self._store.write("sync", "sync.ack", capture_outbox=False) as s:
                link = s.get(SyncLink, 1)
                batch = s.scalar(select(SyncBatch).where(SyncBatch.epoch == fields["epoch"],
                                                         SyncBatch.seq == fields["seq"]))
                if link is None or batch is None or batch.hash != fields["batch_hash"] or batch.acked_at:
                    continue
                new_rejections, new_conflicts = record_ack(s, link, batch, fields, ack.signed.payload,
                                                           ack.signed.signature, self._store.clock.now())
                self._faults("before_ack_commit")
            taken += 1
            rejections += new_rejections
            conflicts += new_conflicts
        return taken, rejections, conflicts

    def _settle_refusals(self, hq_problems: list[str], records: RecordsSnapshot | None,
                         problems: list[str]) -> tuple[bool, int]:
        """HQ refused batches of the current epoch: when the first one waiting found HQ behind (HQ was
        restored), the whole epoch goes out again; when HQ holds another chain, a new epoch resends every
        change, after reloading the records HQ sent with the reply. Refusals of other epochs' or already
        acknowledged batches are old news. Returns (new epoch, records reloaded)."""
        refused = {}
        for text in hq_problems:
            m = _PROBLEM.match(text)
            if m:
                refused[(int(m.group(1)), int(m.group(2)))] = m.group(3)
        if not refused:
            return False, 0
        skip: set[Key] = set()
        # named as the reload over HTTP names it when HQ's records come with the reply
        action = "sync.reload" if records is not None else "sync.epoch"
        while True:
            try:
                with self._store.write("sync", action, capture_outbox=False) as s:
                    link = s.get(SyncLink, 1)
                    assert link is not None
                    waiting = unacked(s, link.epoch)
                    codes = {refused[(b.epoch, b.seq)] for b in waiting if (b.epoch, b.seq) in refused}
                    first = refused.get((link.epoch, waiting[0].seq)) if waiting else None
                    if codes & set(DIVERGED) or (first == "sequence_gap"
                                                 and any(b.body is None for b in _epoch_batches(s, link.epoch))):
                        reloaded = 0
                        if records is not None and codes & set(DIVERGED):
                            reloaded = rebuild(s, records.records, records.stream, set(records.held), self._rules,
                                               self._office, self._store.clock.now(), skip).records
                        release_for_new_epoch(s, link, link.epoch + 1, None)
                        if reloaded:
                            number_arrived_cases(s, self._store.clock.today())
                        return True, reloaded
                    if first == "sequence_gap":
                        s.execute(update(SyncBatch).where(SyncBatch.epoch == link.epoch).values(
                            acked_at=None, ack_payload=None, ack_signature=None, applied=None, duplicates=None))
                return False, 0
            except RebuildRefused as refusal:
                if refusal.key in skip:
                    raise
                skip.add(refusal.key)
                problems.append(f"reload {refusal.key[0]} {refusal.key[1]}: not_stored")

    def _confirm_attachments(self, folder: Path, reply_manifest: dict[str, Any], missing: list[str]) -> int:
        """Attachments listed in our manifest on the stick and not reported missing by a reply written
        after it are held by HQ."""
        ours = _read_json(office_folder(folder, self._office) / "to-hq" / "manifest.json")
        listed = [h for h in ours.get("attachments", []) if isinstance(h, str)]
        if not listed or not _later(reply_manifest.get("written"), ours.get("written")):
            return 0
        held = sorted(set(listed) - set(missing))
        now = self._store.clock.now()
        with self._store.write("sync", "sync.attachments", capture_outbox=False) as s:
            for sha in held:
                row = s.get(SyncAttachment, sha)
                if row is None:
                    s.add(SyncAttachment(sha256=sha, state="sent", updated_at=now))
                else:
                    row.state, row.updated_at = "sent", now
        return len(held)


def _epoch_batches(s: Any, epoch: int) -> list[SyncBatch]:
    return list(s.scalars(select(SyncBatch).where(SyncBatch.epoch == epoch)))


def _read_json(path: Path) -> dict[str, Any]:
    try:
        value = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _later(first: Any, second: Any) -> bool:
    try:
        return datetime.fromisoformat(str(first)) > datetime.fromisoformat(str(second))
    except ValueError:
        return False

"""Sync with HQ, office side: enrolment, and rounds that bring both sides level.

A round: ask HQ where it stands and settle the batch chain (`sync_reconcile`), take in both HQ streams
(`sync_downloads`), cut the outbox into batches and push them in order, each marked sent only when
HQ's acknowledgement is stored here (`sync_batches`), then upload the attachments HQ lacks. Any step
can fail half way (link cut, program killed): the next round picks up exactly where this one stopped.
Timers, backoff and threads belong to the caller (the window's task runner, or `sync now`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import httpx
from cryptography.hazmat.primitives import serialization
from sqlalchemy import select

from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.permissions import Actor, Permission
from kelurahan_desk.core.services.sync_attachment_fetch import AttachmentFetcher
from kelurahan_desk.core.services.sync_batches import BatchCutter, record_ack, signed, unacked
from kelurahan_desk.core.services.sync_downloads import (
    STREAMS,
    DownloadApplier,
    Faults,
    StreamBroken,
    read_cursor,
)
from kelurahan_desk.core.services.sync_reconcile import Reconciler
from kelurahan_desk.core.services.sync_status import (
    ConflictEntry,
    RejectedChange,
    SyncRoundResult,
    SyncStatus,
    pending_attachment_hashes,
    read_conflicts,
    read_rejections,
    read_status,
)
from kelurahan_desk.core.services.sync_usb import UsbExchange, UsbExportResult, UsbImportResult
from kelurahan_desk.core.store.attachment_files import AttachmentFiles
from kelurahan_desk.core.store.models.office import Office
from kelurahan_desk.core.store.models.sync_state import SyncAttachment, SyncBatch, SyncLink
from kelurahan_desk.core.store.outbox_fill import fill_outbox
from kelurahan_desk.core.store.unit_of_work import Store
from sync import signing
from sync.client import DEFAULT_TIMEOUT, HqClient, HqRefused, HqUnavailable, RetryPolicy, SequenceConflict
from sync.entity_rules import DEFAULT_RULES, EntityRules
from sync.errors import ProtocolError

HttpFactory = Callable[[str], httpx.Client]
PrivateKey = Callable[[], bytes]
MAX_RESTARTS = 3
COPY_CHUNK = 2000


def default_http(url: str) -> httpx.Client:
    return httpx.Client(base_url=url, timeout=DEFAULT_TIMEOUT)


class SigningKeys(Protocol):
    def signing_key(self) -> Any: ...


def office_private_key(keys: SigningKeys) -> PrivateKey:
    """The office's one Ed25519 key, the same that signs letters' QR codes, as the raw bytes sync signs with."""

    def raw() -> bytes:
        return keys.signing_key().private_key.private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())

    return raw


@dataclass(frozen=True)
class LinkFacts:
    hq_url: str
    office: str
    hq_public_key: bytes
    epoch: int
    office_key_id: str


@dataclass
class _Tally:
    batches_sent: int = 0
    changes_sent: int = 0
    batches_downloaded: int = 0
    changes_downloaded: int = 0
    attachments_sent: int = 0
    attachments_fetched: int = 0
    new_rejections: int = 0
    new_conflicts: int = 0
    new_epoch: bool = False
    records_reloaded: int = 0


class SyncAgent:
    def __init__(
        self,
        store: Store,
        attachments: AttachmentFiles,
        private_key: PrivateKey,
        *,
        rules: EntityRules = DEFAULT_RULES,
        http: HttpFactory = default_http,
        retry: RetryPolicy | None = None,
        faults: Faults | None = None,
    ) -> None:
        self._store = store
        self._files = attachments
        self._private_key = private_key
        self._rules = rules
        self._http = http
        self._retry = retry or RetryPolicy(attempts=4, base_delay=0.5, max_delay=8.0)
        self._faults = faults or (lambda _point: None)
        self._busy = threading.Lock()

    # --- enrolment and reading ------------------------------------------------------------------

    def enrol(self, actor: Actor, url: str, code: str) -> SyncStatus:
        """Register this office's public key with HQ using a one-time enrolment code."""
        actor.require(Permission.MANAGE_OFFICE)
        url = url.strip().rstrip("/")
        if not url.startswith(("http://", "https://")) or len(url) > 300:
            raise ValidationError("url", "hq_url_format")
        code = code.strip().upper()
        if not code:
            raise ValidationError("code", "required")
        office = self._office_code()
        key = self._private_key()
        client = self._http(url)
        try:
            enrolment = HqClient.enrol(url, office, code, key, http=client)
        except HqUnavailable as exc:
            raise ValidationError("url", "hq_unreachable") from exc
        except HqRefused as exc:
            raise ValidationError("code", exc.code if exc.code.startswith("enrol") else "enrolment_refused") from exc
        except (ValueError, KeyError, ProtocolError) as exc:
            raise ValidationError("url", "not_an_hq") from exc
        finally:
            client.close()
        if enrolment.key_id != signing.key_id(signing.public_key_of(key)):
            raise ValidationError("code", "enrolment_key_mismatch")
        with self._store.write(actor.username, "sync.enrol", capture_outbox=False) as s:
            link = s.get(SyncLink, 1)
            before = None if link is None else {"hq_url": link.hq_url, "hq_key_id": link.hq_key_id}
            if link is None:
                link = SyncLink(id=1, epoch=1, audit_seq=0, audit_status="none", audit_alert="", last_error="")
                s.add(link)
            link.hq_url, link.office_code, link.office_key_id = url, office, enrolment.key_id
            link.hq_public_key, link.hq_key_id = enrolment.hq_public_key, signing.key_id(enrolment.hq_public_key)
            link.enrolled_at, link.enrolled_by = self._store.clock.now(), actor.username
            Store.journal(s).audit(entity="sync_link", entity_id="1", before=before, action="sync.enrol",
                                   after={"hq_url": url, "office": office, "hq_key_id": link.hq_key_id})
        return self.status(actor)

    def status(self, actor: Actor) -> SyncStatus:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            return read_status(s)

    def copy_waiting_changes(self, chunk: int = COPY_CHUNK) -> int:
        """Copies the changes captured since the last copy into the outbox, one chunk per transaction, and
        returns how many. Batches are cut only while HQ answers; this keeps an office that is offline or not
        enrolled yet from gathering a long tail of audit rows that every waiting count would read."""
        copied = 0
        while True:
            with self._store.write("sync", "sync.copy", capture_outbox=False) as s:
                done = fill_outbox(s, chunk)
            copied += done
            if done < chunk:
                return copied

    def rejections(self, actor: Actor, limit: int = 500) -> list[RejectedChange]:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            return read_rejections(s, limit)

    def conflicts(self, actor: Actor, limit: int = 500) -> list[ConflictEntry]:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            return read_conflicts(s, limit)

    # --- a round --------------------------------------------------------------------------------

    def run_round(self, actor: Actor) -> SyncRoundResult:
        """One full round with HQ. Never raises for a link or HQ problem: the result says what happened."""
        actor.require(Permission.SYNC)
        if not self._busy.acquire(blocking=False):
            return SyncRoundResult(reached_hq=False, complete=False, error="busy")
        try:
            return self._round()
        finally:
            self._busy.release()

    def _round(self) -> SyncRoundResult:
        facts = self._facts()
        key = self._private_key()
        self._note_attempt()
        if signing.key_id(signing.public_key_of(key)) != facts.office_key_id:
            self._note_outcome("key_changed")
            return SyncRoundResult(reached_hq=False, complete=False, error="key_changed")
        tally = _Tally()
        problems: list[str] = []
        error, reached = "", False
        http = self._http(facts.hq_url)
        try:
            client = HqClient(facts.hq_url, facts.office, key, facts.hq_public_key, http=http, retry=self._retry)
            cursor = client.cursor()
            reached = True
            reconciler = self._reconciler(key, facts.office)
            reconciled = reconciler.run(client, cursor)
            reconciler.finish(client, reconciled)
            tally.new_epoch, tally.records_reloaded = reconciled.new_epoch, reconciled.reloaded
            problems += reconciled.problems
            problems += self._pull(client, facts.office, tally)
            fetched = AttachmentFetcher(self._store, self._files).fetch_all(client)
            tally.attachments_fetched += fetched.fetched
            problems += fetched.problems
            self._push(client, key, facts.office, tally, problems)
            self._send_attachments(client, tally)
        except HqUnavailable:
            error = "unreachable"
        except HqRefused as refusal:
            error = refusal.code or f"http_{refusal.status}"
        except ProtocolError as err:
            error = err.code
        finally:
            http.close()
        self._note_outcome(error)
        with self._store.read() as s:
            status = read_status(s)
            heads_reached = all(read_cursor(s, n).seq >= read_cursor(s, n).head for n in STREAMS)
        complete = (reached and not error and not problems and status.everything_sent and heads_reached
                    and status.attachments_to_fetch == 0)
        return SyncRoundResult(reached_hq=reached, complete=complete, error=error, problems=tuple(problems),
                               **vars(tally))

    def _pull(self, client: HqClient, office: str, tally: _Tally) -> list[str]:
        problems = []
        applier = self._applier(office)
        for stream in STREAMS:
            while True:
                cursor = applier.cursor(stream)
                try:
                    pulled = client.pull(stream, cursor.seq)
                except HqRefused as refusal:
                    if refusal.code not in ("cursor_ahead", "snapshot_required"):
                        raise
                    problems.append(f"{stream}: {refusal.code}")
                    break
                if pulled is None:
                    break
                try:
                    counts = applier.apply(stream, pulled.batch, pulled.head)
                except StreamBroken:
                    problems.append(f"{stream}: stream_diverged")
                    break
                if counts is not None:
                    tally.batches_downloaded += 1
                    tally.changes_downloaded += counts.applied
                    tally.new_rejections += counts.rejected
                    tally.new_conflicts += counts.conflicts
        return problems

    def cut(self, key: bytes, office: str) -> int:
        cutter = BatchCutter(office, key, self._store.clock.now)
        total = 0
        while True:
            with self._store.write("sync", "sync.cut", capture_outbox=False) as s:
                link = s.get(SyncLink, 1)
                assert link is not None
                result = cutter.cut_some(s, link)
            total += result.batches
            if not result.batches and not result.unsendable:
                return total

    def _push(self, client: HqClient, key: bytes, office: str, tally: _Tally, problems: list[str]) -> None:
        for _ in range(MAX_RESTARTS):
            self.cut(key, office)
            with self._store.read() as s:
                link = s.get(SyncLink, 1)
                assert link is not None
                waiting = [(b.id, b.epoch, b.seq, signed(b), b.change_count) for b in unacked(s, link.epoch)]
            try:
                for batch_id, epoch, seq, batch, count in waiting:
                    ack = client.upload(batch, int(self._store.clock.now().timestamp() * 1000))
                    if ack.fields["epoch"] != epoch or ack.fields["seq"] != seq:
                        raise ProtocolError("bad_ack", "another number")
                    self._keep_ack(batch_id, ack.fields, ack.signed.payload, ack.signed.signature, tally)
                    tally.batches_sent += 1
                    tally.changes_sent += count
                return
            except SequenceConflict:
                reconciler = self._reconciler(key, office)
                reconciled = reconciler.run(client, client.cursor())
                reconciler.finish(client, reconciled)
                tally.new_epoch = tally.new_epoch or reconciled.new_epoch
                tally.records_reloaded += reconciled.reloaded
                problems += reconciled.problems
        problems.append("sequence_unsettled")

    def _keep_ack(self, batch_id: int, fields: dict, payload: bytes, signature: bytes, tally: _Tally) -> None:
        with self._store.write("sync", "sync.ack", capture_outbox=False) as s:
            link = s.get(SyncLink, 1)
            batch = s.get(SyncBatch, batch_id)
            assert link is not None and batch is not None
            rejected, conflicts = record_ack(s, link, batch, fields, payload, signature, self._store.clock.now())
            self._faults("before_ack_commit")
        tally.new_rejections += rejected
        tally.new_conflicts += conflicts

    def _send_attachments(self, client: HqClient, tally: _Tally) -> None:
        done: set[str] = set()
        while True:
            with self._store.read() as s:
                hashes = [h for h in pending_attachment_hashes(s, 1000 + len(done)) if h not in done][:1000]
            if not hashes:
                return
            answer = client.missing_attachments(hashes)
            missing = set(answer.missing)
            states: dict[str, str] = {}
            for sha in hashes:
                if sha in missing:
                    try:
                        data = self._files.get(sha)
                    except OSError:
                        states[sha] = "unreadable"
                        continue
                    client.upload_attachment(sha, data)
                    tally.attachments_sent += 1
                states[sha] = "sent"
            self._mark_attachments(states)
            done.update(hashes)

    def _mark_attachments(self, states: dict[str, str]) -> None:
        now = self._store.clock.now()
        with self._store.write("sync", "sync.attachments", capture_outbox=False) as s:
            for sha, state in states.items():
                row = s.get(SyncAttachment, sha)
                if row is None:
                    s.add(SyncAttachment(sha256=sha, state=state, updated_at=now))
                else:
                    row.state, row.updated_at = state, now

    # --- USB ------------------------------------------------------------------------------------

    def export_usb(self, actor: Actor, folder: Path) -> UsbExportResult:
        """Write every batch HQ has not acknowledged, and the attachments it may lack, to `folder`."""
        actor.require(Permission.SYNC)
        facts = self._facts()
        key = self._private_key()
        with self._busy:
            self.cut(key, facts.office)
            return self._usb(facts).export(Path(folder))

    def import_usb(self, actor: Actor, folder: Path) -> UsbImportResult:
        """Take in HQ's reply from `folder`: acknowledgements, stream batches, attachments HQ holds."""
        actor.require(Permission.SYNC)
        facts = self._facts()
        with self._busy:
            return self._usb(facts).import_reply(Path(folder))

    # --- parts ----------------------------------------------------------------------------------

    def _usb(self, facts: LinkFacts) -> UsbExchange:
        return UsbExchange(self._store, self._files, self._applier(facts.office), facts.office,
                           facts.hq_public_key, self._faults)

    def _applier(self, office: str) -> DownloadApplier:
        return DownloadApplier(self._store, self._rules, office, self._store.clock.now, self._faults)

    def _reconciler(self, key: bytes, office: str) -> Reconciler:
        return Reconciler(self._store, self._rules, office, signing.public_key_of(key), self._store.clock.now)

    def _facts(self) -> LinkFacts:
        with self._store.read() as s:
            link = s.get(SyncLink, 1)
            if link is None:
                raise ValidationError("sync", "not_enrolled")
            return LinkFacts(link.hq_url, link.office_code, link.hq_public_key, link.epoch, link.office_key_id)

    def _office_code(self) -> str:
        with self._store.read() as s:
            code = s.scalar(select(Office.code).limit(1))
        if not code:
            raise ValidationError("office", "office_not_set_up")
        return code

    def _note_attempt(self) -> None:
        with self._store.write("sync", "sync.attempt", capture_outbox=False) as s:
            link = s.get(SyncLink, 1)
            if link is not None:
                link.last_attempt_at = self._store.clock.now()

    def _note_outcome(self, error: str) -> None:
        with self._store.write("sync", "sync.outcome", capture_outbox=False) as s:
            link = s.get(SyncLink, 1)
            if link is not None:
                link.last_error = error[:200]
                if not error:
                    link.last_success_at = self._store.clock.now()

"""Letter requests from the desk to the issued, printed and collected letter.

Each public call is one unit of work (audited, queued for HQ). Separation of duties lives here, not in
the window: whoever wrote or edited a request can never approve or issue it. Approving and revoking ask
for the password again. Issuing gives the number inside the same transaction that records it, signs the
QR payload with the office key, renders the PDF and archives it (SHA-256 recorded); printing again reads
the archived file, so a re-print is byte for byte the letter that was issued.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kelurahan_desk.core.clock import Clock
from kelurahan_desk.core.documents.letter_pdf import render_letter
from kelurahan_desk.core.documents.qr_payload import revocation_key
from kelurahan_desk.core.domain.letter_placeholders import resident_value
from kelurahan_desk.core.domain.letter_states import LetterAction, LetterState, next_state
from kelurahan_desk.core.errors import NotFound, ValidationError
from kelurahan_desk.core.services.accounts import AccountService
from kelurahan_desk.core.services.letter_documents import draft_document, letter_document, sample_document
from kelurahan_desk.core.services.letter_issuing import issue_letter
from kelurahan_desk.core.services.letter_numbers import NumberingSettings, check_settings
from kelurahan_desk.core.services.letter_numbers import read_settings as read_numbering
from kelurahan_desk.core.services.letter_numbers import write_settings as write_numbering
from kelurahan_desk.core.services.letter_requests import (
    checked_request,
    known_resident,
    link_scans,
    put_scans,
    signatory_for,
)
from kelurahan_desk.core.services.letter_types import LetterTypeData, LetterTypeService
from kelurahan_desk.core.services.letter_views import (
    Approval,
    LetterDetail,
    LetterRequest,
    LetterRow,
    NewScan,
    detail_of,
    drafters,
    row_of,
)
from kelurahan_desk.core.services.office_keys_service import OfficeKeyService, SigningKey
from kelurahan_desk.core.services.permissions import Actor, Permission
from kelurahan_desk.core.services.residents import ResidentService
from kelurahan_desk.core.store.atomic_file import write_bytes_atomic
from kelurahan_desk.core.store.attachment_files import AttachmentFiles
from kelurahan_desk.core.store.models import (
    Letter,
    LetterAttachment,
    LetterEvent,
    LetterType,
)
from kelurahan_desk.core.store.models import Office as OfficeRow
from kelurahan_desk.core.store.unit_of_work import Store

ACTION_PERMISSION: dict[LetterAction, Permission] = {
    LetterAction.UBAH: Permission.DRAFT_LETTERS,
    LetterAction.AJUKAN: Permission.DRAFT_LETTERS,
    LetterAction.KEMBALIKAN: Permission.VERIFY_LETTERS,
    LetterAction.VERIFIKASI: Permission.VERIFY_LETTERS,
    LetterAction.SETUJUI: Permission.APPROVE_LETTERS,
    LetterAction.TERBITKAN: Permission.APPROVE_LETTERS,
    LetterAction.CETAK: Permission.DRAFT_LETTERS,
    LetterAction.SERAHKAN: Permission.DRAFT_LETTERS,
    LetterAction.TOLAK: Permission.VERIFY_LETTERS,
    LetterAction.CABUT: Permission.APPROVE_LETTERS,
}


class LetterService:
    def __init__(
        self,
        store: Store,
        types: LetterTypeService,
        keys: OfficeKeyService,
        accounts: AccountService,
        residents: ResidentService,
        files: AttachmentFiles,
        archive: Path,
    ) -> None:
        self._store = store
        self._types = types
        self._keys = keys
        self._accounts = accounts
        self._residents = residents
        self._files = files
        self._archive = archive

    @property
    def clock(self) -> Clock:
        return self._store.clock

    # --- the request ---------------------------------------------------------------------------

    def prefill(self, actor: Actor, type_id: str, resident_id: str | None) -> dict[str, str]:
        """Field values for a new request: the type's defaults, then what the resident record says."""
        actor.require(Permission.DRAFT_LETTERS)
        kind = self._types.get(actor, type_id).data
        resident = self._residents.get(actor, resident_id) if resident_id else None
        values: dict[str, str] = {}
        for spec in kind.fields:
            value = resident_value(spec.source, resident) if resident is not None and spec.source else ""
            values[spec.key] = value or spec.default
        return values

    def create(self, actor: Actor, request: LetterRequest, *, submit: bool = False) -> LetterDetail:
        actor.require(Permission.DRAFT_LETTERS)
        self._types.ensure_shipped()
        stored = put_scans(self._files, request.scans)
        now = self.clock.now()
        with self._store.write(actor.username, "letter.create") as s:
            kind = s.get(LetterType, request.type_id)
            if kind is None or not kind.active:
                raise ValidationError("type_id", "letter_type_unknown")
            values, seen = checked_request(kind.fields, kind.requirements, request)
            row = Letter(
                type_id=kind.id,
                type_code=kind.code,
                classification=kind.classification,
                title=kind.title,
                paper=kind.paper,
                service=kind.service,
                validity_days=kind.validity_days,
                field_specs=list(kind.fields),
                body=kind.body,
                closing=kind.closing,
                requirements=list(kind.requirements),
                resident_id=known_resident(s, request.resident_id),
                holder_name=values.get("nama", ""),
                holder_nik=values.get("nik", ""),
                values=values,
                requirements_seen=seen,
                state=LetterState.DRAF.value,
                fee=kind.fee,
                promised_at=now + timedelta(minutes=kind.promised_minutes),
                created_at=now,
                created_by=actor.username,
                drafted_by_id=actor.account_id,
                updated_at=now,
            )
            s.add(row)
            s.flush()
            self._event(s, actor, row, "buat", "", LetterState.DRAF.value)
            link_scans(s, actor.username, row.id, stored, request.scans, self.clock.now())
            if submit:
                self._move(s, actor, row, LetterAction.AJUKAN)
            s.flush()
            return detail_of(s, row, actor.account_id)

    def update(self, actor: Actor, letter_id: str, request: LetterRequest, expected_rev: int) -> LetterDetail:
        """Changes the fields of a draft. Whoever edits becomes one of its drafters."""
        actor.require(Permission.DRAFT_LETTERS)
        stored = put_scans(self._files, request.scans)
        with self._store.write(actor.username, "letter.update") as s:
            row = self._letter(s, letter_id, expected_rev)
            next_state(LetterState(row.state), LetterAction.UBAH)
            values, seen = checked_request(row.field_specs, row.requirements, request)
            row.values = values
            row.requirements_seen = seen
            row.holder_name = values.get("nama", "")
            row.holder_nik = values.get("nik", "")
            row.resident_id = known_resident(s, request.resident_id)
            row.updated_at = self.clock.now()
            self._event(s, actor, row, "ubah", row.state, row.state)
            link_scans(s, actor.username, row.id, stored, request.scans, self.clock.now())
            s.flush()
            return detail_of(s, row, actor.account_id)

    def add_scans(self, actor: Actor, letter_id: str, scans: Sequence[NewScan]) -> LetterDetail:
        actor.require(Permission.DRAFT_LETTERS)
        stored = put_scans(self._files, scans)
        with self._store.write(actor.username, "letter.scan") as s:
            row = self._letter(s, letter_id)
            if LetterState(row.state) not in (LetterState.DRAF, LetterState.DIAJUKAN):
                raise ValidationError("state", "transition_refused", {"state": row.state, "action": "lampiran"})
            link_scans(s, actor.username, row.id, stored, scans, self.clock.now())
            row.updated_at = self.clock.now()
            s.flush()
            return detail_of(s, row, actor.account_id)

    # --- the steps -----------------------------------------------------------------------------

    def submit(self, actor: Actor, letter_id: str) -> LetterDetail:
        return self._step(actor, letter_id, LetterAction.AJUKAN)

    def send_back(self, actor: Actor, letter_id: str, reason: str) -> LetterDetail:
        return self._step(actor, letter_id, LetterAction.KEMBALIKAN, reason)

    def verify(self, actor: Actor, letter_id: str, note: str = "") -> LetterDetail:
        """The verifier has seen every requirement; refused while one is not ticked."""
        return self._step(actor, letter_id, LetterAction.VERIFIKASI, note)

    def reject(self, actor: Actor, letter_id: str, reason: str) -> LetterDetail:
        """Refuses the request at any step before issue. The drafter may withdraw their own draft."""
        with self._store.read() as s:
            row = self._letter(s, letter_id)
            own_draft = row.state == LetterState.DRAF and row.drafted_by_id == actor.account_id
        if not own_draft:
            actor.require(Permission.VERIFY_LETTERS)
        return self._step(actor, letter_id, LetterAction.TOLAK, reason, checked=True)

    def approve(
        self, actor: Actor, letter_id: str, password: str, approval: Approval | None = None, *, issue: bool = True
    ) -> LetterDetail:
        """The lurah (or a delegate, or an acting lurah) approves, with their password; by default the letter
        is issued in the same transaction."""
        actor.require(Permission.APPROVE_LETTERS)
        self._accounts.confirm_password(actor, password)
        key = self._keys.signing_key() if issue else None
        with self._store.write(actor.username, "letter.approve") as s:
            row = self._letter(s, letter_id)
            self._refuse_drafter(s, row, actor)
            office = self._office(s)
            signatory = signatory_for(s, actor, office, approval or Approval())
            self._move(s, actor, row, LetterAction.SETUJUI)
            row.approved_at = self.clock.now()
            row.approved_by = actor.username
            row.approved_by_id = actor.account_id
            row.signatory = signatory
            if key is not None:
                s.flush()  # approval and issue reach HQ as two changes, each a transition its state machine allows
                self._issue(s, actor, row, office, key)
            s.flush()
            return detail_of(s, row, actor.account_id)

    def issue(self, actor: Actor, letter_id: str) -> LetterDetail:
        """Issues an approved letter: number, signed QR, PDF archived."""
        actor.require(Permission.APPROVE_LETTERS)
        key = self._keys.signing_key()
        with self._store.write(actor.username, "letter.issue") as s:
            row = self._letter(s, letter_id)
            self._refuse_drafter(s, row, actor)
            self._issue(s, actor, row, self._office(s), key)
            s.flush()
            return detail_of(s, row, actor.account_id)

    def revoke(self, actor: Actor, letter_id: str, reason: str, password: str) -> LetterDetail:
        """An issued letter is revoked, never deleted: it keeps its number, the register shows it revoked."""
        actor.require(Permission.APPROVE_LETTERS)
        self._accounts.confirm_password(actor, password)
        with self._store.write(actor.username, "letter.revoke") as s:
            row = self._letter(s, letter_id)
            self._move(s, actor, row, LetterAction.CABUT, reason)
            row.revoked_at = self.clock.now()
            s.flush()
            return detail_of(s, row, actor.account_id)

    def mark_printed(self, actor: Actor, letter_ids: Iterable[str]) -> list[LetterRow]:
        """After the printer took them (a batch is one transaction); printing again counts again."""
        actor.require(Permission.DRAFT_LETTERS)
        with self._store.write(actor.username, "letter.print") as s:
            rows = [self._letter(s, letter_id) for letter_id in letter_ids]
            for row in rows:
                self._move(s, actor, row, LetterAction.CETAK)
                row.printed_count += 1
                row.printed_at = self.clock.now()
            s.flush()
            return [row_of(row) for row in rows]

    def hand_over(self, actor: Actor, letter_id: str, received_by: str = "") -> LetterDetail:
        actor.require(Permission.DRAFT_LETTERS)
        with self._store.write(actor.username, "letter.hand_over") as s:
            row = self._letter(s, letter_id)
            self._move(s, actor, row, LetterAction.SERAHKAN, received_by)
            row.handed_over_at = self.clock.now()
            row.handed_over_to = " ".join(received_by.split())[:100] or row.holder_name
            s.flush()
            return detail_of(s, row, actor.account_id)

    # --- reading -------------------------------------------------------------------------------

    def get(self, actor: Actor, letter_id: str) -> LetterDetail:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            return detail_of(s, self._letter(s, letter_id), actor.account_id)

    def find_number(self, actor: Actor, number: str) -> LetterDetail | None:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            row = s.scalar(select(Letter).where(Letter.number == number.strip()))
            return detail_of(s, row, actor.account_id) if row else None

    def worklist(self, actor: Actor, states: Iterable[LetterState], *, limit: int = 500) -> list[LetterRow]:
        """Letters in the given states, oldest first (what waits longest comes first)."""
        actor.require(Permission.VIEW)
        wanted = [LetterState(state).value for state in states]
        stmt = select(Letter).where(Letter.state.in_(wanted)).order_by(Letter.created_at, Letter.id).limit(limit)
        with self._store.read() as s:
            return [row_of(row) for row in s.scalars(stmt)]

    def pdf(self, actor: Actor, letter_id: str) -> bytes:
        """The archived PDF of an issued letter, checked against its recorded SHA-256.

        A missing archive file is rendered again from the stored letter and written back only when it comes
        out identical; otherwise ValidationError("archive", "archive_damaged")."""
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            row = self._letter(s, letter_id)
            if row.number is None or not row.pdf_sha256:
                raise ValidationError("state", "not_issued")
            path = self._archive / row.archive_path
            if path.is_file():
                data = path.read_bytes()
                if hashlib.sha256(data).hexdigest() == row.pdf_sha256:
                    return data
            data = render_letter(letter_document(row, self._office(s)))
            if hashlib.sha256(data).hexdigest() != row.pdf_sha256:
                raise ValidationError("archive", "archive_damaged", {"number": row.number})
        write_bytes_atomic(path, data)
        return data

    def draft_pdf(self, actor: Actor, letter_id: str) -> bytes:
        """A letter not issued yet as it would print today, marked DRAF: for the verifier and the lurah to read
        before they decide. Rendered each time, never archived."""
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            row = self._letter(s, letter_id)
            if row.number is not None:  # an issued letter is read as archived (`pdf`)
                raise ValidationError("state", "transition_refused", {"state": row.state, "action": "draf"})
            document = draft_document(row, self._office(s), self.clock.today())
        return render_letter(document)

    def scan_bytes(self, actor: Actor, sha256: str) -> bytes:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            if s.scalar(select(LetterAttachment.id).where(LetterAttachment.sha256 == sha256).limit(1)) is None:
                raise NotFound("attachment", sha256)
        return self._files.get(sha256)

    def revoked_keys(self) -> set[str]:
        """Revoked letters of this office, as `qr_payload.revocation_key` entries."""
        with self._store.read() as s:
            code = s.scalar(select(OfficeRow.code).limit(1)) or ""
            numbers = s.scalars(select(Letter.number).where(Letter.state == LetterState.DICABUT.value))
            return {revocation_key(code, number) for number in numbers if number}

    # --- numbering settings and previews -------------------------------------------------------

    def numbering(self, actor: Actor) -> NumberingSettings:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            return read_numbering(s)

    def set_numbering(self, actor: Actor, settings: NumberingSettings) -> NumberingSettings:
        """Takes effect at the next issue; numbers already given never change."""
        actor.require(Permission.MANAGE_LETTER_TYPES)
        settings = check_settings(settings)
        with self._store.write(actor.username, "letter.numbering") as s:
            write_numbering(s, settings)
        return settings

    def sample_pdf(self, actor: Actor, data: LetterTypeData) -> bytes:
        """A type as it would print, with sample values (for the type editor's live preview)."""
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            office = self._office(s)
            return render_letter(sample_document(data, office, read_numbering(s).template, self.clock.today()))

    # --- inside a unit of work -----------------------------------------------------------------

    def _step(
        self, actor: Actor, letter_id: str, action: LetterAction, note: str = "", *, checked: bool = False
    ) -> LetterDetail:
        if not checked:
            actor.require(ACTION_PERMISSION[action])
        with self._store.write(actor.username, f"letter.{action.value}") as s:
            row = self._letter(s, letter_id)
            if action == LetterAction.VERIFIKASI:
                missing = [r for r in row.requirements if r not in row.requirements_seen]
                if missing:
                    raise ValidationError(
                        "requirements_seen",
                        "requirements_incomplete",
                        {"missing": missing, "names": ", ".join(missing)},
                    )
                row.verified_at = self.clock.now()
                row.verified_by = actor.username
            self._move(s, actor, row, action, note)
            s.flush()
            return detail_of(s, row, actor.account_id)

    def _move(self, s: Session, actor: Actor, row: Letter, action: LetterAction, note: str = "") -> None:
        before = row.state
        row.state = next_state(LetterState(before), action, note).value
        if action in (LetterAction.TOLAK, LetterAction.CABUT, LetterAction.KEMBALIKAN):
            row.reason = note.strip()
        row.updated_at = self.clock.now()
        self._event(s, actor, row, action.value, before, row.state, note)

    def _issue(self, s: Session, actor: Actor, row: Letter, office: OfficeRow, key: SigningKey) -> None:
        self._move(s, actor, row, LetterAction.TERBITKAN)
        issue_letter(s, row, office, key, self._archive, actor.username, self.clock.today(), self.clock.now())

    def _refuse_drafter(self, s: Session, row: Letter, actor: Actor) -> None:
        if actor.account_id in drafters(s, row):
            raise ValidationError("approved_by", "drafter_cannot_approve")

    def _event(
        self, s: Session, actor: Actor, row: Letter, action: str, from_state: str, to_state: str, note: str = ""
    ) -> None:
        s.add(
            LetterEvent(
                letter_id=row.id,
                at=self.clock.now(),
                actor=actor.username,
                actor_id=actor.account_id,
                action=action,
                from_state=from_state,
                to_state=to_state,
                note=note.strip(),
            )
        )

    @staticmethod
    def _letter(s: Session, letter_id: str, expected_rev: int | None = None) -> Letter:
        row = s.get(Letter, letter_id)
        if row is None:
            raise NotFound("letter", letter_id)
        if expected_rev is not None and row.rev != expected_rev:
            raise ValidationError("rev", "stale")
        return row

    @staticmethod
    def _office(s: Session) -> OfficeRow:
        office = s.scalar(select(OfficeRow).limit(1))
        if office is None:
            raise ValidationError("code", "setup_not_done")
        return office

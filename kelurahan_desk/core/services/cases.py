"""Citizen cases: intake, the lifecycle actions, attachments, queues and the lurah's overview.

Each public call is one unit of work (audited and queued for HQ). Files are put into the attachment
store before the transaction: they are addressed by their hash, so a failed action leaves at most an
unreferenced file, never a record pointing at nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from kelurahan_desk.core.clock import Clock
from kelurahan_desk.core.documents.receipt_pdf import CaseReceipt, ReceiptSize, render_case_receipt
from kelurahan_desk.core.domain.case_deadlines import WorkingDays
from kelurahan_desk.core.domain.case_intake import (
    ATTACHMENT_ROLES,
    DUPLICATE_DAYS,
    NewAttachment,
    NewCase,
    check_new_case,
)
from kelurahan_desk.core.domain.case_lifecycle import ActionInput, apply, new_lifecycle
from kelurahan_desk.core.domain.case_numbers import case_number, parse_case_number, period_of
from kelurahan_desk.core.domain.case_states import CaseAction, CaseState
from kelurahan_desk.core.errors import NotFound, ValidationError
from kelurahan_desk.core.services import case_queues as cq
from kelurahan_desk.core.services.case_categories import policy_for
from kelurahan_desk.core.services.case_details import ACTION_PERMISSION, case_detail, may_see_reporter
from kelurahan_desk.core.services.case_receipts import case_receipt
from kelurahan_desk.core.services.case_views import (
    CaseDetail,
    IntakeResult,
    OfficerLoad,
    lifecycle_columns,
    lifecycle_of,
    store_lifecycle,
)
from kelurahan_desk.core.services.permissions import Actor, Permission
from kelurahan_desk.core.store.atomic_file import write_bytes_atomic
from kelurahan_desk.core.store.attachment_files import AttachmentFiles
from kelurahan_desk.core.store.models import (
    Account,
    Attachment,
    Case,
    CaseAttachment,
    CaseCategory,
    CaseEvent,
    Office,
    Resident,
)
from kelurahan_desk.core.store.unit_of_work import Store

INTAKE_EVENT = "terima"
Photo = tuple[NewAttachment, str]  # the file and its role: lampiran, sebelum or sesudah


class CaseService:
    def __init__(
        self,
        store: Store,
        files: AttachmentFiles,
        calendar: Callable[[], WorkingDays],
        receipts: Path | None = None,
    ) -> None:
        """`calendar` gives the working-day calendar in force (holidays and the office's overrides);
        `receipts` is the archive folder where printed receipts are kept as printed."""
        self._store = store
        self._files = files
        self._calendar = calendar
        self._receipts = receipts

    @property
    def clock(self) -> Clock:
        return self._store.clock

    # --- intake --------------------------------------------------------------------------------

    def intake(self, actor: Actor, new: NewCase) -> IntakeResult:
        actor.require(Permission.HANDLE_CASES)
        new = check_new_case(new)
        stored = [self._put(a) for a in new.attachments]
        now, today, calendar = self.clock.now(), self.clock.today(), self._calendar()
        with self._store.write(actor.username, "case.intake") as s:
            category = s.get(CaseCategory, new.category_id)
            if category is None or not category.active:
                raise ValidationError("category_id", "category_unknown")
            citizen = self._citizen(s, new)
            if new.duplicate_of_id and s.get(Case, new.duplicate_of_id) is None:
                raise ValidationError("duplicate_of_id", "case_unknown")
            lc = new_lifecycle(new.kind, today, policy_for(s, category.id), calendar)
            period = period_of(today)
            seq = (s.scalar(select(func.max(Case.number_seq)).where(Case.number_period == period)) or 0) + 1
            number = str(case_number(self._office_code(s), today, seq))
            row = Case(
                number=number,
                number_period=period,
                number_seq=seq,
                category_id=category.id,
                channel=new.channel,
                description=new.description,
                resident_id=new.resident_id,
                anonymous=new.anonymous,
                confidential=new.confidential,
                rt=new.rt,
                rw=new.rw,
                address=new.address,
                latitude=new.latitude,
                longitude=new.longitude,
                info_requested=new.info_requested,
                info_purpose=new.info_purpose,
                info_delivery=new.info_delivery,
                received_at=now,
                received_by=actor.username,
                updated_at=now,
                **citizen,
                **{**lifecycle_columns(lc), "duplicate_of_id": new.duplicate_of_id},
            )
            s.add(row)
            s.flush()
            event = self._event(s, actor, row, INTAKE_EVENT, "", CaseState.BARU.value, "", {})
            for (sha, mime), attachment in zip(stored, new.attachments, strict=True):
                self._link(s, actor, row.id, event.id, sha, mime, attachment, "lampiran")
            return IntakeResult(row.id, row.number, lc.received_on, lc.promised_on, lc.due_on)

    # --- lifecycle -----------------------------------------------------------------------------

    def act(
        self,
        actor: Actor,
        case_id: str,
        action: CaseAction,
        given: ActionInput | None = None,
        *,
        expected_rev: int | None = None,
        photos: Sequence[Photo] = (),
    ) -> CaseDetail:
        """One step of the case's life (or a follow-up note, escalation, extension, objection)."""
        action = CaseAction(action)
        actor.require(ACTION_PERMISSION[action])
        for _, role in photos:
            if role not in ATTACHMENT_ROLES:
                raise ValidationError("photos", "unknown_value", {"value": role})
        stored = [(self._put(a), a, role) for a, role in photos]
        calendar, today, now = self._calendar(), self.clock.today(), self.clock.now()
        with self._store.write(actor.username, f"case.{action.value}") as s:
            row = self._case(s, case_id)
            if expected_rev is not None and row.rev != expected_rev:
                raise ValidationError("rev", "stale")
            given = self._checked_input(s, row, action, given or ActionInput())
            before = lifecycle_of(row)
            after = apply(before, action, given, today, policy_for(s, row.category_id), calendar)
            store_lifecycle(row, after)
            row.updated_at = now
            details = {key: value for key, value in given.__dict__.items() if value and key != "note"}
            event = self._event(s, actor, row, action.value, before.state.value, after.state.value, given.note, details)
            for (sha, mime), attachment, role in stored:
                self._link(s, actor, row.id, event.id, sha, mime, attachment, role)
            s.flush()
            return case_detail(s, actor, row, today, calendar)

    def add_attachment(self, actor: Actor, case_id: str, attachment: NewAttachment, role: str = "lampiran") -> None:
        actor.require(Permission.HANDLE_CASES)
        if role not in ATTACHMENT_ROLES:
            raise ValidationError("role", "unknown_value", {"value": role})
        sha, mime = self._put(attachment)
        with self._store.write(actor.username, "case.attach") as s:
            row = self._case(s, case_id)
            self._link(s, actor, row.id, None, sha, mime, attachment, role)
            row.updated_at = self.clock.now()

    # --- reading -------------------------------------------------------------------------------

    def get(self, actor: Actor, case_id: str) -> CaseDetail:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            return case_detail(s, actor, self._case(s, case_id), self.clock.today(), self._calendar())

    def find_number(self, actor: Actor, number: str) -> CaseDetail | None:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            row = s.scalar(select(Case).where(Case.number == str(parse_case_number(number))))
            return case_detail(s, actor, row, self.clock.today(), self._calendar()) if row else None

    def receipt(self, actor: Actor, case_id: str) -> CaseReceipt:
        actor.require(Permission.HANDLE_CASES)
        with self._store.read() as s:
            row = self._case(s, case_id)
            return case_receipt(s, row, reporter_shown=may_see_reporter(actor, row))

    def receipt_pdf(self, actor: Actor, case_id: str, size: ReceiptSize = "a5") -> bytes:
        return render_case_receipt(self.receipt(actor, case_id), size)

    def save_receipt(self, actor: Actor, case_id: str, size: ReceiptSize = "a5") -> Path:
        """Renders the receipt into the archive (written whole or not at all) and returns its path."""
        if self._receipts is None:
            raise ValidationError("receipts", "no_archive_folder")
        receipt = self.receipt(actor, case_id)
        path = self._receipts / f"tanda-terima-{receipt.case_number}-{size}.pdf"
        write_bytes_atomic(path, render_case_receipt(receipt, size))
        return path

    def attachment_bytes(self, actor: Actor, sha256: str) -> bytes:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            if s.scalar(select(CaseAttachment.id).where(CaseAttachment.sha256 == sha256).limit(1)) is None:
                raise NotFound("attachment", sha256)
        return self._files.get(sha256)

    def queue(self, actor: Actor, query: cq.CaseQuery) -> cq.CasePage:
        actor.require(Permission.VIEW)
        today, calendar = self.clock.today(), self._calendar()
        with self._store.read() as s:
            bounds = cq.queue_bounds(s, query, actor.account_id, today, self.clock.zone, calendar)
            found = s.execute(cq.queue_statement(query, bounds)).all()
        rows = [cq.case_row(values, today, calendar) for values in found[: query.limit]]
        return cq.CasePage(rows, len(found) > query.limit, query.offset, query)

    def suggest_duplicates(
        self,
        actor: Actor,
        category_id: str,
        *,
        rt: int | None = None,
        rw: int | None = None,
        latitude: float | None = None,
        longitude: float | None = None,
        days: int = DUPLICATE_DAYS,
        limit: int = 10,
    ) -> list[cq.CaseRow]:
        """Cases of the same category from the last `days` days, in the same RT/RW or within 50 m."""
        actor.require(Permission.VIEW)
        place = cq.Place(rt, rw, latitude, longitude)
        stmt = cq.duplicate_candidates(category_id, self.clock.now() - timedelta(days=days), place)
        if stmt is None:
            return []
        today, calendar = self.clock.today(), self._calendar()
        with self._store.read() as s:
            found = s.execute(stmt).all()
        return [cq.case_row(values, today, calendar) for values in found if place.matches(values)][:limit]

    def overdue_by_officer(self, actor: Actor) -> list[OfficerLoad]:
        """Open work per officer (and not yet given to anyone), most overdue first."""
        actor.require(Permission.VIEW)
        today = self.clock.today()
        overdue = func.sum(case((Case.due_on < today, 1), else_=0))
        stmt = (
            select(
                Case.assignee_id, Account.full_name, Case.assigned_unit, func.count(), overdue, func.min(Case.due_on)
            )
            .outerjoin(Account, Account.id == Case.assignee_id)
            .where(Case.due_on.is_not(None))
            .group_by(Case.assignee_id, Case.assigned_unit)
        )
        with self._store.read() as s:
            loads = [
                OfficerLoad(aid, name or "", unit, int(count), int(late or 0), oldest)
                for aid, name, unit, count, late, oldest in s.execute(stmt)
            ]
        return sorted(loads, key=lambda load: (-load.overdue, load.oldest_due or date.max, load.name))

    # --- inside a unit of work -----------------------------------------------------------------

    def _put(self, attachment: NewAttachment) -> tuple[str, str]:
        return self._files.put(attachment.data)

    def _office_code(self, s: Session) -> str:
        code = s.scalar(select(Office.code).limit(1))
        if code is None:
            raise ValidationError("code", "setup_not_done")
        return code

    @staticmethod
    def _case(s: Session, case_id: str) -> Case:
        row = s.get(Case, case_id)
        if row is None:
            raise NotFound("case", case_id)
        return row

    @staticmethod
    def _citizen(s: Session, new: NewCase) -> dict[str, Any]:
        if new.resident_id is None:
            return {
                "citizen_name": new.citizen_name,
                "citizen_nik": new.citizen_nik,
                "citizen_phone": new.citizen_phone,
                "citizen_address": new.citizen_address,
            }
        resident = s.get(Resident, new.resident_id)
        if resident is None:
            raise ValidationError("resident_id", "resident_unknown")
        return {
            "citizen_name": resident.name,
            "citizen_nik": resident.nik,
            "citizen_phone": new.citizen_phone,
            "citizen_address": new.citizen_address or resident.address,
        }

    def _checked_input(self, s: Session, row: Case, action: CaseAction, given: ActionInput) -> ActionInput:
        if action == CaseAction.DISPOSISI and given.assignee_id:
            officer = s.get(Account, given.assignee_id)
            if officer is None or not officer.active:
                raise ValidationError("assignee", "assignee_unknown")
        if action == CaseAction.TANDAI_DUPLIKAT:
            original_id = given.duplicate_of_id or row.duplicate_of_id
            original = s.get(Case, original_id) if original_id else None
            if original_id and (original is None or original.id == row.id or original.state == CaseState.DUPLIKAT):
                raise ValidationError("duplicate_of_id", "duplicate_of_invalid")
            given = ActionInput(**{**given.__dict__, "duplicate_of_id": original_id})
        return given

    def _event(
        self,
        s: Session,
        actor: Actor,
        row: Case,
        action: str,
        from_state: str,
        to_state: str,
        note: str,
        details: dict[str, Any],
    ) -> CaseEvent:
        event = CaseEvent(
            case_id=row.id,
            at=self.clock.now(),
            actor=actor.username,
            action=action,
            from_state=from_state,
            to_state=to_state,
            note=note.strip(),
            details=details,
        )
        s.add(event)
        s.flush()
        return event

    def _link(
        self,
        s: Session,
        actor: Actor,
        case_id: str,
        event_id: str | None,
        sha: str,
        mime: str,
        attachment: NewAttachment,
        role: str,
    ) -> None:
        now = self.clock.now()
        if s.get(Attachment, sha) is None:
            s.add(
                Attachment(
                    sha256=sha,
                    size=len(attachment.data),
                    mime=mime,
                    original_name=attachment.name[:255],
                    created_at=now,
                )
            )
        s.add(
            CaseAttachment(
                case_id=case_id, event_id=event_id, sha256=sha, role=role, added_at=now, added_by=actor.username
            )
        )

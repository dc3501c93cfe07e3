"""A case as one screen shows it: the stored row, its history, files, deadline and what may be done next."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kelurahan_desk.core.domain import case_deadlines as dl
from kelurahan_desk.core.domain.case_deadlines import WorkingDays
from kelurahan_desk.core.domain.case_lifecycle import allowed_actions
from kelurahan_desk.core.domain.case_states import CaseAction, is_open
from kelurahan_desk.core.services.case_categories import policy_for
from kelurahan_desk.core.services.case_views import CaseDetail, attachment_view, event_view, lifecycle_of
from kelurahan_desk.core.services.permissions import Actor, Permission
from kelurahan_desk.core.store.models import Account, Attachment, Case, CaseAttachment, CaseCategory, CaseEvent

ACTION_PERMISSION: dict[CaseAction, Permission] = {
    CaseAction.VERIFIKASI: Permission.VERIFY_CASES,
    CaseAction.DISPOSISI: Permission.VERIFY_CASES,
    CaseAction.TOLAK: Permission.VERIFY_CASES,
    CaseAction.TERUSKAN: Permission.VERIFY_CASES,
    CaseAction.TANDAI_DUPLIKAT: Permission.VERIFY_CASES,
    CaseAction.JAWAB_KEBERATAN: Permission.VERIFY_CASES,
    CaseAction.PROSES: Permission.HANDLE_CASES,
    CaseAction.SELESAIKAN: Permission.HANDLE_CASES,
    CaseAction.BUKA_KEMBALI: Permission.HANDLE_CASES,
    CaseAction.TINDAK_LANJUT: Permission.HANDLE_CASES,
    CaseAction.PERPANJANG: Permission.HANDLE_CASES,
    CaseAction.KEBERATAN: Permission.HANDLE_CASES,
    CaseAction.ESKALASI: Permission.ESCALATE_CASES,
}


def may_see_reporter(actor: Actor, row: Case) -> bool:
    """Who reported a confidential case is known only to those who verify cases (kasi, lurah, administrator)
    and to whoever took it in; officers it is assigned to work on it without knowing who reported it."""
    return not row.confidential or actor.can(Permission.VERIFY_CASES) or actor.username == row.received_by


def case_detail(s: Session, actor: Actor, row: Case, today: date, calendar: WorkingDays) -> CaseDetail:
    lc = lifecycle_of(row)
    policy = policy_for(s, row.category_id)
    category = s.get(CaseCategory, row.category_id)
    assert category is not None
    officer = s.get(Account, row.assignee_id) if row.assignee_id else None
    original = s.get(Case, row.duplicate_of_id) if row.duplicate_of_id else None
    files = {
        a.sha256: a
        for a in s.scalars(
            select(Attachment)
            .join(CaseAttachment, CaseAttachment.sha256 == Attachment.sha256)
            .where(CaseAttachment.case_id == row.id)
        )
    }
    links = [
        attachment_view(link, files[link.sha256].mime, files[link.sha256].original_name, files[link.sha256].size)
        for link in s.scalars(
            select(CaseAttachment).where(CaseAttachment.case_id == row.id).order_by(CaseAttachment.added_at)
        )
    ]
    events = tuple(
        event_view(e, tuple(a for a in links if a.event_id == e.id))
        for e in s.scalars(select(CaseEvent).where(CaseEvent.case_id == row.id).order_by(CaseEvent.at, CaseEvent.id))
    )
    hidden = not may_see_reporter(actor, row)
    possible = allowed_actions(lc, today, policy, calendar)
    still_movable = CaseAction.BUKA_KEMBALI in possible or CaseAction.KEBERATAN in possible
    return CaseDetail(
        id=row.id,
        rev=row.rev,
        number=row.number,
        category_id=row.category_id,
        category=category.name,
        service_code=category.code,
        channel=row.channel,
        description=row.description,
        resident_id=None if hidden else row.resident_id,
        citizen_name="" if hidden else row.citizen_name,
        citizen_nik="" if hidden else row.citizen_nik,
        citizen_phone="" if hidden else row.citizen_phone,
        citizen_address="" if hidden else row.citizen_address,
        anonymous=row.anonymous,
        confidential=row.confidential,
        identity_hidden=hidden,
        rt=row.rt,
        rw=row.rw,
        address=row.address,
        latitude=row.latitude,
        longitude=row.longitude,
        info_requested=row.info_requested,
        info_purpose=row.info_purpose,
        info_delivery=row.info_delivery,
        received_at=row.received_at,
        received_by=row.received_by,
        updated_at=row.updated_at,
        lifecycle=lc,
        due=dl.due_status(lc.due_on, today, calendar),
        assignee_name=officer.full_name if officer else "",
        duplicate_of_number=original.number if original else "",
        closed_for_good=not is_open(lc.state) and not lc.objection_open and not still_movable,
        allowed_actions=tuple(a for a in possible if actor.can(ACTION_PERMISSION[a])),
        events=events,
        attachments=tuple(links),
        others_may=tuple(a for a in possible if not actor.can(ACTION_PERMISSION[a])),
    )

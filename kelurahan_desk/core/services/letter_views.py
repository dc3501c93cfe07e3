"""What the letter services hand out: plain frozen rows and details, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kelurahan_desk.core.domain.letter_placeholders import FieldSpec
from kelurahan_desk.core.domain.letter_states import LetterState
from kelurahan_desk.core.store.models import Attachment, Letter, LetterAttachment, LetterEvent

__all__ = ["Approval", "LetterDetail", "LetterEventView", "LetterRequest", "LetterRow", "NewScan", "ScanView"]

CONTENT_ACTIONS = ("buat", "ubah")


@dataclass(frozen=True)
class NewScan:
    """A scanned document seen at the desk; `label` names the requirement it shows (e.g. "KTP-el")."""

    name: str
    data: bytes
    label: str = ""


@dataclass(frozen=True)
class LetterRequest:
    """What the front desk fills in. `values` by field key (dates ISO, money as a plain number)."""

    type_id: str
    values: dict[str, str]
    resident_id: str | None = None
    requirements_seen: tuple[str, ...] = ()
    scans: tuple[NewScan, ...] = ()


@dataclass(frozen=True)
class Approval:
    """How the approver signs: "lurah"; "an" (a.n. LURAH …, with the delegate's title, e.g. Sekretaris
    Kelurahan); "plt" / "plh" (an acting lurah). `rank` (pangkat/golongan) prints under the name."""

    capacity: str = "lurah"
    delegate_title: str = ""
    rank: str | None = None


@dataclass(frozen=True)
class LetterRow:
    id: str
    state: LetterState
    type_code: str
    title: str
    holder_name: str
    number: str | None
    created_at: datetime
    created_by: str
    promised_at: datetime
    issued_on: date | None
    valid_until: date | None


@dataclass(frozen=True)
class LetterEventView:
    at: datetime
    actor: str
    action: str
    from_state: str
    to_state: str
    note: str


@dataclass(frozen=True)
class ScanView:
    sha256: str
    label: str
    name: str
    mime: str
    added_by: str


@dataclass(frozen=True)
class LetterDetail:
    id: str
    rev: int
    type_id: str
    type_code: str
    classification: str
    title: str
    paper: str
    state: LetterState
    resident_id: str | None
    holder_name: str
    holder_nik: str
    values: dict[str, str]
    fields: tuple[FieldSpec, ...]
    requirements: tuple[str, ...]
    requirements_seen: tuple[str, ...]
    fee: int
    promised_at: datetime
    created_at: datetime
    created_by: str
    verified_by: str
    approved_by: str
    signatory: dict[str, Any] | None
    number: str | None
    issued_on: date | None
    valid_until: date | None
    qr_payload: str
    key_id: str
    pdf_sha256: str
    printed_count: int
    handed_over_to: str
    reason: str
    drafted_by_actor: bool
    """True when the asking account wrote or edited this request: it may then never approve or issue it."""
    events: tuple[LetterEventView, ...] = field(default=(), repr=False)
    scans: tuple[ScanView, ...] = field(default=(), repr=False)


def row_of(letter: Letter) -> LetterRow:
    return LetterRow(
        id=letter.id,
        state=LetterState(letter.state),
        type_code=letter.type_code,
        title=letter.title,
        holder_name=letter.holder_name,
        number=letter.number,
        created_at=letter.created_at,
        created_by=letter.created_by,
        promised_at=letter.promised_at,
        issued_on=letter.issued_on,
        valid_until=letter.valid_until,
    )


def drafters(s: Session, letter: Letter) -> set[str]:
    """Accounts that wrote or changed the request's content."""
    found = set(
        s.scalars(
            select(LetterEvent.actor_id).where(
                LetterEvent.letter_id == letter.id, LetterEvent.action.in_(CONTENT_ACTIONS)
            )
        )
    )
    return {letter.drafted_by_id, *found} - {""}


def detail_of(s: Session, letter: Letter, account_id: str) -> LetterDetail:
    events = s.scalars(
        select(LetterEvent).where(LetterEvent.letter_id == letter.id).order_by(LetterEvent.at, LetterEvent.id)
    )
    scans = s.execute(
        select(LetterAttachment, Attachment)
        .join(Attachment, Attachment.sha256 == LetterAttachment.sha256)
        .where(LetterAttachment.letter_id == letter.id)
        .order_by(LetterAttachment.added_at, LetterAttachment.id)
    )
    return LetterDetail(
        id=letter.id,
        rev=letter.rev,
        type_id=letter.type_id,
        type_code=letter.type_code,
        classification=letter.classification,
        title=letter.title,
        paper=letter.paper,
        state=LetterState(letter.state),
        resident_id=letter.resident_id,
        holder_name=letter.holder_name,
        holder_nik=letter.holder_nik,
        values=dict(letter.values),
        fields=tuple(FieldSpec.from_data(f) for f in letter.field_specs),
        requirements=tuple(letter.requirements),
        requirements_seen=tuple(letter.requirements_seen),
        fee=letter.fee,
        promised_at=letter.promised_at,
        created_at=letter.created_at,
        created_by=letter.created_by,
        verified_by=letter.verified_by,
        approved_by=letter.approved_by,
        signatory=dict(letter.signatory) if letter.signatory else None,
        number=letter.number,
        issued_on=letter.issued_on,
        valid_until=letter.valid_until,
        qr_payload=letter.qr_payload,
        key_id=letter.key_id,
        pdf_sha256=letter.pdf_sha256,
        printed_count=letter.printed_count,
        handed_over_to=letter.handed_over_to,
        reason=letter.reason,
        drafted_by_actor=account_id in drafters(s, letter),
        events=tuple(
            LetterEventView(e.at, e.actor, e.action, e.from_state, e.to_state, e.note) for e in events
        ),
        scans=tuple(
            ScanView(link.sha256, link.label, file.original_name, file.mime, link.added_by) for link, file in scans
        ),
    )

"""What the case service hands out: plain frozen records built from the stored rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from kelurahan_desk.core.domain.case_deadlines import DueStatus, Stage
from kelurahan_desk.core.domain.case_lifecycle import LIFECYCLE_FIELDS, Lifecycle
from kelurahan_desk.core.domain.case_states import CaseAction, CaseKind, CaseState
from kelurahan_desk.core.store.models import Case, CaseAttachment, CaseEvent


@dataclass(frozen=True)
class CaseAttachmentView:
    id: str
    sha256: str
    mime: str
    original_name: str
    size: int
    role: str
    event_id: str | None
    added_at: datetime
    added_by: str

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")


@dataclass(frozen=True)
class CaseEventView:
    id: str
    at: datetime
    actor: str
    action: str  # a CaseAction value, or "terima" for the intake
    from_state: str
    to_state: str
    note: str
    details: dict[str, Any]
    attachments: tuple[CaseAttachmentView, ...]


@dataclass(frozen=True)
class CaseDetail:
    id: str
    rev: int
    number: str
    category_id: str
    category: str  # path in the tree
    service_code: str
    channel: str
    description: str
    resident_id: str | None
    citizen_name: str
    citizen_nik: str
    citizen_phone: str
    citizen_address: str
    anonymous: bool
    confidential: bool
    identity_hidden: bool  # confidential and the reader may not see who it is
    rt: int | None
    rw: int | None
    address: str
    latitude: float | None
    longitude: float | None
    info_requested: str
    info_purpose: str
    info_delivery: str
    received_at: datetime
    received_by: str
    updated_at: datetime
    lifecycle: Lifecycle
    due: DueStatus
    assignee_name: str
    duplicate_of_number: str
    closed_for_good: bool
    allowed_actions: tuple[CaseAction, ...]
    events: tuple[CaseEventView, ...]
    attachments: tuple[CaseAttachmentView, ...]
    others_may: tuple[CaseAction, ...] = ()
    """The steps the case may take now that need a permission this account lacks: whom it waits for."""

    @property
    def kind(self) -> CaseKind:
        return self.lifecycle.kind

    @property
    def state(self) -> CaseState:
        return self.lifecycle.state


@dataclass(frozen=True)
class IntakeResult:
    id: str
    number: str
    received_on: date
    promised_on: date
    due_on: date | None


@dataclass(frozen=True)
class OfficerLoad:
    assignee_id: str | None  # None: not yet given to an officer (or given to a unit only)
    name: str
    unit: str
    open_cases: int
    overdue: int
    oldest_due: date | None


def lifecycle_of(case: Case) -> Lifecycle:
    values = {name: getattr(case, name) for name in LIFECYCLE_FIELDS}
    values["kind"] = CaseKind(values["kind"])
    values["state"] = CaseState(values["state"])
    values["due_stage"] = Stage(values["due_stage"])
    return Lifecycle(**values)


def lifecycle_columns(lc: Lifecycle) -> dict[str, Any]:
    return {
        name: value.value if isinstance(value, StrEnum) else value
        for name, value in ((n, getattr(lc, n)) for n in LIFECYCLE_FIELDS)
    }


def store_lifecycle(case: Case, lc: Lifecycle) -> None:
    """Writes only what changed, so the audit row and the outbox carry exactly the changed fields."""
    for name, value in lifecycle_columns(lc).items():
        if getattr(case, name) != value:
            setattr(case, name, value)


def attachment_view(link: CaseAttachment, mime: str, name: str, size: int) -> CaseAttachmentView:
    return CaseAttachmentView(
        link.id, link.sha256, mime, name, size, link.role, link.event_id, link.added_at, link.added_by
    )


def event_view(event: CaseEvent, attachments: tuple[CaseAttachmentView, ...]) -> CaseEventView:
    return CaseEventView(
        event.id,
        event.at,
        event.actor,
        event.action,
        event.from_state,
        event.to_state,
        event.note,
        dict(event.details or {}),
        attachments,
    )

"""Rules a letter request keeps inside its unit of work: field values, requirements, the resident, scans,
and who signs in which capacity."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from kelurahan_desk.core.domain.letter_placeholders import FieldSpec, check_value
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.letter_views import Approval, LetterRequest, NewScan
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.store.attachment_files import AttachmentFiles
from kelurahan_desk.core.store.models import Account, Attachment, LetterAttachment, Office, Resident

CAPACITIES = ("lurah", "an", "plt", "plh")
MAX_SCANS = 10


def checked_request(
    field_data: list[Any], requirements: list[Any], request: LetterRequest
) -> tuple[dict[str, str], list[str]]:
    """The values of the type's fields (others dropped), each checked, and the requirements ticked."""
    values: dict[str, str] = {}
    for spec in (FieldSpec.from_data(item) for item in field_data):
        values[spec.key] = check_value(spec, str(request.values.get(spec.key, "")))
    unknown = [r for r in request.requirements_seen if r not in requirements]
    if unknown:
        raise ValidationError("requirements_seen", "unknown_value", {"value": unknown[0]})
    return values, [r for r in requirements if r in request.requirements_seen]


def known_resident(s: Session, resident_id: str | None) -> str | None:
    if resident_id is None:
        return None
    if s.get(Resident, resident_id) is None:
        raise ValidationError("resident_id", "resident_unknown")
    return resident_id


def put_scans(files: AttachmentFiles, scans: Sequence[NewScan]) -> list[tuple[str, str]]:
    """Stored before the transaction (files are addressed by hash: a failed action leaves no dangling row)."""
    if len(scans) > MAX_SCANS:
        raise ValidationError("scans", "too_many_attachments", {"max": MAX_SCANS})
    return [files.put(scan.data) for scan in scans]


def link_scans(
    s: Session,
    username: str,
    letter_id: str,
    stored: list[tuple[str, str]],
    scans: Sequence[NewScan],
    now: datetime,
) -> None:
    for (sha, mime), scan in zip(stored, scans, strict=True):
        if s.get(Attachment, sha) is None:
            s.add(Attachment(sha256=sha, size=len(scan.data), mime=mime, original_name=scan.name[:255], created_at=now))
        s.add(
            LetterAttachment(letter_id=letter_id, sha256=sha, label=scan.label[:150], added_at=now, added_by=username)
        )


def signatory_for(s: Session, actor: Actor, office: Office, approval: Approval) -> dict[str, Any]:
    """How the approver's name prints. Signing as "lurah" is for the office's lurah only (same NIP, when the
    office has one); anyone else signs a.n., Plt. or Plh."""
    if approval.capacity not in CAPACITIES:
        raise ValidationError("capacity", "unknown_choice")
    account = s.get(Account, actor.account_id)
    if account is None:
        raise ValidationError("approved_by", "account_unknown")
    if approval.capacity == "lurah" and office.lurah_nip and account.nip != office.lurah_nip:
        raise ValidationError("capacity", "not_the_lurah")
    delegate_title = " ".join((approval.delegate_title or account.title).split())
    if approval.capacity == "an" and not delegate_title:
        raise ValidationError("delegate_title", "required")
    rank = approval.rank if approval.rank is not None else office.lurah_rank if approval.capacity == "lurah" else ""
    return {
        "name": account.full_name,
        "nip": account.nip,
        "rank": rank.strip(),
        "capacity": approval.capacity,
        "delegate_title": delegate_title if approval.capacity == "an" else "",
    }

"""Reading musrenbang rows inside a unit of work, shared by the musrenbang services.

`load_proposals` fetches a cycle's proposals with their scores, the proposers of the proposals merged
into each, and photo counts in four queries, whatever the number of proposals.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from kelurahan_desk.core.domain.case_intake import NewAttachment
from kelurahan_desk.core.domain.musrenbang_phases import CycleAction, require_open
from kelurahan_desk.core.errors import NotFound, ValidationError
from kelurahan_desk.core.services.musrenbang_views import (
    CycleView,
    ProposalView,
    criteria_of,
    cycle_view,
    proposal_view,
)
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.store.models import Attachment
from kelurahan_desk.core.store.models.programmes import (
    MusrenbangCycle,
    MusrenbangPhase,
    Proposal,
    ProposalPhoto,
    ProposalScore,
)


def cycle_of(s: Session, cycle_id: str) -> MusrenbangCycle:
    row = s.get(MusrenbangCycle, cycle_id)
    if row is None:
        raise NotFound("musrenbang_cycle", cycle_id)
    return row


# what the berita acara records: fixed once it has its number
FIXED_BY_BERITA_ACARA = frozenset(
    {
        CycleAction.EDIT_PROPOSALS,
        CycleAction.SET_CRITERIA,
        CycleAction.SCORE,
        CycleAction.OVERRIDE_RANK,
        CycleAction.PLAN_FORUM,
        CycleAction.RECORD_FORUM,
    }
)


def open_for(s: Session, cycle_id: str, action: CycleAction) -> MusrenbangCycle:
    """The cycle, when its phase opens `action` and its berita acara does not fix what `action` changes."""
    cycle = cycle_of(s, cycle_id)
    require_open(cycle.phase, action)
    if action in FIXED_BY_BERITA_ACARA and cycle.berita_acara_number:
        raise ValidationError("phase", "berita_acara_issued", {"number": cycle.berita_acara_number})
    return cycle


def proposal_of(s: Session, proposal_id: str) -> Proposal:
    row = s.get(Proposal, proposal_id)
    if row is None:
        raise NotFound("musrenbang_proposal", proposal_id)
    return row


def load_cycle(s: Session, cycle: MusrenbangCycle) -> CycleView:
    phases = s.scalars(select(MusrenbangPhase).where(MusrenbangPhase.cycle_id == cycle.id)).all()
    count = s.scalar(select(func.count()).select_from(Proposal).where(Proposal.cycle_id == cycle.id)) or 0
    return cycle_view(cycle, list(phases), int(count))


def load_proposals(s: Session, cycle: MusrenbangCycle, ids: Sequence[str] | None = None) -> list[ProposalView]:
    """The cycle's proposals (or only `ids`) in entry order, as views."""
    stmt = select(Proposal).where(Proposal.cycle_id == cycle.id)
    if ids is not None:
        stmt = stmt.where(Proposal.id.in_(list(ids)))
    rows = s.scalars(stmt.order_by(Proposal.number)).all()
    if not rows:
        return []
    wanted = [r.id for r in rows] if ids is not None else None
    scores: dict[str, dict[str, int]] = {}
    sources: dict[str, set[str]] = {}
    score_stmt = select(ProposalScore.proposal_id, ProposalScore.criterion, ProposalScore.score, ProposalScore.source)
    for proposal_id, criterion, score, source in s.execute(
        _limited(score_stmt, ProposalScore.proposal_id, cycle.id, wanted)
    ):
        scores.setdefault(proposal_id, {})[criterion] = score
        sources.setdefault(proposal_id, set()).add(source)
    merged: dict[str, list[str]] = {}
    merged_stmt = (
        select(Proposal.merged_into_id, Proposal.number, Proposal.proposer_name)
        .where(Proposal.merged_into_id.is_not(None))
        .order_by(Proposal.number)
    )
    for keep_id, number, name in s.execute(_limited(merged_stmt, Proposal.merged_into_id, cycle.id, wanted)):
        merged.setdefault(keep_id, []).append(f"{name} (usulan {number})")
    photo_stmt = select(ProposalPhoto.proposal_id, func.count()).group_by(ProposalPhoto.proposal_id)
    photos = dict(s.execute(_limited(photo_stmt, ProposalPhoto.proposal_id, cycle.id, wanted)).all())
    criteria = criteria_of(cycle)
    return [
        proposal_view(
            row,
            criteria,
            scores.get(row.id),
            score_source="+".join(sorted(sources.get(row.id, ()))),
            merged_proposers=tuple(merged.get(row.id, ())),
            photo_count=int(photos.get(row.id, 0)),
        )
        for row in rows
    ]


def _limited(stmt: Select[Any], column: Any, cycle_id: str, ids: list[str] | None) -> Select[Any]:
    """Rows of the proposals asked for, or of the whole cycle through a subquery."""
    if ids is not None:
        return stmt.where(column.in_(ids))
    return stmt.where(column.in_(select(Proposal.id).where(Proposal.cycle_id == cycle_id)))


def add_photo(
    s: Session,
    actor: Actor,
    proposal_id: str,
    progress_id: str | None,
    sha: str,
    mime: str,
    photo: NewAttachment,
    role: str,
    now: datetime,
) -> None:
    if s.get(Attachment, sha) is None:
        s.add(Attachment(sha256=sha, size=len(photo.data), mime=mime, original_name=photo.name[:255], created_at=now))
    s.add(
        ProposalPhoto(
            proposal_id=proposal_id,
            progress_id=progress_id,
            sha256=sha,
            role=role,
            added_at=now,
            added_by=actor.username,
        )
    )

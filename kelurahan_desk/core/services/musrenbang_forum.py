"""Scoring, ranking and the forum of a musrenbang cycle: criteria, scores, votes, rank overrides with a
reason, attendance, delegates, and issuing the berita acara (numbered from the letter counters, its QR
signed with the office key).

Once the berita acara has its number, what it records (attendance, votes, delegates, scores, ranks)
no longer changes, so a printed copy always matches the store.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kelurahan_desk.core.domain.musrenbang_phases import CycleAction, require_open
from kelurahan_desk.core.domain.proposal_scoring import (
    Criterion,
    RankInput,
    check_criteria,
    check_override,
    check_score,
    rank_by_field,
)
from kelurahan_desk.core.domain.proposal_status import RANKED, ProposalField, ProposalStatus
from kelurahan_desk.core.errors import NotFound, ValidationError
from kelurahan_desk.core.services.musrenbang_records import cycle_of, load_cycle, load_proposals, open_for, proposal_of
from kelurahan_desk.core.services.musrenbang_views import (
    ATTENDEE_ROLES,
    AttendeeInput,
    AttendeeView,
    CycleView,
    ForumDetails,
    ProposalView,
    RankedProposal,
    attendee_view,
    criteria_json,
    criteria_of,
)
from kelurahan_desk.core.services.permissions import Actor, Permission
from kelurahan_desk.core.store.models import Resident
from kelurahan_desk.core.store.models.programmes import ForumAttendee, MusrenbangCycle, Proposal, ProposalScore
from kelurahan_desk.core.store.unit_of_work import Store

SCORE_SOURCES = ("kantor", "forum")
MAX_VOTES = 100_000
_TIME = "0123456789."

BeritaAcaraIssue = Callable[[Session, MusrenbangCycle], None]
Issuer = Callable[[], BeritaAcaraIssue]


class MusrenbangForumService:
    def __init__(self, store: Store, issuer: Issuer) -> None:
        """`issuer()` gives what numbers and signs a berita acara inside the unit of work (`musrenbang_minutes`)."""
        self._store = store
        self._issuer = issuer

    # --- criteria and scores -------------------------------------------------------------------

    def set_criteria(self, actor: Actor, cycle_id: str, criteria: Sequence[Criterion]) -> CycleView:
        actor.require(Permission.MANAGE_PROGRAMMES)
        cleaned = check_criteria(criteria)
        with self._store.write(actor.username, "musrenbang.criteria") as s:
            cycle = open_for(s, cycle_id, CycleAction.SET_CRITERIA)
            cycle.criteria = criteria_json(cleaned)
            cycle.updated_at = self._store.clock.now()
            s.flush()
            return load_cycle(s, cycle)

    def set_scores(
        self, actor: Actor, proposal_id: str, scores: Mapping[str, int], source: str = "kantor"
    ) -> ProposalView:
        """Scores for some or all criteria (1–5); `source` forum when typing the forum's own scores."""
        actor.require(Permission.MANAGE_PROGRAMMES)
        if source not in SCORE_SOURCES:
            raise ValidationError("source", "unknown_choice")
        checked = {key: check_score(value) for key, value in scores.items()}
        now = self._store.clock.now()
        with self._store.write(actor.username, "musrenbang.score") as s:
            row = proposal_of(s, proposal_id)
            cycle = open_for(s, row.cycle_id, CycleAction.SCORE)
            self._require_ranked(row)
            keys = {c.key for c in criteria_of(cycle)}
            unknown = sorted(set(checked) - keys)
            if unknown:
                raise ValidationError("scores", "criterion_unknown", {"key": unknown[0]})
            existing = {
                r.criterion: r for r in s.scalars(select(ProposalScore).where(ProposalScore.proposal_id == row.id))
            }
            for key, value in checked.items():
                current = existing.get(key)
                if current is None:
                    s.add(
                        ProposalScore(
                            proposal_id=row.id,
                            criterion=key,
                            score=value,
                            source=source,
                            scored_by=actor.username,
                            scored_at=now,
                        )
                    )
                elif (current.score, current.source) != (value, source):
                    current.score, current.source = value, source
                    current.scored_by, current.scored_at = actor.username, now
            s.flush()
            [view] = load_proposals(s, cycle, [row.id])
            return view

    def set_votes(self, actor: Actor, proposal_id: str, votes: int) -> ProposalView:
        """The forum's tally for a proposal (paper votes counted, or the tally typed in)."""
        actor.require(Permission.MANAGE_PROGRAMMES)
        if isinstance(votes, bool) or not isinstance(votes, int) or not 0 <= votes <= MAX_VOTES:
            raise ValidationError("votes", "out_of_range", {"min": 0, "max": MAX_VOTES})
        with self._store.write(actor.username, "musrenbang.votes") as s:
            row = proposal_of(s, proposal_id)
            cycle = open_for(s, row.cycle_id, CycleAction.RECORD_FORUM)
            self._require_ranked(row)
            row.votes = votes
            row.updated_at = self._store.clock.now()
            s.flush()
            [view] = load_proposals(s, cycle, [row.id])
            return view

    # --- ranking -------------------------------------------------------------------------------

    def ranking(self, actor: Actor, cycle_id: str) -> dict[str, list[RankedProposal]]:
        """Per field (infrastruktur, ekonomi, sosial budaya; every field present), best first."""
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            return ranked_proposals(load_proposals(s, cycle_of(s, cycle_id)))

    def override_rank(self, actor: Actor, proposal_id: str, rank: int, reason: str) -> ProposalView:
        actor.require(Permission.MANAGE_PROGRAMMES)
        rank, reason = check_override(rank, reason)
        now = self._store.clock.now()
        with self._store.write(actor.username, "musrenbang.override_rank") as s:
            row = proposal_of(s, proposal_id)
            cycle = open_for(s, row.cycle_id, CycleAction.OVERRIDE_RANK)
            self._require_ranked(row)
            latest = s.scalar(select(func.max(Proposal.override_order)).where(Proposal.cycle_id == cycle.id)) or 0
            row.override_rank, row.override_reason = rank, reason
            row.override_by, row.override_at, row.override_order = actor.username, now, latest + 1
            row.updated_at = now
            s.flush()
            [view] = load_proposals(s, cycle, [row.id])
            return view

    def clear_override(self, actor: Actor, proposal_id: str, reason: str) -> ProposalView:
        """Back to the computed rank; the reason for that is recorded too."""
        actor.require(Permission.MANAGE_PROGRAMMES)
        _, reason = check_override(1, reason)
        now = self._store.clock.now()
        with self._store.write(actor.username, "musrenbang.clear_override") as s:
            row = proposal_of(s, proposal_id)
            cycle = open_for(s, row.cycle_id, CycleAction.OVERRIDE_RANK)
            row.override_rank, row.override_reason = None, reason
            row.override_by, row.override_at = actor.username, now
            row.updated_at = now
            s.flush()
            [view] = load_proposals(s, cycle, [row.id])
            return view

    # --- the forum -----------------------------------------------------------------------------

    def set_forum_details(self, actor: Actor, cycle_id: str, details: ForumDetails) -> CycleView:
        actor.require(Permission.MANAGE_PROGRAMMES)
        time = details.forum_time.strip()
        if time and (len(time) != 5 or time[2] != "." or not all(c in _TIME for c in time) or time > "23.59"):
            raise ValidationError("forum_time", "time_format")
        with self._store.write(actor.username, "musrenbang.forum_details") as s:
            cycle = open_for(s, cycle_id, CycleAction.PLAN_FORUM)
            cycle.forum_on = details.forum_on
            cycle.forum_time = time
            cycle.forum_place = " ".join(details.forum_place.split())[:200]
            cycle.chair_name = " ".join(details.chair_name.split())[:100]
            cycle.secretary_name = " ".join(details.secretary_name.split())[:100]
            cycle.conclusions = details.conclusions.strip()[:4000]
            cycle.updated_at = self._store.clock.now()
            s.flush()
            return load_cycle(s, cycle)

    def add_attendee(self, actor: Actor, cycle_id: str, value: AttendeeInput) -> AttendeeView:
        actor.require(Permission.MANAGE_PROGRAMMES)
        if value.role not in ATTENDEE_ROLES:
            raise ValidationError("role", "unknown_choice")
        if value.sex not in ("", "L", "P"):
            raise ValidationError("sex", "unknown_choice")
        with self._store.write(actor.username, "musrenbang.attendee") as s:
            cycle = open_for(s, cycle_id, CycleAction.RECORD_FORUM)
            name, sex = " ".join(value.name.split()), value.sex
            if value.resident_id is not None:
                resident = s.get(Resident, value.resident_id)
                if resident is None:
                    raise ValidationError("resident_id", "resident_unknown")
                taken = select(ForumAttendee.id).where(
                    ForumAttendee.cycle_id == cycle.id, ForumAttendee.resident_id == resident.id
                )
                if s.scalar(taken):
                    raise ValidationError("resident_id", "attendee_duplicate")
                name, sex = resident.name, resident.sex
            if not name:
                raise ValidationError("name", "required")
            row = ForumAttendee(
                cycle_id=cycle.id,
                resident_id=value.resident_id,
                name=name[:100],
                role=value.role,
                origin=" ".join(value.origin.split())[:100],
                sex=sex,
                added_at=self._store.clock.now(),
            )
            s.add(row)
            s.flush()
            return attendee_view(row)

    def remove_attendee(self, actor: Actor, attendee_id: str) -> None:
        actor.require(Permission.MANAGE_PROGRAMMES)
        with self._store.write(actor.username, "musrenbang.remove_attendee") as s:
            row = self._attendee(s, attendee_id)
            open_for(s, row.cycle_id, CycleAction.RECORD_FORUM)
            s.delete(row)

    def set_delegate(self, actor: Actor, attendee_id: str, is_delegate: bool) -> AttendeeView:
        """Chosen (or no longer) as a delegate to the kecamatan forum; delegates keep the order chosen."""
        actor.require(Permission.MANAGE_PROGRAMMES)
        with self._store.write(actor.username, "musrenbang.delegate") as s:
            row = self._attendee(s, attendee_id)
            cycle = open_for(s, row.cycle_id, CycleAction.RECORD_FORUM)
            if is_delegate and not row.is_delegate:
                latest = s.scalar(
                    select(func.max(ForumAttendee.delegate_order)).where(ForumAttendee.cycle_id == cycle.id)
                )
                row.is_delegate, row.delegate_order = True, (latest or 0) + 1
            elif not is_delegate:
                row.is_delegate, row.delegate_order = False, None
            s.flush()
            return attendee_view(row)

    def attendees(self, actor: Actor, cycle_id: str) -> list[AttendeeView]:
        """In the order they signed in."""
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            cycle_of(s, cycle_id)
            rows = s.scalars(
                select(ForumAttendee)
                .where(ForumAttendee.cycle_id == cycle_id)
                .order_by(ForumAttendee.added_at, ForumAttendee.id)
            ).all()
            return [attendee_view(r) for r in rows]

    def issue_berita_acara(self, actor: Actor, cycle_id: str) -> CycleView:
        """Gives the berita acara its number (once; asking again changes nothing) and signs its QR."""
        actor.require(Permission.MANAGE_PROGRAMMES)
        issue = self._issuer()
        with self._store.write(actor.username, "musrenbang.issue_berita_acara") as s:
            cycle = cycle_of(s, cycle_id)
            if not cycle.berita_acara_number:
                require_open(cycle.phase, CycleAction.ISSUE_BERITA_ACARA)
                if cycle.forum_on is None:
                    raise ValidationError("forum_on", "required")
                if not cycle.chair_name:
                    raise ValidationError("chair_name", "required")
                if not s.scalar(select(ForumAttendee.id).where(ForumAttendee.cycle_id == cycle.id).limit(1)):
                    raise ValidationError("attendees", "attendance_empty")
                issue(s, cycle)
            s.flush()
            return load_cycle(s, cycle)

    # --- inside a unit of work -----------------------------------------------------------------

    @staticmethod
    def _require_ranked(row: Proposal) -> None:
        if ProposalStatus(row.status) not in RANKED:
            raise ValidationError("status", "proposal_closed", {"status": row.status})

    @staticmethod
    def _attendee(s: Session, attendee_id: str) -> ForumAttendee:
        row = s.get(ForumAttendee, attendee_id)
        if row is None:
            raise NotFound("forum_attendee", attendee_id)
        return row


def ranked_proposals(views: Sequence[ProposalView]) -> dict[str, list[RankedProposal]]:
    """The ranked list of every field (empty fields included) from the cycle's proposals."""
    counted = [v for v in views if ProposalStatus(v.status) in RANKED]
    by_id = {v.id: v for v in counted}
    ranked = rank_by_field(
        RankInput(v.id, v.field, v.points, v.votes, v.number, v.override_rank, v.override_order) for v in counted
    )
    return {
        field.value: [
            RankedProposal(by_id[r.key], r.rank, r.computed_rank, r.overridden) for r in ranked.get(field.value, [])
        ]
        for field in ProposalField
    }

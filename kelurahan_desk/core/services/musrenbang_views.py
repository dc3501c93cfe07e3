"""What the musrenbang services hand out: plain frozen records, never ORM rows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from kelurahan_desk.core.domain.musrenbang_phases import PHASE_TITLES, Phase
from kelurahan_desk.core.domain.proposal_scoring import Criterion, is_complete, score_percent, weighted_points
from kelurahan_desk.core.store.models.programmes import ForumAttendee, MusrenbangCycle, MusrenbangPhase, Proposal


@dataclass(frozen=True)
class PhaseView:
    phase: Phase
    title: str
    starts_on: date | None
    ends_on: date | None
    entered_on: date | None


@dataclass(frozen=True)
class ForumDetails:
    """The forum as printed on the berita acara. `forum_time` as "09.00"."""

    forum_on: date | None = None
    forum_time: str = ""
    forum_place: str = ""
    chair_name: str = ""
    secretary_name: str = ""
    conclusions: str = ""


@dataclass(frozen=True)
class CycleView:
    id: str
    year: int
    phase: Phase
    phases: tuple[PhaseView, ...]
    criteria: tuple[Criterion, ...]
    forum: ForumDetails
    berita_acara_number: str
    berita_acara_on: date | None
    proposal_count: int
    rev: int

    @property
    def phase_title(self) -> str:
        return PHASE_TITLES[self.phase]


@dataclass(frozen=True)
class ProposalView:
    id: str
    cycle_id: str
    number: int
    activity: str
    field: str
    location: str
    rt: int | None
    rw: int | None
    volume: float | None
    unit: str
    estimated_cost: int
    swadaya: int
    beneficiaries: int | None
    proposer_kind: str
    proposer_resident_id: str | None
    proposer_name: str
    latitude: float | None
    longitude: float | None
    notes: str
    status: str
    status_on: date | None
    status_note: str
    merged_into_id: str | None
    carried_from_id: str | None
    votes: int
    override_rank: int | None
    override_reason: str
    override_by: str
    override_at: datetime | None
    override_order: int
    budget_amount: int | None
    progress_percent: int
    work_started_on: date | None
    work_done_on: date | None
    rev: int
    scores: Mapping[str, int] = field(default_factory=dict)
    score_source: str = ""
    points: int | None = None
    percent: Decimal | None = None
    scored_fully: bool = False
    merged_proposers: tuple[str, ...] = ()  # who proposed the proposals merged into this one
    photo_count: int = 0


@dataclass(frozen=True)
class RankedProposal:
    proposal: ProposalView
    rank: int
    computed_rank: int
    overridden: bool


@dataclass(frozen=True)
class AttendeeInput:
    """A resident (by id) or a named guest. `role`: one of ATTENDEE_ROLES."""

    name: str = ""
    role: str = "warga"
    origin: str = ""
    sex: str = ""
    resident_id: str | None = None


@dataclass(frozen=True)
class AttendeeView:
    id: str
    resident_id: str | None
    name: str
    role: str
    origin: str
    sex: str
    is_delegate: bool
    delegate_order: int | None
    rev: int


@dataclass(frozen=True)
class ProgressView:
    id: str
    reported_on: date
    percent: int
    note: str
    recorded_by: str
    photo_shas: tuple[str, ...]


ATTENDEE_ROLES: dict[str, str] = {
    "pemerintah": "Unsur pemerintah",
    "rt_rw": "Ketua RT/RW",
    "lpm": "LPM",
    "pkk": "PKK",
    "pemuda": "Karang taruna / pemuda",
    "perempuan": "Perwakilan perempuan",
    "tokoh": "Tokoh masyarakat / agama",
    "warga": "Warga",
    "undangan": "Undangan lain",
}


def phase_view(row: MusrenbangPhase) -> PhaseView:
    phase = Phase(row.phase)
    return PhaseView(phase, PHASE_TITLES[phase], row.starts_on, row.ends_on, row.entered_on)


def criteria_of(cycle: MusrenbangCycle) -> tuple[Criterion, ...]:
    return tuple(Criterion(c["key"], c["title"], int(c["weight"])) for c in cycle.criteria)


def criteria_json(criteria: tuple[Criterion, ...]) -> list[dict[str, Any]]:
    return [{"key": c.key, "title": c.title, "weight": c.weight} for c in criteria]


def cycle_view(cycle: MusrenbangCycle, phases: list[MusrenbangPhase], proposal_count: int) -> CycleView:
    order = {p: i for i, p in enumerate(Phase)}
    return CycleView(
        id=cycle.id,
        year=cycle.year,
        phase=Phase(cycle.phase),
        phases=tuple(phase_view(p) for p in sorted(phases, key=lambda p: order[Phase(p.phase)])),
        criteria=criteria_of(cycle),
        forum=ForumDetails(
            cycle.forum_on,
            cycle.forum_time,
            cycle.forum_place,
            cycle.chair_name,
            cycle.secretary_name,
            cycle.conclusions,
        ),
        berita_acara_number=cycle.berita_acara_number,
        berita_acara_on=cycle.berita_acara_on,
        proposal_count=proposal_count,
        rev=cycle.rev,
    )


PROPOSAL_COLUMNS = (
    "id",
    "cycle_id",
    "number",
    "activity",
    "field",
    "location",
    "rt",
    "rw",
    "volume",
    "unit",
    "estimated_cost",
    "swadaya",
    "beneficiaries",
    "proposer_kind",
    "proposer_resident_id",
    "proposer_name",
    "latitude",
    "longitude",
    "notes",
    "status",
    "status_on",
    "status_note",
    "merged_into_id",
    "carried_from_id",
    "votes",
    "override_rank",
    "override_reason",
    "override_by",
    "override_at",
    "override_order",
    "budget_amount",
    "progress_percent",
    "work_started_on",
    "work_done_on",
    "rev",
)


def proposal_view(
    row: Proposal,
    criteria: tuple[Criterion, ...],
    scores: Mapping[str, int] | None = None,
    *,
    score_source: str = "",
    merged_proposers: tuple[str, ...] = (),
    photo_count: int = 0,
) -> ProposalView:
    scores = dict(scores or {})
    points = weighted_points(scores, criteria)
    return ProposalView(
        **{name: getattr(row, name) for name in PROPOSAL_COLUMNS},
        scores=scores,
        score_source=score_source,
        points=points,
        percent=score_percent(points, criteria),
        scored_fully=is_complete(scores, criteria),
        merged_proposers=merged_proposers,
        photo_count=photo_count,
    )


def attendee_view(row: ForumAttendee) -> AttendeeView:
    return AttendeeView(
        row.id, row.resident_id, row.name, row.role, row.origin, row.sex, row.is_delegate, row.delegate_order, row.rev
    )

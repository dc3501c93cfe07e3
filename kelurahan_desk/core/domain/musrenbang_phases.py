"""The phases of a year's musrenbang cycle and what each phase lets the office change.

A cycle runs from collecting proposals at the RWs (rembug warga) to following up the funded work.
The cycle moves forward one phase at a time; the current phase decides which actions are open. The
table `OPEN_IN` is the whole rule: an action not listed for the current phase is refused with
ValidationError("phase", "not_in_phase", {"action": ..., "phase": ...}).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kelurahan_desk.core.errors import ValidationError


class Phase(StrEnum):
    USULAN_RW = "usulan_rw"  # proposals come in from each RW's rembug warga
    PRA_MUSRENBANG = "pra_musrenbang"  # proposals checked, merged and scored
    FORUM = "forum"  # the musrenbang kelurahan itself
    DIKIRIM = "dikirim"  # priority list sent to the kecamatan forum
    HASIL = "hasil"  # results known from kecamatan and city budget
    TINDAK_LANJUT = "tindak_lanjut"  # funded work followed to completion


PHASES: tuple[Phase, ...] = tuple(Phase)

PHASE_TITLES: Mapping[Phase, str] = {
    Phase.USULAN_RW: "Pengumpulan usulan RW",
    Phase.PRA_MUSRENBANG: "Pra-musrenbang",
    Phase.FORUM: "Musrenbang kelurahan",
    Phase.DIKIRIM: "Dikirim ke kecamatan",
    Phase.HASIL: "Hasil diketahui",
    Phase.TINDAK_LANJUT: "Tindak lanjut",
}


class CycleAction(StrEnum):
    EDIT_PROPOSALS = "edit_proposals"  # enter, edit, merge, add photos
    CARRY_OVER = "carry_over"  # bring last year's unfunded proposals in
    SET_CRITERIA = "set_criteria"
    SCORE = "score"
    OVERRIDE_RANK = "override_rank"
    PLAN_FORUM = "plan_forum"  # date, time, place, chair and secretary of the forum
    RECORD_FORUM = "record_forum"  # attendance, votes, delegates
    ISSUE_BERITA_ACARA = "issue_berita_acara"
    DECIDE_STATUS = "decide_status"  # accepted at kecamatan, in the city budget, rejected
    RECORD_PROGRESS = "record_progress"


_BEFORE_FORUM = frozenset({Phase.USULAN_RW, Phase.PRA_MUSRENBANG})
_SCORING = frozenset({Phase.PRA_MUSRENBANG, Phase.FORUM})
_AFTER_FORUM = frozenset({Phase.DIKIRIM, Phase.HASIL, Phase.TINDAK_LANJUT})

OPEN_IN: Mapping[CycleAction, frozenset[Phase]] = {
    # the forum still corrects and merges what it discusses
    CycleAction.EDIT_PROPOSALS: _BEFORE_FORUM | {Phase.FORUM},
    CycleAction.CARRY_OVER: _BEFORE_FORUM,
    CycleAction.SET_CRITERIA: _SCORING | {Phase.USULAN_RW},
    CycleAction.SCORE: _SCORING,
    CycleAction.OVERRIDE_RANK: _SCORING,
    CycleAction.PLAN_FORUM: _BEFORE_FORUM | {Phase.FORUM},
    CycleAction.RECORD_FORUM: frozenset({Phase.FORUM}),
    CycleAction.ISSUE_BERITA_ACARA: frozenset({Phase.FORUM}) | _AFTER_FORUM,
    CycleAction.DECIDE_STATUS: _AFTER_FORUM,
    CycleAction.RECORD_PROGRESS: frozenset({Phase.HASIL, Phase.TINDAK_LANJUT}),
}


def is_open(phase: Phase | str, action: CycleAction) -> bool:
    return Phase(phase) in OPEN_IN[action]


def require_open(phase: Phase | str, action: CycleAction) -> None:
    if not is_open(phase, action):
        raise ValidationError("phase", "not_in_phase", {"action": action.value, "phase": Phase(phase).value})


def next_phase(phase: Phase | str) -> Phase | None:
    index = PHASES.index(Phase(phase))
    return PHASES[index + 1] if index + 1 < len(PHASES) else None


def check_advance(current: Phase | str, target: Phase | str) -> Phase:
    """The cycle moves exactly one phase forward; anything else is refused."""
    target = Phase(target)
    if next_phase(current) != target:
        raise ValidationError("phase", "phase_order", {"from": Phase(current).value, "to": target.value})
    return target


@dataclass(frozen=True)
class PhaseDates:
    phase: Phase
    starts_on: date | None
    ends_on: date | None


def check_phase_dates(dates: list[PhaseDates], year: int) -> list[PhaseDates]:
    """Every phase once, in order; each starts no later than it ends and no earlier than the one before.

    `year` is the year the forum is held; no phase starts before the year before it.
    """
    by_phase = {d.phase: d for d in dates}
    if set(by_phase) != set(PHASES) or len(dates) != len(PHASES):
        raise ValidationError("phases", "phases_incomplete")
    ordered = [by_phase[p] for p in PHASES]
    previous_start: date | None = None
    for item in ordered:
        if item.starts_on and item.ends_on and item.ends_on < item.starts_on:
            raise ValidationError(f"phase.{item.phase.value}", "ends_before_start")
        if item.starts_on and previous_start and item.starts_on < previous_start:
            raise ValidationError(f"phase.{item.phase.value}", "phase_dates_order")
        if item.starts_on and item.starts_on.year < year - 1:
            raise ValidationError(f"phase.{item.phase.value}", "phase_date_year", {"year": year})
        previous_start = item.starts_on or previous_start
    return ordered


def default_phase_dates(year: int) -> list[PhaseDates]:
    """Defaults for a cycle held in `year` (planning the budget of `year + 1`): rembug warga in January,
    the forum late January to early February, the kecamatan forum in February, the city budget known
    by the end of the year, and the funded work followed through the budget year. The office edits them."""
    return [
        PhaseDates(Phase.USULAN_RW, date(year, 1, 2), date(year, 1, 20)),
        PhaseDates(Phase.PRA_MUSRENBANG, date(year, 1, 21), date(year, 1, 27)),
        PhaseDates(Phase.FORUM, date(year, 1, 28), date(year, 2, 5)),
        PhaseDates(Phase.DIKIRIM, date(year, 2, 6), date(year, 2, 28)),
        PhaseDates(Phase.HASIL, date(year, 3, 1), date(year, 12, 31)),
        PhaseDates(Phase.TINDAK_LANJUT, date(year + 1, 1, 1), date(year + 1, 12, 31)),
    ]

"""Phase rules: one step forward at a time, what each phase opens, and the order of phase dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kelurahan_desk.core.domain.musrenbang_phases import (
    OPEN_IN,
    PHASES,
    CycleAction,
    Phase,
    check_advance,
    check_phase_dates,
    default_phase_dates,
    is_open,
    next_phase,
    require_open,
)
from kelurahan_desk.core.domain.proposal_status import ProposalStatus, check_transition
from kelurahan_desk.core.errors import ValidationError


def test_phases_run_in_the_documented_order() -> None:
    assert [p.value for p in PHASES] == ["usulan_rw", "pra_musrenbang", "forum", "dikirim", "hasil", "tindak_lanjut"]
    assert next_phase(Phase.TINDAK_LANJUT) is None


@pytest.mark.parametrize("current", PHASES[:-1])
def test_only_the_next_phase_can_be_entered(current: Phase) -> None:
    following = next_phase(current)
    assert following is not None
    assert check_advance(current, following) == following
    for other in PHASES:
        if other != following:
            with pytest.raises(ValidationError) as error:
                check_advance(current, other)
            assert error.value.code == "phase_order"


def test_what_each_phase_opens() -> None:
    assert is_open(Phase.USULAN_RW, CycleAction.EDIT_PROPOSALS)
    assert not is_open(Phase.USULAN_RW, CycleAction.SCORE)
    assert is_open(Phase.FORUM, CycleAction.RECORD_FORUM)
    assert not is_open(Phase.PRA_MUSRENBANG, CycleAction.RECORD_FORUM)
    assert not is_open(Phase.DIKIRIM, CycleAction.EDIT_PROPOSALS)
    assert is_open(Phase.DIKIRIM, CycleAction.DECIDE_STATUS)
    assert not is_open(Phase.FORUM, CycleAction.DECIDE_STATUS)
    assert is_open(Phase.TINDAK_LANJUT, CycleAction.RECORD_PROGRESS)
    assert not is_open(Phase.FORUM, CycleAction.CARRY_OVER)
    with pytest.raises(ValidationError) as error:
        require_open(Phase.HASIL, CycleAction.SCORE)
    assert (error.value.code, error.value.params) == ("not_in_phase", {"action": "score", "phase": "hasil"})


def test_every_action_is_open_somewhere() -> None:
    assert set(OPEN_IN) == set(CycleAction)
    assert all(OPEN_IN[action] for action in CycleAction)


def test_default_dates_are_valid_and_in_order() -> None:
    dates = default_phase_dates(2027)
    assert check_phase_dates(list(reversed(dates)), 2027) == dates
    assert dates[2].starts_on == date(2027, 1, 28)


def test_phase_dates_out_of_order_are_refused() -> None:
    dates = default_phase_dates(2027)
    swapped = [*dates]
    swapped[2] = replace(swapped[2], starts_on=date(2027, 1, 1), ends_on=date(2027, 1, 2))
    with pytest.raises(ValidationError) as error:
        check_phase_dates(swapped, 2027)
    assert (error.value.field, error.value.code) == ("phase.forum", "phase_dates_order")
    backwards = [*dates]
    backwards[0] = replace(backwards[0], ends_on=date(2026, 12, 1))
    with pytest.raises(ValidationError) as error:
        check_phase_dates(backwards, 2027)
    assert error.value.code == "ends_before_start"
    with pytest.raises(ValidationError) as error:
        check_phase_dates(dates[:-1], 2027)
    assert error.value.code == "phases_incomplete"


def test_open_dates_may_be_left_empty() -> None:
    dates = [replace(d, starts_on=None, ends_on=None) for d in default_phase_dates(2027)]
    assert len(check_phase_dates(dates, 2027)) == len(PHASES)


def test_status_transitions() -> None:
    assert check_transition("usulan", "didanai") == ProposalStatus.DIDANAI
    assert check_transition("didanai", "selesai") == ProposalStatus.SELESAI
    for frozen in (ProposalStatus.DIGABUNG, ProposalStatus.DIBAWA):
        with pytest.raises(ValidationError) as error:
            check_transition(frozen, "usulan")
        assert error.value.code == "status_refused"
    with pytest.raises(ValidationError):
        check_transition("usulan", "selesai")

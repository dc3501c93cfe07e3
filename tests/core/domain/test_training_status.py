"""The registration and programme state machines of skills training."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kelurahan_desk.core.domain.training_status import (
    REGISTRATION_INITIAL,
    ProgrammeStatus,
    RegistrationStatus,
    check_programme_transition,
    check_registration_transition,
)
from kelurahan_desk.core.errors import ValidationError

ALLOWED = {
    ("cadangan", "peserta"),  # moved up from the waiting list
    ("peserta", "batal"),
    ("cadangan", "batal"),
    ("batal", "peserta"),  # registered again
    ("batal", "cadangan"),
}


@given(st.sampled_from(list(RegistrationStatus)), st.sampled_from(list(RegistrationStatus)))
def test_registration_moves(current: RegistrationStatus, target: RegistrationStatus) -> None:
    if (current.value, target.value) in ALLOWED:
        assert check_registration_transition(current, target) == target
    else:
        with pytest.raises(ValidationError, match="registration_status_refused"):
            check_registration_transition(current, target)


def test_a_registration_starts_seated_or_waiting() -> None:
    assert {RegistrationStatus.PESERTA, RegistrationStatus.CADANGAN} == REGISTRATION_INITIAL


def test_a_finished_programme_stays_finished() -> None:
    assert check_programme_transition("dibuka", "ditutup") == ProgrammeStatus.DITUTUP
    assert check_programme_transition("ditutup", "dibuka") == ProgrammeStatus.DIBUKA
    assert check_programme_transition("ditutup", "selesai") == ProgrammeStatus.SELESAI
    assert check_programme_transition("selesai", "selesai") == ProgrammeStatus.SELESAI
    for target in ("dibuka", "ditutup"):
        with pytest.raises(ValidationError, match="programme_status_refused"):
            check_programme_transition("selesai", target)
    with pytest.raises(ValidationError, match="unknown_choice"):
        check_programme_transition("dibuka", "arsip")

"""Where a training registration and a training programme can go.

A registration starts with a seat (peserta) or on the waiting list (cadangan); the first waiting moves
up when a seat frees; either may be cancelled (batal, kept with its reason), and a cancelled resident
may register again (back to a seat or the waiting list). A seat never goes back to the waiting list.

A programme takes registrations while open (dibuka); registration may be closed and reopened; once
finished (selesai) it stays finished.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from kelurahan_desk.core.errors import ValidationError


class RegistrationStatus(StrEnum):
    PESERTA = "peserta"
    CADANGAN = "cadangan"
    BATAL = "batal"


REGISTRATION_INITIAL = frozenset({RegistrationStatus.PESERTA, RegistrationStatus.CADANGAN})

REGISTRATION_TRANSITIONS: Mapping[RegistrationStatus, frozenset[RegistrationStatus]] = {
    RegistrationStatus.PESERTA: frozenset({RegistrationStatus.BATAL}),
    RegistrationStatus.CADANGAN: frozenset({RegistrationStatus.PESERTA, RegistrationStatus.BATAL}),
    RegistrationStatus.BATAL: frozenset({RegistrationStatus.PESERTA, RegistrationStatus.CADANGAN}),
}


class ProgrammeStatus(StrEnum):
    DIBUKA = "dibuka"
    DITUTUP = "ditutup"
    SELESAI = "selesai"


PROGRAMME_TRANSITIONS: Mapping[ProgrammeStatus, frozenset[ProgrammeStatus]] = {
    ProgrammeStatus.DIBUKA: frozenset({ProgrammeStatus.DITUTUP, ProgrammeStatus.SELESAI}),
    ProgrammeStatus.DITUTUP: frozenset({ProgrammeStatus.DIBUKA, ProgrammeStatus.SELESAI}),
    ProgrammeStatus.SELESAI: frozenset(),
}


def check_registration_transition(current: str, target: str) -> RegistrationStatus:
    """`target` when a registration in `current` may move there; ValidationError otherwise."""
    before, after = RegistrationStatus(current), RegistrationStatus(target)
    if after not in REGISTRATION_TRANSITIONS[before]:
        raise ValidationError("status", "registration_status_refused", {"from": before.value, "to": after.value})
    return after


def check_programme_transition(current: str, target: str) -> ProgrammeStatus:
    """`target` when a programme in `current` may move there (staying put is allowed); ValidationError else."""
    try:
        after = ProgrammeStatus(target)
    except ValueError:
        raise ValidationError("status", "unknown_choice") from None
    before = ProgrammeStatus(current)
    if after != before and after not in PROGRAMME_TRANSITIONS[before]:
        raise ValidationError("status", "programme_status_refused", {"from": before.value, "to": after.value})
    return after

"""What a musrenbang proposal (usulan) carries and where it can go after the forum.

Fields follow the usual RW form: activity, field, location, RT/RW, volume and unit, estimated cost,
community contribution (swadaya), proposer (a resident or a group), coordinates. Amounts are whole
rupiah. Statuses after the forum are a small state machine (`TRANSITIONS`); a proposal merged into
another (`digabung`) or carried over to the next year (`dibawa`) is kept, never deleted, so that
who proposed what stays on record.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from kelurahan_desk.core.errors import ValidationError


class ProposalField(StrEnum):
    INFRASTRUKTUR = "infrastruktur"
    EKONOMI = "ekonomi"
    SOSIAL_BUDAYA = "sosial_budaya"


FIELD_TITLES: Mapping[ProposalField, str] = {
    ProposalField.INFRASTRUKTUR: "Infrastruktur",
    ProposalField.EKONOMI: "Ekonomi",
    ProposalField.SOSIAL_BUDAYA: "Sosial Budaya",
}


class ProposalStatus(StrEnum):
    USULAN = "usulan"  # proposed, before the kecamatan decides
    DIGABUNG = "digabung"  # merged into another proposal (its proposer is kept there)
    DITERIMA_KECAMATAN = "diterima_kecamatan"
    DIDANAI = "didanai"  # in the city budget (APBD); progress is followed
    SELESAI = "selesai"  # funded work done
    DITOLAK = "ditolak"
    DIBAWA = "dibawa"  # carried over to the next year's cycle


STATUS_TITLES: Mapping[ProposalStatus, str] = {
    ProposalStatus.USULAN: "Usulan",
    ProposalStatus.DIGABUNG: "Digabung",
    ProposalStatus.DITERIMA_KECAMATAN: "Diterima kecamatan",
    ProposalStatus.DIDANAI: "Masuk APBD",
    ProposalStatus.SELESAI: "Selesai dikerjakan",
    ProposalStatus.DITOLAK: "Ditolak",
    ProposalStatus.DIBAWA: "Dibawa ke tahun berikut",
}

# decided by hand after the forum; `digabung`, `dibawa` and `selesai` come from merge, carry-over and progress
DECIDED = (ProposalStatus.DITERIMA_KECAMATAN, ProposalStatus.DIDANAI, ProposalStatus.DITOLAK)

TRANSITIONS: Mapping[ProposalStatus, frozenset[ProposalStatus]] = {
    ProposalStatus.USULAN: frozenset(
        {
            ProposalStatus.DIGABUNG,
            ProposalStatus.DITERIMA_KECAMATAN,
            ProposalStatus.DIDANAI,
            ProposalStatus.DITOLAK,
            ProposalStatus.DIBAWA,
        }
    ),
    ProposalStatus.DITERIMA_KECAMATAN: frozenset(
        {ProposalStatus.DIDANAI, ProposalStatus.DITOLAK, ProposalStatus.DIBAWA, ProposalStatus.USULAN}
    ),
    ProposalStatus.DIDANAI: frozenset({ProposalStatus.SELESAI, ProposalStatus.DITOLAK, ProposalStatus.DIBAWA}),
    ProposalStatus.DITOLAK: frozenset({ProposalStatus.DIBAWA, ProposalStatus.USULAN}),
    ProposalStatus.SELESAI: frozenset({ProposalStatus.DIDANAI}),  # progress corrected below 100 %
    ProposalStatus.DIGABUNG: frozenset(),
    ProposalStatus.DIBAWA: frozenset(),
}

# funded (or finished and corrected): the only ones whose works' progress is reported
REPORTS_PROGRESS = frozenset({ProposalStatus.DIDANAI, ProposalStatus.SELESAI})
# not funded: these may be carried over to the next year
CARRYABLE = frozenset({ProposalStatus.USULAN, ProposalStatus.DITERIMA_KECAMATAN, ProposalStatus.DITOLAK})
# counted in the ranking and printed in the priority list: all but those merged into another
RANKED = frozenset(set(ProposalStatus) - {ProposalStatus.DIGABUNG})


def may_become(current: ProposalStatus | str, target: ProposalStatus | str) -> bool:
    return ProposalStatus(target) in TRANSITIONS[ProposalStatus(current)]


def check_transition(current: ProposalStatus | str, target: ProposalStatus | str) -> ProposalStatus:
    current, target = ProposalStatus(current), ProposalStatus(target)
    if not may_become(current, target):
        raise ValidationError("status", "status_refused", {"from": current.value, "to": target.value})
    return target


class ProposerKind(StrEnum):
    PENDUDUK = "penduduk"  # a resident of the kelurahan
    KELOMPOK = "kelompok"  # a group: RW, PKK, karang taruna, LPM, ...


MAX_ACTIVITY = 300
MAX_TEXT = 200
MAX_AMOUNT = 10**13  # Rp10 trillion: beyond anything a kelurahan proposes


@dataclass(frozen=True)
class ProposalInput:
    activity: str
    field: ProposalField | str
    location: str = ""
    rt: int | None = None
    rw: int | None = None
    volume: float | None = None
    unit: str = ""
    estimated_cost: int = 0
    swadaya: int = 0
    proposer_kind: ProposerKind | str = ProposerKind.KELOMPOK
    proposer_resident_id: str | None = None
    proposer_name: str = ""
    latitude: float | None = None
    longitude: float | None = None
    beneficiaries: int | None = None
    notes: str = ""


def _text(value: str, name: str, limit: int, *, required: bool = False) -> str:
    value = " ".join((value or "").split())
    if required and not value:
        raise ValidationError(name, "required")
    if len(value) > limit:
        raise ValidationError(name, "too_long", {"max": limit})
    return value


def _place_number(value: int | None, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 999:
        raise ValidationError(name, "out_of_range", {"min": 1, "max": 999})
    return value


def _amount(value: int, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(name, "invalid_number")
    if not 0 <= value <= MAX_AMOUNT:
        raise ValidationError(name, "out_of_range", {"min": 0, "max": MAX_AMOUNT})
    return value


def check_proposal(value: ProposalInput) -> ProposalInput:
    """The input cleaned (spaces, enums) or the first broken rule as ValidationError."""
    try:
        field = ProposalField(value.field)
    except ValueError:
        raise ValidationError("field", "unknown_choice") from None
    try:
        kind = ProposerKind(value.proposer_kind)
    except ValueError:
        raise ValidationError("proposer_kind", "unknown_choice") from None
    activity = _text(value.activity, "activity", MAX_ACTIVITY, required=True)
    proposer_name = _text(value.proposer_name, "proposer_name", MAX_TEXT)
    if kind == ProposerKind.PENDUDUK and not value.proposer_resident_id:
        raise ValidationError("proposer_resident_id", "required")
    if kind == ProposerKind.KELOMPOK and not proposer_name:
        raise ValidationError("proposer_name", "required")
    volume = value.volume
    if volume is not None and (not math.isfinite(volume) or volume <= 0 or volume > 1e9):
        raise ValidationError("volume", "out_of_range", {"min": 0, "max": 1_000_000_000})
    unit = _text(value.unit, "unit", 30)
    if volume is not None and not unit:
        raise ValidationError("unit", "required")
    cost = _amount(value.estimated_cost, "estimated_cost")
    swadaya = _amount(value.swadaya, "swadaya")
    if (value.latitude is None) != (value.longitude is None):
        raise ValidationError("latitude", "coordinates_pair")
    if (
        value.latitude is not None
        and value.longitude is not None
        and (not -11.5 <= value.latitude <= 6.5 or not 94.5 <= value.longitude <= 141.5)
    ):
        raise ValidationError("latitude", "coordinates_outside_indonesia")
    beneficiaries = value.beneficiaries
    if beneficiaries is not None and (isinstance(beneficiaries, bool) or not 0 <= beneficiaries <= 10_000_000):
        raise ValidationError("beneficiaries", "out_of_range", {"min": 0, "max": 10_000_000})
    return replace(
        value,
        activity=activity,
        field=field,
        location=_text(value.location, "location", MAX_TEXT),
        rt=_place_number(value.rt, "rt"),
        rw=_place_number(value.rw, "rw"),
        volume=volume,
        unit=unit,
        estimated_cost=cost,
        swadaya=swadaya,
        proposer_kind=kind,
        proposer_resident_id=value.proposer_resident_id if kind == ProposerKind.PENDUDUK else None,
        proposer_name=proposer_name,
        notes=(value.notes or "").strip()[:2000],
    )

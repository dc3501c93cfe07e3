"""What the resident service hands out: plain frozen records, never ORM objects."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kelurahan_desk.core.store.models import Family, Resident, ResidentEvent


@dataclass(frozen=True)
class ResidentRow:
    id: str
    nik: str
    name: str
    sex: str
    birth_date: date | None
    rt: int | None
    rw: int | None
    kk: str | None
    status: str


@dataclass(frozen=True)
class ResidentDetail:
    id: str
    nik: str
    kk: str | None
    family_id: str | None
    relationship: str
    name: str
    birth_place: str
    birth_date: date | None
    sex: str
    religion: str
    marital_status: str
    occupation: str
    education: str
    address: str
    rt: int | None
    rw: int | None
    status: str
    is_temporary_nik: bool
    rev: int


DETAIL_FIELDS = tuple(field.name for field in fields(ResidentDetail) if field.name != "kk")


@dataclass(frozen=True)
class ResidentEventView:
    id: str
    resident_id: str
    kind: str
    event_date: date
    place: str
    note: str
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class FamilyMember:
    resident_id: str
    nik: str
    name: str
    sex: str
    birth_date: date | None
    relationship: str
    status: str


@dataclass(frozen=True)
class FamilyView:
    id: str
    kk: str
    address: str
    rt: int | None
    rw: int | None
    head: FamilyMember | None
    members: tuple[FamilyMember, ...]
    rev: int


def resident_detail(resident: Resident, kk: str | None) -> ResidentDetail:
    return ResidentDetail(**{name: getattr(resident, name) for name in DETAIL_FIELDS}, kk=kk)


def resident_detail_of(values: Mapping[str, Any], kk: str | None) -> ResidentDetail:
    """From a record's column values (as `core.store.record_rows` reads them)."""
    return ResidentDetail(**{name: values[name] for name in DETAIL_FIELDS}, kk=kk)


def event_view(event: ResidentEvent) -> ResidentEventView:
    return ResidentEventView(
        event.id,
        event.resident_id,
        event.kind,
        event.event_date,
        event.place,
        event.note,
        event.recorded_by,
        event.recorded_at,
    )


def family_member(resident: Resident) -> FamilyMember:
    return FamilyMember(
        resident.id,
        resident.nik,
        resident.name,
        resident.sex,
        resident.birth_date,
        resident.relationship,
        resident.status,
    )


def family_view(family: Family, members: list[Resident]) -> FamilyView:
    views = tuple(family_member(m) for m in members)
    head = next((v for v in views if v.resident_id == family.head_id), None)
    return FamilyView(family.id, family.kk, family.address, family.rt, family.rw, head, views, family.rev)

"""Residents and their families (KK): search, records, moves and deaths, family membership.

A resident is never deleted: moving out and death are `ResidentEvent`s that change the status.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from kelurahan_desk.core.domain.identity_numbers import parse_kk
from kelurahan_desk.core.errors import Finding, NotFound, ValidationError
from kelurahan_desk.core.services.permissions import Actor, Permission
from kelurahan_desk.core.services.resident_checks import (
    MARITAL_STATUSES,
    RELATIONSHIPS,
    RELIGIONS,
    STATUSES,
    ResidentInput,
    check_resident,
)
from kelurahan_desk.core.services.resident_search import count_statement, read_query, rows_statement, weigh_kk_prefix
from kelurahan_desk.core.services.resident_views import (
    FamilyMember,
    FamilyView,
    ResidentDetail,
    ResidentEventView,
    ResidentRow,
    event_view,
    family_view,
    resident_detail,
    resident_detail_of,
)
from kelurahan_desk.core.store import models
from kelurahan_desk.core.store.unit_of_work import Store

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kelurahan_desk.core.store.record_rows import Joined

__all__ = [
    "MARITAL_STATUSES",
    "RELATIONSHIPS",
    "RELIGIONS",
    "STATUSES",
    "FamilyMember",
    "FamilyView",
    "ResidentDetail",
    "ResidentEventView",
    "ResidentInput",
    "ResidentRow",
    "ResidentService",
]


RESIDENT_FIELDS = (
    "nik",
    "name",
    "sex",
    "birth_date",
    "birth_place",
    "religion",
    "marital_status",
    "occupation",
    "education",
    "address",
    "rt",
    "rw",
    "relationship",
    "is_temporary_nik",
)


class ResidentService:
    def __init__(self, store: Store, is_known_prefix: Callable[[str], bool] | None = None) -> None:
        """`is_known_prefix` tells whether a NIK's region prefix is in the region table (warning only)."""
        self._store = store
        self._is_known_prefix = is_known_prefix

    # --- reading -------------------------------------------------------------------------------

    def search(
        self, actor: Actor, query: str, *, status: str | None = None, limit: int = 100, offset: int = 0
    ) -> list[ResidentRow]:
        actor.require(Permission.VIEW)
        with self._store.read_plain() as connection:
            parsed = weigh_kk_prefix(connection, read_query(query))
            found = rows_statement(parsed, status, limit, offset)
            rows = connection.execute(found.text, found.params).fetchall()
        return [
            ResidentRow(id_, nik, name, sex, date.fromisoformat(born) if born else None, rt, rw, kk, status_)
            for id_, nik, name, sex, born, rt, rw, kk, status_ in rows
        ]

    def count(self, actor: Actor, query: str, *, status: str | None = None) -> int:
        actor.require(Permission.VIEW)
        with self._store.read_plain() as connection:
            counted = count_statement(weigh_kk_prefix(connection, read_query(query)), status)
            (number,) = connection.execute(counted.text, counted.params).fetchone()
        return int(number)

    def get(self, actor: Actor, resident_id: str) -> ResidentDetail:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            resident = self._resident(s, resident_id)
            return resident_detail(resident, self._kk_of(s, resident))

    def events(self, actor: Actor, resident_id: str) -> list[ResidentEventView]:
        from sqlalchemy import select

        actor.require(Permission.VIEW)
        with self._store.read() as s:
            self._resident(s, resident_id)
            rows = s.scalars(
                select(models.ResidentEvent)
                .where(models.ResidentEvent.resident_id == resident_id)
                .order_by(models.ResidentEvent.event_date, models.ResidentEvent.id)
            )
            return [event_view(e) for e in rows]

    def family(self, actor: Actor, family_id: str) -> FamilyView:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            return self._family_view(s, self._family(s, family_id))

    def family_by_kk(self, actor: Actor, kk: str) -> FamilyView | None:
        from sqlalchemy import select

        actor.require(Permission.VIEW)
        with self._store.read() as s:
            family = s.scalar(select(models.Family).where(models.Family.kk == kk.strip()))
            return self._family_view(s, family) if family else None

    # --- changing residents ----------------------------------------------------------------------

    def create(self, actor: Actor, value: ResidentInput) -> tuple[ResidentDetail, list[Finding]]:
        actor.require(Permission.EDIT_RESIDENTS)
        cleaned, findings = self._checked(value)
        with self._store.write(actor.username, "resident.create") as s:
            self._refuse_living_duplicate(s, cleaned.nik, None)
            family = self._family_for(s, cleaned)
            resident = models.Resident(
                **{name: getattr(cleaned, name) for name in RESIDENT_FIELDS},
                family_id=family.id if family else None,
                status="hidup",
                updated_at=self._store.clock.now(),
            )
            s.add(resident)
            s.flush()
            if family is not None and cleaned.relationship == "kepala" and family.head_id is None:
                family.head_id = resident.id
            return resident_detail(resident, family.kk if family else None), findings

    def update(
        self, actor: Actor, resident_id: str, value: ResidentInput, expected_rev: int
    ) -> tuple[ResidentDetail, list[Finding]]:
        actor.require(Permission.EDIT_RESIDENTS)
        cleaned, findings = self._checked(value)
        with self._store.write_records(actor.username, "resident.update") as records:
            current = records.load(models.Resident, resident_id, _family_kk())
            if current is None:
                raise NotFound("resident", resident_id)
            if current["rev"] != expected_rev:
                raise ValidationError("rev", "stale", {"current": current["rev"]})
            kk = current.pop("family_kk")
            # the store's unique index already keeps an unchanged living NIK unique
            nik_kept = current["status"] != "hidup" or cleaned.nik == current["nik"]
            if nik_kept and cleaned.kk == (kk or ""):
                changes = {name: getattr(cleaned, name) for name in RESIDENT_FIELDS}
                saved = records.update(models.Resident, current, changes, stamp={"updated_at": self._store.clock.now()})
                return resident_detail_of(saved, kk), findings
        # a new living NIK is checked against the others, a new KK moves the resident between families
        with self._store.write(actor.username, "resident.update") as s:
            resident = self._resident(s, resident_id)
            if resident.rev != expected_rev:
                raise ValidationError("rev", "stale", {"current": resident.rev})
            if resident.status == "hidup" and cleaned.nik != resident.nik:
                self._refuse_living_duplicate(s, cleaned.nik, resident_id)
            kk = self._kk_of(s, resident)
            if cleaned.kk != (kk or ""):
                kk = self._move_to_family(s, resident, cleaned)
            for name in RESIDENT_FIELDS:
                setattr(resident, name, getattr(cleaned, name))
            if s.is_modified(resident):
                resident.updated_at = self._store.clock.now()
            s.flush()
            return resident_detail(resident, kk), findings

    def _move_to_family(self, s: Session, resident: models.Resident, value: ResidentInput) -> str | None:
        """Inside an update whose KK changed: leaves the old family (and its head seat), joins the new one."""
        if resident.family_id is not None:
            old = s.get(models.Family, resident.family_id)
            if old is not None and old.head_id == resident.id:
                old.head_id = None
        family = self._family_for(s, value)
        resident.family_id = family.id if family else None
        if family is not None and value.relationship == "kepala" and family.head_id is None:
            family.head_id = resident.id
        return family.kk if family else None

    def record_move_out(
        self, actor: Actor, resident_id: str, event_date: date, destination: str, note: str = ""
    ) -> ResidentDetail:
        return self._record_event(actor, resident_id, "pindah", "pindah", event_date, destination, note)

    def record_death(
        self, actor: Actor, resident_id: str, event_date: date, place: str, note: str = ""
    ) -> ResidentDetail:
        return self._record_event(actor, resident_id, "meninggal", "meninggal", event_date, place, note)

    def _record_event(
        self, actor: Actor, resident_id: str, kind: str, status: str, event_date: date, place: str, note: str
    ) -> ResidentDetail:
        actor.require(Permission.EDIT_RESIDENTS)
        if event_date > self._store.clock.today():
            raise ValidationError("event_date", "in_future")
        with self._store.write(actor.username, f"resident.{kind}") as s:
            resident = self._resident(s, resident_id)
            if resident.status != "hidup":
                raise ValidationError("status", "not_living", {"status": resident.status})
            if resident.birth_date is not None and event_date < resident.birth_date:
                raise ValidationError("event_date", "before_birth")
            s.add(
                models.ResidentEvent(
                    resident_id=resident.id,
                    kind=kind,
                    event_date=event_date,
                    place=place.strip(),
                    note=note.strip(),
                    recorded_by=actor.username,
                    recorded_at=self._store.clock.now(),
                )
            )
            resident.status = status
            resident.updated_at = self._store.clock.now()
            s.flush()
            return resident_detail(resident, self._kk_of(s, resident))

    # --- families --------------------------------------------------------------------------------

    def create_family(
        self, actor: Actor, kk: str, address: str = "", rt: int | None = None, rw: int | None = None
    ) -> FamilyView:
        from sqlalchemy import select

        actor.require(Permission.EDIT_RESIDENTS)
        number = parse_kk(kk, today=self._store.clock.today()).kk
        with self._store.write(actor.username, "family.create") as s:
            if s.scalar(select(models.Family.id).where(models.Family.kk == number)):
                raise ValidationError("kk", "kk_duplicate")
            family = models.Family(kk=number, address=" ".join(address.split()), rt=rt, rw=rw)
            s.add(family)
            s.flush()
            return self._family_view(s, family)

    def set_head(self, actor: Actor, family_id: str, resident_id: str) -> FamilyView:
        actor.require(Permission.EDIT_RESIDENTS)
        with self._store.write(actor.username, "family.set_head") as s:
            family = self._family(s, family_id)
            resident = self._resident(s, resident_id)
            if resident.family_id != family.id:
                raise ValidationError("resident_id", "not_a_member")
            if family.head_id and family.head_id != resident.id:
                old = s.get(models.Resident, family.head_id)
                if old is not None and old.relationship == "kepala":
                    old.relationship = "lainnya"
            family.head_id = resident.id
            resident.relationship = "kepala"
            s.flush()
            return self._family_view(s, family)

    def add_member(self, actor: Actor, family_id: str, resident_id: str, relationship: str) -> FamilyView:
        actor.require(Permission.EDIT_RESIDENTS)
        if relationship not in RELATIONSHIPS:
            raise ValidationError("relationship", "unknown_choice", {"allowed": list(RELATIONSHIPS)})
        with self._store.write(actor.username, "family.add_member") as s:
            family = self._family(s, family_id)
            resident = self._resident(s, resident_id)
            if resident.family_id and resident.family_id != family.id:
                previous = s.get(models.Family, resident.family_id)
                if previous is not None and previous.head_id == resident.id:
                    previous.head_id = None
            resident.family_id = family.id
            resident.relationship = relationship
            if relationship == "kepala":
                family.head_id = resident.id
            resident.updated_at = self._store.clock.now()
            s.flush()
            return self._family_view(s, family)

    def _checked(self, value: ResidentInput) -> tuple[ResidentInput, list[Finding]]:
        return check_resident(value, today=self._store.clock.today(), is_known_prefix=self._is_known_prefix)

    # --- inside a unit of work -------------------------------------------------------------------

    @staticmethod
    def _resident(s: Session, resident_id: str) -> models.Resident:
        resident = s.get(models.Resident, resident_id)
        if resident is None:
            raise NotFound("resident", resident_id)
        return resident

    @staticmethod
    def _family(s: Session, family_id: str) -> models.Family:
        family = s.get(models.Family, family_id)
        if family is None:
            raise NotFound("family", family_id)
        return family

    @staticmethod
    def _kk_of(s: Session, resident: models.Resident) -> str | None:
        from sqlalchemy import select

        if resident.family_id is None:
            return None
        return s.scalar(select(models.Family.kk).where(models.Family.id == resident.family_id))

    @staticmethod
    def _refuse_living_duplicate(s: Session, nik: str, own_id: str | None) -> None:
        from sqlalchemy import select

        stmt = select(models.Resident.id, models.Resident.name).where(
            models.Resident.nik == nik, models.Resident.status == "hidup"
        )
        if own_id is not None:
            stmt = stmt.where(models.Resident.id != own_id)
        other = s.execute(stmt.limit(1)).first()
        if other is not None:
            raise ValidationError("nik", "nik_duplicate", {"other_id": other.id, "other_name": other.name})

    @staticmethod
    def _family_for(s: Session, value: ResidentInput) -> models.Family | None:
        """The family of the KK given; a new one (with the resident's address) when the KK is new."""
        from sqlalchemy import select

        if not value.kk:
            return None
        family = s.scalar(select(models.Family).where(models.Family.kk == value.kk))
        if family is None:
            family = models.Family(kk=value.kk, address=value.address, rt=value.rt, rw=value.rw)
            s.add(family)
            s.flush()
        return family

    @staticmethod
    def _family_view(s: Session, family: models.Family) -> FamilyView:
        from sqlalchemy import select

        members = s.scalars(
            select(models.Resident)
            .where(models.Resident.family_id == family.id)
            .order_by(models.Resident.birth_date, models.Resident.name)
        ).all()
        return family_view(family, list(members))


@cache
def _family_kk() -> Joined:
    """The KK number of the resident's family, read with the resident."""
    from kelurahan_desk.core.store.record_rows import Joined

    return Joined("family_kk", models.Family, "family_id", "kk")

"""Letter types as data: the shipped ones, and the administrator's edits and new types.

The product ships its types in `resources/letter_types/*.json`; they are added to an office (under fixed
ids, the same in every office) the first time types are read there. In those files a field entry
`"person"` stands for the usual table of the person's data (Nama, NIK, Tempat/Tgl Lahir, …).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kelurahan_desk.core.domain.letter_placeholders import FieldSpec, check_body, check_fields
from kelurahan_desk.core.errors import NotFound, ValidationError
from kelurahan_desk.core.services.permissions import SYSTEM, Actor, Permission
from kelurahan_desk.core.store.models import LetterType
from kelurahan_desk.core.store.unit_of_work import Store
from kelurahan_desk.resources_path import resource_path

TYPE_CODE = re.compile(r"[A-Z0-9][A-Z0-9._\-]{0,15}")
CLASSIFICATION = re.compile(r"\d{3}(\.\d{1,3}){0,4}")
PAPERS = ("A4", "F4")
MAX_VALIDITY_DAYS = 3650
MAX_FEE = 100_000_000
MAX_PROMISED_MINUTES = 60 * 24 * 30

PERSON_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("nama", "Nama", "text", True, "name", True),
    FieldSpec("nik", "NIK", "nik", True, "nik", True),
    FieldSpec("tempat_tgl_lahir", "Tempat/Tgl Lahir", "text", True, "birth", True),
    FieldSpec("jenis_kelamin", "Jenis Kelamin", "choice", True, "sex", True, ("Laki-laki", "Perempuan")),
    FieldSpec("agama", "Agama", "text", False, "religion", True),
    FieldSpec("status_perkawinan", "Status Perkawinan", "text", False, "marital_status", True),
    FieldSpec("pekerjaan", "Pekerjaan", "text", False, "occupation", True),
    FieldSpec("alamat", "Alamat", "long_text", True, "address", True),
)


@dataclass(frozen=True)
class LetterTypeData:
    """What the administrator edits. `validity_days` None: the letter has no end date.
    `closing` empty: the usual "Demikian surat keterangan ini dibuat …" sentence."""

    code: str
    classification: str
    title: str
    body: str
    fields: tuple[FieldSpec, ...] = ()
    requirements: tuple[str, ...] = ()
    service: bool = True
    paper: str = "A4"
    validity_days: int | None = 30
    fee: int = 0
    promised_minutes: int = 10
    closing: str = ""
    active: bool = True
    sort_order: int = 0


@dataclass(frozen=True)
class LetterTypeView:
    id: str
    rev: int
    data: LetterTypeData = field(repr=False)

    @property
    def code(self) -> str:
        return self.data.code

    @property
    def title(self) -> str:
        return self.data.title


def check_type(data: LetterTypeData) -> LetterTypeData:
    """The type cleaned, or ValidationError naming the input."""
    data = replace(
        data,
        code=data.code.strip().upper(),
        classification=data.classification.strip(),
        title=" ".join(data.title.split()),
        requirements=tuple(" ".join(r.split()) for r in data.requirements if r.strip()),
        closing=" ".join(data.closing.split()),
    )
    if not TYPE_CODE.fullmatch(data.code):
        raise ValidationError("code", "letter_type_code_format")
    if not CLASSIFICATION.fullmatch(data.classification):
        raise ValidationError("classification", "classification_format")
    if not data.title:
        raise ValidationError("title", "required")
    if len(data.title) > 150:
        raise ValidationError("title", "too_long", {"max": 150})
    if data.paper not in PAPERS:
        raise ValidationError("paper", "unknown_choice")
    if data.validity_days is not None and not 1 <= data.validity_days <= MAX_VALIDITY_DAYS:
        raise ValidationError("validity_days", "out_of_range", {"min": 1, "max": MAX_VALIDITY_DAYS})
    if not 0 <= data.fee <= MAX_FEE:
        raise ValidationError("fee", "out_of_range", {"min": 0, "max": MAX_FEE})
    if not 1 <= data.promised_minutes <= MAX_PROMISED_MINUTES:
        raise ValidationError("promised_minutes", "out_of_range", {"min": 1, "max": MAX_PROMISED_MINUTES})
    fields = tuple(check_fields(data.fields))
    if not fields:
        raise ValidationError("fields", "required")
    check_body(data.body, [f.key for f in fields])
    return replace(data, fields=fields, body=data.body.strip())


def type_from_json(data: dict[str, Any]) -> LetterTypeData:
    specs: list[FieldSpec] = []
    for entry in data.get("fields", []):
        specs += PERSON_FIELDS if entry == "person" else [FieldSpec.from_data(entry)]
    return LetterTypeData(
        code=data["code"],
        classification=data["classification"],
        title=data["title"],
        body=data["body"],
        fields=tuple(specs),
        requirements=tuple(data.get("requirements", ())),
        service=bool(data.get("service", True)),
        paper=data.get("paper", "A4"),
        validity_days=data.get("validity_days"),
        fee=int(data.get("fee", 0)),
        promised_minutes=int(data.get("promised_minutes", 10)),
        closing=data.get("closing", ""),
        sort_order=int(data.get("sort_order", 0)),
    )


def shipped_types(folder: Path | None = None) -> list[LetterTypeData]:
    """The types the product ships, checked like any edit, in their files' order."""
    folder = folder or resource_path("letter_types")
    return [check_type(type_from_json(json.loads(p.read_text("utf-8")))) for p in sorted(folder.glob("*.json"))]


def shipped_id(code: str) -> str:
    return f"jenis-{code.lower()}"


def view_of(row: LetterType) -> LetterTypeView:
    return LetterTypeView(
        row.id,
        row.rev,
        LetterTypeData(
            code=row.code,
            classification=row.classification,
            title=row.title,
            body=row.body,
            fields=tuple(FieldSpec.from_data(f) for f in row.fields),
            requirements=tuple(row.requirements),
            service=row.service,
            paper=row.paper,
            validity_days=row.validity_days,
            fee=row.fee,
            promised_minutes=row.promised_minutes,
            closing=row.closing,
            active=row.active,
            sort_order=row.sort_order,
        ),
    )


def _columns(data: LetterTypeData) -> dict[str, Any]:
    return {
        "code": data.code,
        "classification": data.classification,
        "title": data.title,
        "body": data.body,
        "fields": [f.to_data() for f in data.fields],
        "requirements": list(data.requirements),
        "service": data.service,
        "paper": data.paper,
        "validity_days": data.validity_days,
        "fee": data.fee,
        "promised_minutes": data.promised_minutes,
        "closing": data.closing,
        "active": data.active,
        "sort_order": data.sort_order,
    }


class LetterTypeService:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._seeded = False

    def list_types(self, actor: Actor, *, include_inactive: bool = False) -> list[LetterTypeView]:
        actor.require(Permission.VIEW)
        self.ensure_shipped()
        stmt = select(LetterType).order_by(LetterType.sort_order, LetterType.title)
        if not include_inactive:
            stmt = stmt.where(LetterType.active.is_(True))
        with self._store.read() as s:
            return [view_of(row) for row in s.scalars(stmt)]

    def get(self, actor: Actor, type_id: str) -> LetterTypeView:
        actor.require(Permission.VIEW)
        self.ensure_shipped()
        with self._store.read() as s:
            row = s.get(LetterType, type_id)
            if row is None:
                raise NotFound("letter_type", type_id)
            return view_of(row)

    def create(self, actor: Actor, data: LetterTypeData) -> LetterTypeView:
        actor.require(Permission.MANAGE_LETTER_TYPES)
        data = check_type(data)
        with self._store.write(actor.username, "letter_type.create") as s:
            self._refuse_taken_code(s, data.code, None)
            row = LetterType(**_columns(data), updated_at=self._store.clock.now())
            s.add(row)
            s.flush()
            return view_of(row)

    def update(self, actor: Actor, type_id: str, data: LetterTypeData, expected_rev: int) -> LetterTypeView:
        """Letters already asked for keep the type as it was when they were asked for."""
        actor.require(Permission.MANAGE_LETTER_TYPES)
        data = check_type(data)
        with self._store.write(actor.username, "letter_type.update") as s:
            row = s.get(LetterType, type_id)
            if row is None:
                raise NotFound("letter_type", type_id)
            if row.rev != expected_rev:
                raise ValidationError("rev", "stale")
            self._refuse_taken_code(s, data.code, type_id)
            for name, value in _columns(data).items():
                setattr(row, name, value)
            row.updated_at = self._store.clock.now()
            s.flush()
            return view_of(row)

    def ensure_shipped(self) -> None:
        """Adds the shipped types to an office that has none yet (once; later edits are the office's own)."""
        if self._seeded:
            return
        with self._store.read() as s:
            present = s.scalar(select(func.count()).select_from(LetterType))
        if not present:
            shipped = shipped_types()
            with self._store.write(SYSTEM.username, "letter_type.ship") as s:
                if not s.scalar(select(func.count()).select_from(LetterType)):
                    now = self._store.clock.now()
                    for data in shipped:
                        s.add(LetterType(id=shipped_id(data.code), **_columns(data), updated_at=now))
        self._seeded = True

    @staticmethod
    def _refuse_taken_code(s: Session, code: str, own_id: str | None) -> None:
        other = s.scalar(select(LetterType.id).where(LetterType.code == code))
        if other is not None and other != own_id:
            raise ValidationError("code", "letter_type_code_taken")

"""The UMKM registry: businesses of residents with their size class (PP 7/2021), NIB status, the letters
the office issued for them (SKU, domisili usaha), photos; search, filters and export.

Each public call is one unit of work. The size class is computed from capital and yearly sales on
every save and kept on the row, so lists filter on it without arithmetic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from kelurahan_desk.core.domain.business_size import SIZE_TITLES, SizeClass, assess_size
from kelurahan_desk.core.domain.case_intake import NewAttachment
from kelurahan_desk.core.errors import NotFound, ValidationError
from kelurahan_desk.core.importing.safe_cells import write_csv, write_xlsx
from kelurahan_desk.core.services.permissions import Actor, Permission
from kelurahan_desk.core.store.attachment_files import AttachmentFiles
from kelurahan_desk.core.store.models import Attachment, Letter, Resident
from kelurahan_desk.core.store.models.programmes import Business, BusinessLetter, BusinessPhoto
from kelurahan_desk.core.store.unit_of_work import Store

SECTORS: dict[str, str] = {
    "kuliner": "Kuliner / makanan dan minuman",
    "fesyen": "Fesyen / konveksi",
    "kerajinan": "Kerajinan",
    "perdagangan": "Perdagangan / warung",
    "jasa": "Jasa",
    "pertanian": "Pertanian / perikanan",
    "digital": "Digital / kreatif",
    "lainnya": "Lainnya",
}
NIB_STATUSES: dict[str, str] = {"belum": "Belum punya NIB", "proses": "Sedang diurus", "terbit": "NIB terbit"}
LETTER_KINDS: dict[str, str] = {"SKU": "Surat Keterangan Usaha", "SKDU": "Surat Keterangan Domisili Usaha"}
NIB = re.compile(r"\d{13}")
EXPORT_HEADINGS = (
    "Nama usaha",
    "Pemilik",
    "NIK pemilik",
    "Sektor",
    "Produk",
    "Alamat",
    "RT",
    "RW",
    "Telepon",
    "Modal (Rp)",
    "Omzet setahun (Rp)",
    "Kelas usaha",
    "Tenaga kerja",
    "Tahun mulai",
    "NIB",
    "Status NIB",
    "Surat",
    "Aktif",
)


@dataclass(frozen=True)
class BusinessInput:
    name: str
    owner_resident_id: str
    sector: str
    products: str = ""
    address: str = ""
    rt: int | None = None
    rw: int | None = None
    phone: str = ""
    capital: int | None = None
    yearly_sales: int | None = None
    employees: int | None = None
    started_year: int | None = None
    nib: str = ""
    nib_status: str = "belum"
    nib_issued_on: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class BusinessLetterView:
    letter_id: str | None
    letter_number: str
    letter_kind: str
    issued_on: date


@dataclass(frozen=True)
class BusinessRow:
    id: str
    name: str
    owner_name: str
    owner_nik: str
    sector: str
    size_class: str
    nib: str
    nib_status: str
    rt: int | None
    rw: int | None
    active: bool
    letter_count: int
    capital: int | None = None
    yearly_sales: int | None = None


@dataclass(frozen=True)
class BusinessView:
    id: str
    value: BusinessInput
    owner_name: str
    owner_nik: str
    size_class: str
    size_by_capital: str
    size_by_sales: str
    active: bool
    letters: tuple[BusinessLetterView, ...]
    photo_shas: tuple[str, ...]
    rev: int

    @property
    def size_title(self) -> str:
        return SIZE_TITLES[SizeClass(self.size_class)] if self.size_class else ""


@dataclass(frozen=True)
class BusinessQuery:
    """`text` matches the business name, the owner's name or the NIB; the rest filter exactly."""

    text: str = ""
    sector: str | None = None
    size_class: str | None = None
    nib_status: str | None = None
    rw: int | None = None
    active: bool | None = True
    limit: int = 500


def check_business(value: BusinessInput, today: date) -> BusinessInput:
    name = " ".join(value.name.split())
    if not name:
        raise ValidationError("name", "required")
    if len(name) > 150:
        raise ValidationError("name", "too_long", {"max": 150})
    if value.sector not in SECTORS:
        raise ValidationError("sector", "unknown_choice")
    if value.nib_status not in NIB_STATUSES:
        raise ValidationError("nib_status", "unknown_choice")
    nib = "".join(value.nib.split())
    if nib and not NIB.fullmatch(nib):
        raise ValidationError("nib", "nib_format")
    if value.nib_status == "terbit" and not nib:
        raise ValidationError("nib", "required")
    if value.nib_issued_on is not None and value.nib_issued_on > today:
        raise ValidationError("nib_issued_on", "in_future")
    for name_, amount in (("capital", value.capital), ("yearly_sales", value.yearly_sales)):
        if amount is not None and (isinstance(amount, bool) or not 0 <= amount <= 10**14):
            raise ValidationError(name_, "out_of_range", {"min": 0, "max": 10**14})
    if value.employees is not None and not 0 <= value.employees <= 100_000:
        raise ValidationError("employees", "out_of_range", {"min": 0, "max": 100_000})
    if value.started_year is not None and not 1900 <= value.started_year <= today.year:
        raise ValidationError("started_year", "out_of_range", {"min": 1900, "max": today.year})
    for place in ("rt", "rw"):
        number = getattr(value, place)
        if number is not None and not 1 <= number <= 999:
            raise ValidationError(place, "out_of_range", {"min": 1, "max": 999})
    return replace(
        value,
        name=name,
        nib=nib,
        products=" ".join(value.products.split())[:300],
        address=" ".join(value.address.split())[:200],
        phone=" ".join(value.phone.split())[:30],
        notes=value.notes.strip()[:2000],
    )


FIELDS = tuple(BusinessInput.__dataclass_fields__)


class UmkmService:
    def __init__(self, store: Store, files: AttachmentFiles) -> None:
        self._store = store
        self._files = files

    def register(self, actor: Actor, value: BusinessInput, photos: Sequence[NewAttachment] = ()) -> BusinessView:
        actor.require(Permission.MANAGE_PROGRAMMES)
        value = check_business(value, self._store.clock.today())
        stored = [(self._files.put(p.data), p) for p in photos]
        now = self._store.clock.now()
        with self._store.write(actor.username, "umkm.register") as s:
            owner = self._owner(s, value.owner_resident_id)
            if not value.address:
                value = replace(value, address=owner.address, rt=value.rt or owner.rt, rw=value.rw or owner.rw)
            row = Business(
                **{f: getattr(value, f) for f in FIELDS},
                size_class=_size(value),
                active=True,
                registered_at=now,
                registered_by=actor.username,
                updated_at=now,
            )
            s.add(row)
            s.flush()
            for (sha, mime), photo in stored:
                self._photo(s, actor, row.id, sha, mime, photo)
            s.flush()
            return _view(s, row)

    def update(self, actor: Actor, business_id: str, value: BusinessInput, expected_rev: int) -> BusinessView:
        actor.require(Permission.MANAGE_PROGRAMMES)
        value = check_business(value, self._store.clock.today())
        with self._store.write(actor.username, "umkm.update") as s:
            row = self._business(s, business_id)
            if row.rev != expected_rev:
                raise ValidationError("rev", "stale", {"current": row.rev})
            self._owner(s, value.owner_resident_id)
            for f in FIELDS:
                if getattr(row, f) != getattr(value, f):
                    setattr(row, f, getattr(value, f))
            row.size_class = _size(value)
            if s.is_modified(row):
                row.updated_at = self._store.clock.now()
            s.flush()
            return _view(s, row)

    def set_active(self, actor: Actor, business_id: str, active: bool) -> BusinessView:
        """A business that closed stays in the registry, marked inactive."""
        actor.require(Permission.MANAGE_PROGRAMMES)
        with self._store.write(actor.username, "umkm.set_active") as s:
            row = self._business(s, business_id)
            row.active = active
            row.updated_at = self._store.clock.now()
            s.flush()
            return _view(s, row)

    def add_photo(self, actor: Actor, business_id: str, photo: NewAttachment) -> BusinessView:
        actor.require(Permission.MANAGE_PROGRAMMES)
        sha, mime = self._files.put(photo.data)
        with self._store.write(actor.username, "umkm.photo") as s:
            row = self._business(s, business_id)
            self._photo(s, actor, row.id, sha, mime, photo)
            s.flush()
            return _view(s, row)

    def link_letter(
        self, actor: Actor, business_id: str, letter_number: str, *, kind: str = "", issued_on: date | None = None
    ) -> BusinessView:
        """A letter issued for the business: found by its number among the issued letters, or (for letters
        from before this system) typed with its kind and date."""
        actor.require(Permission.MANAGE_PROGRAMMES)
        number = " ".join(letter_number.split())
        if not number:
            raise ValidationError("letter_number", "required")
        with self._store.write(actor.username, "umkm.link_letter") as s:
            row = self._business(s, business_id)
            letter = s.scalar(select(Letter).where(Letter.number == number))
            if letter is not None:
                kind, issued_on, letter_id = letter.type_code, letter.issued_on, letter.id
            else:
                if kind not in LETTER_KINDS:
                    raise ValidationError("letter_number", "letter_unknown")
                if issued_on is None:
                    raise ValidationError("issued_on", "required")
                letter_id = None
            assert issued_on is not None
            taken = select(BusinessLetter.id).where(
                BusinessLetter.business_id == row.id, BusinessLetter.letter_number == number
            )
            if s.scalar(taken):
                raise ValidationError("letter_number", "letter_already_linked")
            s.add(
                BusinessLetter(
                    business_id=row.id,
                    letter_id=letter_id,
                    letter_number=number,
                    letter_kind=kind,
                    issued_on=issued_on,
                    linked_at=self._store.clock.now(),
                    linked_by=actor.username,
                )
            )
            s.flush()
            return _view(s, row)

    def owner_letters(self, actor: Actor, business_id: str) -> list[BusinessLetterView]:
        """Issued business letters (SKU, domisili usaha) of the owner not yet linked: suggestions to link."""
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            row = self._business(s, business_id)
            linked = select(BusinessLetter.letter_number).where(BusinessLetter.business_id == row.id)
            letters = s.scalars(
                select(Letter)
                .where(
                    Letter.resident_id == row.owner_resident_id,
                    Letter.number.is_not(None),
                    Letter.type_code.in_(tuple(LETTER_KINDS)),
                    Letter.number.not_in(linked),
                )
                .order_by(Letter.issued_on.desc())
            )
            return [BusinessLetterView(x.id, x.number or "", x.type_code, x.issued_on or date.min) for x in letters]

    def get(self, actor: Actor, business_id: str) -> BusinessView:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            return _view(s, self._business(s, business_id))

    def search(self, actor: Actor, query: BusinessQuery) -> list[BusinessRow]:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            return [BusinessRow(*values) for values in s.execute(_search(query))]

    def photo_bytes(self, actor: Actor, sha256: str) -> bytes:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            if s.scalar(select(BusinessPhoto.id).where(BusinessPhoto.sha256 == sha256).limit(1)) is None:
                raise NotFound("attachment", sha256)
        return self._files.get(sha256)

    def export(self, actor: Actor, query: BusinessQuery, path: Path) -> int:
        """The businesses a search finds, to `.xlsx` or `.csv` (cells escaped); returns how many."""
        actor.require(Permission.EXPORT_DATA)
        with self._store.read() as s:
            ids = [row[0] for row in s.execute(_search(replace(query, limit=1_000_000)))]
            views = [_view(s, self._business(s, i)) for i in ids]
        rows = [_export_cells(v) for v in views]
        if Path(path).suffix.lower() == ".csv":
            write_csv(Path(path), EXPORT_HEADINGS, rows, delimiter=";")
        else:
            write_xlsx(Path(path), EXPORT_HEADINGS, rows, "UMKM")
        return len(rows)

    # --- inside a unit of work -----------------------------------------------------------------

    @staticmethod
    def _business(s: Session, business_id: str) -> Business:
        row = s.get(Business, business_id)
        if row is None:
            raise NotFound("umkm_business", business_id)
        return row

    @staticmethod
    def _owner(s: Session, resident_id: str) -> Resident:
        owner = s.get(Resident, resident_id) if resident_id else None
        if owner is None:
            raise ValidationError("owner_resident_id", "resident_unknown")
        return owner

    def _photo(self, s: Session, actor: Actor, business_id: str, sha: str, mime: str, photo: NewAttachment) -> None:
        now = self._store.clock.now()
        if s.get(Attachment, sha) is None:
            s.add(
                Attachment(sha256=sha, size=len(photo.data), mime=mime, original_name=photo.name[:255], created_at=now)
            )
        s.add(BusinessPhoto(business_id=business_id, sha256=sha, added_at=now, added_by=actor.username))


def _size(value: BusinessInput) -> str:
    size = assess_size(value.capital, value.yearly_sales).size
    return size.value if size else ""


def _search(query: BusinessQuery) -> Select[tuple[object, ...]]:
    letters = (
        select(func.count()).where(BusinessLetter.business_id == Business.id).correlate(Business).scalar_subquery()
    )
    stmt = select(
        Business.id,
        Business.name,
        Resident.name,
        Resident.nik,
        Business.sector,
        Business.size_class,
        Business.nib,
        Business.nib_status,
        Business.rt,
        Business.rw,
        Business.active,
        letters,
        Business.capital,
        Business.yearly_sales,
    )
    stmt = stmt.join(Resident, Resident.id == Business.owner_resident_id)
    text = " ".join(query.text.split())
    if text:
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        stmt = stmt.where(
            or_(
                Business.name.like(like, escape="\\"),
                Resident.name.like(like, escape="\\"),
                Business.nib.startswith(text),
            )
        )
    for column, wanted in (
        (Business.sector, query.sector),
        (Business.size_class, query.size_class),
        (Business.nib_status, query.nib_status),
        (Business.rw, query.rw),
        (Business.active, query.active),
    ):
        if wanted is not None:
            stmt = stmt.where(column == wanted)
    return stmt.order_by(Business.name, Business.id).limit(query.limit)


def _view(s: Session, row: Business) -> BusinessView:
    owner = s.get(Resident, row.owner_resident_id)
    letters = s.scalars(
        select(BusinessLetter).where(BusinessLetter.business_id == row.id).order_by(BusinessLetter.issued_on)
    )
    photos = s.scalars(select(BusinessPhoto.sha256).where(BusinessPhoto.business_id == row.id))
    assessed = assess_size(row.capital, row.yearly_sales)
    return BusinessView(
        id=row.id,
        value=BusinessInput(**{f: getattr(row, f) for f in FIELDS}),
        owner_name=owner.name if owner else "",
        owner_nik=owner.nik if owner else "",
        size_class=row.size_class,
        size_by_capital=assessed.by_capital.value if assessed.by_capital else "",
        size_by_sales=assessed.by_sales.value if assessed.by_sales else "",
        active=row.active,
        letters=tuple(BusinessLetterView(x.letter_id, x.letter_number, x.letter_kind, x.issued_on) for x in letters),
        photo_shas=tuple(photos),
        rev=row.rev,
    )


def _export_cells(v: BusinessView) -> tuple[object, ...]:
    b = v.value
    letters = ", ".join(f"{x.letter_kind} {x.letter_number}" for x in v.letters)
    return (
        b.name,
        v.owner_name,
        v.owner_nik,
        SECTORS.get(b.sector, b.sector),
        b.products,
        b.address,
        b.rt,
        b.rw,
        b.phone,
        b.capital,
        b.yearly_sales,
        v.size_title,
        b.employees,
        b.started_year,
        b.nib,
        NIB_STATUSES.get(b.nib_status, b.nib_status),
        letters,
        "Ya" if v.active else "Tidak",
    )

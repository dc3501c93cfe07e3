"""The register of outgoing letters (buku register surat keluar) for one year: a view, CSV and Excel.

Every number drawn appears once, in counter order: issued letters (with their state, so a revoked letter
shows as revoked under its own number), berita acara and training certificates numbered from the same
counters, and void numbers (drawn but never given to anything).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from kelurahan_desk.core.domain.letter_states import STATE_NAMES, LetterState
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.importing.safe_cells import write_csv, write_xlsx
from kelurahan_desk.core.services.document_numbers import REASON_PREFIX
from kelurahan_desk.core.services.issued_documents import programme_document
from kelurahan_desk.core.services.permissions import Actor, Permission
from kelurahan_desk.core.store.models import Letter, LetterNumberVoid
from kelurahan_desk.core.store.unit_of_work import Store

HEADERS = (
    "No. Urut",
    "Nomor Surat",
    "Tanggal",
    "Kode Klasifikasi",
    "Jenis Surat",
    "Nama",
    "Keperluan",
    "Penanda Tangan",
    "Status",
    "Keterangan",
)
VOID_NOTE = "Nomor batal (tidak dipakai)"


@dataclass(frozen=True)
class RegisterRow:
    scope: str
    seq: int
    number: str
    issued_on: date | None
    classification: str
    title: str
    holder_name: str
    purpose: str
    signed_by: str
    state: str
    note: str
    letter_id: str | None

    def cells(self) -> list[object]:
        return [
            self.seq,
            self.number,
            self.issued_on,
            self.classification,
            self.title,
            self.holder_name,
            self.purpose,
            self.signed_by,
            self.state,
            self.note,
        ]


class LetterRegisterService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def rows(self, actor: Actor, year: int) -> list[RegisterRow]:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            letters = s.scalars(select(Letter).where(Letter.number_year == year, Letter.number.is_not(None)))
            found = [_letter_row(letter) for letter in letters]
            voids = s.scalars(select(LetterNumberVoid).where(LetterNumberVoid.year == year))
            found += [_void_row(s, void, self._store.clock.zone) for void in voids]
        return sorted(found, key=lambda row: (row.issued_on or date.min, row.scope, row.seq))

    def export(self, actor: Actor, year: int, path: Path) -> int:
        """Writes the year's register to `.csv` or `.xlsx` (by suffix); returns the number of rows."""
        actor.require(Permission.EXPORT_DATA)
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in (".csv", ".xlsx"):
            raise ValidationError("path", "unsupported_format", {"suffix": suffix})
        rows = self.rows(actor, year)
        cells = [row.cells() for row in rows]
        if suffix == ".csv":
            write_csv(path, HEADERS, cells)
        else:
            write_xlsx(path, HEADERS, cells, f"Register {year}")
        return len(rows)


def _void_row(s: Session, void: LetterNumberVoid, zone: ZoneInfo) -> RegisterRow:
    """A number given to a berita acara or a certificate is listed as that document; any other is void, on
    the office's date of drawing it."""
    document = programme_document(s, void.number) if void.reason.startswith(REASON_PREFIX) else None
    if document is None:
        drawn_on = void.at.astimezone(zone).date()
        return RegisterRow(void.scope, void.seq, void.number, drawn_on, *[""] * 5, "Batal", VOID_NOTE, None)
    return RegisterRow(
        scope=void.scope,
        seq=void.seq,
        number=void.number,
        issued_on=document.issued_on,
        classification=document.classification,
        title=document.title,
        holder_name=document.holder_name,
        purpose=document.purpose,
        signed_by="",
        state="Terbit",
        note="",
        letter_id=None,
    )


def _letter_row(letter: Letter) -> RegisterRow:
    state = LetterState(letter.state)
    signed = letter.signatory or {}
    capacity = {"an": "a.n. Lurah", "plt": "Plt. Lurah", "plh": "Plh. Lurah"}.get(signed.get("capacity", ""), "Lurah")
    note = f"Dicabut: {letter.reason}" if state == LetterState.DICABUT else ""
    if state == LetterState.DIAMBIL and letter.handed_over_to:
        note = f"Diambil oleh {letter.handed_over_to}"
    return RegisterRow(
        scope=letter.counter_scope or "",
        seq=letter.number_seq or 0,
        number=letter.number or "",
        issued_on=letter.issued_on,
        classification=letter.classification,
        title=letter.title,
        holder_name=letter.holder_name,
        purpose=str(letter.values.get("keperluan", "")),
        signed_by=f"{capacity} ({signed.get('name', '')})" if signed else "",
        state=STATE_NAMES[state],
        note=note,
        letter_id=letter.id,
    )

"""The musrenbang's documents: the berita acara (numbered from the letter counters, QR signed with the
office key), the daftar usulan prioritas, and their Excel/CSV exports.

The QR of a berita acara has no holder, so its hash field carries a digest of what the berita acara
records (number, attendees, delegates, the ranked lists): a reprint whose content differs from the
signed one shows a different digest (`content_digest`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kelurahan_desk.core.documents.berita_acara_pdf import AttendeeLine, BeritaAcara, render_berita_acara
from kelurahan_desk.core.documents.official_pages import Signer
from kelurahan_desk.core.documents.priority_list_pdf import FieldList, PriorityList, PriorityRow, render_priority_list
from kelurahan_desk.core.documents.qr_payload import QrData
from kelurahan_desk.core.domain.identity_numbers import NIK_HASH_LENGTH
from kelurahan_desk.core.domain.indonesian_format import format_rt_rw, zone_for_province
from kelurahan_desk.core.domain.proposal_status import FIELD_TITLES, ProposalField
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.importing.safe_cells import write_csv, write_xlsx
from kelurahan_desk.core.services.case_receipts import office_header
from kelurahan_desk.core.services.issued_documents import NumberIssuer, QrSigner
from kelurahan_desk.core.services.musrenbang_forum import ranked_proposals
from kelurahan_desk.core.services.musrenbang_records import cycle_of, load_proposals
from kelurahan_desk.core.services.musrenbang_views import ATTENDEE_ROLES, ProposalView, RankedProposal
from kelurahan_desk.core.services.permissions import Actor, Permission
from kelurahan_desk.core.store.atomic_file import write_bytes_atomic
from kelurahan_desk.core.store.models import Office
from kelurahan_desk.core.store.models.programmes import ForumAttendee, MusrenbangCycle
from kelurahan_desk.core.store.unit_of_work import Store

BERITA_ACARA_CLASSIFICATION = "000.7.1"  # Musrenbang (Permendagri 83/2022)
BERITA_ACARA_TYPE = "BAMUS"
PRIORITY_HEADINGS = (
    "Bidang",
    "Peringkat",
    "Peringkat hitungan",
    "No. usulan",
    "Kegiatan",
    "Lokasi",
    "RT",
    "RW",
    "Volume",
    "Satuan",
    "Perkiraan biaya (Rp)",
    "Swadaya (Rp)",
    "Pengusul",
    "Nilai",
    "Suara",
    "Alasan peringkat",
    "Status",
)
ATTENDANCE_HEADINGS = ("No.", "Nama", "Unsur", "Asal / jabatan", "L/P", "Delegasi")


class MusrenbangDocumentService:
    def __init__(self, store: Store, numbers: NumberIssuer, signer: Callable[[], QrSigner]) -> None:
        """`signer()` gives the office key's signer, or raises when the key cannot be used now."""
        self._store = store
        self._numbers = numbers
        self._signer = signer

    def issuer(self) -> Callable[[Session, MusrenbangCycle], None]:
        """What issues a berita acara inside the caller's unit of work (number, date, signed QR). Ask for it
        before the unit of work opens: the office key may have to be made first, in its own transaction."""
        signer = self._signer()

        def issue(s: Session, cycle: MusrenbangCycle) -> None:
            self._issue(s, cycle, signer)

        return issue

    def _issue(self, s: Session, cycle: MusrenbangCycle, signer: QrSigner) -> None:
        assert cycle.forum_on is not None
        if cycle.forum_on > self._store.clock.today():
            raise ValidationError("forum_on", "in_future")
        number = self._numbers(
            s, classification=BERITA_ACARA_CLASSIFICATION, type_code=BERITA_ACARA_TYPE, issued_on=cycle.forum_on
        )
        cycle.berita_acara_number, cycle.berita_acara_on = number, cycle.forum_on
        s.flush()
        seq = max(a.seq for a in Store.journal(s).audit_rows if a.entity_id == cycle.id)
        office = _office(s)
        data = QrData(
            letter_number=number,
            type_code=BERITA_ACARA_TYPE,
            issued_on=cycle.forum_on,
            office_code=office.code,
            short_name=f"Musrenbang {cycle.year}",
            nik_hash=content_digest(self._berita_acara(s, cycle)),
            audit_seq=seq,
        )
        cycle.berita_acara_qr = signer.sign(data)

    # --- documents -----------------------------------------------------------------------------

    def berita_acara(self, actor: Actor, cycle_id: str) -> BeritaAcara:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            return self._berita_acara(s, cycle_of(s, cycle_id))

    def berita_acara_pdf(self, actor: Actor, cycle_id: str) -> bytes:
        """The issued berita acara, or a draft (marked DRAF) before it has its number."""
        return render_berita_acara(self.berita_acara(actor, cycle_id))

    def priority_list(self, actor: Actor, cycle_id: str) -> PriorityList:
        actor.require(Permission.VIEW)
        with self._store.read() as s:
            cycle = cycle_of(s, cycle_id)
            office = _office(s)
            ranked = ranked_proposals(load_proposals(s, cycle))
            return PriorityList(
                header=office_header(office),
                year=cycle.year,
                fields=_field_lists(ranked),
                signer=_lurah(office, ("LURAH " + office.village_name.upper() + ",",)),
                number=cycle.berita_acara_number,
                issued_on=cycle.berita_acara_on,
                qr_text=cycle.berita_acara_qr or None,
            )

    def priority_list_pdf(self, actor: Actor, cycle_id: str) -> bytes:
        return render_priority_list(self.priority_list(actor, cycle_id))

    def save_berita_acara(self, actor: Actor, cycle_id: str, path: Path) -> None:
        write_bytes_atomic(Path(path), self.berita_acara_pdf(actor, cycle_id))

    def save_priority_list(self, actor: Actor, cycle_id: str, path: Path) -> None:
        write_bytes_atomic(Path(path), self.priority_list_pdf(actor, cycle_id))

    # --- exports -------------------------------------------------------------------------------

    def export_priorities(self, actor: Actor, cycle_id: str, path: Path) -> int:
        """The ranked lists of every field to `.xlsx` or `.csv`; returns the number of proposals written."""
        actor.require(Permission.EXPORT_DATA)
        with self._store.read() as s:
            cycle = cycle_of(s, cycle_id)
            ranked = ranked_proposals(load_proposals(s, cycle))
        rows = [_priority_cells(field, item) for field, items in ranked.items() for item in items]
        _write(Path(path), PRIORITY_HEADINGS, rows, f"Prioritas {cycle.year}")
        return len(rows)

    def export_attendance(self, actor: Actor, cycle_id: str, path: Path) -> int:
        actor.require(Permission.EXPORT_DATA)
        with self._store.read() as s:
            cycle = cycle_of(s, cycle_id)
            people = _attendees(s, cycle.id)
        rows = [
            (n, p.name, ATTENDEE_ROLES.get(p.role, p.role), p.origin, p.sex, "Ya" if p.is_delegate else "")
            for n, p in enumerate(people, start=1)
        ]
        _write(Path(path), ATTENDANCE_HEADINGS, rows, f"Daftar hadir {cycle.year}")
        return len(rows)

    # --- inside a unit of work -----------------------------------------------------------------

    def _berita_acara(self, s: Session, cycle: MusrenbangCycle) -> BeritaAcara:
        office = _office(s)
        people = _attendees(s, cycle.id)
        lines = {p.id: AttendeeLine(p.name, ATTENDEE_ROLES.get(p.role, p.role), p.origin) for p in people}
        delegates = sorted((p for p in people if p.is_delegate), key=lambda p: p.delegate_order or 0)
        return BeritaAcara(
            header=office_header(office),
            year=cycle.year,
            forum_on=cycle.forum_on or self._store.clock.today(),
            forum_time=cycle.forum_time,
            zone_label=zone_for_province(office.code),
            forum_place=cycle.forum_place,
            chair=Signer(("Pimpinan Sidang,",), cycle.chair_name),
            secretary=Signer(("Notulis,",), cycle.secretary_name),
            lurah=_lurah(office, ("Mengetahui,", f"LURAH {office.village_name.upper()},")),
            attendees=tuple(lines[p.id] for p in people),
            delegates=tuple(lines[p.id] for p in delegates),
            fields=_field_lists(ranked_proposals(load_proposals(s, cycle))),
            conclusions=cycle.conclusions,
            number=cycle.berita_acara_number,
            qr_text=cycle.berita_acara_qr or None,
        )


def content_digest(doc: BeritaAcara) -> str:
    """Hex digest of what a berita acara records; the same content always gives the same digest."""
    parts = [doc.number, str(doc.year), doc.forum_on.isoformat(), doc.forum_place, doc.chair.name]
    parts += [f"{a.name}|{a.role}|{a.origin}" for a in doc.attendees]
    parts += [f"delegasi|{d.name}" for d in doc.delegates]
    for field in doc.fields:
        parts += [f"{field.title}|{r.rank}|{r.number}|{r.activity}|{r.estimated_cost}" for r in field.rows]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:NIK_HASH_LENGTH]


def _office(s: Session) -> Office:
    office = s.scalar(select(Office).limit(1))
    if office is None:
        raise ValidationError("code", "setup_not_done")
    return office


def _lurah(office: Office, titles: tuple[str, ...]) -> Signer:
    return Signer(titles, office.lurah_name, office.lurah_rank, office.lurah_nip)


def _attendees(s: Session, cycle_id: str) -> list[ForumAttendee]:
    stmt = select(ForumAttendee).where(ForumAttendee.cycle_id == cycle_id)
    return list(s.scalars(stmt.order_by(ForumAttendee.added_at, ForumAttendee.id)))


def _field_lists(ranked: dict[str, list[RankedProposal]]) -> tuple[FieldList, ...]:
    return tuple(
        FieldList(FIELD_TITLES[ProposalField(field)], tuple(_priority_row(item) for item in items))
        for field, items in ranked.items()
    )


def volume_text(p: ProposalView) -> str:
    if p.volume is None:
        return ""
    amount = f"{p.volume:,.2f}".rstrip("0").rstrip(".").replace(",", "_").replace(".", ",").replace("_", ".")
    return f"{amount} {p.unit}".strip()


def location_text(p: ProposalView) -> str:
    return ", ".join(part for part in (p.location, format_rt_rw(p.rt, p.rw)) if part)


def _priority_row(item: RankedProposal) -> PriorityRow:
    p = item.proposal
    proposer = p.proposer_name + "".join(f"; {name}" for name in p.merged_proposers)
    note = f"Ditetapkan forum: {p.override_reason}" if item.overridden else ""
    if p.carried_from_id:
        note = "; ".join(part for part in (note, "Usulan tahun lalu") if part)
    score = f"{p.percent}".replace(".", ",") if p.percent is not None else ""
    return PriorityRow(
        item.rank,
        p.number,
        p.activity,
        location_text(p),
        volume_text(p),
        p.estimated_cost,
        p.swadaya,
        proposer,
        score,
        note,
    )


def _priority_cells(field: str, item: RankedProposal) -> tuple[object, ...]:
    p = item.proposal
    return (
        FIELD_TITLES[ProposalField(field)],
        item.rank,
        item.computed_rank,
        p.number,
        p.activity,
        p.location,
        p.rt,
        p.rw,
        p.volume,
        p.unit,
        p.estimated_cost,
        p.swadaya,
        p.proposer_name,
        float(p.percent or 0) or None,
        p.votes,
        p.override_reason if item.overridden else "",
        p.status,
    )


def _write(path: Path, headers: tuple[str, ...], rows: list[tuple[object, ...]], sheet: str) -> None:
    if path.suffix.lower() == ".csv":
        write_csv(path, headers, rows, delimiter=";")
    else:
        write_xlsx(path, headers, rows, sheet)

"""Case exports: any queue as CSV or Excel, as Open311 GeoReport v2 `requests` JSON, and the monthly recap.

Exports never carry a NIK, and never the reporter of an anonymous or confidential case; Open311 output
is meant for the public, so it names no reporter at all and leaves out what a confidential case says,
where it is and how it was settled.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Row, Select, case, func, select
from sqlalchemy.orm import Session

from kelurahan_desk.core.domain.case_deadlines import WorkingDays, due_status
from kelurahan_desk.core.domain.case_intake import CHANNEL_NAMES
from kelurahan_desk.core.domain.case_states import KIND_NAMES, STATE_NAMES, CaseKind, CaseState, is_open
from kelurahan_desk.core.domain.indonesian_format import zone_for_province, zone_tzinfo
from kelurahan_desk.core.importing.safe_cells import write_csv, write_xlsx
from kelurahan_desk.core.services import case_queues as cq
from kelurahan_desk.core.services.permissions import Actor, Permission
from kelurahan_desk.core.store.atomic_file import write_bytes_atomic
from kelurahan_desk.core.store.models import Attachment, Case, CaseAttachment, CaseCategory, Office
from kelurahan_desk.core.store.unit_of_work import Store

TableFormat = Literal["csv", "xlsx"]
MARK_NAMES = {"overdue": "Terlambat", "due_soon": "Segera jatuh tempo", "on_track": "", "": ""}
TABLE_HEADERS = (
    "Nomor",
    "Jenis",
    "Kategori",
    "Kode layanan",
    "Status",
    "Kanal",
    "Diterima",
    "Pelapor",
    "RT",
    "RW",
    "Lokasi",
    "Uraian",
    "Petugas / unit",
    "Tenggat",
    "Sisa hari kerja",
    "Tanda",
    "Ditutup",
    "Tepat waktu",
    "Diteruskan ke",
    "Alasan ditolak",
    "Tindak lanjut",
)
EXPORT_COLUMNS = (Case, CaseCategory.name, CaseCategory.code, cq.OFFICER.full_name)
RECAP_HEADERS = ("Jenis", "Kategori", "Status", "Diterima", "Tepat waktu", "Terlambat", "Berjalan", "Lewat tenggat")


@dataclass(frozen=True)
class RecapRow:
    kind: CaseKind
    category: str
    state: CaseState
    received: int
    closed_on_time: int
    closed_late: int
    open_on_track: int
    open_overdue: int


@dataclass(frozen=True)
class MonthlyRecap:
    """Cases received in one month, by kind, category and state. SLA compliance counts every case whose
    deadline has been decided — closed on time, closed late, or still open past its deadline — and
    gives the share closed on time (None when there is none yet)."""

    year: int
    month: int
    rows: list[RecapRow]

    @property
    def received(self) -> int:
        return sum(r.received for r in self.rows)

    def compliance(self, kind: CaseKind | None = None) -> float | None:
        rows = [r for r in self.rows if kind is None or r.kind == kind]
        decided = sum(r.closed_on_time + r.closed_late + r.open_overdue for r in rows)
        return sum(r.closed_on_time for r in rows) / decided if decided else None


def _yes_no(value: bool | None) -> str:
    return "" if value is None else "Ya" if value else "Tidak"


class CaseExportService:
    def __init__(self, store: Store, calendar: Callable[[], WorkingDays]) -> None:
        self._store = store
        self._calendar = calendar

    def write_table(self, actor: Actor, query: cq.CaseQuery, path: Path, fmt: TableFormat = "csv") -> int:
        """Every case of the queue (not only the first page) as one row; returns how many."""
        actor.require(Permission.EXPORT_DATA)
        rows = list(self._table_rows(actor, query))
        if fmt == "xlsx":
            write_xlsx(path, TABLE_HEADERS, rows, "Kasus")
        else:
            write_csv(path, TABLE_HEADERS, rows)
        return len(rows)

    def write_open311(self, actor: Actor, query: cq.CaseQuery, path: Path, media_base_url: str = "") -> int:
        actor.require(Permission.EXPORT_DATA)
        requests = self.open311_requests(actor, query, media_base_url)
        write_bytes_atomic(path, json.dumps(requests, ensure_ascii=False, indent=1).encode("utf-8"))
        return len(requests)

    def open311_requests(self, actor: Actor, query: cq.CaseQuery, media_base_url: str = "") -> list[dict[str, Any]]:
        """GeoReport v2 `requests` objects; `media_url` points into `media_base_url` when one is given."""
        actor.require(Permission.EXPORT_DATA)
        with self._store.read() as s:
            office = s.scalar(select(Office).limit(1))
            zone = zone_tzinfo(zone_for_province(office.code)) if office else UTC
            agency = f"Kelurahan {office.village_name}" if office else ""
            first_photo = dict(
                s.execute(
                    select(CaseAttachment.case_id, func.min(CaseAttachment.sha256))
                    .join(Attachment, Attachment.sha256 == CaseAttachment.sha256)
                    .where(Attachment.mime.like("image/%"))
                    .group_by(CaseAttachment.case_id)
                ).all()
            )
            out = []
            for row, category, code, _officer in s.execute(self._statement(s, actor, query)):
                sha = first_photo.get(row.id)
                out.append(self._open311(row, category, code, agency, zone, office, media_base_url, sha))
        return out

    def recap(self, actor: Actor, year: int, month: int) -> MonthlyRecap:
        actor.require(Permission.VIEW)
        today = self._store.clock.today()
        first = date(year, month, 1)
        after = date(year + month // 12, month % 12 + 1, 1)
        running_late = case((Case.due_on < today, 1), else_=0)
        stmt = (
            select(
                Case.kind,
                CaseCategory.name,
                Case.state,
                func.count(),
                func.sum(case((Case.sla_met.is_(True), 1), else_=0)),
                func.sum(case((Case.sla_met.is_(False), 1), else_=0)),
                func.sum(case((Case.state.in_([s.value for s in CaseState if is_open(s)]), 1 - running_late), else_=0)),
                func.sum(case((Case.state.in_([s.value for s in CaseState if is_open(s)]), running_late), else_=0)),
            )
            .join(CaseCategory, CaseCategory.id == Case.category_id)
            .where(Case.received_on >= first, Case.received_on < after)
            .group_by(Case.kind, CaseCategory.name, Case.state)
            .order_by(Case.kind, CaseCategory.name, Case.state)
        )
        with self._store.read() as s:
            rows = [
                RecapRow(CaseKind(k), name, CaseState(st), n, int(a or 0), int(b or 0), int(c or 0), int(d or 0))
                for k, name, st, n, a, b, c, d in s.execute(stmt)
            ]
        return MonthlyRecap(year, month, rows)

    def write_recap(self, actor: Actor, year: int, month: int, path: Path, fmt: TableFormat = "csv") -> MonthlyRecap:
        actor.require(Permission.EXPORT_DATA)
        recap = self.recap(actor, year, month)
        rows: list[Sequence[object]] = [
            (
                KIND_NAMES[r.kind],
                r.category,
                STATE_NAMES[r.state],
                r.received,
                r.closed_on_time,
                r.closed_late,
                r.open_on_track,
                r.open_overdue,
            )
            for r in recap.rows
        ]
        share = recap.compliance()
        rows.append(("Jumlah", "", "", recap.received, "", "", "", ""))
        rows.append(("Kepatuhan tenggat", "", "", "" if share is None else f"{share:.1%}", "", "", "", ""))
        if fmt == "xlsx":
            write_xlsx(path, RECAP_HEADERS, rows, f"Rekap {year}-{month:02d}")
        else:
            write_csv(path, RECAP_HEADERS, rows)
        return recap

    # --- rows ----------------------------------------------------------------------------------

    def _statement(self, s: Session, actor: Actor, query: cq.CaseQuery) -> Select:
        clock = self._store.clock
        bounds = cq.queue_bounds(s, query, actor.account_id, clock.today(), clock.zone, self._calendar())
        return cq.queue_statement(query, bounds, EXPORT_COLUMNS, paged=False).execution_options(yield_per=2000)

    def _table_rows(self, actor: Actor, query: cq.CaseQuery) -> Iterator[Sequence[object]]:
        today, calendar = self._store.clock.today(), self._calendar()
        with self._store.read() as s:
            for row, category, code, officer in s.execute(self._statement(s, actor, query)):
                yield self._table_row(row, category, code, officer, today, calendar)

    @staticmethod
    def _table_row(
        row: Case, category: str, code: str, officer: str | None, today: date, calendar: WorkingDays
    ) -> Sequence[object]:
        due = due_status(row.due_on, today, calendar)
        hidden = row.anonymous or row.confidential
        return (
            row.number,
            KIND_NAMES[CaseKind(row.kind)],
            category,
            code,
            STATE_NAMES[CaseState(row.state)],
            CHANNEL_NAMES.get(row.channel, row.channel),
            row.received_on,
            "" if hidden else row.citizen_name,
            row.rt,
            row.rw,
            row.address,
            row.description,
            officer or row.assigned_unit,
            row.due_on,
            due.working_days_left,
            MARK_NAMES[due.mark.value],
            row.closed_on,
            _yes_no(row.sla_met),
            row.forwarded_to,
            row.reject_reason,
            row.resolution,
        )

    @staticmethod
    def _open311(
        row: Case,
        category: str,
        code: str,
        agency: str,
        zone: Any,
        office: Office | None,
        media_base_url: str,
        sha: str | None,
    ) -> dict[str, Any]:
        state = CaseState(row.state)
        running = is_open(state) or (row.objection_filed_on is not None and row.objection_answered_on is None)
        notes = {
            CaseState.SELESAI: row.resolution,
            CaseState.DITOLAK: row.reject_reason,
            CaseState.DITERUSKAN: f"Diteruskan ke {row.forwarded_to}",
            CaseState.DUPLIKAT: "Duplikat dari laporan lain",
        }.get(state, STATE_NAMES[state])
        expected = row.due_on or row.promised_on
        secret = row.confidential
        if secret:
            notes = STATE_NAMES[state]  # how it was settled may tell what, or whom, it was about
        return {
            "service_request_id": row.number,
            "status": "open" if running else "closed",
            "status_notes": notes,
            "service_name": category,
            "service_code": code,
            "description": "" if secret else row.description,
            "agency_responsible": row.forwarded_to if state == CaseState.DITERUSKAN else agency,
            "service_notice": "" if secret else row.extension_notice or "",
            "requested_datetime": row.received_at.astimezone(zone).isoformat(timespec="seconds"),
            "updated_datetime": row.updated_at.astimezone(zone).isoformat(timespec="seconds"),
            "expected_datetime": datetime.combine(expected, time(23, 59, 59), tzinfo=zone).isoformat(),
            "address": "" if secret else _place(row),
            "address_id": None,
            "zipcode": office.postcode if office else "",
            "lat": None if secret else row.latitude,
            "long": None if secret else row.longitude,
            "media_url": f"{media_base_url.rstrip('/')}/{sha}" if media_base_url and sha and not secret else "",
        }


def _place(row: Case | Row[Any]) -> str:
    parts = [row.address] if row.address else []
    if row.rt is not None and row.rw is not None:
        parts.append(f"RT {row.rt:03d} RW {row.rw:03d}")
    return ", ".join(parts)

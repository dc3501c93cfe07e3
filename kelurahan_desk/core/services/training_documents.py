"""The participant list of a programme, as PDF and as a spreadsheet, from the stored registrations."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kelurahan_desk.core.documents.official_pages import Signer
from kelurahan_desk.core.documents.participant_list_pdf import ParticipantLine, ParticipantList
from kelurahan_desk.core.domain.indonesian_format import format_rt_rw
from kelurahan_desk.core.importing.safe_cells import write_csv, write_xlsx
from kelurahan_desk.core.services.case_receipts import office_header
from kelurahan_desk.core.services.training_records import load_registrations, office_of
from kelurahan_desk.core.services.training_views import REGISTRATION_STATUSES, RegistrationView
from kelurahan_desk.core.store.models.programmes import TrainingAttendance, TrainingProgramme, TrainingSession

EXPORT_HEADINGS = ("No.", "Nama", "NIK", "L/P", "RT", "RW", "Status", "Urutan tunggu", "Sesi hadir", "Nomor sertifikat")


def status_text(r: RegistrationView) -> str:
    if r.status == "cadangan":
        return f"Daftar tunggu {r.waiting_position}"
    return REGISTRATION_STATUSES[r.status]


def participant_list(s: Session, row: TrainingProgramme, printed_on: date) -> ParticipantList:
    office = office_of(s)
    sessions = list(
        s.scalars(
            select(TrainingSession).where(TrainingSession.programme_id == row.id).order_by(TrainingSession.number)
        )
    )
    present = {
        (session_id, registration_id)
        for session_id, registration_id in s.execute(
            select(TrainingAttendance.session_id, TrainingAttendance.registration_id)
            .join(TrainingSession, TrainingSession.id == TrainingAttendance.session_id)
            .where(TrainingSession.programme_id == row.id, TrainingAttendance.present.is_(True))
        )
    }
    lines = tuple(
        ParticipantLine(
            r.name,
            r.nik,
            r.sex,
            format_rt_rw(r.rt, r.rw).replace("RT ", "").replace(" RW ", "/"),
            status_text(r),
            tuple((x.id, r.id) in present for x in sessions),
        )
        for r in load_registrations(s, row)
        if r.status != "batal"
    )
    return ParticipantList(
        header=office_header(office),
        title=row.title,
        organiser=row.organiser,
        place=row.place,
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        quota=row.quota,
        session_dates=tuple(x.on_date for x in sessions),
        lines=lines,
        signer=Signer(
            (f"LURAH {office.village_name.upper()},",), office.lurah_name, office.lurah_rank, office.lurah_nip
        ),
        printed_on=printed_on,
    )


def export_participants(s: Session, row: TrainingProgramme, path: Path) -> int:
    regs = load_registrations(s, row)
    rows = [
        (
            n,
            r.name,
            r.nik,
            r.sex,
            r.rt,
            r.rw,
            REGISTRATION_STATUSES[r.status],
            r.waiting_position,
            r.sessions_attended,
            r.certificate_number,
        )
        for n, r in enumerate(regs, start=1)
    ]
    if Path(path).suffix.lower() == ".csv":
        write_csv(Path(path), EXPORT_HEADINGS, rows, delimiter=";")
    else:
        write_xlsx(Path(path), EXPORT_HEADINGS, rows, "Peserta")
    return len(rows)

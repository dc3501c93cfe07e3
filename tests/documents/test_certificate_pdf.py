"""Certificates issued through the training service, read back: pypdf text, then the QR through pdftoppm
and zbarimg, checked with the office's public keys as `kelurahan-desk verify` reads them."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pypdf

from kelurahan_desk.composition import Services
from kelurahan_desk.core.documents.qr_decode import decode_qr_from_file
from kelurahan_desk.core.documents.qr_payload import verify_payload
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.services.training_views import ProgrammeInput, SessionInput
from tests.core.programme_helpers import office_public_keys, resident
from tests.documents.conftest import needs_poppler_and_zbar, render_png


def certified(services: Services, admin: Actor, people: int) -> str:
    training = services.programmes.training
    pid = training.create_programme(
        admin,
        ProgrammeInput(
            "Pelatihan Pemasaran Digital",
            "Dinas Koperasi dan UKM Kota Bandung",
            date(2026, 11, 9),
            date(2026, 11, 10),
            10,
            place="Aula Kelurahan Sukarasa",
        ),
    ).id
    session = training.add_session(admin, pid, SessionInput(date(2026, 11, 9), "09.00", "15.00"))
    regs = [
        training.register(admin, pid, resident(services, admin, f"327301410190000{n}", f"Siti Aminah {n}")).id
        for n in range(1, people + 1)
    ]
    training.record_attendance(admin, session.id, regs)
    training.issue_certificates(admin, pid)
    return pid


@needs_poppler_and_zbar
def test_a_certificate_reads_back_and_its_qr_verifies(services: Services, admin: Actor, tmp_path: Path) -> None:
    pid = certified(services, admin, 2)
    pdf = services.programmes.training.certificates_pdf(admin, pid)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2
    text = " ".join(reader.pages[0].extract_text().split())
    for expected in (
        "SERTIFIKAT",
        "Nomor: 500.3/001/1001/XI/2026",
        "SITI AMINAH 1",
        "Pelatihan Pemasaran Digital",
        "9 November 2026 s.d. 10 November 2026",
        "kehadiran 1 dari 1 sesi",
        "NIP 19750101 200003 1 001",
    ):
        assert expected in text, expected
    path = tmp_path / "sertifikat.pdf"
    path.write_bytes(pdf)
    found = decode_qr_from_file(path)
    assert len(found) == 2
    keys = office_public_keys(services)
    numbers = [verify_payload(text, keys).data.letter_number for text in found]  # type: ignore[union-attr]
    assert numbers == ["500.3/001/1001/XI/2026", "500.3/002/1001/XI/2026"]
    assert pdf == services.programmes.training.certificates_pdf(admin, pid)
    assert render_png(pdf, tmp_path)


def test_the_participant_list_marks_attendance_in_a_printable_glyph(services: Services, admin: Actor) -> None:
    pid = certified(services, admin, 2)
    training = services.programmes.training
    absent = training.register(admin, pid, resident(services, admin, "3273014101900003", "Siti Aminah 3")).id
    training.record_attendance(admin, training.sessions(admin, pid)[0].id, [absent])
    pdf = training.participant_list_pdf(admin, pid)
    cells = [" ".join(c.split()) for c in pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text().splitlines()]
    rows = " ".join(cells[cells.index("9/11") + 1 : cells.index("Bandung, 27 November 2026")])
    assert rows == (
        "1 Siti Aminah 1 3273014101900001 P 003/005 Peserta "
        "2 Siti Aminah 2 3273014101900002 P 003/005 Peserta "
        "3 Siti Aminah 3 3273014101900003 P 003/005 Peserta √"
    )

"""The berita acara and the priority list, issued through the services, read back: text with pypdf,
the QR with pdftoppm and zbarimg, then checked with the office's public key."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pypdf

from kelurahan_desk.composition import Services
from kelurahan_desk.core.documents.qr_decode import decode_qr_from_file
from kelurahan_desk.core.documents.qr_payload import verify_payload
from kelurahan_desk.core.domain.musrenbang_phases import Phase
from kelurahan_desk.core.services.musrenbang_minutes import content_digest
from kelurahan_desk.core.services.musrenbang_views import AttendeeInput, ForumDetails
from kelurahan_desk.core.services.permissions import Actor
from tests.core.programme_helpers import office_public_keys, proposal
from tests.documents.conftest import needs_poppler_and_zbar, render_png


def held_forum(services: Services, admin: Actor) -> str:
    mus, forum = services.programmes.musrenbang, services.programmes.forum
    cycle = mus.open_cycle(admin, 2026)
    for n, field in enumerate(("infrastruktur", "ekonomi", "sosial_budaya", "infrastruktur", "ekonomi"), start=1):
        mus.add_proposal(admin, cycle.id, proposal(activity=f"Kegiatan {field} nomor {n}", field=field))
    mus.advance_phase(admin, cycle.id, Phase.PRA_MUSRENBANG)
    mus.advance_phase(admin, cycle.id, Phase.FORUM)
    forum.set_forum_details(
        admin, cycle.id, ForumDetails(date(2026, 1, 28), "09.00", "Aula Kantor Kelurahan", "H. Ujang Sobandi", "Rina")
    )
    for n in range(12):
        seat = forum.add_attendee(admin, cycle.id, AttendeeInput(f"Peserta {n + 1}", "rt_rw", f"RW {n % 8 + 1:02d}"))
        if n < 3:
            forum.set_delegate(admin, seat.id, True)
    return cycle.id


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_a_draft_berita_acara_says_so_and_has_no_number(services: Services, admin: Actor) -> None:
    cycle_id = held_forum(services, admin)
    text = text_of(services.programmes.minutes.berita_acara_pdf(admin, cycle_id))
    assert "DRAF" in text
    assert "Nomor: —" in text


@needs_poppler_and_zbar
def test_the_issued_berita_acara_reads_back_and_its_qr_verifies(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    cycle_id = held_forum(services, admin)
    cycle = services.programmes.forum.issue_berita_acara(admin, cycle_id)
    pdf = services.programmes.minutes.berita_acara_pdf(admin, cycle_id)
    assert pdf == services.programmes.minutes.berita_acara_pdf(admin, cycle_id)  # prints again identically
    text = text_of(pdf)
    for expected in (
        "BERITA ACARA",
        "KELURAHAN SUKARASA",
        f"Nomor: {cycle.berita_acara_number}",
        "Rabu, 28 Januari 2026, pukul 09.00 WIB",
        "dihadiri oleh 12 (dua belas) orang",
        "Menetapkan 3 (tiga) orang delegasi",
        "DAFTAR HADIR",
        "DAFTAR USULAN PRIORITAS",
        "A. BIDANG INFRASTRUKTUR",
        "C. BIDANG SOSIAL BUDAYA",
        "Kegiatan ekonomi nomor 5",
        "Drs. Asep Sunandar",
        "NIP 19750101 200003 1 001",
    ):
        assert expected in text, expected
    assert "DRAF" not in text
    (tmp_path / "ba.pdf").write_bytes(pdf)
    [found] = decode_qr_from_file(tmp_path / "ba.pdf")
    assert found == services.programmes.minutes.berita_acara(admin, cycle_id).qr_text
    result = verify_payload(found, office_public_keys(services))
    assert result.ok
    assert result.data is not None
    assert (result.data.letter_number, result.data.type_code) == (cycle.berita_acara_number, "BAMUS")
    assert result.data.nik_hash == content_digest(services.programmes.minutes.berita_acara(admin, cycle_id))
    pages = render_png(pdf, tmp_path)
    assert len(pages) >= 3


def test_the_priority_list_prints_each_field_with_its_total(services: Services, admin: Actor) -> None:
    cycle_id = held_forum(services, admin)
    text = text_of(services.programmes.minutes.priority_list_pdf(admin, cycle_id))
    assert "DAFTAR USULAN PRIORITAS MUSRENBANG KELURAHAN SUKARASA TAHUN 2026" in text
    assert text.count("Jumlah") == 3
    assert "Rp150.000.000" in text  # two infrastructure proposals of Rp75.000.000


def test_exports_escape_cells_and_carry_every_ranked_proposal(services: Services, admin: Actor, tmp_path: Path) -> None:
    cycle_id = held_forum(services, admin)
    services.programmes.musrenbang.add_proposal(admin, cycle_id, proposal(activity="=HYPERLINK(1)"))
    minutes = services.programmes.minutes
    assert minutes.export_priorities(admin, cycle_id, tmp_path / "prioritas.xlsx") == 6
    assert minutes.export_priorities(admin, cycle_id, tmp_path / "prioritas.csv") == 6
    assert "'=HYPERLINK(1)" in (tmp_path / "prioritas.csv").read_text(encoding="utf-8-sig")
    assert minutes.export_attendance(admin, cycle_id, tmp_path / "hadir.xlsx") == 12

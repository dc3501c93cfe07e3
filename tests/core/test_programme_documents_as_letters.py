"""Berita acara and training certificates are numbered from the letter counters and QR-signed like letters:
`verify` finds them in the office's register, and the register of outgoing letters lists them as issued."""

from __future__ import annotations

from datetime import date

import pytest

from kelurahan_desk.cli.main import main
from kelurahan_desk.composition import Services
from kelurahan_desk.core.domain.musrenbang_phases import Phase
from kelurahan_desk.core.services.issued_documents import DOCUMENT_CLASSIFICATIONS, DOCUMENT_TITLES
from kelurahan_desk.core.services.musrenbang_minutes import BERITA_ACARA_CLASSIFICATION, BERITA_ACARA_TYPE
from kelurahan_desk.core.services.musrenbang_views import AttendeeInput, ForumDetails
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.services.training_certificates import CERTIFICATE_CLASSIFICATION, CERTIFICATE_TYPE
from kelurahan_desk.core.services.training_views import ProgrammeInput, SessionInput
from tests.core.letter_helpers import fast_password_hashing, letter_office
from tests.core.programme_helpers import resident

__all__ = ["fast_password_hashing"]


def certificate(services: Services, admin: Actor) -> tuple[str, str]:
    training = services.programmes.training
    person = resident(services, admin, "3273011203910001", "Siti Rahmawati")
    programme = training.create_programme(
        admin,
        ProgrammeInput(
            title="Pelatihan Menjahit untuk UMKM",
            organiser="Dinas Koperasi dan UKM Kota Bandung",
            starts_on=date(2026, 11, 2),
            ends_on=date(2026, 11, 20),
            quota=2,
            place="Aula Kelurahan Sukarasa",
        ),
    )
    registration = training.register(admin, programme.id, person)
    session = training.add_session(admin, programme.id, SessionInput(date(2026, 11, 3)))
    training.record_attendance(admin, session.id, [registration.id])
    number = training.issue_certificate(admin, registration.id)
    return number, training.certificates(admin, programme.id)[0].qr_text


def berita_acara(services: Services, admin: Actor) -> tuple[str, str]:
    musrenbang, forum = services.programmes.musrenbang, services.programmes.forum
    cycle = musrenbang.open_cycle(admin, 2026)
    for phase in (Phase.PRA_MUSRENBANG, Phase.FORUM):
        musrenbang.advance_phase(admin, cycle.id, phase)
    forum.set_forum_details(admin, cycle.id, ForumDetails(date(2026, 1, 29), "09.00", "Aula", "Ketua LPM"))
    forum.add_attendee(admin, cycle.id, AttendeeInput("Ketua RW 05", "rt_rw"))
    issued = forum.issue_berita_acara(admin, cycle.id)
    return issued.berita_acara_number, musrenbang_qr(services, admin, cycle.id)


def musrenbang_qr(services: Services, admin: Actor, cycle_id: str) -> str:
    qr = services.programmes.minutes.priority_list(admin, cycle_id).qr_text
    assert qr
    return qr


def test_document_kinds_match_what_the_programmes_put_in_their_qr() -> None:
    assert DOCUMENT_CLASSIFICATIONS == {
        BERITA_ACARA_TYPE: BERITA_ACARA_CLASSIFICATION,
        CERTIFICATE_TYPE: CERTIFICATE_CLASSIFICATION,
    }
    assert DOCUMENT_TITLES.keys() == DOCUMENT_CLASSIFICATIONS.keys()


def test_certificate_and_berita_acara_verify_as_in_the_register(services: Services, admin: Actor) -> None:
    cert_number, cert_qr = certificate(services, admin)
    ba_number, ba_qr = berita_acara(services, admin)
    verify = services.letter_verify
    for number, qr, title in (
        (cert_number, cert_qr, "Sertifikat Pelatihan"),
        (ba_number, ba_qr, "Berita Acara Musrenbang Kelurahan"),
    ):
        check = verify.check_text(admin, qr)
        assert check.ok and check.number == number and check.in_register is True
        assert check.type_title == title
    # the same number signed with other content is not what the register holds
    other = verify.check_text(admin, cert_qr.replace("Siti R.", "Budi S."))
    assert not other.ok


def test_the_register_lists_them_as_issued_and_keeps_void_numbers_void(services: Services, admin: Actor) -> None:
    office = letter_office(services, admin)
    letter = office.issued()
    cert_number, _ = certificate(services, admin)
    ba_number, _ = berita_acara(services, admin)
    rows = {row.number: row for row in services.letter_register.rows(admin, 2026)}
    assert set(rows) == {letter.number, cert_number, ba_number}
    cert, ba = rows[cert_number], rows[ba_number]
    assert (cert.state, cert.title, cert.holder_name, cert.classification) == (
        "Terbit",
        "Sertifikat Pelatihan",
        "Siti Rahmawati",
        "500.3",
    )
    assert cert.purpose == "Pelatihan Menjahit untuk UMKM" and cert.issued_on == date(2026, 11, 27)
    assert (ba.state, ba.title, ba.issued_on, ba.purpose) == (
        "Terbit",
        "Berita Acara Musrenbang Kelurahan",
        date(2026, 1, 29),
        "Musrenbang Kelurahan 2026",
    )
    assert "Batal" not in {row.state for row in rows.values()}


@pytest.mark.parametrize("kind", ["certificate", "berita_acara"])
def test_verify_command_says_recorded(services: Services, admin: Actor, kind: str, capsys) -> None:
    number, qr = (certificate if kind == "certificate" else berita_acara)(services, admin)
    root = services.folder.root
    services.close()
    assert main(["--data-dir", str(root), "verify", qr]) == 0
    text = capsys.readouterr().out
    assert number in text and "Register kantor : tercatat" in text
    assert "TIDAK" not in text

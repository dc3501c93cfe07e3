"""Issued letters read back: the PDF's text, the page as an image, its QR decoded and verified offline.

The payload format's own fuzzing (1,000 altered payloads and more) is in test_qr_payload.py; here the
payloads are the ones the office really issues, checked through the verification the product offers.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from kelurahan_desk.composition import Services
from kelurahan_desk.core.documents.office_keys import generate_office_key, key_id_for
from kelurahan_desk.core.documents.qr_payload import read_payload, sign_payload
from kelurahan_desk.core.services.letter_verify import LetterVerifier
from kelurahan_desk.core.services.letter_views import Approval
from kelurahan_desk.core.services.permissions import Actor
from tests.core.letter_helpers import NIK, PASSWORDS, LetterOffice, fast_password_hashing, letter_office
from tests.documents.conftest import needs_poppler_and_zbar, render_png

__all__ = ["fast_password_hashing"]


@pytest.fixture
def office(services: Services, admin: Actor) -> LetterOffice:
    return letter_office(services, admin)


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_pdf_text_has_number_person_dates_and_amount_in_words(office: LetterOffice) -> None:
    letter = office.issued("SKPH", penghasilan="1500000", sumber_penghasilan="berdagang sayur")
    text = text_of(office.services.letters.pdf(office.desk, letter.id))
    for expected in (
        "KELURAHAN SUKARASA",
        "SURAT KETERANGAN PENGHASILAN",
        "Nomor: 400.10.2.2/001/1001/XI/2026",
        "Siti Aminah Rahayu",
        NIK,
        "Bandung, 1 Januari 1990",
        "Rp1.500.000,00 (satu juta lima ratus ribu rupiah)",
        "berdagang sayur",
        "Bandung, 27 November 2026",
        "berlaku sampai dengan 27 Desember 2026",
        "LURAH SUKARASA,",
        "Drs. Asep Sunandar",
        "NIP 19750101 200003 1 001",
    ):
        assert expected in text, expected
    assert "{" not in text and "…" not in text


def test_delegated_signature_prints_a_n(office: LetterOffice) -> None:
    letter = office.services.letters.approve(office.secretary, office.verified().id, PASSWORDS["sekel"], Approval("an"))
    text = text_of(office.services.letters.pdf(office.desk, letter.id))
    assert "a.n. LURAH SUKARASA Sekretaris Kelurahan," in text
    assert "Yanti Suryani, S.Sos." in text and "NIP 19820315 200604 2 004" in text


def test_heirs_list_keeps_one_line_per_heir_on_f4(office: LetterOffice) -> None:
    heirs = "1. Budi Santoso, anak kandung\n2. Ani Lestari, anak kandung"
    letter = office.issued(
        "SKAW", nama_pewaris="Slamet Riyadi", tanggal_meninggal_pewaris="2026-10-02", daftar_ahli_waris=heirs
    )
    pdf = office.services.letters.pdf(office.desk, letter.id)
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert round(float(page.mediabox.height) / 72 * 25.4) == 330
    lines = [" ".join(line.split()) for line in page.extract_text().splitlines()]
    assert "1. Budi Santoso, anak kandung" in lines and "2. Ani Lestari, anak kandung" in lines
    assert "meninggal dunia pada tanggal 2 Oktober 2026" in text_of(pdf)


@needs_poppler_and_zbar
def test_printed_qr_reads_back_and_verifies_offline(office: LetterOffice, tmp_path: Path) -> None:
    letter = office.issued()
    pdf = office.services.letters.pdf(office.desk, letter.id)
    [png] = render_png(pdf, tmp_path)
    verify = office.services.letter_verify
    for source in (
        png,
        office.services.folder.archive
        / "letters"
        / "2026"
        / next(p.name for p in (office.services.folder.archive / "letters" / "2026").iterdir()),
    ):
        check = verify.check_file(office.desk, source)
        assert check.ok and check.in_register
        assert (check.number, check.type_code, check.type_title) == (letter.number, "SKD", "Surat Keterangan Domisili")
        assert check.office_code == "32.73.01.1001" and check.office_name == "Kelurahan Sukarasa"
        assert check.issued_on == letter.issued_on and check.valid_until == letter.valid_until
        assert check.key_id == office.services.office_keys.current_key_id()
    office.services.letters.revoke(office.lurah, letter.id, "Dipalsukan", PASSWORDS["lurah"])
    revoked = verify.check_file(office.desk, png)
    assert revoked.status == "revoked" and revoked.revoked and not revoked.ok


def test_expired_and_unknown_key_and_foreign_office(office: LetterOffice) -> None:
    letter = office.issued()
    verify = office.services.letter_verify
    office.services.clock.advance(timedelta(days=31))  # type: ignore[attr-defined]
    expired = verify.check_text(office.desk, letter.qr_payload)
    assert expired.status == "expired" and expired.expired and expired.number == letter.number
    stranger = LetterVerifier({key_id_for(generate_office_key().public_key()): generate_office_key().public_key()})
    assert stranger.check_text(letter.qr_payload, letter.issued_on).status == "unknown_key"


def test_payload_names_the_holder_only_by_hash(office: LetterOffice) -> None:
    letter = office.issued()
    assert NIK not in letter.qr_payload and "Siti A. R." in letter.qr_payload


@pytest.fixture
def genuine(services: Services, admin: Actor) -> tuple[LetterVerifier, str, str]:
    office = letter_office(services, admin)
    letter = office.issued()
    verifier = services.letter_verify.verifier()
    return verifier, letter.qr_payload, letter.number or ""


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    kind=st.sampled_from(["mutated", "wrong_key", "expired", "revoked"]),
    position=st.integers(0, 10_000),
    char=st.characters(min_codepoint=32, max_codepoint=126),
)
def test_issued_payloads_altered_wrongly_signed_expired_or_revoked_are_all_rejected(
    genuine: tuple[LetterVerifier, str, str], kind: str, position: int, char: str
) -> None:
    verifier, payload, number = genuine
    parsed = read_payload(payload)
    assert parsed is not None
    today = parsed.data.issued_on
    assert verifier.check_text(payload, today).ok
    if kind == "mutated":
        i = position % len(payload)
        altered = payload[:i] + char + payload[i + 1 :]
        if altered == payload:
            altered = payload[:i] + payload[i + 1 :]
        assert not verifier.check_text(altered, today).ok
    elif kind == "wrong_key":
        forged = sign_payload(replace(parsed.data, short_name="Budi"), generate_office_key(), parsed.key_id)
        assert verifier.check_text(forged, today).status == "invalid_signature"
    elif kind == "expired":
        later = (parsed.data.valid_until or today) + timedelta(days=1 + position % 400)
        assert verifier.check_text(payload, later).status == "expired"
    else:
        revoked = LetterVerifier(verifier.public_keys, {number})
        assert revoked.check_text(payload, today).status == "revoked"

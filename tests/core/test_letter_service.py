"""The letter workflow through the service: steps, separation of duties, signing, numbers, archive, audit."""

from __future__ import annotations

import hashlib
import io
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from kelurahan_desk.composition import Services
from kelurahan_desk.core.documents.qr_payload import read_payload
from kelurahan_desk.core.domain.letter_numbering import NumberingScope
from kelurahan_desk.core.domain.letter_states import LetterState
from kelurahan_desk.core.errors import AuthError, PermissionDenied, ValidationError
from kelurahan_desk.core.services.letter_numbers import NumberingSettings
from kelurahan_desk.core.services.letter_views import Approval, NewScan
from kelurahan_desk.core.services.permissions import Actor, Role
from kelurahan_desk.core.store.models import AuditEntry, LetterNumberVoid, OutboxChange
from tests.core.letter_helpers import NIK, PASSWORDS, LetterOffice, fast_password_hashing, letter_office
from tests.core.outbox_helpers import fill

__all__ = ["fast_password_hashing"]
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def office(services: Services, admin: Actor) -> LetterOffice:
    return letter_office(services, admin)


def test_eleven_types_are_shipped(office: LetterOffice) -> None:
    codes = [t.code for t in office.services.letter_types.list_types(office.desk)]
    assert codes == ["SKD", "SKDU", "SKU", "SKTM", "SKCK", "SKL", "SKM", "SKP", "SKBM", "SKAW", "SKPH"]


def test_request_is_prefilled_from_the_resident(office: LetterOffice) -> None:
    values = office.services.letters.prefill(office.desk, office.type("SKD").id, office.resident.id)
    assert values["nama"] == "Siti Aminah Rahayu" and values["nik"] == NIK
    assert values["tempat_tgl_lahir"] == "Bandung, 1 Januari 1990"
    assert values["jenis_kelamin"] == "Perempuan" and values["agama"] == "Islam"
    assert values["alamat"] == "Jl. Melati No. 10 RT 003 RW 005"


def test_request_to_collection(office: LetterOffice) -> None:
    letters = office.services.letters
    draft = letters.create(office.desk, office.request(), submit=False)
    assert draft.state == LetterState.DRAF and draft.number is None
    letter = letters.submit(office.desk, draft.id)
    letter = letters.verify(office.verifier, letter.id)
    assert letter.state == LetterState.DIVERIFIKASI and letter.verified_by == "kasi"
    letter = letters.approve(office.lurah, letter.id, PASSWORDS["lurah"])
    assert letter.state == LetterState.TERBIT
    assert letter.number == "400.12.2.1/001/1001/XI/2026"
    assert letter.issued_on == date(2026, 11, 27) and letter.valid_until == date(2026, 12, 27)
    [printed] = letters.mark_printed(office.desk, [letter.id])
    assert printed.state == LetterState.DICETAK
    letter = letters.hand_over(office.desk, letter.id, "Siti Aminah Rahayu")
    assert letter.state == LetterState.DIAMBIL
    assert [e.action for e in letter.events] == [
        "buat",
        "ajukan",
        "verifikasi",
        "setujui",
        "terbitkan",
        "cetak",
        "serahkan",
    ]


def test_the_drafter_can_never_approve_or_issue(office: LetterOffice) -> None:
    letters = office.services.letters
    own = letters.create(office.lurah, office.request(), submit=True)
    own = letters.verify(office.verifier, own.id)
    assert own.drafted_by_actor is False
    assert letters.get(office.lurah, own.id).drafted_by_actor is True
    with pytest.raises(ValidationError, match="drafter_cannot_approve"):
        letters.approve(office.lurah, own.id, PASSWORDS["lurah"])
    assert letters.get(office.lurah, own.id).state == LetterState.DIVERIFIKASI


def test_editing_a_draft_makes_the_editor_a_drafter(office: LetterOffice) -> None:
    letters = office.services.letters
    draft = letters.create(office.desk, office.request())
    letters.update(office.secretary, draft.id, office.request(keperluan="mendaftar sekolah"), draft.rev)
    letters.submit(office.desk, draft.id)
    letters.verify(office.verifier, draft.id)
    with pytest.raises(ValidationError, match="drafter_cannot_approve"):
        letters.approve(office.secretary, draft.id, PASSWORDS["sekel"], Approval("an"))
    assert letters.approve(office.lurah, draft.id, PASSWORDS["lurah"]).state == LetterState.TERBIT


def test_approval_needs_the_password_and_the_permission(office: LetterOffice) -> None:
    letter = office.verified()
    with pytest.raises(AuthError, match="wrong_password"):
        office.services.letters.approve(office.lurah, letter.id, "salah-sandi")
    with pytest.raises(PermissionDenied):
        office.services.letters.approve(office.verifier, letter.id, PASSWORDS["kasi"])
    assert office.services.letters.get(office.lurah, letter.id).state == LetterState.DIVERIFIKASI


def test_delegate_and_acting_signatures(office: LetterOffice) -> None:
    letters = office.services.letters
    delegated = letters.approve(office.secretary, office.verified().id, PASSWORDS["sekel"], Approval("an"))
    assert delegated.signatory == {
        "name": "Yanti Suryani, S.Sos.",
        "nip": "198203152006042004",
        "rank": "",
        "capacity": "an",
        "delegate_title": "Sekretaris Kelurahan",
    }
    acting = letters.approve(office.secretary, office.verified().id, PASSWORDS["sekel"], Approval("plt", rank="Penata"))
    assert acting.signatory["capacity"] == "plt" and acting.signatory["rank"] == "Penata"
    with pytest.raises(ValidationError, match="not_the_lurah"):
        letters.approve(office.secretary, office.verified().id, PASSWORDS["sekel"], Approval("lurah"))


def test_verification_needs_every_requirement_seen(office: LetterOffice) -> None:
    letters = office.services.letters
    request = office.request()
    partial = letters.create(
        office.desk,
        type(request)(request.type_id, request.values, request.resident_id, request.requirements_seen[:1]),
        submit=True,
    )
    with pytest.raises(ValidationError) as caught:
        letters.verify(office.verifier, partial.id)
    assert caught.value.code == "requirements_incomplete"
    assert caught.value.params["missing"] == list(request.requirements_seen[1:])


def test_reject_with_reason_at_any_step_and_revoke_after_issue(office: LetterOffice) -> None:
    letters = office.services.letters
    with pytest.raises(ValidationError, match="reason: required"):
        letters.reject(office.verifier, office.verified().id, " ")
    rejected = letters.reject(office.verifier, office.verified().id, "Pengantar RT tidak asli")
    assert rejected.state == LetterState.DITOLAK and rejected.reason == "Pengantar RT tidak asli"
    with pytest.raises(ValidationError, match="transition_refused"):
        letters.approve(office.lurah, rejected.id, PASSWORDS["lurah"])
    issued = office.issued()
    with pytest.raises(ValidationError, match="transition_refused"):
        letters.reject(office.verifier, issued.id, "terlambat")
    revoked = letters.revoke(office.lurah, issued.id, "Data pemohon keliru", PASSWORDS["lurah"])
    assert revoked.state == LetterState.DICABUT and revoked.number == issued.number
    assert office.services.letters.revoked_keys() == {f"32.73.01.1001:{issued.number}"}


def test_front_desk_may_withdraw_its_own_draft_only(office: LetterOffice) -> None:
    letters = office.services.letters
    mine = letters.create(office.desk, office.request())
    assert letters.reject(office.desk, mine.id, "Pemohon membatalkan").state == LetterState.DITOLAK
    submitted = letters.create(office.desk, office.request(), submit=True)
    with pytest.raises(PermissionDenied):
        letters.reject(office.desk, submitted.id, "Tidak jadi")


def test_numbers_count_per_code_and_year_and_the_pdf_is_archived(office: LetterOffice) -> None:
    numbers = [office.issued("SKD").number, office.issued("SKTM").number, office.issued("SKD").number]
    assert numbers == ["400.12.2.1/001/1001/XI/2026", "400.10.2.2/001/1001/XI/2026", "400.12.2.1/002/1001/XI/2026"]
    letter = office.services.letters.find_number(office.desk, numbers[2])
    assert letter is not None
    archived = office.services.folder.archive / "letters" / "2026"
    [path] = [p for p in archived.iterdir() if letter.id in p.name]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == letter.pdf_sha256


def test_reprint_is_byte_identical_and_a_lost_archive_file_comes_back(office: LetterOffice) -> None:
    letters = office.services.letters
    letter = office.issued()
    first = letters.pdf(office.desk, letter.id)
    assert hashlib.sha256(first).hexdigest() == letter.pdf_sha256
    [path] = list((office.services.folder.archive / "letters" / "2026").iterdir())
    path.unlink()
    assert letters.pdf(office.desk, letter.id) == first
    assert path.read_bytes() == first
    path.write_bytes(first[:-10] + b"tampered!!")
    assert letters.pdf(office.desk, letter.id) == first


def test_shared_scope_and_taken_numbers_become_void(office: LetterOffice) -> None:
    letters, admin = office.services.letters, office.admin
    first = office.issued("SKD")
    assert first.number == "400.12.2.1/001/1001/XI/2026"
    letters.set_numbering(
        admin,
        NumberingSettings("400.12.2.1/{nomor:03}/{kode_kelurahan}/{bulan_romawi}/{tahun}", NumberingScope.SERVICE),
    )
    second = office.issued("SKTM")
    assert second.number == "400.12.2.1/002/1001/XI/2026"
    with office.services.store.read() as s:
        [void] = s.scalars(select(LetterNumberVoid)).all()
    assert (void.scope, void.seq, void.number) == ("layanan", 1, "400.12.2.1/001/1001/XI/2026")
    register = office.services.letter_register.rows(admin, 2026)
    assert [(row.seq, row.state) for row in register if row.scope == "layanan"] == [(1, "Batal"), (2, "Terbit")]
    with office.services.store.write("admin", "test.early_void") as s:
        s.get(LetterNumberVoid, void.id).at = datetime(2026, 11, 26, 23, 30, tzinfo=UTC)  # 06:30 WIB
    [early] = [row for row in office.services.letter_register.rows(admin, 2026) if row.state == "Batal"]
    assert early.issued_on == date(2026, 11, 27)


def test_numbering_settings_refuse_bad_templates(office: LetterOffice) -> None:
    with pytest.raises(ValidationError, match="unknown_token"):
        office.services.letters.set_numbering(office.admin, NumberingSettings("{kode}/{no}/{kode_kelurahan}/{tahun}"))
    with pytest.raises(PermissionDenied):
        office.services.letters.set_numbering(office.desk, NumberingSettings())


def test_every_change_is_audited_and_waits_in_the_outbox(office: LetterOffice) -> None:
    letter = office.issued()
    fill(office.services.store)
    with office.services.store.read() as s:
        audited = set(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "letter")))
        queued = s.scalar(select(func.count()).select_from(OutboxChange).where(OutboxChange.entity == "letter"))
        key_rows = s.scalars(select(AuditEntry.entity).where(AuditEntry.action == "office_key.create")).all()
    assert {"letter.create", "letter.verifikasi", "letter.approve"} <= audited
    assert queued >= 3 and key_rows == ["office_key"]
    payload = read_payload(letter.qr_payload)
    assert payload is not None
    with office.services.store.read() as s:
        entry = s.get(AuditEntry, payload.data.audit_seq)
    assert entry is not None and (entry.entity, entry.entity_id) == ("letter", letter.id)
    assert entry.after is not None and entry.after["number"] == letter.number


def test_scans_are_kept_with_the_request(office: LetterOffice) -> None:
    letters = office.services.letters
    draft = letters.create(office.desk, office.request())
    detail = letters.add_scans(office.desk, draft.id, [NewScan("ktp.png", PNG, "KTP-el")])
    [scan] = detail.scans
    assert (scan.label, scan.name, scan.mime) == ("KTP-el", "ktp.png", "image/png")
    assert letters.scan_bytes(office.desk, scan.sha256) == PNG


def test_register_export_csv_and_xlsx(office: LetterOffice, tmp_path) -> None:
    office.issued()
    revoked = office.issued("SKPH", penghasilan="1500000", sumber_penghasilan="berdagang")
    office.services.letters.revoke(office.lurah, revoked.id, "Salah ketik", PASSWORDS["lurah"])
    register = office.services.letter_register
    assert register.export(office.admin, 2026, tmp_path / "register.csv") == 2
    text = (tmp_path / "register.csv").read_text("utf-8-sig")
    assert "400.12.2.1/001/1001/XI/2026" in text and "Dicabut: Salah ketik" in text
    assert register.export(office.admin, 2026, tmp_path / "register.xlsx") == 2
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "register.xlsx").active
    assert [c.value for c in sheet[1]][:2] == ["No. Urut", "Nomor Surat"]
    with pytest.raises(PermissionDenied):
        register.export(Actor("x", "ro", "Read Only", Role.READ_ONLY), 2026, tmp_path / "r.csv")


def test_a_letter_before_issue_reads_as_a_numberless_draft(office: LetterOffice) -> None:
    letters = office.services.letters
    verified = office.verified(keperluan="melamar pekerjaan di PT Pos Indonesia")
    pages = PdfReader(io.BytesIO(letters.draft_pdf(office.lurah, verified.id))).pages
    text = " ".join(page.extract_text() for page in pages)
    assert "DRAF" in text and "(nomor diberikan saat terbit)" in text
    assert office.resident.name in text and "melamar pekerjaan di PT Pos Indonesia" in text
    assert letters.get(office.lurah, verified.id).number is None  # reading it numbers nothing
    issued = office.issued()
    with pytest.raises(ValidationError):
        letters.draft_pdf(office.lurah, issued.id)  # an issued letter is read as archived

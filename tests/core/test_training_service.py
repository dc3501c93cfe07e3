"""Training on a real store: eligibility, a quota with its waiting list moving up, attendance,
certificates numbered from the letter counters and QR-signed, outcomes."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select

from kelurahan_desk.composition import Services
from kelurahan_desk.core.documents.qr_payload import holder_matches, read_payload, verify_payload
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.issued_documents import programme_document_payload
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.services.training_views import ProgrammeInput, SessionInput
from kelurahan_desk.core.store.models import LetterNumberVoid
from tests.core.programme_helpers import office_public_keys, resident

NIKS = [f"32730112039{n}000{n}" for n in range(1, 7)]


def programme(services: Services, admin: Actor, quota: int = 2, **changes: object) -> str:
    value = ProgrammeInput(
        title="Pelatihan Menjahit untuk UMKM",
        organiser="Dinas Koperasi dan UKM Kota Bandung",
        starts_on=date(2026, 11, 2),
        ends_on=date(2026, 11, 20),
        quota=quota,
        place="Aula Kelurahan Sukarasa",
        **changes,  # type: ignore[arg-type]
    )
    return services.programmes.training.create_programme(admin, value).id


def test_registration_beyond_the_quota_waits_and_moves_up_when_a_seat_frees(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    training = services.programmes.training
    people = [resident(services, admin, nik, f"Warga {n}") for n, nik in enumerate(NIKS[:4], start=1)]
    pid = programme(services, admin, quota=2)
    made = [training.register(admin, pid, person) for person in people]
    assert [(r.status, r.waiting_position) for r in made] == [
        ("peserta", None),
        ("peserta", None),
        ("cadangan", 1),
        ("cadangan", 2),
    ]
    with pytest.raises(ValidationError, match="already_registered"):
        training.register(admin, pid, people[0])
    result = training.cancel(admin, made[0].id, "Berhalangan, bekerja di luar kota")
    assert result.registration.status == "batal"
    assert result.promoted is not None and result.promoted.name == "Warga 3"
    listed = training.registrations(admin, pid)
    assert [(r.name, r.status, r.waiting_position) for r in listed] == [
        ("Warga 2", "peserta", None),
        ("Warga 3", "peserta", None),
        ("Warga 4", "cadangan", 1),
        ("Warga 1", "batal", None),
    ]
    listed_pdf = pypdf.PdfReader(io.BytesIO(training.participant_list_pdf(admin, pid)))
    text = " ".join(listed_pdf.pages[0].extract_text().split())
    assert "DAFTAR PESERTA PELATIHAN" in text and "Daftar tunggu 1" in text and "Warga 1" not in text
    assert training.export_participants(admin, pid, tmp_path / "peserta.xlsx") == 4
    view = training.programme(admin, pid)
    raised = training.update_programme(
        admin, pid, view.value.__class__(**{**view.value.__dict__, "quota": 3}), view.rev
    )
    assert (raised.participants, raised.waiting) == (3, 0)
    with pytest.raises(ValidationError, match="quota_below_participants"):
        training.update_programme(admin, pid, view.value.__class__(**{**view.value.__dict__, "quota": 1}), raised.rev)


def test_eligibility_by_age_and_area(services: Services, admin: Actor) -> None:
    training = services.programmes.training
    young = resident(services, admin, "3273011203100001", "Anak Muda")  # born 2010
    elsewhere = resident(services, admin, "3273011203900002", "Warga RW 9", rw=9)
    pid = programme(services, admin, min_age=17, max_age=55, allowed_rws=(5,))
    with pytest.raises(ValidationError, match="not_eligible_age"):
        training.register(admin, pid, young)
    with pytest.raises(ValidationError, match="not_eligible_area"):
        training.register(admin, pid, elsewhere)


def test_attendance_earns_a_certificate_that_verifies(services: Services, admin: Actor) -> None:
    training = services.programmes.training
    people = [resident(services, admin, nik, f"Warga {n}") for n, nik in enumerate(NIKS[:3], start=1)]
    pid = programme(services, admin, quota=3)
    regs = [training.register(admin, pid, person) for person in people]
    sessions = [training.add_session(admin, pid, SessionInput(date(2026, 11, d), "09.00", "12.00", f"Materi {d}"))
                for d in (3, 10, 17, 20)]  # fmt: skip
    with pytest.raises(ValidationError, match="session_outside_programme"):
        training.add_session(admin, pid, SessionInput(date(2026, 12, 1)))
    for n, session in enumerate(sessions):
        present = [regs[0].id, regs[1].id] if n < 3 else [regs[0].id]  # the third never came
        training.record_attendance(admin, session.id, present)
    eligible = training.eligible_for_certificate(admin, pid)
    assert [r.name for r in eligible] == ["Warga 1", "Warga 2"]  # 75 % of 4 sessions = 3
    seen: list[tuple[int, int]] = []
    numbers = training.issue_certificates(admin, pid, progress=lambda d, t: seen.append((d, t)))
    assert numbers == ["500.3/001/1001/XI/2026", "500.3/002/1001/XI/2026"]
    assert seen == [(1, 2), (2, 2)]
    with pytest.raises(ValidationError, match="certificate_not_earned"):
        training.issue_certificate(admin, regs[2].id)
    assert training.eligible_for_certificate(admin, pid) == []
    [doc, _] = training.certificates(admin, pid)
    result = verify_payload(doc.qr_text, office_public_keys(services))
    assert result.ok and result.data is not None
    assert result.data.letter_number == numbers[0]
    assert holder_matches(result.data, NIKS[0], numbers[0])
    assert NIKS[0] not in doc.qr_text
    assert read_payload(doc.qr_text) is not None
    with services.store.read() as s:
        register = s.scalars(select(LetterNumberVoid.reason).where(LetterNumberVoid.number.in_(numbers))).all()
        assert register == ["dokumen:SRT", "dokumen:SRT"]
    with pytest.raises(ValidationError, match="certificate_issued"):
        training.cancel(admin, regs[0].id, "salah")
    outcome = training.record_outcome(admin, regs[0].id, "nib", date(2026, 11, 25), "NIB 1234567890123")
    assert [o.kind for o in training.outcomes(admin, pid)] == [outcome.kind]


def test_issued_documents_are_found_by_their_number(services: Services, admin: Actor) -> None:
    training = services.programmes.training
    person = resident(services, admin, NIKS[0], "Warga 1")
    pid = programme(services, admin, quota=1)
    reg = training.register(admin, pid, person)
    session = training.add_session(admin, pid, SessionInput(date(2026, 11, 3)))
    training.record_attendance(admin, session.id, [reg.id])
    number = training.issue_certificate(admin, reg.id)
    with services.store.read() as s:
        assert programme_document_payload(s, number) == training.certificates(admin, pid)[0].qr_text
        assert programme_document_payload(s, "tidak/ada") is None


def test_registration_follows_the_programme_status(services: Services, admin: Actor) -> None:
    training = services.programmes.training
    pid = programme(services, admin, quota=1)
    first = resident(services, admin, NIKS[0], "Warga 1")
    training.set_status(admin, pid, "ditutup")
    with pytest.raises(ValidationError, match="registration_closed"):
        training.register(admin, pid, first)
    training.set_status(admin, pid, "dibuka")
    seat = training.register(admin, pid, first)
    training.cancel(admin, seat.id, "pindah domisili")
    again = training.register(admin, pid, first)
    assert (again.id, again.status) == (seat.id, "peserta")
    assert training.set_status(admin, pid, "selesai").status == "selesai"
    with pytest.raises(ValidationError, match="programme_status_refused"):
        training.set_status(admin, pid, "dibuka")


def test_a_larger_quota_seats_the_waiting_list_in_its_order(services: Services, admin: Actor) -> None:
    training = services.programmes.training
    pid = programme(services, admin, quota=2)
    people = [resident(services, admin, nik, f"Warga {n}") for n, nik in enumerate(NIKS, start=1)]
    made = {r.name: r for r in (training.register(admin, pid, person) for person in people)}
    training.cancel(admin, made["Warga 4"].id, "Sakit")
    assert training.register(admin, pid, people[3]).waiting_position == 4  # back of the queue

    def waiting() -> list[tuple[str, int | None]]:
        return [(r.name, r.waiting_position) for r in training.registrations(admin, pid) if r.status == "cadangan"]

    assert waiting() == [("Warga 3", 1), ("Warga 5", 2), ("Warga 6", 3), ("Warga 4", 4)]
    view = training.programme(admin, pid)
    raised = training.update_programme(admin, pid, replace(view.value, quota=4, place="Aula RW 05"), view.rev)
    assert (raised.participants, raised.waiting, raised.value.place) == (4, 2, "Aula RW 05")
    seated = [r.name for r in training.registrations(admin, pid) if r.status == "peserta"]
    assert seated == ["Warga 1", "Warga 2", "Warga 3", "Warga 5"]
    assert waiting() == [("Warga 6", 1), ("Warga 4", 2)]
    with pytest.raises(ValidationError) as refused:
        training.update_programme(admin, pid, replace(raised.value, quota=3), raised.rev)
    assert (refused.value.field, refused.value.code, refused.value.params) == (
        "quota", "quota_below_participants", {"participants": 4}
    )  # fmt: skip
    same = training.update_programme(admin, pid, replace(raised.value, title="Menjahit Busana"), raised.rev)
    assert (same.participants, same.waiting, same.value.title) == (4, 2, "Menjahit Busana")
    everyone = training.update_programme(admin, pid, replace(same.value, quota=10), same.rev)
    assert (everyone.participants, everyone.waiting) == (6, 0)


def test_new_dates_may_not_leave_a_session_outside_the_programme(services: Services, admin: Actor) -> None:
    training = services.programmes.training
    pid = programme(services, admin)
    training.add_session(admin, pid, SessionInput(date(2026, 11, 10), "09.00", "12.00", "Pola"))
    view = training.programme(admin, pid)
    for changes, field in (
        ({"starts_on": date(2026, 11, 12)}, "starts_on"),
        ({"ends_on": date(2026, 11, 5)}, "ends_on"),
    ):
        with pytest.raises(ValidationError) as refused:
            training.update_programme(admin, pid, replace(view.value, **changes), view.rev)  # type: ignore[arg-type]
        assert (refused.value.field, refused.value.code) == (field, "sessions_outside_dates")
        assert refused.value.params == {"number": 1, "date": "2026-11-10"}
    moved = training.update_programme(admin, pid, replace(view.value, ends_on=date(2026, 11, 10)), view.rev)
    assert moved.value.ends_on == date(2026, 11, 10)

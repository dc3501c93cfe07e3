"""The case service on a real store: intake, the life of a case, audit and outbox, permissions."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from kelurahan_desk.composition import Services
from kelurahan_desk.core.clock import FixedClock
from kelurahan_desk.core.domain.case_lifecycle import ActionInput
from kelurahan_desk.core.domain.case_states import CaseAction, CaseKind, CaseState
from kelurahan_desk.core.errors import PermissionDenied, ValidationError
from kelurahan_desk.core.services.permissions import Actor, Role
from kelurahan_desk.core.store.audit_chain import verify_chain
from kelurahan_desk.core.store.models import AuditEntry, Case, CaseAttachment, CaseEvent, OutboxChange
from tests.core.case_helpers import new_case, photo, staff
from tests.core.outbox_helpers import fill


def test_intake_numbers_the_case_and_leaves_a_trace(services: Services, admin: Actor) -> None:
    first = services.cases.intake(admin, new_case(attachments=(photo(),)))
    second = services.cases.intake(admin, new_case())
    assert (first.number, second.number) == ("011001-2611-0001", "011001-2611-0002")
    assert first.received_on == date(2026, 11, 27)
    assert (first.due_on, first.promised_on) == (date(2026, 12, 2), date(2026, 12, 9))
    fill(services.store)
    with services.store.read() as s:
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "case.intake")).all()
        assert {a.entity for a in audit} == {"case", "case_event", "case_attachment"}
        outbox = s.scalars(select(OutboxChange).where(OutboxChange.entity_id == first.id)).all()
        assert [o.op for o in outbox] == ["insert"]
        assert outbox[0].fields["number"] == [None, "011001-2611-0001"]
        assert outbox[0].fields["state"] == [None, "baru"]
        assert verify_chain(s).ok


def test_the_counter_starts_again_each_month(services: Services, admin: Actor, clock: FixedClock) -> None:
    services.cases.intake(admin, new_case())
    clock.set(datetime(2026, 12, 1, 2, 0, tzinfo=UTC))
    assert services.cases.intake(admin, new_case()).number == "011001-2612-0001"


def test_a_refused_intake_changes_nothing(services: Services, admin: Actor) -> None:
    with pytest.raises(ValidationError, match="category_unknown"):
        services.cases.intake(admin, new_case(category_id="kat-tidak-ada"))
    with pytest.raises(ValidationError, match="citizen_name: required"):
        services.cases.intake(admin, new_case(citizen_name=" "))
    with pytest.raises(ValidationError, match="info_requested: required"):
        services.cases.intake(admin, new_case(kind=CaseKind.PERMINTAAN_INFORMASI, info_delivery="melihat"))
    with services.store.read() as s:
        assert s.scalars(select(Case)).all() == []


def test_anonymous_cases_carry_no_identity(services: Services, admin: Actor) -> None:
    made = services.cases.intake(admin, new_case(anonymous=True, citizen_nik="3273015507900001"))
    detail = services.cases.get(admin, made.id)
    assert (detail.citizen_name, detail.citizen_nik, detail.citizen_phone) == ("", "", "")
    assert services.cases.receipt(admin, made.id).citizen_name is None


def test_a_resident_is_copied_onto_the_case(services: Services, admin: Actor) -> None:
    from kelurahan_desk.core.services.residents import ResidentInput

    resident, _ = services.residents.create(
        admin,
        ResidentInput(nik="3273015507900001", name="Siti Aminah", sex="P", birth_date=date(1990, 7, 15), rt=3, rw=5),
    )
    made = services.cases.intake(admin, new_case(resident_id=resident.id, citizen_name=""))
    detail = services.cases.get(admin, made.id)
    assert (detail.resident_id, detail.citizen_name, detail.citizen_nik) == (
        resident.id,
        "Siti Aminah",
        "3273015507900001",
    )


def test_who_reported_a_confidential_case_is_known_to_its_taker_and_the_verifiers(
    services: Services, admin: Actor
) -> None:
    desk = staff(services, admin, "loket", Role.FRONT_DESK)
    officer = staff(services, admin, "petugas2", Role.FRONT_DESK)
    kasi = staff(services, admin, "kasi", Role.VERIFIER)
    lurah = staff(services, admin, "lurah", Role.LURAH)
    reader = staff(services, admin, "camat", Role.READ_ONLY)
    made = services.cases.intake(desk, new_case(confidential=True))
    services.cases.act(kasi, made.id, CaseAction.VERIFIKASI)
    services.cases.act(kasi, made.id, CaseAction.DISPOSISI, ActionInput(assignee_id=officer.account_id))
    for knows in (desk, kasi, lurah, admin):
        seen = services.cases.get(knows, made.id)
        assert not seen.identity_hidden and seen.citizen_name == "Budi Santoso", knows.username
        assert services.cases.receipt(knows, made.id).citizen_name == "Budi Santoso"
    for kept_out in (officer, reader):
        hidden = services.cases.get(kept_out, made.id)
        assert hidden.identity_hidden and hidden.confidential, kept_out.username
        assert (hidden.citizen_name, hidden.citizen_phone, hidden.citizen_address, hidden.resident_id) == (
            "", "", "", None
        )
        assert hidden.description == new_case().description  # what it is about stays readable
    assert services.cases.receipt(officer, made.id).citizen_name == "Dirahasiakan"
    assert "Budi" not in pdf_text(services.cases.receipt_pdf(officer, made.id))
    services.cases.act(officer, made.id, CaseAction.PROSES)  # the assigned officer still works on it
    open_case = services.cases.intake(desk, new_case())
    assert not services.cases.get(reader, open_case.id).identity_hidden
    with pytest.raises(PermissionDenied):
        services.cases.intake(reader, new_case())


def pdf_text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_a_case_through_its_whole_life(services: Services, admin: Actor, clock: FixedClock) -> None:
    desk = staff(services, admin, "petugas", Role.FRONT_DESK, "Rina Marlina")
    kasi = staff(services, admin, "kasi", Role.VERIFIER, "Dedi Kurniawan")
    made = services.cases.intake(desk, new_case(attachments=(photo(),)))
    with pytest.raises(PermissionDenied):
        services.cases.act(desk, made.id, CaseAction.VERIFIKASI)
    detail = services.cases.act(kasi, made.id, CaseAction.VERIFIKASI, ActionInput(note="Lokasi dicek"))
    assert detail.state == CaseState.DIVERIFIKASI
    detail = services.cases.act(
        kasi, made.id, CaseAction.DISPOSISI, ActionInput(assignee_id=desk.account_id), expected_rev=detail.rev
    )
    assert detail.assignee_name == "Rina Marlina"
    detail = services.cases.act(desk, made.id, CaseAction.PROSES)
    before, after = photo("sebelum.png", (90, 90, 90)), photo("sesudah.png", (20, 160, 20))
    detail = services.cases.act(
        desk,
        made.id,
        CaseAction.TINDAK_LANJUT,
        ActionInput(note="Ditambal oleh warga dan RW"),
        photos=[(before, "sebelum"), (after, "sesudah")],
    )
    clock.advance(timedelta(days=1))
    detail = services.cases.act(desk, made.id, CaseAction.SELESAIKAN, ActionInput(note="Jalan sudah ditambal"))
    assert detail.state == CaseState.SELESAI and detail.lifecycle.sla_met is True
    assert CaseAction.BUKA_KEMBALI in detail.allowed_actions and not detail.closed_for_good
    follow_up = next(e for e in detail.events if e.action == "tindak_lanjut")
    assert [a.role for a in follow_up.attachments] == ["sebelum", "sesudah"]
    assert [e.action for e in detail.events] == [
        "terima",
        "verifikasi",
        "disposisi",
        "proses",
        "tindak_lanjut",
        "selesaikan",
    ]
    assert detail.events[1].actor == "kasi" and detail.events[1].note == "Lokasi dicek"
    assert services.cases.attachment_bytes(admin, follow_up.attachments[1].sha256) == after.data
    clock.advance(timedelta(days=30))
    assert services.cases.get(desk, made.id).closed_for_good
    with services.store.read() as s:
        actions = [a.action for a in s.scalars(select(AuditEntry).where(AuditEntry.entity == "case"))]
        assert actions[0] == "case.intake" and "case.selesaikan" in actions
        assert len(s.scalars(select(CaseEvent).where(CaseEvent.case_id == made.id)).all()) == 6
        assert len(s.scalars(select(CaseAttachment).where(CaseAttachment.case_id == made.id)).all()) == 3


def test_stale_and_impossible_steps_are_refused(services: Services, admin: Actor) -> None:
    made = services.cases.intake(admin, new_case())
    detail = services.cases.act(admin, made.id, CaseAction.VERIFIKASI)
    with pytest.raises(ValidationError, match="stale"):
        services.cases.act(admin, made.id, CaseAction.TOLAK, ActionInput(reason="x"), expected_rev=detail.rev - 1)
    with pytest.raises(ValidationError, match="transition_refused"):
        services.cases.act(admin, made.id, CaseAction.SELESAIKAN, ActionInput(note="selesai"))
    with pytest.raises(ValidationError, match="assignee_unknown"):
        services.cases.act(admin, made.id, CaseAction.DISPOSISI, ActionInput(assignee_id="tidak-ada"))
    assert services.cases.get(admin, made.id).rev == detail.rev


def test_duplicates_link_to_a_real_original(services: Services, admin: Actor) -> None:
    original = services.cases.intake(admin, new_case())
    linked = services.cases.intake(admin, new_case(duplicate_of_id=original.id))
    with pytest.raises(ValidationError, match="duplicate_of_invalid"):
        services.cases.act(admin, original.id, CaseAction.TANDAI_DUPLIKAT, ActionInput(duplicate_of_id=original.id))
    detail = services.cases.act(admin, linked.id, CaseAction.TANDAI_DUPLIKAT)  # the link made at intake
    assert detail.state == CaseState.DUPLIKAT and detail.duplicate_of_number == original.number
    third = services.cases.intake(admin, new_case())
    with pytest.raises(ValidationError, match="duplicate_of_invalid"):
        services.cases.act(admin, third.id, CaseAction.TANDAI_DUPLIKAT, ActionInput(duplicate_of_id=linked.id))


def test_information_request_with_extension_and_objection(services: Services, admin: Actor, clock: FixedClock) -> None:
    made = services.cases.intake(
        admin,
        new_case(
            kind=CaseKind.PERMINTAAN_INFORMASI,
            category_id="kat-informasi",
            info_requested="Salinan APBDes 2026",
            info_purpose="Penelitian",
            info_delivery="salinan_elektronik",
        ),
    )
    assert made.due_on == date(2026, 12, 11)
    detail = services.cases.act(admin, made.id, CaseAction.PERPANJANG, ActionInput(notice="Surat No. 045/12"))
    assert detail.lifecycle.due_on == detail.lifecycle.promised_on == date(2026, 12, 22)
    assert detail.events[-1].details == {"notice": "Surat No. 045/12"}
    services.cases.act(admin, made.id, CaseAction.VERIFIKASI)
    services.cases.act(admin, made.id, CaseAction.DISPOSISI, ActionInput(assigned_unit="PPID Pembantu"))
    services.cases.act(admin, made.id, CaseAction.PROSES)
    detail = services.cases.act(admin, made.id, CaseAction.SELESAIKAN, ActionInput(note="Dikirim lewat email"))
    assert CaseAction.BUKA_KEMBALI not in detail.allowed_actions and CaseAction.KEBERATAN in detail.allowed_actions
    detail = services.cases.act(admin, made.id, CaseAction.KEBERATAN, ActionInput(reason="Data tidak lengkap"))
    assert detail.lifecycle.objection_open and detail.due.due_on == detail.lifecycle.objection_due_on


def test_escalation_is_for_the_lurah(services: Services, admin: Actor) -> None:
    lurah = staff(services, admin, "lurah", Role.LURAH)
    kasi = staff(services, admin, "kasi", Role.VERIFIER)
    made = services.cases.intake(admin, new_case())
    with pytest.raises(PermissionDenied):
        services.cases.act(kasi, made.id, CaseAction.ESKALASI, ActionInput(note="Segera"))
    detail = services.cases.act(lurah, made.id, CaseAction.ESKALASI, ActionInput(note="Segera tangani"))
    assert detail.lifecycle.escalated_on == date(2026, 11, 27)


def test_receipt_carries_number_promise_and_office(services: Services, admin: Actor) -> None:
    made = services.cases.intake(admin, new_case())
    receipt = services.cases.receipt(admin, made.id)
    assert receipt.case_number == made.number and receipt.promised_on == date(2026, 12, 9)
    assert receipt.header.village == "Sukarasa" and receipt.zone_label == "WIB"
    assert receipt.received_at.hour == 9 and receipt.officer_name == "Administrator Kantor"


def test_finding_a_case_by_number(services: Services, admin: Actor) -> None:
    made = services.cases.intake(admin, new_case())
    found = services.cases.find_number(admin, f" {made.number} ")
    assert found is not None and found.id == made.id
    assert services.cases.find_number(admin, "011001-2611-0099") is None
    with pytest.raises(ValidationError, match="case_number_format"):
        services.cases.find_number(admin, "nomor 42")

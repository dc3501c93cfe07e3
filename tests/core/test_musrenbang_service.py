"""The musrenbang on a real store: phases deciding what may change, proposals typed in, merges that keep
every proposer, carry-over from last year, scores and ranks with recorded overrides, the forum, and the
fate of each proposal after it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from kelurahan_desk.composition import Services
from kelurahan_desk.core.domain.musrenbang_phases import Phase, default_phase_dates
from kelurahan_desk.core.errors import PermissionDenied, ValidationError
from kelurahan_desk.core.services.musrenbang_views import AttendeeInput, ForumDetails
from kelurahan_desk.core.services.permissions import Actor, Role
from kelurahan_desk.core.store.audit_chain import verify_chain
from kelurahan_desk.core.store.models import AuditEntry, OutboxChange
from tests.core.case_helpers import photo, staff
from tests.core.outbox_helpers import fill
from tests.core.programme_helpers import proposal, resident


def to_forum(services: Services, admin: Actor, cycle_id: str) -> None:
    mus = services.programmes.musrenbang
    mus.advance_phase(admin, cycle_id, Phase.PRA_MUSRENBANG)
    mus.advance_phase(admin, cycle_id, Phase.FORUM)


def test_a_cycle_starts_collecting_and_moves_one_phase_at_a_time(services: Services, admin: Actor) -> None:
    mus = services.programmes.musrenbang
    cycle = mus.open_cycle(admin, 2026)
    assert cycle.phase == Phase.USULAN_RW
    assert [p.phase for p in cycle.phases] == list(Phase)
    assert cycle.phases[0].entered_on == date(2026, 11, 27)
    assert [c.weight for c in cycle.criteria] == [25, 20, 20, 15, 10, 10]
    with pytest.raises(ValidationError, match="cycle_exists"):
        mus.open_cycle(admin, 2026)
    with pytest.raises(ValidationError, match="phase_order"):
        mus.advance_phase(admin, cycle.id, Phase.FORUM)
    to_forum(services, admin, cycle.id)
    with pytest.raises(ValidationError, match="berita_acara_missing"):
        mus.advance_phase(admin, cycle.id, Phase.DIKIRIM)
    dates = default_phase_dates(2026)
    dates[1] = replace(dates[1], starts_on=date(2025, 6, 1))
    with pytest.raises(ValidationError, match="phase_dates_order"):
        mus.set_phase_dates(admin, cycle.id, dates)


def test_proposals_are_numbered_and_the_phase_decides_what_can_change(services: Services, admin: Actor) -> None:
    mus = services.programmes.musrenbang
    cycle = mus.open_cycle(admin, 2026)
    first = mus.add_proposal(admin, cycle.id, proposal(), [photo()])
    second = mus.add_proposal(admin, cycle.id, proposal(activity="Pelatihan menjahit", field="ekonomi"))
    assert (first.number, second.number, first.photo_count) == (1, 2, 1)
    assert (first.estimated_cost, first.swadaya, first.status) == (75_000_000, 5_000_000, "usulan")
    with pytest.raises(ValidationError, match="activity: required"):
        mus.add_proposal(admin, cycle.id, proposal(activity="  "))
    with pytest.raises(ValidationError, match="proposer_resident_id: required"):
        mus.add_proposal(admin, cycle.id, proposal(proposer_kind="penduduk"))
    with pytest.raises(ValidationError, match="not_in_phase"):
        services.programmes.forum.set_scores(admin, first.id, {"urgensi": 5})
    updated = mus.update_proposal(admin, first.id, proposal(estimated_cost=80_000_000), first.rev)
    assert updated.estimated_cost == 80_000_000
    with pytest.raises(ValidationError, match="stale"):
        mus.update_proposal(admin, first.id, proposal(), first.rev)
    reader = staff(services, admin, "camat", Role.READ_ONLY)
    with pytest.raises(PermissionDenied):
        mus.add_proposal(reader, cycle.id, proposal())
    fill(services.store)
    with services.store.read() as s:
        audit = s.scalars(select(AuditEntry.entity).where(AuditEntry.action == "musrenbang.add_proposal")).all()
        assert set(audit) == {"musrenbang_proposal", "proposal_photo"}
        assert s.scalar(select(OutboxChange.change_id).where(OutboxChange.entity_id == first.id)) is not None
        assert verify_chain(s).ok


def test_a_resident_proposer_is_named_from_the_register(services: Services, admin: Actor) -> None:
    siti = resident(services, admin, "3273014101900001", "Siti Aminah")
    cycle = services.programmes.musrenbang.open_cycle(admin, 2026)
    made = services.programmes.musrenbang.add_proposal(
        admin, cycle.id, proposal(proposer_kind="penduduk", proposer_resident_id=siti, proposer_name="x")
    )
    assert (made.proposer_name, made.proposer_resident_id) == ("Siti Aminah", siti)


def test_merging_keeps_who_proposed_each(services: Services, admin: Actor) -> None:
    mus = services.programmes.musrenbang
    cycle = mus.open_cycle(admin, 2026)
    a = mus.add_proposal(admin, cycle.id, proposal(proposer_name="RW 05"))
    b = mus.add_proposal(admin, cycle.id, proposal(proposer_name="RW 06"))
    c = mus.add_proposal(admin, cycle.id, proposal(proposer_name="PKK RW 07"))
    mus.merge(admin, b.id, [c.id])
    kept = mus.merge(admin, a.id, [b.id])
    assert kept.merged_proposers == ("RW 06 (usulan 2)", "PKK RW 07 (usulan 3)")
    merged = {p.number: p for p in mus.proposals(admin, cycle.id)}
    assert (merged[2].status, merged[2].merged_into_id) == ("digabung", a.id)
    assert (merged[3].status, merged[3].merged_into_id) == ("digabung", a.id)
    assert merged[3].proposer_name == "PKK RW 07"
    with pytest.raises(ValidationError, match="proposal_closed"):
        mus.merge(admin, a.id, [b.id])
    assert [r.proposal.number for r in services.programmes.forum.ranking(admin, cycle.id)["infrastruktur"]] == [1]


def test_unfunded_proposals_carry_over_once_linked_to_last_year(services: Services, admin: Actor) -> None:
    mus = services.programmes.musrenbang
    old = mus.open_cycle(admin, 2025)
    rejected = mus.add_proposal(admin, old.id, proposal(activity="Lampu jalan Gg. Mawar"), [photo()])
    funded = mus.add_proposal(admin, old.id, proposal(activity="Paving Gg. Kenanga"))
    for phase in (Phase.PRA_MUSRENBANG, Phase.FORUM):
        mus.advance_phase(admin, old.id, phase)
    services.programmes.forum.set_forum_details(
        admin, old.id, ForumDetails(date(2025, 1, 29), "09.00", "Aula", "Ketua LPM")
    )
    services.programmes.forum.add_attendee(admin, old.id, AttendeeInput("Ketua RW 05", "rt_rw"))
    services.programmes.forum.issue_berita_acara(admin, old.id)
    mus.advance_phase(admin, old.id, Phase.DIKIRIM)
    mus.decide(admin, rejected.id, "ditolak", "Bukan kewenangan kota")
    mus.decide(admin, funded.id, "didanai", budget_amount=70_000_000)

    new = mus.open_cycle(admin, 2026)
    assert [p.activity for p in mus.carryable(admin, new.id)] == ["Lampu jalan Gg. Mawar"]
    with pytest.raises(ValidationError, match="carry_not_allowed"):
        mus.carry_over(admin, new.id, [funded.id])
    [carried] = mus.carry_over(admin, new.id, [rejected.id])
    assert (carried.number, carried.carried_from_id, carried.status, carried.photo_count) == (
        1,
        rejected.id,
        "usulan",
        1,
    )
    source = mus.proposal(admin, rejected.id)
    assert (source.status, source.status_note) == ("dibawa", "Dibawa ke musrenbang tahun 2026 (usulan nomor 1)")
    assert mus.carryable(admin, new.id) == []
    with pytest.raises(ValidationError, match="carry_not_allowed"):
        mus.carry_over(admin, new.id, [rejected.id])
    with pytest.raises(ValidationError, match="carry_not_earlier"):
        mus.carry_over(admin, new.id, [carried.id])


def test_scores_rank_per_field_and_overrides_keep_their_reason(services: Services, admin: Actor) -> None:
    mus, forum = services.programmes.musrenbang, services.programmes.forum
    cycle = mus.open_cycle(admin, 2026)
    made = [mus.add_proposal(admin, cycle.id, proposal(activity=f"Kegiatan {n}")) for n in range(1, 5)]
    mus.advance_phase(admin, cycle.id, Phase.PRA_MUSRENBANG)
    forum.set_scores(admin, made[0].id, {"urgensi": 3, "penerima_manfaat": 3})
    forum.set_scores(admin, made[1].id, {"urgensi": 5, "penerima_manfaat": 5})
    forum.set_scores(admin, made[2].id, {"urgensi": 3, "penerima_manfaat": 3})  # tie with the first
    scored = forum.set_scores(admin, made[3].id, {c.key: 5 for c in cycle.criteria}, source="forum")
    assert (scored.points, str(scored.percent), scored.scored_fully, scored.score_source) == (
        500,
        "100.00",
        True,
        "forum",
    )
    with pytest.raises(ValidationError, match="criterion_unknown"):
        forum.set_scores(admin, made[0].id, {"harga": 3})
    ranked = forum.ranking(admin, cycle.id)
    assert list(ranked) == ["infrastruktur", "ekonomi", "sosial_budaya"]
    assert [r.proposal.number for r in ranked["infrastruktur"]] == [4, 2, 1, 3]
    with pytest.raises(ValidationError, match="override_reason_required"):
        forum.override_rank(admin, made[2].id, 1, " ")
    forum.override_rank(admin, made[2].id, 1, "Lokasi rawan banjir setiap musim hujan")
    ranked = forum.ranking(admin, cycle.id)["infrastruktur"]
    assert [(r.proposal.number, r.rank, r.computed_rank, r.overridden) for r in ranked] == [
        (3, 1, 4, True), (4, 2, 1, False), (2, 3, 2, False), (1, 4, 3, False)
    ]  # fmt: skip
    assert ranked[0].proposal.override_reason == "Lokasi rawan banjir setiap musim hujan"
    with services.store.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "musrenbang.override_rank")).one()
        assert entry.after["override_reason"] == "Lokasi rawan banjir setiap musim hujan"
        assert entry.after["override_rank"] == 1
    forum.clear_override(admin, made[2].id, "Disepakati kembali ke urutan nilai")
    assert [r.proposal.number for r in forum.ranking(admin, cycle.id)["infrastruktur"]] == [4, 2, 1, 3]


def test_the_forum_records_attendance_votes_and_delegates_then_the_berita_acara_fixes_them(
    services: Services, admin: Actor
) -> None:
    mus, forum = services.programmes.musrenbang, services.programmes.forum
    siti = resident(services, admin, "3273014101900001", "Siti Aminah")
    cycle = mus.open_cycle(admin, 2026)
    first = mus.add_proposal(admin, cycle.id, proposal())
    second = mus.add_proposal(admin, cycle.id, proposal(activity="Sumur resapan"))
    with pytest.raises(ValidationError, match="not_in_phase"):
        forum.add_attendee(admin, cycle.id, AttendeeInput("Ketua RW 05", "rt_rw"))
    to_forum(services, admin, cycle.id)
    forum.set_votes(admin, second.id, 12)
    assert [r.proposal.number for r in forum.ranking(admin, cycle.id)["infrastruktur"]] == [2, 1]  # votes break a tie
    resident_seat = forum.add_attendee(admin, cycle.id, AttendeeInput(role="pkk", origin="PKK RW 05", resident_id=siti))
    assert (resident_seat.name, resident_seat.sex) == ("Siti Aminah", "P")
    with pytest.raises(ValidationError, match="attendee_duplicate"):
        forum.add_attendee(admin, cycle.id, AttendeeInput(role="warga", resident_id=siti))
    guest = forum.add_attendee(admin, cycle.id, AttendeeInput("H. Ujang", "lpm", "Ketua LPM", "L"))
    gone = forum.add_attendee(admin, cycle.id, AttendeeInput("Salah ketik", "warga"))
    forum.remove_attendee(admin, gone.id)
    forum.set_delegate(admin, guest.id, True)
    forum.set_delegate(admin, resident_seat.id, True)
    assert [(a.name, a.delegate_order) for a in forum.attendees(admin, cycle.id)] == [
        ("Siti Aminah", 2),
        ("H. Ujang", 1),
    ]
    with pytest.raises(ValidationError, match="forum_on: required"):
        forum.issue_berita_acara(admin, cycle.id)
    forum.set_forum_details(
        admin, cycle.id, ForumDetails(date(2026, 1, 28), "09.00", "Aula Kelurahan", "H. Ujang", "Rina")
    )
    issued = forum.issue_berita_acara(admin, cycle.id)
    assert issued.berita_acara_number == "000.7.1/001/1001/I/2026"
    assert forum.issue_berita_acara(admin, cycle.id).berita_acara_number == issued.berita_acara_number
    with pytest.raises(ValidationError, match="berita_acara_issued"):
        forum.set_votes(admin, first.id, 3)
    with pytest.raises(ValidationError, match="berita_acara_issued"):
        mus.add_proposal(admin, cycle.id, proposal())
    mus.advance_phase(admin, cycle.id, Phase.DIKIRIM)


def test_after_the_forum_funded_work_is_followed_until_done(services: Services, admin: Actor) -> None:
    mus, forum = services.programmes.musrenbang, services.programmes.forum
    cycle = mus.open_cycle(admin, 2026)
    made = mus.add_proposal(admin, cycle.id, proposal())
    to_forum(services, admin, cycle.id)
    forum.set_forum_details(admin, cycle.id, ForumDetails(date(2026, 1, 28), "09.00", "Aula", "H. Ujang"))
    forum.add_attendee(admin, cycle.id, AttendeeInput("H. Ujang", "lpm"))
    forum.issue_berita_acara(admin, cycle.id)
    mus.advance_phase(admin, cycle.id, Phase.DIKIRIM)
    mus.decide(admin, made.id, "diterima_kecamatan")
    funded = mus.decide(admin, made.id, "didanai")
    assert funded.budget_amount == 75_000_000
    with pytest.raises(ValidationError, match="not_in_phase"):
        mus.record_progress(admin, made.id, 40, date(2026, 9, 1))
    mus.advance_phase(admin, cycle.id, Phase.HASIL)
    with pytest.raises(ValidationError, match="in_future"):
        mus.record_progress(admin, made.id, 40, date(2026, 12, 1))
    mus.record_progress(admin, made.id, 40, date(2026, 9, 1), "Galian selesai", [photo("galian.png")])
    done = mus.record_progress(admin, made.id, 100, date(2026, 11, 20), "Selesai")
    assert (done.status, done.progress_percent, done.work_started_on, done.work_done_on) == (
        "selesai", 100, date(2026, 9, 1), date(2026, 11, 20)
    )  # fmt: skip
    reports = mus.progress(admin, made.id)
    assert [(r.percent, len(r.photo_shas)) for r in reports] == [(40, 1), (100, 0)]
    reopened = mus.record_progress(admin, made.id, 90, date(2026, 11, 26), "Ada perbaikan")
    assert (reopened.status, reopened.work_done_on) == ("didanai", None)
    with pytest.raises(ValidationError, match="status_refused"):
        mus.decide(admin, made.id, "diterima_kecamatan")


def test_photos_added_with_an_edit_join_the_site_photos_in_order_apart_from_progress_photos(
    services: Services, admin: Actor
) -> None:
    mus, forum = services.programmes.musrenbang, services.programmes.forum
    cycle = mus.open_cycle(admin, 2026)
    made = mus.add_proposal(admin, cycle.id, proposal(), [photo("a.png", (10, 10, 10)), photo("b.png", (20, 20, 20))])
    edited = mus.update_proposal(admin, made.id, proposal(unit="meter"), made.rev, [photo("c.png", (30, 30, 30))])
    assert (edited.unit, edited.photo_count) == ("meter", 3)
    site = mus.site_photos(admin, made.id)
    assert [mus.photo_bytes(admin, sha) for sha in site] == [
        photo(rgb=rgb).data for rgb in ((10, 10, 10), (20, 20, 20), (30, 30, 30))
    ]
    to_forum(services, admin, cycle.id)
    forum.set_forum_details(admin, cycle.id, ForumDetails(date(2026, 1, 28), "09.00", "Aula", "H. Ujang"))
    forum.add_attendee(admin, cycle.id, AttendeeInput("H. Ujang", "lpm"))
    forum.issue_berita_acara(admin, cycle.id)
    for phase in (Phase.DIKIRIM, Phase.HASIL):
        mus.advance_phase(admin, cycle.id, phase)
    mus.decide(admin, made.id, "didanai")
    mus.record_progress(admin, made.id, 40, date(2026, 9, 1), "Galian", [photo("galian.png", (40, 40, 40))])
    assert mus.site_photos(admin, made.id) == site
    reader = staff(services, admin, "camat", Role.READ_ONLY)
    assert mus.site_photos(reader, made.id) == site

"""Residents and families through the service, on a real SQLite store."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from kelurahan_desk.composition import Services
from kelurahan_desk.core.errors import NotFound, PermissionDenied, ValidationError
from kelurahan_desk.core.services.permissions import Actor, Role
from kelurahan_desk.core.services.residents import ResidentInput
from kelurahan_desk.core.store.audit_chain import verify_chain
from kelurahan_desk.core.store.models import AuditEntry, OutboxChange, Resident
from tests.core.outbox_helpers import fill

SITI = ResidentInput(nik="3273015507900001", name="Siti Aminah", kk="3273011201150003", relationship="istri")
ASEP = ResidentInput(
    nik="3273011003850002",
    name="Asep Sunandar",
    kk="3273011201150003",
    relationship="kepala",
    address="Jl. Melati No. 10",
    rt=3,
    rw=5,
    occupation="Wiraswasta",
)
CAMAT = Actor("", "camat", "Staf Kecamatan", Role.READ_ONLY)


def codes(error: pytest.ExceptionInfo[ValidationError]) -> tuple[str, str]:
    return error.value.field, error.value.code


def test_create_fills_sex_and_birth_date_from_the_nik_and_starts_the_family(services: Services, admin: Actor) -> None:
    head, findings = services.residents.create(admin, ASEP)
    assert findings == []
    assert (head.sex, head.birth_date, head.status, head.rev) == ("L", date(1985, 3, 10), "hidup", 1)
    wife, _ = services.residents.create(admin, SITI)
    assert (wife.sex, wife.birth_date) == ("P", date(1990, 7, 15))
    family = services.residents.family(admin, head.family_id)
    assert family.kk == "3273011201150003" and (family.rt, family.rw) == (3, 5)
    assert family.head is not None and family.head.resident_id == head.id
    assert [(m.name, m.relationship) for m in family.members] == [("Asep Sunandar", "kepala"), ("Siti Aminah", "istri")]
    assert services.residents.get(admin, wife.id) == wife


@pytest.mark.parametrize(
    ("nik", "code"),
    [
        ("327301550790001", "nik_length"),
        ("3273015507900000", "nik_serial_zero"),
        ("3273013102900001", "nik_date"),
        ("327301550790000A", "nik_not_digits"),
        ("0273015507900001", "nik_temporary_unmarked"),
    ],
)
def test_impossible_niks_are_refused_and_nothing_is_written(
    services: Services, admin: Actor, nik: str, code: str
) -> None:
    with pytest.raises(ValidationError) as error:
        services.residents.create(admin, replace(SITI, nik=nik))
    assert codes(error) == ("nik", code)
    assert services.residents.count(admin, "") == 0


def test_a_temporary_nik_is_taken_only_when_marked(services: Services, admin: Actor) -> None:
    created, findings = services.residents.create(
        admin, replace(SITI, nik="0000000000000042", is_temporary_nik=True, sex="P", kk="")
    )
    assert created.is_temporary_nik and created.birth_date is None and findings == []
    with pytest.raises(ValidationError) as error:
        services.residents.create(admin, replace(SITI, is_temporary_nik=True))
    assert codes(error) == ("nik", "nik_temporary_not_zero")


def test_records_that_disagree_with_their_nik_are_saved_with_warnings(services: Services, admin: Actor) -> None:
    _, findings = services.residents.create(admin, replace(SITI, sex="L", birth_date=date(1990, 7, 16)))
    assert sorted(f.code for f in findings) == ["nik_birth_date_mismatch", "nik_sex_mismatch"]
    assert services.residents.count(admin, "") == 1


def test_unknown_region_prefix_warns_once_a_region_table_is_there(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    _, findings = services.residents.create(admin, replace(SITI, nik="9999015507900001", kk=""))
    assert findings == []
    regions = tmp_path / "wilayah.csv"
    regions.write_text("kode,nama\n32,Jawa Barat\n32.73,Kota Bandung\n32.73.01,Sukasari\n", encoding="utf-8")
    services.regions.import_file(admin, regions)
    _, findings = services.residents.create(admin, replace(SITI, nik="9999015507900002", kk=""))
    assert [f.code for f in findings] == ["nik_region_unknown"]
    _, findings = services.residents.create(admin, replace(SITI, nik="3273015507900003", kk=""))
    assert findings == []


def test_a_living_nik_cannot_be_used_twice(services: Services, admin: Actor) -> None:
    first, _ = services.residents.create(admin, SITI)
    with pytest.raises(ValidationError) as error:
        services.residents.create(admin, replace(SITI, name="Siti Kembar"))
    assert codes(error) == ("nik", "nik_duplicate")
    assert error.value.params == {"other_id": first.id, "other_name": "Siti Aminah"}
    other, _ = services.residents.create(admin, replace(SITI, nik="3273015507900002", name="Siti Kembar"))
    with pytest.raises(ValidationError) as error:
        services.residents.update(admin, other.id, replace(SITI, name="Siti Kembar"), other.rev)
    assert error.value.params["other_id"] == first.id


def test_update_refuses_a_stale_revision_and_audits_what_changed(services: Services, admin: Actor) -> None:
    created, _ = services.residents.create(admin, ASEP)
    updated, _ = services.residents.update(admin, created.id, replace(ASEP, occupation="Pedagang"), created.rev)
    assert (updated.occupation, updated.rev) == ("Pedagang", 2)
    with pytest.raises(ValidationError) as error:
        services.residents.update(admin, created.id, replace(ASEP, occupation="Guru"), created.rev)
    assert codes(error) == ("rev", "stale")
    fill(services.store)
    with services.store.read() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert (last.action, last.before, last.after) == (
            "resident.update",
            {"occupation": "Wiraswasta"},
            {"occupation": "Pedagang"},
        )
        change = s.scalars(select(OutboxChange).order_by(OutboxChange.seq.desc())).first()
        assert change.fields == {"occupation": ["Wiraswasta", "Pedagang"]} and change.base_rev == 1
        assert verify_chain(s).ok


def test_an_update_that_changes_nothing_keeps_the_revision(services: Services, admin: Actor) -> None:
    created, _ = services.residents.create(admin, ASEP)
    same, _ = services.residents.update(admin, created.id, ASEP, created.rev)
    assert same.rev == created.rev


def test_moving_out_and_death_are_events_never_deletions(services: Services, admin: Actor) -> None:
    siti, _ = services.residents.create(admin, SITI)
    asep, _ = services.residents.create(admin, ASEP)
    moved = services.residents.record_move_out(admin, siti.id, date(2026, 11, 20), "Kota Cimahi", "ikut orang tua")
    died = services.residents.record_death(admin, asep.id, date(2026, 11, 1), "RS Hasan Sadikin")
    assert (moved.status, died.status) == ("pindah", "meninggal")
    [event] = services.residents.events(admin, siti.id)
    assert (event.kind, event.event_date, event.place, event.recorded_by) == (
        "pindah",
        date(2026, 11, 20),
        "Kota Cimahi",
        "admin",
    )
    with pytest.raises(ValidationError) as error:
        services.residents.record_death(admin, siti.id, date(2026, 11, 21), "Cimahi")
    assert codes(error) == ("status", "not_living")
    assert [r.status for r in services.residents.search(admin, "", status="hidup")] == []
    assert services.residents.count(admin, "") == 2
    with services.store.read() as s:
        assert s.scalar(select(func.count()).select_from(Resident)) == 2


def test_event_dates_are_checked(services: Services, admin: Actor) -> None:
    siti, _ = services.residents.create(admin, SITI)
    with pytest.raises(ValidationError) as error:
        services.residents.record_move_out(admin, siti.id, date(2026, 11, 28), "Cimahi")
    assert codes(error) == ("event_date", "in_future")
    with pytest.raises(ValidationError) as error:
        services.residents.record_death(admin, siti.id, date(1989, 1, 1), "Bandung")
    assert codes(error) == ("event_date", "before_birth")


def test_a_person_who_moved_out_may_come_back_under_the_same_nik(services: Services, admin: Actor) -> None:
    siti, _ = services.residents.create(admin, SITI)
    services.residents.record_move_out(admin, siti.id, date(2025, 1, 10), "Kota Cimahi")
    back, _ = services.residents.create(admin, SITI)
    assert back.id != siti.id
    assert {r.status for r in services.residents.search(admin, SITI.nik)} == {"hidup", "pindah"}


def test_families_change_head_and_members(services: Services, admin: Actor) -> None:
    asep, _ = services.residents.create(admin, ASEP)
    siti, _ = services.residents.create(admin, replace(SITI, kk=""))
    other = services.residents.create_family(admin, "3273012002200004", "Jl. Mawar No. 2", 1, 2)
    assert other.members == () and other.head is None
    with pytest.raises(ValidationError) as error:
        services.residents.create_family(admin, "3273012002200004")
    assert codes(error) == ("kk", "kk_duplicate")
    view = services.residents.add_member(admin, asep.family_id, siti.id, "istri")
    assert {m.name for m in view.members} == {"Asep Sunandar", "Siti Aminah"}
    with pytest.raises(ValidationError) as error:
        services.residents.set_head(admin, other.id, siti.id)
    assert codes(error) == ("resident_id", "not_a_member")
    view = services.residents.set_head(admin, asep.family_id, siti.id)
    assert view.head.resident_id == siti.id
    assert {m.name: m.relationship for m in view.members} == {"Asep Sunandar": "lainnya", "Siti Aminah": "kepala"}
    moved = services.residents.add_member(admin, other.id, siti.id, "kepala")
    assert moved.head.resident_id == siti.id
    assert services.residents.family(admin, asep.family_id).head is None


def test_search_understands_names_numbers_and_places(services: Services, admin: Actor) -> None:
    asep, _ = services.residents.create(admin, ASEP)
    services.residents.create(admin, replace(SITI, rt=1, rw=5))
    services.residents.create(admin, ResidentInput(nik="3273014107010003", name="Euis Komalasari", rt=3, rw=2))

    def names(query: str) -> list[str]:
        return [r.name for r in services.residents.search(admin, query)]

    assert names("") == ["Asep Sunandar", "Euis Komalasari", "Siti Aminah"]
    assert names("as") == ["Asep Sunandar"]
    assert names("nand") == ["Asep Sunandar"]
    assert names("AMINAH siti") == ["Siti Aminah"]
    assert names("sari eu") == ["Euis Komalasari"]
    assert names("327301") == ["Asep Sunandar", "Euis Komalasari", "Siti Aminah"]
    assert names("32730155") == ["Siti Aminah"]
    assert names("3273011201150003") == ["Asep Sunandar", "Siti Aminah"]
    assert names("kk:32730112") == ["Asep Sunandar", "Siti Aminah"]
    assert names("RT 3") == ["Asep Sunandar", "Euis Komalasari"]
    assert names("rw 5") == ["Asep Sunandar", "Siti Aminah"]
    assert names("RT 3 RW 5") == names("3/5") == names("003/005") == ["Asep Sunandar"]
    assert names("tidak ada") == []
    [row] = services.residents.search(admin, "asep")
    assert (row.id, row.kk, row.rt, row.rw, row.sex) == (asep.id, "3273011201150003", 3, 5, "L")
    assert services.residents.count(admin, "rw 5") == 2
    assert [r.name for r in services.residents.search(admin, "", limit=1, offset=1)] == ["Euis Komalasari"]


WORDY_NAMES = ("Siti Aminah", "Ahmad Sidik", "Yasir Hasibuan", "Si Umar", "Dewi Sartika", "Nur A. Salim", "Ade")


def word_starts(name: str, query: str) -> bool:
    return all(any(word.lower().startswith(q) for word in name.split()) for q in query.lower().split())


def test_short_words_find_the_start_of_any_word_of_the_name(services: Services, admin: Actor) -> None:
    for number, name in enumerate(WORDY_NAMES, start=1):
        services.residents.create(admin, ResidentInput(nik=f"32730110019{number:01d}{number:04d}", name=name))

    def names(query: str) -> list[str]:
        found = [r.name for r in services.residents.search(admin, query)]
        assert services.residents.count(admin, query) == len(found)
        assert services.residents.count(admin, query, status="hidup") == len(found)
        return sorted(found)

    assert names("si") == ["Ahmad Sidik", "Si Umar", "Siti Aminah"]
    assert names("SI") == names("si")
    assert names("sa") == ["Dewi Sartika", "Nur A. Salim"]
    assert names("a") == ["Ade", "Ahmad Sidik", "Nur A. Salim", "Siti Aminah"]
    assert names("si am") == ["Siti Aminah"]
    assert names("ahmad s") == ["Ahmad Sidik"]
    assert names("has") == ["Yasir Hasibuan"]  # three letters or more: anywhere in the name
    for query in ("s", "si", "u", "um", "a s", "n a", "d", "de", "y", "h", "ar", "x", "a.", "e"):
        assert names(query) == sorted(n for n in WORDY_NAMES if word_starts(n, query)), query


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(alphabet=st.sampled_from("ab3 7/\"*:-^()%_\\kKrtRTwW.'NEAR OR"), max_size=24))
def test_any_typed_text_is_a_valid_search(services: Services, admin: Actor, query: str) -> None:
    rows = services.residents.search(admin, query)
    assert services.residents.count(admin, query) == len(rows)


def test_permissions_are_checked_in_the_service(services: Services, admin: Actor) -> None:
    created, _ = services.residents.create(admin, SITI)
    assert services.residents.search(CAMAT, "siti")[0].id == created.id
    with pytest.raises(PermissionDenied):
        services.residents.create(CAMAT, ASEP)
    with pytest.raises(PermissionDenied):
        services.residents.record_death(CAMAT, created.id, date(2026, 1, 1), "Bandung")
    with pytest.raises(NotFound):
        services.residents.get(admin, "no-such-id")


@pytest.mark.parametrize("prefix", ["3273", "32730112", "3273011201150003", "3204"])
def test_both_kk_plans_find_the_same_residents(services: Services, admin: Actor, prefix: str) -> None:
    from kelurahan_desk.core.services.resident_search import SearchQuery, count_statement, rows_statement

    services.residents.create(admin, ASEP)
    services.residents.create(admin, SITI)
    services.residents.create(admin, ResidentInput(nik="3273014107010003", name="Euis", kk="3273012002200004"))
    services.residents.create(admin, ResidentInput(nik="3273014107010004", name="Tanpa KK"))
    found = []
    with services.store.read_plain() as connection:
        for many in (False, True):
            rows = rows_statement(SearchQuery("kk", prefix, many_families=many), None, 50, 0)
            counted = count_statement(SearchQuery("kk", prefix, many_families=many), None)
            names = [row[2] for row in connection.execute(rows.text, rows.params)]
            found.append((names, connection.execute(counted.text, counted.params).fetchone()[0]))
    assert found[0] == found[1]
    assert found[0][1] == {"3273": 3, "32730112": 2, "3273011201150003": 2, "3204": 0}[prefix]


def test_changing_the_kk_in_an_edit_moves_the_resident_and_frees_the_head_seat(
    services: Services, admin: Actor
) -> None:
    asep, _ = services.residents.create(admin, ASEP)
    old_family = asep.family_id
    moved, _ = services.residents.update(admin, asep.id, replace(ASEP, kk="3273012002200004"), asep.rev)
    assert moved.kk == "3273012002200004" and moved.family_id != old_family and moved.rev == 2
    assert services.residents.family(admin, old_family).head is None
    new_family = services.residents.family(admin, moved.family_id)
    assert new_family.head is not None and new_family.head.resident_id == asep.id
    alone, _ = services.residents.update(admin, asep.id, replace(ASEP, kk=""), moved.rev)
    assert (alone.kk, alone.family_id) == (None, None)
    assert services.residents.family(admin, moved.family_id).head is None


def test_an_edit_of_the_nik_or_kk_is_checked_audited_and_held_to_its_revision(
    services: Services, admin: Actor
) -> None:
    asep, _ = services.residents.create(admin, ASEP)
    renumbered, _ = services.residents.update(admin, asep.id, replace(ASEP, nik="3273011003850009"), asep.rev)
    assert (renumbered.nik, renumbered.rev, renumbered.kk) == ("3273011003850009", 2, ASEP.kk)
    with services.store.read() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert (last.action, last.before, last.after) == (
            "resident.update",
            {"nik": "3273011003850002"},
            {"nik": "3273011003850009"},
        )
    for stale in (replace(ASEP, nik="3273011003850008"), replace(ASEP, kk="3273012002200004")):
        with pytest.raises(ValidationError) as error:
            services.residents.update(admin, asep.id, stale, asep.rev)
        assert codes(error) == ("rev", "stale")
    with pytest.raises(NotFound):
        services.residents.update(admin, "no-such-resident", ASEP, 1)
    assert services.residents.get(admin, asep.id).nik == "3273011003850009"

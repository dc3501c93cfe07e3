"""The demo office: complete, realistic, and built only once however often `demo` runs."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kelurahan_desk.cli.main import main
from kelurahan_desk.composition import Services, open_services
from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.demo.builder import build_demo
from kelurahan_desk.core.demo.large_office import large_population
from kelurahan_desk.core.demo.residents import demo_families
from kelurahan_desk.core.domain.identity_numbers import nik_findings, parse_kk, parse_nik
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.accounts import NewAccount
from kelurahan_desk.core.services.permissions import Role
from kelurahan_desk.core.store.audit_chain import verify_chain
from kelurahan_desk.core.store.models import Family, Resident, ResidentEvent
from tests.conftest import TEST_OFFICE


def table_counts(services: Services) -> tuple[int, int, int]:
    with services.store.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) for m in (Resident, Family, ResidentEvent))


def test_the_demo_office_is_built_once(services: Services) -> None:
    actors = build_demo(services)
    assert {a.username: a.role for a in actors.values()} == {
        "admin": Role.ADMINISTRATOR,
        "petugas": Role.FRONT_DESK,
        "kasi": Role.VERIFIER,
        "lurah": Role.LURAH,
        "camat": Role.READ_ONLY,
    }
    profile = services.office.profile()
    assert profile.is_demo and profile.code == "32.73.01.1001" and profile.postcode == "40152"
    assert (profile.city_name, profile.district_name, profile.village_name) == ("Bandung", "Sukasari", "Sukarasa")
    assert profile.emblem_png.startswith(b"\x89PNG\r\n\x1a\n")
    first = table_counts(services)
    residents, families, events = first
    assert 540 <= residents <= 680 and families == 180 and events > 15
    build_demo(services)
    assert table_counts(services) == first
    with services.store.read() as s:
        assert verify_chain(s).ok


def test_demo_residents_look_like_a_real_register(services: Services) -> None:
    build_demo(services)
    admin = services.accounts.login("admin", "admin-demo-1")
    statuses = Counter(r.status for r in services.residents.search(admin, "", limit=1000))
    assert statuses["pindah"] > 5 and statuses["meninggal"] > 5 and statuses["hidup"] > 500
    places = {(r.rw, r.rt) for r in services.residents.search(admin, "", limit=1000)}
    assert {rw for rw, _ in places} == set(range(1, 9)) and {rt for _, rt in places} == set(range(1, 7))
    [moved] = services.residents.search(admin, "", status="pindah", limit=1)
    assert [e.kind for e in services.residents.events(admin, moved.id)] == ["pindah"]


def test_demo_numbers_are_valid_and_a_few_records_carry_warnings(services: Services) -> None:
    today = services.clock.today()
    warned = temporary = 0
    for family in demo_families(services):
        assert parse_kk(family.kk, today=today).region_prefix == "32.73.01"
        for member in family.members:
            info = parse_nik(member["nik"], temporary=member.get("is_temporary_nik", False), today=today)
            temporary += info.is_temporary
            warned += bool(nik_findings(info, birth_date=member["birth_date"], sex=member["sex"]))
            assert member["birth_date"] < today
    assert (warned, temporary) == (2, 1)


def test_the_large_office_has_exactly_the_size_asked_for(services: Services) -> None:
    families = large_population(services, 3_000, 900)
    assert len(families) == 900 and sum(len(f.members) for f in families) == 3_000
    niks = [m["nik"] for f in families for m in f.members]
    assert len(set(niks)) == len(niks)


def test_demo_never_goes_into_a_real_office(services: Services) -> None:
    services.office.complete_setup(NewAccount("admin", "Admin", Role.ADMINISTRATOR, "rahasia-admin-1"), TEST_OFFICE)
    with pytest.raises(ValidationError):
        build_demo(services)
    assert table_counts(services) == (0, 0, 0)


def test_demo_command_builds_resets_and_refuses_a_real_office(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    folder = tmp_path / "demo"
    assert main(["--data-dir", str(folder), "demo", "--no-gui"]) == 0
    assert "admin / admin-demo-1" in capsys.readouterr().out
    opened = open_services(DataFolder(folder))
    try:
        built = table_counts(opened)
        admin = opened.accounts.login("admin", "admin-demo-1")
        [someone] = opened.residents.search(admin, "", status="hidup", limit=1)
        opened.residents.record_move_out(admin, someone.id, date(2026, 1, 5), "Kota Cimahi")
        assert table_counts(opened)[2] == built[2] + 1
    finally:
        opened.close()
    assert main(["--data-dir", str(folder), "demo", "--no-gui", "--reset"]) == 0
    opened = open_services(DataFolder(folder))
    try:
        assert table_counts(opened) == built
        assert opened.office.profile().is_demo
    finally:
        opened.close()

    real = tmp_path / "kantor"
    opened = open_services(DataFolder(real))
    opened.office.complete_setup(NewAccount("admin", "Admin", Role.ADMINISTRATOR, "rahasia-admin-1"), TEST_OFFICE)
    opened.close()
    assert main(["--data-dir", str(real), "demo", "--no-gui", "--reset"]) == 1
    assert main(["--data-dir", str(real), "demo", "--no-gui"]) == 1
    assert (real / "kelurahan.db").exists()


def test_reset_keeps_the_files_of_a_folder_whose_store_shows_no_demo_office(tmp_path: Path) -> None:
    folder = tmp_path / "kantor"
    kept = [folder / "backups" / "kelurahan-2026-11-01.db", folder / "archive" / "2026" / "surat.pdf"]
    for path in kept:
        path.parent.mkdir(parents=True)
        path.write_bytes(b"milik kantor")
    assert main(["--data-dir", str(folder), "demo", "--no-gui", "--reset"]) == 0
    assert [path.read_bytes() for path in kept] == [b"milik kantor"] * 2
    opened = open_services(DataFolder(folder))
    try:
        assert opened.office.profile().is_demo
    finally:
        opened.close()


def test_each_musrenbang_phase_was_entered_on_its_day_of_the_schedule(services: Services) -> None:
    actors = build_demo(services)
    mus = services.programmes.musrenbang
    today = services.clock.today()
    cycles = [mus.cycle(actors["admin"], c.id) for c in mus.cycles(actors["admin"])]
    assert len(cycles) == 2
    for cycle in cycles:
        for phase in cycle.phases:
            if phase.entered_on is not None and phase.starts_on is not None and phase.starts_on <= today:
                assert abs((phase.entered_on - phase.starts_on).days) <= 3, (cycle.year, phase.phase)

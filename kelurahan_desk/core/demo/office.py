"""The demo office (Kelurahan Sukarasa, Kota Bandung) and one demo account for each role."""

from __future__ import annotations

from dataclasses import replace

from kelurahan_desk.composition import Services
from kelurahan_desk.core.demo.emblem import emblem_png
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.accounts import NewAccount
from kelurahan_desk.core.services.office import OfficeProfile
from kelurahan_desk.core.services.permissions import Actor, Role

DEMO_OFFICE = OfficeProfile(
    code="32.73.01.1001",
    province_name="Jawa Barat",
    city_kind="KOTA",
    city_name="Bandung",
    district_name="Sukasari",
    village_name="Sukarasa",
    address="Jl. Sukarasa No. 1",
    phone="022-2011234",
    email="kel.sukarasa@example.go.id",
    website="sukarasa.example.go.id",
    postcode="40152",
    place_name="Bandung",
    lurah_name="Drs. Asep Sunandar, M.Si.",
    lurah_nip="197803152005011002",
    lurah_rank="Penata Tingkat I (III/d)",
    is_demo=True,
)

ADMIN = NewAccount("admin", "Administrator Demo", Role.ADMINISTRATOR, "admin-demo-1")
STAFF = (
    NewAccount("petugas", "Rina Marlina", Role.FRONT_DESK, "petugas-demo-1", title="Petugas Layanan"),
    NewAccount(
        "kasi",
        "Dedi Kurniawan, S.IP.",
        Role.VERIFIER,
        "kasi-demo-1",
        nip="198205102008011003",
        title="Kepala Seksi Pemerintahan",
    ),
    NewAccount(
        "lurah",
        "Drs. Asep Sunandar, M.Si.",
        Role.LURAH,
        "lurah-demo-1",
        nip="197803152005011002",
        title="Lurah Sukarasa",
    ),
    NewAccount("camat", "Staf Kecamatan Sukasari", Role.READ_ONLY, "camat-demo-1", title="Staf Kecamatan"),
)
DEMO_ACCOUNTS = (ADMIN, *STAFF)


def seed_office(services: Services) -> dict[str, Actor]:
    """Sets the office up with its administrator, then adds the other accounts. Returns each account's Actor.

    A data folder that holds a real office is refused: demo accounts never go into it.
    """
    profile = services.office.profile()
    if profile is not None and not profile.is_demo:
        raise ValidationError("office", "not_a_demo_office")
    if profile is None:
        admin = services.office.complete_setup(ADMIN, replace(DEMO_OFFICE, emblem_png=emblem_png()))
        for account in STAFF:
            services.accounts.create_account(admin, account)
    return {account.username: services.accounts.login(account.username, account.password) for account in DEMO_ACCOUNTS}

"""Shared fixtures: a real office store in a temporary folder, with a clock the test controls."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kelurahan_desk.composition import Services, open_services
from kelurahan_desk.core.clock import FixedClock
from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.services.accounts import NewAccount
from kelurahan_desk.core.services.office import OfficeProfile
from kelurahan_desk.core.services.permissions import Actor, Role

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared"

TEST_OFFICE = OfficeProfile(
    code="32.73.01.1001",
    province_name="Jawa Barat",
    city_kind="KOTA",
    city_name="Bandung",
    district_name="Sukasari",
    village_name="Sukarasa",
    address="Jl. Sukarasa No. 1",
    phone="022-2011234",
    email="kel.sukarasa@bandung.go.id",
    postcode="40152",
    place_name="Bandung",
    lurah_name="Drs. Asep Sunandar",
    lurah_nip="197501012000031001",
    lurah_rank="Penata Tingkat I (III/d)",
)
ADMIN_PASSWORD = "rahasia-admin-1"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 27, 2, 0, tzinfo=UTC))


@pytest.fixture
def services(tmp_path: Path, clock: FixedClock) -> Iterator[Services]:
    opened = open_services(DataFolder(tmp_path / "office"), clock=clock)
    opened.accounts._sleep = lambda _s: None  # failed sign-ins wait 0.5 s in the product
    yield opened
    opened.close()


@pytest.fixture
def admin(services: Services) -> Actor:
    return services.office.complete_setup(
        NewAccount("admin", "Administrator Kantor", Role.ADMINISTRATOR, ADMIN_PASSWORD), TEST_OFFICE
    )

"""The office's own time zone: once an office in Makassar (WITA) is set up, "today" is Makassar's, at setup
and every time the store is opened again; a fixed test clock follows it the same way."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from kelurahan_desk.composition import Services, open_services
from kelurahan_desk.core.clock import FixedClock
from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.services.accounts import NewAccount
from kelurahan_desk.core.services.permissions import Actor, Role
from tests.conftest import ADMIN_PASSWORD, TEST_OFFICE
from tests.core.case_helpers import new_case

MAKASSAR = replace(
    TEST_OFFICE,
    code="73.71.01.1002",
    province_name="Sulawesi Selatan",
    city_name="Makassar",
    district_name="Mariso",
    village_name="Lette",
    place_name="Makassar",
    postcode="90121",
)
LATE_MONDAY = datetime(2026, 11, 30, 16, 30, tzinfo=UTC)  # 23.30 WIB on Monday, 00.30 WITA on Tuesday


def test_an_office_in_makassar_counts_its_days_in_wita(tmp_path: Path) -> None:
    folder = DataFolder(tmp_path / "lette")
    opened = open_services(folder, clock=FixedClock(LATE_MONDAY))
    try:
        assert opened.clock.today() == date(2026, 11, 30)  # no office yet: Jakarta's time
        admin = opened.office.complete_setup(
            NewAccount("admin", "Administrator", Role.ADMINISTRATOR, ADMIN_PASSWORD), MAKASSAR
        )
        assert opened.clock.zone == ZoneInfo("Asia/Makassar") and opened.store.clock is opened.clock
        assert opened.clock.today() == date(2026, 12, 1)
        result = opened.cases.intake(admin, new_case())
        assert result.received_on == date(2026, 12, 1) and result.number.endswith("-2612-0001")
        receipt = opened.cases.receipt(admin, result.id)
        assert receipt.zone_label == "WITA" and receipt.received_at.hour == 0
    finally:
        opened.close()

    reopened = open_services(folder, clock=FixedClock(LATE_MONDAY))
    try:
        assert reopened.clock.zone == ZoneInfo("Asia/Makassar") and reopened.clock.today() == date(2026, 12, 1)
    finally:
        reopened.close()


def test_an_office_in_bandung_keeps_wib(services: Services, admin: Actor, clock: FixedClock) -> None:
    clock.set(LATE_MONDAY)
    assert services.clock is clock and clock.zone == ZoneInfo("Asia/Jakarta")
    assert clock.today() == date(2026, 11, 30)

"""Dates, times, rupiah and addresses as written on Indonesian documents (domain.md, "Formatting")."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kelurahan_desk.core.domain.indonesian_format import (
    ZONE_TZ_NAMES,
    format_date_id,
    format_date_long,
    format_rt_rw,
    format_rupiah,
    format_rupiah_words,
    format_time_id,
    to_roman,
    tz_name_for_province,
    zone_for_province,
    zone_tzinfo,
)
from kelurahan_desk.core.errors import ValidationError

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni"]
MONTHS += ["Juli", "Agustus", "September", "Oktober", "November", "Desember"]


def test_dates() -> None:
    assert format_date_id(date(2026, 11, 28)) == "28 November 2026"
    assert format_date_long(date(2026, 11, 28)) == "Sabtu, 28 November 2026"
    assert format_date_id(date(2026, 3, 1)) == "1 Maret 2026"
    assert format_date_long(date(2026, 8, 17)) == "Senin, 17 Agustus 2026"


@pytest.mark.parametrize("month", range(1, 13))
def test_month_names(month: int) -> None:
    assert format_date_id(date(2026, month, 5)) == f"5 {MONTHS[month - 1]} 2026"


def test_day_names() -> None:
    week = [format_date_long(date(2026, 11, 23) + timedelta(days=i)).split(",")[0] for i in range(7)]
    assert week == ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def test_times() -> None:
    assert format_time_id(time(9, 0), "WIB") == "pukul 09.00 WIB"
    assert format_time_id(time(14, 5), "WITA") == "pukul 14.05 WITA"
    stored = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)
    assert format_time_id(stored, "WIB") == "pukul 09.00 WIB"
    assert format_time_id(stored, "WITA") == "pukul 10.00 WITA"
    assert format_time_id(stored, "WIT") == "pukul 11.00 WIT"
    assert format_time_id(datetime(2026, 11, 28, 20, 30, tzinfo=UTC), "WIB") == "pukul 03.30 WIB"
    assert format_time_id(datetime(2026, 11, 28, 9, 0), "WIB") == "pukul 09.00 WIB"  # naive: already local
    with pytest.raises(ValidationError) as caught:
        format_time_id(time(9, 0), "UTC")
    assert caught.value.code == "time_zone_unknown"


@pytest.mark.parametrize(
    ("province", "zone"),
    [
        ("11", "WIB"), ("21", "WIB"), ("31", "WIB"), ("32", "WIB"), ("36", "WIB"),
        ("61", "WIB"), ("62", "WIB"),
        ("51", "WITA"), ("53", "WITA"), ("63", "WITA"), ("65", "WITA"), ("71", "WITA"), ("76", "WITA"),
        ("81", "WIT"), ("82", "WIT"), ("91", "WIT"), ("96", "WIT"),
        ("32.73.01", "WIB"), ("73.71.01.1001", "WITA"),
    ],
)  # fmt: skip
def test_zone_for_province(province: str, zone: str) -> None:
    assert zone_for_province(province) == zone
    assert tz_name_for_province(province) == ZONE_TZ_NAMES[zone]


@pytest.mark.parametrize("province", ["", "20", "37", "99", "ab", "3"])
def test_unknown_province(province: str) -> None:
    with pytest.raises(ValidationError) as caught:
        zone_for_province(province)
    assert (caught.value.field, caught.value.code) == ("province_code", "province_unknown")


@pytest.mark.parametrize("zone", ["WIB", "WITA", "WIT"])
def test_fixed_offsets_agree_with_the_time_zone_database(zone: str) -> None:
    try:
        iana = ZoneInfo(ZONE_TZ_NAMES[zone])
    except ZoneInfoNotFoundError:
        pytest.skip("no time-zone database on this machine")
    for moment in (datetime(1990, 1, 1, tzinfo=UTC), datetime(2026, 6, 1, tzinfo=UTC)):
        assert moment.astimezone(zone_tzinfo(zone)).utcoffset() == moment.astimezone(iana).utcoffset()
    assert zone_tzinfo(zone).tzname(None) == zone
    assert zone_tzinfo("WIB").utcoffset(None) == timezone(timedelta(hours=7)).utcoffset(None)


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (1_500_000, "Rp1.500.000"),
        (0, "Rp0"),
        (999, "Rp999"),
        (1000, "Rp1.000"),
        (1_000_000_000_000, "Rp1.000.000.000.000"),
        (-2000, "-Rp2.000"),
        (Decimal("1500000"), "Rp1.500.000"),
        (Decimal("1500.00"), "Rp1.500"),
        (Decimal("1500.5"), "Rp1.500,50"),
        (Decimal("0.005"), "Rp0,01"),  # half up
        (Decimal("-0.75"), "-Rp0,75"),
    ],
)
def test_rupiah(amount: int | Decimal, text: str) -> None:
    assert format_rupiah(amount) == text


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (1_500_000, "Rp1.500.000,00 (satu juta lima ratus ribu rupiah)"),
        (1_001_000, "Rp1.001.000,00 (satu juta seribu rupiah)"),
        (1000, "Rp1.000,00 (seribu rupiah)"),
        (0, "Rp0,00 (nol rupiah)"),
        (Decimal("1234.56"), "Rp1.234,56 (seribu dua ratus tiga puluh empat rupiah lima puluh enam sen)"),
        (-2500, "-Rp2.500,00 (minus dua ribu lima ratus rupiah)"),
    ],
)
def test_rupiah_in_words(amount: int | Decimal, text: str) -> None:
    assert format_rupiah_words(amount) == text


@pytest.mark.parametrize("amount", [1.5, True, "1000"])
def test_rupiah_takes_only_int_or_decimal(amount: object) -> None:
    with pytest.raises(TypeError):
        format_rupiah(amount)  # type: ignore[arg-type]


@pytest.mark.parametrize("amount", [Decimal("NaN"), Decimal("Infinity")])
def test_rupiah_refuses_non_numbers(amount: Decimal) -> None:
    with pytest.raises(ValueError):
        format_rupiah(amount)


@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_rupiah_digits_and_grouping(amount: int) -> None:
    text = format_rupiah(amount)
    assert text.startswith("Rp")
    groups = text[2:].split(".")
    assert "".join(groups) == str(amount)
    assert all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3


def test_rt_rw() -> None:
    assert format_rt_rw(3, 5) == "RT 003 RW 005"
    assert format_rt_rw(12, 105) == "RT 012 RW 105"
    assert format_rt_rw(7, None) == "RT 007"
    assert format_rt_rw(None, 2) == "RW 002"
    assert format_rt_rw(None, None) == ""


def test_roman_months() -> None:
    months = [to_roman(m) for m in range(1, 13)]
    assert months == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    assert (to_roman(2026), to_roman(3999), to_roman(49)) == ("MMXXVI", "MMMCMXCIX", "XLIX")
    for bad in (0, -1, 4000):
        with pytest.raises(ValueError):
            to_roman(bad)

"""How dates, times, money and addresses are written on Indonesian official documents.

Month and day names come from Babel's `id` locale. Times are shown in the office's zone: Indonesia
has three, with fixed offsets and no daylight saving (WIB +7, WITA +8, WIT +9), so a fixed-offset
`timezone` is exact and needs no time-zone database on the office PC.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone, tzinfo
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from kelurahan_desk.core.domain.terbilang import terbilang
from kelurahan_desk.core.errors import ValidationError

LOCALE = "id"

ZONE_OFFSET_HOURS = {"WIB": 7, "WITA": 8, "WIT": 9}
ZONE_TZ_NAMES = {"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}
# WIB: Sumatra, Java, West and Central Kalimantan; WITA: Bali, Nusa Tenggara, the rest of Kalimantan,
# Sulawesi; WIT: Maluku and Papua.
_PROVINCE_ZONES = {
    **dict.fromkeys((*range(11, 20), 21, *range(31, 37), 61, 62), "WIB"),
    **dict.fromkeys((51, 52, 53, *range(63, 66), *range(71, 77)), "WITA"),
    **dict.fromkeys((81, 82, *range(91, 97)), "WIT"),
}

_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip
_SEN = Decimal("0.01")


# babel is imported where it is used: loading its locale data is not needed to start the window.


@cache
def _month_names() -> dict[int, str]:
    from babel.dates import get_month_names

    return dict(get_month_names("wide", locale=LOCALE))


@cache
def _day_names() -> dict[int, str]:
    from babel.dates import get_day_names

    return dict(get_day_names("wide", locale=LOCALE))


def format_date_id(d: date) -> str:
    """`28 November 2026` (no zero padding)."""
    return f"{d.day} {_month_names()[d.month]} {d.year}"


def format_date_long(d: date) -> str:
    """`Sabtu, 28 November 2026`."""
    return f"{_day_names()[d.weekday()]}, {format_date_id(d)}"


def zone_for_province(province_code: str) -> str:
    """The zone, "WIB", "WITA" or "WIT", of a province code: `"32"`, or a longer code like `"32.73.01"`."""
    province = province_code.strip()[0:2]
    zone = _PROVINCE_ZONES.get(int(province)) if province.isascii() and province.isdigit() else None
    if zone is None:
        raise ValidationError("province_code", "province_unknown", {"given": province_code})
    return zone


def tz_name_for_province(province_code: str) -> str:
    """The IANA zone name: "Asia/Jakarta", "Asia/Makassar" or "Asia/Jayapura"."""
    return ZONE_TZ_NAMES[zone_for_province(province_code)]


def zone_tzinfo(zone: str) -> tzinfo:
    """A fixed-offset tzinfo for "WIB", "WITA" or "WIT", named after the zone."""
    if zone not in ZONE_OFFSET_HOURS:
        raise ValidationError("zone", "time_zone_unknown", {"given": zone})
    return timezone(timedelta(hours=ZONE_OFFSET_HOURS[zone]), zone)


def format_time_id(t: time | datetime, zone: str) -> str:
    """`pukul 09.00 WIB`. An aware datetime (e.g. stored UTC) is first converted to the zone;
    a naive time or datetime is taken as already in it."""
    tz = zone_tzinfo(zone)
    if isinstance(t, datetime):
        t = (t.astimezone(tz) if t.tzinfo is not None else t).time()
    return f"pukul {t.hour:02d}.{t.minute:02d} {zone}"


def _money(amount: int | Decimal) -> Decimal:
    if isinstance(amount, bool) or not isinstance(amount, int | Decimal):
        raise TypeError(f"an amount is an int or a Decimal, not {type(amount).__name__}")
    if isinstance(amount, Decimal) and not amount.is_finite():
        raise ValueError(f"not an amount: {amount}")
    return Decimal(amount).quantize(_SEN, rounding=ROUND_HALF_UP)


def _rupiah(value: Decimal, with_sen: bool) -> str:
    from babel.numbers import format_decimal

    digits = format_decimal(abs(value), format="#,##0.00" if with_sen else "#,##0", locale=LOCALE)
    return f"{'-' if value < 0 else ''}Rp{digits}"


def format_rupiah(amount: int | Decimal) -> str:
    """`Rp1.500.000`; sen are shown only when there are some (`Rp1.500,50`)."""
    value = _money(amount)
    return _rupiah(value, with_sen=value != value.to_integral_value())


def format_rupiah_words(amount: int | Decimal) -> str:
    """`Rp1.500.000,00 (satu juta lima ratus ribu rupiah)`; sen, if any, follow in words."""
    value = _money(amount)
    whole, sen = divmod(abs(value), 1)
    words = f"{terbilang(int(whole))} rupiah"
    if sen:
        words += f" {terbilang(int(sen * 100))} sen"
    if value < 0:
        words = f"minus {words}"
    return f"{_rupiah(value, with_sen=True)} ({words})"


def format_rt_rw(rt: int | None, rw: int | None) -> str:
    """`RT 003 RW 005`; a missing part is left out."""
    parts = []
    if rt is not None:
        parts.append(f"RT {rt:03d}")
    if rw is not None:
        parts.append(f"RW {rw:03d}")
    return " ".join(parts)


def to_roman(number: int) -> str:
    """`11` → `XI`, as letter numbers write the month."""
    if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= 3999:
        raise ValueError(f"no Roman numeral for {number!r}")
    parts = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        parts.append(letters * count)
    return "".join(parts)

"""NIK, KK and NIP: what the digits say, which numbers are impossible, and which only deserve a warning.

- NIK `PP KK CC DDMMYY SSSS`: region where the person was registered, birth date (day + 40 for
  women), serial from 0001. A NIK starting with 0 is a temporary number that some systems give to
  residents without one; it is accepted only when marked temporary, and its digits carry no meaning.
- KK `PP KK CC DDMMYY SSSS`: region, the date the card was made (no +40), serial.
- NIP `YYYYMMDD YYYYMM S NNN`: birth date, start of service, sex (1 man, 2 woman), serial.

Hard errors raise `ValidationError(field, code)`; what real registers are full of (an unknown region
prefix, a NIK that disagrees with the record's sex or birth date) comes back from `nik_findings` as
`Finding`s so an import takes the record in with a warning.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from kelurahan_desk.core.errors import Finding, ValidationError

NIK_LENGTH = 16
KK_LENGTH = 16
NIP_LENGTH = 18
NIK_HASH_LENGTH = 16
WOMAN_DAY_OFFSET = 40

_DIGITS = re.compile(r"[0-9]*")


@dataclass(frozen=True)
class NikInfo:
    """A parsed NIK. For a temporary number only `nik` and `is_temporary` are set."""

    nik: str
    province: str | None  # "32"
    regency: str | None  # "73"
    district: str | None  # "01"
    region_prefix: str | None  # "32.73.01", the kecamatan code
    birth_date: date | None
    sex: str | None  # "L" or "P"
    serial: str | None  # "0001"
    is_temporary: bool = False


@dataclass(frozen=True)
class KkInfo:
    kk: str
    province: str
    regency: str
    district: str
    region_prefix: str  # "32.73.01"
    issued_on: date
    serial: str


@dataclass(frozen=True)
class NipInfo:
    nip: str
    birth_date: date
    start_year: int
    start_month: int
    sex: str  # "L" or "P"
    serial: str  # "001"


def _clean(text: str) -> str:
    """The number without the spaces and dots people type for readability."""
    return "".join(text.split()).replace(".", "")


def _checked_digits(text: str, field: str, length: int) -> str:
    number = _clean(text)
    if not _DIGITS.fullmatch(number):
        raise ValidationError(field, f"{field}_not_digits")
    if len(number) != length:
        raise ValidationError(field, f"{field}_length", {"length": length, "given": len(number)})
    return number


def _date_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _two_digit_year_date(ddmmyy: str, today: date) -> date | None:
    """The latest date with these digits that is not after `today`, within 1900–2099; None if none is."""
    day, month, yy = int(ddmmyy[0:2]), int(ddmmyy[2:4]), int(ddmmyy[4:6])
    for century in (2000, 1900):
        found = _date_or_none(century + yy, month, day)
        if found is not None and found <= today:
            return found
    return None


def _region_parts(number: str) -> tuple[str, str, str, str]:
    province, regency, district = number[0:2], number[2:4], number[4:6]
    return province, regency, district, f"{province}.{regency}.{district}"


def parse_nik(text: str, *, temporary: bool = False, today: date | None = None) -> NikInfo:
    """Reads a NIK; raises `ValidationError("nik", code)` for a number that cannot be a NIK.

    The two-digit year is read as 20YY unless that date is still to come, then as 19YY (so with
    today in 2026, `..26` born last month is 2026 and `..27` is 1927).
    """
    number = _checked_digits(text, "nik", NIK_LENGTH)
    if temporary:
        if not number.startswith("0"):
            raise ValidationError("nik", "nik_temporary_not_zero")
        return NikInfo(number, None, None, None, None, None, None, None, is_temporary=True)
    if number.startswith("0"):
        raise ValidationError("nik", "nik_temporary_unmarked")
    coded_day = int(number[6:8])
    sex = "P" if coded_day > WOMAN_DAY_OFFSET else "L"
    day = coded_day - WOMAN_DAY_OFFSET if sex == "P" else coded_day
    birth_date = _two_digit_year_date(f"{day:02d}{number[8:12]}", today or date.today())
    if birth_date is None:
        raise ValidationError("nik", "nik_date", {"digits": number[6:12]})
    serial = number[12:16]
    if serial == "0000":
        raise ValidationError("nik", "nik_serial_zero")
    province, regency, district, prefix = _region_parts(number)
    return NikInfo(number, province, regency, district, prefix, birth_date, sex, serial)


def nik_findings(
    info: NikInfo,
    *,
    known_region: Callable[[str], bool] | None = None,
    birth_date: date | None = None,
    sex: str | None = None,
) -> list[Finding]:
    """Warnings for a valid NIK against the record it belongs to. None of them stops a save.

    `known_region` gets the six region digits (`"327301"`) and says whether that kecamatan is in the
    region table; leave it None when there is no table. The birth date is compared on day, month and
    two-digit year only, since the NIK does not say the century. A temporary NIK has nothing to compare.
    """
    if info.is_temporary:
        return []
    findings: list[Finding] = []
    if known_region is not None and not known_region(info.nik[0:6]):
        findings.append(Finding("nik", "nik_region_unknown", {"prefix": info.region_prefix}))
    nik_birth = info.birth_date
    if birth_date is not None and nik_birth is not None:
        same = (nik_birth.day, nik_birth.month, nik_birth.year % 100) == (
            birth_date.day,
            birth_date.month,
            birth_date.year % 100,
        )
        if not same:
            findings.append(
                Finding(
                    "nik",
                    "nik_birth_date_mismatch",
                    {"nik": nik_birth.isoformat(), "record": birth_date.isoformat()},
                )
            )
    if sex and info.sex and sex != info.sex:
        findings.append(Finding("nik", "nik_sex_mismatch", {"nik": info.sex, "record": sex}))
    return findings


def parse_kk(text: str, *, today: date | None = None) -> KkInfo:
    """Reads a family card number; raises `ValidationError("kk", code)`.

    The two-digit year is 19YY when YY is above the current two-digit year, else 20YY; a card date
    that is still to come is an error.
    """
    number = _checked_digits(text, "kk", KK_LENGTH)
    today = today or date.today()
    day, month, yy = int(number[6:8]), int(number[8:10]), int(number[10:12])
    year = 1900 + yy if yy > today.year % 100 else 2000 + yy
    issued_on = _date_or_none(year, month, day)
    if issued_on is None or issued_on > today:
        raise ValidationError("kk", "kk_date", {"digits": number[6:12]})
    serial = number[12:16]
    if serial == "0000":
        raise ValidationError("kk", "kk_serial_zero")
    province, regency, district, prefix = _region_parts(number)
    return KkInfo(number, province, regency, district, prefix, issued_on, serial)


def parse_nip(text: str) -> NipInfo:
    """Reads an 18-digit civil servant number; raises `ValidationError("nip", code)`."""
    number = _checked_digits(text, "nip", NIP_LENGTH)
    birth_date = _date_or_none(int(number[0:4]), int(number[4:6]), int(number[6:8]))
    start_year, start_month = int(number[8:12]), int(number[12:14])
    if (
        birth_date is None
        or not 1 <= start_month <= 12
        or start_year * 12 + start_month <= birth_date.year * 12 + birth_date.month
    ):
        raise ValidationError("nip", "nip_date", {"digits": number[0:14]})
    sex_digit = number[14]
    if sex_digit not in ("1", "2"):
        raise ValidationError("nip", "nip_sex", {"digit": sex_digit})
    sex = "L" if sex_digit == "1" else "P"
    return NipInfo(number, birth_date, start_year, start_month, sex, number[15:18])


def format_nip(text: str) -> str:
    """`"198001012005011001"` → `"19800101 200501 1 001"` (without the "NIP" label)."""
    number = parse_nip(text).nip
    return f"{number[0:8]} {number[8:14]} {number[14]} {number[15:18]}"


def nik_hash(nik: str, salt: bytes) -> str:
    """First 16 hex digits of SHA-256(salt + NIK): lets a QR code name its holder without the NIK. The salt is
    the document's number, so one person's documents cannot be linked by the hash."""
    return hashlib.sha256(salt + _clean(nik).encode("utf-8")).hexdigest()[:NIK_HASH_LENGTH]

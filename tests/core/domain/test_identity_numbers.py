"""NIK, KK and NIP rules (domain.md, "People and places")."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kelurahan_desk.core.domain.identity_numbers import (
    NikInfo,
    format_nip,
    nik_findings,
    nik_hash,
    parse_kk,
    parse_nik,
    parse_nip,
)
from kelurahan_desk.core.errors import ValidationError

TODAY = date(2026, 11, 28)


def code_of(call, *args, **kwargs) -> tuple[str, str]:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value.field, caught.value.code


# --- NIK -------------------------------------------------------------------------------------------


def test_nik_of_a_man() -> None:
    info = parse_nik("3273012304900001", today=TODAY)
    assert info == NikInfo(
        nik="3273012304900001",
        province="32",
        regency="73",
        district="01",
        region_prefix="32.73.01",
        birth_date=date(1990, 4, 23),
        sex="L",
        serial="0001",
        is_temporary=False,
    )


def test_nik_of_a_woman_has_forty_added_to_the_day() -> None:
    info = parse_nik("3273016304900002", today=TODAY)
    assert (info.birth_date, info.sex) == (date(1990, 4, 23), "P")
    assert parse_nik("3273014101850003", today=TODAY).birth_date == date(1985, 1, 1)
    assert parse_nik("3273017112850003", today=TODAY).birth_date == date(1985, 12, 31)


@pytest.mark.parametrize("text", ["3273 0123 0490 0001", "32.73.01.230490.0001", " 3273012304900001\n"])
def test_nik_spaces_and_dots_are_ignored(text: str) -> None:
    assert parse_nik(text, today=TODAY).nik == "3273012304900001"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "nik_length"),
        ("327301230490001", "nik_length"),
        ("32730123049000011", "nik_length"),
        ("32730123049000a1", "nik_not_digits"),
        ("3273-0123-0490-0001", "nik_not_digits"),
        ("３２７３０１２３０４９００００１", "nik_not_digits"),  # full-width digits
        ("3273010004900001", "nik_date"),  # day 00
        ("3273013204900001", "nik_date"),  # day 32
        ("3273014004900001", "nik_date"),  # 40: neither a man's nor a woman's day
        ("3273017204900001", "nik_date"),  # woman, day 32
        ("3273012313900001", "nik_date"),  # month 13
        ("3273012300900001", "nik_date"),  # month 00
        ("3273013102900001", "nik_date"),  # 31 February
        ("3273012902010001", "nik_date"),  # 29 February 2001 (and 1901)
        ("3273012304900000", "nik_serial_zero"),
        ("0273012304900001", "nik_temporary_unmarked"),
    ],
)
def test_nik_hard_errors(text: str, code: str) -> None:
    assert code_of(parse_nik, text, today=TODAY) == ("nik", code)


def test_nik_leap_day_2000_is_valid() -> None:
    assert parse_nik("3273016902000001", today=TODAY).birth_date == date(2000, 2, 29)


@pytest.mark.parametrize(
    ("digits", "born"),
    [
        ("281126", date(2026, 11, 28)),  # born today
        ("011026", date(2026, 10, 1)),
        ("291126", date(1926, 11, 29)),  # tomorrow in 2026, so a century ago
        ("011226", date(1926, 12, 1)),
        ("010127", date(1927, 1, 1)),  # above the current two-digit year
        ("010199", date(1999, 1, 1)),
        ("010100", date(2000, 1, 1)),
        ("311225", date(2025, 12, 31)),
    ],
)
def test_nik_century_from_the_two_digit_year(digits: str, born: date) -> None:
    assert parse_nik(f"327301{digits}0001", today=TODAY).birth_date == born


def test_nik_without_today_uses_the_real_date() -> None:
    assert parse_nik("3273012304900001").birth_date == date(1990, 4, 23)


@given(
    st.dates(min_value=TODAY.replace(year=1926) + timedelta(days=1), max_value=TODAY),
    st.sampled_from(["L", "P"]),
    st.integers(min_value=11, max_value=99),
    st.integers(min_value=1, max_value=99),
    st.integers(min_value=1, max_value=9999),
)
def test_nik_round_trip(born: date, sex: str, province: int, regency: int, serial: int) -> None:
    day = born.day + (40 if sex == "P" else 0)
    nik = f"{province:02d}{regency:02d}01{day:02d}{born:%m%y}{serial:04d}"
    info = parse_nik(nik, today=TODAY)
    assert (info.birth_date, info.sex, info.serial) == (born, sex, f"{serial:04d}")
    assert info.region_prefix == f"{province:02d}.{regency:02d}.01"


def test_temporary_nik_is_accepted_only_when_marked() -> None:
    info = parse_nik("0000000000000123", temporary=True, today=TODAY)
    assert info.is_temporary and info.nik == "0000000000000123"
    assert (info.birth_date, info.sex, info.region_prefix, info.serial) == (None, None, None, None)
    assert code_of(parse_nik, "0000000000000123", today=TODAY) == ("nik", "nik_temporary_unmarked")


def test_temporary_nik_must_start_with_zero_and_have_sixteen_digits() -> None:
    assert code_of(parse_nik, "3273012304900001", temporary=True) == ("nik", "nik_temporary_not_zero")
    assert code_of(parse_nik, "012345", temporary=True) == ("nik", "nik_length")


# --- NIK findings ------------------------------------------------------------------------------------

WOMAN = parse_nik("3273016304900002", today=TODAY)


def test_no_findings_when_the_record_agrees() -> None:
    known = {"327301"}.__contains__
    assert nik_findings(WOMAN, known_region=known, birth_date=date(1990, 4, 23), sex="P") == []
    assert nik_findings(WOMAN) == []


def test_unknown_region_is_a_warning_with_the_kecamatan_code() -> None:
    asked: list[str] = []

    def known(prefix: str) -> bool:
        asked.append(prefix)
        return False

    [finding] = nik_findings(WOMAN, known_region=known, birth_date=None, sex=None)
    assert (finding.field, finding.code) == ("nik", "nik_region_unknown")
    assert finding.params == {"prefix": "32.73.01"}
    assert asked == ["327301"]


def test_birth_date_and_sex_mismatch_are_warnings() -> None:
    findings = nik_findings(WOMAN, known_region=None, birth_date=date(1990, 4, 24), sex="L")
    assert [(f.code, f.params) for f in findings] == [
        ("nik_birth_date_mismatch", {"nik": "1990-04-23", "record": "1990-04-24"}),
        ("nik_sex_mismatch", {"nik": "P", "record": "L"}),
    ]


def test_the_century_is_not_a_mismatch() -> None:
    info = parse_nik("3273010105200001", today=TODAY)  # read as 2020-05-01
    assert nik_findings(info, birth_date=date(1920, 5, 1), sex="L") == []
    assert nik_findings(info, birth_date=date(1921, 5, 1), sex="L")[0].code == "nik_birth_date_mismatch"


def test_temporary_nik_has_no_findings() -> None:
    info = parse_nik("0000000000000123", temporary=True)
    assert nik_findings(info, known_region=lambda _: False, birth_date=date(1990, 1, 1), sex="L") == []


# --- KK ----------------------------------------------------------------------------------------------


def test_kk() -> None:
    info = parse_kk("3273 0101 0115 0003", today=TODAY)
    assert (info.kk, info.region_prefix, info.issued_on, info.serial) == (
        "3273010101150003",
        "32.73.01",
        date(2015, 1, 1),
        "0003",
    )
    assert (info.province, info.regency, info.district) == ("32", "73", "01")
    assert parse_kk("3273012811260001", today=TODAY).issued_on == TODAY
    assert parse_kk("3273010101980001", today=TODAY).issued_on == date(1998, 1, 1)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("327301010115003", "kk_length"),
        ("3273010101150003x", "kk_not_digits"),
        ("3273014101150003", "kk_date"),  # no +40 on a card
        ("3273013002150003", "kk_date"),
        ("3273012911260001", "kk_date"),  # tomorrow
        ("3273010101150000", "kk_serial_zero"),
    ],
)
def test_kk_hard_errors(text: str, code: str) -> None:
    assert code_of(parse_kk, text, today=TODAY) == ("kk", code)


# --- NIP ---------------------------------------------------------------------------------------------


def test_nip() -> None:
    info = parse_nip("198001012005011001")
    assert (info.birth_date, info.start_year, info.start_month, info.sex, info.serial) == (
        date(1980, 1, 1),
        2005,
        1,
        "L",
        "001",
    )
    assert parse_nip("19750101 200003 2 014").sex == "P"


def test_format_nip() -> None:
    assert format_nip("198001012005011001") == "19800101 200501 1 001"
    assert format_nip("19800101 200501 1 001") == "19800101 200501 1 001"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("19800101200501100", "nip_length"),
        ("1980010120050110011", "nip_length"),
        ("19800101200501100A", "nip_not_digits"),
        ("198002302005011001", "nip_date"),  # 30 February
        ("198001012005131001", "nip_date"),  # start month 13
        ("198001012005001001", "nip_date"),  # start month 00
        ("198001011979121001", "nip_date"),  # service before birth
        ("198001012005013001", "nip_sex"),
        ("198001012005010001", "nip_sex"),
    ],
)
def test_nip_hard_errors(text: str, code: str) -> None:
    assert code_of(parse_nip, text) == ("nip", code)
    assert code_of(format_nip, text) == ("nip", code)


# --- NIK hash ----------------------------------------------------------------------------------------


def test_nik_hash() -> None:
    expected = hashlib.sha256(b"400.12.2.1/007/1001/XI/2026" + b"3273012304900001").hexdigest()[:16]
    assert nik_hash("3273012304900001", b"400.12.2.1/007/1001/XI/2026") == expected
    assert nik_hash("3273 0123 0490 0001", b"s") == nik_hash("3273012304900001", b"s")
    assert nik_hash("3273012304900001", b"a") != nik_hash("3273012304900001", b"b")
    assert len(nik_hash("3273012304900001", b"")) == 16

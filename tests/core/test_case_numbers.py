"""Case numbers: office part, year and month, counter; read back; refused when malformed."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kelurahan_desk.core.domain.case_numbers import case_number, office_part, parse_case_number
from kelurahan_desk.core.errors import ValidationError


def test_number_carries_kecamatan_kelurahan_month_and_counter() -> None:
    assert str(case_number("32.73.01.1001", date(2026, 11, 27), 42)) == "011001-2611-0042"
    assert str(case_number("32.73.14.1003", date(2027, 1, 2), 10_001)) == "141003-2701-10001"
    assert office_part("32.73.01.1001") != office_part("32.73.02.1001")  # same kelurahan number, other kecamatan


@given(
    kecamatan=st.integers(1, 99),
    kelurahan=st.integers(1001, 1999),
    day=st.dates(date(2000, 1, 1), date(2099, 12, 31)),
    seq=st.integers(1, 200_000),
)
def test_numbers_read_back(kecamatan: int, kelurahan: int, day: date, seq: int) -> None:
    made = case_number(f"32.73.{kecamatan:02d}.{kelurahan}", day, seq)
    assert parse_case_number(str(made)) == made


@pytest.mark.parametrize("text", ["", "011001-2613-0001", "011001-2611-0000", "11001-2611-0001", "011001/2611/0001"])
def test_malformed_numbers_are_refused(text: str) -> None:
    with pytest.raises(ValidationError, match="case_number_format"):
        parse_case_number(text)


def test_only_kelurahan_offices_number_cases() -> None:
    with pytest.raises(ValidationError, match="office_code_not_kelurahan"):
        office_part("32.73.01")

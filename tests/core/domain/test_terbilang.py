"""Terbilang against known values, and properties over the whole range."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kelurahan_desk.core.domain.terbilang import MAX_TERBILANG, terbilang
from kelurahan_desk.core.errors import ValidationError

KNOWN = {
    0: "nol",
    1: "satu",
    9: "sembilan",
    10: "sepuluh",
    11: "sebelas",
    12: "dua belas",
    19: "sembilan belas",
    20: "dua puluh",
    21: "dua puluh satu",
    99: "sembilan puluh sembilan",
    100: "seratus",
    101: "seratus satu",
    110: "seratus sepuluh",
    111: "seratus sebelas",
    115: "seratus lima belas",
    200: "dua ratus",
    999: "sembilan ratus sembilan puluh sembilan",
    1000: "seribu",
    1001: "seribu satu",
    1100: "seribu seratus",
    1111: "seribu seratus sebelas",
    1500: "seribu lima ratus",
    2000: "dua ribu",
    10_000: "sepuluh ribu",
    11_000: "sebelas ribu",
    21_000: "dua puluh satu ribu",
    100_000: "seratus ribu",
    101_000: "seratus satu ribu",
    111_000: "seratus sebelas ribu",
    250_000: "dua ratus lima puluh ribu",
    1_000_000: "satu juta",
    1_000_001: "satu juta satu",
    1_001_000: "satu juta seribu",
    1_100_000: "satu juta seratus ribu",
    1_500_000: "satu juta lima ratus ribu",
    2_500_750: "dua juta lima ratus ribu tujuh ratus lima puluh",
    17_081_945: "tujuh belas juta delapan puluh satu ribu sembilan ratus empat puluh lima",
    1_000_000_000: "satu miliar",
    1_000_001_000: "satu miliar seribu",
    12_000_000_000: "dua belas miliar",
    1_000_000_000_000: "satu triliun",
    1_001_001_001_001: "satu triliun satu miliar satu juta seribu satu",
    MAX_TERBILANG: " ".join(
        f"sembilan ratus sembilan puluh sembilan{scale}"
        for scale in (" triliun", " miliar", " juta", " ribu", "")
    ),
    -7: "minus tujuh",
    -1000: "minus seribu",
    -1_001_000: "minus satu juta seribu",
}

_DIGIT = {
    w: i
    for i, w in enumerate(
        ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")
    )
}
_SCALE = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "triliun": 10**12}
amounts = st.integers(min_value=-MAX_TERBILANG, max_value=MAX_TERBILANG)
positive = st.integers(min_value=1, max_value=MAX_TERBILANG)


def words_to_number(text: str) -> int:
    """An independent reader of terbilang text, to check that every output says its number."""
    words = text.split(" ")
    sign = 1
    if words[0] == "minus":
        sign, words = -1, words[1:]
    total = group = last = 0
    for word in words:
        if word in _DIGIT:
            last = _DIGIT[word]
        elif word in ("puluh", "belas", "ratus"):
            group += {"puluh": last * 10, "belas": last + 10, "ratus": last * 100}[word]
            last = 0
        elif word in ("sepuluh", "sebelas", "seratus"):
            group += {"sepuluh": 10, "sebelas": 11, "seratus": 100}[word]
        elif word in _SCALE:
            total += (group + last) * _SCALE[word]
            group = last = 0
        elif word == "seribu":
            total += 1000
        else:
            raise AssertionError(f"unexpected word {word!r} in {text!r}")
    return sign * (total + group + last)


@pytest.mark.parametrize(("number", "words"), KNOWN.items())
def test_known_values(number: int, words: str) -> None:
    assert terbilang(number) == words


@pytest.mark.parametrize("number", [MAX_TERBILANG + 1, -MAX_TERBILANG - 1, 10**18])
def test_out_of_range_is_refused(number: int) -> None:
    with pytest.raises(ValidationError) as caught:
        terbilang(number)
    assert caught.value.code == "terbilang_range"


@pytest.mark.parametrize("value", [True, 1.0, "12"])
def test_only_integers(value: object) -> None:
    with pytest.raises(TypeError):
        terbilang(value)  # type: ignore[arg-type]


@given(amounts)
def test_reads_back_as_the_same_number(n: int) -> None:
    assert words_to_number(terbilang(n)) == n


@given(amounts)
def test_spacing_is_clean(n: int) -> None:
    text = terbilang(n)
    assert "  " not in text
    assert text == text.strip()
    assert re.fullmatch(r"[a-z ]+", text)


@given(amounts)
def test_one_hundred_and_one_thousand_use_se(n: int) -> None:
    text = terbilang(n)
    words = text.split()
    for never in ("satu puluh", "satu belas", "satu ratus"):
        assert never not in text
    thousands = abs(n) // 1000 % 1000
    # a thousand group of exactly one is "seribu"; a larger one ending in one keeps "satu ribu"
    # ("dua puluh satu ribu", "seratus satu ribu", "satu juta seratus satu ribu")
    assert ("seribu" in words) == (thousands == 1)
    assert ("satu ribu" in text) == (thousands > 1 and thousands % 10 == 1 and thousands % 100 != 11)


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (1_101_000, "satu juta seratus satu ribu"),
        (201_001, "dua ratus satu ribu satu"),
        (1_001_101_000, "satu miliar satu juta seratus satu ribu"),
    ],
)
def test_hundred_and_one_thousand_keeps_satu(number: int, words: str) -> None:
    assert terbilang(number) == words


@given(st.integers(min_value=1, max_value=MAX_TERBILANG // 1000), st.integers(min_value=1, max_value=999))
def test_lower_groups_are_appended_unchanged(high: int, low: int) -> None:
    assert terbilang(high * 1000 + low) == f"{terbilang(high * 1000)} {terbilang(low)}"


@given(st.integers(min_value=2, max_value=999))
def test_scales_follow_the_group(group: int) -> None:
    assert terbilang(group * 1000) == f"{terbilang(group)} ribu"
    assert terbilang(group * 10**6) == f"{terbilang(group)} juta"
    assert terbilang(group * 10**9) == f"{terbilang(group)} miliar"
    assert terbilang(group * 10**12) == f"{terbilang(group)} triliun"


@given(positive)
def test_negative_is_minus_the_positive(n: int) -> None:
    assert terbilang(-n) == f"minus {terbilang(n)}"

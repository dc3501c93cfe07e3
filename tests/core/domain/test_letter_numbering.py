"""Letter number templates: tokens, refusals, rendering, scopes; Hypothesis over templates and counters."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kelurahan_desk.core.domain.letter_numbering import (
    DEFAULT_TEMPLATE,
    MAX_NUMBER_LENGTH,
    NumberFacts,
    NumberingScope,
    Token,
    check_template_for_scope,
    counter_scope,
    parse_template,
    render_number,
)
from kelurahan_desk.core.errors import ValidationError

FACTS = NumberFacts("400.12.2.1", "SKD", "32.73.01.1001", date(2026, 11, 28))


def test_default_template_gives_the_domain_example() -> None:
    assert render_number(parse_template(DEFAULT_TEMPLATE), 7, FACTS) == "400.12.2.1/007/1001/XI/2026"


def test_every_token_renders() -> None:
    template = parse_template("{jenis}-{nomor}/{kode_kecamatan}.{kode_kelurahan}/{kode_wilayah}/{bulan}/{tahun}")
    assert render_number(template, 1234, FACTS) == "SKD-1234/01.1001/32.73.01.1001/11/2026"


def test_2012_codes_and_unpadded_numbers() -> None:
    facts = NumberFacts("470", "SKD", "32.73.01.1001", date(2026, 1, 5))
    assert render_number(parse_template("{kode}/{nomor}/Kel/{bulan_romawi}/{tahun}/{kode_kelurahan}"), 12, facts) == (
        "470/12/Kel/I/2026/1001"
    )


@pytest.mark.parametrize(
    ("text", "code", "params"),
    [
        ("", "template_empty", {}),
        ("{kode}/{nomer:03}/{kode_kelurahan}/{tahun}", "unknown_token", {"token": "nomer"}),
        ("{kode}/{nomor:03}/{kode_kelurahan}/{Tahun}", "unknown_token", {"token": "Tahun"}),
        ("{kode}/{nomor:x3}/{kode_kelurahan}/{tahun}", "token_width", {"token": "nomor"}),
        ("{kode:03}/{nomor}/{kode_kelurahan}/{tahun}", "token_width", {"token": "kode"}),
        ("{kode}/{nomor/{kode_kelurahan}/{tahun}", "template_braces", {}),
        ("{kode}/nomor}/{kode_kelurahan}/{tahun}", "template_braces", {}),
        ("{kode}|{nomor}/{kode_kelurahan}/{tahun}", "template_literal", {"char": "|"}),
        ("{kode}/{kode_kelurahan}/{tahun}", "template_missing_token", {"token": "nomor"}),
        ("{kode}/{nomor}/{kode_kelurahan}", "template_missing_token", {"token": "tahun"}),
        ("{kode}/{nomor}/{tahun}", "template_missing_token", {"token": "kode_kelurahan"}),
    ],
)
def test_bad_templates_are_refused_with_a_reason(text: str, code: str, params: dict) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_template(text)
    assert (caught.value.field, caught.value.code, caught.value.params) == ("template", code, params)


def test_per_type_counters_need_the_code_or_type_in_the_number() -> None:
    template = parse_template("{nomor}/{kode_kelurahan}/{tahun}")
    check_template_for_scope(template, NumberingScope.ALL)
    with pytest.raises(ValidationError, match="template_missing_token"):
        check_template_for_scope(template, NumberingScope.PER_TYPE)


def test_counter_scopes() -> None:
    assert counter_scope(NumberingScope.PER_TYPE, "400.12.2.1", True) == "kode:400.12.2.1"
    assert counter_scope(NumberingScope.SERVICE, "400.12.2.1", True) == "layanan"
    assert counter_scope(NumberingScope.SERVICE, "500.2.2.4", False) == "kode:500.2.2.4"
    assert counter_scope(NumberingScope.ALL, "500.2.2.4", False) == "semua"


def test_numbers_too_long_for_the_qr_are_refused() -> None:
    template = parse_template("{kode_wilayah}/{kode_wilayah}/{kode_wilayah}/{nomor:03}/{tahun}")
    with pytest.raises(ValidationError, match="number_too_long"):
        render_number(template, 1, FACTS)


@pytest.mark.parametrize("seq", [0, -1, 1_000_000, True])
def test_seq_out_of_range(seq: int) -> None:
    with pytest.raises(ValidationError):
        render_number(parse_template(DEFAULT_TEMPLATE), seq, FACTS)


_LITERALS = st.text(alphabet="ABCKel0123456789./-_ ()", max_size=4)
_OTHER = st.sampled_from(["kode", "jenis", "kode_kecamatan", "bulan", "bulan_romawi"])


@st.composite
def templates(draw: st.DrawFn) -> str:
    tokens = ["{nomor" + draw(st.sampled_from(["", ":02", ":03", ":4", ":06"])) + "}", "{tahun}", "{kode_kelurahan}"]
    tokens += ["{" + name + "}" for name in draw(st.lists(_OTHER, max_size=3))]
    order = draw(st.permutations(tokens))
    separators = [draw(_LITERALS) + draw(st.sampled_from("/.-")) for _ in order]
    return "".join(sep + token for sep, token in zip(separators, order, strict=True))


@settings(max_examples=300, deadline=None)
@given(text=templates(), seqs=st.lists(st.integers(1, 99_999), min_size=2, max_size=6, unique=True))
def test_any_valid_template_renders_distinct_numbers_for_distinct_seqs(text: str, seqs: list[int]) -> None:
    template = parse_template(text)
    assert {"nomor", "tahun", "kode_kelurahan"} <= template.tokens
    numbers = []
    for seq in seqs:
        try:
            numbers.append(render_number(template, seq, FACTS))
        except ValidationError as error:
            assert error.code == "number_too_long"
            return
    assert len(set(numbers)) == len(numbers)
    for number in numbers:
        assert len(number) <= MAX_NUMBER_LENGTH and "{" not in number
        assert "2026" in number and "1001" in number


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="{}:0123abcdeklmnortuhw_/.| ", max_size=40))
def test_any_text_is_either_a_template_or_refused_with_a_code(text: str) -> None:
    try:
        template = parse_template(text)
    except ValidationError as error:
        assert error.field == "template" and error.code
        return
    assert all(
        part.name
        in {
            "kode",
            "nomor",
            "jenis",
            "kode_kelurahan",
            "kode_kecamatan",
            "kode_wilayah",
            "bulan",
            "bulan_romawi",
            "tahun",
        }
        for part in template.parts
        if isinstance(part, Token)
    )
    assert re.fullmatch(r"[^{}]*", render_number(template, 5, FACTS))

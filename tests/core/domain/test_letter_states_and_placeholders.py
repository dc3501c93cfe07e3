"""The letter state table and the body placeholders: what may happen when, and what a body may name."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kelurahan_desk.core.domain.letter_placeholders import (
    STANDARD,
    FieldSpec,
    check_body,
    check_fields,
    check_value,
    fill,
    paragraphs,
    placeholders_in,
    printed,
)
from kelurahan_desk.core.domain.letter_states import (
    ISSUED_STATES,
    TRANSITIONS,
    LetterAction,
    LetterState,
    actions_from,
    next_state,
)
from kelurahan_desk.core.errors import ValidationError

S, A = LetterState, LetterAction


def test_main_line_of_a_letter() -> None:
    state = S.DRAF
    for action in (A.AJUKAN, A.VERIFIKASI, A.SETUJUI, A.TERBITKAN, A.CETAK, A.SERAHKAN):
        state = next_state(state, action)
    assert state == S.DIAMBIL


@pytest.mark.parametrize("state", [S.DRAF, S.DIAJUKAN, S.DIVERIFIKASI, S.DISETUJUI])
def test_refused_at_any_step_before_issue_only_with_a_reason(state: LetterState) -> None:
    with pytest.raises(ValidationError, match="reason: required"):
        next_state(state, A.TOLAK, "  ")
    assert next_state(state, A.TOLAK, "KTP tidak sesuai") == S.DITOLAK


def test_an_issued_letter_can_only_be_revoked_printed_or_handed_over() -> None:
    for state in ISSUED_STATES:
        assert set(actions_from(state)) <= {A.CABUT, A.CETAK, A.SERAHKAN}
        with pytest.raises(ValidationError, match="transition_refused"):
            next_state(state, A.TOLAK, "terlambat")
    assert actions_from(S.DICABUT) == []
    assert actions_from(S.DITOLAK) == []


def test_no_path_gives_a_second_issue_or_skips_verification() -> None:
    assert [source for (action, source) in TRANSITIONS if action == A.TERBITKAN] == [S.DISETUJUI]
    assert [source for (action, source) in TRANSITIONS if action == A.SETUJUI] == [S.DIVERIFIKASI]


@given(st.lists(st.sampled_from(list(A)), max_size=20))
def test_any_sequence_of_actions_keeps_the_number_rule(actions: list[LetterAction]) -> None:
    """Once issued, a letter never goes back to a state without a number."""
    state, issued = S.DRAF, False
    for action in actions:
        try:
            state = next_state(state, action, "alasan")
        except ValidationError:
            continue
        issued = issued or state in ISSUED_STATES
        if issued:
            assert state in ISSUED_STATES


SPECS = [FieldSpec("nama", "Nama", source="name", in_table=True), FieldSpec("keperluan", "Keperluan", required=True)]


def test_body_may_name_its_fields_and_the_standard_facts_only() -> None:
    check_body("{nama} warga {kelurahan} untuk {keperluan}, nomor {nomor_surat}.", [s.key for s in SPECS])
    with pytest.raises(ValidationError) as caught:
        check_body("{nama} untuk {keperluann}", [s.key for s in SPECS])
    assert (caught.value.field, caught.value.code, caught.value.params) == (
        "body",
        "unknown_placeholder",
        {"name": "keperluann"},
    )


@pytest.mark.parametrize("body", ["{nama", "nama}", "{ nama }", "{Nama}", "{}", "{nama{keperluan}}"])
def test_malformed_placeholders_are_refused(body: str) -> None:
    with pytest.raises(ValidationError, match="placeholder_malformed"):
        check_body(body, ["nama", "keperluan"])


def test_doubled_braces_print_braces_and_fill_replaces() -> None:
    assert placeholders_in("{{literal}} {nama}") == ["nama"]
    assert fill("{{x}} {nama} {tidak_ada}", {"nama": "Siti"}) == "{x} Siti …"


def test_fields_must_be_well_formed() -> None:
    with pytest.raises(ValidationError, match="field_key_taken"):
        check_fields([FieldSpec("nama", "Nama"), FieldSpec("nama", "Nama lagi")])
    with pytest.raises(ValidationError, match="field_key_taken"):
        check_fields([FieldSpec("kelurahan", "Kelurahan")])
    with pytest.raises(ValidationError, match="field_kind_unknown"):
        check_fields([FieldSpec("x", "X", kind="jam")])
    with pytest.raises(ValidationError, match="field_source_unknown"):
        check_fields([FieldSpec("x", "X", source="hobby")])
    assert set(STANDARD) >= {"tanggal_surat", "nomor_surat", "kelurahan"}


def test_values_are_checked_and_print_the_indonesian_way() -> None:
    money = FieldSpec("penghasilan", "Penghasilan", kind="money", required=True)
    assert printed(money, check_value(money, " 1001000 ")) == "Rp1.001.000,00 (satu juta seribu rupiah)"
    day = FieldSpec("tgl", "Tanggal", kind="date")
    assert printed(day, check_value(day, "2026-11-28")) == "28 November 2026"
    with pytest.raises(ValidationError, match="invalid_date"):
        check_value(day, "28-11-2026")
    with pytest.raises(ValidationError, match="required"):
        check_value(money, "  ")
    with pytest.raises(ValidationError, match="invalid_number"):
        check_value(money, "-5")
    with pytest.raises(ValidationError, match="nik_format"):
        check_value(FieldSpec("nik", "NIK", kind="nik"), "3273")


def test_paragraphs_and_list_items() -> None:
    text = "Satu\nbaris dua.\n\nAhli waris:\n1. Ani, anak\n2. Budi, anak\n\nPenutup."
    assert paragraphs(text) == ("Satu baris dua.", "Ahli waris:", "1. Ani, anak", "2. Budi, anak", "Penutup.")

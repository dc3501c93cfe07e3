"""Criteria, weighted points and the ranked list per field: ranks are a permutation, ties keep entry
order, overrides land where they were asked to, and bad input is refused."""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kelurahan_desk.core.domain.proposal_scoring import (
    DEFAULT_CRITERIA,
    Criterion,
    RankInput,
    check_criteria,
    check_override,
    check_score,
    is_complete,
    rank_by_field,
    rank_field,
    score_percent,
    weighted_points,
)
from kelurahan_desk.core.errors import ValidationError

FIELDS = ("infrastruktur", "ekonomi", "sosial_budaya")


@st.composite
def rank_inputs(draw: st.DrawFn, with_overrides: bool = True) -> list[RankInput]:
    count = draw(st.integers(0, 25))
    sequences = draw(st.lists(st.integers(1, 10_000), min_size=count, max_size=count, unique=True))
    items = []
    for number, sequence in enumerate(sequences):
        override = draw(st.none() | st.integers(1, count + 3)) if with_overrides else None
        items.append(
            RankInput(
                key=f"p{number}",
                field=draw(st.sampled_from(FIELDS)),
                points=draw(st.none() | st.integers(0, 6)),  # small range: many ties
                votes=draw(st.integers(0, 2)),
                sequence=sequence,
                override_rank=override,
                override_order=number,
            )
        )
    return items


def test_default_weights_add_up_to_one_hundred() -> None:
    assert sum(c.weight for c in DEFAULT_CRITERIA) == 100
    assert check_criteria(DEFAULT_CRITERIA) == DEFAULT_CRITERIA


def test_points_are_the_weighted_sum_and_percent_of_the_maximum() -> None:
    criteria = (Criterion("a", "A", 30), Criterion("b", "B", 70))
    assert weighted_points({}, criteria) is None
    assert weighted_points({"a": 5, "b": 5}, criteria) == 500
    assert weighted_points({"a": 2}, criteria) == 60
    assert not is_complete({"a": 2}, criteria)
    assert score_percent(500, criteria) == Decimal("100.00")
    assert score_percent(333, criteria) == Decimal("66.60")
    assert score_percent(None, criteria) is None


@pytest.mark.parametrize("score", [0, 6, -1, True, 2.5])
def test_scores_outside_one_to_five_are_refused(score: object) -> None:
    with pytest.raises(ValidationError) as error:
        check_score(score)  # type: ignore[arg-type]
    assert error.value.code == "out_of_range"


@pytest.mark.parametrize(
    ("criteria", "code"),
    [
        ((), "required"),
        ((Criterion("a", "A", 10), Criterion("a", "B", 10)), "criterion_duplicate"),
        ((Criterion("A b", "A", 10),), "criterion_key"),
        ((Criterion("a", "  ", 10),), "criterion_title"),
        ((Criterion("a", "A", 0),), "out_of_range"),
        ((Criterion("a", "A", 101),), "out_of_range"),
    ],
)
def test_bad_criteria_are_refused(criteria: tuple[Criterion, ...], code: str) -> None:
    with pytest.raises(ValidationError) as error:
        check_criteria(criteria)
    assert error.value.code == code


def test_an_override_needs_a_reason_and_a_positive_rank() -> None:
    assert check_override(2, "  Lokasi rawan   banjir ") == (2, "Lokasi rawan banjir")
    with pytest.raises(ValidationError) as error:
        check_override(2, "   ")
    assert error.value.code == "override_reason_required"
    with pytest.raises(ValidationError):
        check_override(0, "alasan")


@given(rank_inputs())
def test_ranks_are_a_permutation_within_each_field(items: list[RankInput]) -> None:
    ranked = rank_by_field(items)
    assert sorted(r.key for group in ranked.values() for r in group) == sorted(i.key for i in items)
    for field, group in ranked.items():
        assert [r.rank for r in group] == list(range(1, len(group) + 1))
        assert sorted(r.computed_rank for r in group) == list(range(1, len(group) + 1))
        assert all(r.field == field for r in group)


@given(rank_inputs(with_overrides=False))
def test_without_overrides_order_is_points_then_votes_then_entry_order(items: list[RankInput]) -> None:
    by_key = {i.key: i for i in items}
    for group in rank_by_field(items).values():
        ordered = [by_key[r.key] for r in group]
        for better, worse in itertools.pairwise(ordered):
            b = -1 if better.points is None else better.points
            w = -1 if worse.points is None else worse.points
            assert (b, better.votes) >= (w, worse.votes)
            if (b, better.votes) == (w, worse.votes):
                assert better.sequence < worse.sequence  # a tie keeps the entry order
        assert all(r.rank == r.computed_rank and not r.overridden for r in group)


@given(rank_inputs())
def test_overrides_take_their_rank_and_the_rest_keep_their_order(items: list[RankInput]) -> None:
    by_key = {i.key: i for i in items}
    for group in rank_by_field(items).values():
        n = len(group)
        overridden = [r for r in group if r.overridden]
        assert {r.key for r in overridden} == {i.key for i in items if i.override_rank and i.field == group[0].field}
        wanted = [by_key[r.key].override_rank for r in overridden]
        if len(set(wanted)) == len(wanted) and all(w is not None and w <= n for w in wanted):
            # distinct, reachable ranks: each lands exactly where it was asked to go
            assert all(r.rank == by_key[r.key].override_rank for r in overridden)
        rest = [r for r in group if not r.overridden]
        assert [r.computed_rank for r in rest] == sorted(r.computed_rank for r in rest)


@given(rank_inputs())
def test_ranking_does_not_depend_on_input_order(items: list[RankInput]) -> None:
    assert rank_by_field(items) == rank_by_field(list(reversed(items)))


def test_equal_override_ranks_go_to_the_later_override() -> None:
    items = [
        RankInput("a", "ekonomi", 100, sequence=1),
        RankInput("b", "ekonomi", 90, sequence=2, override_rank=1, override_order=5),
        RankInput("c", "ekonomi", 80, sequence=3, override_rank=1, override_order=9),
    ]
    assert [(r.key, r.rank, r.computed_rank) for r in rank_field(items)] == [("c", 1, 3), ("b", 2, 2), ("a", 3, 1)]


def test_an_override_past_the_end_goes_last() -> None:
    items = [RankInput("a", "ekonomi", 10, sequence=1, override_rank=50), RankInput("b", "ekonomi", 5, sequence=2)]
    assert [r.key for r in rank_field(items)] == ["b", "a"]

"""PP 7/2021 size classes, exact at every limit: the limit itself belongs to the lower class."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kelurahan_desk.core.domain.business_size import (
    CAPITAL_LIMITS,
    SALES_LIMITS,
    SizeClass,
    assess_size,
    class_by_capital,
    class_by_sales,
)
from kelurahan_desk.core.errors import ValidationError

B = 1_000_000_000


@pytest.mark.parametrize(
    ("capital", "size"),
    [
        (0, SizeClass.MIKRO),
        (1 * B, SizeClass.MIKRO),
        (1 * B + 1, SizeClass.KECIL),
        (5 * B, SizeClass.KECIL),
        (5 * B + 1, SizeClass.MENENGAH),
        (10 * B, SizeClass.MENENGAH),
        (10 * B + 1, SizeClass.BESAR),
    ],
)
def test_capital_limits(capital: int, size: SizeClass) -> None:
    assert class_by_capital(capital) == size


@pytest.mark.parametrize(
    ("sales", "size"),
    [
        (0, SizeClass.MIKRO),
        (2 * B, SizeClass.MIKRO),
        (2 * B + 1, SizeClass.KECIL),
        (15 * B, SizeClass.KECIL),
        (15 * B + 1, SizeClass.MENENGAH),
        (50 * B, SizeClass.MENENGAH),
        (50 * B + 1, SizeClass.BESAR),
    ],
)
def test_sales_limits(sales: int, size: SizeClass) -> None:
    assert class_by_sales(sales) == size


def test_the_smaller_class_wins_and_unknown_amounts_are_left_out() -> None:
    assert assess_size(3 * B, 1 * B).size == SizeClass.MIKRO  # small by capital, micro by sales
    assert assess_size(500_000_000, 20 * B).size == SizeClass.MIKRO
    assert assess_size(None, 20 * B).size == SizeClass.MENENGAH
    assert assess_size(6 * B, None).by_sales is None
    assert assess_size(None, None).size is None


@pytest.mark.parametrize("bad", [-1, 1.5, True, "1000"])
def test_amounts_must_be_whole_non_negative_rupiah(bad: object) -> None:
    with pytest.raises(ValidationError):
        class_by_capital(bad)  # type: ignore[arg-type]


@given(st.integers(0, 80 * B), st.integers(0, 80 * B))
def test_class_never_falls_when_amounts_grow(a: int, b: int) -> None:
    low, high = sorted((a, b))
    order = list(SizeClass)
    assert order.index(class_by_capital(low)) <= order.index(class_by_capital(high))
    assert order.index(class_by_sales(low)) <= order.index(class_by_sales(high))


def test_limits_are_the_regulation_figures() -> None:
    assert CAPITAL_LIMITS == (1 * B, 5 * B, 10 * B)
    assert SALES_LIMITS == (2 * B, 15 * B, 50 * B)

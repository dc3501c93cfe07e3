"""Size class of a business (UMKM) by PP 7/2021, Pasal 35.

By capital (modal usaha, excluding land and buildings): micro up to Rp1 billion, small above that up to
Rp5 billion, medium above that up to Rp10 billion. By yearly sales (hasil penjualan tahunan): micro up
to Rp2 billion, small above that up to Rp15 billion, medium above that up to Rp50 billion. Each limit
belongs to the lower class ("paling banyak"): Rp1.000.000.000 of capital is still micro.

The regulation uses capital when a business is set up or registered and sales for support and
protection; the registry shows both and classes a business by the smaller of the two (micro when
either says micro, as the office reads "capital ≤ Rp1 billion or sales ≤ Rp2 billion"). Amounts are
whole rupiah, so every comparison is exact.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from kelurahan_desk.core.errors import ValidationError

BILLION = 1_000_000_000


class SizeClass(StrEnum):
    MIKRO = "mikro"
    KECIL = "kecil"
    MENENGAH = "menengah"
    BESAR = "besar"


SIZE_TITLES: Mapping[SizeClass, str] = {
    SizeClass.MIKRO: "Usaha Mikro",
    SizeClass.KECIL: "Usaha Kecil",
    SizeClass.MENENGAH: "Usaha Menengah",
    SizeClass.BESAR: "Usaha Besar",
}

_ORDER = (SizeClass.MIKRO, SizeClass.KECIL, SizeClass.MENENGAH, SizeClass.BESAR)
# upper limits (inclusive) of micro, small and medium
CAPITAL_LIMITS = (1 * BILLION, 5 * BILLION, 10 * BILLION)
SALES_LIMITS = (2 * BILLION, 15 * BILLION, 50 * BILLION)


def _class_under(amount: int, limits: tuple[int, int, int], name: str) -> SizeClass:
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise ValidationError(name, "invalid_number")
    if amount < 0:
        raise ValidationError(name, "out_of_range", {"min": 0, "max": "…"})
    for size, limit in zip(_ORDER, limits, strict=False):
        if amount <= limit:
            return size
    return SizeClass.BESAR


def class_by_capital(capital: int) -> SizeClass:
    return _class_under(capital, CAPITAL_LIMITS, "capital")


def class_by_sales(yearly_sales: int) -> SizeClass:
    return _class_under(yearly_sales, SALES_LIMITS, "yearly_sales")


@dataclass(frozen=True)
class SizeAssessment:
    by_capital: SizeClass | None
    by_sales: SizeClass | None
    size: SizeClass | None  # None when neither amount is known


def assess_size(capital: int | None, yearly_sales: int | None) -> SizeAssessment:
    by_capital = class_by_capital(capital) if capital is not None else None
    by_sales = class_by_sales(yearly_sales) if yearly_sales is not None else None
    known = [c for c in (by_capital, by_sales) if c is not None]
    size = min(known, key=_ORDER.index) if known else None
    return SizeAssessment(by_capital, by_sales, size)

"""Weighted criteria, scores and the ranked list of proposals per field.

There is no national formula: the office weighs its own criteria (defaults below, after common
practice: urgency, beneficiaries, fit with the city's plan, swadaya, city authority, land ready).
Each criterion is scored 1–5; a proposal's points are Σ weight × score, kept as an integer so that
equal totals are exactly equal. Ranking per field orders by points, then forum votes, then entry
order (so ties are stable); a rank set by hand (with a recorded reason) is then put in place, and
the result is always a permutation of 1..n.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from kelurahan_desk.core.errors import ValidationError

SCORE_MIN, SCORE_MAX = 1, 5
WEIGHT_MAX = 100
MAX_CRITERIA = 12
MAX_REASON = 500
_KEY = re.compile(r"[a-z][a-z0-9_]{0,29}")


@dataclass(frozen=True)
class Criterion:
    key: str
    title: str
    weight: int


DEFAULT_CRITERIA: tuple[Criterion, ...] = (
    Criterion("urgensi", "Tingkat kedaruratan", 25),
    Criterion("penerima_manfaat", "Jumlah penerima manfaat", 20),
    Criterion("kesesuaian_rencana", "Kesesuaian dengan RKPD/RPJMD", 20),
    Criterion("kewenangan", "Sesuai kewenangan kota", 15),
    Criterion("swadaya", "Swadaya masyarakat", 10),
    Criterion("kesiapan_lahan", "Kesiapan lahan", 10),
)


def check_criteria(criteria: Sequence[Criterion]) -> tuple[Criterion, ...]:
    if not criteria:
        raise ValidationError("criteria", "required")
    if len(criteria) > MAX_CRITERIA:
        raise ValidationError("criteria", "too_many", {"max": MAX_CRITERIA})
    seen: set[str] = set()
    cleaned = []
    for item in criteria:
        key = item.key.strip()
        if not _KEY.fullmatch(key):
            raise ValidationError("criteria", "criterion_key", {"key": key})
        if key in seen:
            raise ValidationError("criteria", "criterion_duplicate", {"key": key})
        seen.add(key)
        title = " ".join(item.title.split())
        if not title or len(title) > 80:
            raise ValidationError("criteria", "criterion_title", {"key": key})
        if isinstance(item.weight, bool) or not isinstance(item.weight, int) or not 1 <= item.weight <= WEIGHT_MAX:
            raise ValidationError("criteria", "out_of_range", {"min": 1, "max": WEIGHT_MAX})
        cleaned.append(Criterion(key, title, item.weight))
    return tuple(cleaned)


def check_score(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not SCORE_MIN <= value <= SCORE_MAX:
        raise ValidationError("score", "out_of_range", {"min": SCORE_MIN, "max": SCORE_MAX})
    return value


def weighted_points(scores: Mapping[str, int], criteria: Iterable[Criterion]) -> int | None:
    """Σ weight × score over the criteria; a criterion not scored counts 0. None when nothing is scored."""
    criteria = tuple(criteria)
    if not any(c.key in scores for c in criteria):
        return None
    return sum(c.weight * scores[c.key] for c in criteria if c.key in scores)


def is_complete(scores: Mapping[str, int], criteria: Iterable[Criterion]) -> bool:
    return all(c.key in scores for c in criteria)


def score_percent(points: int | None, criteria: Iterable[Criterion]) -> Decimal | None:
    """Points as a share of the maximum, 0–100 with two decimals (for people; ranking uses the points)."""
    if points is None:
        return None
    maximum = SCORE_MAX * sum(c.weight for c in criteria)
    return (Decimal(points) * 100 / maximum).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def check_override(rank: int, reason: str) -> tuple[int, str]:
    if isinstance(rank, bool) or not isinstance(rank, int) or rank < 1:
        raise ValidationError("rank", "out_of_range", {"min": 1, "max": 9999})
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError("reason", "override_reason_required")
    if len(reason) > MAX_REASON:
        raise ValidationError("reason", "too_long", {"max": MAX_REASON})
    return rank, reason


@dataclass(frozen=True)
class RankInput:
    """One proposal as ranking sees it. `sequence` is the entry order (the proposal number);
    `override_order` orders overrides in time: when two ask for one rank, the later one gets it."""

    key: str
    field: str
    points: int | None
    votes: int = 0
    sequence: int = 0
    override_rank: int | None = None
    override_order: int = 0


@dataclass(frozen=True)
class Ranked:
    key: str
    field: str
    rank: int
    computed_rank: int  # the rank by points, votes and entry order alone
    overridden: bool


def _computed_key(item: RankInput) -> tuple[int, int, int, str]:
    points = item.points if item.points is not None else -1
    return (-points, -item.votes, item.sequence, item.key)


def rank_field(items: Sequence[RankInput]) -> list[Ranked]:
    """Ranks 1..n of one field's proposals, best first."""
    computed = sorted(items, key=_computed_key)
    computed_rank = {item.key: number for number, item in enumerate(computed, start=1)}
    order = [item for item in computed if item.override_rank is None]
    overrides = sorted(
        (i for i in items if i.override_rank is not None), key=lambda i: (i.override_rank, i.override_order)
    )
    for item in overrides:
        assert item.override_rank is not None
        order.insert(min(item.override_rank, len(order) + 1) - 1, item)
    return [
        Ranked(item.key, item.field, number, computed_rank[item.key], item.override_rank is not None)
        for number, item in enumerate(order, start=1)
    ]


def rank_by_field(items: Iterable[RankInput]) -> dict[str, list[Ranked]]:
    groups: dict[str, list[RankInput]] = {}
    for item in items:
        groups.setdefault(item.field, []).append(item)
    return {field: rank_field(group) for field, group in groups.items()}

"""Giving letter numbers inside the issuing transaction, from yearly counters, exactly once.

The counter row is read and raised in the caller's unit of work, which began with BEGIN IMMEDIATE: no other
writer (another window, another process) can draw between the read and the commit, and a rolled-back issue
gives its number back together with everything else. A number whose text is already taken (the office
changed its template or scope mid-year) is never given twice: its seq is kept as a void number and the
next one is drawn. So every seq up to a counter's `last_seq` belongs to exactly one letter or one void row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kelurahan_desk.core.domain.letter_numbering import (
    DEFAULT_TEMPLATE,
    NumberFacts,
    NumberingScope,
    check_template_for_scope,
    counter_scope,
    parse_template,
    render_number,
)
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.store.models import Letter, LetterCounter, LetterNumberVoid, OfficeSetting

TEMPLATE_SETTING = "letter_number_template"
SCOPE_SETTING = "letter_number_scope"
VOID_TAKEN = "nomor_terpakai"
MAX_SKIPS = 1000

NumberTaken = Callable[[Session, str], bool]


@dataclass(frozen=True)
class NumberingSettings:
    template: str = DEFAULT_TEMPLATE
    scope: NumberingScope = NumberingScope.PER_TYPE


@dataclass(frozen=True)
class DrawnNumber:
    scope: str
    year: int
    seq: int
    number: str


def check_settings(settings: NumberingSettings) -> NumberingSettings:
    try:
        scope = NumberingScope(settings.scope)
    except ValueError as exc:
        raise ValidationError("scope", "unknown_choice") from exc
    template = parse_template(settings.template.strip())
    check_template_for_scope(template, scope)
    return NumberingSettings(template.text, scope)


def read_settings(s: Session) -> NumberingSettings:
    template = s.get(OfficeSetting, TEMPLATE_SETTING)
    scope = s.get(OfficeSetting, SCOPE_SETTING)
    return NumberingSettings(
        template.value if template is not None else DEFAULT_TEMPLATE,
        NumberingScope(scope.value) if scope is not None else NumberingScope.PER_TYPE,
    )


def write_settings(s: Session, settings: NumberingSettings) -> None:
    for key, value in ((TEMPLATE_SETTING, settings.template), (SCOPE_SETTING, settings.scope.value)):
        row = s.get(OfficeSetting, key)
        if row is None:
            s.add(OfficeSetting(id=key, value=value))
        elif row.value != value:
            row.value = value


def letter_number_taken(s: Session, number: str) -> bool:
    return s.scalar(select(Letter.id).where(Letter.number == number).limit(1)) is not None


def draw_number(
    s: Session,
    settings: NumberingSettings,
    facts: NumberFacts,
    *,
    is_service: bool,
    actor: str,
    now: datetime,
    taken: NumberTaken = letter_number_taken,
) -> DrawnNumber:
    """The next number in the letter's scope and year. Call inside the unit of work that issues."""
    template = parse_template(settings.template)
    scope = counter_scope(settings.scope, facts.classification, is_service)
    year = facts.issued_on.year
    counter = s.scalar(select(LetterCounter).where(LetterCounter.scope == scope, LetterCounter.year == year))
    if counter is None:
        counter = LetterCounter(scope=scope, year=year, last_seq=_highest_used(s, scope, year))
        s.add(counter)
    for _ in range(MAX_SKIPS):
        seq = counter.last_seq + 1
        counter.last_seq = seq
        number = render_number(template, seq, facts)
        if not taken(s, number):
            s.flush()
            return DrawnNumber(scope, year, seq, number)
        s.add(LetterNumberVoid(scope=scope, year=year, seq=seq, number=number, reason=VOID_TAKEN, at=now, actor=actor))
    raise ValidationError("number", "number_exhausted", {"scope": scope, "year": year})


def _highest_used(s: Session, scope: str, year: int) -> int:
    """A counter made for the first time starts after anything already given in its scope and year."""
    letters = s.scalar(
        select(func.max(Letter.number_seq)).where(Letter.counter_scope == scope, Letter.number_year == year)
    )
    voids = s.scalar(
        select(func.max(LetterNumberVoid.seq)).where(LetterNumberVoid.scope == scope, LetterNumberVoid.year == year)
    )
    return max(letters or 0, voids or 0)

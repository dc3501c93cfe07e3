"""Numbers for documents that are not letters (berita acara, certificates), drawn from the letter counters.

The number follows the office's letter template and counter scope (`letter_numbers.draw_number`), so a
berita acara or a certificate never shares a number with a letter. Every seq of a letter counter belongs
to a letter or to a `LetterNumberVoid` row; a seq given to another document is recorded there, with the
document's type as the reason, so the letter register shows no unexplained gap.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kelurahan_desk.core.domain.letter_numbering import NumberFacts
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.letter_numbers import draw_number, letter_number_taken, read_settings
from kelurahan_desk.core.store.models import LetterNumberVoid, Office
from kelurahan_desk.core.store.unit_of_work import Store

REASON_PREFIX = "dokumen:"


def number_taken(s: Session, number: str) -> bool:
    """Given to a letter or to any other document already."""
    if letter_number_taken(s, number):
        return True
    return s.scalar(select(LetterNumberVoid.id).where(LetterNumberVoid.number == number).limit(1)) is not None


class CounterNumbers:
    """A `NumberIssuer` over the letter counters."""

    def __call__(self, s: Session, *, classification: str, type_code: str, issued_on: date) -> str:
        office_code = s.scalar(select(Office.code).limit(1))
        if office_code is None:
            raise ValidationError("code", "setup_not_done")
        journal = Store.journal(s)
        drawn = draw_number(
            s,
            read_settings(s),
            NumberFacts(classification, type_code, office_code, issued_on),
            is_service=False,
            actor=journal.actor,
            now=journal.at,
            taken=number_taken,
        )
        s.add(
            LetterNumberVoid(
                scope=drawn.scope,
                year=drawn.year,
                seq=drawn.seq,
                number=drawn.number,
                reason=(REASON_PREFIX + type_code)[:40],
                at=journal.at,
                actor=journal.actor,
            )
        )
        s.flush()
        return drawn.number

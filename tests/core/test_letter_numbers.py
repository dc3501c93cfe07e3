"""Letter numbers are given exactly once: two processes issuing at the same time, and any mix of settings."""

from __future__ import annotations

import itertools
import multiprocessing
import re
from datetime import UTC, date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from kelurahan_desk.composition import Services
from kelurahan_desk.core.domain.letter_numbering import NumberFacts, NumberingScope
from kelurahan_desk.core.services.letter_numbers import NumberingSettings, draw_number
from kelurahan_desk.core.services.letter_views import Approval
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.store.models import Letter, LetterCounter, LetterNumberVoid
from tests.core.letter_helpers import PASSWORDS, fast_password_hashing, letter_office
from tests.core.letter_issuer import issue_all

__all__ = ["fast_password_hashing"]
LETTERS = 40


def test_two_processes_issuing_at_once_never_share_or_skip_a_number(services: Services, admin: Actor) -> None:
    office = letter_office(services, admin)
    services.letters.set_numbering(
        admin, NumberingSettings("{kode}/{nomor:03}/{kode_kelurahan}/{bulan_romawi}/{tahun}", NumberingScope.ALL)
    )
    approved = []
    for i in range(LETTERS):
        letter = office.verified("SKD" if i % 2 else "SKBM")
        approved.append(services.letters.approve(office.lurah, letter.id, PASSWORDS["lurah"], Approval(), issue=False))
    services.office_keys.signing_key()
    ids = [letter.id for letter in approved]
    root = str(services.folder.root)
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        results = pool.starmap(issue_all, [(root, office.lurah, ids[0::2]), (root, office.lurah, ids[1::2])])
    numbers = [number for result in results for number in result]
    assert len(numbers) == LETTERS and len(set(numbers)) == LETTERS
    seqs = sorted(int(re.split("/", number)[-4]) for number in numbers)
    with services.store.read() as s:
        voids = s.scalars(select(LetterNumberVoid.seq)).all()
        [counter] = s.scalars(select(LetterCounter)).all()
        stored = s.scalars(select(Letter.number_seq).where(Letter.number.is_not(None))).all()
    assert voids == [] and counter.last_seq == LETTERS
    assert seqs == sorted(stored) == list(range(1, LETTERS + 1))


_year = itertools.count(2001)
_TEMPLATES = [
    "{kode}/{nomor:03}/{kode_kelurahan}/{bulan_romawi}/{tahun}",
    "{nomor:03}/{kode_kelurahan}/{tahun}",
    "470/{nomor}/{kode_kelurahan}/{tahun}",
    "{jenis}.{nomor}/{kode_wilayah}/{tahun}",
]
_DRAW = st.tuples(
    st.sampled_from(_TEMPLATES),
    st.sampled_from(list(NumberingScope)),
    st.sampled_from([("400.12.2.1", "SKD", True), ("400.10.2.2", "SKTM", True), ("500.2.2.4", "SKU", False)]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(draws=st.lists(_DRAW, min_size=1, max_size=25))
def test_any_mix_of_templates_scopes_and_types_keeps_numbers_unique_and_gaps_explained(
    services: Services, admin: Actor, draws: list
) -> None:
    year = next(_year)
    given_numbers: set[str] = set()
    drawn: list[tuple[str, int]] = []
    with services.store.write(admin.username, "test.numbers") as s:
        for template, scope, (code, type_code, service) in draws:
            number_settings = NumberingSettings(template, scope)
            facts = NumberFacts(code, type_code, "32.73.01.1001", date(year, 3, 9))
            # a per-code counter under a template without {kode} collides with other codes: drawn as void instead
            result = draw_number(
                s,
                number_settings,
                facts,
                is_service=service,
                actor="t",
                now=datetime(year, 3, 9, tzinfo=UTC),
                taken=lambda _s, number: number in given_numbers,
            )
            assert result.number not in given_numbers
            given_numbers.add(result.number)
            drawn.append((result.scope, result.seq))
        counters = {c.scope: c.last_seq for c in s.scalars(select(LetterCounter).where(LetterCounter.year == year))}
        voids = [(v.scope, v.seq) for v in s.scalars(select(LetterNumberVoid).where(LetterNumberVoid.year == year))]
    for scope, last in counters.items():
        used = sorted([seq for sc, seq in drawn if sc == scope] + [seq for sc, seq in voids if sc == scope])
        assert used == list(range(1, last + 1)), scope

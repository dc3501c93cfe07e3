"""Demo letters: every state present, issued ones archived and marked SPESIMEN, built only once."""

from __future__ import annotations

import hashlib
import io
from collections import Counter

from pypdf import PdfReader

from kelurahan_desk.composition import Services
from kelurahan_desk.core.demo.builder import build_demo
from kelurahan_desk.core.domain.letter_states import ISSUED_STATES, LetterState
from kelurahan_desk.core.services.umkm import BusinessQuery


def test_demo_letters(services: Services) -> None:
    actors = build_demo(services)
    desk = actors["petugas"]
    rows = services.letters.worklist(desk, list(LetterState))
    assert Counter(row.state for row in rows).keys() == set(LetterState)
    today, now, zone = services.clock.today(), services.clock.now(), services.clock.zone
    days = set()
    for row in rows:
        letter = services.letters.get(desk, row.id)
        steps = [event.at for event in letter.events]
        assert steps == sorted(steps) and steps[-1] <= now  # one after another, none still to come
        if len(steps) > 1:
            assert steps[0] < steps[-1]  # a request is not taken, checked and signed in the same minute
        taken = letter.created_at.astimezone(zone)
        assert taken.weekday() < 5 and 7 <= taken.hour < 16  # at the counter, in office hours
        days.add(taken.date())
        born = services.residents.get(desk, letter.resident_id or "").birth_date
        assert born is not None and (today - born).days > 21 * 365
        if letter.state in ISSUED_STATES:
            pdf = services.letters.pdf(desk, letter.id)
            assert hashlib.sha256(pdf).hexdigest() == letter.pdf_sha256
            text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
            assert "SPESIMEN" in text and (letter.number or "?") in text
    assert len(days) > len(rows) // 2  # requests came in over the days, not all at once
    [sku] = [row for row in rows if row.type_code == "SKU" and row.state in ISSUED_STATES]
    letter = services.letters.get(desk, sku.id)
    umkm = services.programmes.umkm
    [found] = umkm.search(desk, BusinessQuery(text=letter.values["nama_usaha"]))
    business = umkm.get(desk, found.id)
    assert business.value.owner_resident_id == letter.resident_id  # the business the letter vouches for
    assert [(link.letter_id, link.letter_number) for link in business.letters] == [(letter.id, letter.number)]
    build_demo(services)
    assert len(services.letters.worklist(desk, list(LetterState))) == len(rows)

"""The UMKM registry: size class kept with each save, NIB rules, letters linked, search and export."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from kelurahan_desk.composition import Services
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.services.umkm import BusinessInput, BusinessQuery
from tests.core.case_helpers import photo
from tests.core.programme_helpers import resident


def business(owner: str, **changes: object) -> BusinessInput:
    base = BusinessInput(name="Keripik Tempe Bu Siti", owner_resident_id=owner, sector="kuliner",
                         capital=25_000_000, yearly_sales=180_000_000)  # fmt: skip
    return replace(base, **changes)  # type: ignore[arg-type]


def test_size_class_follows_capital_and_sales(services: Services, admin: Actor) -> None:
    umkm = services.programmes.umkm
    siti = resident(services, admin, "3273014101900001", "Siti Aminah")
    made = umkm.register(admin, business(siti), [photo()])
    assert (made.size_class, made.owner_name, made.value.address, len(made.photo_shas)) == (
        "mikro",
        "Siti Aminah",
        "Jl. Melati No. 10",
        1,
    )
    grown = umkm.update(admin, made.id, business(siti, capital=1_000_000_001, yearly_sales=2_000_000_001), made.rev)
    assert (grown.size_class, grown.size_by_capital, grown.size_by_sales) == ("kecil", "kecil", "kecil")
    edge = umkm.update(admin, made.id, business(siti, capital=1_000_000_000, yearly_sales=20_000_000_000), grown.rev)
    assert edge.size_class == "mikro"
    with pytest.raises(ValidationError, match="nib_format"):
        umkm.register(admin, business(siti, nib="12345"))
    with pytest.raises(ValidationError, match="nib: required"):
        umkm.register(admin, business(siti, nib_status="terbit"))
    with pytest.raises(ValidationError, match="resident_unknown"):
        umkm.register(admin, business("tidak-ada"))


def test_letters_are_linked_and_search_filters(services: Services, admin: Actor, tmp_path: Path) -> None:
    umkm = services.programmes.umkm
    siti = resident(services, admin, "3273014101900001", "Siti Aminah")
    budi = resident(services, admin, "3273011203850002", "Budi Santoso", rw=7)
    keripik = umkm.register(admin, business(siti))
    umkm.register(admin, business(budi, name="=Bengkel Budi", sector="jasa", nib="1234567890123", nib_status="terbit",
                                  rw=7, capital=6_000_000_000, yearly_sales=None))  # fmt: skip
    linked = umkm.link_letter(admin, keripik.id, "500.2.2.4/012/1001/III/2026", kind="SKU", issued_on=date(2026, 3, 2))
    assert [(x.letter_kind, x.letter_id) for x in linked.letters] == [("SKU", None)]
    with pytest.raises(ValidationError, match="letter_already_linked"):
        umkm.link_letter(admin, keripik.id, "500.2.2.4/012/1001/III/2026", kind="SKU", issued_on=date(2026, 3, 2))
    with pytest.raises(ValidationError, match="letter_unknown"):
        umkm.link_letter(admin, keripik.id, "tidak/ada")
    assert [r.name for r in umkm.search(admin, BusinessQuery("siti"))] == ["Keripik Tempe Bu Siti"]
    assert [r.name for r in umkm.search(admin, BusinessQuery(size_class="menengah"))] == ["=Bengkel Budi"]
    assert [r.name for r in umkm.search(admin, BusinessQuery("1234567"))] == ["=Bengkel Budi"]
    assert [r.letter_count for r in umkm.search(admin, BusinessQuery(sector="kuliner"))] == [1]
    umkm.set_active(admin, keripik.id, False)
    assert [r.name for r in umkm.search(admin, BusinessQuery())] == ["=Bengkel Budi"]
    assert umkm.export(admin, BusinessQuery(active=None), tmp_path / "umkm.csv") == 2
    assert "'=Bengkel Budi" in (tmp_path / "umkm.csv").read_text(encoding="utf-8-sig")
    assert umkm.export(admin, BusinessQuery(active=None), tmp_path / "umkm.xlsx") == 2

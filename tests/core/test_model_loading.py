"""Model modules load on demand: each area imported alone in a fresh process resolves every foreign key of
its tables, and `load_all()` registers every area's tables and tracked models."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kelurahan_desk.core.store import models
from kelurahan_desk.core.store.base import Base, Tracked

ALONE = """
import importlib, json, sys
importlib.import_module("kelurahan_desk.core.store.models." + sys.argv[1])
from kelurahan_desk.core.store.base import Base
unresolved = []
for table in Base.metadata.tables.values():
    for key in table.foreign_keys:
        try:
            key.column
        except Exception:
            unresolved.append(f"{table.name} -> {key.target_fullname}")
print(json.dumps(unresolved))
"""


@pytest.mark.parametrize("area", models.AREAS)
def test_an_area_imported_alone_resolves_its_foreign_keys(area: str) -> None:
    done = subprocess.run([sys.executable, "-c", ALONE, area], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


def test_load_all_registers_every_area() -> None:
    models.load_all()
    tables = set(Base.metadata.tables)
    assert {"account", "resident", "citizen_case", "letter", "umkm_business", "sync_link", "holiday_override"} <= tables
    entities = {mapper.class_.__entity__ for mapper in Base.registry.mappers if issubclass(mapper.class_, Tracked)}
    assert {"resident", "case", "letter", "holiday_override"} <= entities


def test_every_exported_name_is_found_in_its_area() -> None:
    for name in models.__all__:
        model = getattr(models, name)
        assert model.__name__ == name
        assert model.__module__.rsplit(".", 1)[1] in models.AREAS
    with pytest.raises(AttributeError):
        models.NoSuchModel  # noqa: B018

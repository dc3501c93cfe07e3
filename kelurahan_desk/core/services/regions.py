"""The national region table (Kepmendagri codes): imported from a file, browsed, used to check NIKs.

It is reference data, never queued for HQ: an import adds the file's codes and renames those it holds under
another name, in one transaction audited by one summary row. Codes the file lacks stay, so a CSV of one
kecamatan corrects its names without dropping the rest of the country.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.importing.row_problem import RowProblem
from kelurahan_desk.core.services.permissions import Actor, Permission
from kelurahan_desk.core.store import models
from kelurahan_desk.core.store.unit_of_work import Store

CHUNK = 5000


@dataclass(frozen=True)
class RegionImport:
    added: int
    updated: int
    unchanged: int
    total: int
    """Regions in the table after the import."""
    problems: list[RowProblem]


@dataclass(frozen=True)
class RegionView:
    code: str
    name: str
    level: int
    parent_code: str | None


def nik_prefix_code(prefix: str) -> str:
    """The six digits `327301` as the kecamatan code `32.73.01`."""
    return f"{prefix[0:2]}.{prefix[2:4]}.{prefix[4:6]}"


class RegionService:
    def __init__(self, store: Store) -> None:
        self._store = store
        self._lock = threading.Lock()
        self._kecamatan: frozenset[str] | None = None

    def import_file(self, actor: Actor, path: Path) -> RegionImport:
        """Adds and updates the file's regions; nothing changes when the file has no valid row."""
        from sqlalchemy import insert, select, update

        from kelurahan_desk.core.importing.region_file import read_region_file

        actor.require(Permission.MANAGE_OFFICE)
        rows, problems = read_region_file(Path(path))
        records = {r.code: _record(r.code, r.name, r.level, r.parent_code) for r in rows}
        if not records:
            raise ValidationError("file", "no_regions", {"problems": len(problems)})
        table = models.Region
        with self._store.write(actor.username, "region.import") as s:
            columns = select(table.code, table.name, table.level, table.parent_code)
            stored = {row.code: _record(*row) for row in s.execute(columns)}
            added = [record for code, record in records.items() if code not in stored]
            changed = [record for code, record in records.items() if code in stored and stored[code] != record]
            for start in range(0, len(added), CHUNK):
                s.execute(insert(table), added[start : start + CHUNK])
            if changed:
                s.execute(update(table), changed)  # by primary key, one statement for all
            summary = {"file": Path(path).name, "added": len(added), "updated": len(changed), "problems": len(problems)}
            self._store.journal(s).audit(entity="region", entity_id="*", before=None, after=summary)
        with self._lock:
            self._kecamatan = None
        unchanged = len(records) - len(added) - len(changed)
        return RegionImport(len(added), len(changed), unchanged, len(stored) + len(added), problems)

    def children(self, parent_code: str | None) -> list[RegionView]:
        from sqlalchemy import select

        with self._store.read() as s:
            parent = (
                models.Region.parent_code.is_(None) if parent_code is None else models.Region.parent_code == parent_code
            )
            stmt = select(models.Region).where(parent).order_by(models.Region.code)
            return [RegionView(r.code, r.name, r.level, r.parent_code) for r in s.scalars(stmt)]

    def get(self, code: str) -> RegionView | None:
        with self._store.read() as s:
            r = s.get(models.Region, code)
            return RegionView(r.code, r.name, r.level, r.parent_code) if r else None

    def count(self) -> int:
        from sqlalchemy import func, select

        with self._store.read() as s:
            return int(s.scalar(select(func.count()).select_from(models.Region)) or 0)

    def is_known_prefix(self, prefix: str) -> bool:
        """Whether a NIK's first six digits name a kecamatan in the table.

        With no table imported yet every prefix counts as known: there is nothing to warn against.
        """
        known = self._kecamatan_codes()
        return not known or nik_prefix_code(prefix) in known

    def _kecamatan_codes(self) -> frozenset[str]:
        from sqlalchemy import select

        with self._lock:
            if self._kecamatan is None:
                with self._store.read() as s:
                    self._kecamatan = frozenset(s.scalars(select(models.Region.code).where(models.Region.level == 3)))
            return self._kecamatan


def _record(code: str, name: str, level: int, parent_code: str | None) -> dict[str, Any]:
    return {"code": code, "name": name, "level": level, "parent_code": parent_code}

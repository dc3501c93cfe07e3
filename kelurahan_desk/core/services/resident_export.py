"""Exporting residents (all, or those a search finds) to CSV or Excel, safe to open in a spreadsheet.

The headers are the ones the importer recognises, so an exported file can be imported into another office.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.importing.safe_cells import write_csv, write_xlsx
from kelurahan_desk.core.services.permissions import Actor, Permission
from kelurahan_desk.core.services.resident_search import filtered, read_query, weigh_kk_prefix
from kelurahan_desk.core.store.unit_of_work import Store

COLUMNS: tuple[tuple[str, str], ...] = (
    ("NIK", "nik"),
    ("No KK", "kk"),
    ("Nama Lengkap", "name"),
    ("Jenis Kelamin", "sex"),
    ("Tempat Lahir", "birth_place"),
    ("Tanggal Lahir", "birth_date"),
    ("Agama", "religion"),
    ("Status Perkawinan", "marital_status"),
    ("Pekerjaan", "occupation"),
    ("Pendidikan", "education"),
    ("Alamat", "address"),
    ("RT", "rt"),
    ("RW", "rw"),
    ("Hubungan dalam Keluarga", "relationship"),
    ("NIK Sementara", "is_temporary_nik"),
    ("Status", "status"),
)
HEADERS = [header for header, _ in COLUMNS]
SPECIAL_LABELS = {"kepala": "Kepala Keluarga", "hidup": "Hidup", "pindah": "Pindah", "meninggal": "Meninggal"}
CODED = ("religion", "marital_status", "relationship", "status")
SHEET_TITLE = "Penduduk"


def label(code: str) -> str:
    """`belum_kawin` → `Belum Kawin`, `kepala` → `Kepala Keluarga`: the words an Indonesian register uses."""
    return SPECIAL_LABELS.get(code) or code.replace("_", " ").title()


def export_cells(record: dict[str, Any]) -> list[object]:
    cells: list[object] = []
    for _header, name in COLUMNS:
        value = record.get(name)
        if name in CODED and value:
            value = label(value)
        elif name == "is_temporary_nik":
            value = "Ya" if value else "Tidak"
        cells.append("" if value is None else value)
    return cells


class ResidentExportService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def export(self, actor: Actor, path: Path, query: str = "", *, status: str | None = None) -> int:
        """Writes the residents the query finds (all when empty) to `path`; `.csv` or `.xlsx` by its suffix.

        Returns the number of residents written. The file appears whole or not at all.
        """
        actor.require(Permission.EXPORT_DATA)
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in (".csv", ".xlsx"):
            raise ValidationError("path", "unsupported_format", {"suffix": suffix})
        records = self._records(query, status)
        rows = (export_cells(record) for record in records)
        if suffix == ".csv":
            write_csv(path, HEADERS, rows)
        else:
            write_xlsx(path, HEADERS, rows, SHEET_TITLE)
        return len(records)

    def _records(self, query: str, status: str | None) -> list[dict[str, Any]]:
        names = [name for _header, name in COLUMNS if name != "kk"]
        columns = ", ".join(f"resident.{name}" for name in names) + ", family.kk"
        with self._store.read_plain() as connection:
            found = filtered(columns, weigh_kk_prefix(connection, read_query(query)), status)
            order = " ORDER BY resident.rw, resident.rt, family.kk, resident.name"
            rows = connection.execute(found.text + order, found.params).fetchall()
        records = [dict(zip([*names, "kk"], row, strict=True)) for row in rows]
        for record in records:
            born = record["birth_date"]
            record["birth_date"] = date.fromisoformat(born) if born else None
            record["is_temporary_nik"] = bool(record["is_temporary_nik"])
        return records

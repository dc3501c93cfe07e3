"""Synthetic families of a Bandung kelurahan: Sundanese and Indonesian names, valid NIK and KK numbers.

Deterministic for a given seed and date, so the demo office looks the same every time it is built.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from kelurahan_desk.core.importing.safe_cells import write_csv, write_xlsx
from kelurahan_desk.core.services.resident_export import HEADERS, SHEET_TITLE, export_cells
from kelurahan_desk.core.store.change_capture import insert_many
from kelurahan_desk.core.store.ids import uuid7
from kelurahan_desk.core.store.models import Family, Resident

MEN = (
    "Asep", "Ujang", "Dadang", "Cecep", "Agus", "Budi", "Deden", "Iwan", "Yayan", "Hendra", "Rudi", "Dedi",
    "Jajang", "Ade", "Engkus", "Wawan", "Yusuf", "Rizki", "Fajar", "Dimas", "Bayu", "Gilang", "Ilham",
    "Rahmat", "Hadi", "Entis", "Oman", "Ayi", "Dodi", "Endang", "Ikhsan", "Taufik", "Aris", "Galih", "Hilman",
)  # fmt: skip
WOMEN = (
    "Siti", "Euis", "Neneng", "Imas", "Yati", "Cucu", "Lilis", "Dewi", "Rina", "Nining", "Tati", "Enok",
    "Nurul", "Putri", "Ayu", "Fitri", "Indah", "Rini", "Wulan", "Sri", "Dian", "Iis", "Elis", "Yanti",
    "Nenden", "Rosita", "Teti", "Wida", "Aisyah", "Nabila", "Salsa", "Anisa", "Intan", "Mira", "Popon",
)  # fmt: skip
MEN_SECOND = (
    "Sunandar", "Suryana", "Hidayat", "Kurniawan", "Permana", "Saputra", "Setiawan", "Maulana", "Firmansyah",
    "Gunawan", "Hermawan", "Ramdani", "Supriatna", "Sopandi", "Mulyana", "Kusnadi", "Sumarna", "Wijaya",
    "Pratama", "Nugraha", "Rukmana", "Somantri", "Hamdani", "Sudrajat", "Kosasih", "Munandar",
)  # fmt: skip
WOMEN_SECOND = (
    "Rahayu", "Nurhayati", "Sulastri", "Lestari", "Susanti", "Handayani", "Kurniasih", "Komalasari",
    "Rohmawati", "Nurjanah", "Sumiati", "Marlina", "Puspitasari", "Fauziah", "Hasanah", "Wulandari",
    "Rosmiati", "Sundari", "Mulyani", "Anggraeni", "Permatasari", "Rostika",
)  # fmt: skip
STREETS = (
    "Jl. Sukarasa", "Jl. Gegerkalong Hilir", "Jl. Sarimanah", "Jl. Setrasari", "Jl. Sukajadi",
    "Gg. Melati", "Gg. Mawar", "Gg. Kenanga", "Jl. Cipedes Tengah", "Jl. Sarijadi Raya", "Gg. Haji Basri",
)  # fmt: skip
PLACES = (
    "Bandung", "Bandung", "Bandung", "Cimahi", "Garut", "Tasikmalaya", "Sumedang", "Cianjur", "Ciamis",
    "Kuningan", "Jakarta", "Bogor", "Majalengka",
)  # fmt: skip
WORK = (
    "Karyawan Swasta", "Wiraswasta", "Pedagang", "Buruh Harian Lepas", "Pegawai Negeri Sipil", "Guru",
    "Sopir", "Pensiunan", "Karyawan Honorer",
)  # fmt: skip
SCHOOLING = ("SD/Sederajat", "SLTP/Sederajat", "SLTA/Sederajat", "SLTA/Sederajat", "Diploma III", "Diploma IV/S1")
RELIGION_WEIGHTS = (("islam", 92), ("kristen", 4), ("katolik", 3), ("buddha", 1))


def nik_number(prefix: str, born: date, sex: str, serial: int) -> str:
    day = born.day + (40 if sex == "P" else 0)
    return f"{prefix}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"


def kk_number(prefix: str, made: date, serial: int) -> str:
    return f"{prefix}{made.day:02d}{made.month:02d}{made.year % 100:02d}{serial:04d}"


@dataclass
class SyntheticFamily:
    id: str
    kk: str
    address: str
    rt: int
    rw: int
    members: list[dict[str, Any]] = field(default_factory=list)

    @property
    def record(self) -> dict[str, Any]:
        head = self.members[0]["id"] if self.members else None
        return {"id": self.id, "kk": self.kk, "head_id": head, "address": self.address, "rt": self.rt, "rw": self.rw}


class Population:
    """Makes families one by one. NIK serials count per (prefix, birth date, sex), as the civil registry does."""

    def __init__(self, seed: int, today: date, prefix: str = "327301") -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.prefix = prefix
        self._serials: Counter[tuple[str, str]] = Counter()

    def _serial(self, key: tuple[str, str]) -> int:
        self._serials[key] += 1
        return self._serials[key]

    def _born(self, first_year: int, last_year: int) -> date:
        start = date(first_year, 1, 1)
        end = min(date(last_year, 12, 31), self.today - timedelta(days=1))
        return start + timedelta(days=self.rng.randrange(max(1, (end - start).days)))

    def _name(self, sex: str) -> str:
        first = self.rng.choice(MEN if sex == "L" else WOMEN)
        second = self.rng.choice(MEN_SECOND if sex == "L" else WOMEN_SECOND)
        return f"{first} {second}"

    def _occupation(self, sex: str, age: int) -> str:
        if age < 6:
            return "Belum/Tidak Bekerja"
        if age < 17:
            return "Pelajar/Mahasiswa"
        if sex == "L" or self.rng.random() < 0.4:
            return self.rng.choice(WORK)
        return "Mengurus Rumah Tangga"

    def person(self, sex: str, born: date, relationship: str, family: SyntheticFamily) -> dict[str, Any]:
        prefix = self.prefix if self.rng.random() < 0.85 else self.rng.choice(("327302", "327305", "320401", "327701"))
        nik = nik_number(prefix, born, sex, self._serial((prefix, f"{born.isoformat()}{sex}")))
        age = (self.today - born).days // 365
        occupation = self._occupation(sex, age)
        religion = self.rng.choices([r for r, _ in RELIGION_WEIGHTS], [w for _, w in RELIGION_WEIGHTS])[0]
        return {
            "id": uuid7(),
            "nik": nik,
            "family_id": family.id,
            "relationship": relationship,
            "name": self._name(sex),
            "birth_place": self.rng.choice(PLACES),
            "birth_date": born,
            "sex": sex,
            "religion": religion,
            "marital_status": "kawin" if relationship in ("kepala", "istri", "orang_tua") else "belum_kawin",
            "occupation": occupation,
            "education": self.rng.choice(SCHOOLING) if age >= 13 else ("SD/Sederajat" if age >= 7 else ""),
            "address": family.address,
            "rt": family.rt,
            "rw": family.rw,
        }

    def family(self, rw: int, rt: int) -> SyntheticFamily:
        rng = self.rng
        address = f"{rng.choice(STREETS)} No. {rng.randint(1, 180)}"
        head_born = self._born(1950, 1998)
        made = self._born(max(head_born.year + 20, 2005), self.today.year)
        kk = kk_number(self.prefix, made, self._serial(("kk", made.isoformat())))
        family = SyntheticFamily(uuid7(), kk, address, rt, rw)
        head_sex = "L" if rng.random() < 0.9 else "P"
        family.members.append(self.person(head_sex, head_born, "kepala", family))
        if head_sex == "L" and rng.random() < 0.88:
            spouse_year = min(head_born.year + rng.randint(0, 8), self.today.year - 18)
            family.members.append(self.person("P", self._born(spouse_year, spouse_year), "istri", family))
        for _ in range(rng.choice((0, 1, 1, 1, 2, 2, 2, 3))):
            self.add_child(family)
        if rng.random() < 0.06 and head_born.year > 1965:
            parent_year = head_born.year - rng.randint(22, 35)
            family.members.append(self.person("P", self._born(parent_year, parent_year), "orang_tua", family))
        return family

    def add_child(self, family: SyntheticFamily) -> bool:
        """A child of the head, born when the head was 22 to 45; False when the head is too young for one."""
        head_year = family.members[0]["birth_date"].year
        if head_year + 22 >= self.today.year:
            return False
        born = self._born(head_year + 22, head_year + 45)
        family.members.append(self.person(self.rng.choice("LP"), born, "anak", family))
        return True


def write_families(session: Session, families: list[SyntheticFamily], now: datetime) -> int:
    """Inside a unit of work: the families, then their members, all audited and queued. Returns members written."""
    insert_many(session, Family, [f.record for f in families])
    residents = [{**m, "updated_at": now} for f in families for m in f.members]
    insert_many(session, Resident, residents)
    return len(residents)


def write_residents_file(path: Path, families: list[SyntheticFamily]) -> int:
    """The families as a resident list in the export format (CSV or XLSX by suffix), e.g. to try an import."""
    rows = [
        export_cells({**member, "kk": family.kk, "status": "hidup"}) for family in families for member in family.members
    ]
    if path.suffix.lower() == ".xlsx":
        write_xlsx(path, HEADERS, rows, SHEET_TITLE)
    else:
        write_csv(path, HEADERS, rows)
    return len(rows)

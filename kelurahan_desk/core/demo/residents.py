"""About 600 residents in 180 families across RW 1–8 / RT 1–6 of the demo kelurahan.

A few records carry what real registers are full of (a birth date or sex differing from the NIK, a
temporary NIK), and some residents have moved out or died, recorded as events through the service.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from kelurahan_desk.composition import Services
from kelurahan_desk.core.demo.population import Population, SyntheticFamily, write_families
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.store.models import Resident

SEED = 3273011001
FAMILIES = 180
RW_COUNT = 8
RT_COUNT = 6
MOVES = 14
DEATHS = 9
DESTINATIONS = (
    "Kel. Cipedes, Kec. Sukajadi, Kota Bandung",
    "Kel. Cibabat, Kec. Cimahi Utara, Kota Cimahi",
    "Kel. Margahayu, Kec. Bekasi Timur, Kota Bekasi",
    "Desa Jatisari, Kec. Tarogong Kidul, Kab. Garut",
    "Kel. Kebon Jeruk, Kec. Kebon Jeruk, Kota Jakarta Barat",
)


def demo_families(services: Services) -> list[SyntheticFamily]:
    population = Population(SEED, services.clock.today())
    families = [population.family(1 + i % RW_COUNT, 1 + (i // RW_COUNT) % RT_COUNT) for i in range(FAMILIES)]
    _add_register_quirks(families)
    return families


def _add_register_quirks(families: list[SyntheticFamily]) -> None:
    """Records that save with a warning, as they do in real registers."""
    birth_typo = families[3].members[0]
    birth_typo["birth_date"] = birth_typo["birth_date"] + timedelta(days=1)
    wrong_sex = families[11].members[-1]
    wrong_sex["sex"] = "L" if wrong_sex["sex"] == "P" else "P"
    temporary = families[17].members[-1]
    temporary["nik"] = "0" + temporary["nik"][1:]
    temporary["is_temporary_nik"] = True


def seed_residents(services: Services, actors: dict[str, Actor]) -> None:
    with services.store.read() as s:
        if s.scalar(select(func.count()).select_from(Resident)):
            return
    admin = actors["admin"]
    families = demo_families(services)
    with services.store.write(admin.username, "demo.residents") as s:
        write_families(s, families, services.clock.now())
    _record_life_events(services, actors["petugas"], families)


def _record_life_events(services: Services, actor: Actor, families: list[SyntheticFamily]) -> None:
    today = services.clock.today()
    movers = [m for f in families for m in f.members if m["relationship"] == "anak" and _age(m, today) >= 19]
    elders = [m for f in families for m in f.members[:1] if _age(m, today) >= 66]
    for i, mover in enumerate(movers[:: max(1, len(movers) // MOVES)][:MOVES]):
        note = "Ikut suami" if mover["sex"] == "P" else "Pindah kerja"
        when = today - timedelta(days=7 + 23 * i)
        services.residents.record_move_out(actor, mover["id"], when, DESTINATIONS[i % len(DESTINATIONS)], note)
    for i, elder in enumerate(elders[:: max(1, len(elders) // DEATHS)][:DEATHS]):
        services.residents.record_death(actor, elder["id"], today - timedelta(days=11 + 31 * i), "Bandung", "Sakit")


def _age(member: dict[str, Any], today: date) -> int:
    return (today - member["birth_date"]).days // 365

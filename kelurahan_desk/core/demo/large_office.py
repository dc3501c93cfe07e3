"""A large synthetic office for benchmarks: by default 60,000 residents in 18,000 families.

Written through the bulk capture path in chunks of one transaction each, so every record is audited and
queued for HQ exactly as an import would leave it.
"""

from __future__ import annotations

import itertools

from kelurahan_desk.composition import Services
from kelurahan_desk.core.demo.population import Population, SyntheticFamily, write_families

SEED = 60_000
FAMILIES_PER_CHUNK = 1500


def large_population(services: Services, residents: int, families: int) -> list[SyntheticFamily]:
    """Exactly `families` families holding exactly `residents` members: children are added or left out to fit."""
    if residents < families:
        raise ValueError("every family needs at least one member")
    population = Population(SEED, services.clock.today())
    made = [population.family(1 + i % 20, 1 + (i // 20) % 12) for i in range(families)]
    missing = residents - sum(len(f.members) for f in made)
    for family in itertools.cycle(made):
        if missing == 0:
            break
        if missing > 0 and population.add_child(family):
            missing -= 1
        elif missing < 0 and len(family.members) > 1:
            family.members.pop()
            missing += 1
    return made


def build_large_office(services: Services, residents: int = 60_000, families: int = 18_000) -> int:
    """Adds the population to an office that is already set up. Returns the number of residents written."""
    written = 0
    chunk: list[SyntheticFamily] = []
    for family in large_population(services, residents, families):
        chunk.append(family)
        if len(chunk) == FAMILIES_PER_CHUNK:
            written += _write(services, chunk)
            chunk = []
    if chunk:
        written += _write(services, chunk)
    return written


def _write(services: Services, chunk: list[SyntheticFamily]) -> int:
    with services.store.write("system", "demo.large_office") as s:
        return write_families(s, chunk, services.clock.now())

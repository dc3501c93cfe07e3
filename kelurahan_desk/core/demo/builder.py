"""Builds (or completes) the demo office: each capability's seeder runs in order, each one idempotent.

A seeder takes the services and the demo accounts (user name → Actor) and adds its capability's data
unless that data is already there. Capabilities append their seeder to `SEEDERS`.
"""

from __future__ import annotations

from collections.abc import Callable

from kelurahan_desk.composition import Services
from kelurahan_desk.core.demo.cases import seed_cases
from kelurahan_desk.core.demo.letters import seed_letters
from kelurahan_desk.core.demo.office import seed_office
from kelurahan_desk.core.demo.programmes import seed_programmes
from kelurahan_desk.core.demo.residents import seed_residents
from kelurahan_desk.core.services.permissions import Actor

Seeder = Callable[[Services, dict[str, Actor]], None]

SEEDERS: list[Seeder] = [
    seed_residents,
    seed_cases,
    seed_letters,
    seed_programmes,
]


def build_demo(services: Services) -> dict[str, Actor]:
    """Returns the demo accounts as Actors (signed in), keyed by user name."""
    actors = seed_office(services)
    for seeder in SEEDERS:
        seeder(services, actors)
    return actors

"""The large office of one bench run (60,000 residents in 18,000 families; a tenth of that with `--quick`),
built once in the run's scratch folder and opened by every benchmark that measures on it.

Benchmarks that only add to it (a few edits) may share it; one that fills it with other data builds its own.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from kelurahan_desk.bench.runner import BenchContext
from kelurahan_desk.composition import Services, open_services
from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.demo.large_office import build_large_office
from kelurahan_desk.core.demo.office import ADMIN, DEMO_OFFICE
from kelurahan_desk.core.services.permissions import Actor

BUILT_MARK = "large-office-built"


def resident_count(context: BenchContext) -> int:
    return 6_000 if context.quick else 60_000


def large_office_folder(context: BenchContext) -> DataFolder:
    """The run's large office, set up with the demo administrator (`ADMIN`) and filled on first use."""
    folder = DataFolder(context.workdir.parent / "large-office")
    if (folder.root / BUILT_MARK).exists():
        return folder
    services = open_services(folder)
    try:
        admin = services.office.complete_setup(ADMIN, replace(DEMO_OFFICE, is_demo=False))
        residents = resident_count(context)
        build_large_office(services, residents, residents * 3 // 10)
    finally:
        services.close()
    (folder.root / BUILT_MARK).write_text(f"{admin.username}\n", encoding="utf-8")
    return folder


def open_large_office(context: BenchContext) -> tuple[Services, Actor]:
    """The run's large office opened, with its administrator signed in."""
    services = open_services(large_office_folder(context))
    try:
        return services, services.accounts.login(ADMIN.username, ADMIN.password)
    except BaseException:
        services.close()
        raise


def scratch_office(root: Path) -> tuple[Services, Actor]:
    """An empty office of its own (for benchmarks that fill it themselves)."""
    services = open_services(DataFolder(root))
    admin = services.office.complete_setup(ADMIN, replace(DEMO_OFFICE, is_demo=False))
    return services, admin

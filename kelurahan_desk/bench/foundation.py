"""Foundation figures: resident search while typing, the cost of audited writes, and import throughput.

- `resident_search_p95_ms`: 95th percentile of 200 searches typed letter by letter (names, NIK and KK
  prefixes, RT/RW) over the run's large office (60,000 residents, `large_office_data`).
- `write_capture_ratio`: one resident edit through the service (checks, the audit row that also captures the
  change for HQ, committed) against the same UPDATE by plain sqlite3 in its own committed transaction with the
  same pragmas (medians; both are reported too, as `write_service_ms` and `write_plain_sql_ms`).
- `import_rows_per_s`: a 60,000-row CSV validated and applied (audit rows, which capture the changes for HQ,
  included) into an empty office.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from dataclasses import replace
from pathlib import Path

from kelurahan_desk.bench.large_office_data import open_large_office, resident_count, scratch_office
from kelurahan_desk.bench.runner import BenchContext, Target
from kelurahan_desk.composition import Services
from kelurahan_desk.core.demo.large_office import large_population
from kelurahan_desk.core.demo.population import write_residents_file
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.services.residents import ResidentInput
from kelurahan_desk.core.store.pragmas import BUSY_TIMEOUT_MS

TARGETS = {
    "resident_search_p95_ms": Target(15.0, at_most=True, unit="ms"),
    "write_capture_ratio": Target(2.0, at_most=True, unit="×"),
    "import_rows_per_s": Target(5000.0, at_most=False, unit="baris/s"),
}
SEARCHES = 200
EDITS = 200


def measure(context: BenchContext) -> dict[str, float]:
    figures: dict[str, float] = {}
    services, admin = open_large_office(context)
    try:
        figures["resident_search_p95_ms"] = search_p95_ms(services, admin)
        figures.update(write_capture(services, admin, EDITS // 4 if context.quick else EDITS))
    finally:
        services.close()
    figures["import_rows_per_s"] = import_rows_per_s(context.workdir, resident_count(context))
    return figures


def typed_queries(services: Services, admin: Actor, count: int) -> list[str]:
    """What people type, letter by letter: names from the register, NIK and KK digits, places."""
    rows = services.residents.search(admin, "", limit=400, offset=1234)
    targets: list[str] = []
    for i, row in enumerate(rows):
        kind = i % 6
        if kind in (0, 1, 2):
            targets.append(row.name.lower() if kind else row.name.split()[-1].lower())
        elif kind == 3:
            targets.append(row.nik[:10])
        elif kind == 4:
            targets.append(f"kk:{row.kk[:10]}" if row.kk else row.nik[:8])
        else:
            targets.append(f"RT {row.rt} RW {row.rw}")
    queries: list[str] = []
    for target in targets:
        start = 3 if target.startswith("kk:") else 1
        queries += [target[:n] for n in range(start, len(target) + 1)]
        if len(queries) >= count:
            break
    return queries[:count]


def search_p95_ms(services: Services, admin: Actor) -> float:
    queries = typed_queries(services, admin, SEARCHES)
    for query in queries[:20]:
        services.residents.search(admin, query)
    timings = []
    for query in queries:
        start = time.perf_counter()
        services.residents.search(admin, query)
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.quantiles(timings, n=20)[-1]


def write_capture(services: Services, admin: Actor, edits: int) -> dict[str, float]:
    """The ratio, and both medians it is made of: the plain UPDATE is little more than the disk's flush, so the
    ratio says how much the service adds on top of what the disk costs anyway."""
    [row] = services.residents.search(admin, "", limit=1, offset=777)
    detail = services.residents.get(admin, row.id)
    value = ResidentInput(
        **{name: getattr(detail, name) for name in ResidentInput.__dataclass_fields__ if name != "kk"},
        kk=detail.kk or "",
    )
    plain = _plain_connection(services.store.path)
    service_ms: list[float] = []
    plain_ms: list[float] = []
    rev = detail.rev
    try:
        for i in range(edits):
            occupation = f"Pekerjaan {i}"
            start = time.perf_counter()
            plain.execute("BEGIN IMMEDIATE")
            plain.execute(
                "UPDATE resident SET occupation = ?, rev = rev + 1 WHERE id = ?", (occupation + " (sql)", row.id)
            )
            plain.execute("COMMIT")
            plain_ms.append((time.perf_counter() - start) * 1000)
            rev += 1
            edited = replace(value, occupation=occupation)
            start = time.perf_counter()
            saved, _ = services.residents.update(admin, row.id, edited, rev)
            service_ms.append((time.perf_counter() - start) * 1000)
            rev = saved.rev
    finally:
        plain.close()
    service, sql = statistics.median(service_ms), statistics.median(plain_ms)
    return {"write_capture_ratio": service / sql, "write_service_ms": service, "write_plain_sql_ms": sql}


def _plain_connection(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in (
        f"busy_timeout = {BUSY_TIMEOUT_MS}",
        "journal_mode = WAL",
        "synchronous = FULL",
        "foreign_keys = ON",
        "cache_size = -32000",
    ):
        connection.execute(f"PRAGMA {pragma}")
    return connection


def import_rows_per_s(workdir: Path, residents: int) -> float:
    services, admin = scratch_office(workdir / "import")
    try:
        source = workdir / "penduduk.csv"
        write_residents_file(source, large_population(services, residents, residents * 3 // 10))
        start = time.perf_counter()
        plan = services.resident_import.validate(admin, source)
        result = services.resident_import.apply(admin, plan)
        elapsed = time.perf_counter() - start
    finally:
        services.close()
    if result.created != residents:
        raise RuntimeError(f"import wrote {result.created} of {residents} rows")
    return residents / elapsed

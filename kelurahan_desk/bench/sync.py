"""Sync figures, office side, against a real HQ server process on loopback (PostgreSQL when
`KD_BENCH_HQ_DATABASE_URL` or `KD_TEST_POSTGRES_URL` names one, else a SQLite file).

- `catchup_30d_s`: an office back after 30 days: 30,000 changes waiting to go up while HQ published 5,000
  for it, until one round reports everything through (cutting, signing, upload, apply, download).
- `faulty_link_ratio`: the same backlog when 30% of the requests are cut mid-transfer (half the body sent,
  or the reply dropped half way), divided by the clean time of the same run.
- `wire_bytes_per_update`: median over the backlog's batches of compressed, signed bytes per changed
  record (resident edits of two fields, with the audit chain that travels with them).
"""

from __future__ import annotations

import contextlib
import os
import random
import secrets
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
from sqlalchemy import select

from kelurahan_desk.bench.large_office_data import scratch_office
from kelurahan_desk.bench.runner import BenchContext, Target
from kelurahan_desk.composition import Services
from kelurahan_desk.core.demo.large_office import build_large_office
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.services.sync_agent import SyncAgent
from kelurahan_desk.core.store.models import Resident
from kelurahan_desk.core.store.models.sync_state import SyncBatch
from sync import signing
from sync.client import DEFAULT_TIMEOUT

TARGETS = {
    "wire_bytes_per_update": Target(300.0, at_most=True, unit="B"),
    "catchup_30d_s": Target(60.0, at_most=True, unit="s"),
    "faulty_link_ratio": Target(2.0, at_most=True, unit="×"),
}
CUT_SHARE = 0.3
MAX_ROUNDS = 40


def measure(context: BenchContext) -> dict[str, float]:
    try:
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        return {}
    scale = 10 if context.quick else 1
    clean_s, batches = _catch_up(context.workdir / "clean", scale, 0.0)
    faulty_s, _ = _catch_up(context.workdir / "faulty", scale, CUT_SHARE)
    return {
        "wire_bytes_per_update": statistics.median(batches),
        "catchup_30d_s": clean_s,
        "faulty_link_ratio": faulty_s / clean_s,
    }


def _catch_up(folder: Path, scale: int, cut_share: float) -> tuple[float, list[float]]:
    """Seconds until the office is level again, and the bytes per change of each batch it sent."""
    folder.mkdir(parents=True)
    with _hq_database(folder) as url, _hq_server(url) as base:
        services, admin = scratch_office(folder / "office")
        try:
            key = signing.generate_private_key()
            link = Link(2026)
            agent = SyncAgent(services.store, services.attachments, lambda: key, http=_http_factory(link))
            _enrol(url, services, agent, admin, base)
            build_large_office(services, 5_000 // scale, 1_500 // scale)
            _until_level(agent, admin)
            first_new = _last_batch_id(services)
            _office_edits(services, 30_000 // scale)
            _hq_edits(url, services, 5_000 // scale)
            link.share = cut_share
            started = time.perf_counter()
            _until_level(agent, admin)
            seconds = time.perf_counter() - started
            with services.store.read() as s:
                sizes = [(len(b.body or b"") + len(b.signature)) / b.change_count for b in s.scalars(
                    select(SyncBatch).where(SyncBatch.id > first_new, SyncBatch.change_count > 0))]
        finally:
            services.close()
    return seconds, sizes


def _until_level(agent: SyncAgent, admin: Actor) -> None:
    for _ in range(MAX_ROUNDS):
        if agent.run_round(admin).complete:
            return
    raise RuntimeError("the office did not catch up")


def _last_batch_id(services: Services) -> int:
    with services.store.read() as s:
        return s.scalar(select(SyncBatch.id).order_by(SyncBatch.id.desc()).limit(1)) or 0


def _office_edits(services: Services, count: int) -> None:
    """A month of work: residents moving house and changing jobs, 500 edits per transaction."""
    with services.store.read() as s:
        ids = list(s.scalars(select(Resident.id).order_by(Resident.id)))
    rng = random.Random(30)
    for start in range(0, count, 500):
        with services.store.write("petugas", "resident.update") as s:
            for n in range(start, min(count, start + 500)):
                resident = s.get(Resident, ids[n % len(ids)])
                resident.address = f"Jl. {rng.choice(['Melati', 'Mawar', 'Kenanga', 'Anggrek'])} No. {n % 300}"
                resident.occupation = rng.choice(["Pedagang", "Guru", "Buruh", "Wiraswasta", "Perawat", "Sopir"])


def _hq_edits(url: str, services: Services, count: int) -> None:
    """What HQ published for the office meanwhile: corrections of residents' education."""
    from sync.hq.database import make_engine
    from sync.hq.identity import load_identity
    from sync.hq.streams import Streams

    with services.store.read() as s:
        ids = list(s.scalars(select(Resident.id).order_by(Resident.id.desc()).limit(count)))
        office = services.office.profile()
    assert office is not None
    engine = make_engine(url)
    try:
        streams = Streams(engine, load_identity(engine))
        levels = ["SD", "SMP", "SMA", "D3", "S1", "S2"]
        for start in range(0, len(ids), 1000):
            streams.send_to_office(office.code, [("resident", rid, {"education": levels[(start + i) % 6]})
                                                 for i, rid in enumerate(ids[start:start + 1000])])
    finally:
        engine.dispose()


def _enrol(url: str, services: Services, agent: SyncAgent, admin: Actor, base: str) -> None:
    from sync.hq.database import make_engine
    from sync.hq.offices import OfficeRegistry

    office = services.office.profile()
    assert office is not None
    engine = make_engine(url)
    try:
        code = OfficeRegistry(engine).add(office.code, office.village_name)
    finally:
        engine.dispose()
    agent.enrol(admin, base, code)


class Link:
    """The share of requests to cut (0 while setting up); its own random numbers so runs repeat."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.share = 0.0


class CuttingTransport(httpx.BaseTransport):
    """A real HTTP transport that cuts a share of the requests: half the body sent and the connection
    dropped, or the reply read half way and the connection dropped."""

    def __init__(self, link: Link) -> None:
        self._inner = httpx.HTTPTransport()
        self._link = link
        self._rng = link.rng

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._rng.random() >= self._link.share:
            return self._inner.handle_request(request)
        body = request.read()
        if body and self._rng.random() < 0.5:
            def half() -> Iterator[bytes]:
                yield body[: len(body) // 2]
                raise httpx.WriteError("connection cut", request=request)

            cut = httpx.Request(request.method, request.url, headers=request.headers, content=half())
            self._inner.handle_request(cut)
        response = self._inner.handle_request(request)
        stream = response.stream
        for _chunk in stream:  # type: ignore[union-attr]
            break
        response.close()
        raise httpx.ReadError("connection cut", request=request)

    def close(self) -> None:
        self._inner.close()


def _http_factory(link: Link) -> Callable[[str], httpx.Client]:
    def make(url: str) -> httpx.Client:
        return httpx.Client(base_url=url, timeout=DEFAULT_TIMEOUT, transport=CuttingTransport(link))

    return make


@contextlib.contextmanager
def _hq_database(folder: Path) -> Iterator[str]:
    base = os.environ.get("KD_BENCH_HQ_DATABASE_URL") or os.environ.get("KD_TEST_POSTGRES_URL")
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from sync.hq.database import create_schema, make_engine
    from sync.hq.identity import load_identity

    admin = None
    if base and base.startswith("postgresql"):
        name = f"kd_sync_bench_{secrets.token_hex(4)}"
        admin = create_engine(base, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        url = make_url(base).set(database=name).render_as_string(hide_password=False)
    else:
        url = f"sqlite:///{folder / 'hq.sqlite3'}"
    engine = make_engine(url)
    create_schema(engine)
    load_identity(engine, create=True)
    engine.dispose()
    try:
        yield url
    finally:
        if admin is not None:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.dispose()


@contextlib.contextmanager
def _hq_server(url: str) -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "sync.hq.cli", "serve", "--host", "127.0.0.1", "--port",
                                str(port), "--database-url", url, "--log-level", "warning"])
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            time.sleep(0.05)
        else:
            raise RuntimeError("HQ server did not start")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)

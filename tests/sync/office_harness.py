"""A real office (SQLite store in a folder) next to a real HQ app, joined by an in-process HTTP link that
can fail on purpose: before a request leaves, half way through its body, after HQ committed but before
the reply arrives, or as a crash of the office program at any of those points."""

from __future__ import annotations

import contextlib
import itertools
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from kelurahan_desk.composition import Services, open_services
from kelurahan_desk.core.clock import FixedClock
from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.services.accounts import NewAccount
from kelurahan_desk.core.services.permissions import Actor, Role
from kelurahan_desk.core.services.sync_agent import SyncAgent
from kelurahan_desk.core.services.sync_downloads import Faults
from sync import signing
from sync.client import RetryPolicy
from sync.hq.app import HqSettings, create_app
from sync.hq.offices import OfficeRegistry
from sync.hq.rate_limit import RateLimit
from tests.conftest import ADMIN_PASSWORD, TEST_OFFICE

HQ_URL = "http://hq.test"
FAULTS = ("before_send", "mid_body", "after_commit")


class LinkDown(Exception):
    """The office program died (simulated): whatever it had not committed is gone."""


def hq_app(engine: Engine) -> FastAPI:
    return create_app(engine, HqSettings(rate_limit=RateLimit(per_second=100_000, burst=100_000)))


@dataclass
class FaultPlan:
    """Which request (by number, counting only requests whose path starts with `only`) fails, and how;
    `crash` makes it a crash of the program instead of a failed connection. `offline` fails every
    request before it leaves."""

    at: dict[int, str] = field(default_factory=dict)
    only: str = ""
    crash: bool = False
    offline: bool = False
    count: itertools.count = field(default_factory=itertools.count)
    happened: list[str] = field(default_factory=list)

    def arm(self, at: dict[int, str], only: str = "", crash: bool = False) -> None:
        """Fail from the next request on, numbering from 0."""
        self.at, self.only, self.crash, self.count = dict(at), only, crash, itertools.count()


class FaultyTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.Client, plan: FaultPlan) -> None:
        self._inner = inner
        self._plan = plan

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._plan.offline:
            raise httpx.ConnectError("link down", request=request)
        kind = None
        if request.url.path.startswith(self._plan.only):
            kind = self._plan.at.pop(next(self._plan.count), None)
        if kind is not None:
            self._plan.happened.append(kind)
        body = request.read()
        if kind == "before_send":
            self._fail(request)
        if kind == "mid_body":
            cut = httpx.Request(request.method, request.url, headers={k: v for k, v in request.headers.items()
                                                                       if k.lower() != "content-length"},
                                content=body[: len(body) // 2])
            self._inner.send(cut)
            self._fail(request)
        response = self._inner.send(request)
        content = response.read()
        if kind == "after_commit":
            self._fail(request)
        return httpx.Response(response.status_code, headers=response.headers, content=content, request=request)

    def _fail(self, request: httpx.Request) -> None:
        if self._plan.crash:
            raise LinkDown()
        raise httpx.ReadError("connection cut", request=request)


def http_factory(app: FastAPI, plan: FaultPlan | None = None) -> Callable[[str], httpx.Client]:
    def make(url: str) -> httpx.Client:
        inner = TestClient(app, base_url=url, raise_server_exceptions=True)
        if plan is None:
            return inner
        return httpx.Client(base_url=url, transport=FaultyTransport(inner, plan))

    return make


def new_office(folder: Path, clock: FixedClock | None = None) -> tuple[Services, Actor]:
    services = open_services(DataFolder(folder), clock=clock or FixedClock(datetime(2026, 11, 27, 2, 0, tzinfo=UTC)))
    services.accounts._sleep = lambda _s: None
    admin = services.office.complete_setup(
        NewAccount("admin", "Administrator Kantor", Role.ADMINISTRATOR, ADMIN_PASSWORD), TEST_OFFICE)
    return services, admin


def agent_for(services: Services, key: bytes, http: Callable[[str], httpx.Client],
              faults: Faults | None = None) -> SyncAgent:
    return SyncAgent(services.store, services.attachments, lambda: key, http=http,
                     retry=RetryPolicy(attempts=3, base_delay=0.0, max_delay=0.0), faults=faults)


def enrol(engine: Engine, agent: SyncAgent, admin: Actor, code: str = TEST_OFFICE.code) -> None:
    enrol_code = OfficeRegistry(engine).add(code, "Kelurahan Sukarasa")
    agent.enrol(admin, HQ_URL, enrol_code)


def new_key() -> bytes:
    return signing.generate_private_key()


def crash_at(point: str) -> Faults:
    """Faults that kill the office program at a named point inside a local transaction."""

    def fault(at: str) -> None:
        if at == point:
            raise LinkDown()

    return fault


@contextlib.contextmanager
def serve(app: FastAPI) -> Iterator[str]:
    """The HQ app on a loopback port with a real uvicorn server; yields its address."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="critical",
                                           timeout_graceful_shutdown=1))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)

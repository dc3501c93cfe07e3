"""``kelurahan-hq bench``: ingest throughput with many offices uploading at once over HTTP to real
server processes, and the bytes a typical update costs on the wire."""

from __future__ import annotations

import contextlib
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import make_url

from sync import signing
from sync.client import HqClient, RetryPolicy
from sync.hq.database import create_schema, make_engine
from sync.hq.identity import load_identity
from sync.hq.offices import OfficeRegistry
from sync.hq.schema import applied_changes
from sync.ids import uuid7
from sync.protocol import GENESIS_HASH, SignedBatch, encode_batch

WALL = "2026-11-28T02:07:00.123456Z"


def _change(entity_id: str, op: str, n: int, base_rev: int) -> dict[str, Any]:
    if op == "insert":
        fields = {"name": [None, f"Warga {n}"], "rt": [None, f"{n % 20:03d}"], "rw": [None, f"{n % 9:03d}"],
                  "phone": [None, f"0812{n:08d}"], "address": [None, f"Jl. Melati No. {n % 200}"]}
    else:
        fields = {"phone": [f"0812{n:08d}", f"0813{n:08d}"], "address": [f"Jl. Melati No. {n % 200}",
                                                                        f"Jl. Mawar No. {n % 150}"]}
    return {"change_id": uuid7(), "entity": "resident", "entity_id": entity_id, "op": op, "fields": fields,
            "base_rev": base_rev, "hlc": f"{1_764_295_620_000 + n:013d}.00000", "wall": WALL, "actor": "petugas"}


def office_batches(code: str, key: bytes, batches: int, changes: int) -> list[SignedBatch]:
    ids = [uuid7() for _ in range(changes)]
    out, prev = [], GENESIS_HASH
    for b in range(batches):
        group = [_change(e, "insert" if b == 0 else "update", i, b) for i, e in enumerate(ids)]
        signed = encode_batch(office=code, epoch=1, seq=b + 1, prev_hash=prev, changes=group, private_key=key)
        out.append(signed)
        prev = signed.hash
    return out


def wire_bytes_per_update(count: int = 1000) -> float:
    key = signing.generate_private_key()
    group = [_change(uuid7(), "update", i, 1) for i in range(count)]
    signed = encode_batch(office="32.73.01.1001", epoch=1, seq=1, prev_hash=GENESIS_HASH, changes=group,
                          private_key=key)
    return round((len(signed.body) + len(signed.signature)) / count, 1)


@contextlib.contextmanager
def _bench_database(url: str | None) -> Iterator[str]:
    if url and url.startswith("postgresql"):
        name = f"kd_hq_bench_{secrets.token_hex(4)}"
        admin = create_engine(url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        try:
            yield make_url(url).set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.dispose()
    else:
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite:///{Path(folder) / 'bench.sqlite3'}"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def _server(url: str, workers: int) -> Iterator[str]:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "sync.hq.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
                             "--database-url", url, "--workers", str(workers), "--log-level", "warning"],
                            env={**os.environ})
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            time.sleep(0.1)
        else:
            raise RuntimeError("bench server did not start")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def run_bench(url: str | None, offices: int = 50, batches: int = 2, changes: int = 1000,
              workers: int = 2) -> dict[str, Any]:
    with _bench_database(url) as bench_url:
        engine = make_engine(bench_url)
        create_schema(engine)
        hq = load_identity(engine, create=True)
        registry = OfficeRegistry(engine)
        plans = []
        for i in range(offices):
            code = f"BENCH.{i:03d}"
            key = signing.generate_private_key()
            registry.enrol(code, registry.add(code, f"Bench office {i}"), signing.public_key_of(key))
            plans.append((code, key, office_batches(code, key, batches, changes)))
        errors: list[str] = []
        barrier = threading.Barrier(offices + 1)

        def upload(code: str, key: bytes, signed: list[SignedBatch], base: str) -> None:
            with HqClient(base, code, key, hq.public_key, retry=RetryPolicy(attempts=8, base_delay=0.2)) as client:
                barrier.wait()
                try:
                    for batch in signed:
                        client.upload(batch)
                except Exception as exc:
                    errors.append(f"{code}: {exc!r}")

        with _server(bench_url, workers) as base:
            threads = [threading.Thread(target=upload, args=(c, k, s, base)) for c, k, s in plans]
            for t in threads:
                t.start()
            barrier.wait()
            started = time.perf_counter()
            for t in threads:
                t.join()
            seconds = time.perf_counter() - started
        with engine.connect() as conn:
            stored = conn.scalar(select(func.count()).select_from(applied_changes))
        engine.dispose()
    total = offices * batches * changes
    return {
        "database": make_url(bench_url).get_backend_name(),
        "server_processes": workers,
        "offices": offices,
        "changes": total,
        "changes_stored": stored,
        "errors": errors[:5],
        "seconds": round(seconds, 2),
        "hq_ingest_changes_per_s": round(total / seconds, 1),
        "wire_bytes_per_update": wire_bytes_per_update(),
    }

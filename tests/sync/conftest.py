"""HQ test databases: a fresh PostgreSQL database per test module (from KD_TEST_POSTGRES_URL), or a
SQLite file. Without the URL the PostgreSQL tests are skipped, except under CI, where they fail."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url

from sync.hq.database import create_schema, make_engine
from sync.hq.identity import load_identity

PG_ENV = "KD_TEST_POSTGRES_URL"


def postgres_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} is not set; CI must run the PostgreSQL tests")
        pytest.skip(f"{PG_ENV} is not set (run .ci/start-postgres and export it)")
    return url


def fresh_postgres_engine() -> tuple[Engine, str, Engine]:
    base = postgres_url()
    name = f"kd_hq_{secrets.token_hex(6)}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    engine = make_engine(url, pool_size=20)
    create_schema(engine)
    load_identity(engine, create=True)
    return engine, name, admin


def drop_postgres(engine: Engine, name: str, admin: Engine) -> None:
    engine.dispose()
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


@pytest.fixture(scope="module")
def pg_engine() -> Iterator[Engine]:
    engine, name, admin = fresh_postgres_engine()
    yield engine
    drop_postgres(engine, name, admin)


def sqlite_engine(folder: Path) -> Engine:
    engine = make_engine(f"sqlite:///{folder / 'hq.sqlite3'}")
    create_schema(engine)
    load_identity(engine, create=True)
    return engine


@pytest.fixture(scope="module")
def sqlite_hq_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    engine = sqlite_engine(tmp_path_factory.mktemp("hq"))
    yield engine
    engine.dispose()


@pytest.fixture(scope="module", params=["postgres", "sqlite"])
def hq_engine(request: pytest.FixtureRequest) -> Engine:
    """The same tests on PostgreSQL (production) and SQLite (demo)."""
    return request.getfixturevalue("pg_engine" if request.param == "postgres" else "sqlite_hq_engine")

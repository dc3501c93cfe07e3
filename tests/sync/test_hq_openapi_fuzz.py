"""Schemathesis over HQ's served OpenAPI, on PostgreSQL: whatever is sent, signed by an enrolled
office or not, HQ answers without a server error."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from sqlalchemy import create_engine

from sync import signing
from sync.hq.app import HqSettings, create_app
from sync.hq.identity import HqIdentity
from sync.hq.rate_limit import RateLimit
from tests.sync.factories import change
from tests.sync.office_sim import SimOffice, enrolled_office


@pytest.fixture(scope="module")
def hq_app(pg_engine):
    return create_app(pg_engine, HqSettings(rate_limit=RateLimit(per_second=10_000, burst=10_000)))


@pytest.fixture(scope="module")
def office(pg_engine, hq_app) -> SimOffice:
    office = enrolled_office(pg_engine, "32.73.01.1001")
    with TestClient(hq_app, base_url="http://hq") as http:
        office.client(pg_engine, http).upload(office.batch([change("c1", entity="case", op="insert", fields={
            "status": [None, "baru"], "category": [None, "jalan"]})], audit_count=2))
    return office


@pytest.fixture(scope="module")
def http(hq_app) -> Iterator[TestClient]:
    with TestClient(hq_app, base_url="http://hq", raise_server_exceptions=False) as client:
        yield client


@pytest.fixture(scope="module")
def hq_schema(hq_app):
    return schemathesis.openapi.from_asgi("/openapi.json", hq_app)


def _operation_labels() -> list[str]:
    """Read from an app that never touches its database, to name the tests at collection time."""
    offline = create_app(create_engine("sqlite://"), hq=HqIdentity(b"\0" * 32, b"\0" * 32))
    paths = offline.openapi()["paths"]
    return [f"{method.upper()} {path}" for path, item in paths.items() for method in item]


def _send(http: TestClient, case, office: SimOffice | None):
    kwargs = case.as_transport_kwargs(base_url="http://hq")
    content = kwargs.get("data")
    if content is None and kwargs.get("json") is not None:
        content = json.dumps(kwargs["json"]).encode()
    if isinstance(content, str):
        content = content.encode()
    headers = {k: v for k, v in kwargs.get("headers", {}).items() if isinstance(v, str)}
    request = http.build_request(kwargs["method"], kwargs["url"], params=kwargs.get("params"), headers=headers,
                                 content=content or None)
    if office is not None:
        body = request.read() or b""
        message = f"{request.method}\n{request.url.raw_path.decode('ascii')}\n{hashlib.sha256(body).hexdigest()}"
        request.headers["X-KD-Office"] = office.code
        request.headers["X-KD-Auth"] = signing.b64(signing.sign(office.key, message.encode()))
    return http.send(request)


@pytest.mark.parametrize("label", _operation_labels())
def test_no_server_error(label, hq_schema, http, office):
    method, path = label.split(" ", 1)
    operation = next(op.ok() for op in hq_schema.get_all_operations()
                     if op.ok().method.upper() == method and op.ok().path == path)

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(operation.as_strategy())
    def run(case):
        for signer in (None, office):
            response = _send(http, case, signer)
            assert response.status_code < 500, (label, response.status_code, response.text[:300])

    run()

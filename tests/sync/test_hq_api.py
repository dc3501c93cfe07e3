"""HQ endpoints beyond batch upload: streams, attachments, letter checks, Open311, limits, bad input."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from sync import signing
from sync.client import HqClient, HqRefused
from sync.hq.app import HqSettings, create_app
from sync.hq.identity import load_identity
from sync.hq.rate_limit import RateLimit
from sync.hq.streams import Streams
from sync.protocol import MAX_BATCH_BYTES
from tests.sync.factories import change
from tests.sync.office_sim import SimOffice, enrolled_office


@pytest.fixture(scope="module")
def http(hq_engine: Engine) -> Iterator[TestClient]:
    app = create_app(hq_engine, HqSettings(rate_limit=RateLimit(per_second=1000, burst=10_000)))
    with TestClient(app, base_url="http://hq") as client:
        yield client


@pytest.fixture
def office(hq_engine: Engine) -> SimOffice:
    return enrolled_office(hq_engine)


def test_reference_and_office_streams_come_in_order_and_only_to_their_office(hq_engine, http, office):
    streams = Streams(hq_engine, load_identity(hq_engine))
    client = office.client(hq_engine, http)
    start = client.cursor()["streams"]["reference"]
    streams.publish_reference({"category": [{"id": "jalan", "name": "Jalan rusak"}, {"id": "lampu", "name": "PJU"}]})
    assert streams.publish_reference({"category": [{"id": "jalan", "name": "Jalan rusak"},
                                                   {"id": "lampu", "name": "PJU"}]}) == []
    streams.publish_reference({"category": [{"id": "jalan", "name": "Jalan berlubang"}]})
    first = client.pull("reference", start)
    second = client.pull("reference", start + 1)
    assert client.pull("reference", start + 2) is None
    assert [c["op"] for c in first.batch.changes] == ["insert", "insert"]
    assert {(c["entity_id"], c["op"]) for c in second.batch.changes} == {("jalan", "update"), ("lampu", "delete")}
    assert second.batch.header.prev_hash == first.signed.hash and second.head == start + 2
    with pytest.raises(HqRefused) as ahead:
        client.pull("reference", start + 10)
    assert ahead.value.code == "cursor_ahead"

    other = enrolled_office(hq_engine)
    streams.send_to_office(office.code, [("case", "routed-1", {"state": "baru", "description": "Banjir"})])
    mine = client.pull("office", 0)
    assert mine.batch.header.office == office.code and mine.batch.changes[0]["entity_id"] == "routed-1"
    assert other.client(hq_engine, http).pull("office", 0) is None
    ack = client.upload(office.batch([change("routed-1", entity="case", base_rev=1,
                                             fields={"state": ["baru", "diverifikasi"]})]))
    assert ack.fields["applied"] == 1


def test_attachment_upload_resumes_after_an_interruption(hq_engine, http, office):
    client = office.client(hq_engine, http)
    data = os.urandom(700_000)
    sha = hashlib.sha256(data).hexdigest()
    assert client.missing_attachments([sha]).missing == [sha]
    first = http.put(f"/v1/attachments/{sha}", params={"offset": 0, "size": len(data)}, content=data[:300_000],
                     headers=_auth(office, "PUT", f"/v1/attachments/{sha}?offset=0&size={len(data)}", data[:300_000]))
    assert first.status_code == 200 and first.json()["received"] == 300_000
    assert client.missing_attachments([sha]).partial == {sha: 300_000}
    client.upload_attachment(sha, data, chunk_size=128 * 1024)
    assert client.missing_attachments([sha]).missing == []
    client.upload_attachment(sha, data)


def test_attachment_with_wrong_bytes_is_refused_and_starts_again(hq_engine, http, office):
    client = office.client(hq_engine, http)
    data = b"scan" * 1000
    sha = hashlib.sha256(b"something else").hexdigest()
    with pytest.raises(HqRefused) as err:
        client.upload_attachment(sha, data)
    assert err.value.code == "hash_mismatch"
    assert client.missing_attachments([sha]).partial == {}


def _auth(office: SimOffice, method: str, target: str, body: bytes = b"") -> dict[str, str]:
    message = f"{method}\n{target}\n{hashlib.sha256(body).hexdigest()}".encode()
    return {"X-KD-Office": office.code, "X-KD-Auth": signing.b64(signing.sign(office.key, message))}


def test_letter_signature_check(hq_engine, http, office):
    payload = "KD1|470/001/2026|SKD|2026-11-27|abc"
    signature = signing.b64(signing.sign(office.key, payload.encode()))
    ask = {"office": office.code, "letter_number": "470/001/2026", "payload": payload, "signature": signature}
    assert http.post("/v1/letters/verify", json=ask).json()["reason"] == "genuine"
    assert http.post("/v1/letters/verify", json={**ask, "payload": payload + "x"}).json()["reason"] == "bad_signature"
    other = enrolled_office(hq_engine)
    assert http.post("/v1/letters/verify", json={**ask, "office": other.code}).json()["valid"] is False
    assert http.post("/v1/letters/verify", json={**ask, "office": "NOPE"}).json()["reason"] == "unknown_office"
    assert http.post("/v1/letters/verify", json={"payload": payload}).status_code == 400
    Streams(hq_engine, load_identity(hq_engine)).publish_reference(
        {"revoked_letter": [{"id": "470/001/2026", "reason": "salah nama"}]})
    assert http.post("/v1/letters/verify", json=ask).json()["reason"] == "revoked"


def test_open311_lists_services_and_cases_without_personal_fields(hq_engine, http, office):
    client = office.client(hq_engine, http)
    client.upload(office.batch([
        change("cat-1", entity="case_category", op="insert", fields={
            "code": [None, "DRN"], "name": [None, "Drainase dan banjir"], "active": [None, True]}),
        change("cat-2", entity="case_category", op="insert", fields={
            "code": [None, "OLD"], "name": [None, "Tidak dipakai"], "active": [None, False]}),
        change("case-311", entity="case", op="insert", fields={
            "number": [None, "ADU/2026/0311"], "state": [None, "baru"], "category_id": [None, "cat-1"],
            "description": [None, "Got mampet di gang"], "confidential": [None, False],
            "citizen_name": [None, "Budi"], "citizen_nik": [None, "3273010101900001"],
            "citizen_phone": [None, "081234567890"], "address": [None, "Gg. Mawar"],
            "latitude": [None, -6.9], "longitude": [None, 107.6], "due_on": [None, "2026-12-04"]}),
        change("case-312", entity="case", op="insert", fields={
            "state": [None, "baru"], "category_id": [None, "cat-1"], "confidential": [None, False]}),
        change("case-313", entity="case", op="insert", fields={
            "state": [None, "baru"], "category_id": [None, "cat-1"], "confidential": [None, True],
            "description": [None, "Pungutan liar oleh petugas"], "address": [None, "Jl. Rahasia 7"],
            "latitude": [None, -6.91], "longitude": [None, 107.61]}),
    ]))
    client.upload(office.batch([change("case-312", entity="case", base_rev=1, fields={"state": ["baru", "ditolak"]})]))
    services = http.get("/open311/v2/services.json").json()
    assert [(s["service_code"], s["service_name"]) for s in services] == [("DRN", "Drainase dan banjir")]
    found = http.get("/open311/v2/requests.json", params={"service_code": "DRN"}).json()
    mine = next(r for r in found if r["service_request_id"] == "ADU/2026/0311")
    assert mine["status"] == "open" and mine["agency_responsible"] == office.code
    assert (mine["lat"], mine["long"], mine["address"]) == (-6.9, 107.6, "Gg. Mawar")
    assert mine["description"] == "Got mampet di gang" and mine["expected_datetime"] == "2026-12-04"
    assert mine["service_name"] == "Drainase dan banjir"
    for personal in ("Budi", "3273010101900001", "081234567890"):
        assert personal not in str(found)
    secret = next(r for r in found if r["service_request_id"] == "case-313")
    assert secret["status"] == "open" and secret["service_code"] == "DRN"
    assert (secret["description"], secret["address"], secret["lat"], secret["long"]) == (None, None, None, None)
    assert "Rahasia" not in str(found) and "Pungutan" not in str(found)
    closed = http.get("/open311/v2/requests.json", params={"status": "closed"}).json()
    assert {r["service_request_id"] for r in closed} == {"case-312"}
    assert http.get("/open311/v2/requests/case-311.json").json()[0]["service_code"] == "DRN"
    assert http.get("/open311/v2/requests/none.json").status_code == 404
    assert http.get("/open311/v2/requests.json", params={"start_date": "kemarin"}).status_code == 400


def test_oversized_bodies_get_413(http, office):
    too_big = b"\0" * (MAX_BATCH_BYTES + 4096)
    assert http.post("/v1/batches", content=too_big, headers={"X-KD-Signature": "x"}).status_code == 413
    assert http.post("/v1/enrol", content=b"{" + b" " * 70_000 + b"}",
                     headers={"Content-Type": "application/json"}).status_code == 413

    def chunks():
        for _ in range(100):
            yield b"\0" * 16384
    assert http.post("/v1/batches", content=chunks(), headers={"X-KD-Signature": "x"}).status_code == 413


@pytest.mark.parametrize("body", [b"", b"not gzip", b"\x1f\x8b\x08\x00garbage"])
def test_malformed_batches_get_4xx(http, body):
    response = http.post("/v1/batches", content=body, headers={"X-KD-Signature": signing.b64(b"x" * 64)})
    assert 400 <= response.status_code < 500 and response.json()["error"]


def test_unknown_office_is_refused(hq_engine, http):
    stranger = SimOffice("99.99.99.9999", signing.generate_private_key())
    response = http.post("/v1/batches", content=stranger.batch([change()]).body,
                         headers={"X-KD-Signature": signing.b64(stranger.sent[0].signature)})
    assert (response.status_code, response.json()["error"]) == (403, "unknown_office")


def test_rate_limit_is_per_office_and_shared_through_the_database(hq_engine):
    settings = HqSettings(rate_limit=RateLimit(per_second=0.01, burst=3))
    office = enrolled_office(hq_engine)
    other = enrolled_office(hq_engine)
    with TestClient(create_app(hq_engine, settings), base_url="http://hq") as one, \
            TestClient(create_app(hq_engine, settings), base_url="http://hq") as two:
        statuses = [(one if i % 2 else two).get("/v1/cursor", headers=_auth(office, "GET", "/v1/cursor")).status_code
                    for i in range(5)]
        assert statuses == [200, 200, 200, 429, 429]
        limited = one.get("/v1/cursor", headers=_auth(office, "GET", "/v1/cursor"))
        assert int(limited.headers["Retry-After"]) >= 1
        assert two.get("/v1/cursor", headers=_auth(other, "GET", "/v1/cursor")).status_code == 200


def test_client_retries_when_rate_limited_then_succeeds(hq_engine):
    office = enrolled_office(hq_engine)
    waits: list[float] = []
    clock = [1_000_000.0]
    settings = HqSettings(rate_limit=RateLimit(per_second=20, burst=1), rate_clock=lambda: clock[0])

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        clock[0] += seconds

    with TestClient(create_app(hq_engine, settings), base_url="http://hq") as http:
        client = HqClient("http://hq", office.code, office.key, load_identity(hq_engine).public_key, http=http,
                          sleep=sleep)
        assert client.cursor()["office"] == office.code
        assert client.cursor()["office"] == office.code
    assert 1.0 in waits

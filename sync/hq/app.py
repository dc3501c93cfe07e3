"""The HQ HTTP API (FastAPI). Every handler is a thin shell over the HQ modules; every refusal is a
JSON body ``{"error": code, "detail": …, …}`` with a 4xx status."""

from __future__ import annotations

import base64
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any

from anyio import to_thread
from fastapi import FastAPI, Header, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy import Engine, Table, select
from sqlalchemy.exc import DataError
from starlette.requests import ClientDisconnect

from sync import signing
from sync.batch_format import PROTOCOL_VERSION, REFERENCE_TARGET
from sync.entity_rules import DEFAULT_RULES, EntityRules
from sync.errors import ProtocolError
from sync.hq.attachments import MAX_CHUNK_BYTES, AttachmentStore, check_sha
from sync.hq.case_routing import MAX_PHOTOS, CaseRouting, CentralReport
from sync.hq.errors import HqError
from sync.hq.identity import HqIdentity, load_identity
from sync.hq.ingest import Ingest
from sync.hq.letters import QrPayloadReader, parts_from_request, verify_letter
from sync.hq.limits import BodyLimit
from sync.hq.office_overview import note_contact
from sync.hq.offices import Office, OfficeRegistry
from sync.hq.open311 import open311_router
from sync.hq.rate_limit import RateLimit, RateLimiter
from sync.hq.schema import batches, conflicts, quarantine
from sync.hq.snapshots import MAX_PAGE, office_records
from sync.hq.staff import StaffTokens
from sync.hq.streams import STREAMS, Streams
from sync.protocol import MAX_BATCH_BYTES, peek_header

SIGNATURE_HEADER = "X-KD-Signature"
OFFICE_HEADER = "X-KD-Office"
AUTH_HEADER = "X-KD-Auth"
JSON_LIMIT = 64 * 1024
MAX_ROW_ID = 2**31 - 1
STAFF_BODY_LIMIT = 16 * 1024 * 1024
_RAW_BODY = {"requestBody": {"required": True, "content": {
    "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}}


@dataclass(frozen=True)
class HqSettings:
    rate_limit: RateLimit = field(default_factory=RateLimit)
    rules: EntityRules = DEFAULT_RULES
    qr_reader: QrPayloadReader | None = None
    rate_clock: Callable[[], float] = time.time


class EnrolRequest(BaseModel):
    office: str = Field(max_length=32)
    enrolment_code: str = Field(max_length=40)
    public_key: str = Field(max_length=64, description="Ed25519 public key, URL-safe base64")


class MissingRequest(BaseModel):
    hashes: list[str] = Field(max_length=1000)


class LetterCheck(BaseModel):
    office: str | None = Field(None, max_length=32)
    letter_number: str | None = Field(None, max_length=100)
    payload: str | None = Field(None, max_length=4000, description="the signed text of the QR payload")
    signature: str | None = Field(None, max_length=200, description="URL-safe base64 Ed25519 signature")
    qr_text: str | None = Field(None, max_length=6000, description="whole scanned text, if HQ has a reader")


class ReportRequest(BaseModel):
    """A citizen report taken in at HQ, for `office`; photos as standard base64 (JPEG, PNG, WebP or PDF)."""

    office: str = Field(max_length=32)
    kind: str = Field(max_length=24)
    category: str = Field(max_length=64, description="category id or service code (JALAN, PJU, …)")
    description: str = Field(max_length=4000)
    channel: str = Field("dari_hq", max_length=12)
    citizen_name: str = Field("", max_length=100)
    citizen_nik: str = Field("", max_length=16)
    citizen_phone: str = Field("", max_length=30)
    citizen_address: str = Field("", max_length=200)
    anonymous: bool = False
    confidential: bool = True
    rt: int | None = Field(None, ge=1, le=999)
    rw: int | None = Field(None, ge=1, le=999)
    address: str = Field("", max_length=200)
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)
    info_requested: str = Field("", max_length=4000)
    info_purpose: str = Field("", max_length=4000)
    info_delivery: str = Field("", max_length=20)
    photos: list[str] = Field(default_factory=list, max_length=MAX_PHOTOS)


class RouteRequest(BaseModel):
    to_office: str = Field(max_length=32)
    note: str = Field("", max_length=1000)


def _signed_response(payload: bytes, signature: bytes, media_type: str, **headers: str) -> Response:
    return Response(payload, media_type=media_type, headers={SIGNATURE_HEADER: signing.b64(signature), **headers})


def _rows_after(engine: Engine, table: Table, office: str, after: int, limit: int) -> list[dict[str, Any]]:
    """One office's rows of a conflicts or quarantine table, after row id `after`."""
    with engine.connect() as conn:
        rows = conn.execute(select(table).where(table.c.office == office, table.c.id > after)
                            .order_by(table.c.id).limit(limit))
        return [dict(r._mapping) for r in rows]


def create_app(engine: Engine, settings: HqSettings | None = None, hq: HqIdentity | None = None) -> FastAPI:
    settings = settings or HqSettings()
    hq = hq or load_identity(engine)
    registry = OfficeRegistry(engine)
    ingest = Ingest(engine, hq, settings.rules)
    streams = Streams(engine, hq, settings.rules)
    store = AttachmentStore(engine)
    limiter = RateLimiter(engine, settings.rate_limit, settings.rate_clock)
    staff = StaffTokens(engine)
    routing = CaseRouting(engine, hq, settings.rules)
    app = FastAPI(title="Kelurahan Desk HQ", version=f"protocol {PROTOCOL_VERSION}")

    @app.exception_handler(ClientDisconnect)
    async def _client_gone(_request: Request, _exc: ClientDisconnect) -> Response:
        return Response(status_code=400)

    @app.exception_handler(DataError)
    async def _bad_value(_request: Request, _exc: DataError) -> JSONResponse:
        # a value the database cannot hold (out-of-range number, NUL in text) is the caller's mistake
        return JSONResponse({"error": "bad_value", "detail": ""}, status_code=400)

    @app.exception_handler(HqError)
    async def _hq_error(_request: Request, exc: HqError) -> JSONResponse:
        headers = {"Retry-After": str(exc.extra["retry_after"])} if "retry_after" in exc.extra else None
        return JSONResponse(exc.body(), status_code=exc.status, headers=headers)

    async def authenticated(request: Request, body: bytes = b"") -> Office:
        raw_path = request.scope.get("raw_path") or request.url.path.encode()
        query = request.scope.get("query_string", b"")
        target = (raw_path + (b"?" + query if query else b"")).decode("latin-1")
        office = await to_thread.run_sync(registry.authenticate, request.headers.get(OFFICE_HEADER),
                                          request.headers.get(AUTH_HEADER), request.method, target, body)
        await to_thread.run_sync(limiter.take, f"office:{office.code}")
        return office

    async def staff_member(request: Request) -> str:
        name = await to_thread.run_sync(staff.authenticate, request.headers.get("Authorization"))
        await to_thread.run_sync(limiter.take, f"staff:{name}")
        return name

    async def by_address(request: Request) -> None:
        host = request.client.host if request.client else "unknown"
        await to_thread.run_sync(limiter.take, f"ip:{host}")

    @app.get("/healthz", tags=["hq"])
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/v1/hq", tags=["hq"])
    def about() -> dict[str, Any]:
        return {"protocol": PROTOCOL_VERSION, "public_key": signing.b64(hq.public_key), "key_id": hq.key_id}

    @app.post("/v1/enrol", tags=["offices"])
    async def enrol(request: Request, body: EnrolRequest) -> dict[str, Any]:
        await by_address(request)
        try:
            key = signing.unb64(body.public_key, "bad_public_key", 64)
        except ProtocolError as exc:
            raise HqError(400, "bad_public_key") from exc
        office = await to_thread.run_sync(registry.enrol, body.office, body.enrolment_code, key)
        return {"office": office.code, "name": office.name, "key_id": office.key_id,
                "hq_public_key": signing.b64(hq.public_key), "hq_key_id": hq.key_id}

    @app.post("/v1/batches", tags=["sync"], openapi_extra=_RAW_BODY, responses={
        200: {"description": "signed acknowledgement (canonical JSON; signature in X-KD-Signature)"},
        409: {"description": "out of sequence: expected_epoch and expected_seq say what HQ expects"}})
    async def upload_batch(
        request: Request,
        x_kd_signature: Annotated[str | None, Header(max_length=200)] = None,
        x_kd_client_time: Annotated[int | None, Header(ge=0, le=10**13)] = None,
    ) -> Response:
        body = await request.body()
        if not x_kd_signature:
            raise HqError(401, "unsigned_batch")
        try:
            signature = signing.unb64(x_kd_signature, "bad_signature", 200)
            header = peek_header(body)
        except ProtocolError as exc:
            raise HqError.from_protocol(exc) from exc
        office = await to_thread.run_sync(registry.enrolled, header.office)
        if not signing.verify(office.public_key or b"", body, signature):
            raise HqError(401, "bad_signature")
        await to_thread.run_sync(limiter.take, f"office:{office.code}")
        ack = await to_thread.run_sync(ingest.upload, body, signature, x_kd_client_time)
        return _signed_response(ack.payload, ack.signature, "application/json")

    @app.get("/v1/cursor", tags=["sync"])
    async def cursor(request: Request) -> dict[str, Any]:
        office = await authenticated(request)
        return {"office": office.code, "epoch": office.epoch, "last_seq": office.last_seq,
                "last_hash": office.last_hash,
                "audit": {"seq": office.audit_seq, "hash": office.audit_hash, "status": office.audit_status},
                "streams": {"reference": streams.head("reference", REFERENCE_TARGET),
                            "office": streams.head("office", office.code)}}

    @app.get("/v1/batches/{epoch}/{seq}", tags=["sync"],
             responses={200: {"content": {"application/gzip": {}}, "description": "a batch HQ took"}})
    async def stored_batch(request: Request, epoch: Annotated[int, Path(ge=0, le=2**31 - 1)],
                           seq: Annotated[int, Path(ge=0, le=2**62)]) -> Response:
        office = await authenticated(request)

        def read() -> Any:
            with engine.connect() as conn:
                return conn.execute(select(batches.c.body, batches.c.signature).where(
                    batches.c.office == office.code, batches.c.epoch == epoch, batches.c.seq == seq)).first()

        row = await to_thread.run_sync(read)
        if row is None:
            raise HqError(404, "not_found")
        return _signed_response(bytes(row.body), bytes(row.signature), "application/gzip")

    @app.get("/v1/streams/{stream}", tags=["sync"], responses={
        200: {"content": {"application/gzip": {}}, "description": "the next batch, signed by HQ"},
        204: {"description": "up to date"}, 410: {"description": "reload from a snapshot"}})
    async def pull(request: Request, stream: str, after: Annotated[int, Query(ge=0, le=2**62)] = 0) -> Response:
        office = await authenticated(request)
        if stream not in STREAMS:
            raise HqError(404, "unknown_stream")
        target = REFERENCE_TARGET if stream == "reference" else office.code
        found = await to_thread.run_sync(streams.fetch, stream, target, after)
        await to_thread.run_sync(note_contact, engine, office.code, stream, after)
        if found is None:
            return Response(status_code=204)
        return _signed_response(found.batch.body, found.batch.signature, "application/gzip",
                                **{"X-KD-Seq": str(found.seq), "X-KD-Head": str(found.head)})

    @app.post("/v1/attachments/missing", tags=["attachments"])
    async def missing(request: Request) -> dict[str, Any]:
        body = await request.body()
        await authenticated(request, body)
        try:
            asked = MissingRequest.model_validate_json(body)
        except ValueError as exc:
            raise HqError(422, "bad_request", str(exc)[:200]) from exc
        absent, partial = await to_thread.run_sync(store.missing, asked.hashes)
        return {"missing": absent, "partial": partial}

    @app.get("/v1/attachments/{sha256}", tags=["attachments"])
    async def attachment_state(request: Request, sha256: str) -> dict[str, Any]:
        await authenticated(request)
        state = await to_thread.run_sync(store.state, sha256)
        if state is None:
            raise HqError(404, "not_found", received=0)
        return {"sha256": state.sha256, "size": state.size, "received": state.received, "complete": state.complete}

    @app.put("/v1/attachments/{sha256}", tags=["attachments"], openapi_extra=_RAW_BODY)
    async def attachment_chunk(
        request: Request, sha256: str,
        offset: Annotated[int, Query(ge=0, le=2**40)], size: Annotated[int, Query(ge=1, le=2**40)],
    ) -> dict[str, Any]:
        check_sha(sha256)
        body = await request.body()
        office = await authenticated(request, body)
        state = await to_thread.run_sync(store.put_chunk, sha256, offset, size, body, office.code)
        return {"sha256": state.sha256, "size": state.size, "received": state.received, "complete": state.complete}

    @app.get("/v1/attachments/{sha256}/content", tags=["attachments"], responses={
        200: {"content": {"application/octet-stream": {}},
              "description": "bytes from `offset`; X-KD-Size gives the whole file's size"}})
    async def attachment_content(request: Request, sha256: str,
                                 offset: Annotated[int, Query(ge=0, le=2**40)] = 0,
                                 limit: Annotated[int, Query(ge=1, le=MAX_CHUNK_BYTES)] = MAX_CHUNK_BYTES) -> Response:
        check_sha(sha256)
        office = await authenticated(request)
        if not await to_thread.run_sync(store.may_fetch, office.code, sha256):
            raise HqError(404, "not_found")
        data, size = await to_thread.run_sync(store.read_range, sha256, offset, limit)
        return Response(data, media_type="application/octet-stream",
                        headers={"X-KD-Size": str(size), "X-KD-Offset": str(offset)})

    @app.post("/v1/hq/cases", tags=["hq staff"])
    async def take_report(request: Request, body: ReportRequest) -> dict[str, Any]:
        actor = await staff_member(request)
        try:
            photos = tuple(base64.b64decode(p, validate=True) for p in body.photos)
        except ValueError as exc:
            raise HqError(400, "bad_value", "photos") from exc
        values = body.model_dump(exclude={"office", "photos"})
        report = CentralReport(**values, photos=photos)
        routed = await to_thread.run_sync(routing.take_report, body.office, report, actor)
        return routed.to_dict()

    @app.post("/v1/hq/cases/{case_id}/route", tags=["hq staff"])
    async def route_case(request: Request, case_id: Annotated[str, Path(max_length=128)],
                         body: RouteRequest) -> dict[str, Any]:
        actor = await staff_member(request)
        routed = await to_thread.run_sync(routing.route, case_id, body.to_office, actor, body.note)
        return routed.to_dict()

    @app.get("/v1/records", tags=["sync"])
    async def office_snapshot(request: Request, after_entity: Annotated[str, Query(max_length=64)] = "",
                              after_id: Annotated[str, Query(max_length=128)] = "",
                              limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1000) -> dict[str, Any]:
        office = await authenticated(request)
        return await to_thread.run_sync(office_records, engine, office.code, after_entity, after_id, limit,
                                        settings.rules)

    @app.get("/v1/conflicts", tags=["sync"])
    async def office_conflicts(request: Request, after: Annotated[int, Query(ge=0, le=MAX_ROW_ID)] = 0,
                               limit: Annotated[int, Query(ge=1, le=1000)] = 500) -> list[dict[str, Any]]:
        office = await authenticated(request)
        return await to_thread.run_sync(_rows_after, engine, conflicts, office.code, after, limit)

    @app.get("/v1/quarantine", tags=["sync"])
    async def office_quarantine(request: Request, after: Annotated[int, Query(ge=0, le=MAX_ROW_ID)] = 0,
                                limit: Annotated[int, Query(ge=1, le=1000)] = 500) -> list[dict[str, Any]]:
        office = await authenticated(request)
        return await to_thread.run_sync(_rows_after, engine, quarantine, office.code, after, limit)

    @app.post("/v1/letters/verify", tags=["letters"])
    async def letter_verify(request: Request, body: LetterCheck) -> dict[str, Any]:
        await by_address(request)
        if body.qr_text is not None and settings.qr_reader is not None:
            try:
                parts = settings.qr_reader(body.qr_text)
            except (ValueError, ProtocolError) as exc:
                raise HqError(400, "bad_payload") from exc
        elif None not in (body.office, body.letter_number, body.payload, body.signature):
            parts = parts_from_request(body.office or "", body.letter_number or "", body.payload or "",
                                       body.signature or "")
        else:
            raise HqError(400, "bad_payload", "send office, letter_number, payload and signature")
        return (await to_thread.run_sync(verify_letter, engine, parts)).to_dict()

    app.include_router(open311_router(engine))
    app.add_middleware(BodyLimit, limits={"/v1/batches": MAX_BATCH_BYTES + 1024,
                                          "/v1/attachments/": MAX_CHUNK_BYTES + 1024,
                                          "/v1/hq/": STAFF_BODY_LIMIT}, default=JSON_LIMIT)
    return app

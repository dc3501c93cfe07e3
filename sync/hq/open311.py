"""Open311 GeoReport v2, read only, over HQ's copies of offices' cases and the published categories.

Only fields meant for the public are shown: no reporter, no contact, no NIK."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Query
from sqlalchemy import Engine, select

from sync.hq.errors import HqError
from sync.hq.schema import records

OPEN_STATES = frozenset({"baru", "diverifikasi", "didisposisikan", "dalam_proses"})
MAX_REQUESTS = 1000


def _service_code(data: dict[str, Any]) -> str | None:
    value = data.get("category_code") or data.get("category") or data.get("kind")
    return str(value) if value is not None else None


def _location(data: dict[str, Any]) -> tuple[Any, Any]:
    loc = data.get("location")
    if isinstance(loc, dict):
        return loc.get("lat"), loc.get("long", loc.get("lon"))
    return data.get("lat"), data.get("long")


def service_request(row: Any) -> dict[str, Any]:
    data = row.data if isinstance(row.data, dict) else {}
    lat, long = _location(data)
    status = data.get("status")
    return {
        "service_request_id": str(data.get("number") or row.entity_id),
        "status": "open" if status in OPEN_STATES or status is None else "closed",
        "status_notes": data.get("status_notes"),
        "service_name": data.get("category_name"),
        "service_code": _service_code(data),
        "description": data.get("public_description") or data.get("title"),
        "agency_responsible": data.get("assigned_office") or row.owner,
        "service_notice": None,
        "requested_datetime": data.get("received_at") or row.created_at,
        "updated_datetime": row.updated_at,
        "expected_datetime": data.get("due_at"),
        "address": data.get("address"),
        "address_id": None,
        "zipcode": data.get("postal_code"),
        "lat": lat if isinstance(lat, int | float) else None,
        "long": long if isinstance(long, int | float) else None,
        "media_url": None,
    }


def _date(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    try:
        datetime.fromisoformat(value)
    except ValueError as exc:
        raise HqError(400, "bad_date", name) from exc
    return value


def open311_router(engine: Engine) -> APIRouter:
    router = APIRouter(prefix="/open311/v2", tags=["open311"])

    @router.get("/services.json")
    def services() -> list[dict[str, Any]]:
        with engine.connect() as conn:
            rows = conn.execute(select(records.c.entity_id, records.c.data).where(
                records.c.entity == "category", records.c.deleted.is_(False)).order_by(records.c.entity_id))
            return [{
                "service_code": row.entity_id,
                "service_name": (row.data or {}).get("name", row.entity_id),
                "description": (row.data or {}).get("description", ""),
                "metadata": False,
                "type": "realtime",
                "keywords": ",".join((row.data or {}).get("keywords", []) or []),
                "group": (row.data or {}).get("group", ""),
            } for row in rows]

    @router.get("/requests.json")
    def requests(
        service_request_id: str | None = Query(None, max_length=2000),
        service_code: str | None = Query(None, max_length=200),
        status: str | None = Query(None, pattern="^(open|closed)$"),
        start_date: str | None = Query(None, max_length=40),
        end_date: str | None = Query(None, max_length=40),
        page_size: int = Query(200, ge=1, le=MAX_REQUESTS),
    ) -> list[dict[str, Any]]:
        _date(start_date, "start_date")
        _date(end_date, "end_date")
        query = select(records).where(records.c.entity == "case", records.c.deleted.is_(False))
        if start_date:
            query = query.where(records.c.created_at >= start_date)
        if end_date:
            query = query.where(records.c.created_at <= end_date)
        wanted_ids = set(service_request_id.split(",")) if service_request_id else None
        wanted_codes = set(service_code.split(",")) if service_code else None
        found: list[dict[str, Any]] = []
        with engine.connect() as conn:
            for row in conn.execute(query.order_by(records.c.created_at.desc())):
                item = service_request(row)
                if wanted_ids and item["service_request_id"] not in wanted_ids and row.entity_id not in wanted_ids:
                    continue
                if wanted_codes and item["service_code"] not in wanted_codes:
                    continue
                if status and item["status"] != status:
                    continue
                found.append(item)
                if len(found) >= page_size:
                    break
        return found

    @router.get("/requests/{request_id}.json")
    def one_request(request_id: str) -> list[dict[str, Any]]:
        found = requests(request_id, None, None, None, None, 1)
        if not found:
            raise HqError(404, "not_found")
        return found

    return router

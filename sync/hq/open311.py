"""Open311 GeoReport v2, read only, over HQ's copies of offices' cases and their case categories.

Case records carry the office's fields (`state`, `category_id`, `description`, `address`, `latitude`,
`longitude`, `received_at`, `due_on`, `confidential`). Only what is meant for the public is shown: never
the reporter (name, NIK, phone, address), and for a case not known to be public (`confidential` is
not false) neither its description nor where it is."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Query
from sqlalchemy import Connection, Engine, select

from sync.entity_rules import CASE_OPEN_STATES
from sync.hq.errors import HqError
from sync.hq.schema import records

MAX_REQUESTS = 1000


def open311_status(state: Any) -> str:
    """open while the office still works on it (a case without a state yet is open), else closed."""
    return "open" if state is None or state in CASE_OPEN_STATES else "closed"


def _number(value: Any) -> float | None:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def service_request(row: Any, categories: Mapping[str, tuple[str, str]]) -> dict[str, Any]:
    """`categories`: case_category id -> (code, name)."""
    data = row.data if isinstance(row.data, dict) else {}
    public = data.get("confidential") is False
    category_id = data.get("category_id")
    code, name = categories.get(str(category_id), (category_id, None))
    return {
        "service_request_id": str(data.get("number") or row.entity_id),
        "status": open311_status(data.get("state")),
        "status_notes": None,
        "service_name": name,
        "service_code": str(code) if code is not None else None,
        "description": data.get("description") if public else None,
        "agency_responsible": row.owner,
        "service_notice": None,
        "requested_datetime": data.get("received_at") or row.created_at,
        "updated_datetime": row.updated_at,
        "expected_datetime": data.get("due_on"),
        "address": (data.get("address") or None) if public else None,
        "address_id": None,
        "zipcode": None,
        "lat": _number(data.get("latitude")) if public else None,
        "long": _number(data.get("longitude")) if public else None,
        "media_url": None,
    }


def _categories(conn: Connection) -> dict[str, tuple[str, str]]:
    rows = conn.execute(select(records.c.entity_id, records.c.data).where(
        records.c.entity == "case_category", records.c.deleted.is_(False)))
    found: dict[str, tuple[str, str]] = {}
    for row in rows:
        data = row.data if isinstance(row.data, dict) else {}
        code = str(data.get("code") or row.entity_id)
        found[row.entity_id] = (code, str(data.get("name") or code))
    return found


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
        """One service per category code (offices each hold their own copy of the same categories)."""
        with engine.connect() as conn:
            rows = conn.execute(select(records.c.entity_id, records.c.data).where(
                records.c.entity == "case_category", records.c.deleted.is_(False)).order_by(records.c.entity_id))
            listed: dict[str, dict[str, Any]] = {}
            for row in rows:
                data = row.data if isinstance(row.data, dict) else {}
                code = str(data.get("code") or row.entity_id)
                if data.get("active") is False or code in listed:
                    continue
                listed[code] = {
                    "service_code": code,
                    "service_name": data.get("name", code),
                    "description": "",
                    "metadata": False,
                    "type": "realtime",
                    "keywords": "",
                    "group": "",
                }
            return sorted(listed.values(), key=lambda item: item["service_code"])

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
            categories = _categories(conn)
            for row in conn.execute(query.order_by(records.c.created_at.desc())):
                item = service_request(row, categories)
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

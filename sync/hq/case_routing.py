"""Citizen cases that HQ routes: a report HQ took in centrally goes to the office whose area it concerns,
and a case an office holds can be moved to another office.

A routed case is a new case record owned by the receiving office, sent on that office's `office`
stream with its intake event and its attachments. HQ gives it a central reference (``PST-…``) and no
office number: the receiving office numbers it in its own scheme (``011002-2611-0007``) and counts its
deadlines by its own calendar when it arrives, and that number comes back up like any office change.

Moving a case from office A to office B never deletes anything: A's case is closed as forwarded
(state ``diteruskan``, allowed from baru, diverifikasi and didisposisikan by the case state machine)
with a ``teruskan`` event naming B and B's new case, both sent on A's stream; B's case carries the
description, the citizen, the place, the attachments and, in its intake event, A's number and history.
All of it is one HQ transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.engine import Connection

from sync.entity_rules import DEFAULT_RULES, EntityRules
from sync.hq.attachments import MAX_CHUNK_BYTES, AttachmentStore
from sync.hq.database import in_transaction
from sync.hq.errors import HqError
from sync.hq.identity import HqIdentity
from sync.hq.offices import OfficeRegistry
from sync.hq.records import load_records
from sync.hq.schema import records
from sync.hq.streams import Streams
from sync.ids import uuid7

KINDS = ("pengaduan", "permintaan_informasi", "laporan", "aspirasi")
CHANNELS = ("datang", "telepon", "surat", "whatsapp", "dari_hq")
ROUTABLE_STATES = frozenset({"baru", "diverifikasi", "didisposisikan"})
FORWARDED = "diteruskan"
CENTRAL_PREFIX = "PST-"
MAX_DESCRIPTION = 4000
MAX_PHOTOS = 10
WIB = timezone(timedelta(hours=7))
# The category tree every office is created with (migration 0003), under the same ids everywhere.
DEFAULT_CATEGORIES: dict[str, str] = {
    "kat-infrastruktur": "INFRA", "kat-jalan": "JALAN", "kat-drainase": "DRAINASE", "kat-pju": "PJU",
    "kat-fasum": "FASUM", "kat-sampah": "SAMPAH", "kat-sosial": "SOSIAL", "kat-administrasi": "ADMIN",
    "kat-informasi": "INFO", "kat-lainnya": "LAIN",
}
FALLBACK_CATEGORY = "kat-lainnya"
# copied from the sending office's case; the rest of the receiving case starts afresh
CARRIED_FIELDS = ("kind", "channel", "description", "citizen_name", "citizen_nik", "citizen_phone",
                  "citizen_address", "anonymous", "confidential", "rt", "rw", "address", "latitude", "longitude",
                  "info_requested", "info_purpose", "info_delivery", "received_at")


@dataclass(frozen=True)
class CentralReport:
    """A citizen report taken in at HQ (call centre, city website, LAPOR!)."""

    kind: str
    category: str  # a category id or its service code (JALAN, PJU, …)
    description: str
    channel: str = "dari_hq"
    citizen_name: str = ""
    citizen_nik: str = ""
    citizen_phone: str = ""
    citizen_address: str = ""
    anonymous: bool = False
    confidential: bool = True
    rt: int | None = None
    rw: int | None = None
    address: str = ""
    latitude: float | None = None
    longitude: float | None = None
    info_requested: str = ""
    info_purpose: str = ""
    info_delivery: str = ""
    photos: tuple[bytes, ...] = field(default=(), repr=False)


@dataclass(frozen=True)
class RoutedCase:
    case_id: str
    office: str
    reference: str
    from_office: str | None = None
    from_case_id: str | None = None
    attachments: int = 0

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _at(moment: datetime) -> str:
    """A time as the office's outbox writes it."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def central_reference(case_id: str) -> str:
    return CENTRAL_PREFIX + case_id.replace("-", "")[-12:]


def _text(value: Any, name: str, limit: int, required: bool = False) -> str:
    if not isinstance(value, str) or len(value) > limit or "\x00" in value:
        raise HqError(400, "bad_value", name)
    if required and not value.strip():
        raise HqError(400, "required", name)
    return value.strip()


def check_report(report: CentralReport) -> CentralReport:
    if report.kind not in KINDS:
        raise HqError(400, "bad_value", "kind")
    if report.channel not in CHANNELS:
        raise HqError(400, "bad_value", "channel")
    _text(report.description, "description", MAX_DESCRIPTION, required=True)
    for name, limit in (("citizen_name", 100), ("citizen_phone", 30), ("citizen_address", 200), ("address", 200),
                        ("info_requested", MAX_DESCRIPTION), ("info_purpose", MAX_DESCRIPTION),
                        ("info_delivery", 20), ("category", 64)):
        _text(getattr(report, name), name, limit)
    if report.citizen_nik and (len(report.citizen_nik) != 16 or not report.citizen_nik.isdigit()):
        raise HqError(400, "bad_value", "citizen_nik")
    for name, low, high in (("rt", 1, 999), ("rw", 1, 999)):
        value = getattr(report, name)
        if value is not None and not (isinstance(value, int) and low <= value <= high):
            raise HqError(400, "bad_value", name)
    if report.latitude is not None and not -90 <= report.latitude <= 90:
        raise HqError(400, "bad_value", "latitude")
    if report.longitude is not None and not -180 <= report.longitude <= 180:
        raise HqError(400, "bad_value", "longitude")
    if len(report.photos) > MAX_PHOTOS:
        raise HqError(400, "too_many_photos", str(MAX_PHOTOS))
    return report


class CaseRouting:
    def __init__(self, engine: Engine, hq: HqIdentity, rules: EntityRules = DEFAULT_RULES,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._engine = engine
        self._streams = Streams(engine, hq, rules)
        self._offices = OfficeRegistry(engine)
        self._files = AttachmentStore(engine)
        self._now = now

    # --- a report taken in at HQ ---------------------------------------------------------------

    def take_report(self, office: str, report: CentralReport, actor: str) -> RoutedCase:
        """Create the case for `office` and send it down its stream; photos are kept at HQ for the office
        to fetch."""
        report = check_report(report)
        hashes = [self._keep_photo(data) for data in report.photos]
        now = self._now()

        def work(conn: Connection) -> RoutedCase:
            target = self._office(conn, office)
            category = self._category_for(conn, target, report.category)
            case_id = uuid7()
            values = {name: getattr(report, name) for name in CARRIED_FIELDS if name != "received_at"}
            values.update(received_at=_at(now), resident_id=None)
            note = "Diterima pusat dan diteruskan ke kelurahan"
            details = {"central_reference": central_reference(case_id), "received_by": actor}
            changes = self._new_case(conn, target, case_id, values, category, now, actor, note, details,
                                     [(sha, "lampiran") for sha in hashes])
            self._streams.publish_changes(conn, "office", target, changes)
            return RoutedCase(case_id, target, central_reference(case_id), attachments=len(hashes))

        return in_transaction(self._engine, work)

    def _keep_photo(self, data: bytes) -> str:
        if not data:
            raise HqError(400, "bad_value", "photo")
        sha = hashlib.sha256(data).hexdigest()
        state = self._files.state(sha)
        offset = 0 if state is None else (len(data) if state.complete else state.received)
        while offset < len(data):
            state = self._files.put_chunk(sha, offset, len(data), data[offset:offset + MAX_CHUNK_BYTES], "HQ")
            offset = len(data) if state.complete else state.received
        return sha

    # --- moving a case between offices ---------------------------------------------------------

    def route(self, case_id: str, to_office: str, actor: str, note: str = "") -> RoutedCase:
        """Close the case at the office holding it as forwarded to `to_office`, and give `to_office` a new
        case carrying it. Refused for a case HQ does not hold, one already closed or in progress, or a
        move to the office that holds it."""
        note = _text(note, "note", 1000)
        now = self._now()

        def work(conn: Connection) -> RoutedCase:
            target = self._office(conn, to_office)
            stored = load_records(conn, [("case", case_id)]).current.get(("case", case_id))
            if stored is None or stored.deleted:
                raise HqError(404, "case_unknown", case_id)
            source, data = stored.owner, stored.data
            if source == target:
                raise HqError(409, "case_already_there", target)
            state = data.get("state")
            if state not in ROUTABLE_STATES:
                raise HqError(409, "case_not_routable", str(state), state=state)
            source_name = self._office_name(conn, source)
            target_name = self._office_name(conn, target)
            new_id = uuid7()
            today = now.astimezone(WIB).date()
            due = data.get("due_on")
            closing = {"state": FORWARDED, "forwarded_to": f"{target_name} ({target})"[:150],
                       "closed_on": today.isoformat(), "sla_met": due is None or today.isoformat() <= str(due),
                       "due_on": None, "due_stage": "", "updated_at": _at(now)}
            event = {"case_id": case_id, "at": _at(now), "actor": actor[:64], "action": "teruskan",
                     "from_state": state, "to_state": FORWARDED,
                     "note": note or f"Dialihkan oleh pusat ke {target_name}",
                     "details": {"routed_to_office": target, "routed_to_case": new_id,
                                 "central_reference": central_reference(new_id)}}
            source_changes = [c for c in (self._streams.edit(conn, "case", case_id, closing, owner=source,
                                                             actor=actor),
                                          self._streams.edit(conn, "case_event", uuid7(), event, owner=source,
                                                             actor=actor)) if c]
            values = {name: data.get(name) for name in CARRIED_FIELDS}
            values["resident_id"] = None
            try:
                category = self._category_for(conn, target, self._category_code(conn, data.get("category_id")))
            except HqError:
                category = FALLBACK_CATEGORY
            history = self._history(conn, source, case_id)
            details = {"routed_from_office": source, "routed_from_case": case_id,
                       "routed_from_number": data.get("number"), "central_reference": central_reference(new_id),
                       "history": history}
            intake_note = (note + "\n" if note else "") + (
                f"Dialihkan oleh pusat dari {source_name}, nomor {data.get('number') or '-'}")
            photos = [(a["sha256"], a.get("role") or "lampiran") for a in self._attachments(conn, source, case_id)]
            target_changes = self._new_case(conn, target, new_id, values, category, now, actor, intake_note,
                                            details, photos)
            self._streams.publish_changes(conn, "office", source, source_changes)
            self._streams.publish_changes(conn, "office", target, target_changes)
            return RoutedCase(new_id, target, central_reference(new_id), source, case_id, len(photos))

        return in_transaction(self._engine, work)

    # --- parts ---------------------------------------------------------------------------------

    def _new_case(self, conn: Connection, office: str, case_id: str, values: dict[str, Any], category: str,
                  now: datetime, actor: str, note: str, details: dict[str, Any],
                  photos: list[tuple[str, str]]) -> list[dict[str, Any]]:
        """The changes that create a case at `office`: the case (with a central reference and no office
        number yet), its intake event and its attachment links."""
        today = now.astimezone(WIB).date().isoformat()
        reference = central_reference(case_id)
        case = {
            **values, "number": reference, "number_period": "", "number_seq": -int(reference[4:], 16),
            "category_id": category, "received_by": actor[:64], "updated_at": _at(now), "state": "baru",
            "received_on": today, "clock_started_on": today, "promised_on": today, "due_on": None,
            "due_stage": "", "verified_on": None, "assignee_id": None, "assigned_unit": "", "closed_on": None,
            "resolution": "", "reject_reason": "", "forwarded_to": "", "duplicate_of_id": None,
            "reopen_until": None, "reopened_count": 0, "sla_met": None, "escalated_on": None,
            "extension_notice": "", "objection_filed_on": None, "objection_reason": "", "objection_due_on": None,
            "objection_answered_on": None, "objection_answer": "",
        }
        event_id = uuid7()
        event = {"case_id": case_id, "at": _at(now), "actor": actor[:64], "action": "terima", "from_state": "",
                 "to_state": "baru", "note": note[:4000], "details": details}
        edits: list[tuple[str, str, dict[str, Any]]] = [("case", case_id, case), ("case_event", event_id, event)]
        for sha, role in photos:
            edits.append(("case_attachment", uuid7(), {"case_id": case_id, "event_id": event_id, "sha256": sha,
                                                       "role": role, "added_at": _at(now),
                                                       "added_by": actor[:64]}))
        return [c for entity, entity_id, data in edits
                if (c := self._streams.edit(conn, entity, entity_id, data, owner=office, actor=actor))]

    def _office(self, conn: Connection, code: str) -> str:
        office = self._offices.get(code, conn)
        if office is None:
            raise HqError(404, "unknown_office", str(code)[:32])
        return office.code

    def _office_name(self, conn: Connection, code: str) -> str:
        office = self._offices.get(code, conn)
        return office.name if office else code

    @staticmethod
    def _category_code(conn: Connection, category_id: Any) -> str:
        if category_id in DEFAULT_CATEGORIES:
            return str(category_id)
        data = conn.scalar(select(records.c.data).where(records.c.entity == "case_category",
                                                        records.c.entity_id == str(category_id)))
        return str(data.get("code")) if data and data.get("code") else FALLBACK_CATEGORY

    @staticmethod
    def _category_for(conn: Connection, office: str, given: str) -> str:
        """A category the office has: a default id or code, or a category HQ holds for that office (or
        publishes to all) by id or code; a moved case whose category the office lacks becomes Lainnya."""
        if given in DEFAULT_CATEGORIES:
            return given
        by_code = {code: cid for cid, code in DEFAULT_CATEGORIES.items()}
        if given in by_code:
            return by_code[given]
        rows = conn.execute(select(records.c.entity_id, records.c.data).where(
            records.c.entity == "case_category", records.c.owner.in_([office, "HQ"]),
            records.c.deleted.is_(False))).all()
        for row in rows:
            if given in (row.entity_id, row.data.get("code")):
                return str(row.entity_id)
        raise HqError(400, "unknown_category", given)

    @staticmethod
    def _owned_by_case(conn: Connection, office: str, entity: str, case_id: str) -> list[dict[str, Any]]:
        rows = conn.execute(select(records.c.entity_id, records.c.data).where(
            records.c.owner == office, records.c.entity == entity, records.c.deleted.is_(False),
            records.c.data["case_id"].as_string() == case_id))
        return [{"id": r.entity_id, **r.data} for r in rows]

    def _history(self, conn: Connection, office: str, case_id: str) -> list[dict[str, Any]]:
        events = sorted(self._owned_by_case(conn, office, "case_event", case_id),
                        key=lambda e: (str(e.get("at")), e["id"]))
        return [{k: e.get(k) for k in ("at", "actor", "action", "from_state", "to_state", "note")} for e in events]

    def _attachments(self, conn: Connection, office: str, case_id: str) -> list[dict[str, Any]]:
        found = sorted(self._owned_by_case(conn, office, "case_attachment", case_id), key=lambda a: a["id"])
        return [a for a in found if isinstance(a.get("sha256"), str)]


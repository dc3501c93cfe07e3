"""Case queues: what each queue and filter means, and the SQL that serves its first page quickly.

Deadline queues (open work, mine, unassigned, due soon, overdue) go through the small partial index on
`due_on` and list the nearest deadline first; the full list is newest first; a free-text search is
driven by the trigram index, newest entry first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, column, literal_column, or_, select, table
from sqlalchemy.orm import Session, aliased

from kelurahan_desk.core.domain.case_deadlines import DueMark, WorkingDays, due_soon_limit, due_status
from kelurahan_desk.core.domain.case_intake import DUPLICATE_RADIUS_M, bounding_box, distance_m
from kelurahan_desk.core.domain.case_numbers import NUMBER
from kelurahan_desk.core.domain.case_states import CaseKind, CaseState
from kelurahan_desk.core.services.case_categories import descendants
from kelurahan_desk.core.store.models import Account, Case, CaseCategory

CASE_TEXT_INDEX = table("case_fts", column("rowid"), column("case_fts"))
CASE_ROWID = literal_column("citizen_case.rowid")
_TEXT_AGAIN = CASE_TEXT_INDEX.alias("case_fts_about")
NOT_REPORTER = "{number description address}"  # the indexed columns other than citizen_name
PAGE_SIZE = 50


class Queue(StrEnum):
    SEMUA = "semua"
    TERBUKA = "terbuka"
    SAYA = "saya"
    BELUM_DITUGASKAN = "belum_ditugaskan"
    SEGERA = "segera"
    TERLAMBAT = "terlambat"


DEADLINE_QUEUES = frozenset(Queue) - {Queue.SEMUA}


@dataclass(frozen=True)
class CaseQuery:
    queue: Queue = Queue.SEMUA
    states: tuple[CaseState, ...] = ()
    kinds: tuple[CaseKind, ...] = ()
    category_id: str | None = None  # the category and everything under it
    assignee_id: str | None = None
    rt: int | None = None
    rw: int | None = None
    received_from: date | None = None
    received_to: date | None = None
    text: str = ""
    escalated_only: bool = False
    limit: int = PAGE_SIZE
    offset: int = 0


@dataclass(frozen=True)
class CaseRow:
    id: str
    number: str
    kind: CaseKind
    category: str
    state: CaseState
    citizen_name: str  # empty for anonymous and confidential cases
    anonymous: bool
    confidential: bool
    rt: int | None
    rw: int | None
    address: str
    received_on: date
    due_on: date | None
    working_days_left: int | None
    mark: DueMark
    assignee: str  # officer's name, or the unit a case was sent to
    escalated: bool
    objection_open: bool


@dataclass(frozen=True)
class CasePage:
    rows: list[CaseRow]
    has_more: bool
    offset: int = 0
    query: CaseQuery = field(default_factory=CaseQuery)


@dataclass(frozen=True)
class QueueBounds:
    """What a query needs from outside: who asks, today, and the day range turned into UTC instants."""

    actor_id: str
    today: date
    due_soon_limit: date
    category_ids: tuple[str, ...] | None
    received_after: datetime | None
    received_before: datetime | None


OFFICER = aliased(Account)
ROW_COLUMNS = (
    Case.id,
    Case.number,
    Case.kind,
    CaseCategory.name,
    Case.state,
    Case.citizen_name,
    Case.anonymous,
    Case.confidential,
    Case.rt,
    Case.rw,
    Case.address,
    Case.received_on,
    Case.due_on,
    OFFICER.full_name,
    Case.assigned_unit,
    Case.escalated_on,
    Case.objection_filed_on,
    Case.objection_answered_on,
)


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def queue_bounds(
    s: Session, query: CaseQuery, actor_id: str, today: date, zone: tzinfo, calendar: WorkingDays
) -> QueueBounds:
    """The outside facts of a query: a category's subtree, today's due-soon limit, days as UTC instants."""

    def start_of(day: date | None) -> datetime | None:
        return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC) if day else None

    return QueueBounds(
        actor_id=actor_id,
        today=today,
        due_soon_limit=due_soon_limit(today, calendar),
        category_ids=tuple(descendants(s, query.category_id)) if query.category_id else None,
        received_after=start_of(query.received_from),
        received_before=start_of(query.received_to + timedelta(days=1) if query.received_to else None),
    )


def scan_only(column: Any) -> ColumnElement[Any]:
    """The column behind SQLite's unary `+`: the term still filters, but its index cannot drive the query.

    Deadline queues are always driven by the small partial index on `due_on`; a term on another column
    must not tempt the planner into walking that column's index through every closed case instead.
    """
    return literal_column(f"+{column.table.name}.{column.name}", type_=column.type)


def _queue_condition(queue: Queue, bounds: QueueBounds) -> ColumnElement[bool] | None:
    if queue == Queue.TERBUKA:
        return Case.due_on.is_not(None)
    if queue == Queue.SAYA:
        return and_(scan_only(Case.assignee_id) == bounds.actor_id, Case.due_on.is_not(None))
    if queue == Queue.BELUM_DITUGASKAN:
        return and_(
            Case.due_on.is_not(None),
            scan_only(Case.state).in_([CaseState.BARU.value, CaseState.DIVERIFIKASI.value]),
            scan_only(Case.assignee_id).is_(None),
            scan_only(Case.assigned_unit) == "",
        )
    if queue == Queue.SEGERA:
        return and_(Case.due_on >= bounds.today, Case.due_on <= bounds.due_soon_limit)
    if queue == Queue.TERLAMBAT:
        return Case.due_on < bounds.today
    return None


def _filters(query: CaseQuery, bounds: QueueBounds) -> list[ColumnElement[bool]]:
    by_deadline = query.queue in DEADLINE_QUEUES

    def term(column: Any) -> Any:
        return scan_only(column) if by_deadline else column

    found = [c for c in [_queue_condition(query.queue, bounds)] if c is not None]
    if query.states:
        found.append(term(Case.state).in_([CaseState(s).value for s in query.states]))
    if query.kinds:
        found.append(term(Case.kind).in_([CaseKind(k).value for k in query.kinds]))
    if bounds.category_ids is not None:
        # a subtree is several ranges of the category index, which no longer come out newest first
        several = len(bounds.category_ids) > 1
        found.append((scan_only(Case.category_id) if several else term(Case.category_id)).in_(bounds.category_ids))
    if query.assignee_id:
        found.append(term(Case.assignee_id) == query.assignee_id)
    if query.rw is not None:
        found.append(term(Case.rw) == query.rw)
    if query.rt is not None:
        found.append(scan_only(Case.rt) == query.rt)
    if bounds.received_after is not None:
        found.append(term(Case.received_at) >= bounds.received_after)
    if bounds.received_before is not None:
        found.append(term(Case.received_at) < bounds.received_before)
    if query.escalated_only:
        found.append(Case.escalated_on.is_not(None))
    return found


def with_names(stmt: Select) -> Select:
    """Adds the category and the officer to a select of `ROW_COLUMNS` whose FROM starts at the case."""
    return stmt.join(CaseCategory, CaseCategory.id == Case.category_id).outerjoin(
        OFFICER, OFFICER.id == Case.assignee_id
    )


def case_row(values: Sequence[Any], today: date, calendar: WorkingDays) -> CaseRow:
    """One row of `ROW_COLUMNS` as the lists show it."""
    (
        cid,
        number,
        kind,
        category,
        state,
        citizen,
        anonymous,
        confidential,
        rt,
        rw,
        address,
        received_on,
        due_on,
        officer,
        unit,
        escalated_on,
        objection_filed,
        objection_answered,
    ) = values[: len(ROW_COLUMNS)]
    due = due_status(due_on, today, calendar)
    return CaseRow(
        id=cid,
        number=number,
        kind=CaseKind(kind),
        category=category,
        state=CaseState(state),
        citizen_name="" if anonymous or confidential else citizen,
        anonymous=anonymous,
        confidential=confidential,
        rt=rt,
        rw=rw,
        address=address,
        received_on=received_on,
        due_on=due_on,
        working_days_left=due.working_days_left,
        mark=due.mark,
        assignee=officer or unit or "",
        escalated=escalated_on is not None,
        objection_open=objection_filed is not None and objection_answered is None,
    )


def queue_statement(
    query: CaseQuery, bounds: QueueBounds, columns: Sequence[Any] = ROW_COLUMNS, *, paged: bool = True
) -> Select:
    """The rows of a queue in its order. Paged: the first `limit + 1` from `offset` (one more than shown,
    to know whether there is a next page). `columns` may be other columns of the case, its category and
    `OFFICER` (exports)."""
    text = " ".join(query.text.split())
    by_number = bool(text) and NUMBER.match(text) is not None
    words = text.split(" ") if text and not by_number else []
    long_words = [w for w in words if len(w) >= 3]
    conditions = _filters(query, bounds)
    stmt = select(*columns)
    if by_number:
        conditions.append(Case.number == text)
    elif long_words:
        match = " ".join(_fts_phrase(w) for w in long_words)
        stmt = stmt.select_from(CASE_TEXT_INDEX).join(Case, CASE_TEXT_INDEX.c.rowid == CASE_ROWID)
        conditions.append(CASE_TEXT_INDEX.c.case_fts.op("MATCH")(match))
        # a confidential case is found by what it is about, never by the name of who reported it
        about = select(_TEXT_AGAIN.c.rowid).where(
            _TEXT_AGAIN.c.case_fts.op("MATCH")(f"{NOT_REPORTER} : ({match})"), _TEXT_AGAIN.c.rowid == CASE_ROWID
        )
        conditions.append(or_(Case.confidential.is_(False), about.exists()))
    for word in (w for w in words if len(w) < 3):
        pattern = _like(word)
        conditions.append(
            or_(
                and_(Case.confidential.is_(False), Case.citizen_name.like(pattern, escape="\\")),
                Case.description.like(pattern, escape="\\"),
            )
        )
    stmt = with_names(stmt).where(*conditions)
    if long_words:
        stmt = stmt.order_by(CASE_TEXT_INDEX.c.rowid.desc())
    elif query.queue in DEADLINE_QUEUES:
        stmt = stmt.order_by(Case.due_on, Case.received_at)
    elif query.escalated_only:
        stmt = stmt.order_by(scan_only(Case.received_at).desc())  # the few escalated cases, sorted, not a walk
    else:
        stmt = stmt.order_by(Case.received_at.desc())
    return stmt.limit(query.limit + 1).offset(query.offset) if paged else stmt


@dataclass(frozen=True)
class Place:
    """Where a new case is, for finding cases about the same spot: same RT/RW, or within 50 m."""

    rt: int | None
    rw: int | None
    latitude: float | None
    longitude: float | None

    def matches(self, values: Any) -> bool:
        if self.rt is not None and self.rw is not None and (values.rt, values.rw) == (self.rt, self.rw):
            return True
        if self.latitude is None or self.longitude is None or values.latitude is None:
            return False
        return distance_m(self.latitude, self.longitude, values.latitude, values.longitude) <= DUPLICATE_RADIUS_M


CANDIDATES = 200


def duplicate_candidates(category_id: str, since: datetime, place: Place) -> Select | None:
    """Recent cases of the category near the place (a box around the coordinates; `Place.matches` decides)."""
    near: list[ColumnElement[bool]] = []
    if place.rt is not None and place.rw is not None:
        near.append(and_(Case.rt == place.rt, Case.rw == place.rw))
    if place.latitude is not None and place.longitude is not None:
        lat0, lat1, lon0, lon1 = bounding_box(place.latitude, place.longitude, DUPLICATE_RADIUS_M)
        near.append(and_(Case.latitude.between(lat0, lat1), Case.longitude.between(lon0, lon1)))
    if not near:
        return None
    return (
        with_names(select(*ROW_COLUMNS, Case.latitude, Case.longitude))
        .where(
            Case.category_id == category_id,
            Case.received_at >= since,
            Case.state != CaseState.DUPLIKAT.value,
            or_(*near),
        )
        .order_by(Case.received_at.desc())
        .limit(CANDIDATES)
    )

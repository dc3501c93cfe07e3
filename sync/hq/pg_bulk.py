"""PostgreSQL statements that read or write all the rows of one batch in a single round trip: the rows
travel as one JSON parameter (made in one call of the C encoder) and are spread into rows with
``json_to_recordset``. The statement text stays the same whatever the number of rows, so the server
prepares it once per connection; the rows are those the portable ``executemany`` spelling in
`records.py` and `ingest.py` writes."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from sync.merge import StoredRecord

Key = tuple[str, str]

_SEEN = text(
    "SELECT change_id FROM hq_applied_changes "
    "WHERE change_id = ANY(ARRAY(SELECT json_array_elements_text(CAST(:ids AS json))))"
)

_GUARDS = text(
    "INSERT INTO hq_applied_changes (change_id, office, epoch, seq, outcome) "
    "SELECT c, :office, :epoch, :seq, o FROM json_to_recordset(CAST(:rows AS json)) AS t(c text, o text)"
)

_LOAD = (
    "SELECT r.entity, r.entity_id, r.owner, r.rev, r.deleted, r.data, r.updated_by FROM hq_records AS r "
    "JOIN json_to_recordset(CAST(:keys AS json)) AS k(e text, i text) ON r.entity = k.e AND r.entity_id = k.i"
)
_LOAD_PLAIN = text(_LOAD)
_LOAD_LOCKED = text(_LOAD + " ORDER BY r.entity, r.entity_id FOR UPDATE OF r")

_ROW_TYPES = (
    "owner text, rev integer, deleted boolean, data jsonb, hlc text, updated_at text, updated_by text"
)

_INSERT_RECORDS = text(
    "INSERT INTO hq_records (entity, entity_id, created_at, owner, rev, deleted, data, hlc, updated_at, updated_by) "
    "SELECT entity, entity_id, created_at, owner, rev, deleted, data, hlc, updated_at, updated_by "
    f"FROM json_to_recordset(CAST(:rows AS json)) AS t(entity text, entity_id text, created_at text, {_ROW_TYPES})"
)

_UPDATE_RECORDS = text(
    "UPDATE hq_records AS r SET owner = u.owner, rev = u.rev, deleted = u.deleted, data = u.data, "
    "hlc = u.hlc, updated_at = u.updated_at, updated_by = u.updated_by "
    f"FROM json_to_recordset(CAST(:rows AS json)) AS u(k_entity text, k_id text, {_ROW_TYPES}) "
    "WHERE r.entity = u.k_entity AND r.entity_id = u.k_id"
)


def seen_change_ids(conn: Connection, ids: Sequence[str]) -> set[str]:
    return set(conn.execute(_SEEN, {"ids": json.dumps(list(ids))}).scalars())


def insert_guards(conn: Connection, office: str, epoch: int, seq: int, rows: Sequence[tuple[str, str]]) -> None:
    """One guard row per change (change id, outcome); the change id's primary key makes a second apply fail."""
    if rows:
        listed = json.dumps([{"c": change_id, "o": outcome} for change_id, outcome in rows])
        conn.execute(_GUARDS, {"office": office, "epoch": epoch, "seq": seq, "rows": listed})


def load_records(conn: Connection, keys: Iterable[Key], lock: bool) -> dict[Key, StoredRecord]:
    """The stored records among `keys`; with `lock`, each row locked in key order (as two batches touching
    the same records then wait for each other instead of deadlocking)."""
    wanted = sorted(set(keys))
    if not wanted:
        return {}
    listed = json.dumps([{"e": entity, "i": entity_id} for entity, entity_id in wanted])
    rows = conn.execute(_LOAD_LOCKED if lock else _LOAD_PLAIN, {"keys": listed})
    return {(r.entity, r.entity_id): StoredRecord(r.owner, r.rev, r.deleted, dict(r.data), r.updated_by) for r in rows}


def insert_records(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        conn.execute(_INSERT_RECORDS, {"rows": json.dumps(list(rows))})


def update_records(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """`rows` name their record by ``k_entity`` and ``k_id``."""
    if rows:
        conn.execute(_UPDATE_RECORDS, {"rows": json.dumps(list(rows))})

"""Reading and writing HQ's copy of records (JSON per entity and id, with revision and owner)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, insert, select, tuple_, update
from sqlalchemy.engine import Connection

from sync.entity_rules import EntityRule
from sync.hq import pg_bulk
from sync.hq.database import is_postgres
from sync.hq.schema import records
from sync.merge import StoredRecord

Key = tuple[str, str]
_CHUNK = 400
SCOPE_SEPARATOR = "/"


def stored_key(rule: EntityRule, office: str, entity: str, entity_id: str) -> Key:
    """HQ's key for an office's record. An entity whose ids are unique only within one office (a setting's
    name, a shipped letter type) is kept under ``<office>/<id>``, so two offices never share a record."""
    if rule.office_scoped:
        return entity, f"{office}{SCOPE_SEPARATOR}{entity_id}"
    return entity, entity_id


def office_entity_id(rule: EntityRule, office: str, stored_id: str) -> str:
    """The id the office knows for a record HQ keeps under `stored_id`."""
    prefix = f"{office}{SCOPE_SEPARATOR}"
    if rule.office_scoped and stored_id.startswith(prefix):
        return stored_id[len(prefix):]
    return stored_id


@dataclass
class Loaded:
    """Records read for one transaction; `present` are the keys that exist in the table."""

    current: dict[Key, StoredRecord]
    present: set[Key]


def load_records(conn: Connection, keys: Iterable[Key], lock: bool = True) -> Loaded:
    if is_postgres(conn):
        found = pg_bulk.load_records(conn, keys, lock)
        return Loaded(found, set(found))
    wanted = sorted(set(keys))
    current: dict[Key, StoredRecord] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        query = select(records.c.entity, records.c.entity_id, records.c.owner, records.c.rev, records.c.deleted,
                       records.c.data, records.c.updated_by).where(
            tuple_(records.c.entity, records.c.entity_id).in_(chunk))
        if lock and is_postgres(conn):
            query = query.order_by(records.c.entity, records.c.entity_id).with_for_update()
        for row in conn.execute(query):
            current[(row.entity, row.entity_id)] = StoredRecord(row.owner, row.rev, row.deleted, dict(row.data),
                                                                row.updated_by)
    return Loaded(current, set(current))


def save_records(conn: Connection, loaded: Loaded, dirty: dict[Key, tuple[StoredRecord, str]], now: str) -> None:
    """Write the records in `dirty` (record, hlc): inserts for new keys, updates for the others."""
    new_rows: list[dict[str, Any]] = []
    changed_rows: list[dict[str, Any]] = []
    for (entity, entity_id), (rec, hlc) in dirty.items():
        row = {"owner": rec.owner, "rev": rec.rev, "deleted": rec.deleted, "data": rec.data, "hlc": hlc,
               "updated_at": now, "updated_by": rec.updated_by}
        if (entity, entity_id) in loaded.present:
            changed_rows.append({"k_entity": entity, "k_id": entity_id, **row})
        else:
            new_rows.append({"entity": entity, "entity_id": entity_id, "created_at": now, **row})
    if is_postgres(conn):
        pg_bulk.insert_records(conn, new_rows)
        pg_bulk.update_records(conn, changed_rows)
    else:
        if new_rows:
            conn.execute(insert(records), new_rows)
        if changed_rows:
            conn.execute(
                update(records).where(records.c.entity == bindparam("k_entity"),
                                      records.c.entity_id == bindparam("k_id")),
                changed_rows,
            )
    loaded.present.update(dirty)

"""An office's records as HQ holds them, page by page, with the head of the office's stream.

An office that restored its database from an older backup reloads from here the records HQ holds for it
(its own changes HQ took meanwhile and HQ's edits), then continues its `office` stream after the head
read with the first page: a later edit either is already in the records read or follows in the stream.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select, tuple_

from sync.batch_format import GENESIS_HASH
from sync.entity_rules import DEFAULT_RULES, EntityRules
from sync.hq.records import office_entity_id, stored_key
from sync.hq.schema import records, stream_heads

MAX_PAGE = 2000


def office_records(engine: Engine, office: str, after_entity: str = "", after_id: str = "",
                   limit: int = 1000, rules: EntityRules = DEFAULT_RULES) -> dict[str, Any]:
    """Records owned by `office` after the key (after_entity, after_id), tombstones included, in key
    order; `more` says whether another page follows. Ids are the office's own (see `stored_key`)."""
    limit = max(1, min(limit, MAX_PAGE))
    if after_entity:
        after_id = stored_key(rules.rule(after_entity), office, after_entity, after_id)[1]
    with engine.connect() as conn:
        head = conn.execute(select(stream_heads.c.seq, stream_heads.c.hash).where(
            stream_heads.c.stream == "office", stream_heads.c.target == office)).first()
        rows = conn.execute(
            select(records.c.entity, records.c.entity_id, records.c.rev, records.c.deleted, records.c.data)
            .where(records.c.owner == office,
                   tuple_(records.c.entity, records.c.entity_id) > tuple_(after_entity, after_id))
            .order_by(records.c.entity, records.c.entity_id).limit(limit + 1)).all()
    return {
        "stream": {"seq": head.seq if head else 0, "hash": head.hash if head else GENESIS_HASH},
        "records": [{"entity": r.entity, "entity_id": office_entity_id(rules.rule(r.entity), office, r.entity_id),
                     "rev": r.rev, "deleted": bool(r.deleted),
                     "data": r.data} for r in rows[:limit]],
        "more": len(rows) > limit,
    }

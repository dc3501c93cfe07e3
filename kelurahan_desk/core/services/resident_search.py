"""What a typed search means, and the SQL that answers it.

One box finds residents by name fragment, NIK prefix, KK number or RT/RW:
`siti ami`, `327301`, `kk:32730112`, `RT 3`, `RW 5`, `RT 3 RW 5`, `3/5`, `003/005`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, exists, func, literal, literal_column, or_, select

from kelurahan_desk.core.store.read_tables import FAMILY, RESIDENT, RESIDENT_NAME_INDEX

KK_PREFIX = re.compile(r"^\s*kk\s*[:=]\s*(\d{1,16})\s*$", re.IGNORECASE)
SLASH_RT_RW = re.compile(r"^\s*(\d{1,3})\s*/\s*(\d{1,3})\s*$")
WORDED_RT_RW = re.compile(r"^\s*(?:rt\.?\s*(\d{1,3}))?\s*(?:rw\.?\s*(\d{1,3}))?\s*$", re.IGNORECASE)
DIGITS = re.compile(r"^\d{1,16}$")
MANY_FAMILIES = 1000


@dataclass(frozen=True)
class SearchQuery:
    """One reading of the typed text. `kind` is one of all, name, nik, kk, nik_or_kk, place."""

    kind: str
    text: str = ""
    rt: int | None = None
    rw: int | None = None
    many_families: bool = False


def read_query(query: str) -> SearchQuery:
    text = " ".join(query.split())
    if not text:
        return SearchQuery("all")
    kk = KK_PREFIX.match(text)
    if kk:
        return SearchQuery("kk", kk.group(1))
    compact = text.replace(" ", "").replace(".", "")
    if DIGITS.match(compact):
        return SearchQuery("nik_or_kk" if len(compact) == 16 else "nik", compact)
    slash = SLASH_RT_RW.match(text)
    if slash:
        return SearchQuery("place", rt=int(slash.group(1)), rw=int(slash.group(2)))
    worded = WORDED_RT_RW.match(text)
    if worded and (worded.group(1) or worded.group(2)):
        rt, rw = worded.group(1), worded.group(2)
        return SearchQuery("place", rt=int(rt) if rt else None, rw=int(rw) if rw else None)
    return SearchQuery("name", text)


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _word_start(word: str) -> ColumnElement[bool]:
    """Some word of the name starts with these one or two letters: the name does, or they follow a space.

    For two letters the space and the letters are a trigram, so the name index finds them; one letter is
    checked on each row the name order walks through (a single letter matches many names, so a page fills
    early)."""
    starts = RESIDENT.c.name.like(_like_escape(word) + "%", escape="\\")
    if len(word) == 2:
        fts = select(RESIDENT_NAME_INDEX.c.rowid).where(
            RESIDENT_NAME_INDEX.c.resident_name_fts.op("MATCH")(_fts_phrase(" " + word))
        )
        return or_(starts, literal_column("resident.rowid").in_(fts.scalar_subquery()))
    return or_(starts, RESIDENT.c.name.like("% " + _like_escape(word) + "%", escape="\\"))


def _name_condition(text: str) -> ColumnElement[bool]:
    """Words of three or more letters are found anywhere in the name through the trigram index; words of one
    or two letters must start a word of the name ("si" finds Siti Aminah and Ahmad Sidik, not Yasir)."""
    words = text.split(" ")
    long_words = [w for w in words if len(w) >= 3]
    conditions: list[ColumnElement[bool]] = []
    if long_words:
        match = " ".join(_fts_phrase(w) for w in long_words)
        fts = select(RESIDENT_NAME_INDEX.c.rowid).where(RESIDENT_NAME_INDEX.c.resident_name_fts.op("MATCH")(match))
        conditions.append(literal_column("resident.rowid").in_(fts.scalar_subquery()))
    conditions += [_word_start(w) for w in words if len(w) < 3]
    return and_(*conditions)


def _digit_prefix(column: ColumnElement[str], prefix: str) -> ColumnElement[bool]:
    """A range over the column's index: every value that starts with these digits (`:` follows `9`)."""
    return and_(column >= prefix, column < prefix + ":")


def _families_with_kk(kk: Callable[[Any], ColumnElement[bool]], many: bool) -> ColumnElement[bool]:
    """Few families: look their members up by family. Many (a KK prefix shared by much of the office): walk
    residents in name order and check each one's family, which finds the first page at once."""
    family = FAMILY.alias()
    if many:
        return exists().where(family.c.id == RESIDENT.c.family_id, kk(family.c.kk)).correlate_except(family)
    return RESIDENT.c.family_id.in_(select(family.c.id).where(kk(family.c.kk)).scalar_subquery())


def weigh_kk_prefix(connection: Connection, parsed: SearchQuery) -> SearchQuery:
    """Counts the families a KK prefix matches (on the KK index) so the condition can take the better plan."""
    if parsed.kind != "kk":
        return parsed
    stmt = select(func.count()).where(_digit_prefix(FAMILY.c.kk, parsed.text))
    return replace(parsed, many_families=(connection.scalar(stmt) or 0) > MANY_FAMILIES)


def condition(parsed: SearchQuery) -> ColumnElement[bool] | None:
    if parsed.kind == "name":
        return _name_condition(parsed.text)
    if parsed.kind == "nik":
        return _digit_prefix(RESIDENT.c.nik, parsed.text)
    if parsed.kind == "kk":
        return _families_with_kk(lambda kk: _digit_prefix(kk, parsed.text), parsed.many_families)
    if parsed.kind == "nik_or_kk":
        return or_(RESIDENT.c.nik == parsed.text, _families_with_kk(lambda kk: kk == parsed.text, many=False))
    if parsed.kind == "place":
        parts = []
        if parsed.rt is not None:
            parts.append(RESIDENT.c.rt == parsed.rt)
        if parsed.rw is not None:
            parts.append(RESIDENT.c.rw == parsed.rw)
        return and_(*parts)
    return None


def filtered(stmt: Select, parsed: SearchQuery, status: str | None, *, with_kk: bool = True) -> Select:
    """`with_kk` joins the family for its KK number; the conditions themselves never need the join."""
    stmt = stmt.select_from(RESIDENT)
    if with_kk:
        stmt = stmt.outerjoin(FAMILY, FAMILY.c.id == RESIDENT.c.family_id)
    where = condition(parsed)
    if where is not None:
        stmt = stmt.where(where)
    if status is not None:
        stmt = stmt.where(_status_is(status, only_condition=where is None and not with_kk))
    return stmt


def _status_is(status: str, *, only_condition: bool) -> ColumnElement[bool]:
    """Counting everyone of a status reads the partial index of living NIKs when the value is written into
    the SQL (a bound value cannot match the index's `WHERE status = 'hidup'`). Anywhere else the status is
    checked on the rows found another way: `status || ''` keeps SQLite from walking that index, which costs
    a table lookup per living resident (ten times slower than reading the table)."""
    if only_condition:
        return RESIDENT.c.status == literal(status, literal_execute=True)
    return (RESIDENT.c.status + "") == status


def rows_statement(parsed: SearchQuery, status: str | None, limit: int, offset: int) -> Select:
    stmt = select(
        RESIDENT.c.id,
        RESIDENT.c.nik,
        RESIDENT.c.name,
        RESIDENT.c.sex,
        RESIDENT.c.birth_date,
        RESIDENT.c.rt,
        RESIDENT.c.rw,
        FAMILY.c.kk,
        RESIDENT.c.status,
    )
    stmt = filtered(stmt, parsed, status)
    order = RESIDENT.c.nik if parsed.kind == "nik" else RESIDENT.c.name.collate("NOCASE")
    return stmt.order_by(order, RESIDENT.c.id).limit(limit).offset(offset)


def count_statement(parsed: SearchQuery, status: str | None) -> Select:
    return filtered(select(func.count()), parsed, status, with_kk=False)

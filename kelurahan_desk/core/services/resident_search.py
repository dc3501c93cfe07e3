"""What a typed search means, and the SQL that answers it.

One box finds residents by name fragment, NIK prefix, KK number or RT/RW:
`siti ami`, `327301`, `kk:32730112`, `RT 3`, `RW 5`, `RT 3 RW 5`, `3/5`, `003/005`.

The SQL is plain text with `?` parameters, run on `Store.read_plain()` through the driver: the first page
of residents is what the window shows first, and it opens before SQLAlchemy is loaded.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

KK_PREFIX = re.compile(r"^\s*kk\s*[:=]\s*(\d{1,16})\s*$", re.IGNORECASE)
SLASH_RT_RW = re.compile(r"^\s*(\d{1,3})\s*/\s*(\d{1,3})\s*$")
WORDED_RT_RW = re.compile(r"^\s*(?:rt\.?\s*(\d{1,3}))?\s*(?:rw\.?\s*(\d{1,3}))?\s*$", re.IGNORECASE)
DIGITS = re.compile(r"^\d{1,16}$")
MANY_FAMILIES = 1000
ROW_COLUMNS = (
    "resident.id, resident.nik, resident.name, resident.sex, resident.birth_date, resident.rt, resident.rw, "
    "family.kk, resident.status"
)


@dataclass(frozen=True)
class Sql:
    """A piece of SQL and its `?` parameters, in order."""

    text: str
    params: tuple[Any, ...] = ()


def _all(parts: list[Sql], joiner: str = " AND ") -> Sql:
    return Sql(joiner.join(f"({part.text})" for part in parts), tuple(p for part in parts for p in part.params))


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


def _name_index_has(match: str) -> Sql:
    return Sql("resident.rowid IN (SELECT rowid FROM resident_name_fts WHERE resident_name_fts MATCH ?)", (match,))


def _word_start(word: str) -> Sql:
    """Some word of the name starts with these one or two letters: the name does, or they follow a space.

    For two letters the space and the letters are a trigram, so the name index finds them; one letter is
    checked on each row the name order walks through (a single letter matches many names, so a page fills
    early)."""
    starts = Sql("resident.name LIKE ? ESCAPE '\\'", (_like_escape(word) + "%",))
    if len(word) == 2:
        return _all([starts, _name_index_has(_fts_phrase(" " + word))], " OR ")
    return _all([starts, Sql("resident.name LIKE ? ESCAPE '\\'", ("% " + _like_escape(word) + "%",))], " OR ")


def _name_condition(text: str) -> Sql:
    """Words of three or more letters are found anywhere in the name through the trigram index; words of one
    or two letters must start a word of the name ("si" finds Siti Aminah and Ahmad Sidik, not Yasir)."""
    words = text.split(" ")
    long_words = [w for w in words if len(w) >= 3]
    conditions: list[Sql] = []
    if long_words:
        conditions.append(_name_index_has(" ".join(_fts_phrase(w) for w in long_words)))
    conditions += [_word_start(w) for w in words if len(w) < 3]
    return _all(conditions)


def _digit_prefix(column: str, prefix: str) -> Sql:
    """A range over the column's index: every value that starts with these digits (`:` follows `9`)."""
    return Sql(f"{column} >= ? AND {column} < ?", (prefix, prefix + ":"))


def _families_with_kk(kk: Callable[[str], Sql], many: bool) -> Sql:
    """Few families: look their members up by family. Many (a KK prefix shared by much of the office): walk
    residents in name order and check each one's family, which finds the first page at once."""
    match = kk("kk_family.kk")
    if many:
        return Sql(
            f"EXISTS (SELECT 1 FROM family AS kk_family WHERE kk_family.id = resident.family_id AND {match.text})",
            match.params,
        )
    return Sql(f"resident.family_id IN (SELECT kk_family.id FROM family AS kk_family WHERE {match.text})", match.params)


def weigh_kk_prefix(connection: sqlite3.Connection, parsed: SearchQuery) -> SearchQuery:
    """Counts the families a KK prefix matches (on the KK index) so the condition can take the better plan."""
    if parsed.kind != "kk":
        return parsed
    prefix = _digit_prefix("kk", parsed.text)
    (families,) = connection.execute(f"SELECT count(*) FROM family WHERE {prefix.text}", prefix.params).fetchone()
    return replace(parsed, many_families=families > MANY_FAMILIES)


def condition(parsed: SearchQuery) -> Sql | None:
    if parsed.kind == "name":
        return _name_condition(parsed.text)
    if parsed.kind == "nik":
        return _digit_prefix("resident.nik", parsed.text)
    if parsed.kind == "kk":
        return _families_with_kk(lambda kk: _digit_prefix(kk, parsed.text), parsed.many_families)
    if parsed.kind == "nik_or_kk":
        same_kk = _families_with_kk(lambda kk: Sql(f"{kk} = ?", (parsed.text,)), many=False)
        return _all([Sql("resident.nik = ?", (parsed.text,)), same_kk], " OR ")
    if parsed.kind == "place":
        parts = []
        if parsed.rt is not None:
            parts.append(Sql("resident.rt = ?", (parsed.rt,)))
        if parsed.rw is not None:
            parts.append(Sql("resident.rw = ?", (parsed.rw,)))
        return _all(parts)
    return None


def filtered(columns: str, parsed: SearchQuery, status: str | None, *, with_kk: bool = True) -> Sql:
    """`SELECT columns FROM resident` with the search's conditions; `with_kk` joins the family for its KK
    number (as `family`); the conditions themselves never need the join."""
    sql = f"SELECT {columns} FROM resident"
    if with_kk:
        sql += " LEFT OUTER JOIN family ON family.id = resident.family_id"
    conditions = [where] if (where := condition(parsed)) is not None else []
    if status is not None:
        conditions.append(_status_is(status, only_condition=not conditions and not with_kk))
    if not conditions:
        return Sql(sql)
    where_all = _all(conditions)
    return Sql(f"{sql} WHERE {where_all.text}", where_all.params)


def _status_is(status: str, *, only_condition: bool) -> Sql:
    """Counting everyone of a status reads the partial index of living NIKs when the value is written into
    the SQL (a bound value cannot match the index's `WHERE status = 'hidup'`). Anywhere else the status is
    checked on the rows found another way: `status || ''` keeps SQLite from walking that index, which costs
    a table lookup per living resident (ten times slower than reading the table)."""
    if only_condition:
        return Sql("resident.status = '" + status.replace("'", "''") + "'")
    return Sql("resident.status || '' = ?", (status,))


def rows_statement(parsed: SearchQuery, status: str | None, limit: int, offset: int) -> Sql:
    found = filtered(ROW_COLUMNS, parsed, status)
    order = "resident.nik" if parsed.kind == "nik" else "resident.name COLLATE NOCASE"
    return Sql(f"{found.text} ORDER BY {order}, resident.id LIMIT ? OFFSET ?", (*found.params, limit, offset))


def count_statement(parsed: SearchQuery, status: str | None) -> Sql:
    return filtered("count(*)", parsed, status, with_kk=False)

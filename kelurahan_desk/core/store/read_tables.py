"""Tables read without the ORM, as plain Core table clauses.

The window opens on these (the office, its settings, the first page of residents), and resident searches
and exports are built on them: statements on them run on `Store.read_rows()` and need neither the ORM nor
the models, which load after the window is shown. Each column has the name and type of its model's
column; `tests/core/test_read_tables.py` holds them to it.
"""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Date, Integer, LargeBinary, String, column, table

RESIDENT = table(
    "resident",
    column("id", String),
    column("nik", String),
    column("name", String),
    column("sex", String),
    column("birth_place", String),
    column("birth_date", Date),
    column("religion", String),
    column("marital_status", String),
    column("occupation", String),
    column("education", String),
    column("address", String),
    column("rt", Integer),
    column("rw", Integer),
    column("relationship", String),
    column("is_temporary_nik", Boolean),
    column("status", String),
    column("family_id", String),
)

FAMILY = table("family", column("id", String), column("kk", String))

OFFICE = table(
    "office",
    column("id", String),
    column("code", String),
    column("province_name", String),
    column("city_kind", String),
    column("city_name", String),
    column("district_name", String),
    column("village_name", String),
    column("address", String),
    column("phone", String),
    column("email", String),
    column("website", String),
    column("postcode", String),
    column("place_name", String),
    column("lurah_name", String),
    column("lurah_nip", String),
    column("lurah_rank", String),
    column("emblem_png", LargeBinary),
    column("is_demo", Boolean),
)

OFFICE_SETTING = table("office_setting", column("id", String), column("value", JSON))

RESIDENT_NAME_INDEX = table("resident_name_fts", column("rowid"), column("resident_name_fts"))
"""The trigram index of resident names (an FTS5 table made by a migration; it has no model)."""

"""The office itself (one row) and office-wide settings that appear on documents or sync."""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from kelurahan_desk.core.store.base import Base, Tracked


class Office(Tracked, Base):
    __tablename__ = "office"
    __entity__: ClassVar[str] = "office"

    code: Mapped[str] = mapped_column(String(13), unique=True)
    province_name: Mapped[str] = mapped_column(String(100))
    city_kind: Mapped[str] = mapped_column(String(10))
    city_name: Mapped[str] = mapped_column(String(100))
    district_name: Mapped[str] = mapped_column(String(100))
    village_name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(100), default="")
    website: Mapped[str] = mapped_column(String(100), default="")
    postcode: Mapped[str] = mapped_column(String(5), default="")
    place_name: Mapped[str] = mapped_column(String(100), default="")
    lurah_name: Mapped[str] = mapped_column(String(100), default="")
    lurah_nip: Mapped[str] = mapped_column(String(18), default="")
    lurah_rank: Mapped[str] = mapped_column(String(100), default="")
    emblem_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)


class OfficeSetting(Tracked, Base):
    """`id` is the setting's key (e.g. `idle_lock_minutes`)."""

    __tablename__ = "office_setting"
    __entity__: ClassVar[str] = "office_setting"

    value: Mapped[Any] = mapped_column(JSON)

"""Staff accounts. The password hash never leaves the office: audit and sync see only that it changed."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from kelurahan_desk.core.store.base import Base, Tracked


class Account(Tracked, Base):
    __tablename__ = "account"
    __entity__: ClassVar[str] = "account"
    __secret_fields__: ClassVar[frozenset[str]] = frozenset({"password_hash"})

    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    nip: Mapped[str] = mapped_column(String(18), default="")
    title: Mapped[str] = mapped_column(String(100), default="")
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[datetime | None]
    created_at: Mapped[datetime]

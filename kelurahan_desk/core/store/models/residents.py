"""Residents, families (KK) and life events. Moving out and death are events, never deletions."""

from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from kelurahan_desk.core.store.base import Base, Tracked


class Family(Tracked, Base):
    __tablename__ = "family"
    __entity__: ClassVar[str] = "family"

    kk: Mapped[str] = mapped_column(String(16), unique=True)
    head_id: Mapped[str | None] = mapped_column(String(36))
    address: Mapped[str] = mapped_column(String(200), default="")
    rt: Mapped[int | None] = mapped_column(Integer)
    rw: Mapped[int | None] = mapped_column(Integer)


class Resident(Tracked, Base):
    __tablename__ = "resident"
    __entity__: ClassVar[str] = "resident"

    nik: Mapped[str] = mapped_column(String(16))
    is_temporary_nik: Mapped[bool] = mapped_column(Boolean, default=False)
    family_id: Mapped[str | None] = mapped_column(ForeignKey("family.id"))
    relationship: Mapped[str] = mapped_column(String(20), default="")
    name: Mapped[str] = mapped_column(String(100))
    birth_place: Mapped[str] = mapped_column(String(60), default="")
    birth_date: Mapped[date | None] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(1))
    religion: Mapped[str] = mapped_column(String(20), default="")
    marital_status: Mapped[str] = mapped_column(String(20), default="")
    occupation: Mapped[str] = mapped_column(String(60), default="")
    education: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    rt: Mapped[int | None] = mapped_column(Integer)
    rw: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), default="hidup")
    updated_at: Mapped[datetime]

    __table_args__ = (
        Index("ix_resident_nik", "nik"),
        Index("uq_resident_living_nik", "nik", unique=True, sqlite_where=text("status = 'hidup'")),
        Index("ix_resident_name", text("name COLLATE NOCASE")),
        Index("ix_resident_rt_rw", "rw", "rt"),
        Index("ix_resident_family", "family_id"),
    )


class ResidentEvent(Tracked, Base):
    """pindah (moved out), meninggal (died), datang (moved in), lahir (born), koreksi (correction)."""

    __tablename__ = "resident_event"
    __entity__: ClassVar[str] = "resident_event"

    resident_id: Mapped[str] = mapped_column(ForeignKey("resident.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    event_date: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime]

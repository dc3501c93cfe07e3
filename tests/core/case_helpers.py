"""Small builders shared by the case tests: staff accounts, a valid new case, a tiny PNG."""

from __future__ import annotations

import struct
import zlib
from dataclasses import replace
from typing import Any

from kelurahan_desk.composition import Services
from kelurahan_desk.core.domain.case_intake import NewAttachment, NewCase
from kelurahan_desk.core.domain.case_states import CaseKind
from kelurahan_desk.core.services.accounts import NewAccount
from kelurahan_desk.core.services.permissions import Actor, Role


def staff(services: Services, admin: Actor, username: str, role: Role, full_name: str = "") -> Actor:
    view = services.accounts.create_account(
        admin, NewAccount(username, full_name or username.title(), role, "kata-sandi-" + username)
    )
    return Actor(view.id, view.username, view.full_name, view.role)


def new_case(**changes: Any) -> NewCase:
    base = NewCase(
        kind=CaseKind.LAPORAN,
        category_id="kat-jalan",
        channel="datang",
        description="Jalan berlubang di depan masjid, membahayakan pengendara motor.",
        citizen_name="Budi Santoso",
        citizen_phone="0812-2233-4455",
        rt=3,
        rw=5,
        address="Jl. Melati No. 10",
    )
    return replace(base, **changes)


def png_bytes(width: int = 8, height: int = 6, rgb: tuple[int, int, int] = (200, 40, 40)) -> bytes:
    """A valid PNG of one colour, made without any image library."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def photo(name: str = "jalan.png", rgb: tuple[int, int, int] = (200, 40, 40)) -> NewAttachment:
    return NewAttachment(name, png_bytes(rgb=rgb))

"""What a new case must carry, checked before anything is stored, and the distance rule for duplicates."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from kelurahan_desk.core.domain.case_states import CaseKind
from kelurahan_desk.core.errors import ValidationError

CHANNELS = ("datang", "telepon", "surat", "whatsapp", "dari_hq")
CHANNEL_NAMES = {
    "datang": "Datang langsung",
    "telepon": "Telepon",
    "surat": "Surat",
    "whatsapp": "WhatsApp",
    "dari_hq": "Dari kota (HQ)",
}
INFO_DELIVERY = ("melihat", "salinan_cetak", "salinan_elektronik")
ATTACHMENT_ROLES = ("lampiran", "sebelum", "sesudah")
MAX_DESCRIPTION = 4000
MAX_ATTACHMENTS = 10
DUPLICATE_RADIUS_M = 50.0
DUPLICATE_DAYS = 30
PHONE = re.compile(r"^\+?[0-9][0-9 \-]{4,28}$")


@dataclass(frozen=True)
class NewAttachment:
    name: str
    data: bytes


@dataclass(frozen=True)
class NewCase:
    kind: CaseKind
    category_id: str
    channel: str
    description: str
    resident_id: str | None = None
    citizen_name: str = ""
    citizen_nik: str = ""
    citizen_phone: str = ""
    citizen_address: str = ""
    anonymous: bool = False
    confidential: bool = False
    rt: int | None = None
    rw: int | None = None
    address: str = ""
    latitude: float | None = None
    longitude: float | None = None
    info_requested: str = ""
    info_purpose: str = ""
    info_delivery: str = ""
    duplicate_of_id: str | None = None
    attachments: tuple[NewAttachment, ...] = ()


def _text(value: str, field: str, limit: int, *, required: bool = False, multiline: bool = False) -> str:
    value = value.strip() if multiline else " ".join(value.split())
    if required and not value:
        raise ValidationError(field, "required")
    if len(value) > limit:
        raise ValidationError(field, "too_long", {"max": limit})
    return value


def _place(value: int | None, field: str) -> None:
    if value is not None and not 1 <= value <= 999:
        raise ValidationError(field, f"{field}_range")


def check_new_case(new: NewCase) -> NewCase:
    """The case as it will be stored (trimmed, anonymous cases stripped of identity), or a ValidationError."""
    if new.kind not in set(CaseKind):
        raise ValidationError("kind", "unknown_value", {"value": new.kind})
    if not new.category_id:
        raise ValidationError("category_id", "required")
    if new.channel not in CHANNELS:
        raise ValidationError("channel", "unknown_value", {"value": new.channel})
    description = _text(new.description, "description", MAX_DESCRIPTION, required=True, multiline=True)
    if new.anonymous:
        new = replace(new, resident_id=None, citizen_name="", citizen_nik="", citizen_phone="", citizen_address="")
    elif not new.resident_id and not new.citizen_name.strip():
        raise ValidationError("citizen_name", "required")
    nik = new.citizen_nik.replace(" ", "")
    if nik and not re.fullmatch(r"\d{16}", nik):
        raise ValidationError("citizen_nik", "nik_format")
    phone = new.citizen_phone.strip()
    if phone and not PHONE.match(phone):
        raise ValidationError("citizen_phone", "phone_format")
    _place(new.rt, "rt")
    _place(new.rw, "rw")
    if (new.latitude is None) != (new.longitude is None):
        raise ValidationError("latitude", "coordinates_pair")
    if new.latitude is not None and not -90 <= new.latitude <= 90:
        raise ValidationError("latitude", "out_of_range", {"min": -90, "max": 90})
    if new.longitude is not None and not -180 <= new.longitude <= 180:
        raise ValidationError("longitude", "out_of_range", {"min": -180, "max": 180})
    if new.kind == CaseKind.PERMINTAAN_INFORMASI:
        _text(new.info_requested, "info_requested", MAX_DESCRIPTION, required=True, multiline=True)
        if new.info_delivery not in INFO_DELIVERY:
            raise ValidationError("info_delivery", "required")
    if len(new.attachments) > MAX_ATTACHMENTS:
        raise ValidationError("attachments", "too_many_attachments", {"max": MAX_ATTACHMENTS})
    return replace(
        new,
        kind=CaseKind(new.kind),
        description=description,
        citizen_name=_text(new.citizen_name, "citizen_name", 100),
        citizen_nik=nik,
        citizen_phone=phone,
        citizen_address=_text(new.citizen_address, "citizen_address", 200),
        address=_text(new.address, "address", 200),
        info_requested=new.info_requested.strip(),
        info_purpose=new.info_purpose.strip(),
    )


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres (haversine)."""
    r = 6_371_000.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def bounding_box(lat: float, lon: float, radius_m: float) -> tuple[float, float, float, float]:
    """(min_lat, max_lat, min_lon, max_lon) that contains every point within `radius_m`."""
    dlat = radius_m / 111_320.0
    dlon = radius_m / (111_320.0 * max(math.cos(math.radians(lat)), 0.01))
    return lat - dlat, lat + dlat, lon - dlon, lon + dlon

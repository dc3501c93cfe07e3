"""The rules a resident record must keep before it is saved, and the findings that only warn.

Hard errors raise `ValidationError`; what domain.md calls "warning only" comes back as `Finding`s.
The NIK and KK rules themselves live in `core/domain/identity_numbers`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from kelurahan_desk.core.domain.identity_numbers import nik_findings, parse_kk, parse_nik
from kelurahan_desk.core.errors import Finding, ValidationError

SEXES = ("L", "P")
STATUSES = ("hidup", "pindah", "meninggal")
RELATIONSHIPS = (
    "kepala",
    "suami",
    "istri",
    "anak",
    "menantu",
    "cucu",
    "orang_tua",
    "mertua",
    "famili_lain",
    "pembantu",
    "lainnya",
)
RELIGIONS = ("islam", "kristen", "katolik", "hindu", "buddha", "konghucu", "kepercayaan")
MARITAL_STATUSES = ("belum_kawin", "kawin", "cerai_hidup", "cerai_mati")
MAX_RT_RW = 999
TEXT_LIMITS = {
    "name": 100,
    "birth_place": 60,
    "occupation": 60,
    "education": 40,
    "address": 200,
}


@dataclass(frozen=True)
class ResidentInput:
    """What a form or an import row gives for one resident. `kk` finds (or starts) the family."""

    nik: str
    name: str
    sex: str = ""
    birth_date: date | None = None
    birth_place: str = ""
    religion: str = ""
    marital_status: str = ""
    occupation: str = ""
    education: str = ""
    address: str = ""
    rt: int | None = None
    rw: int | None = None
    kk: str = ""
    relationship: str = ""
    is_temporary_nik: bool = False


def _check_choice(name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value and value not in allowed:
        raise ValidationError(name, "unknown_choice", {"allowed": list(allowed)})


def check_resident(
    value: ResidentInput, *, today: date, is_known_prefix: Callable[[str], bool] | None = None
) -> tuple[ResidentInput, list[Finding]]:
    """Returns the cleaned input (trimmed, sex and birth date filled from the NIK when left empty)."""
    texts = {
        "name": " ".join(value.name.split()),
        "birth_place": value.birth_place.strip(),
        "occupation": value.occupation.strip(),
        "education": value.education.strip(),
        "address": " ".join(value.address.split()),
    }
    if not texts["name"]:
        raise ValidationError("name", "required")
    for name, limit in TEXT_LIMITS.items():
        if len(texts[name]) > limit:
            raise ValidationError(name, "too_long", {"max": limit})
    info = parse_nik(value.nik, temporary=value.is_temporary_nik, today=today)
    kk = parse_kk(value.kk, today=today).kk if value.kk.strip() else ""
    sex = value.sex.strip().upper() or info.sex or ""
    birth_date = value.birth_date or info.birth_date
    if sex not in SEXES:
        raise ValidationError("sex", "unknown_choice" if sex else "required", {"allowed": list(SEXES)})
    if birth_date is not None and birth_date > today:
        raise ValidationError("birth_date", "in_future")
    for name in ("rt", "rw"):
        number = getattr(value, name)
        if number is not None and not 1 <= number <= MAX_RT_RW:
            raise ValidationError(name, "out_of_range", {"min": 1, "max": MAX_RT_RW})
    _check_choice("relationship", value.relationship, RELATIONSHIPS)
    _check_choice("religion", value.religion, RELIGIONS)
    _check_choice("marital_status", value.marital_status, MARITAL_STATUSES)
    cleaned = replace(value, nik=info.nik, kk=kk, sex=sex, birth_date=birth_date, **texts)
    findings = nik_findings(info, known_region=is_known_prefix, birth_date=birth_date, sex=sex)
    return cleaned, findings

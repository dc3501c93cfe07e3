"""Kepmendagri region codes: `32` province, `32.73` kabupaten/kota, `32.73.01` kecamatan,
`32.73.01.1001` kelurahan or desa.

The regency segment tells kabupaten (01–69) from kota (71–99). The village segment starts with 1 for
a kelurahan, 2 for a desa and 3 for a desa adat (customary village, so far only in Papua). Codes are
also accepted without dots (`3273011001`), as some files and every NIK write them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from kelurahan_desk.core.errors import ValidationError

_PLAIN_CUTS = ((0, 2), (2, 4), (4, 6), (6, 10))
_DOTTED = re.compile(r"[0-9]{2}(\.[0-9]{2}(\.[0-9]{2}(\.[0-9]{4})?)?)?")
_PLAIN = re.compile(r"[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{10}")
FIRST_KOTA = 71


class RegionLevel(StrEnum):
    PROVINCE = "province"
    REGENCY = "regency"  # kabupaten or kota
    DISTRICT = "district"  # kecamatan
    VILLAGE = "village"  # kelurahan or desa


_LEVELS = (RegionLevel.PROVINCE, RegionLevel.REGENCY, RegionLevel.DISTRICT, RegionLevel.VILLAGE)
_VILLAGE_KINDS = {"1": "kelurahan", "2": "desa", "3": "desa_adat"}


@dataclass(frozen=True)
class RegionCode:
    """A valid code, always held in dotted form."""

    code: str

    @classmethod
    def parse(cls, text: str) -> RegionCode:
        """Raises `ValidationError("code", "region_code_format")` for anything that is not a region code."""
        value = text.strip()
        if _PLAIN.fullmatch(value):
            value = ".".join(value[a:b] for a, b in _PLAIN_CUTS if a < len(value))
        if not _DOTTED.fullmatch(value) or any(int(part) == 0 for part in value.split(".")):
            raise ValidationError("code", "region_code_format", {"given": text})
        return cls(value)

    @property
    def segments(self) -> tuple[str, ...]:
        return tuple(self.code.split("."))

    @property
    def level(self) -> RegionLevel:
        return _LEVELS[len(self.segments) - 1]

    @property
    def parent_code(self) -> str | None:
        """`32.73.01.1001` → `32.73.01`; None for a province."""
        return self.code.rsplit(".", 1)[0] if "." in self.code else None

    @property
    def parent(self) -> RegionCode | None:
        parent = self.parent_code
        return RegionCode(parent) if parent else None

    @property
    def province_code(self) -> str:
        return self.segments[0]

    @property
    def is_kota(self) -> bool:
        """True for a kota and everything in it; False for a province or a kabupaten."""
        segments = self.segments
        return len(segments) >= 2 and int(segments[1]) >= FIRST_KOTA

    @property
    def is_kabupaten(self) -> bool:
        return len(self.segments) >= 2 and not self.is_kota

    @property
    def village_kind(self) -> str | None:
        """For a village code "kelurahan", "desa" or "desa_adat"; None otherwise."""
        if self.level != RegionLevel.VILLAGE:
            return None
        return _VILLAGE_KINDS.get(self.segments[3][0])

    @property
    def is_kelurahan(self) -> bool:
        return self.village_kind == "kelurahan"

    @property
    def is_desa(self) -> bool:
        """A desa or a desa adat."""
        return self.village_kind in ("desa", "desa_adat")

    def __str__(self) -> str:
        return self.code


def nik_prefix_to_region(nik: str) -> str:
    """The kecamatan code where a NIK (or KK) was registered: `3273012304900001` → `32.73.01`."""
    digits = "".join(nik.split()).replace(".", "")
    if len(digits) < 6:
        raise ValidationError("nik", "region_code_format", {"given": nik})
    return RegionCode.parse(digits[0:6]).code

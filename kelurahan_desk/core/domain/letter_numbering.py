"""Letter numbers: the token template the office sets, the counter scopes, and rendering a number.

A template is literal text with tokens in braces, e.g. the default
`{kode}/{nomor:03}/{kode_kelurahan}/{bulan_romawi}/{tahun}` → `400.12.2.1/007/1001/XI/2026`.
`{nomor}` takes a zero-padding width (`{nomor:03}`); no other token takes one. A template must hold the
running number, the year (counters restart every year) and the office's own code (so two offices never
give the same number). Unknown tokens, stray braces and characters that cannot travel in a QR code are refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kelurahan_desk.core.domain.indonesian_format import to_roman
from kelurahan_desk.core.errors import ValidationError

DEFAULT_TEMPLATE = "{kode}/{nomor:03}/{kode_kelurahan}/{bulan_romawi}/{tahun}"
MAX_NUMBER_LENGTH = 48
MAX_WIDTH = 6
MAX_SEQ = 999_999

TOKENS: dict[str, str] = {
    "kode": "kode klasifikasi surat (mis. 400.12.2.1)",
    "nomor": "nomor urut dalam tahun",
    "jenis": "kode singkat jenis surat (mis. SKD)",
    "kode_kelurahan": "kode kelurahan (mis. 1001)",
    "kode_kecamatan": "kode kecamatan (mis. 01)",
    "kode_wilayah": "kode wilayah lengkap (mis. 32.73.01.1001)",
    "bulan": "bulan dua angka (mis. 11)",
    "bulan_romawi": "bulan dalam angka Romawi (mis. XI)",
    "tahun": "tahun empat angka (mis. 2026)",
}
OFFICE_TOKENS = frozenset({"kode_kelurahan", "kode_wilayah"})
_LITERAL = re.compile(r"[A-Za-z0-9./\-_ ()]*")
_TOKEN = re.compile(r"\{([a-z_]+)(?::(0?)([1-9]))?\}")
_OFFICE_CODE = re.compile(r"(\d{2})\.(\d{2})\.(\d{2})\.(\d{4})")


class NumberingScope(StrEnum):
    """Which letters share one yearly counter."""

    PER_TYPE = "per_jenis"  # one counter per classification code
    SERVICE = "layanan"  # one counter shared by all service letters; other letters per classification code
    ALL = "semua"  # one counter for every letter


@dataclass(frozen=True)
class Token:
    name: str
    width: int | None = None


Part = str | Token


@dataclass(frozen=True)
class NumberTemplate:
    text: str
    parts: tuple[Part, ...]

    @property
    def tokens(self) -> frozenset[str]:
        return frozenset(p.name for p in self.parts if isinstance(p, Token))


@dataclass(frozen=True)
class NumberFacts:
    """Everything a number can show besides the running number."""

    classification: str
    type_code: str
    office_code: str
    issued_on: date


def parse_template(text: str) -> NumberTemplate:
    """Raises ValidationError("template", code, params): template_empty, template_braces, template_literal,
    unknown_token, token_width, template_missing_token."""
    if not text or not text.strip():
        raise ValidationError("template", "template_empty")
    parts: list[Part] = []
    position = 0
    for match in re.finditer(r"\{[^{}]*\}", text):
        _literal(text[position : match.start()], parts)
        parts.append(_token(match.group(0)))
        position = match.end()
    _literal(text[position:], parts)
    template = NumberTemplate(text, tuple(parts))
    for needed in ("nomor", "tahun"):
        if needed not in template.tokens:
            raise ValidationError("template", "template_missing_token", {"token": needed})
    if not template.tokens & OFFICE_TOKENS:
        raise ValidationError("template", "template_missing_token", {"token": "kode_kelurahan"})
    return template


def check_template_for_scope(template: NumberTemplate, scope: NumberingScope) -> None:
    """Counters per classification code only stay unique when the number shows the code (or the type)."""
    if NumberingScope(scope) == NumberingScope.PER_TYPE and not template.tokens & {"kode", "jenis"}:
        raise ValidationError("template", "template_missing_token", {"token": "kode"})


def render_number(template: NumberTemplate, seq: int, facts: NumberFacts) -> str:
    if isinstance(seq, bool) or not isinstance(seq, int) or not 1 <= seq <= MAX_SEQ:
        raise ValidationError("nomor", "out_of_range", {"min": 1, "max": MAX_SEQ})
    values = _values(facts)
    out: list[str] = []
    for part in template.parts:
        if isinstance(part, str):
            out.append(part)
        elif part.name == "nomor":
            out.append(f"{seq:0{part.width}d}" if part.width else str(seq))
        else:
            out.append(values[part.name])
    number = "".join(out)
    if len(number) > MAX_NUMBER_LENGTH:
        raise ValidationError("template", "number_too_long", {"max": MAX_NUMBER_LENGTH, "length": len(number)})
    return number


def counter_scope(scope: NumberingScope, classification: str, is_service: bool) -> str:
    """The key of the counter a letter draws from (the year is kept beside it)."""
    scope = NumberingScope(scope)
    if scope == NumberingScope.ALL:
        return "semua"
    if scope == NumberingScope.SERVICE and is_service:
        return "layanan"
    return f"kode:{classification}"


def _literal(text: str, parts: list[Part]) -> None:
    if not text:
        return
    if "{" in text or "}" in text:
        raise ValidationError("template", "template_braces")
    if not _LITERAL.fullmatch(text):
        bad = next(ch for ch in text if not _LITERAL.fullmatch(ch))
        raise ValidationError("template", "template_literal", {"char": bad})
    parts.append(text)


def _token(spelled: str) -> Token:
    match = _TOKEN.fullmatch(spelled)
    name = spelled[1:-1].split(":")[0]
    if match is None and name in TOKENS:
        raise ValidationError("template", "token_width", {"token": name})
    if match is None or match.group(1) not in TOKENS:
        raise ValidationError("template", "unknown_token", {"token": name})
    width = int(match.group(3)) if match.group(3) else None
    if width is not None and match.group(1) != "nomor":
        raise ValidationError("template", "token_width", {"token": match.group(1)})
    return Token(match.group(1), width)


def _values(facts: NumberFacts) -> dict[str, str]:
    office = _OFFICE_CODE.fullmatch(facts.office_code)
    if office is None:
        raise ValidationError("office_code", "office_code_not_kelurahan")
    day = facts.issued_on
    return {
        "kode": facts.classification,
        "jenis": facts.type_code,
        "kode_kelurahan": office.group(4),
        "kode_kecamatan": office.group(3),
        "kode_wilayah": facts.office_code,
        "bulan": f"{day.month:02d}",
        "bulan_romawi": to_roman(day.month),
        "tahun": f"{day.year:04d}",
    }

"""Placeholders in a letter type's body text, the fields a type asks for, and how values print.

A body is plain text with `{name}` placeholders; `{{` and `}}` print a brace. A placeholder names one of
the type's fields or one of the letter's own facts (`STANDARD`); any other name is refused when the type
is saved, so a typo never reaches a printed letter. Values print the Indonesian way: dates as
`28 November 2026`, money as `Rp1.500.000,00 (satu juta lima ratus ribu rupiah)`, coded values in words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from kelurahan_desk.core.domain.indonesian_format import format_date_id, format_rt_rw, format_rupiah_words
from kelurahan_desk.core.errors import ValidationError

FIELD_KINDS = ("text", "long_text", "date", "number", "money", "choice", "nik")
FIELD_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}")

# The letter's own facts, filled by the service whatever the type.
STANDARD: dict[str, str] = {
    "nomor_surat": "nomor surat",
    "tanggal_surat": "tanggal surat",
    "berlaku_sampai": "tanggal akhir berlaku",
    "jenis_surat": "judul jenis surat",
    "kelurahan": "nama kelurahan",
    "kecamatan": "nama kecamatan",
    "kota": "nama kota/kabupaten",
}

# Where a field's default comes from in the resident record.
RESIDENT_SOURCES: dict[str, str] = {
    "name": "Nama",
    "nik": "NIK",
    "kk": "Nomor KK",
    "birth_place": "Tempat lahir",
    "birth_date": "Tanggal lahir",
    "birth": "Tempat/tanggal lahir",
    "sex": "Jenis kelamin",
    "religion": "Agama",
    "marital_status": "Status perkawinan",
    "occupation": "Pekerjaan",
    "education": "Pendidikan",
    "address": "Alamat lengkap",
    "rt_rw": "RT/RW",
}

SEX_WORDS = {"L": "Laki-laki", "P": "Perempuan"}
CODED_WORDS = {"kepercayaan": "Kepercayaan terhadap Tuhan YME"}
_LIST_ITEM = re.compile(r"(\d{1,2}|[a-z])[.)] |- ")


@dataclass(frozen=True)
class FieldSpec:
    """One input of a letter type. `source` fills the default from the resident record; `in_table` puts
    the field in the person's data table (label : value) in the order the fields are listed."""

    key: str
    label: str
    kind: str = "text"
    required: bool = False
    source: str = ""
    in_table: bool = False
    choices: tuple[str, ...] = ()
    default: str = ""

    def to_data(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "kind": self.kind,
            "required": self.required,
            "source": self.source,
            "in_table": self.in_table,
            "choices": list(self.choices),
            "default": self.default,
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> FieldSpec:
        return cls(
            key=str(data.get("key", "")),
            label=str(data.get("label", "")),
            kind=str(data.get("kind", "text")),
            required=bool(data.get("required", False)),
            source=str(data.get("source", "") or ""),
            in_table=bool(data.get("in_table", False)),
            choices=tuple(str(c) for c in data.get("choices", ()) or ()),
            default=str(data.get("default", "") or ""),
        )


def placeholders_in(text: str) -> list[str]:
    """Names of the placeholders in order of appearance; ValidationError("body", "placeholder_malformed")."""
    names: list[str] = []
    for kind, value, _ in _scan(text):
        if kind == "name":
            names.append(value)
    return names


def check_fields(fields: Iterable[FieldSpec]) -> list[FieldSpec]:
    """The fields of a type: keys unique and well formed, kinds and sources known, choices where needed."""
    checked: list[FieldSpec] = []
    seen: set[str] = set()
    for i, spec in enumerate(fields):
        where = {"index": i, "key": spec.key}
        if not FIELD_KEY.fullmatch(spec.key):
            raise ValidationError("fields", "field_key_format", where)
        if spec.key in seen or spec.key in STANDARD:
            raise ValidationError("fields", "field_key_taken", where)
        if not spec.label.strip():
            raise ValidationError("fields", "field_label_required", where)
        if spec.kind not in FIELD_KINDS:
            raise ValidationError("fields", "field_kind_unknown", {**where, "kind": spec.kind})
        if spec.source and spec.source not in RESIDENT_SOURCES:
            raise ValidationError("fields", "field_source_unknown", {**where, "source": spec.source})
        if spec.kind == "choice" and not spec.choices:
            raise ValidationError("fields", "field_choices_required", where)
        seen.add(spec.key)
        checked.append(spec)
    return checked


def check_body(text: str, field_keys: Iterable[str]) -> None:
    """Refuses a placeholder that is neither a field of the type nor a standard one."""
    known = set(field_keys) | set(STANDARD)
    if not text.strip():
        raise ValidationError("body", "required")
    for name in placeholders_in(text):
        if name not in known:
            raise ValidationError("body", "unknown_placeholder", {"name": name})


def fill(text: str, values: Mapping[str, str]) -> str:
    """The text with every placeholder replaced; a name without a value prints as "…"."""
    out: list[str] = []
    for kind, value, _ in _scan(text):
        out.append(values.get(value) or "…" if kind == "name" else value)
    return "".join(out)


def paragraphs(text: str) -> tuple[str, ...]:
    """Paragraphs are separated by a blank line; lines inside one paragraph join with a space, except lines
    that start a list item ("1.", "a.", "-"), which start a paragraph of their own."""
    found: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        current: list[str] = []
        for line in block.splitlines():
            line = " ".join(line.split())
            if not line:
                continue
            if current and _LIST_ITEM.match(line):
                found.append(" ".join(current))
                current = []
            current.append(line)
        if current:
            found.append(" ".join(current))
    return tuple(found)


def resident_value(source: str, resident: Any) -> str:
    """A resident attribute as a field holds it: words as they print ("Laki-laki", "Belum Kawin"), dates ISO."""
    if source == "birth":
        place = getattr(resident, "birth_place", "") or ""
        born = getattr(resident, "birth_date", None)
        return f"{place}, {format_date_id(born)}" if born else place
    if source == "rt_rw":
        return format_rt_rw(getattr(resident, "rt", None), getattr(resident, "rw", None))
    if source == "address":
        street = getattr(resident, "address", "") or ""
        place = format_rt_rw(getattr(resident, "rt", None), getattr(resident, "rw", None))
        return " ".join(part for part in (street, place) if part)
    value = getattr(resident, source, None)
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if source == "sex":
        return SEX_WORDS.get(str(value), str(value))
    if source in ("religion", "marital_status") and str(value).islower():
        return CODED_WORDS.get(str(value)) or str(value).replace("_", " ").title()
    return str(value)


def check_value(spec: FieldSpec, raw: str) -> str:
    """The value cleaned, or ValidationError(<field key>, code)."""
    value = raw.strip() if spec.kind == "long_text" else " ".join(str(raw).split())
    if not value:
        if spec.required:
            raise ValidationError(spec.key, "required")
        return ""
    if len(value) > 2000:
        raise ValidationError(spec.key, "too_long", {"max": 2000})
    if spec.kind == "date":
        try:
            date.fromisoformat(value)
        except ValueError as exc:
            raise ValidationError(spec.key, "invalid_date") from exc
    elif spec.kind in ("number", "money"):
        try:
            amount = Decimal(value)
        except InvalidOperation as exc:
            raise ValidationError(spec.key, "invalid_number") from exc
        if not amount.is_finite() or amount < 0 or (spec.kind == "number" and amount != amount.to_integral()):
            raise ValidationError(spec.key, "invalid_number")
    elif spec.kind == "nik" and not re.fullmatch(r"\d{16}", value):
        raise ValidationError(spec.key, "nik_format")
    elif spec.kind == "choice" and value not in spec.choices:
        raise ValidationError(spec.key, "unknown_choice")
    return value


def printed(spec: FieldSpec, value: str) -> str:
    """How a stored value reads on the letter (text is stored as it prints; dates and money are not)."""
    if not value:
        return ""
    if spec.kind == "date":
        return format_date_id(date.fromisoformat(value))
    if spec.kind == "money":
        return format_rupiah_words(Decimal(value))
    return value


def _scan(text: str) -> Iterable[tuple[str, str, int]]:
    """("text", literal, position) and ("name", placeholder, position) pieces."""
    i, literal, start = 0, [], 0
    while i < len(text):
        ch = text[i]
        if ch in "{}" and text[i : i + 2] in ("{{", "}}"):
            literal.append(ch)
            i += 2
            continue
        if ch == "}":
            raise ValidationError("body", "placeholder_malformed", {"position": i})
        if ch == "{":
            end = text.find("}", i)
            name = text[i + 1 : end] if end != -1 else ""
            if end == -1 or not FIELD_KEY.fullmatch(name):
                raise ValidationError("body", "placeholder_malformed", {"position": i, "text": text[i : i + 24]})
            if literal:
                yield "text", "".join(literal), start
                literal = []
            yield "name", name, i
            i = end + 1
            start = i
            continue
        literal.append(ch)
        i += 1
    if literal:
        yield "text", "".join(literal), start

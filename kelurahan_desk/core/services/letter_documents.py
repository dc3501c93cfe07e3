"""From a stored letter (or a type being edited) to the `LetterDocument` that prints, and where it is archived."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from kelurahan_desk.core.documents.letter_pdf import CLOSING, LetterDocument, Signatory
from kelurahan_desk.core.domain.indonesian_format import format_date_id
from kelurahan_desk.core.domain.letter_numbering import NumberFacts, parse_template, render_number
from kelurahan_desk.core.domain.letter_placeholders import FieldSpec, fill, paragraphs, printed
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.case_receipts import office_header
from kelurahan_desk.core.services.letter_types import LetterTypeData
from kelurahan_desk.core.store.models import Letter, Office

SAMPLE_VALUES: dict[str, str] = {
    "text": "Contoh isian",
    "long_text": "Contoh isian yang lebih panjang",
    "date": "2026-11-28",
    "number": "3",
    "money": "1500000",
    "nik": "3273014101900001",
}
SAMPLE_PERSON: dict[str, str] = {
    "name": "SITI AMINAH RAHAYU",
    "nik": "3273014101900001",
    "birth": "Bandung, 1 Januari 1990",
    "sex": "Perempuan",
    "religion": "Islam",
    "marital_status": "Kawin",
    "occupation": "Karyawan Swasta",
    "address": "Jl. Melati No. 10 RT 003 RW 005",
}


def specs_of(data: Sequence[Mapping[str, Any]]) -> tuple[FieldSpec, ...]:
    return tuple(FieldSpec.from_data(item) for item in data)


def person_rows(specs: Sequence[FieldSpec], values: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple((spec.label, printed(spec, values.get(spec.key, ""))) for spec in specs if spec.in_table)


def filled_values(
    specs: Sequence[FieldSpec],
    values: Mapping[str, str],
    office: Office,
    *,
    title: str,
    number: str,
    issued_on: date | None,
    valid_until: date | None,
) -> dict[str, str]:
    filled = {spec.key: printed(spec, values.get(spec.key, "")) for spec in specs}
    filled.update(
        nomor_surat=number,
        tanggal_surat=format_date_id(issued_on) if issued_on else "",
        berlaku_sampai=format_date_id(valid_until) if valid_until else "",
        jenis_surat=title,
        kelurahan=office.village_name,
        kecamatan=office.district_name,
        kota=f"{'Kabupaten' if office.city_kind == 'KABUPATEN' else 'Kota'} {office.city_name}",
    )
    return filled


def signatory_of(data: Mapping[str, Any] | None) -> Signatory:
    data = data or {}
    return Signatory(
        name=str(data.get("name", "")),
        nip=str(data.get("nip", "")),
        rank=str(data.get("rank", "")),
        capacity=data.get("capacity", "lurah"),
        delegate_title=str(data.get("delegate_title", "")),
    )


def letter_document(letter: Letter, office: Office) -> LetterDocument:
    """The issued letter exactly as it prints (number, signatory and QR as stored at issue)."""
    assert letter.number is not None and letter.issued_on is not None
    specs = specs_of(letter.field_specs)
    values = filled_values(
        specs,
        letter.values,
        office,
        title=letter.title,
        number=letter.number,
        issued_on=letter.issued_on,
        valid_until=letter.valid_until,
    )
    return LetterDocument(
        header=office_header(office),
        title=letter.title,
        number=letter.number,
        issued_on=letter.issued_on,
        signatory=signatory_of(letter.signatory),
        person_rows=person_rows(specs, letter.values),
        statements=paragraphs(fill(letter.body, values)),
        valid_until=letter.valid_until,
        qr_text=letter.qr_payload or None,
        paper="F4" if letter.paper == "F4" else "A4",
        specimen=office.is_demo,
        closing=letter.closing or CLOSING,
    )


DRAFT_NUMBER = "(nomor diberikan saat terbit)"


def draft_document(letter: Letter, office: Office, today: date) -> LetterDocument:
    """A letter not issued yet, as it would print today: no number or QR yet, marked DRAF, signed by the
    signatory chosen at approval, else by the lurah in the office data."""
    specs = specs_of(letter.field_specs)
    valid_until = date.fromordinal(today.toordinal() + letter.validity_days) if letter.validity_days else None
    values = filled_values(
        specs, letter.values, office, title=letter.title, number=DRAFT_NUMBER, issued_on=today, valid_until=valid_until
    )
    signatory = (
        signatory_of(letter.signatory)
        if letter.signatory
        else Signatory(office.lurah_name, office.lurah_nip, office.lurah_rank)
    )
    return LetterDocument(
        header=office_header(office),
        title=letter.title,
        number=DRAFT_NUMBER,
        issued_on=today,
        signatory=signatory,
        person_rows=person_rows(specs, letter.values),
        statements=paragraphs(fill(letter.body, values)),
        valid_until=valid_until,
        paper="F4" if letter.paper == "F4" else "A4",
        draft=True,
        closing=letter.closing or CLOSING,
    )


def sample_document(data: LetterTypeData, office: Office, template: str, today: date) -> LetterDocument:
    """A letter of a type being edited, filled with sample values and marked SPESIMEN (live preview)."""
    values: dict[str, str] = {}
    for spec in data.fields:
        sample = SAMPLE_PERSON.get(spec.source) or spec.default
        if not sample:
            sample = spec.choices[0] if spec.choices else SAMPLE_VALUES.get(spec.kind, spec.label)
        values[spec.key] = sample
    valid_until = date.fromordinal(today.toordinal() + data.validity_days) if data.validity_days else None
    try:
        facts = NumberFacts(data.classification or "000", data.code or "X", office.code, today)
        number = render_number(parse_template(template), 1, facts)
    except ValidationError:  # a half-typed template must not stop the preview
        number = "…"
    filled = filled_values(
        data.fields, values, office, title=data.title, number=number, issued_on=today, valid_until=valid_until
    )
    return LetterDocument(
        header=office_header(office),
        title=data.title or "…",
        number=number,
        issued_on=today,
        signatory=Signatory(office.lurah_name or "…", office.lurah_nip, office.lurah_rank),
        person_rows=person_rows(data.fields, values),
        statements=paragraphs(fill(data.body, filled)) if data.body.strip() else (),
        valid_until=valid_until,
        paper="F4" if data.paper == "F4" else "A4",
        specimen=True,
        closing=data.closing or CLOSING,
    )


def archive_name(letter: Letter) -> str:
    """Relative to the archive folder: `letters/2026/400.12.2.1-007-1001-XI-2026_<id>.pdf`."""
    safe = re.sub(r"[^0-9A-Za-z.\-]+", "-", letter.number or "tanpa-nomor").strip("-")
    return f"letters/{letter.number_year}/{safe}_{letter.id}.pdf"

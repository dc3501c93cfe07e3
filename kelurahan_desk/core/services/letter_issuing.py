"""Issuing: the number from its counter, the signed QR payload, the PDF rendered and archived — all inside the
caller's unit of work, so a failure anywhere gives the number back with everything else."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from kelurahan_desk.core.documents.letter_pdf import render_letter
from kelurahan_desk.core.documents.qr_payload import QrData, short_name, sign_payload
from kelurahan_desk.core.domain.identity_numbers import nik_hash
from kelurahan_desk.core.domain.letter_numbering import NumberFacts
from kelurahan_desk.core.services.letter_documents import archive_name, letter_document
from kelurahan_desk.core.services.letter_numbers import draw_number, read_settings
from kelurahan_desk.core.services.office_keys_service import SigningKey
from kelurahan_desk.core.store.atomic_file import write_bytes_atomic
from kelurahan_desk.core.store.models import Letter, Office
from kelurahan_desk.core.store.unit_of_work import Store


def issue_letter(
    s: Session, row: Letter, office: Office, key: SigningKey, archive: Path, username: str, today: date, now: datetime
) -> None:
    """The payload's audit sequence is the audit row that records the number being given."""
    drawn = draw_number(
        s,
        read_settings(s),
        NumberFacts(row.classification, row.type_code, office.code, today),
        is_service=row.service,
        actor=username,
        now=now,
    )
    row.counter_scope, row.number_year, row.number_seq, row.number = (
        drawn.scope,
        drawn.year,
        drawn.seq,
        drawn.number,
    )
    row.issued_at, row.issued_on, row.issued_by = now, today, username
    row.valid_until = today + timedelta(days=row.validity_days) if row.validity_days else None
    s.flush()
    journal = Store.journal(s)
    row.audit_seq = max(a.seq for a in journal.audit_rows if a.entity == "letter" and a.entity_id == row.id)
    data = QrData(
        letter_number=drawn.number,
        type_code=row.type_code,
        issued_on=today,
        office_code=office.code,
        short_name=short_name(row.holder_name) or "-",
        nik_hash=nik_hash(row.holder_nik, drawn.number.encode()),
        audit_seq=row.audit_seq,
        valid_until=row.valid_until,
    )
    row.qr_payload = sign_payload(data, key.private_key, key.key_id)
    row.key_id = key.key_id
    pdf = render_letter(letter_document(row, office))
    row.pdf_sha256 = hashlib.sha256(pdf).hexdigest()
    row.archive_path = archive_name(row)
    write_bytes_atomic(archive / row.archive_path, pdf)

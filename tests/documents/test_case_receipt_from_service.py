"""A receipt printed for a stored case, read back: the number, the promised date, the citizen."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from kelurahan_desk.composition import Services
from kelurahan_desk.core.services.permissions import Actor
from tests.core.case_helpers import new_case


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())


@pytest.mark.parametrize("size", ["a5", "thermal"])
def test_receipt_reads_back(services: Services, admin: Actor, size: str) -> None:
    made = services.cases.intake(admin, new_case())
    text = text_of(services.cases.receipt_pdf(admin, made.id, size))  # type: ignore[arg-type]
    assert "011001-2611-0001" in text
    assert "Rabu, 9 Desember 2026" in text  # 8 working days after Friday 27 November
    assert "27 November 2026 pukul 09.00 WIB" in text
    assert "Budi Santoso" in text and "Jalan rusak" in text and "Laporan" in text


def test_anonymous_receipt_names_nobody(services: Services, admin: Actor) -> None:
    made = services.cases.intake(admin, new_case(anonymous=True))
    text = text_of(services.cases.receipt_pdf(admin, made.id))
    assert "Anonim" in text and "Budi" not in text

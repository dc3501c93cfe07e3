"""Case receipts: what the citizen needs is on the page, on A5 and on an 80 mm roll of any length."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from kelurahan_desk.core.documents.qr_decode import decode_qr_from_file
from kelurahan_desk.core.documents.receipt_pdf import CaseReceipt, render_case_receipt
from tests.documents.conftest import needs_poppler_and_zbar, render_png

MM = 72 / 25.4


def pages(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.mark.parametrize("size", ["a5", "thermal"])
def test_receipt_says_what_was_received_and_how_to_follow_it_up(receipt: CaseReceipt, size: str) -> None:
    [text] = pages(render_case_receipt(receipt, size))  # type: ignore[arg-type]
    for part in (
        "PEMERINTAH KOTA BANDUNG",
        "KELURAHAN SUKARASA",
        "TANDA TERIMA",
        "ADU/1001/2026/00042",
        "Jenis : Pengaduan",
        "Kategori : Drainase dan banjir",
        "Diterima : 27 November 2026 pukul 09.05 WIB",
        "Perkiraan selesai : Rabu, 2 Desember 2026",
        "Nama pelapor : Budi Santoso",
        "Uraian singkat : Saluran air di depan rumah nomor 10",
        "telepon (022) 2012345 atau WhatsApp 0812-2233-4455",
        "dengan menyebutkan nomor ADU/1001/2026/00042.",
        "Petugas,",
        "Rina Marlina",
    ):
        assert part in text, part
    # A receipt's kop carries only what the citizen calls.
    assert "Pos-el" not in text


def test_anonymous_case_without_category_or_promise(receipt: CaseReceipt) -> None:
    [text] = pages(render_case_receipt(replace(receipt, citizen_name=None, category="", promised_on=None)))
    assert "Nama pelapor : Anonim" in text
    assert "Kategori" not in text and "Perkiraan selesai" not in text


def test_sizes(receipt: CaseReceipt) -> None:
    a5 = PdfReader(io.BytesIO(render_case_receipt(receipt, "a5"))).pages[0].mediabox
    assert (float(a5.width), float(a5.height)) == pytest.approx((148 * MM, 210 * MM), abs=0.01)
    roll = PdfReader(io.BytesIO(render_case_receipt(receipt, "thermal"))).pages[0].mediabox
    assert float(roll.width) == pytest.approx(80 * MM, abs=0.01)
    with pytest.raises(ValueError):
        render_case_receipt(receipt, "a4")  # type: ignore[arg-type]


def test_thermal_roll_grows_with_the_text_and_stays_one_page(receipt: CaseReceipt) -> None:
    short = render_case_receipt(replace(receipt, description="Lampu jalan mati."), "thermal")
    long_text = "Jalan berlubang besar di depan sekolah dasar, membahayakan pengendara motor pada malam hari. " * 20
    long = render_case_receipt(replace(receipt, description=long_text, citizen_name="Nama " * 30), "thermal")
    heights = [float(PdfReader(io.BytesIO(pdf)).pages[0].mediabox.height) for pdf in (short, long)]
    assert heights[1] > heights[0]
    assert len(PdfReader(io.BytesIO(long)).pages) == 1
    [text] = pages(long)
    assert "…" in text and "Rina Marlina" in text


def test_same_receipt_same_bytes(receipt: CaseReceipt) -> None:
    for size in ("a5", "thermal"):
        assert render_case_receipt(receipt, size) == render_case_receipt(receipt, size)  # type: ignore[arg-type]


@needs_poppler_and_zbar
@pytest.mark.parametrize("size", ["a5", "thermal"])
def test_receipt_qr_reads_back(receipt: CaseReceipt, size: str, tmp_path: Path) -> None:
    [page] = render_png(render_case_receipt(receipt, size), tmp_path, dpi=200)  # type: ignore[arg-type]
    assert decode_qr_from_file(page) == ["ADU/1001/2026/00042"]

"""Reading QR codes back from files, and the error codes when that cannot be done."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from kelurahan_desk.core.documents.letter_pdf import LetterDocument, render_letter
from kelurahan_desk.core.documents.qr_decode import decode_qr_from_file
from kelurahan_desk.core.errors import ValidationError
from tests.documents.conftest import needs_poppler_and_zbar, render_png


def error_code(path: Path) -> str:
    with pytest.raises(ValidationError) as caught:
        decode_qr_from_file(path)
    assert caught.value.field == "file"
    return caught.value.code


@needs_poppler_and_zbar
def test_pdf_png_and_jpeg_all_read(letter: LetterDocument, tmp_path: Path) -> None:
    pdf = tmp_path / "surat.pdf"
    pdf.write_bytes(render_letter(letter))
    assert decode_qr_from_file(pdf) == [letter.qr_text]
    pages = tmp_path / "pages"
    pages.mkdir()
    [png] = render_png(pdf.read_bytes(), pages, dpi=200)
    assert decode_qr_from_file(png) == [letter.qr_text]
    jpeg = tmp_path / "foto.jpg"
    Image.open(png).convert("RGB").save(jpeg, quality=90)
    assert decode_qr_from_file(jpeg) == [letter.qr_text]


@needs_poppler_and_zbar
def test_image_without_a_qr(tmp_path: Path) -> None:
    blank = tmp_path / "kosong.png"
    Image.new("RGB", (200, 200), "white").save(blank)
    assert error_code(blank) == "qr_not_found"


def test_files_that_are_not_images_or_pdfs(tmp_path: Path) -> None:
    text = tmp_path / "catatan.png"
    text.write_text("bukan gambar")
    assert error_code(text) == "unsupported_file_type"
    assert error_code(tmp_path / "tidak-ada.pdf") == "file_not_found"
    assert error_code(tmp_path) == "file_not_found"


@needs_poppler_and_zbar
def test_broken_pdf(tmp_path: Path) -> None:
    broken = tmp_path / "rusak.pdf"
    broken.write_bytes(b"%PDF-1.4\nnot really a pdf")
    assert error_code(broken) == "file_unreadable"


def test_missing_tools_are_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    image = tmp_path / "scan.png"
    Image.new("RGB", (10, 10), "white").save(image)
    with pytest.raises(ValidationError) as caught:
        decode_qr_from_file(image)
    assert (caught.value.code, caught.value.params["tool"]) == ("qr_tool_missing", "zbarimg")
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    with pytest.raises(ValidationError) as caught_pdf:
        decode_qr_from_file(pdf)
    assert (caught_pdf.value.code, caught_pdf.value.params["tool"]) == ("qr_tool_missing", "pdftoppm")

"""Letters as PDF: the official layout read back with pypdf, the QR read back with zbar, byte-identical reprints."""

from __future__ import annotations

import io
import os
import pickle
import re
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from kelurahan_desk.core.documents.letter_pdf import LetterDocument, Signatory, format_nip, render_letter
from kelurahan_desk.core.documents.letterhead import Letterhead, OfficeHeader
from kelurahan_desk.core.documents.office_keys import key_id_for
from kelurahan_desk.core.documents.qr_decode import decode_qr_from_file
from kelurahan_desk.core.documents.qr_payload import QrData, verify_payload
from tests.documents.conftest import NUMBER, emblem_bytes, needs_poppler_and_zbar, render_png

REPO = Path(__file__).resolve().parents[2]
MM = 72 / 25.4


def page_texts(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def text_runs(pdf: bytes) -> list[tuple[str, str, float]]:
    """(text, font name, size) of every shown string on page 1."""
    runs: list[tuple[str, str, float]] = []

    def visit(text, _cm, _tm, font, size) -> None:
        if text.strip():
            runs.append((text.strip(), str(font.get("/BaseFont", "")) if font else "", float(size)))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return runs


def assert_in_order(text: str, parts: list[str]) -> None:
    position = 0
    for part in parts:
        found = text.find(part, position)
        assert found >= 0, f"{part!r} missing after position {position} in {text!r}"
        position = found + len(part)


def test_letter_has_the_official_parts_in_order(letter: LetterDocument) -> None:
    [text] = page_texts(render_letter(letter))
    assert_in_order(
        text,
        [
            "PEMERINTAH KOTA BANDUNG",
            "KECAMATAN SUKASARI",
            "KELURAHAN SUKARASA",
            "Jalan Sukarasa Nomor 12, Bandung",
            "Telepon (022) 2012345",
            "Laman sukarasa.bandung.go.id",
            "Pos-el kel.sukarasa@bandung.go.id",
            "Kode Pos 40152",
            "SURAT KETERANGAN DOMISILI",
            f"Nomor: {NUMBER}",
            "Yang bertanda tangan di bawah ini, Lurah Sukarasa Kecamatan Sukasari Kota Bandung, menerangkan bahwa:",
            "Nama : SITI AMINAH RAHAYU",
            "NIK : 3273014101900001",
            "Tempat/Tgl Lahir : Bandung, 1 Januari 1990",
            "Jenis Kelamin : Perempuan",
            "Agama : Islam",
            "Status Perkawinan : Kawin",
            "Pekerjaan : Karyawan Swasta",
            "Alamat : Jl. Melati No. 10 RT 003 RW 005",
            "Orang tersebut di atas adalah benar warga",
            "Surat keterangan ini berlaku sampai dengan 28 Desember 2026.",
            "Demikian surat keterangan ini dibuat untuk dipergunakan sebagaimana mestinya.",
        ],
    )
    assert_in_order(
        text,
        [
            "Bandung, 28 November 2026",
            "LURAH SUKARASA,",
            "ANDI SETIAWAN, S.IP.",
            "Penata Tingkat I",
            "NIP 19800101 200501 1 001",
        ],
    )
    assert "Pindai untuk memeriksa keaslian surat" in text
    assert "SPESIMEN" not in text
    assert "WhatsApp" not in text


def test_kop_unit_line_is_bold_and_larger_and_the_name_is_bold(letter: LetterDocument) -> None:
    runs = {text: (font, size) for text, font, size in text_runs(render_letter(letter))}
    government_font, government_size = runs["PEMERINTAH KOTA BANDUNG"]
    unit_font, unit_size = runs["KELURAHAN SUKARASA"]
    assert unit_font.endswith("LiberationSerif-Bold") and not government_font.endswith("Bold")
    assert unit_size / government_size == pytest.approx(4 / 3, rel=0.02)
    assert runs["ANDI SETIAWAN, S.IP."][0].endswith("LiberationSerif-Bold")
    assert runs["SURAT KETERANGAN DOMISILI"][0].endswith("LiberationSerif-Bold")


@pytest.mark.parametrize(
    ("signatory", "lines"),
    [
        (
            Signatory("RINA", capacity="an", delegate_title="Sekretaris Kelurahan"),
            ["a.n. LURAH SUKARASA", "Sekretaris Kelurahan,", "RINA"],
        ),
        (Signatory("RINA", capacity="plt"), ["Plt. LURAH SUKARASA,", "RINA"]),
        (Signatory("RINA", capacity="plh"), ["Plh. LURAH SUKARASA,", "RINA"]),
    ],
)
def test_signature_block_for_delegated_and_acting_signers(
    letter: LetterDocument, signatory: Signatory, lines: list[str]
) -> None:
    [text] = page_texts(render_letter(replace(letter, signatory=signatory)))
    assert_in_order(text, ["Bandung, 28 November 2026", *lines])
    assert "LURAH SUKARASA, " not in text.replace("Plt. LURAH SUKARASA,", "").replace("Plh. LURAH SUKARASA,", "")
    assert "NIP" not in text


@pytest.mark.parametrize(("paper", "size_mm"), [("A4", (210, 297)), ("F4", (215, 330))])
def test_paper_size(letter: LetterDocument, paper: str, size_mm: tuple[int, int]) -> None:
    page = PdfReader(io.BytesIO(render_letter(replace(letter, paper=paper)))).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
        (size_mm[0] * MM, size_mm[1] * MM), abs=0.01
    )


def test_only_embedded_liberation_fonts_are_used(letter: LetterDocument) -> None:
    reader = PdfReader(io.BytesIO(render_letter(letter)))
    fonts = [font.get_object() for font in reader.pages[0]["/Resources"]["/Font"].values()]
    assert fonts
    for font in fonts:
        assert "Liberation" in str(font["/BaseFont"])
        assert "/FontFile2" in font["/FontDescriptor"]


def test_same_letter_gives_the_same_bytes_in_this_and_a_fresh_process(letter: LetterDocument, tmp_path: Path) -> None:
    first = render_letter(letter)
    assert render_letter(letter) == first
    pickled = tmp_path / "letter.pickle"
    pickled.write_bytes(pickle.dumps(letter))
    script = (
        "import pickle, sys; from kelurahan_desk.core.documents.letter_pdf import render_letter; "
        f"sys.stdout.buffer.write(render_letter(pickle.loads(open({str(pickled)!r}, 'rb').read())))"
    )
    # Another clock in the environment must not leak into the file either.
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "TZ": "Asia/Jayapura"}
    fresh = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, check=True)
    assert fresh.stdout == first
    assert render_letter(replace(letter, number=NUMBER.replace("007", "008"))) != first


def test_creation_date_is_the_issue_date(letter: LetterDocument) -> None:
    metadata = PdfReader(io.BytesIO(render_letter(letter))).metadata
    assert metadata is not None
    assert metadata["/CreationDate"].startswith("D:20261128")
    assert metadata.title == f"Surat Keterangan Domisili {NUMBER}"


@needs_poppler_and_zbar
def test_printed_qr_reads_back_and_verifies(
    letter: LetterDocument, qr_data: QrData, office_key, tmp_path: Path
) -> None:
    [page] = render_png(render_letter(letter), tmp_path)
    keys = {key_id_for(office_key.public_key()): office_key.public_key()}
    [scanned] = decode_qr_from_file(page)
    result = verify_payload(scanned, keys, today=date(2026, 12, 1))
    assert (result.status, result.data) == ("valid", qr_data)


@needs_poppler_and_zbar
def test_specimen_watermark_leaves_the_qr_readable(letter: LetterDocument, tmp_path: Path) -> None:
    pdf = render_letter(replace(letter, specimen=True, paper="F4"))
    assert "SPESIMEN" in page_texts(pdf)[0]
    path = tmp_path / "specimen.pdf"
    path.write_bytes(pdf)
    assert decode_qr_from_file(path) == [letter.qr_text]


def test_letter_without_qr_has_no_caption(letter: LetterDocument) -> None:
    [text] = page_texts(render_letter(replace(letter, qr_text=None, valid_until=None)))
    assert "Pindai" not in text
    assert "berlaku sampai" not in text


def test_markup_in_values_prints_literally(letter: LetterDocument) -> None:
    rows = (("Nama", "A <b>&amp; B</b> & C"), ("Keperluan", "x < y > z"))
    [text] = page_texts(render_letter(replace(letter, person_rows=rows, statements=("Rp1.000 & <i>lain</i>",))))
    assert "A <b>&amp; B</b> & C" in text
    assert "x < y > z" in text
    assert "Rp1.000 & <i>lain</i>" in text


def test_long_letter_continues_on_numbered_pages_without_kop(letter: LetterDocument) -> None:
    heirs = tuple(
        f"Ahli waris ke-{i} adalah anak kandung almarhum yang sah menurut keterangan keluarga." for i in range(40)
    )
    texts = page_texts(render_letter(replace(letter, statements=heirs)))
    assert len(texts) >= 2
    assert "PEMERINTAH KOTA BANDUNG" in texts[0]
    assert "- 2 -" in texts[1] and "PEMERINTAH" not in texts[1]
    # The closing stays with the signature block.
    last = texts[-1]
    assert_in_order(last, ["Demikian surat keterangan", "LURAH SUKARASA,", "NIP 19800101 200501 1 001"])


def test_emblem_from_a_path_or_bytes_is_embedded(letter: LetterDocument, header: OfficeHeader, tmp_path: Path) -> None:
    assert isinstance(header.emblem_png, bytes)
    emblem = tmp_path / "lambang.png"
    emblem.write_bytes(header.emblem_png)

    def images(pdf: bytes) -> int:
        page = PdfReader(io.BytesIO(pdf)).pages[0]
        return len(page.images)

    assert images(render_letter(letter)) == 1
    assert images(render_letter(replace(letter, header=replace(header, emblem_png=emblem)))) == 1
    assert images(render_letter(replace(letter, header=replace(header, emblem_png=None)))) == 0


def test_long_office_names_stay_inside_the_kop() -> None:
    header = OfficeHeader(
        city="Kepulauan Seribu Utara Dan Sekitarnya Yang Sangat Panjang Sekali",
        district="Kepulauan Seribu Utara",
        village="Pulau Panggang Dan Pulau Pramuka Bagian Barat",
        address="Jalan Dermaga Utama Nomor 1 Pulau Panggang, Kepulauan Seribu, Daerah Khusus Jakarta " * 2,
        city_kind="KABUPATEN",
        phone="(021) 5550000",
        website="kelurahan-pulau-panggang.kepulauanseribu.jakarta.go.id",
        email="kelurahan.pulaupanggang@kepulauanseribu.jakarta.go.id",
        postcode="14530",
        emblem_png=emblem_bytes(),
    )
    kop = Letterhead(header, 165 * MM)
    printed = " ".join(line.text for line in kop.lines)
    for word in ("KABUPATEN", "SEKALI", "BARAT", "Jakarta", "jakarta.go.id", "14530"):
        assert word in printed
    emblem_side = 27 * MM + 3 * MM
    for line in kop.lines:
        assert stringWidth(line.text, line.font, line.size) <= kop.width - 2 * emblem_side + 0.01
        assert line.size >= 6


def test_nip_is_grouped_when_it_has_eighteen_digits() -> None:
    assert format_nip("198001012005011001") == "19800101 200501 1 001"
    assert format_nip("19800101 200501 1 001") == "19800101 200501 1 001"
    assert format_nip("12345") == "12345"
    assert re.fullmatch(r"\d{8} \d{6} \d \d{3}", format_nip("197501012000031001"))

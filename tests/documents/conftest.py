"""Documents built from plain data: an office header, a signing key, a typical letter and a case receipt."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image, ImageDraw

from kelurahan_desk.core.documents.letter_pdf import LetterDocument, Signatory
from kelurahan_desk.core.documents.letterhead import OfficeHeader
from kelurahan_desk.core.documents.office_keys import generate_office_key, key_id_for
from kelurahan_desk.core.documents.qr_payload import QrData, short_name, sign_payload
from kelurahan_desk.core.documents.receipt_pdf import CaseReceipt
from kelurahan_desk.core.domain.identity_numbers import nik_hash

NUMBER = "400.12.2.1/007/1001/XI/2026"
NIK = "3273014101900001"
WIB = timezone(timedelta(hours=7), "WIB")

needs_poppler_and_zbar = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("zbarimg") is None,
    reason="pdftoppm (poppler-utils) and zbarimg (zbar-tools) are needed to read QR codes back",
)


def emblem_bytes() -> bytes:
    image = Image.new("RGBA", (240, 300), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.polygon([(10, 10), (230, 10), (230, 190), (120, 290), (10, 190)], fill=(20, 90, 40, 255))
    draw.ellipse([80, 60, 160, 140], fill=(230, 190, 40, 255))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture(scope="session")
def header() -> OfficeHeader:
    return OfficeHeader(
        city="Bandung",
        district="Sukasari",
        village="Sukarasa",
        address="Jalan Sukarasa Nomor 12, Bandung",
        phone="(022) 2012345",
        website="sukarasa.bandung.go.id",
        email="kel.sukarasa@bandung.go.id",
        postcode="40152",
        whatsapp="0812-2233-4455",
        emblem_png=emblem_bytes(),
    )


@pytest.fixture(scope="session")
def office_key() -> Ed25519PrivateKey:
    return generate_office_key()


@pytest.fixture(scope="session")
def qr_data() -> QrData:
    return QrData(
        letter_number=NUMBER,
        type_code="SKD",
        issued_on=date(2026, 11, 28),
        office_code="32.73.01.1001",
        short_name=short_name("Siti Aminah Rahayu"),
        nik_hash=nik_hash(NIK, NUMBER.encode()),
        audit_seq=1234,
        valid_until=date(2026, 12, 28),
    )


@pytest.fixture(scope="session")
def signed_text(qr_data: QrData, office_key: Ed25519PrivateKey) -> str:
    return sign_payload(qr_data, office_key, key_id_for(office_key.public_key()))


@pytest.fixture(scope="session")
def letter(header: OfficeHeader, signed_text: str) -> LetterDocument:
    return LetterDocument(
        header=header,
        title="Surat Keterangan Domisili",
        number=NUMBER,
        issued_on=date(2026, 11, 28),
        signatory=Signatory("ANDI SETIAWAN, S.IP.", nip="198001012005011001", rank="Penata Tingkat I"),
        person_rows=(
            ("Nama", "SITI AMINAH RAHAYU"),
            ("NIK", NIK),
            ("Tempat/Tgl Lahir", "Bandung, 1 Januari 1990"),
            ("Jenis Kelamin", "Perempuan"),
            ("Agama", "Islam"),
            ("Status Perkawinan", "Kawin"),
            ("Pekerjaan", "Karyawan Swasta"),
            ("Alamat", "Jl. Melati No. 10 RT 003 RW 005, Kelurahan Sukarasa, Kecamatan Sukasari, Kota Bandung"),
        ),
        statements=(
            "Orang tersebut di atas adalah benar warga Kelurahan Sukarasa yang berdomisili di alamat tersebut.",
        ),
        valid_until=date(2026, 12, 28),
        qr_text=signed_text,
    )


@pytest.fixture(scope="session")
def receipt(header: OfficeHeader) -> CaseReceipt:
    return CaseReceipt(
        header=header,
        case_number="ADU/1001/2026/00042",
        kind="Pengaduan",
        category="Drainase dan banjir",
        received_at=datetime(2026, 11, 27, 9, 5, tzinfo=WIB),
        promised_on=date(2026, 12, 2),
        citizen_name="Budi Santoso",
        description="Saluran air di depan rumah nomor 10 tersumbat sampah, setiap hujan air meluap ke jalan.",
        officer_name="Rina Marlina",
        qr_text="ADU/1001/2026/00042",
    )


def render_png(pdf: bytes, folder: Path, dpi: int = 150) -> list[Path]:
    """Every page of `pdf` as PNG through pdftoppm, in page order."""
    source = folder / "doc.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(source), str(folder / "page")], check=True)
    return sorted(folder.glob("page*.png"), key=lambda p: (len(p.name), p.name))

"""`letters types`, `letters register`, `verify` and `keys export-public` from the command line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kelurahan_desk.cli.main import main
from kelurahan_desk.composition import Services
from kelurahan_desk.core.services.permissions import Actor
from tests.core.letter_helpers import PASSWORDS, fast_password_hashing, letter_office

__all__ = ["fast_password_hashing"]


@pytest.fixture
def issued(services: Services, admin: Actor) -> tuple[Path, str, str, Path]:
    """An office folder (closed, so the commands may open it) with one issued and one revoked letter."""
    office = letter_office(services, admin)
    letter = office.issued()
    revoked = office.issued("SKTM")
    services.letters.revoke(office.lurah, revoked.id, "Salah nama", PASSWORDS["lurah"])
    pdf = services.folder.root.parent / "surat.pdf"
    pdf.write_bytes(services.letters.pdf(office.desk, letter.id))
    services.close()
    return services.folder.root, letter.qr_payload, revoked.qr_payload, pdf


def test_types_list(issued, capsys: pytest.CaptureFixture[str]) -> None:
    root = issued[0]
    assert main(["--data-dir", str(root), "letters", "types"]) == 0
    text = capsys.readouterr().out
    assert "SKD    400.12.2.1   Surat Keterangan Domisili" in text
    assert "F4, berlaku tanpa batas, gratis" in text and text.count("\n") == 22


def test_register_to_csv(issued, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "register.csv"
    assert main(["--data-dir", str(issued[0]), "letters", "register", "--year", "2026", str(target)]) == 0
    assert "2 nomor surat tahun 2026" in capsys.readouterr().out
    assert "Dicabut: Salah nama" in target.read_text("utf-8-sig")


def test_verify_text_in_the_office(issued, capsys: pytest.CaptureFixture[str]) -> None:
    root, payload, revoked, _ = issued
    assert main(["--data-dir", str(root), "verify", payload]) == 0
    text = capsys.readouterr().out
    assert "SAH" in text and "400.12.2.1/001/1001/XI/2026" in text and "Register kantor : tercatat" in text
    assert main(["--data-dir", str(root), "verify", revoked]) == 3
    assert "DICABUT" in capsys.readouterr().out
    assert main(["--data-dir", str(root), "verify", payload.replace("SKD", "SKU")]) == 3
    assert "TIDAK SAH" in capsys.readouterr().out


@pytest.mark.skipif(shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None, reason="needs zbar, poppler")
def test_verify_a_pdf_elsewhere_with_the_exported_public_key(issued, tmp_path: Path, capsys) -> None:
    root, _, _, pdf = issued
    key = tmp_path / "kunci.pem"
    assert main(["--data-dir", str(root), "keys", "export-public", str(key)]) == 0
    assert "Kunci publik kantor (id " in capsys.readouterr().out
    elsewhere = tmp_path / "bukan-kantor"
    assert main(["--data-dir", str(elsewhere), "verify", str(pdf), "--public-key", str(key)]) == 0
    text = capsys.readouterr().out
    assert "SAH" in text and "Tanggal terbit  : 27 November 2026" in text and "Register kantor" not in text
    assert not elsewhere.exists()
    assert main(["--data-dir", str(elsewhere), "verify", str(pdf)]) == 3
    assert "kunci penanda tangan tidak dikenal" in capsys.readouterr().out
    revoked_list = tmp_path / "dicabut.txt"
    revoked_list.write_text("# dari HQ\n400.12.2.1/001/1001/XI/2026\n", "utf-8")
    args = ["--data-dir", str(elsewhere), "verify", str(pdf), "--public-key", str(key), "--revoked", str(revoked_list)]
    assert main(args) == 3
    assert "DICABUT" in capsys.readouterr().out


def test_verify_a_file_without_a_qr(issued, tmp_path: Path, capsys) -> None:
    image = tmp_path / "kosong.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    assert main(["--data-dir", str(issued[0]), "verify", str(image)]) != 0


def test_verify_names_a_letter_file_that_is_not_there(issued, tmp_path: Path, capsys) -> None:
    missing = tmp_path / "surat-hilang.jpg"
    assert main(["--data-dir", str(issued[0]), "verify", str(missing)]) != 0
    captured = capsys.readouterr()
    assert "Berkas tidak ditemukan" in captured.err + captured.out and "bukan kode surat" not in captured.out


def test_a_bad_key_or_revocation_list_is_named_not_the_letter(issued, tmp_path: Path, capsys) -> None:
    root, _, _, pdf = issued
    not_a_key = tmp_path / "bukan-kunci.pem"
    not_a_key.write_text("bukan kunci\n")
    assert main(["--data-dir", str(root), "verify", str(pdf), "--public-key", str(not_a_key)]) == 1
    assert capsys.readouterr().err == f"kelurahan-desk: Berkas kunci publik tidak sah: {not_a_key}\n"
    missing_list = tmp_path / "dicabut-hilang.txt"
    assert main(["--data-dir", str(root), "verify", str(pdf), "--revoked", str(missing_list)]) == 1
    assert capsys.readouterr().err == f"kelurahan-desk: Berkas tidak dapat dibaca: {missing_list}\n"

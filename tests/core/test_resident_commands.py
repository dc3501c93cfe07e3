"""The headless commands: import-residents (report first, write only with --accept), export, regions."""

from __future__ import annotations

from pathlib import Path

import pytest

from kelurahan_desk.cli.main import main
from kelurahan_desk.composition import open_services
from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.services.accounts import NewAccount
from kelurahan_desk.core.services.permissions import SYSTEM, Role
from tests.conftest import ADMIN_PASSWORD, TEST_OFFICE

ROWS = (
    "NIK,Nama,Jenis Kelamin,RT,RW\n"
    "3273011003850002,Asep Sunandar,L,3,5\n"
    "3273015507900001,Siti Aminah,P,3,5\n"
    "32730155079,Nomor Pendek,P,1,1\n"
)


@pytest.fixture
def office(tmp_path: Path) -> Path:
    folder = tmp_path / "kantor"
    opened = open_services(DataFolder(folder))
    opened.office.complete_setup(NewAccount("admin", "Admin", Role.ADMINISTRATOR, ADMIN_PASSWORD), TEST_OFFICE)
    opened.close()
    return folder


def resident_count(folder: Path) -> int:
    opened = open_services(DataFolder(folder))
    try:
        return opened.residents.count(SYSTEM, "")
    finally:
        opened.close()


def test_import_reports_first_and_writes_only_when_accepted(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    source = tmp_path / "penduduk.csv"
    source.write_text(ROWS, encoding="utf-8")
    assert main(["--data-dir", str(office), "import-residents", str(source)]) == 3
    report = capsys.readouterr().out
    assert "Penduduk baru: 2" in report and "Belum ada" in report
    assert "baris 4: NIK: NIK harus tepat 16 angka. [32730155079]" in report
    assert resident_count(office) == 0
    assert main(["--data-dir", str(office), "import-residents", str(source), "--accept"]) == 0
    assert "Disimpan: 2 penduduk baru" in capsys.readouterr().out
    assert resident_count(office) == 2
    assert main(["--data-dir", str(office), "import-residents", str(source), "--accept"]) == 0
    assert "Sudah ada dan sama: 2" in capsys.readouterr().out
    assert resident_count(office) == 2


def test_import_with_an_explicit_mapping(office: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    source = tmp_path / "daftar.csv"
    source.write_text("Nomor;Siapa\n3273011003850002;Asep Sunandar\n", encoding="utf-8")
    assert main(["--data-dir", str(office), "import-residents", str(source)]) == 1
    err = capsys.readouterr().err
    assert "Kolom wajib tidak ditemukan: NIK (nik), Nama (name)" in err and "(judul kolom berkas: Nomor, Siapa)" in err
    args = ["--data-dir", str(office), "import-residents", str(source), "--mapping", "nik=1,name=Siapa", "--accept"]
    assert main(args) == 0
    assert resident_count(office) == 1
    assert main(["--data-dir", str(office), "import-residents", str(source), "--mapping", "umur=1"]) == 1


def test_export_and_import_regions(office: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    source = tmp_path / "penduduk.csv"
    source.write_text(ROWS, encoding="utf-8")
    main(["--data-dir", str(office), "import-residents", str(source), "--accept"])
    target = tmp_path / "keluar.xlsx"
    assert main(["--data-dir", str(office), "export-residents", str(target), "--query", "siti"]) == 0
    assert "1 penduduk diekspor" in capsys.readouterr().out and target.exists()
    assert main(["--data-dir", str(office), "export-residents", str(tmp_path / "x.txt")]) == 1
    regions = tmp_path / "wilayah.csv"
    regions.write_text("kode,nama\n32,JAWA BARAT\n32.73,KOTA BANDUNG\nxx,Rusak\n", encoding="utf-8")
    assert main(["--data-dir", str(office), "import-regions", str(regions)]) == 0
    output = capsys.readouterr().out
    assert "2 wilayah" in output and "baris 4: Kode wilayah tidak valid. [xx]" in output


def test_a_record_that_differs_is_reported_with_the_fields_named_in_words(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    source = tmp_path / "penduduk.csv"
    source.write_text(ROWS, encoding="utf-8")
    main(["--data-dir", str(office), "import-residents", str(source), "--accept"])
    changed = tmp_path / "berubah.csv"
    changed.write_text("NIK,Nama,Jenis Kelamin,RT,RW\n3273011003850002,Asep Sunandar,L,4,5\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--data-dir", str(office), "import-residents", str(changed)]) == 0
    report = capsys.readouterr().out
    assert "baris 2: NIK: NIK ini sudah terdaftar dengan data yang berbeda; ubah datanya langsung" in report
    assert report.count("[RT]") == 1


def test_refusals_are_told_in_words_with_a_failing_exit_code(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    opened = open_services(DataFolder(office))
    admin = opened.accounts.login("admin", ADMIN_PASSWORD)
    opened.accounts.create_account(admin, NewAccount("rina", "Rina", Role.READ_ONLY, "sandi-rina-123"))
    opened.close()
    source = tmp_path / "penduduk.csv"
    source.write_text(ROWS, encoding="utf-8")
    as_rina = ["--data-dir", str(office), "--user", "rina", "--password", "sandi-rina-123"]

    assert main([*as_rina, "import-residents", str(source)]) == 2
    assert capsys.readouterr().err == ("kelurahan-desk: Hanya administrator yang boleh mengimpor data penduduk.\n")
    assert main([*as_rina, "export-residents", str(tmp_path / "keluar.csv")]) == 2
    assert capsys.readouterr().err == "kelurahan-desk: Akun Anda tidak berhak mengekspor data.\n"
    assert not (tmp_path / "keluar.csv").exists()
    wrong = ["--data-dir", str(office), "--user", "rina", "--password", "salah-sekali"]
    assert main([*wrong, "export-residents", str(tmp_path / "keluar.csv")]) == 1
    assert capsys.readouterr().err == (
        "kelurahan-desk: Gagal masuk sebagai rina: Nama pengguna atau kata sandi salah.\n"
    )


@pytest.mark.parametrize(
    "command",
    [
        ["export-residents", "{file}"],
        ["cases", "export", "{file}"],
        ["cases", "recap", "2026-11", "--out", "{file}"],
        ["letters", "register", "--year", "2026", "{file}"],
        ["keys", "export-public", "{file}"],
    ],
    ids=lambda command: " ".join(command[:2]),
)
def test_a_file_that_exists_is_written_over_only_with_overwrite(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture, command: list[str]
) -> None:
    target = tmp_path / ("kunci.pem" if "keys" in command else "daftar.csv")
    target.write_text("isian petugas\n", encoding="utf-8")
    args = ["--data-dir", str(office), *(part.format(file=target) for part in command)]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert f"Berkas {target} sudah ada dan tidak ditimpa" in err and "--overwrite" in err
    assert target.read_text(encoding="utf-8") == "isian petugas\n"
    assert main([*args, "--overwrite"]) == 0
    assert target.read_text(encoding="utf-8") != "isian petugas\n"


def test_a_folder_without_an_office_is_refused_and_left_alone(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    source = tmp_path / "penduduk.csv"
    source.write_text(ROWS, encoding="utf-8")
    typo = tmp_path / "kantor-salah-ketik"
    for command in (
        ["import-residents", str(source), "--accept"],
        ["backup", str(tmp_path / "usb")],
        ["audit", "verify"],
        ["cases", "export", str(tmp_path / "kasus.csv")],
        ["letters", "types"],
        ["letters", "register", "--year", "2026", str(tmp_path / "register.csv")],
        ["holidays", "2026"],
        ["sync", "status"],
        ["sync", "now"],
        ["sync", "enrol", "https://hq.example", "KODE-1"],
        ["sync", "export", str(tmp_path / "usb")],
    ):
        assert main(["--data-dir", str(typo), *command]) == 1
        assert f"Belum ada kantor di folder data {typo}" in capsys.readouterr().err
    assert not typo.exists() and not (tmp_path / "usb").exists()
    never_set_up = tmp_path / "belum-diatur"
    open_services(DataFolder(never_set_up)).close()
    assert main(["--data-dir", str(never_set_up), "import-residents", str(source), "--accept"]) == 1
    assert "pengaturan awal belum dilakukan" in capsys.readouterr().err
    assert resident_count(never_set_up) == 0


def test_a_file_that_is_no_table_is_named_with_the_reason(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    picture = tmp_path / "foto.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    empty = tmp_path / "kosong.csv"
    empty.write_bytes(b"")
    assert main(["--data-dir", str(office), "import-residents", str(picture)]) == 1
    assert capsys.readouterr().err == (
        "kelurahan-desk: Berkas foto.csv tidak dapat diimpor:\n"
        "  berkas: Format berkas tidak didukung. Simpan sebagai CSV atau Excel .xlsx.\n"
    )
    assert main(["--data-dir", str(office), "import-residents", str(empty)]) == 1
    assert "Berkas tidak berisi baris data." in capsys.readouterr().err


def test_a_file_the_command_cannot_write_is_named_without_a_traceback(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    folder = tmp_path / "bukan-berkas.csv"
    folder.mkdir()
    assert main(["--data-dir", str(office), "export-residents", str(folder)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kelurahan-desk: ") and "Traceback" not in err
    assert "bukan-berkas.csv" in err and "folder" in err

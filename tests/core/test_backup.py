"""Backups made while others write, restore with the old file kept aside, start-up checks, daily rotation."""

from __future__ import annotations

import errno
import io
import json
import random
import shutil
import sqlite3
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from kelurahan_desk.cli.main import main
from kelurahan_desk.composition import Services, open_services
from kelurahan_desk.core.clock import FixedClock
from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.errors import PermissionDenied, StoreError, ValidationError
from kelurahan_desk.core.services.permissions import SYSTEM, Actor, Role
from kelurahan_desk.core.services.restore import restore_store
from kelurahan_desk.core.store.audit_chain import verify_chain
from kelurahan_desk.core.store.backup_files import backup_files, manifest_path, parse_backup_name, sha256_of
from kelurahan_desk.core.store.base import utcnow
from kelurahan_desk.core.store.health import (
    EMPTY_STORE,
    StoreCorrupt,
    check_store,
    integrity_problems,
    newest_good_backup,
)
from kelurahan_desk.core.store.models import AuditEntry, Resident
from kelurahan_desk.core.store.sqlite_errors import as_store_error, failure_code

PDF = b"%PDF-1.4 surat pengantar RT"


def add_residents(services: Services, count: int, prefix: str = "Warga") -> list[str]:
    ids = []
    with services.store.write("petugas", "resident.create") as s:
        for i in range(count):
            resident = Resident(
                nik=f"3273{random.randrange(10**11, 10**12)}", name=f"{prefix} {i}", sex="L", updated_at=utcnow()
            )
            s.add(resident)
            s.flush()
            ids.append(resident.id)
    return ids


def resident_column(db: Path, column: str = "name") -> set[str]:
    con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {row[0] for row in con.execute(f"SELECT {column} FROM resident")}
    finally:
        con.close()


def chain_of(db: Path) -> tuple[bool, int]:
    engine = create_engine(f"sqlite:///{db}")
    try:
        with Session(engine) as s:
            report = verify_chain(s)
            return report.ok, report.rows_checked
    finally:
        engine.dispose()


def test_backup_while_another_connection_writes(services: Services, admin: Actor, tmp_path: Path) -> None:
    written: list[str] = []
    stop = threading.Event()

    def writer() -> None:
        while not stop.is_set():
            written.extend(add_residents(services, 1, "Penulis"))

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(written) < 20:
            stop.wait(0.01)
        info = services.backup.backup_to(admin, tmp_path / "usb")
        at_end = len(written)
        while len(written) < at_end + 5:
            stop.wait(0.01)
    finally:
        stop.set()
        thread.join()

    assert info.integrity_ok is True
    assert parse_backup_name(info.path.name) is not None
    assert integrity_problems(info.path) == []
    in_copy = resident_column(info.path, "id")
    assert 20 <= len(in_copy) <= at_end < len(written)
    assert in_copy == set(written[: len(in_copy)])
    ok, rows = chain_of(info.path)
    assert ok and rows == len(in_copy) + 2  # one row per resident, plus the administrator and the office
    con = sqlite3.connect(info.path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    con.close()
    assert not list((tmp_path / "usb").glob(".*tmp"))


def test_backup_to_a_stick_holds_attachments_and_a_manifest(services: Services, admin: Actor, tmp_path: Path) -> None:
    sha, _mime = services.attachments.put(PDF)
    usb = tmp_path / "usb"
    first = services.backup.backup_to(admin, usb)
    second = services.backup.backup_to(admin, usb)
    assert first.attachments is not None and first.attachments.copied == 1
    assert second.attachments is not None and (second.attachments.copied, second.attachments.present) == (0, 1)
    assert first.path != second.path  # same second on the fixed clock: the second gets a "-2" suffix
    assert (usb / "attachments" / sha[:2] / sha).read_bytes() == PDF
    manifest = json.loads(manifest_path(second.path).read_text())
    assert manifest["attachments"] == {sha: len(PDF)}
    assert manifest["database_sha256"] == sha256_of(second.path)
    assert manifest["office_code"] == "32.73.01.1001"
    assert second.path.name.startswith("kelurahan-3273011001-20261127-090000")


def test_restore_brings_data_back_and_keeps_the_old_file_aside(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    add_residents(services, 3, "Lama")
    backup = services.backup.backup_to(admin, tmp_path / "usb")
    add_residents(services, 2, "Baru")
    with services.store.read() as s:
        tail = s.scalar(select(func.max(AuditEntry.seq)))

    info = services.backup.restore_from(admin, backup.path)

    with pytest.raises(StoreError) as closed:
        services.backup.backup_to(admin, tmp_path / "usb")
    assert closed.value.code == "store_closed"
    services.close()
    assert info.kept_aside is not None and info.kept_aside.name == "kelurahan.db.before-restore-20261127-090000"
    assert {n for n in resident_column(info.kept_aside) if n.startswith("Baru")} == {"Baru 0", "Baru 1"}
    reopened = open_services(services.folder, clock=services.clock)
    try:
        with reopened.store.read() as s:
            names = set(s.scalars(select(Resident.name)))
            assert names == {"Lama 0", "Lama 1", "Lama 2"}
            assert verify_chain(s).ok
            last = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
        assert last.action == "backup.restore" and last.actor == "admin" and last.seq == info.audit_seq
        assert last.before is not None and last.before["last_seq"] == tail
        assert last.after is not None and last.after["kept_aside"] == info.kept_aside.name
    finally:
        reopened.close()


def test_a_stick_rebuilds_the_office_on_another_pc(services: Services, admin: Actor, tmp_path: Path) -> None:
    sha, _mime = services.attachments.put(PDF)
    add_residents(services, 2)
    backup = services.backup.backup_to(admin, tmp_path / "usb")
    other_pc = open_services(DataFolder(tmp_path / "other-pc"), clock=services.clock)
    info = other_pc.backup.restore_from(SYSTEM, backup.path)
    other_pc.close()
    assert info.attachments is not None and info.attachments.copied == 1
    rebuilt = open_services(DataFolder(tmp_path / "other-pc"), clock=services.clock)
    try:
        assert rebuilt.attachments.get(sha) == PDF
        assert rebuilt.office.profile() == services.office.profile()
        assert rebuilt.accounts.login("admin", "rahasia-admin-1").username == "admin"
    finally:
        rebuilt.close()


ISSUED = {"letters/2026/400.12.2.1-007-1001-XI-2026_a.pdf": b"%PDF surat", "tanda-terima/2026/P-0001.pdf": b"%PDF"}


def archive_issued(folder: Path, files: dict[str, bytes]) -> None:
    for relative, data in files.items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_bytes(data)


def test_backup_to_a_stick_copies_the_archive_of_issued_documents(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    archive = services.folder.archive
    archive_issued(archive, ISSUED)
    (archive / "letters" / "2026" / ".half-written.pdf.123.tmp").write_bytes(b"%PD")
    usb = tmp_path / "usb"
    first = services.backup.backup_to(admin, usb)
    assert first.archive is not None and (first.archive.copied, first.archive.present) == (2, 0)
    assert {p.relative_to(usb / "archive").as_posix() for p in (usb / "archive").rglob("*") if p.is_file()} == set(
        ISSUED
    )
    assert json.loads(manifest_path(first.path).read_text())["archive"] == {k: len(v) for k, v in ISSUED.items()}
    # the stick's copy follows the office: new documents are added, one that differs there is replaced
    archive_issued(archive, {"letters/2026/baru.pdf": b"%PDF baru"})
    (usb / "archive" / "tanda-terima" / "2026" / "P-0001.pdf").write_bytes(b"rusak di flashdisk")
    second = services.backup.backup_to(admin, usb)
    assert second.archive is not None and (second.archive.copied, second.archive.present) == (2, 1)
    assert (usb / "archive" / "tanda-terima" / "2026" / "P-0001.pdf").read_bytes() == b"%PDF"
    # without attachments (and in the daily backups inside the data folder) the archive is not copied
    bare = services.backup.backup_to(admin, tmp_path / "bare", include_attachments=False)
    assert bare.archive is None and not (tmp_path / "bare" / "archive").exists()
    daily = services.backup.auto_backup_if_due()
    assert daily is not None and daily.archive is None and not (services.folder.backups / "archive").exists()


def test_restore_brings_back_missing_issued_documents_and_keeps_the_offices_own(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    archive_issued(services.folder.archive, ISSUED)
    backup = services.backup.backup_to(admin, tmp_path / "usb")
    archive_issued(tmp_path / "usb" / "archive", {"letters/2027/later.pdf": b"%PDF not in this backup"})
    other_pc = open_services(DataFolder(tmp_path / "other-pc"), clock=services.clock)
    archive_issued(other_pc.folder.archive, {"tanda-terima/2026/P-0001.pdf": b"%PDF printed here"})
    info = other_pc.backup.restore_from(SYSTEM, backup.path)
    other_pc.close()
    assert info.archive is not None
    assert (info.archive.copied, info.archive.damaged) == (1, ("tanda-terima/2026/P-0001.pdf",))
    rebuilt = tmp_path / "other-pc" / "archive"
    assert (rebuilt / "letters/2026/400.12.2.1-007-1001-XI-2026_a.pdf").read_bytes() == b"%PDF surat"
    assert (rebuilt / "tanda-terima/2026/P-0001.pdf").read_bytes() == b"%PDF printed here"
    assert not (rebuilt / "letters/2027/later.pdf").exists()  # only what the backup's manifest lists


def newer_and_other_offices_copies(good: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Copies of a good backup: one at a schema revision this version does not know, one of another office."""
    newer, other = tmp_path / "newer" / good.name, tmp_path / "other" / good.name
    for path, sql in (
        (newer, "UPDATE alembic_version SET version_num = '9999'"),
        (other, "UPDATE office SET code = '32.73.02.1005'"),
    ):
        path.parent.mkdir()
        shutil.copyfile(good, path)
        con = sqlite3.connect(path)
        con.execute(sql)
        con.commit()
        con.close()
    return newer, other


def test_restore_refuses_bad_files_and_leaves_the_store_in_use(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    add_residents(services, 2)
    good = services.backup.backup_to(admin, tmp_path / "usb", include_attachments=False).path
    broken = tmp_path / "broken" / good.name
    broken.parent.mkdir()
    data = bytearray(good.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 8192] = random.Random(7).randbytes(8192)
    broken.write_bytes(bytes(data))
    not_a_db = tmp_path / "kelurahan-3273011001-20261127-090000.db"
    not_a_db.write_bytes(b"hello" * 1000)
    newer, other = newer_and_other_offices_copies(good, tmp_path)

    for bad, code in ((broken, "backup_invalid"), (not_a_db, "backup_invalid"), (newer, "schema_newer")):
        with pytest.raises(StoreError) as refused:
            services.backup.restore_from(admin, bad)
        assert refused.value.code == code
    with pytest.raises(ValidationError) as foreign:
        services.backup.restore_from(admin, other)
    assert foreign.value.code == "backup_other_office"
    assert foreign.value.params == {"backup": "32.73.02.1005", "current": "32.73.01.1001"}

    assert len(add_residents(services, 1)) == 1  # still open and writable
    assert [p.name for p in services.folder.root.iterdir() if "restore" in p.name] == []


def test_a_backup_is_described_before_it_is_copied_and_a_wrong_one_refused_at_once(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    add_residents(services, 2)
    good = services.backup.backup_to(admin, tmp_path / "usb", include_attachments=False).path
    with services.store.read() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
    add_residents(services, 1)  # after the backup: not in its summary

    summary = services.backup.summarize(admin, good)
    assert (summary.office_code, summary.village_name) == ("32.73.01.1001", "Sukarasa")
    assert (summary.last_seq, summary.last_change_at) == (last.seq, last.at)

    not_a_db = tmp_path / "kelurahan-3273011001-20261127-090000.db"
    not_a_db.write_bytes(b"hello" * 1000)
    newer, other = newer_and_other_offices_copies(good, tmp_path)
    for bad, code in (
        (not_a_db, "backup_invalid"),
        (tmp_path / "missing.db", "backup_invalid"),
        (newer, "schema_newer"),
    ):
        with pytest.raises(StoreError) as refused:
            services.backup.summarize(admin, bad)
        assert refused.value.code == code
    with pytest.raises(ValidationError) as foreign:
        services.backup.summarize(admin, other)
    assert foreign.value.params == {"backup": "32.73.02.1005", "current": "32.73.01.1001"}
    with pytest.raises(PermissionDenied):
        services.backup.summarize(Actor("x", "loket", "Petugas Loket", Role.FRONT_DESK), good)
    assert [p.name for p in services.folder.root.iterdir() if "restore" in p.name] == []


def test_permissions(services: Services, admin: Actor, tmp_path: Path) -> None:
    viewer = Actor("x", "tamu", "Tamu", Role.READ_ONLY)
    front_desk = Actor("y", "loket", "Petugas Loket", Role.FRONT_DESK)
    with pytest.raises(PermissionDenied):
        services.backup.backup_to(viewer, tmp_path / "usb")
    backup = services.backup.backup_to(front_desk, tmp_path / "usb")
    with pytest.raises(PermissionDenied):
        services.backup.restore_from(front_desk, backup.path)
    with pytest.raises(PermissionDenied):
        restore_store(front_desk, services.folder, backup.path, services.clock)


def test_a_missing_flash_drive_a_file_or_a_folder_inside_the_data_is_refused_and_nothing_is_made(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    unplugged = tmp_path / "media" / "FLASHDISK" / "cadangan"
    with pytest.raises(ValidationError) as missing:
        services.backup.backup_to(admin, unplugged)
    assert (missing.value.code, missing.value.params) == ("backup_dest_missing", {"folder": str(unplugged.parent)})
    assert not (tmp_path / "media").exists()
    a_file = tmp_path / "catatan.txt"
    a_file.write_text("punya petugas")
    with pytest.raises(ValidationError) as not_folder:
        services.backup.backup_to(admin, a_file)
    assert not_folder.value.code == "backup_dest_not_folder" and a_file.read_text() == "punya petugas"
    with pytest.raises(ValidationError) as automatic:
        services.backup.backup_to(admin, services.folder.backups)
    assert automatic.value.code == "backup_dest_automatic" and backup_files(services.folder.backups) == []
    inside = services.folder.root / "cadangan"
    with pytest.raises(ValidationError) as same_disk:
        services.backup.backup_to(admin, inside)
    assert same_disk.value.code == "backup_dest_inside_data" and not inside.exists()
    made = services.backup.backup_to(admin, tmp_path / "cadangan-baru")
    assert made.path.parent == tmp_path / "cadangan-baru" and made.integrity_ok


def test_a_folder_the_account_may_not_write_is_told_apart_from_a_failing_disk() -> None:
    assert failure_code(PermissionError(13, "Permission denied", "E:/cadangan")) == "no_permission"
    assert failure_code(OSError(28, "No space left on device")) == "disk_full"
    assert failure_code(OSError(5, "Input/output error")) == "io_error"
    assert as_store_error(PermissionError(13, "Permission denied"), "backup_failed").code == "no_permission"


def corrupt_middle(db: Path, seed: int = 11) -> None:
    size = db.stat().st_size
    with open(db, "r+b") as handle:
        handle.seek(size // 2 - 16384)
        handle.write(random.Random(seed).randbytes(32768))


def test_a_corrupt_store_is_caught_on_open_and_the_newest_good_backup_named(
    services: Services, admin: Actor, tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    add_residents(services, 300)
    good = services.backup.auto_backup_if_due()
    assert good is not None
    clock.advance(timedelta(days=1))
    newer_but_bad = services.folder.backups / "kelurahan-3273011001-20261128-090000.db"
    newer_but_bad.write_bytes(b"not a database" * 100)
    folder = services.folder
    services.close()
    assert check_store(folder.database).ok
    corrupt_middle(folder.database)

    report = check_store(folder.database)
    assert not report.ok and report.problems
    for _attempt in range(2):  # the failed open releases the instance lock
        with pytest.raises(StoreCorrupt) as caught:
            open_services(folder, clock=clock)
        assert caught.value.code == "store_corrupt"
        assert caught.value.newest_backup == good.path and caught.value.detail == str(good.path)

    assert main(["--data-dir", str(folder.root), "audit", "verify"]) == 2
    err = capsys.readouterr().err
    assert "RUSAK" in err and str(good.path) in err
    assert f'kelurahan-desk --data-dir "{folder.root}" restore "{good.path}"' in err

    restore_store(SYSTEM, folder, good.path, clock)
    reopened = open_services(folder, clock=clock)
    try:
        with reopened.store.read() as s:
            assert s.scalar(select(func.count()).select_from(Resident)) == 300
            assert verify_chain(s).ok
    finally:
        reopened.close()


def test_an_emptied_store_beside_its_backups_is_damage_not_a_new_office(
    services: Services, admin: Actor, tmp_path: Path, clock: FixedClock
) -> None:
    add_residents(services, 3)
    good = services.backup.auto_backup_if_due()
    assert good is not None
    folder = services.folder
    services.close()
    for suffix in ("-wal", "-shm"):
        folder.database.with_name(folder.database.name + suffix).unlink(missing_ok=True)
    folder.database.write_bytes(b"")
    with pytest.raises(StoreCorrupt) as caught:
        open_services(folder, clock=clock)
    assert caught.value.newest_backup == good.path and caught.value.report.problems == (EMPTY_STORE,)
    assert folder.database.stat().st_size == 0
    assert check_store(folder.database).ok  # without its backups an empty file is a store about to be made

    new_office = DataFolder(tmp_path / "kantor-baru")
    new_office.root.mkdir()
    new_office.database.write_bytes(b"")
    open_services(new_office, clock=clock).close()


def test_daily_backups_keep_the_newest_n(services: Services, admin: Actor, clock: FixedClock) -> None:
    services.office.set_setting(admin, "backup_keep", 3)
    made = []
    for _day in range(5):
        info = services.backup.auto_backup_if_due()
        assert info is not None
        made.append(info.path)
        assert services.backup.auto_backup_if_due() is None  # once a day
        clock.advance(timedelta(hours=20))
        clock.advance(timedelta(hours=4))
    kept = backup_files(services.folder.backups, clock.local_now())
    assert kept == made[::-1][:3]
    assert [b.path for b in services.backup.list_backups(services.folder.backups)] == kept
    assert not manifest_path(made[0]).exists() and manifest_path(made[-1]).exists()
    services.office.set_setting(admin, "auto_backup_daily", False)
    assert services.backup.auto_backup_if_due() is None


def test_the_commands(
    services: Services,
    admin: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    add_residents(services, 2, "Lama")
    folder = services.folder
    services.close()
    usb = tmp_path / "usb"
    data_dir = ["--data-dir", str(folder.root)]

    assert main([*data_dir, "backup", str(usb)]) == 0
    (backup,) = backup_files(usb)
    assert f"Cadangan dibuat: {backup}" in capsys.readouterr().out
    assert main([*data_dir, "--user", "admin", "--password", "salah-sekali", "backup", str(usb)]) == 1
    assert "Gagal masuk" in capsys.readouterr().err

    opened = open_services(folder)
    add_residents(opened, 1, "Baru")
    opened.close()
    monkeypatch.setattr("sys.stdin", io.StringIO("tidak\n"))
    assert main([*data_dir, "restore", str(backup)]) == 1
    assert "dibatalkan" in capsys.readouterr().err
    assert "Baru 0" in resident_column(folder.database)

    monkeypatch.setattr("sys.stdin", io.StringIO("ya\n"))
    assert main([*data_dir, "--user", "admin", "--password", "rahasia-admin-1", "restore", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "Data kantor dipulihkan" in out and "before-restore" in out
    assert resident_column(folder.database) == {"Lama 0", "Lama 1"}

    assert main([*data_dir, "restore", "--yes", str(tmp_path / "tidak-ada.db")]) == 1
    assert "tidak ditemukan" in capsys.readouterr().err


def test_the_restore_command_checks_the_file_first_and_rebuilds_a_new_pc(
    services: Services,
    admin: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    add_residents(services, 2, "Lama")
    services.office_keys.signing_key()
    backup = services.backup.backup_to(admin, tmp_path / "usb").path
    services.close()
    new_pc = tmp_path / "pc-baru"
    not_a_backup = tmp_path / "surat.db"
    not_a_backup.write_bytes(PDF)

    assert main(["--data-dir", str(new_pc), "restore", "--yes", str(not_a_backup)]) == 2
    assert "Berkas cadangan tidak valid" in capsys.readouterr().err
    assert not new_pc.exists()

    as_admin = ["--user", "admin", "--password", "rahasia-admin-1"]
    assert main(["--data-dir", str(new_pc), *as_admin, "restore", "--yes", str(backup)]) == 1
    assert "belum berisi data kantor" in capsys.readouterr().err
    assert not (new_pc / "kelurahan.db").exists()

    monkeypatch.setattr("sys.stdin", io.StringIO("ya\n"))
    assert main(["--data-dir", str(new_pc), "restore", str(backup)]) == 0
    out = capsys.readouterr().out
    assert f"Cadangan {backup.name}: Kelurahan Sukarasa (32.73.01.1001), dibuat " in out
    assert f"Data kantor di {new_pc} diisi dari cadangan ini." in out and "disimpan terpisah" not in out
    assert "Data kantor dipulihkan" in out and "before-restore" not in out
    assert "Kunci tanda tangan kantor sengaja tidak ikut dalam cadangan" in out
    assert resident_column(new_pc / "kelurahan.db") == {"Lama 0", "Lama 1"}


def test_a_store_that_holds_no_office_is_replaced_without_keeping_it_aside(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    add_residents(services, 2, "Lama")
    backup = services.backup.backup_to(admin, tmp_path / "usb").path
    services.close()
    new_pc = DataFolder(tmp_path / "pc-baru")
    open_services(new_pc).close()  # what the setup wizard of a replacement PC opens: a store with no office
    info = restore_store(SYSTEM, new_pc, backup, services.clock)
    assert info.kept_aside is None
    assert sorted(path.name for path in new_pc.root.glob("kelurahan.db*")) == ["kelurahan.db"]
    assert resident_column(new_pc.database) == {"Lama 0", "Lama 1"}
    assert chain_of(new_pc.database)[0]


def test_a_rebuilt_pc_keeps_the_public_keys_and_is_told_the_signing_key_stayed_behind(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    key = services.office_keys.signing_key()
    usb = tmp_path / "usb"
    backup = services.backup.backup_to(admin, usb).path
    assert [path.name for path in (usb / "keys").iterdir()] == [f"office-{key.key_id}.pub.pem"]  # never the private
    assert json.loads(manifest_path(backup).read_text())["public_keys"] == [f"office-{key.key_id}.pub.pem"]

    new_pc = open_services(DataFolder(tmp_path / "pc-baru"), clock=services.clock)
    info = new_pc.backup.restore_from(SYSTEM, backup)
    new_pc.close()
    assert info.signing_key_missing
    rebuilt = open_services(DataFolder(tmp_path / "pc-baru"), clock=services.clock)
    try:
        assert key.key_id in rebuilt.office_keys.public_keys()  # letters signed before still verify there
    finally:
        rebuilt.close()
    assert not services.backup.restore_from(admin, backup).signing_key_missing  # the office's own PC has it


def test_a_changed_backup_file_is_refused_before_anything_is_copied(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    add_residents(services, 2, "Asli")
    backup = services.backup.backup_to(admin, tmp_path / "usb").path
    data = bytearray(backup.read_bytes())
    at = data.index(b"Asli 1")
    data[at : at + 6] = b"Palsu1"  # same length: the file is still a sound SQLite store
    backup.write_bytes(bytes(data))
    assert integrity_problems(backup) == []
    for attempt in (services.backup.summarize, services.backup.restore_from):
        with pytest.raises(StoreError) as refused:
            attempt(admin, backup)
        assert refused.value.code == "backup_changed"
    assert resident_column(services.folder.database) == {"Asli 0", "Asli 1"}
    assert not (services.folder.root / ".kelurahan.db.restore.tmp").exists()


def test_a_restore_that_cannot_bring_the_files_back_changes_no_data(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    services.attachments.put(PDF)
    add_residents(services, 1, "Lama")
    backup = services.backup.backup_to(admin, tmp_path / "usb").path
    add_residents(services, 1, "Baru")
    shutil.rmtree(services.folder.attachments)
    services.folder.attachments.write_bytes(b"")  # the attachments cannot be written back: fails like a full disk
    with pytest.raises(StoreError) as failed:
        services.backup.restore_from(admin, backup)
    assert failed.value.code != "restore_unrecorded"
    services.close()
    assert resident_column(services.folder.database) == {"Lama 0", "Baru 0"}  # the store was not swapped
    assert list(services.folder.root.glob("kelurahan.db.before-restore-*")) == []
    assert not (services.folder.root / ".kelurahan.db.restore.tmp").exists()


def test_files_a_partly_copied_stick_lacks_are_counted(services: Services, admin: Actor, tmp_path: Path) -> None:
    services.attachments.put(PDF)
    services.attachments.put(PDF + b" halaman 2")
    archive_issued(services.folder.archive, ISSUED)
    usb = tmp_path / "usb"
    backup = services.backup.backup_to(admin, usb).path
    shutil.rmtree(usb / "attachments")
    new_pc = open_services(DataFolder(tmp_path / "pc-baru"), clock=services.clock)
    try:
        info = new_pc.backup.restore_from(SYSTEM, backup)
    finally:
        new_pc.close()
    assert info.files_missing == 2 and info.archive is not None and info.archive.copied == len(ISSUED)
    assert services.backup.restore_from(admin, backup).files_missing == 0  # this PC has them all


def test_a_failed_backup_leaves_nothing_that_looks_like_one(services: Services, admin: Actor, tmp_path: Path) -> None:
    archive_issued(services.folder.archive, ISSUED)
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "archive").write_bytes(b"")  # the archive cannot be copied there
    with pytest.raises(StoreError):
        services.backup.backup_to(admin, usb)
    assert backup_files(usb) == [] and list(usb.glob("*.manifest.json")) == []


def test_backups_named_under_a_wrong_clock_are_the_first_to_go(services: Services, clock: FixedClock) -> None:
    folder = services.folder.backups
    first = services.backup.auto_backup_if_due()
    clock.set(clock.now() + timedelta(days=365 * 5))  # the clock ran five years ahead for a day
    ahead = services.backup.auto_backup_if_due()
    clock.set(clock.now() - timedelta(days=365 * 5 - 1))
    back = services.backup.auto_backup_if_due()
    assert first is not None and ahead is not None and back is not None
    assert backup_files(folder, clock.local_now()) == [back.path, first.path, ahead.path]
    assert newest_good_backup(folder, clock.local_now()) == back.path

    clock.set(clock.now() - timedelta(days=365 * 16))  # a flat BIOS battery: back in 2010, with the keep full
    services.office.set_setting(SYSTEM, "backup_keep", 3)
    late = services.backup.auto_backup_if_due()
    assert late is not None and late.path.exists()  # kept, not pruned at once as the "oldest"
    assert backup_files(folder, clock.local_now())[0] == late.path and len(backup_files(folder)) == 3


def test_a_write_protected_stick_is_named_as_such() -> None:
    assert failure_code(OSError(errno.EROFS, "Read-only file system")) == "read_only"


def test_the_restore_command_says_which_changes_stay_behind_before_it_asks(
    services: Services,
    admin: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    backup = services.backup.backup_to(admin, tmp_path / "usb").path
    add_residents(services, 2, "Baru")
    services.close()
    monkeypatch.setattr("sys.stdin", io.StringIO("tidak\n"))
    assert main(["--data-dir", str(services.folder.root), "restore", str(backup)]) == 1
    captured = capsys.readouterr()
    assert "data yang sekarang\ndisimpan terpisah lebih dulu" in captured.out
    assert "2 perubahan yang dibuat sesudah cadangan ini tidak ikut dipulihkan" in captured.out
    assert "Pemulihan dibatalkan; data kantor tidak berubah." in captured.err
    assert resident_column(services.folder.database) == {"Baru 0", "Baru 1"}


def test_the_damage_found_is_named_in_one_line(tmp_path: Path) -> None:
    from kelurahan_desk.cli.store_messages import corrupt_message
    from kelurahan_desk.core.store.health import HealthReport

    found = "*** in database main ***\nTree 12 page 40 cell 3: " + "Rowid 9 out of order " * 30
    text = corrupt_message(StoreCorrupt(HealthReport(tmp_path / "kelurahan.db", False, (found, "lagi")), None))
    [line] = [line for line in text.splitlines() if "Temuan pertama" in line]
    assert line == "  Temuan pertama: *** in database main ***"
    long = corrupt_message(StoreCorrupt(HealthReport(tmp_path / "k.db", False, ("x" * 500,)), None))
    assert "x" * 160 + "…" in long and "x" * 161 not in long


def test_a_file_damaged_in_the_office_is_not_counted_as_left_off_the_stick(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    sha, _mime = services.attachments.put(PDF)
    (services.folder.attachments / sha[:2] / sha).write_bytes(b"%PDF rusak di disk kantor")  # same name, other bytes
    backup = services.backup.backup_to(admin, tmp_path / "usb")
    assert backup.attachments is not None and backup.attachments.damaged == (sha,)
    new_pc = open_services(DataFolder(tmp_path / "pc-baru"), clock=services.clock)
    try:
        info = new_pc.backup.restore_from(SYSTEM, backup.path)
    finally:
        new_pc.close()
    assert info.files_missing == 0  # already named as damaged when the backup was made; no stick brings it back

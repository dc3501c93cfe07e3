"""The Backup menu: a folder chooser, the backup in the background, and where it went."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.services.resident_checks import ResidentInput
from kelurahan_desk.ui.confirm_password_dialog import ConfirmPasswordDialog
from kelurahan_desk.ui.main_window import MainWindow
from kelurahan_desk.ui.view_context import ViewContext
from tests.conftest import ADMIN_PASSWORD
from tests.core.test_backup import newer_and_other_offices_copies
from tests.ui.conftest import answer_next_dialog, click_button


def choose_then_acknowledge(path: Path, told: list[list[str]]) -> Callable[[QDialog], None]:
    """For `answer_next_dialog`: picks `path` in the file dialog, then answers the message that follows
    with OK, its text kept in `told`."""

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))
        told.append(answer_next_dialog(click_button("OK")))
        dialog.accept()

    return choose


def back_up_from_the_menu(qtbot: QtBot, context: ViewContext, stick: Path) -> str:
    """Berkas → Cadangkan data… into `stick`; what the window says when it is done."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    stick.mkdir()
    told: list[list[str]] = []
    answer_next_dialog(choose_then_acknowledge(stick, told))
    window.backup.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(told and told[0]), timeout=10000)
    return told[0][0]


def test_backup_to_a_chosen_folder(qtbot: QtBot, context: ViewContext, tmp_path: Path) -> None:
    stick = tmp_path / "flashdisk"
    said = back_up_from_the_menu(qtbot, context, stick)
    backups = list(stick.glob("*.db"))
    assert len(backups) == 1
    assert said == f"Data sudah dicadangkan ke:\n{backups[0]}"


def test_a_backup_that_left_damaged_attachments_behind_says_so(
    qtbot: QtBot, context: ViewContext, tmp_path: Path
) -> None:
    sha, _mime = context.services.attachments.put(b"\x89PNG\r\n\x1a\n" + b"foto jalan" * 100)
    [stored] = [path for path in context.services.folder.attachments.rglob("*") if path.is_file() and sha in path.name]
    stored.write_bytes(b"rusak")
    said = back_up_from_the_menu(qtbot, context, tmp_path / "flashdisk")
    assert "1 berkas lampiran di folder data RUSAK dan tidak ikut dicadangkan." in said


def test_the_daily_backup_runs_after_sign_in_without_asking(qtbot: QtBot, context: ViewContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    backups = context.services.folder.backups
    window.backup.start_auto_backup(delay_ms=0)
    qtbot.waitUntil(lambda: bool(list(backups.glob("*.db"))), timeout=10000)
    [made] = list(backups.glob("*.db"))
    assert window.statusBar().currentMessage() == f"Cadangan otomatis harian dibuat: {made.name}"
    assert not window.backup.auto_backup_problem.isVisible()
    window.statusBar().clearMessage()
    window.backup.start_auto_backup(delay_ms=0)  # one a day: the second sign-in makes none
    qtbot.wait(50)
    assert list(backups.glob("*.db")) == [made] and window.statusBar().currentMessage() == ""


def test_a_failed_daily_backup_shows_in_the_status_bar_not_in_a_dialog(
    qtbot: QtBot, context: ViewContext, tmp_path: Path
) -> None:
    dialogs: list[str] = []
    context.runner.error_handler = lambda exc: dialogs.append(repr(exc))
    backups = context.services.folder.backups
    backups.rmdir()
    backups.write_bytes(b"not a folder")  # the backup cannot be written there
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.backup.start_auto_backup(delay_ms=0)
    problem = window.backup.auto_backup_problem
    qtbot.waitUntil(problem.isVisible, timeout=10000)
    assert problem.text() == (
        "Cadangan otomatis gagal: Gagal membaca atau menulis berkas (kesalahan disk). Tidak ada data yang berubah."
    )
    assert dialogs == [] and QApplication.activeModalWidget() is None
    assert window.isVisible()


def test_restore_from_the_menu_asks_twice_then_brings_the_backup_back_and_signs_out(
    qtbot: QtBot, context: ViewContext, admin: Actor, tmp_path: Path
) -> None:
    services = context.services
    services.residents.create(admin, ResidentInput("3273011003850002", "Asep Lama"))
    backup = services.backup.backup_to(admin, tmp_path / "flashdisk").path
    services.residents.create(admin, ResidentInput("3273015507900001", "Siti Baru"))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    seen: list[str] = []
    told: list[list[str]] = []

    def type_password(dialog: QDialog) -> None:
        assert isinstance(dialog, ConfirmPasswordDialog)
        seen.append(dialog.windowTitle())
        dialog.password.setText("salah-sekali")
        dialog.confirm_button.click()
        seen.append(dialog.error.text())
        dialog.password.setText(ADMIN_PASSWORD)
        told.extend([answer_next_dialog(click_button("OK"), within_ms=20000)])
        dialog.confirm_button.click()

    def agree(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        answer_next_dialog(type_password)
        click_button("Pulihkan")(dialog)

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(backup))
        answer_next_dialog(agree)
        dialog.accept()

    answer_next_dialog(choose)
    window.backup.restore_action.trigger()
    qtbot.waitUntil(lambda: window.did_restore, timeout=20000)
    described, warning = seen[0].split("\n\n")
    assert described.splitlines()[:2] == [f"Berkas: {backup.name}", "Kantor: Kelurahan Sukarasa (32.73.01.1001)"]
    assert re.fullmatch(r"Perubahan terakhir: \d{1,2} \w+ 20\d\d pukul \d\d\.\d\d WIB \(catatan audit no\. \d+\)",
                        described.splitlines()[2])  # fmt: skip
    assert seen[1:] == ["Konfirmasi kata sandi", "Kata sandi salah."]
    assert warning == (
        "Semua data akan diganti dengan isi cadangan ini. Data saat ini disimpan terpisah lebih dulu.\n"
        "1 perubahan yang dibuat sesudah cadangan ini tidak ikut dipulihkan; semuanya tetap ada di data lama yang "
        "disimpan terpisah.\nLanjutkan?"
    )
    [[result]] = told
    said, kept = result.split("\n\n")
    assert said == "Data sudah dipulihkan. Silakan masuk kembali."
    assert kept.startswith("Data sebelumnya disimpan sebagai:\n") and "before-restore" in kept
    assert window.did_log_out and not window.isVisible()
    database = services.folder.database
    con = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert [name for (name,) in con.execute("SELECT name FROM resident")] == ["Asep Lama"]
    finally:
        con.close()
    assert list(database.parent.glob("kelurahan.db.before-restore-*"))


def test_restore_refuses_another_offices_backup_before_asking_anything(
    qtbot: QtBot, context: ViewContext, admin: Actor, tmp_path: Path
) -> None:
    services = context.services
    backup = services.backup.backup_to(admin, tmp_path / "flashdisk").path
    _newer, other = newer_and_other_offices_copies(backup, tmp_path)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    told: list[list[str]] = []
    answer_next_dialog(choose_then_acknowledge(other, told))
    window.backup.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(told and told[0]), timeout=10000)
    assert "32.73.02.1005" in told[0][0] and "32.73.01.1001" in told[0][0]
    qtbot.wait(100)
    assert QApplication.activeModalWidget() is None  # neither the question nor the password was asked
    assert not window.did_restore and window.isVisible()
    assert [p.name for p in services.folder.root.iterdir() if "restore" in p.name] == []

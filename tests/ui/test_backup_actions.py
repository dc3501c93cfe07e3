"""The Backup menu: a folder chooser, the backup in the background, and where it went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from kelurahan_desk.ui.main_window import MainWindow
from kelurahan_desk.ui.view_context import ViewContext
from tests.ui.conftest import answer_next_dialog, click_button


def test_backup_to_a_chosen_folder(qtbot: QtBot, context: ViewContext, tmp_path: Path) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    told: list[list[str]] = []

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(stick))
        told.append(answer_next_dialog(click_button("OK")))
        dialog.accept()

    answer_next_dialog(choose)
    window.backup.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(told and told[0]), timeout=10000)
    backups = list(stick.glob("*.db"))
    assert len(backups) == 1
    assert told[0][0] == f"Data sudah dicadangkan ke:\n{backups[0]}"


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

"""The Backup menu: a folder chooser, the backup in the background, and where it went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit
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

"""Errors: expected ones as a short message, unexpected ones logged to the data folder and shown in full."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.ui.error_dialog import ExceptHook, UnexpectedErrorDialog, configure_error_log, log, show_error
from tests.ui.conftest import answer_next_dialog, screenshot


def boom() -> None:
    raise RuntimeError("rusak di dalam")


def test_unexpected_exception_is_logged_and_shown_with_details_to_copy(qtbot: QtBot, tmp_path: Path) -> None:
    log_path = configure_error_log(tmp_path / "logs")
    assert configure_error_log(tmp_path / "logs") == log_path  # once is enough
    hook = ExceptHook()
    shown: list[UnexpectedErrorDialog] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, UnexpectedErrorDialog)
        shown.append(dialog)
        screenshot(dialog, "unexpected-error")
        dialog.copy_button.click()
        dialog.reject()

    answer_next_dialog(look)
    try:
        boom()
    except RuntimeError:
        hook(*sys.exc_info())  # type: ignore[arg-type]
    assert shown and "RuntimeError: rusak di dalam" in shown[0].text.toPlainText()
    assert "RuntimeError: rusak di dalam" in QGuiApplication.clipboard().text()
    for handler in log.handlers:
        handler.flush()
    written = log_path.read_text(encoding="utf-8")
    assert "uncaught exception" in written and "in boom" in written


def test_expected_errors_get_the_short_message_beside_the_window(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    show_error(window, ValidationError("kk", "kk_duplicate"))
    boxes = window.findChildren(QMessageBox)
    assert [box.text() for box in boxes] == ["Nomor KK ini sudah terdaftar."]
    boxes[0].close()


def test_a_read_that_meets_a_damaged_store_is_told_plainly(qtbot: QtBot, tmp_path: Path) -> None:
    import sqlite3

    damaged = tmp_path / "rusak.db"
    damaged.write_bytes(b"bukan basis data SQLite" * 200)
    with pytest.raises(sqlite3.DatabaseError) as raised:
        sqlite3.connect(damaged).execute("SELECT 1 FROM sqlite_master").fetchone()
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    show_error(window, raised.value)  # as a list's background read hands it to the window
    boxes = window.findChildren(QMessageBox)
    assert [box.text() for box in boxes] == ["Berkas data kantor rusak. Pulihkan dari cadangan yang baik."]
    assert not window.findChildren(UnexpectedErrorDialog)
    boxes[0].close()
    show_error(window, ValueError("malformed JSON"))  # not the store: still the full dialog with details
    assert window.findChildren(UnexpectedErrorDialog)

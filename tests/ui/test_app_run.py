"""The whole start: first-run setup, the window, signing out, signing in again, closing."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWizard

from kelurahan_desk import app
from kelurahan_desk.ui import backup_actions
from kelurahan_desk.ui.login_dialog import LoginDialog
from kelurahan_desk.ui.main_window import MainWindow
from kelurahan_desk.ui.setup_wizard import SetupWizard
from tests.ui.conftest import answer_next_dialog


def when_window_shows(act: Callable[[MainWindow], None]) -> None:
    def poll() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows:
            act(windows[0])
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def finish_setup(dialog: QDialog) -> None:
    assert isinstance(dialog, SetupWizard)
    dialog.next()
    page = dialog.admin_page
    page.username.setText("admin")
    page.full_name.setText("Administrator Kantor")
    page.password.setText("rahasia-admin-1")
    page.password_again.setText("rahasia-admin-1")
    dialog.next()
    dialog.region_page.identity.fill(
        {
            "code": "32.73.01.1001",
            "province_name": "Jawa Barat",
            "city_name": "Bandung",
            "district_name": "Sukasari",
            "village_name": "Sukarasa",
        }
    )
    dialog.next()
    dialog.next()
    dialog.button(QWizard.WizardButton.FinishButton).click()


def sign_in(dialog: QDialog) -> None:
    assert isinstance(dialog, LoginDialog)
    assert dialog.username.text() == "admin"  # remembered from the first session
    dialog.password.setText("rahasia-admin-1")
    dialog.attempt()


def test_first_run_then_sign_out_and_in_again(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setattr(app, "default_root", lambda: tmp_path / "user-data")
    titles: list[str] = []

    def second_window(window: MainWindow) -> None:
        titles.append(window.windowTitle())
        window.close()

    def first_window(window: MainWindow) -> None:
        titles.append(window.windowTitle())
        answer_next_dialog(sign_in)
        window.logout()
        when_window_shows(second_window)

    answer_next_dialog(finish_setup)
    when_window_shows(first_window)
    assert app.run(str(tmp_path / "office")) == 0
    assert titles == ["Kelurahan Desk — Kelurahan Sukarasa"] * 2
    assert gc.isenabled()  # off only while starting
    assert (tmp_path / "office" / "logs" / "kelurahan-desk.log").exists()


def test_the_daily_backup_is_made_in_the_background_after_sign_in(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setattr(app, "default_root", lambda: tmp_path / "user-data")
    monkeypatch.setattr(backup_actions, "AUTO_BACKUP_DELAY_MS", 0)
    backups = tmp_path / "office" / "backups"
    seen: list[str] = []

    def when_backed_up(window: MainWindow) -> None:
        message = window.statusBar().currentMessage()
        if message.startswith("Cadangan otomatis"):
            seen.append(message)
            window.close()
        else:
            QTimer.singleShot(20, lambda: when_backed_up(window))

    answer_next_dialog(finish_setup)
    when_window_shows(when_backed_up)
    assert app.run(str(tmp_path / "office")) == 0
    [made] = list(backups.glob("kelurahan-*.db"))
    assert seen == [f"Cadangan otomatis harian dibuat: {made.name}"]

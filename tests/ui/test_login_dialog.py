"""Sign-in: a wrong password says so, the slow-down says how long to wait, the right password gets in."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from kelurahan_desk.composition import Services
from kelurahan_desk.core.clock import FixedClock
from kelurahan_desk.core.services.permissions import Actor, Role
from kelurahan_desk.ui.confirm_password_dialog import ConfirmPasswordDialog
from kelurahan_desk.ui.login_dialog import LAST_USER_KEY, LoginDialog
from tests.conftest import ADMIN_PASSWORD
from tests.ui.conftest import screenshot


def make_dialog(qtbot: QtBot, services: Services, settings: QSettings) -> LoginDialog:
    dialog = LoginDialog(services.accounts, settings, "Kelurahan Sukarasa")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_wrong_password_then_right_one(qtbot: QtBot, services: Services, admin: Actor, settings: QSettings) -> None:
    dialog = make_dialog(qtbot, services, settings)
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "salah-sekali")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.error.text() == "Nama pengguna atau kata sandi salah."
    assert not dialog.error.isHidden()
    assert dialog.result() != LoginDialog.DialogCode.Accepted
    assert dialog.password.text() == ""
    screenshot(dialog, "login-wrong-password")

    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.role == Role.ADMINISTRATOR
    assert settings.value(LAST_USER_KEY) == "admin"


def test_repeated_failures_ask_to_wait_and_block_the_button(
    qtbot: QtBot, services: Services, admin: Actor, settings: QSettings
) -> None:
    dialog = make_dialog(qtbot, services, settings)
    dialog.username.setText("admin")
    for _ in range(4):
        dialog.password.setText("bukan-ini")
        dialog.attempt()
    assert "Terlalu banyak percobaan, coba lagi dalam 2 detik" in dialog.error.text()
    assert not dialog.sign_in.isEnabled()
    screenshot(dialog, "login-slow-down")
    dialog.password.setText(ADMIN_PASSWORD)
    dialog.attempt()  # ignored while waiting
    assert dialog.actor is None
    qtbot.waitUntil(dialog.sign_in.isEnabled, timeout=4000)
    assert dialog.error.text() == "Silakan coba lagi."


def test_last_user_name_is_remembered(qtbot: QtBot, services: Services, admin: Actor, settings: QSettings) -> None:
    settings.setValue(LAST_USER_KEY, "admin")
    dialog = make_dialog(qtbot, services, settings)
    assert dialog.username.text() == "admin"


def test_confirm_password_dialog_accepts_only_the_own_password(qtbot: QtBot, services: Services, admin: Actor) -> None:
    dialog = ConfirmPasswordDialog(services.accounts, admin, "Menandatangani surat perlu kata sandi Anda.")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText("keliru-123")
    dialog.attempt()
    assert dialog.error.text() == "Kata sandi salah."
    assert dialog.result() != ConfirmPasswordDialog.DialogCode.Accepted
    screenshot(dialog, "confirm-password")
    dialog.password.setText(ADMIN_PASSWORD)
    dialog.attempt()
    assert dialog.result() == ConfirmPasswordDialog.DialogCode.Accepted


def test_confirm_password_dialog_counts_the_wait_down(
    qtbot: QtBot, services: Services, admin: Actor, clock: FixedClock
) -> None:
    dialog = ConfirmPasswordDialog(services.accounts, admin, "Pemulihan data perlu kata sandi Anda.")
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(3):
        dialog.password.setText("keliru-123")
        dialog.attempt()
    assert dialog.error.text() == "Kata sandi salah. Terlalu banyak percobaan, coba lagi dalam 2 detik."
    assert not dialog.confirm_button.isEnabled()
    screenshot(dialog, "confirm-password-wait")

    dialog.password.setText(ADMIN_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # not tried while waiting
    assert dialog.result() != ConfirmPasswordDialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: "dalam 1 detik" in dialog.error.text(), timeout=3000)
    assert not dialog.confirm_button.isEnabled()
    qtbot.waitUntil(dialog.confirm_button.isEnabled, timeout=3000)
    assert dialog.error.isHidden() and dialog.error.text() == ""

    clock.advance(timedelta(seconds=2))
    dialog.password.setText(ADMIN_PASSWORD)
    dialog.confirm_button.click()
    assert dialog.result() == ConfirmPasswordDialog.DialogCode.Accepted

"""Sign-in. After too many failures it says how long to wait and keeps the button off until then."""

from __future__ import annotations

import math

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.errors import AuthError
from kelurahan_desk.core.services.accounts import AccountService
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.ui.confirm_password_dialog import password_field
from kelurahan_desk.ui.error_messages import message_for
from kelurahan_desk.ui.form_errors import error_label, grow_to_fit
from kelurahan_desk.ui.label_look import set_heading

LAST_USER_KEY = "login/last_user"


class LoginDialog(QDialog):
    def __init__(
        self,
        accounts: AccountService,
        settings: QSettings,
        office_title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._settings = settings
        self._wait_left = 0
        self._wait_prefix = ""
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Masuk — Kelurahan Desk"))
        self.setMinimumWidth(440)

        heading = QLabel(office_title or "Kelurahan Desk")
        set_heading(heading, 15)
        hint = QLabel(self.tr("Masukkan nama pengguna dan kata sandi Anda."))
        self.username = QLineEdit()
        self.username.setMaxLength(64)
        self.password = password_field()
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Nama pengguna"), self.username)
        form.addRow(self.tr("&Kata sandi"), self.password)
        form.addRow("", self.error)

        buttons = QDialogButtonBox()
        self.sign_in = QPushButton(self.tr("Masuk"))
        self.sign_in.setDefault(True)
        buttons.addButton(self.sign_in, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole).setAutoDefault(False)
        self.sign_in.clicked.connect(self.attempt)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

        last = str(settings.value(LAST_USER_KEY, "") or "")
        self.username.setText(last)
        (self.password if last else self.username).setFocus()

    def attempt(self) -> None:
        if self._wait_left > 0:
            return
        if not self.username.text().strip():
            self._show(self.tr("Isi nama pengguna."))
            self.username.setFocus()
            return
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            self.actor = self._accounts.login(self.username.text(), self.password.text())
        except AuthError as exc:
            self._failed(exc)
            return
        finally:
            self.unsetCursor()
        self._settings.setValue(LAST_USER_KEY, self.actor.username)
        self.accept()

    def _failed(self, exc: AuthError) -> None:
        self.password.clear()
        self.password.setFocus()
        if exc.retry_after_s <= 0:
            self._show(message_for(exc))
            return
        self._wait_left = math.ceil(exc.retry_after_s)
        self._wait_prefix = "" if exc.code == "locked" else message_for(AuthError(exc.code)) + " "
        self.sign_in.setEnabled(False)
        self._countdown.start()
        self._show_wait()

    def _show_wait(self) -> None:
        self._show(self._wait_prefix + message_for(AuthError("locked", self._wait_left)))

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left > 0:
            self._show_wait()
            return
        self._countdown.stop()
        self.sign_in.setEnabled(True)
        self._show(self.tr("Silakan coba lagi."))

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
        grow_to_fit(self.error)

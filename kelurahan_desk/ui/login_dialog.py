"""Sign-in. After too many failures it says how long to wait and keeps the button off until then."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
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
from kelurahan_desk.ui.form_errors import error_label
from kelurahan_desk.ui.label_look import set_heading
from kelurahan_desk.ui.retry_countdown import RetryCountdown

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

        self._countdown = RetryCountdown(self.sign_in, self.error)
        self._countdown.finished.connect(self._wait_over)

        last = str(settings.value(LAST_USER_KEY, "") or "")
        self.username.setText(last)
        (self.password if last else self.username).setFocus()

    def attempt(self) -> None:
        if self._countdown.waiting:
            return
        if not self.username.text().strip():
            self._countdown.show(self.tr("Isi nama pengguna."))
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
        self._countdown.failed(exc)

    def _wait_over(self) -> None:
        self._countdown.show(self.tr("Silakan coba lagi."))

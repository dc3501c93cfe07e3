"""The idle lock's screen: an opaque, application-modal window over the main window that only the same
person's password opens; "Ganti pengguna" signs out instead (see `idle_lock.IdleLock`)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kelurahan_desk.core.services.accounts import AccountService
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.ui.confirm_password_dialog import password_accepted, password_field
from kelurahan_desk.ui.form_errors import error_label
from kelurahan_desk.ui.retry_countdown import RetryCountdown


class LockScreen(QWidget):
    unlocked = Signal()
    switch_user = Signal()

    def __init__(self, accounts: AccountService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self._accounts = accounts
        self._actor = actor
        self._may_close = False
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAutoFillBackground(True)
        self.setStyleSheet("LockScreen { background: #1f3b57; } QLabel { color: white; }")
        self.setWindowTitle(self.tr("Layar terkunci"))

        title = QLabel(self.tr("Layar terkunci"))
        title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        who = QLabel(
            self.tr("Digunakan oleh {name} ({username}). Masukkan kata sandi untuk membuka.").format(
                name=actor.full_name, username=actor.username
            )
        )
        who.setWordWrap(True)
        self.password = password_field()
        self.password.setMinimumWidth(260)
        self.error = error_label()
        self.error.setStyleSheet("color: #ffb4b4;")  # the screen's own sheet would make it white
        self.open_button = QPushButton(self.tr("Buka kunci"))
        self.open_button.setDefault(True)
        self.switch_button = QPushButton(self.tr("Ganti pengguna"))
        self.countdown = RetryCountdown(self.open_button, self.error)
        form = QFormLayout()
        password_label = QLabel(self.tr("&Kata sandi"))
        password_label.setBuddy(self.password)
        form.addRow(password_label, self.password)
        form.addRow("", self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.switch_button)

        panel = QWidget()
        panel.setMaximumWidth(520)
        inner = QVBoxLayout(panel)
        inner.addWidget(title)
        inner.addWidget(who)
        inner.addLayout(form)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.open_button.clicked.connect(self.attempt)
        self.password.returnPressed.connect(self.attempt)
        self.switch_button.clicked.connect(self._switch)

    def attempt(self) -> None:
        if password_accepted(self._accounts, self._actor, self.password, self.countdown):
            self._finish()
            self.unlocked.emit()

    def _switch(self) -> None:
        self._finish()
        self.switch_user.emit()

    def _finish(self) -> None:
        self._may_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            event.accept()
        else:
            event.ignore()

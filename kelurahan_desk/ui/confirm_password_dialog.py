"""The password asked again before signing, approving or restoring: `confirm_password(...)`."""

from __future__ import annotations

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
from kelurahan_desk.ui.form_errors import error_label
from kelurahan_desk.ui.retry_countdown import RetryCountdown


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(200)
    return field


def password_accepted(accounts: AccountService, actor: Actor, field: QLineEdit, countdown: RetryCountdown) -> bool:
    """Whether the typed password is the actor's; when not, the field is cleared and `countdown` says why
    (and counts down the wait). Nothing is tried while a wait is counted down."""
    if countdown.waiting:
        return False
    try:
        accounts.confirm_password(actor, field.text())
    except AuthError as exc:
        field.clear()
        countdown.failed(exc)
        return False
    return True


class ConfirmPasswordDialog(QDialog):
    """Accepted only when the signed-in person typed their own password."""

    def __init__(self, accounts: AccountService, actor: Actor, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._actor = actor
        self.setWindowTitle(self.tr("Konfirmasi kata sandi"))
        self.setMinimumWidth(400)
        explanation = QLabel(reason or self.tr("Masukkan kata sandi Anda untuk melanjutkan."))
        explanation.setWordWrap(True)
        self.password = password_field()
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Pengguna"), QLabel(f"{actor.full_name} ({actor.username})"))
        form.addRow(self.tr("&Kata sandi"), self.password)
        form.addRow("", self.error)
        buttons = QDialogButtonBox()
        self.confirm_button = QPushButton(self.tr("Konfirmasi"))
        self.confirm_button.setDefault(True)
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole).setAutoDefault(False)
        self.confirm_button.clicked.connect(self.attempt)
        self.countdown = RetryCountdown(self.confirm_button, self.error)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.password.setFocus()

    def attempt(self) -> None:
        if password_accepted(self._accounts, self._actor, self.password, self.countdown):
            self.accept()


def confirm_password(parent: QWidget | None, accounts: AccountService, actor: Actor, reason: str = "") -> bool:
    """True when the signed-in person typed their password again."""
    return ConfirmPasswordDialog(accounts, actor, reason, parent).exec() == QDialog.DialogCode.Accepted

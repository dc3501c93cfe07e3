"""Dialogs of the accounts view: a new account, its name, NIP and title, a new password, another role.

Each takes a `submit` callable that calls the service; its `ValidationError` appears beside the field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.accounts import AccountDetails, AccountView, NewAccount
from kelurahan_desk.core.services.permissions import Role
from kelurahan_desk.ui.confirm_password_dialog import password_field
from kelurahan_desk.ui.form_errors import FieldErrors
from kelurahan_desk.ui.role_names import role_title


def role_box(selected: Role = Role.FRONT_DESK) -> QComboBox:
    box = QComboBox()
    for role in Role:
        box.addItem(role_title(role), role)
    box.setCurrentIndex(box.findData(selected))
    return box


class _SubmitDialog(QDialog):
    """A form with Save/Cancel whose Save calls `self.submit()`; errors stay beside the fields."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(QDialogButtonBox.tr("Simpan"))
        self.save_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(QCoreApplication.translate("AccountDialogs", "Batal"))
        cancel.setAutoDefault(False)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)

    def finish_layout(self) -> None:
        self.form.addRow(self.errors.general)
        self.layout_.addWidget(self.buttons)

    def submit(self) -> None:
        raise NotImplementedError

    def _save(self) -> None:
        self.errors.clear()
        if self.errors.show_missing():
            return
        try:
            self.submit()
        except ValidationError as exc:
            self.errors.show(exc)
            return
        self.accept()


class NewAccountDialog(_SubmitDialog):
    def __init__(self, create: Callable[[NewAccount], object], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Akun baru"), parent)
        self._create = create
        self.username = QLineEdit()
        self.username.setMaxLength(64)
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(100)
        self.role = role_box()
        self.password = password_field()
        self.password_again = password_field()
        self.nip = QLineEdit()
        self.nip.setMaxLength(21)
        self.title = QLineEdit()
        self.title.setMaxLength(100)
        self.errors.add_row(self.form, "username", self.tr("&Nama pengguna"), self.username)
        self.errors.add_row(self.form, "full_name", self.tr("Nama &lengkap"), self.full_name)
        self.errors.add_row(self.form, "role", self.tr("&Peran"), self.role)
        self.errors.add_row(self.form, "password", self.tr("&Kata sandi awal"), self.password)
        self.errors.add_row(self.form, "password_again", self.tr("&Ulangi kata sandi"), self.password_again)
        self.errors.add_row(self.form, "nip", self.tr("NIP (bila ada)"), self.nip)
        self.errors.add_row(self.form, "title", self.tr("&Jabatan"), self.title)
        self.errors.require("username", "full_name", "password", "password_again")
        hint = QLabel(self.tr("Minta pemilik akun mengganti kata sandinya setelah masuk pertama kali."))
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.finish_layout()

    def submit(self) -> None:
        if self.password.text() != self.password_again.text():
            raise ValidationError("password_again", "passwords_differ")
        self._create(
            NewAccount(
                self.username.text(),
                self.full_name.text(),
                self.role.currentData(),
                self.password.text(),
                "".join(self.nip.text().split()),
                self.title.text().strip(),
            )
        )


class AccountDetailsDialog(_SubmitDialog):
    """Corrects the name, NIP and title that print on the letters this account drafts, verifies or signs."""

    def __init__(
        self, account: AccountView, change: Callable[[AccountDetails], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Ubah data akun"), parent)
        self._change = change
        self.form.addRow(self.tr("Nama pengguna"), QLabel(account.username))
        self.full_name = QLineEdit(account.full_name)
        self.full_name.setMaxLength(100)
        self.nip = QLineEdit(account.nip)
        self.nip.setMaxLength(21)
        self.title = QLineEdit(account.title)
        self.title.setMaxLength(100)
        self.errors.add_row(self.form, "full_name", self.tr("Nama &lengkap"), self.full_name)
        self.errors.add_row(self.form, "nip", self.tr("NIP (bila ada)"), self.nip)
        self.errors.add_row(self.form, "title", self.tr("&Jabatan"), self.title)
        self.errors.require("full_name")
        hint = QLabel(self.tr("Nama, NIP dan jabatan ini tercetak pada surat; surat yang sudah terbit tidak berubah."))
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.finish_layout()

    def submit(self) -> None:
        self._change(AccountDetails(self.full_name.text(), "".join(self.nip.text().split()), self.title.text()))


class ResetPasswordDialog(_SubmitDialog):
    def __init__(self, who: str, reset: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Atur ulang kata sandi"), parent)
        self._reset = reset
        self.form.addRow(self.tr("Akun"), QLabel(who))
        self.password = password_field()
        self.password_again = password_field()
        self.errors.add_row(self.form, "password", self.tr("Kata sandi &baru"), self.password)
        self.errors.add_row(self.form, "password_again", self.tr("&Ulangi kata sandi"), self.password_again)
        self.errors.require("password", "password_again")
        self.finish_layout()

    def submit(self) -> None:
        if self.password.text() != self.password_again.text():
            raise ValidationError("password_again", "passwords_differ")
        self._reset(self.password.text())


class ChangeRoleDialog(_SubmitDialog):
    def __init__(
        self, who: str, current: Role, change: Callable[[Role], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Ubah peran"), parent)
        self._change = change
        self.form.addRow(self.tr("Akun"), QLabel(who))
        self.role = role_box(current)
        self.errors.add_row(self.form, "role", self.tr("&Peran"), self.role)
        self.finish_layout()

    def submit(self) -> None:
        self._change(self.role.currentData())

"""Accounts (administrator only): list, create, correct name/NIP/title, disable or enable, reset a password,
change a role."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.errors import DeskError
from kelurahan_desk.core.services.accounts import AccountView
from kelurahan_desk.ui.account_dialogs import (
    AccountDetailsDialog,
    ChangeRoleDialog,
    NewAccountDialog,
    ResetPasswordDialog,
)
from kelurahan_desk.ui.error_dialog import show_error
from kelurahan_desk.ui.message_boxes import ask
from kelurahan_desk.ui.role_names import role_title
from kelurahan_desk.ui.view_context import ACCOUNTS, ViewContext


class AccountsView(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._accounts: list[AccountView] = []
        heading = QLabel(self.tr("Akun pengguna"))
        heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.table = QTableWidget(0, 5)
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nama pengguna"), self.tr("Nama lengkap"), self.tr("Peran"), self.tr("Status"), self.tr("Jabatan")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.new_button = QPushButton(self.tr("Akun &baru…"))
        self.details_button = QPushButton(self.tr("Ubah &data…"))
        self.active_button = QPushButton(self.tr("&Nonaktifkan"))
        self.password_button = QPushButton(self.tr("Atur ulang &kata sandi…"))
        self.role_button = QPushButton(self.tr("Ubah &peran…"))
        buttons = QHBoxLayout()
        chosen_row_buttons = (self.details_button, self.active_button, self.password_button, self.role_button)
        for button in (self.new_button, *chosen_row_buttons):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.new_button.clicked.connect(self.create_account)
        self.details_button.clicked.connect(self.change_details)
        self.table.doubleClicked.connect(lambda _index: self.change_details())
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button.clicked.connect(self.reset_password)
        self.role_button.clicked.connect(self.change_role)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        context.notices.changed.connect(lambda topic: self.reload() if topic == ACCOUNTS else None)
        self.reload()

    def focus_first(self) -> None:
        self.table.setFocus()

    def reload(self) -> None:
        chosen = self.selected()
        try:
            self._accounts = self._context.services.accounts.list_accounts(self._context.actor)
        except DeskError as exc:
            show_error(self, exc)
            return
        self.table.setRowCount(len(self._accounts))
        for row, account in enumerate(self._accounts):
            cells = (
                account.username,
                account.full_name,
                role_title(account.role),
                self.tr("Aktif") if account.active else self.tr("Nonaktif"),
                account.title,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if chosen is not None and account.id == chosen.id:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> AccountView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self._accounts[rows[0].row()] if rows and rows[0].row() < len(self._accounts) else None

    def _update_buttons(self) -> None:
        account = self.selected()
        for button in (self.details_button, self.active_button, self.password_button, self.role_button):
            button.setEnabled(account is not None)
        if account is not None and account.username == self._context.actor.username:
            self.active_button.setEnabled(False)  # the service refuses it too: no one locks themselves out
        self.active_button.setText(
            self.tr("&Aktifkan") if account is not None and not account.active else self.tr("&Nonaktifkan")
        )

    def _changed(self) -> None:
        self._context.notices.notify(ACCOUNTS)

    def create_account(self) -> None:
        services, actor = self._context.services, self._context.actor
        if NewAccountDialog(lambda new: services.accounts.create_account(actor, new), self).exec():
            self._changed()

    def change_details(self) -> None:
        account = self.selected()
        if account is None:
            return
        services, actor = self._context.services, self._context.actor
        dialog = AccountDetailsDialog(
            account, lambda details: services.accounts.change_details(actor, account.id, details), self
        )
        if dialog.exec():
            self._changed()

    def toggle_active(self) -> None:
        account = self.selected()
        if account is None:
            return
        if account.active and not ask(
            self,
            self.tr("Nonaktifkan akun"),
            self.tr("Akun {name} tidak akan bisa masuk lagi sampai diaktifkan kembali. Lanjutkan?").format(
                name=account.username
            ),
        ):
            return
        services, actor = self._context.services, self._context.actor
        self._run(lambda: services.accounts.set_active(actor, account.id, not account.active))

    def reset_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        services, actor = self._context.services, self._context.actor
        dialog = ResetPasswordDialog(
            f"{account.full_name} ({account.username})",
            lambda password: services.accounts.reset_password(actor, account.id, password),
            self,
        )
        if dialog.exec():
            self._changed()

    def change_role(self) -> None:
        account = self.selected()
        if account is None:
            return
        services, actor = self._context.services, self._context.actor
        dialog = ChangeRoleDialog(
            f"{account.full_name} ({account.username})",
            account.role,
            lambda role: services.accounts.change_role(actor, account.id, role),
            self,
        )
        if dialog.exec():
            self._changed()

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except DeskError as exc:
            show_error(self, exc)
            return
        self._changed()

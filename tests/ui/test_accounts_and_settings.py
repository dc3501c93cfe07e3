"""Accounts admin (create, disable, reset, role) and the settings dialog (language, idle lock, office, password)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from kelurahan_desk.core.errors import AuthError, ValidationError
from kelurahan_desk.core.services.accounts import NewAccount
from kelurahan_desk.core.services.permissions import Actor, Role
from kelurahan_desk.ui.account_dialogs import (
    AccountDetailsDialog,
    ChangeRoleDialog,
    NewAccountDialog,
    ResetPasswordDialog,
)
from kelurahan_desk.ui.accounts_view import AccountsView
from kelurahan_desk.ui.settings_dialog import IDLE_KEY, SettingsDialog
from kelurahan_desk.ui.translations import saved_language
from kelurahan_desk.ui.view_context import ViewContext
from tests.conftest import ADMIN_PASSWORD
from tests.ui.conftest import answer_next_dialog, click_button, screenshot


@pytest.fixture
def view(qtbot: QtBot, context: ViewContext) -> AccountsView:
    widget = AccountsView(context)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    return widget


def usernames(view: AccountsView) -> list[str]:
    return [view.table.item(row, 0).text() for row in range(view.table.rowCount())]


def test_administrator_creates_a_user(qtbot: QtBot, view: AccountsView, context: ViewContext) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, NewAccountDialog)
        dialog.save_button.click()
        required = ("username", "full_name", "password", "password_again")
        assert [dialog.errors.error_text(field) for field in required] == ["Wajib diisi."] * 4
        assert dialog.errors.error_text("nip") == ""
        dialog.username.setText("rina")
        dialog.full_name.setText("Rina Kartika")
        dialog.role.setCurrentIndex(dialog.role.findData(Role.FRONT_DESK))
        dialog.password.setText("pendek")
        dialog.password_again.setText("pendek")
        dialog.save_button.click()
        assert dialog.errors.error_text("password") == "Kata sandi paling sedikit 8 karakter."
        screenshot(dialog, "account-new-error")
        dialog.password.setText("rahasia-rina-1")
        dialog.password_again.setText("rahasia-rina-1")
        dialog.save_button.click()

    seen = answer_next_dialog(fill)
    view.new_button.click()
    assert seen == ["Akun baru"]
    assert usernames(view) == ["admin", "rina"]
    assert view.table.item(1, 2).text() == "Petugas layanan"
    assert context.services.accounts.login("rina", "rahasia-rina-1").role == Role.FRONT_DESK
    screenshot(view, "accounts-view")


def test_disable_reset_and_change_role(qtbot: QtBot, view: AccountsView, context: ViewContext, admin: Actor) -> None:
    context.services.accounts.create_account(
        admin, NewAccount("rina", "Rina Kartika", Role.FRONT_DESK, "rahasia-rina-1")
    )
    context.notices.notify("accounts")
    view.table.selectRow(1)
    answer_next_dialog(click_button("Ya"))
    view.active_button.click()
    assert view.table.item(1, 3).text() == "Nonaktif"
    assert view.active_button.text().replace("&", "") == "Aktifkan"
    with pytest.raises(AuthError):
        context.services.accounts.login("rina", "rahasia-rina-1")
    view.active_button.click()
    assert view.table.item(1, 3).text() == "Aktif"

    def reset(dialog: QDialog) -> None:
        assert isinstance(dialog, ResetPasswordDialog)
        dialog.password.setText("sandi-baru-rina")
        dialog.password_again.setText("sandi-baru-rina")
        dialog.save_button.click()

    answer_next_dialog(reset)
    view.password_button.click()
    assert context.services.accounts.login("rina", "sandi-baru-rina").username == "rina"

    def promote(dialog: QDialog) -> None:
        assert isinstance(dialog, ChangeRoleDialog)
        dialog.role.setCurrentIndex(dialog.role.findData(Role.LURAH))
        dialog.save_button.click()

    answer_next_dialog(promote)
    view.role_button.click()
    assert view.table.item(1, 2).text() == "Lurah"


def test_correct_an_accounts_name_nip_and_title(
    qtbot: QtBot, view: AccountsView, context: ViewContext, admin: Actor
) -> None:
    context.services.accounts.create_account(admin, NewAccount("rina", "Rina Kartka", Role.VERIFIER, "rahasia-rina-1"))
    context.notices.notify("accounts")
    assert not view.details_button.isEnabled()
    view.table.selectRow(1)

    def correct(dialog: QDialog) -> None:
        assert isinstance(dialog, AccountDetailsDialog)
        assert dialog.full_name.text() == "Rina Kartka"
        dialog.full_name.clear()
        dialog.nip.setText("12345")
        dialog.save_button.click()
        assert dialog.errors.error_text("full_name") == "Wajib diisi."
        dialog.full_name.setText("Rina Kartika")
        dialog.save_button.click()
        assert dialog.errors.error_text("nip") != "" and dialog.isVisible()
        screenshot(dialog, "account-details-error")
        dialog.nip.setText("19850312 201001 2 003")
        dialog.title.setText("Kasi Pemerintahan")
        dialog.save_button.click()

    seen = answer_next_dialog(correct)
    view.details_button.click()
    assert seen == ["Ubah data akun"]
    assert [view.table.item(1, column).text() for column in (0, 1, 4)] == ["rina", "Rina Kartika", "Kasi Pemerintahan"]
    assert context.services.accounts.list_accounts(admin)[1].nip == "198503122010012003"
    opened = answer_next_dialog(lambda dialog: dialog.reject())
    cell = view.table.visualRect(view.table.model().index(1, 1)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert opened == ["Ubah data akun"]


def test_the_administrator_cannot_disable_themself(qtbot: QtBot, view: AccountsView, context: ViewContext) -> None:
    view.table.selectRow(0)
    assert view.table.item(0, 0).text() == context.actor.username
    assert not view.active_button.isEnabled() and view.password_button.isEnabled()
    assert view.table.item(0, 3).text() == "Aktif"
    with pytest.raises(ValidationError) as refused:  # and the service, whatever the window allows
        context.services.accounts.set_active(context.actor, context.actor.account_id, False)
    assert refused.value.code == "cannot_disable_self"


def test_settings_save_language_idle_minutes_and_office(qtbot: QtBot, context: ViewContext) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    heard: list[str] = []
    context.notices.changed.connect(heard.append)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.idle_minutes.setValue(5)
    dialog.details.lurah_name.setText("Hj. Euis Rohayati, S.IP.")
    answer_next_dialog(click_button("OK"))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert saved_language(context.settings) == "en"
    assert context.services.office.setting("idle_lock_minutes") == 5
    profile = context.services.office.profile()
    assert profile is not None and profile.lurah_name == "Hj. Euis Rohayati, S.IP."
    assert heard == ["settings", "office"]


def test_settings_keep_the_daily_backups_the_office_wants(qtbot: QtBot, context: ViewContext) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.auto_backup.isChecked() and dialog.backup_keep.value() == 14
    dialog.backup_keep.setValue(30)
    screenshot(dialog, "settings-backups")
    dialog.save()
    assert context.services.office.setting("backup_keep") == 30
    assert context.services.office.setting("auto_backup_daily") is True

    again = SettingsDialog(context)
    qtbot.addWidget(again)
    again.show()
    assert again.backup_keep.value() == 30
    again.auto_backup.click()
    assert not again.backup_keep.isEnabled()  # nothing to keep when none are made
    again.save()
    assert context.services.office.setting("auto_backup_daily") is False
    assert context.services.backup.auto_backup_if_due() is None


def test_settings_show_errors_on_their_tab(qtbot: QtBot, context: ViewContext) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.details.lurah_nip.setText("123")
    dialog.details.email.setText("kantor@")
    dialog.identity.province_name.clear()
    dialog.idle_minutes.setValue(25)
    dialog.old_password.setText(ADMIN_PASSWORD)
    dialog.new_password.setText("sandi-lain-admin")
    dialog.new_password_again.setText("sandi-lain-admin")
    dialog.save()
    assert dialog.tabs.currentIndex() == dialog.office_tab
    assert dialog.details.errors.error_text("lurah_nip") == "NIP harus tepat 18 angka."
    assert dialog.details.errors.error_text("email") == "Alamat email tidak valid."  # every problem at once
    assert dialog.identity.errors.error_text("province_name") == "Wajib diisi."
    # nothing of the rest was saved either: one refusal leaves everything as it was
    assert context.services.office.setting(IDLE_KEY) != 25
    assert context.services.accounts.login("admin", ADMIN_PASSWORD).username == "admin"
    dialog.idle_minutes.setValue(context.services.office.setting(IDLE_KEY))
    for field in (dialog.old_password, dialog.new_password, dialog.new_password_again):
        field.clear()
    screenshot(dialog, "settings-office-error")
    dialog.details.lurah_nip.setText("")
    dialog.details.email.clear()
    dialog.identity.province_name.setText("Jawa Barat")
    dialog.old_password.setText("bukan-sandi")
    dialog.new_password.setText("sandi-baru-admin")
    dialog.new_password_again.setText("sandi-baru-admin")
    dialog.save()
    assert dialog.tabs.currentIndex() == dialog.password_tab
    assert dialog.password_errors.error_text("old_password") == "Kata sandi salah."
    dialog.old_password.setText(ADMIN_PASSWORD)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert context.services.accounts.login("admin", "sandi-baru-admin").username == "admin"


def test_a_clerk_cannot_change_office_settings(qtbot: QtBot, context: ViewContext, admin: Actor) -> None:
    context.services.accounts.create_account(
        admin, NewAccount("rina", "Rina Kartika", Role.FRONT_DESK, "rahasia-rina-1")
    )
    clerk = context.services.accounts.login("rina", "rahasia-rina-1")
    dialog = SettingsDialog(replace(context, actor=clerk))
    qtbot.addWidget(dialog)
    assert not dialog.idle_minutes.isEnabled()
    assert not dialog.auto_backup.isEnabled() and not dialog.backup_keep.isEnabled()
    assert not dialog.details.isEnabled() or not dialog.details.parentWidget().isEnabled()

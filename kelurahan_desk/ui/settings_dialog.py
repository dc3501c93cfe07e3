"""Settings: this PC's language, the office's idle-lock minutes, daily backups and profile (administrator), one's
own password.

The language is kept per PC in `QSettings` and applies after a restart; the rest is office data
saved through the services. A tab whose field has an error is brought to the front.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.errors import AuthError, DeskError, ValidationError
from kelurahan_desk.core.services.accounts import check_password
from kelurahan_desk.core.services.office import OfficeProfile, profile_problems
from kelurahan_desk.core.services.permissions import Permission
from kelurahan_desk.ui.confirm_password_dialog import password_field
from kelurahan_desk.ui.error_dialog import show_error
from kelurahan_desk.ui.error_messages import message_for
from kelurahan_desk.ui.form_errors import FieldErrors
from kelurahan_desk.ui.message_boxes import inform
from kelurahan_desk.ui.office_form import OfficeDetailsForm, OfficeIdentityForm, make_profile, show_profile_problems
from kelurahan_desk.ui.translations import LANGUAGES, save_language, saved_language
from kelurahan_desk.ui.view_context import OFFICE, SETTINGS, ViewContext

IDLE_KEY = "idle_lock_minutes"
AUTO_BACKUP_KEY = "auto_backup_daily"
BACKUP_KEEP_KEY = "backup_keep"


class SettingsDialog(QDialog):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        services = context.services
        self._is_admin = context.actor.can(Permission.MANAGE_OFFICE)
        self._profile = services.office.profile()
        self.setWindowTitle(self.tr("Pengaturan"))
        self.resize(680, 640)
        self.tabs = QTabWidget()

        general = QWidget()
        self.general_errors = FieldErrors()
        form = QFormLayout(general)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self._language = saved_language(context.settings)
        self.language.setCurrentIndex(self.language.findData(self._language))
        self.general_errors.add_row(form, "language", self.tr("&Bahasa tampilan"), self.language)
        form.addRow("", QLabel(self.tr("Bahasa baru berlaku setelah aplikasi dibuka ulang.")))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(1, 240)
        self.idle_minutes.setSuffix(self.tr(" menit"))
        self.idle_minutes.setValue(int(services.office.setting(IDLE_KEY)))
        self.idle_minutes.setEnabled(self._is_admin)
        self.general_errors.add_row(form, IDLE_KEY, self.tr("&Kunci layar setelah tidak dipakai"), self.idle_minutes)
        self.auto_backup = QCheckBox(self.tr("Buat cadangan &otomatis setiap hari di folder data"))
        self.auto_backup.setChecked(bool(services.office.setting(AUTO_BACKUP_KEY)))
        self.general_errors.add_row(form, AUTO_BACKUP_KEY, "", self.auto_backup)
        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(1, 240)
        self.backup_keep.setValue(int(services.office.setting(BACKUP_KEEP_KEY)))
        self.auto_backup.toggled.connect(self.backup_keep.setEnabled)
        self.general_errors.add_row(form, BACKUP_KEEP_KEY, self.tr("Cadangan &harian yang disimpan"), self.backup_keep)
        self._office_settings = self._office_setting_values()
        for widget in (self.auto_backup, self.backup_keep):
            widget.setEnabled(self._is_admin)
        self.backup_keep.setEnabled(self._is_admin and self.auto_backup.isChecked())
        if not self._is_admin:
            form.addRow("", QLabel(self.tr("Hanya administrator yang dapat mengubah pengaturan kantor.")))
        form.addRow(self.general_errors.general)
        self.tabs.addTab(general, self.tr("&Umum"))

        self.identity = OfficeIdentityForm()
        self.details = OfficeDetailsForm()
        if self._profile is not None:
            self.identity.load(self._profile)
            self.details.load(self._profile)
        self.identity.set_code_editable(False)
        office = QWidget()
        office_layout = QVBoxLayout(office)
        office_layout.addWidget(self.identity)
        office_layout.addWidget(self.details)
        office.setEnabled(self._is_admin and self._profile is not None)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        scroll.setWidget(office)
        self.office_tab = self.tabs.addTab(scroll, self.tr("&Data kantor"))

        own = QWidget()
        self.password_errors = FieldErrors()
        own_form = QFormLayout(own)
        self.old_password = password_field()
        self.new_password = password_field()
        self.new_password_again = password_field()
        self.password_errors.add_row(own_form, "old_password", self.tr("Kata sandi &sekarang"), self.old_password)
        self.password_errors.add_row(own_form, "password", self.tr("Kata sandi &baru"), self.new_password)
        self.password_errors.add_row(
            own_form, "password_again", self.tr("U&langi kata sandi baru"), self.new_password_again
        )
        own_form.addRow("", QLabel(self.tr("Kosongkan bila tidak ingin mengganti kata sandi.")))
        own_form.addRow(self.password_errors.general)
        self.password_tab = self.tabs.addTab(own, self.tr("Kata sandi sa&ya"))

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole).setAutoDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.save_button.setDefault(True)  # only once the button is in the dialog does the dialog take it

    def save(self) -> None:
        for errors in (self.general_errors, self.identity.errors, self.details.errors, self.password_errors):
            errors.clear()
        services, actor = self._context.services, self._context.actor
        # everything is checked before anything is written: a refusal leaves all as it was
        profile = self._changed_profile()
        problems = profile_problems(profile) if profile is not None else []
        if problems:
            self.tabs.setCurrentIndex(self.office_tab)
            show_profile_problems(problems, self.identity, self.details)
            return
        try:
            self._save_password()
            if self._is_admin and self._office_setting_values() != self._office_settings:
                for key, value in self._office_setting_values().items():
                    if value != self._office_settings[key]:
                        services.office.set_setting(actor, key, value)
                        self._office_settings[key] = value
                self._context.notices.notify(SETTINGS)
            if profile is not None:
                self._profile = services.office.update_profile(actor, profile)
                self._context.notices.notify(OFFICE)
        except ValidationError as exc:
            self._show(exc)
            return
        except DeskError as exc:
            show_error(self, exc)
            return
        language = self.language.currentData()
        if language != self._language:
            save_language(self._context.settings, language)
            inform(self, self.tr("Bahasa"), self.tr("Bahasa tampilan akan berganti setelah aplikasi dibuka ulang."))
        self.accept()

    def _changed_profile(self) -> OfficeProfile | None:
        """The office's data as the form now has it when it differs from what is stored; else None."""
        if not self._is_admin or self._profile is None:
            return None
        profile = make_profile(self.identity.value(), self.details.value(), is_demo=self._profile.is_demo)
        return None if profile == self._profile else profile

    def _office_setting_values(self) -> dict[str, int | bool]:
        return {
            IDLE_KEY: self.idle_minutes.value(),
            AUTO_BACKUP_KEY: self.auto_backup.isChecked(),
            BACKUP_KEEP_KEY: self.backup_keep.value(),
        }

    def _save_password(self) -> None:
        if not (self.old_password.text() or self.new_password.text() or self.new_password_again.text()):
            return
        if self.new_password.text() != self.new_password_again.text():
            raise ValidationError("password_again", "passwords_differ")
        check_password(self.new_password.text())
        try:
            self._context.services.accounts.change_own_password(
                self._context.actor, self.old_password.text(), self.new_password.text()
            )
        except AuthError as exc:
            raise ValidationError("old_password", exc.code, {"seconds": max(1, round(exc.retry_after_s))}) from exc
        for field in (self.old_password, self.new_password, self.new_password_again):
            field.clear()

    def _show(self, error: ValidationError) -> None:
        if self.password_errors.knows(error.field):
            self.tabs.setCurrentIndex(self.password_tab)
            self.password_errors.show(error)
        elif self.general_errors.knows(error.field):
            self.tabs.setCurrentIndex(0)
            self.general_errors.show(error)
        elif self.identity.show_errors(error) or self.details.show_errors(error):
            self.tabs.setCurrentIndex(self.office_tab)
        else:
            self.general_errors.show_message(message_for(error))
            self.tabs.setCurrentIndex(0)

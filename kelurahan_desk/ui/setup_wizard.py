"""First run: the administrator account and the office, saved together by `OfficeService.complete_setup`.

Pages: welcome → administrator → region (picked from the region table, which can be imported here, or
typed by hand) → address, lurah and emblem → summary. Each page checks what it can before moving on;
an error the service finds at the end takes the clerk back to the page of the field it names.

A replacement PC does not set up a new office: from the welcome page it picks the office's backup, and
the wizard closes with `RESTORE` and the file in `restore_from` (the caller restores once the store is
closed).
"""

from __future__ import annotations

import contextlib
from html import escape
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kelurahan_desk.composition import Services
from kelurahan_desk.core.errors import DeskError, ValidationError
from kelurahan_desk.core.services.accounts import NewAccount, check_new_account
from kelurahan_desk.core.services.office import OfficeProfile, profile_problems
from kelurahan_desk.core.services.permissions import SYSTEM, Actor, Role
from kelurahan_desk.core.services.restore import summarize_backup
from kelurahan_desk.ui.backup_texts import backup_file_filter, backup_summary_text
from kelurahan_desk.ui.confirm_password_dialog import password_field
from kelurahan_desk.ui.error_dialog import show_error
from kelurahan_desk.ui.form_errors import FieldErrors
from kelurahan_desk.ui.login_dialog import LAST_USER_KEY
from kelurahan_desk.ui.message_boxes import ask
from kelurahan_desk.ui.office_form import OfficeDetailsForm, OfficeIdentityForm, make_profile, show_profile_problems
from kelurahan_desk.ui.region_picker import RegionPicker
from kelurahan_desk.ui.task_runner import TaskRunner

WELCOME, ADMIN, REGION, DETAILS, SUMMARY = range(5)
RESTORE = 2
"""The wizard's result when the clerk chose to restore the office from a backup instead."""


class WelcomePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Selamat datang di Kelurahan Desk"))
        text = QLabel(
            self.tr(
                "Pengaturan awal ini dilakukan sekali saja. Anda akan:\n\n"
                "1. membuat akun administrator,\n"
                "2. memilih kelurahan kantor ini,\n"
                "3. mengisi alamat kantor, data lurah dan lambang kota.\n\n"
                "Semua isian dapat diubah kemudian, kecuali kode kelurahan."
            )
        )
        text.setWordWrap(True)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        replacement = QLabel(
            self.tr(
                "<b>Mengganti PC kantor?</b> Kantor yang sudah berjalan tidak diatur ulang: pulihkan datanya dari "
                "cadangan terakhir (misalnya di flash disk). Akun dan kata sandi ikut kembali."
            )
        )
        replacement.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Pulihkan dari cadangan…"))
        self.restore_button.setAutoDefault(False)  # Enter is Lanjut: a new office is the usual first run
        button_row = QHBoxLayout()
        button_row.addWidget(self.restore_button)
        button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addStretch(1)
        layout.addWidget(line)
        layout.addWidget(replacement)
        layout.addLayout(button_row)


class AdminPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Akun administrator"))
        self.setSubTitle(
            self.tr("Administrator mengelola akun petugas dan data kantor. Simpan kata sandinya baik-baik.")
        )
        self.errors = FieldErrors()
        self.username = QLineEdit()
        self.username.setMaxLength(64)
        self.username.setPlaceholderText(self.tr("misalnya: admin"))
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(100)
        self.password = password_field()
        self.password_again = password_field()
        form = QFormLayout(self)
        self.errors.add_row(form, "username", self.tr("&Nama pengguna"), self.username)
        self.errors.add_row(form, "full_name", self.tr("Nama l&engkap"), self.full_name)
        self.errors.add_row(form, "password", self.tr("Kata &sandi"), self.password)
        self.errors.add_row(form, "password_again", self.tr("&Ulangi kata sandi"), self.password_again)
        self.errors.require("username", "full_name", "password", "password_again")
        form.addRow(self.errors.general)

    def account(self) -> NewAccount:
        return NewAccount(self.username.text(), self.full_name.text(), Role.ADMINISTRATOR, self.password.text())

    def validatePage(self) -> bool:
        self.errors.clear()
        if self.errors.show_missing():
            return False
        try:
            check_new_account(self.account())
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        if self.password.text() != self.password_again.text():
            self.errors.show(ValidationError("password_again", "passwords_differ"))
            return False
        return True


class RegionPage(QWizardPage):
    def __init__(self, services: Services, runner: TaskRunner) -> None:
        super().__init__()
        self.setTitle(self.tr("Kelurahan kantor ini"))
        self.setSubTitle(self.tr("Pilih dari tabel wilayah, atau ketik kode dan nama sendiri pada isian di bawah."))
        self.picker = RegionPicker(services.regions, runner, SYSTEM)
        self.identity = OfficeIdentityForm()
        self.picker.picked.connect(self.identity.fill)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(QLabel(self.tr("<b>Kode dan nama</b> (terisi otomatis setelah memilih kelurahan)")))
        layout.addWidget(self.identity)

    def validatePage(self) -> bool:
        problems = profile_problems(make_profile(self.identity.value(), OfficeDetailsForm.blank()))
        return not show_profile_problems(problems, self.identity)


class DetailsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Alamat kantor dan lurah"))
        self.setSubTitle(
            self.tr("Data ini tercetak pada kop dan tanda tangan surat. Isian kosong boleh dilengkapi nanti.")
        )
        self.details = OfficeDetailsForm()
        layout = QVBoxLayout(self)
        layout.addWidget(self.details)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        if not self.details.place_name.text():
            self.details.place_name.setText(wizard.region_page.identity.city_name.text())

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        return not show_profile_problems(profile_problems(wizard.profile()), self.details)


class SummaryPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Periksa dan simpan"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.summary)

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        profile = wizard.profile()
        kind = self.tr("Kota") if profile.city_kind == "KOTA" else self.tr("Kabupaten")
        self.summary.setText(
            self.tr(
                "Administrator: <b>{admin}</b> ({username})<br><br>"
                "Kelurahan <b>{village}</b> ({code})<br>Kecamatan {district}, {kind} {city}, {province}<br>"
                "{address}<br><br>Lurah: {lurah}<br>Lambang kota: {emblem}<br><br>"
                "Tekan <b>Selesai</b> untuk menyimpan."
            ).format(
                **{
                    key: escape(value)  # typed text, shown as rich text
                    for key, value in {
                        "admin": wizard.admin_page.full_name.text(),
                        "username": wizard.admin_page.username.text().strip().lower(),
                        "village": profile.village_name,
                        "code": profile.code,
                        "district": profile.district_name,
                        "kind": kind,
                        "city": profile.city_name,
                        "province": profile.province_name,
                        "address": profile.address or "—",
                        "lurah": profile.lurah_name or "—",
                        "emblem": self.tr("ada") if profile.emblem_png else self.tr("belum ada"),
                    }.items()
                }
            )
        )

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        return wizard.complete()


class SetupWizard(QWizard):
    def __init__(
        self, services: Services, runner: TaskRunner, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._settings = settings
        self.actor: Actor | None = None
        self.restore_from: Path | None = None
        self.setWindowTitle(self.tr("Pengaturan awal — Kelurahan Desk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Lan&jut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Kembali"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Selesai"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.admin_page = AdminPage()
        self.region_page = RegionPage(services, runner)
        self.details_page = DetailsPage()
        self.summary_page = SummaryPage()
        self.welcome_page = WelcomePage()
        self.welcome_page.restore_button.clicked.connect(self.choose_backup)
        self.setPage(WELCOME, self.welcome_page)
        self.setPage(ADMIN, self.admin_page)
        self.setPage(REGION, self.region_page)
        self.setPage(DETAILS, self.details_page)
        self.setPage(SUMMARY, self.summary_page)
        self.resize(760, 680)

    def choose_backup(self) -> None:
        """Asks for the office's backup file, says what it holds, and closes the wizard with `RESTORE`."""
        title = self.tr("Pulihkan dari cadangan")
        file, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas cadangan"), "", backup_file_filter())
        if not file:
            return
        try:
            summary = summarize_backup(Path(file), None)
        except DeskError as exc:
            show_error(self, exc)
            return
        text = backup_summary_text(Path(file).name, summary) + "\n\n" + self.tr(
            "Data kantor di PC ini diisi dari cadangan tersebut, lalu Anda masuk dengan akun dari cadangan itu. "
            "Lanjutkan?"
        )
        if ask(self, title, text, self.tr("Pulihkan"), self.tr("Batal")):
            self.restore_from = Path(file)
            self.done(RESTORE)

    def profile(self) -> OfficeProfile:
        return make_profile(self.region_page.identity.value(), self.details_page.details.value())

    def complete(self) -> bool:
        try:
            self.actor = self._services.office.complete_setup(self.admin_page.account(), self.profile())
        except ValidationError as exc:
            self._back_to_field(exc)
            return False
        except DeskError as exc:
            show_error(self, exc)
            return False
        self._settings.setValue(LAST_USER_KEY, self.actor.username)
        with contextlib.suppress(DeskError, OSError):  # if it fails now, the first issued letter makes it
            self._services.office_keys.signing_key()  # the office's letter-signing key, made with the office
        return True

    def _back_to_field(self, error: ValidationError) -> None:
        if error.field in self.admin_page.errors.inputs:
            target, show = ADMIN, self.admin_page.errors.show
        elif error.field in self.region_page.identity.errors.inputs:
            target, show = REGION, self.region_page.identity.errors.show
        else:
            target, show = DETAILS, self.details_page.details.show_errors
        while self.currentId() > target:
            self.back()
        show(error)

"""One step of a case's life, asked for in a small dialog: only the inputs the step needs are shown.

The step is carried out by the service from the dialog, so a refusal (a rule, a stale case, a missing
input) appears beside the field it concerns and the dialog stays open. Ctrl+Enter confirms.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.domain.case_lifecycle import ActionInput
from kelurahan_desk.core.domain.case_states import CaseAction, Need, transition_for
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.case_views import CaseDetail
from kelurahan_desk.ui.cases.case_labels import ACTIONS, label
from kelurahan_desk.ui.cases.photo_strip import PhotoStrip
from kelurahan_desk.ui.cases.text_box import TextBox
from kelurahan_desk.ui.error_dialog import show_error
from kelurahan_desk.ui.form_errors import FieldErrors
from kelurahan_desk.ui.view_context import ViewContext

PHOTO_ACTIONS = (CaseAction.TINDAK_LANJUT, CaseAction.SELESAIKAN)


class CaseActionDialog(QDialog):
    def __init__(self, context: ViewContext, case: CaseDetail, action: CaseAction, parent: QWidget | None = None):
        super().__init__(parent)
        self._context = context
        self.case = case
        self.action = CaseAction(action)
        self.result_detail: CaseDetail | None = None
        self.setWindowTitle(f"{label(ACTIONS, self.action.value)} — {case.number}")
        self.setMinimumWidth(520)
        needs = transition_for(self.action).needs
        self.errors = FieldErrors()
        form = QFormLayout()
        self.note = TextBox()
        self.reason = TextBox(60)
        self.agency = QLineEdit()
        self.assignee = QComboBox()
        self.unit = QLineEdit()
        self.duplicate_of = QLineEdit(case.duplicate_of_number)
        self.duplicate_of.setPlaceholderText("011001-2611-0001")
        self.notice = TextBox(60)
        self.before = PhotoStrip()
        self.after = PhotoStrip()
        if Need.ASSIGNEE in needs:
            self.assignee.addItem(self.tr("— pilih petugas —"), None)
            for account in context.services.accounts.list_accounts(context.actor):
                if account.active and account.role.value not in ("read_only",):
                    self.assignee.addItem(account.full_name, account.id)
            self.errors.add_row(form, "assignee", self.tr("Ke &petugas"), self.assignee)
            self.errors.add_row(form, "assigned_unit", self.tr("atau ke &unit"), self.unit)
        if Need.AGENCY in needs:
            self.errors.add_row(form, "agency", self.tr("Diteruskan ke &instansi"), self.agency)
        if Need.DUPLICATE_OF in needs:
            self.errors.add_row(form, "duplicate_of_id", self.tr("Nomor kasus &asli"), self.duplicate_of)
        if Need.REASON in needs:
            title = self.tr("Alasan &keberatan") if self.action == CaseAction.KEBERATAN else self.tr("&Alasan")
            self.errors.add_row(form, "reason", title, self.reason)
        if Need.NOTICE in needs:
            self.errors.add_row(form, "notice", self.tr("Surat &pemberitahuan"), self.notice)
        note_title = {
            CaseAction.SELESAIKAN: self.tr("&Jawaban / tindak lanjut"),
            CaseAction.JAWAB_KEBERATAN: self.tr("&Jawaban atas keberatan"),
        }.get(self.action, self.tr("&Catatan"))
        self.errors.add_row(form, "note", note_title, self.note)
        if self.action in PHOTO_ACTIONS:
            for title, strip in ((self.tr("Foto sebelum"), self.before), (self.tr("Foto sesudah"), self.after)):
                box = QWidget()
                box_layout = QVBoxLayout(box)
                box_layout.setContentsMargins(0, 0, 0, 0)
                box_layout.addWidget(strip)
                add = QPushButton(self.tr("Tambah…"))
                add.clicked.connect(strip.choose_files)
                box_layout.addWidget(add)
                form.addRow(title, box)
            self.errors.alias("photos", "note")
            self.errors.alias("file", "note")
        if not needs and self.action not in PHOTO_ACTIONS:
            hint = QLabel(self.tr("Catatan boleh dikosongkan."))
            hint.setStyleSheet("color: #555;")
            form.addRow("", hint)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            label(ACTIONS, self.action.value), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.confirm)
        for box in (self.note, self.reason, self.notice):
            box.submitted.connect(self.confirm)

    def given(self) -> ActionInput:
        duplicate_id = None
        number = self.duplicate_of.text().strip()
        if transition_for(self.action).needs & {Need.DUPLICATE_OF} and number:
            found = self._context.services.cases.find_number(self._context.actor, number)
            if found is None:
                raise ValidationError("duplicate_of_id", "case_unknown")
            duplicate_id = found.id
        return ActionInput(
            note=self.note.toPlainText(),
            reason=self.reason.toPlainText(),
            agency=self.agency.text(),
            assignee_id=self.assignee.currentData(),
            assigned_unit=self.unit.text(),
            duplicate_of_id=duplicate_id,
            notice=self.notice.toPlainText(),
        )

    def photos(self) -> list[tuple[object, str]]:
        return [(a, "sebelum") for a in self.before.attachments()] + [(a, "sesudah") for a in self.after.attachments()]

    def confirm(self) -> None:
        self.errors.clear()
        try:
            given = self.given()
        except ValidationError as error:
            self.errors.show(error)
            return
        if self._no_one_chosen(given):
            return
        cases, actor, case_id, rev = self._context.services.cases, self._context.actor, self.case.id, self.case.rev
        photos = self.photos()
        self.ok_button.setEnabled(False)
        self._context.runner.run(
            lambda _task: cases.act(actor, case_id, self.action, given, expected_rev=rev, photos=photos),  # type: ignore[arg-type]
            on_done=self._done,
            on_error=self._failed,
            write=True,
        )

    def _no_one_chosen(self, given: ActionInput) -> bool:
        """A disposition needs an officer or a unit; nothing is chosen for the clerk, so Enter sends nowhere."""
        if Need.ASSIGNEE not in transition_for(self.action).needs or given.assignee_id or given.assigned_unit.strip():
            return False
        self.errors.show_message(self.tr("Pilih petugas, atau tulis unit yang menangani."), "assignee")
        self.assignee.setFocus()
        return True

    def _done(self, detail: CaseDetail) -> None:
        self.result_detail = detail
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.errors.show(error)
        else:
            show_error(self, error)

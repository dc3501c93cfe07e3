"""Enrolment: HQ's address and the one-time code HQ gave for this office. The request runs in the
background; a refusal is shown beside the field it concerns."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.sync_status import SyncStatus
from kelurahan_desk.ui.error_dialog import show_error
from kelurahan_desk.ui.form_errors import error_label
from kelurahan_desk.ui.sync.sync_texts import enrol_error_text
from kelurahan_desk.ui.view_context import ViewContext


class EnrolDialog(QDialog):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.result_status: SyncStatus | None = None
        self.setWindowTitle(self.tr("Daftarkan kantor ke HQ"))
        intro = QLabel(self.tr("Isi alamat server HQ dan kode pendaftaran sekali pakai yang diberikan HQ "
                               "untuk kantor ini. Kunci kantor ini akan didaftarkan di HQ."))
        intro.setWordWrap(True)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://hq.kota.go.id")
        self.code = QLineEdit()
        self.code.setPlaceholderText("ABCD-EFGH-JKLM-NPQR")
        # a wrapped introduction lets Qt make the dialog narrow: room for an address of some length
        self.url.setMinimumWidth(self.url.fontMetrics().horizontalAdvance("https://sinkron.hq.kota.go.id") + 24)
        self.url_error = error_label()
        self.code_error = error_label()
        self.busy = QLabel(self.tr("Menghubungi HQ…"))
        self.busy.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("Alamat HQ"), self.url)
        form.addRow("", self.url_error)
        form.addRow(self.tr("Kode pendaftaran"), self.code)
        form.addRow("", self.code_error)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(self.tr("Daftarkan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        current = getattr(context.services, "sync", None)
        if current is not None:
            status = current.status(context.actor)
            self.url.setText(status.hq_url)

    def submit(self) -> None:
        for label in (self.url_error, self.code_error):
            label.setVisible(False)
        self.ok_button.setEnabled(False)
        self.busy.setVisible(True)
        service, actor = self._context.services.sync, self._context.actor
        url, code = self.url.text(), self.code.text()
        self._context.runner.run(lambda _task: service.enrol(actor, url, code), on_done=self._enrolled,
                                 on_error=self._refused)

    def _enrolled(self, status: SyncStatus) -> None:
        self.result_status = status
        self.busy.setVisible(False)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.busy.setVisible(False)
        self.ok_button.setEnabled(True)
        if not isinstance(exc, ValidationError):
            show_error(self, exc)
            return
        label = self.url_error if exc.field == "url" else self.code_error
        label.setText(enrol_error_text(exc.code))
        label.setVisible(True)

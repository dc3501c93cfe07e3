"""A progress report on funded work: percent done, the date it was seen, a note, and site photos."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from kelurahan_desk.core.domain.case_intake import NewAttachment
from kelurahan_desk.core.services.musrenbang_views import ProposalView
from kelurahan_desk.ui.cases.photo_strip import PhotoStrip
from kelurahan_desk.ui.photo_viewer import open_on_click


class ProgressDialog(QDialog):
    def __init__(self, proposal: ProposalView, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kemajuan pekerjaan"))
        self.resize(520, 0)
        self.percent = QSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setSingleStep(5)
        self.percent.setSuffix(" %")
        self.percent.setValue(proposal.progress_percent)
        self.reported_on = QDateEdit(QDate(today))
        self.reported_on.setCalendarPopup(True)
        self.reported_on.setDisplayFormat("dd-MM-yyyy")
        self.reported_on.setMaximumDate(QDate(today))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("mis. pengecoran selesai, tinggal pemasangan tutup saluran"))
        self.photos = PhotoStrip()
        open_on_click(self.photos)
        add_photo = QPushButton(self.tr("Tambah &foto…"))
        add_photo.clicked.connect(self.photos.choose_files)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(f"{proposal.number}. {proposal.activity}"))
        form.addRow(self.tr("&Persen selesai:"), self.percent)
        form.addRow(self.tr("&Tanggal:"), self.reported_on)
        form.addRow(self.tr("&Catatan:"), self.note)
        form.addRow(self.tr("Foto:"), self.photos)
        form.addRow("", add_photo)
        form.addRow(buttons)
        self.percent.setFocus()

    def day(self) -> date:
        return self.reported_on.date().toPython()  # type: ignore[return-value]

    def attachments(self) -> tuple[NewAttachment, ...]:
        return self.photos.attachments()

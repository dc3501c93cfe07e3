"""Dialogs of the training screen: a new programme, a session, attendance of one session, an outcome."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.services.training_views import OUTCOME_KINDS, ProgrammeInput, RegistrationView, SessionInput
from kelurahan_desk.ui.programme_labels import label


def _buttons(dialog: QDialog, ok: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("TrainingDialogs", "Batal")
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    return edit


class ProgrammeDialog(QDialog):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Program pelatihan baru"))
        self.title = QLineEdit()
        self.organiser = QLineEdit()
        self.place = QLineEdit()
        self.target = QLineEdit()
        self.starts = _date_edit(today)
        self.ends = _date_edit(today)
        self.quota = QSpinBox()
        self.quota.setRange(1, 10_000)
        self.quota.setValue(20)
        self.min_age = QSpinBox()
        self.min_age.setRange(0, 120)
        self.max_age = QSpinBox()
        self.max_age.setRange(0, 120)
        self.max_age.setSpecialValueText(self.tr("tanpa batas"))
        self.rws = QLineEdit()
        self.rws.setPlaceholderText(self.tr("kosong = semua RW; mis. 1, 2, 5"))
        form = QFormLayout(self)
        for caption, widget in (
            (self.tr("&Judul"), self.title),
            (self.tr("&Penyelenggara"), self.organiser),
            (self.tr("&Tempat"), self.place),
            (self.tr("Sasaran"), self.target),
            (self.tr("&Mulai"), self.starts),
            (self.tr("&Selesai"), self.ends),
            (self.tr("&Kuota"), self.quota),
            (self.tr("Usia paling rendah"), self.min_age),
            (self.tr("Usia paling tinggi"), self.max_age),
            (self.tr("Hanya RW"), self.rws),
        ):
            form.addRow(caption, widget)
        form.addRow(_buttons(self, self.tr("Simpan")))

    def value(self) -> ProgrammeInput:
        rws = tuple(int(part) for part in self.rws.text().replace(",", " ").split() if part.isdigit())
        return ProgrammeInput(
            title=self.title.text(),
            organiser=self.organiser.text(),
            starts_on=self.starts.date().toPython(),  # type: ignore[arg-type]
            ends_on=self.ends.date().toPython(),  # type: ignore[arg-type]
            quota=self.quota.value(),
            place=self.place.text(),
            target_group=self.target.text(),
            min_age=self.min_age.value() or None,
            max_age=self.max_age.value() or None,
            allowed_rws=rws,
        )


class SessionDialog(QDialog):
    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sesi baru"))
        self.day = _date_edit(day)
        self.start = QLineEdit("09.00")
        self.end = QLineEdit("12.00")
        self.topic = QLineEdit()
        form = QFormLayout(self)
        for caption, widget in (
            (self.tr("&Tanggal"), self.day),
            (self.tr("&Mulai"), self.start),
            (self.tr("&Selesai"), self.end),
            (self.tr("&Materi"), self.topic),
        ):
            form.addRow(caption, widget)
        form.addRow(_buttons(self, self.tr("Simpan")))

    def value(self) -> SessionInput:
        return SessionInput(self.day.date().toPython(), self.start.text(), self.end.text(), self.topic.text())  # type: ignore[arg-type]


class AttendanceDialog(QDialog):
    """Ticks for who came; Space ticks the highlighted name, so a list is marked from the keyboard."""

    def __init__(self, title: str, people: list[RegistrationView], present: set[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(460, 520)
        self.list = QListWidget()
        for person in people:
            item = QListWidgetItem(f"{person.name} — {person.nik}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setCheckState(Qt.CheckState.Checked if person.id in present else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(_buttons(self, self.tr("Simpan kehadiran")))

    def present(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]


class OutcomeDialog(QDialog):
    """What came of the training for one participant: NIB obtained, business started, work found, other."""

    def __init__(self, person: RegistrationView, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hasil pelatihan: {name}").format(name=person.name))
        self.kind = QComboBox()
        for key, title in OUTCOME_KINDS.items():
            self.kind.addItem(label(title), key)
        self.on_date = _date_edit(today)
        self.on_date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("mis. NIB 9120301234567, usaha keripik di rumah"))
        self.note.setMinimumWidth(360)
        form = QFormLayout(self)
        form.addRow(self.tr("&Hasil"), self.kind)
        form.addRow(self.tr("&Tanggal"), self.on_date)
        form.addRow(self.tr("&Keterangan"), self.note)
        form.addRow(_buttons(self, self.tr("Simpan")))

    def day(self) -> date:
        return self.on_date.date().toPython()  # type: ignore[return-value]

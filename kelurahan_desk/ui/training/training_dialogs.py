"""Dialogs of the training screen: a programme (new or edited), a session, attendance of one session, an
outcome."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.training_views import (
    OUTCOME_KINDS,
    ProgrammeInput,
    ProgrammeView,
    RegistrationView,
    SessionInput,
)
from kelurahan_desk.ui.error_dialog import show_error
from kelurahan_desk.ui.form_errors import FieldErrors
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
    """A new programme, or an existing one edited (`existing`): topic, organiser, dates, place, quota, target
    group and eligibility. `save` stores the input; its refusals are shown beside the field they concern and
    the dialog stays open. Raising the quota seats the waiting list in its order; the dialog says so."""

    def __init__(
        self,
        today: date,
        save: Callable[[ProgrammeInput], ProgrammeView],
        parent: QWidget | None = None,
        existing: ProgrammeView | None = None,
    ) -> None:
        super().__init__(parent)
        self.save_input = save
        self.existing = existing
        self.saved: ProgrammeView | None = None
        self.setWindowTitle(self.tr("Ubah program pelatihan") if existing else self.tr("Program pelatihan baru"))
        self.resize(520, 0)
        self.errors = FieldErrors()
        self.title = QLineEdit()
        self.topic = QPlainTextEdit()
        self.topic.setTabChangesFocus(True)
        self.topic.setFixedHeight(64)
        self.topic.setPlaceholderText(self.tr("materi yang diajarkan, mis. pola dasar, menjahit busana muslim"))
        self.organiser = QLineEdit()
        self.place = QLineEdit()
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("mis. ibu rumah tangga, pemuda pencari kerja"))
        self.starts = _date_edit(today)
        self.ends = _date_edit(today)
        self.quota = QSpinBox()
        self.quota.setRange(1, 10_000)
        self.quota.setValue(20)
        self.seats = QLabel()
        self.seats.setWordWrap(True)
        self.min_age = QSpinBox()
        self.min_age.setRange(0, 120)
        self.min_age.setSpecialValueText(self.tr("tanpa batas"))
        self.max_age = QSpinBox()
        self.max_age.setRange(0, 120)
        self.max_age.setSpecialValueText(self.tr("tanpa batas"))
        self.rws = QLineEdit()
        self.rws.setPlaceholderText(self.tr("kosong = semua RW; mis. 1, 2, 5"))
        self.attendance = QSpinBox()
        self.attendance.setRange(0, 100)
        self.attendance.setSuffix(" %")
        self.attendance.setValue(75)
        form = QFormLayout()
        for key, caption, widget in (
            ("title", self.tr("&Judul"), self.title),
            ("topic", self.tr("M&ateri"), self.topic),
            ("organiser", self.tr("&Penyelenggara"), self.organiser),
            ("place", self.tr("&Tempat"), self.place),
            ("target_group", self.tr("Sasaran"), self.target),
            ("starts_on", self.tr("&Mulai"), self.starts),
            ("ends_on", self.tr("&Selesai"), self.ends),
            ("quota", self.tr("&Kuota"), self.quota),
            ("min_age", self.tr("Usia paling rendah"), self.min_age),
            ("max_age", self.tr("Usia paling tinggi"), self.max_age),
            ("allowed_rws", self.tr("Hanya RW"), self.rws),
            ("min_attendance_percent", self.tr("Kehadiran untuk sertifikat"), self.attendance),
        ):
            self.errors.add_row(form, key, caption, widget)
            if key == "quota" and existing is not None:
                form.addRow("", self.seats)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)
        if existing is not None:
            self.load(existing)

    def load(self, programme: ProgrammeView) -> None:
        value = programme.value
        self.title.setText(value.title)
        self.topic.setPlainText(value.topic)
        self.organiser.setText(value.organiser)
        self.place.setText(value.place)
        self.target.setText(value.target_group)
        self.starts.setDate(QDate(value.starts_on.year, value.starts_on.month, value.starts_on.day))
        self.ends.setDate(QDate(value.ends_on.year, value.ends_on.month, value.ends_on.day))
        self.quota.setValue(value.quota)
        self.min_age.setValue(value.min_age or 0)
        self.max_age.setValue(value.max_age or 0)
        self.rws.setText(", ".join(str(rw) for rw in value.allowed_rws))
        self.attendance.setValue(value.min_attendance_percent)
        now = self.tr("Sekarang {seated} peserta dan {waiting} di daftar tunggu.").format(
            seated=programme.participants, waiting=programme.waiting
        )
        rule = self.tr("Kuota yang dinaikkan langsung diisi dari daftar tunggu sesuai urutannya.")
        self.seats.setText(f"{now} {rule}")

    def value(self) -> ProgrammeInput:
        parts = self.rws.text().replace(",", " ").split()
        if any(not part.isdigit() for part in parts):
            raise ValidationError("allowed_rws", "invalid_number")
        return ProgrammeInput(
            title=self.title.text(),
            organiser=self.organiser.text(),
            starts_on=self.starts.date().toPython(),  # type: ignore[arg-type]
            ends_on=self.ends.date().toPython(),  # type: ignore[arg-type]
            quota=self.quota.value(),
            topic=self.topic.toPlainText(),
            place=self.place.text(),
            target_group=self.target.text(),
            min_age=self.min_age.value() or None,
            max_age=self.max_age.value() or None,
            allowed_rws=tuple(int(part) for part in parts),
            min_attendance_percent=self.attendance.value(),
        )

    def save(self) -> None:
        self.errors.clear()
        try:
            self.saved = self.save_input(self.value())
        except ValidationError as error:
            self.errors.show(error)
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.accept()


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

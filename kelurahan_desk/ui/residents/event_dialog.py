"""Recording a move out ("Pindah") or a death ("Meninggal"): date, place and a note, as a life event."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.ui.form_errors import FieldErrors
from kelurahan_desk.ui.residents.resident_form import date_field, parse_date
from kelurahan_desk.ui.residents.table_model import short_date

Submit = Callable[[date, str, str], object]


class LifeEventDialog(QDialog):
    """`submit(event_date, place, note)` saves the event; its `ValidationError`s appear beside the fields."""

    def __init__(
        self, kind: str, resident_name: str, today: date, submit: Submit, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        moving = kind == "pindah"
        self.setWindowTitle(self.tr("Catat pindah keluar") if moving else self.tr("Catat kematian"))
        self.setMinimumWidth(460)
        intro = QLabel(
            (
                self.tr("{name} akan dicatat <b>pindah keluar</b>. Datanya tetap tersimpan dengan status Pindah.")
                if moving
                else self.tr("{name} akan dicatat <b>meninggal</b>. Datanya tetap tersimpan dengan status Meninggal.")
            ).format(name=resident_name)
        )
        intro.setWordWrap(True)
        self.errors = FieldErrors()
        self.event_date = date_field()
        self.event_date.setText(short_date(today))
        self.place = QLineEdit()
        self.place.setMaxLength(200)
        self.place.setPlaceholderText(self.tr("alamat tujuan pindah") if moving else self.tr("tempat meninggal"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        form = QFormLayout()
        self.errors.add_row(form, "event_date", self.tr("&Tanggal"), self.event_date)
        self.errors.add_row(form, "place", self.tr("T&ujuan") if moving else self.tr("Tem&pat"), self.place)
        self.errors.add_row(form, "note", self.tr("&Catatan"), self.note)
        form.addRow(self.errors.general)
        self.errors.alias("status", "event_date")
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole).setAutoDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.event_date.setFocus()

    def save(self) -> None:
        try:
            when = parse_date(self.event_date.text(), "event_date")
            if when is None:
                raise ValidationError("event_date", "required")
            self._submit(when, self.place.text(), self.note.toPlainText())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        self.accept()

"""`ResidentForm`: every field of one resident, with errors and warnings beside the field.

`load(detail)` fills it (None = a new resident), `value()` gives a `ResidentInput` for the service
(raising `ValidationError` for a date or RT/RW it cannot read), `show_errors(error)` and
`show_findings(findings)` show what the service said.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QRegularExpression, Signal
from PySide6.QtGui import QFont, QIntValidator, QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from kelurahan_desk.core.errors import Finding, ValidationError
from kelurahan_desk.core.services.residents import ResidentDetail, ResidentInput
from kelurahan_desk.ui.form_errors import FieldErrors
from kelurahan_desk.ui.residents.choices import (
    EDUCATION,
    MARITAL_STATUS,
    OCCUPATION,
    RELATIONSHIP,
    RELIGION,
    SEX,
    STATUS,
    label,
)
from kelurahan_desk.ui.residents.table_model import short_date
from kelurahan_desk.ui.tab_order import tab_through


def parse_date(text: str, field: str) -> date | None:
    """`dd-mm-yyyy` (also with / or .); empty gives None."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if not digits:
        return None
    if len(digits) != 8:
        raise ValidationError(field, "date_format")
    try:
        return date(int(digits[4:]), int(digits[2:4]), int(digits[:2]))
    except ValueError:
        raise ValidationError(field, "date_format") from None


def date_field() -> QLineEdit:
    edit = QLineEdit()
    edit.setInputMask("00-00-0000;_")
    edit.setMaximumWidth(120)
    edit.setToolTip(QCoreApplication.translate("ResidentForm", "Hari-bulan-tahun, misalnya 05-01-1990"))
    return edit


def number_field(max_length: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(rf"[0-9 .]{{0,{max_length}}}")))
    edit.setMaxLength(max_length)
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    edit.setFont(font)
    edit.setMinimumWidth(160)
    return edit


def choice_box(table: dict[str, str], *, empty: str = "—") -> QComboBox:
    box = QComboBox()
    box.addItem(empty, "")
    for code in table:
        box.addItem(label(table, code), code)
    return box


def editable_box(values: Iterable[str], max_length: int) -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    box.addItem("")
    box.addItems(list(values))
    box.lineEdit().setMaxLength(max_length)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return box


def select_code(box: QComboBox, code: str) -> None:
    index = box.findData(code)
    if index < 0 and code:
        box.addItem(code, code)
        index = box.count() - 1
    box.setCurrentIndex(max(index, 0))


class ResidentForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.nik = number_field(19)
        self.temporary_nik = QCheckBox(self.tr("NIK sementara"))
        self.temporary_nik.setToolTip(self.tr("Centang bila penduduk belum punya NIK resmi; NIK sementara diawali 0."))
        self.kk = number_field(19)
        self.name = QLineEdit()
        self.name.setMaxLength(100)
        self.birth_place = QLineEdit()
        self.birth_place.setMaxLength(60)
        self.birth_date = date_field()
        self.sex = choice_box(SEX)
        self.religion = choice_box(RELIGION)
        self.marital_status = choice_box(MARITAL_STATUS)
        self.occupation = editable_box(OCCUPATION, 60)
        self.education = editable_box(EDUCATION, 40)
        self.address = QLineEdit()
        self.address.setMaxLength(200)
        self.rt = QLineEdit()
        self.rw = QLineEdit()
        for part in (self.rt, self.rw):
            part.setValidator(QIntValidator(1, 999))
            part.setMaximumWidth(60)
        self.relationship = choice_box(RELATIONSHIP)
        self.status = QLabel()

        place_row = QWidget()
        place_layout = QHBoxLayout(place_row)
        place_layout.setContentsMargins(0, 0, 0, 0)
        place_layout.addWidget(QLabel(self.tr("RT")))
        place_layout.addWidget(self.rt)
        place_layout.addWidget(QLabel(self.tr("RW")))
        place_layout.addWidget(self.rw)
        place_layout.addStretch(1)
        place_row.setFocusProxy(self.rt)

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.errors.add_row(form, "nik", self.tr("&NIK"), self.nik)
        form.addRow("", self.temporary_nik)
        self.errors.add_row(form, "name", self.tr("Nama leng&kap"), self.name)
        self.errors.add_row(form, "kk", self.tr("N&o. KK"), self.kk)
        self.errors.add_row(form, "relationship", self.tr("Hubungan dalam KK"), self.relationship)
        self.errors.add_row(form, "birth_place", self.tr("&Tempat lahir"), self.birth_place)
        self.errors.add_row(form, "birth_date", self.tr("Tanggal &lahir"), self.birth_date)
        self.errors.add_row(form, "sex", self.tr("&Jenis kelamin"), self.sex)
        self.errors.add_row(form, "religion", self.tr("A&gama"), self.religion)
        self.errors.add_row(form, "marital_status", self.tr("Status perka&winan"), self.marital_status)
        self.errors.add_row(form, "occupation", self.tr("&Pekerjaan"), self.occupation)
        self.errors.add_row(form, "education", self.tr("Pendidikan"), self.education)
        self.errors.add_row(form, "address", self.tr("&Alamat"), self.address)
        self.errors.add_row(form, "rt", self.tr("RT/RW"), place_row)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.errors.general)
        # errors naming these fields appear beside the row that holds them
        self.errors.alias("is_temporary_nik", "nik", self.temporary_nik)
        self.errors.alias("rw", "rt", self.rw)
        self.errors.require("nik", "name")

        order = [
            self.nik,
            self.temporary_nik,
            self.name,
            self.kk,
            self.relationship,
            self.birth_place,
            self.birth_date,
            self.sex,
            self.religion,
            self.marital_status,
            self.occupation,
            self.education,
            self.address,
            self.rt,
            self.rw,
        ]
        tab_through(order)
        for edit in (self.nik, self.kk, self.name, self.birth_place, self.birth_date, self.address, self.rt, self.rw):
            edit.textEdited.connect(self.edited)
        for box in (self.sex, self.religion, self.marital_status, self.relationship, self.occupation, self.education):
            box.currentTextChanged.connect(lambda _t: self.edited.emit())
        self.temporary_nik.toggled.connect(lambda _c: self.edited.emit())
        self.load(None)

    def load(self, detail: ResidentDetail | None) -> None:
        self.errors.clear()
        self.nik.setText(detail.nik if detail else "")
        self.temporary_nik.setChecked(bool(detail and detail.is_temporary_nik))
        self.kk.setText((detail.kk or "") if detail else "")
        self.name.setText(detail.name if detail else "")
        self.birth_place.setText(detail.birth_place if detail else "")
        self.birth_date.setText(short_date(detail.birth_date) if detail else "")
        select_code(self.sex, detail.sex if detail else "")
        select_code(self.religion, detail.religion if detail else "")
        select_code(self.marital_status, detail.marital_status if detail else "")
        select_code(self.relationship, detail.relationship if detail else "")
        self.occupation.setCurrentText(detail.occupation if detail else "")
        self.education.setCurrentText(detail.education if detail else "")
        self.address.setText(detail.address if detail else "")
        self.rt.setText(str(detail.rt) if detail and detail.rt is not None else "")
        self.rw.setText(str(detail.rw) if detail and detail.rw is not None else "")
        self.status.setText(label(STATUS, detail.status) if detail else self.tr("Hidup (baru)"))

    def value(self) -> ResidentInput:
        return ResidentInput(
            nik=self.nik.text(),
            name=self.name.text(),
            sex=self.sex.currentData() or "",
            birth_date=parse_date(self.birth_date.text(), "birth_date"),
            birth_place=self.birth_place.text(),
            religion=self.religion.currentData() or "",
            marital_status=self.marital_status.currentData() or "",
            occupation=self.occupation.currentText().strip(),
            education=self.education.currentText().strip(),
            address=self.address.text(),
            rt=int(self.rt.text()) if self.rt.text().strip() else None,
            rw=int(self.rw.text()) if self.rw.text().strip() else None,
            kk=self.kk.text(),
            relationship=self.relationship.currentData() or "",
            is_temporary_nik=self.temporary_nik.isChecked(),
        )

    def show_errors(self, error: ValidationError) -> None:
        self.errors.show(error)

    def show_findings(self, findings: Iterable[Finding]) -> None:
        self.errors.show_findings(findings)

    def focus_first(self) -> None:
        self.nik.setFocus()

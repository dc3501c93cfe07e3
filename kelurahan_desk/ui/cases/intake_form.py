"""Taking in a case at the front desk, keyboard only, in under a minute.

Tab walks the fields top to bottom; Enter in a one-line field, or Ctrl+Enter anywhere, saves. The citizen
is a resident found by NIK or name, someone typed in, or nobody (anonymous); "rahasiakan" keeps the name
out of lists and exports. The fields of an information request (PPID) appear only for that kind.
Possible duplicates (same category, same RT/RW or within 50 m, last 30 days) are listed as the place is
typed; ticking one links the new case to it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QDoubleValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.domain.case_intake import CHANNELS, INFO_DELIVERY, NewCase
from kelurahan_desk.core.domain.case_states import CaseKind
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.case_views import IntakeResult
from kelurahan_desk.ui.cases.case_labels import CHANNELS as CHANNEL_LABELS
from kelurahan_desk.ui.cases.case_labels import DELIVERY, KINDS, STATES, label
from kelurahan_desk.ui.cases.photo_strip import PhotoStrip
from kelurahan_desk.ui.cases.resident_lookup import ResidentLookup
from kelurahan_desk.ui.cases.text_box import TextBox
from kelurahan_desk.ui.error_dialog import show_error
from kelurahan_desk.ui.form_errors import FieldErrors
from kelurahan_desk.ui.tab_order import tab_through
from kelurahan_desk.ui.view_context import ViewContext

RESIDENT, TYPED, ANONYMOUS = "penduduk", "bukan_penduduk", "anonim"
INFORMATION_CATEGORY = "kat-informasi"
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _place_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, 999)
    box.setSpecialValueText("–")
    return box


class CaseIntakeForm(QWidget):
    saved = Signal(object)  # IntakeResult

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.errors = FieldErrors()
        self.kind = QComboBox()
        for code in CaseKind:
            self.kind.addItem(label(KINDS, code.value), code.value)
        self.category = QComboBox()
        self.citizen_mode = QComboBox()
        self.citizen_mode.addItem(self.tr("Penduduk (cari NIK / nama)"), RESIDENT)
        self.citizen_mode.addItem(self.tr("Bukan penduduk"), TYPED)
        self.citizen_mode.addItem(self.tr("Anonim"), ANONYMOUS)
        self.confidential = QCheckBox(self.tr("Rahasiakan identitas pelapor"))
        self.lookup = ResidentLookup(context)
        self.citizen_name = QLineEdit()
        self.citizen_nik = QLineEdit()
        self.citizen_nik.setMaxLength(16)
        self.citizen_phone = QLineEdit()
        self.citizen_address = QLineEdit()
        self.channel = QComboBox()
        for code in CHANNELS:
            self.channel.addItem(label(CHANNEL_LABELS, code), code)
        self.description = TextBox(90)
        self.info_requested = TextBox()
        self.info_purpose = QLineEdit()
        self.info_delivery = QComboBox()
        for code in INFO_DELIVERY:
            self.info_delivery.addItem(label(DELIVERY, code), code)
        self.rt, self.rw = _place_box(), _place_box()
        self.address = QLineEdit()
        self.latitude, self.longitude = QLineEdit(), QLineEdit()
        for box, low, high, example in (
            (self.latitude, -90.0, 90.0, self.tr("opsional, mis. -6.88")),
            (self.longitude, -180.0, 180.0, self.tr("opsional, mis. 107.60")),
        ):
            validator = QDoubleValidator(low, high, 6, box)
            validator.setLocale(QLocale.c())
            box.setValidator(validator)
            box.setPlaceholderText(example)
        self.photos = PhotoStrip()
        self.add_photo = QPushButton(self.tr("Tambah &foto / pindaian…"))
        self.duplicates = QListWidget()
        self.duplicates.setMaximumHeight(96)
        self.duplicates.setVisible(False)
        self.duplicates_note = QLabel(self.tr("Tidak ada kasus serupa dalam 30 hari terakhir."))
        self.save_button = QPushButton(self.tr("&Simpan (Ctrl+Enter)"))
        self.save_button.setDefault(True)
        self.clear_button = QPushButton(self.tr("&Kosongkan"))
        self._build_layout()

        self._suggest_timer = QTimer(self)
        self._suggest_timer.setSingleShot(True)
        self._suggest_timer.setInterval(300)
        self._suggest_timer.timeout.connect(self.suggest_duplicates)
        for signal in (self.category.currentIndexChanged, self.rt.valueChanged, self.rw.valueChanged):
            signal.connect(lambda *_a: self._suggest_timer.start())
        for box in (self.latitude, self.longitude):
            box.editingFinished.connect(self._suggest_timer.start)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.citizen_mode.currentIndexChanged.connect(lambda _i: self._citizen_mode_changed())
        self.add_photo.clicked.connect(self.photos.choose_files)
        self.save_button.clicked.connect(self.submit)
        self.clear_button.clicked.connect(self.reset)
        for line in (self.citizen_name, self.citizen_nik, self.citizen_phone, self.citizen_address, self.info_purpose):
            line.returnPressed.connect(self.submit)
        for line in (self.address, self.latitude, self.longitude):
            line.returnPressed.connect(self.submit)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.submit).setWhatsThis(self.tr("Simpan kasus baru"))
        for box in (self.description, self.info_requested):
            box.submitted.connect(self.submit)
        self.load_categories()
        self.reset()

    def _build_layout(self) -> None:
        form = self._form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add = self.errors.add_row
        add(form, "kind", self.tr("&Jenis"), self.kind)
        add(form, "category_id", self.tr("Kat&egori"), self.category)
        who = QWidget()
        who_layout = QHBoxLayout(who)
        who_layout.setContentsMargins(0, 0, 0, 0)
        who_layout.addWidget(self.citizen_mode, 1)
        who_layout.addWidget(self.confidential)
        add(form, "citizen", self.tr("&Pelapor"), who)
        self.lookup_row = add(form, "resident_id", self.tr("&Cari penduduk"), self.lookup)
        self.name_row = add(form, "citizen_name", self.tr("&Nama"), self.citizen_name)
        self.nik_row = add(form, "citizen_nik", self.tr("NI&K"), self.citizen_nik)
        self.phone_row = add(form, "citizen_phone", self.tr("&Telepon / WA"), self.citizen_phone)
        self.citizen_address_row = add(form, "citizen_address", self.tr("Alamat pelapor"), self.citizen_address)
        add(form, "channel", self.tr("K&anal"), self.channel)
        add(form, "description", self.tr("&Uraian"), self.description)
        self.info_rows = [
            add(form, "info_requested", self.tr("Informasi yang &diminta"), self.info_requested),
            add(form, "info_purpose", self.tr("Tujuan penggunaan"), self.info_purpose),
            add(form, "info_delivery", self.tr("Cara memperoleh"), self.info_delivery),
        ]
        place = QWidget()
        place_layout = QHBoxLayout(place)
        place_layout.setContentsMargins(0, 0, 0, 0)
        for text, box in ((self.tr("RT"), self.rt), (self.tr("RW"), self.rw)):
            place_layout.addWidget(QLabel(text))
            place_layout.addWidget(box)
        place_layout.addStretch(1)
        add(form, "rt", self.tr("Lokasi &RT/RW"), place)
        self.errors.alias("rw", "rt", self.rw)
        add(form, "address", self.tr("Alamat &lokasi"), self.address)
        coordinates = QWidget()
        coord_layout = QHBoxLayout(coordinates)
        coord_layout.setContentsMargins(0, 0, 0, 0)
        coord_layout.addWidget(self.latitude)
        coord_layout.addWidget(self.longitude)
        add(form, "latitude", self.tr("Lintang / bujur"), coordinates)
        self.errors.alias("longitude", "latitude", self.longitude)
        photos = QWidget()
        photos_layout = QVBoxLayout(photos)
        photos_layout.setContentsMargins(0, 0, 0, 0)
        photos_layout.addWidget(self.photos)
        photos_layout.addWidget(self.add_photo, 0, Qt.AlignmentFlag.AlignLeft)
        add(form, "attachments", self.tr("Foto / pindaian"), photos)
        self.errors.alias("file", "attachments")
        similar = QWidget()
        similar_layout = QVBoxLayout(similar)
        similar_layout.setContentsMargins(0, 0, 0, 0)
        similar_layout.addWidget(self.duplicates_note)
        similar_layout.addWidget(self.duplicates)
        add(form, "duplicate_of_id", self.tr("Kasus serupa"), similar)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addLayout(buttons)
        layout.addStretch(1)
        chain = [
            self.kind,
            self.category,
            self.citizen_mode,
            self.confidential,
            self.lookup.box,
            self.lookup.results,
            self.citizen_name,
            self.citizen_nik,
            self.citizen_phone,
            self.citizen_address,
            self.channel,
            self.description,
            self.info_requested,
            self.info_purpose,
            self.info_delivery,
            self.rt,
            self.rw,
            self.address,
            self.latitude,
            self.longitude,
            self.photos,
            self.add_photo,
            self.duplicates,
            self.clear_button,
            self.save_button,
        ]
        tab_through(chain)

    # --- state of the form ----------------------------------------------------------------------

    def load_categories(self) -> None:
        current = self.category.currentData()
        self.category.clear()
        for category in self._context.services.case_categories.tree(self._context.actor):
            self.category.addItem("    " * category.depth + category.name, category.id)
        found = self.category.findData(current)
        self.category.setCurrentIndex(max(found, 0))

    def focus_first(self) -> None:
        self.kind.setFocus()

    def reset(self) -> None:
        self.errors.clear()
        self.kind.setCurrentIndex(0)
        self.citizen_mode.setCurrentIndex(0)
        self.confidential.setChecked(False)
        self.lookup.clear()
        for line in (self.citizen_name, self.citizen_nik, self.citizen_phone, self.citizen_address):
            line.clear()
        for line in (self.info_purpose, self.address, self.latitude, self.longitude):
            line.clear()
        self.description.clear()
        self.info_requested.clear()
        self.channel.setCurrentIndex(0)
        self.rt.setValue(0)
        self.rw.setValue(0)
        self.photos.clear()
        self._show_duplicates([])
        self._kind_changed()
        self._citizen_mode_changed()

    def _is_info(self) -> bool:
        return self.kind.currentData() == CaseKind.PERMINTAAN_INFORMASI.value

    def _kind_changed(self) -> None:
        """An information request goes to the information category; leaving that kind leaves it too."""
        is_info = self._is_info()
        for row in self.info_rows:
            self._row_visible(row, is_info)
        information = self.category.findData(INFORMATION_CATEGORY)
        if is_info and information >= 0:
            self.category.setCurrentIndex(information)
        elif not is_info and self.category.currentIndex() == information:
            self.category.setCurrentIndex(0)

    def _citizen_mode_changed(self) -> None:
        mode = self.citizen_mode.currentData()
        self._row_visible(self.lookup_row, mode == RESIDENT)
        for row in (self.name_row, self.nik_row, self.citizen_address_row):
            self._row_visible(row, mode == TYPED)
        self._row_visible(self.phone_row, mode != ANONYMOUS)
        self.confidential.setEnabled(mode != ANONYMOUS)

    def _row_visible(self, row: QWidget, visible: bool) -> None:
        self._form.setRowVisible(row, visible)

    def value(self) -> NewCase:
        mode = self.citizen_mode.currentData()
        resident = self.lookup.resident if mode == RESIDENT else None
        if mode == RESIDENT and resident is None:
            raise ValidationError("resident_id", "required")
        ticked = [self.duplicates.item(i) for i in range(self.duplicates.count())]
        linked = next((i.data(ID_ROLE) for i in ticked if i.checkState() == Qt.CheckState.Checked), None)
        return NewCase(
            kind=CaseKind(self.kind.currentData()),
            category_id=self.category.currentData() or "",
            channel=self.channel.currentData(),
            description=self.description.toPlainText(),
            resident_id=resident.id if resident else None,
            citizen_name=self.citizen_name.text() if mode == TYPED else "",
            citizen_nik=self.citizen_nik.text() if mode == TYPED else "",
            citizen_phone=self.citizen_phone.text(),
            citizen_address=self.citizen_address.text() if mode == TYPED else "",
            anonymous=mode == ANONYMOUS,
            confidential=self.confidential.isChecked() and mode != ANONYMOUS,
            rt=self.rt.value() or None,
            rw=self.rw.value() or None,
            address=self.address.text(),
            latitude=self._number(self.latitude),
            longitude=self._number(self.longitude),
            info_requested=self.info_requested.toPlainText(),
            info_purpose=self.info_purpose.text(),
            info_delivery=self.info_delivery.currentData() if self._is_info() else "",
            duplicate_of_id=linked,
            attachments=self.photos.attachments(),
        )

    @staticmethod
    def _number(box: QLineEdit) -> float | None:
        text = box.text().strip().replace(",", ".")
        return float(text) if text else None

    # --- actions --------------------------------------------------------------------------------

    def missing(self) -> list[str]:
        """The fields this case needs that were left empty, as the form shows them: all are marked at once."""
        mode = self.citizen_mode.currentData()
        missing = self.errors.empty(["category_id"])
        if mode == RESIDENT and self.lookup.resident is None:
            missing.append("resident_id")
        missing += self.errors.empty(["citizen_name"] if mode == TYPED else [])
        missing += self.errors.empty(["description", *(["info_requested"] if self._is_info() else [])])
        return missing

    def submit(self) -> None:
        self.errors.clear()
        if self.errors.show_required(self.missing()):
            return
        try:
            new = self.value()
        except ValidationError as error:
            self.errors.show(error)
            return
        cases, actor = self._context.services.cases, self._context.actor
        self.save_button.setEnabled(False)
        self._context.runner.run(
            lambda _task: cases.intake(actor, new), on_done=self._saved, on_error=self._failed, write=True
        )

    def _saved(self, result: IntakeResult) -> None:
        self.save_button.setEnabled(True)
        self.reset()
        self.focus_first()
        self.saved.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.errors.show(error)
        else:
            show_error(self, error)

    def suggest_duplicates(self) -> None:
        self._suggest_timer.stop()
        category = self.category.currentData()
        rt, rw = self.rt.value() or None, self.rw.value() or None
        latitude, longitude = self._number(self.latitude), self._number(self.longitude)
        if not category or ((rt is None or rw is None) and latitude is None):
            self._show_duplicates([])
            return
        cases, actor = self._context.services.cases, self._context.actor

        def work(_task: Any) -> list[Any]:
            return cases.suggest_duplicates(actor, category, rt=rt, rw=rw, latitude=latitude, longitude=longitude)

        self._context.runner.run(work, on_done=self._show_duplicates, on_error=lambda exc: show_error(self, exc))

    def _show_duplicates(self, rows: list[Any]) -> None:
        self.duplicates.clear()
        for row in rows:
            text = f"{row.number} · {row.received_on:%d-%m-%Y} · {label(STATES, row.state.value)} · {row.address}"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.duplicates.addItem(item)
        self.duplicates.setVisible(bool(rows))
        self.duplicates_note.setText(
            self.tr("{n} kasus serupa; centang satu untuk menautkan (Spasi).").format(n=len(rows))
            if rows
            else self.tr("Tidak ada kasus serupa dalam 30 hari terakhir.")
        )

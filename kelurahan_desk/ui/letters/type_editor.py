"""The administrator's letter type editor, with a live preview of the letter as it would print.

The preview is the real PDF (sample values, SPESIMEN) rendered to an image with Qt's PDF module. A body
that names a placeholder the type does not have is flagged while typing and refused by the service on save.
The office's numbering template and counter scope are set here too.
"""

from __future__ import annotations

import importlib.util

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.domain.letter_numbering import NumberingScope
from kelurahan_desk.core.domain.letter_placeholders import (
    FIELD_KINDS,
    RESIDENT_SOURCES,
    STANDARD,
    FieldSpec,
    check_body,
)
from kelurahan_desk.core.errors import DeskError, ValidationError
from kelurahan_desk.core.services.letter_numbers import NumberingSettings
from kelurahan_desk.core.services.letter_types import PERSON_FIELDS, LetterTypeData, LetterTypeView
from kelurahan_desk.ui.error_messages import message_for
from kelurahan_desk.ui.form_errors import error_label
from kelurahan_desk.ui.letters.screen_fit import fit_to_screen
from kelurahan_desk.ui.view_context import ViewContext

COLUMNS = (
    QT_TRANSLATE_NOOP("LetterTypeEditor", "Kunci"),
    QT_TRANSLATE_NOOP("LetterTypeEditor", "Label"),
    QT_TRANSLATE_NOOP("LetterTypeEditor", "Jenis"),
    QT_TRANSLATE_NOOP("LetterTypeEditor", "Wajib"),
    QT_TRANSLATE_NOOP("LetterTypeEditor", "Sumber data penduduk"),
    QT_TRANSLATE_NOOP("LetterTypeEditor", "Di tabel"),
    QT_TRANSLATE_NOOP("LetterTypeEditor", "Pilihan (pisah dengan ;)"),
)
KIND_WORDS: dict[str, str] = {
    "text": QT_TRANSLATE_NOOP("LetterTypeEditor", "Teks"),
    "long_text": QT_TRANSLATE_NOOP("LetterTypeEditor", "Teks panjang"),
    "date": QT_TRANSLATE_NOOP("LetterTypeEditor", "Tanggal"),
    "number": QT_TRANSLATE_NOOP("LetterTypeEditor", "Angka"),
    "money": QT_TRANSLATE_NOOP("LetterTypeEditor", "Uang (rupiah)"),
    "choice": QT_TRANSLATE_NOOP("LetterTypeEditor", "Pilihan"),
    "nik": QT_TRANSLATE_NOOP("LetterTypeEditor", "NIK"),
}
"""The field kinds (`FIELD_KINDS`) in words."""
PREVIEW_MS = 400
PREVIEW_WIDTH = 520
SCOPES = (
    (NumberingScope.PER_TYPE, QT_TRANSLATE_NOOP("LetterTypeEditor", "Per kode klasifikasi")),
    (NumberingScope.SERVICE, QT_TRANSLATE_NOOP("LetterTypeEditor", "Satu untuk surat layanan")),
    (NumberingScope.ALL, QT_TRANSLATE_NOOP("LetterTypeEditor", "Satu untuk semua surat")),
)


SOURCE_TITLES = (  # `RESIDENT_SOURCES` as the translator finds them
    QT_TRANSLATE_NOOP("ResidentSources", "Nama"),
    QT_TRANSLATE_NOOP("ResidentSources", "NIK"),
    QT_TRANSLATE_NOOP("ResidentSources", "Nomor KK"),
    QT_TRANSLATE_NOOP("ResidentSources", "Tempat lahir"),
    QT_TRANSLATE_NOOP("ResidentSources", "Tanggal lahir"),
    QT_TRANSLATE_NOOP("ResidentSources", "Tempat/tanggal lahir"),
    QT_TRANSLATE_NOOP("ResidentSources", "Jenis kelamin"),
    QT_TRANSLATE_NOOP("ResidentSources", "Agama"),
    QT_TRANSLATE_NOOP("ResidentSources", "Status perkawinan"),
    QT_TRANSLATE_NOOP("ResidentSources", "Pekerjaan"),
    QT_TRANSLATE_NOOP("ResidentSources", "Pendidikan"),
    QT_TRANSLATE_NOOP("ResidentSources", "Alamat lengkap"),
    QT_TRANSLATE_NOOP("ResidentSources", "RT/RW"),
)


class LetterTypeEditor(QDialog):
    PREFERRED_SIZE = QSize(1400, 900)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._types = context.services.letter_types
        self._letters = context.services.letters
        self._editing: LetterTypeView | None = None
        self.setWindowTitle(self.tr("Jenis surat"))
        fit_to_screen(self, self.PREFERRED_SIZE)

        self.type_list = QListWidget()
        self.new_button = QPushButton(self.tr("Jenis &baru"))
        self.code = QLineEdit()
        self.classification = QLineEdit()
        self.title = QLineEdit()
        self.paper = QComboBox()
        self.paper.addItems(["A4", "F4"])
        self.validity = QSpinBox()
        self.validity.setRange(0, 3650)
        self.validity.setSpecialValueText(self.tr("tanpa batas"))
        self.fee = QSpinBox()
        self.fee.setRange(0, 100_000_000)
        self.fee.setSingleStep(5000)
        self.promised = QSpinBox()
        self.promised.setRange(1, 43_200)
        self.service = QCheckBox(self.tr("Surat layanan (untuk nomor bersama)"))
        self.active = QCheckBox(self.tr("Aktif"))
        self.requirements = QPlainTextEdit()
        self.requirements.setFixedHeight(80)
        self.fields = QTableWidget(0, len(COLUMNS))
        self.fields.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.add_field_button = QPushButton(self.tr("Tambah isian"))
        self.remove_field_button = QPushButton(self.tr("Hapus isian"))
        self.body = QPlainTextEdit()
        self.body.setMinimumHeight(140)
        self.closing = QLineEdit()
        self.placeholders = QLabel()
        self.placeholders.setWordWrap(True)
        self.body_error = error_label()
        self.error = error_label()
        self.save_button = QPushButton(self.tr("&Simpan jenis surat"))

        self.template = QLineEdit()
        self.scope = QComboBox()
        for scope, text in SCOPES:
            self.scope.addItem(self.tr(text), scope.value)
        self.numbering_button = QPushButton(self.tr("Simpan penomoran"))
        self.numbering_error = error_label()
        for button in (self.new_button, self.add_field_button, self.remove_field_button, self.numbering_button):
            button.setAutoDefault(False)  # Enter in a field never starts a new type or drops a row

        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        preview_scroll = QScrollArea()
        preview_scroll.setWidgetResizable(True)
        preview_scroll.setWidget(self.preview)
        preview_scroll.setMinimumWidth(PREVIEW_WIDTH // 4)

        form = QFormLayout()
        form.addRow(self.tr("&Kode singkat"), self.code)
        form.addRow(self.tr("Kode k&lasifikasi"), self.classification)
        form.addRow(self.tr("&Judul"), self.title)
        form.addRow(self.tr("Kertas"), self.paper)
        form.addRow(self.tr("Berlaku (hari)"), self.validity)
        form.addRow(self.tr("Biaya (Rp)"), self.fee)
        form.addRow(self.tr("Janji selesai (menit)"), self.promised)
        form.addRow("", self.service)
        form.addRow("", self.active)
        form.addRow(self.tr("Persyaratan\n(satu per baris)"), self.requirements)
        field_buttons = QHBoxLayout()
        field_buttons.addWidget(self.add_field_button)
        field_buttons.addWidget(self.remove_field_button)
        field_buttons.addStretch(1)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.addLayout(form)
        editor_layout.addWidget(QLabel(self.tr("Isian")))
        editor_layout.addWidget(self.fields, 1)
        editor_layout.addLayout(field_buttons)
        editor_layout.addWidget(QLabel(self.tr("Isi surat (paragraf dipisah baris kosong)")))
        editor_layout.addWidget(self.body)
        editor_layout.addWidget(self.body_error)
        editor_layout.addWidget(self.placeholders)
        closing_row = QFormLayout()
        closing_row.addRow(self.tr("Kalimat penutup"), self.closing)
        editor_layout.addLayout(closing_row)
        numbering = QGroupBox(self.tr("Penomoran surat kantor"))
        numbering_form = QFormLayout(numbering)
        numbering_form.addRow(self.tr("Templat nomor"), self.template)
        numbering_form.addRow(self.tr("Penghitung"), self.scope)
        numbering_form.addRow("", self.numbering_error)
        numbering_form.addRow("", self.numbering_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.type_list, 1)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(numbering)
        editor_scroll = QScrollArea()
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setWidget(editor)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(editor_scroll, 1)
        middle_layout.addWidget(self.error)
        middle_layout.addWidget(self.save_button)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(preview_scroll)
        # as fitted to the screen: the list as narrow as it can be, the form more than the preview
        listed = left.minimumSizeHint().width()
        rest = max(0, self.width() - listed)
        splitter.setSizes([listed, rest * 6 // 10, rest * 4 // 10])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.save_button.setDefault(True)  # Enter in a field saves the type being edited

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_MS)
        self._timer.timeout.connect(self.update_preview)
        for signal in (self.code.textChanged, self.classification.textChanged, self.title.textChanged,
                       self.closing.textChanged, self.template.textChanged):  # fmt: skip
            signal.connect(lambda _t: self._timer.start())
        for widget in (self.body, self.requirements):
            widget.textChanged.connect(self._timer.start)
        self.body.textChanged.connect(self.check_placeholders)
        self.fields.itemChanged.connect(lambda _i: (self.check_placeholders(), self._timer.start()))
        for box in (self.validity, self.fee, self.promised):
            box.valueChanged.connect(lambda _v: self._timer.start())
        self.paper.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.type_list.currentRowChanged.connect(self.open_row)
        self.new_button.clicked.connect(self.start_new)
        self.add_field_button.clicked.connect(lambda: self.add_field(FieldSpec("isian_baru", "Isian baru")))
        self.remove_field_button.clicked.connect(lambda: self.fields.removeRow(self.fields.currentRow()))
        self.save_button.clicked.connect(self.save)
        self.numbering_button.clicked.connect(self.save_numbering)
        settings = self._letters.numbering(context.actor)
        self.template.setText(settings.template)
        self.scope.setCurrentIndex(self.scope.findData(settings.scope.value))
        self.reload()

    # --- loading ----------------------------------------------------------------------------------

    def reload(self, select_id: str | None = None) -> None:
        self.views = self._types.list_types(self._context.actor, include_inactive=True)
        self.type_list.clear()
        for view in self.views:
            self.type_list.addItem(f"{view.code} — {view.title}" + ("" if view.data.active else self.tr(" (nonaktif)")))
        ids = [view.id for view in self.views]
        self.type_list.setCurrentRow(ids.index(select_id) if select_id in ids else 0)

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.views):
            self._editing = self.views[row]
            self.load(self._editing.data)

    def start_new(self) -> None:
        self._editing = None
        self.type_list.clearSelection()
        self.load(LetterTypeData("", "400.12.2.1", "", "Orang tersebut di atas ... untuk keperluan {keperluan}.",
                                 (*PERSON_FIELDS, FieldSpec("keperluan", "Keperluan", required=True)),
                                 ("Surat pengantar RT/RW", "KTP-el", "Kartu Keluarga (KK)")))  # fmt: skip
        self.code.setFocus()

    def load(self, data: LetterTypeData) -> None:
        self.code.setText(data.code)
        self.classification.setText(data.classification)
        self.title.setText(data.title)
        self.paper.setCurrentText(data.paper)
        self.validity.setValue(data.validity_days or 0)
        self.fee.setValue(data.fee)
        self.promised.setValue(data.promised_minutes)
        self.service.setChecked(data.service)
        self.active.setChecked(data.active)
        self.requirements.setPlainText("\n".join(data.requirements))
        self.fields.blockSignals(True)
        self.fields.setRowCount(0)
        for spec in data.fields:
            self.add_field(spec)
        self.fields.blockSignals(False)
        self.body.setPlainText(data.body)
        self.closing.setText(data.closing)
        self.error.setVisible(False)
        self.check_placeholders()
        self.update_preview()

    def add_field(self, spec: FieldSpec) -> None:
        """A row for `spec`; the table tells of the change once the row is whole (a half-built row has no
        check boxes to read)."""
        was_blocked = self.fields.blockSignals(True)
        row = self.fields.rowCount()
        self.fields.insertRow(row)
        self.fields.setItem(row, 0, QTableWidgetItem(spec.key))
        self.fields.setItem(row, 1, QTableWidgetItem(spec.label))
        kind = QComboBox()
        for code in FIELD_KINDS:
            kind.addItem(self.tr(KIND_WORDS[code]), code)
        if kind.findData(spec.kind) < 0:
            kind.addItem(spec.kind, spec.kind)  # unknown here; kept as it is so saving refuses it by name
        kind.setCurrentIndex(kind.findData(spec.kind))
        self.fields.setCellWidget(row, 2, kind)
        for column, value in ((3, spec.required), (5, spec.in_table)):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            self.fields.setItem(row, column, item)
        source = QComboBox()
        source.addItem("", "")
        for code, text in RESIDENT_SOURCES.items():
            source.addItem(QCoreApplication.translate("ResidentSources", text), code)
        source.setCurrentIndex(max(source.findData(spec.source), 0))
        self.fields.setCellWidget(row, 4, source)
        self.fields.setItem(row, 6, QTableWidgetItem("; ".join(spec.choices)))
        for combo in (kind, source):
            combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.fields.blockSignals(was_blocked)
        if not was_blocked:
            self.check_placeholders()
            self._timer.start()

    # --- reading the form -------------------------------------------------------------------------

    def field_specs(self) -> tuple[FieldSpec, ...]:
        specs = []
        for row in range(self.fields.rowCount()):
            text = [(self.fields.item(row, c).text() if self.fields.item(row, c) else "") for c in (0, 1, 6)]
            kind, source = self.fields.cellWidget(row, 2), self.fields.cellWidget(row, 4)
            checked = [self.fields.item(row, c).checkState() == Qt.CheckState.Checked for c in (3, 5)]
            specs.append(
                FieldSpec(
                    key=text[0].strip(),
                    label=text[1].strip(),
                    kind=kind.currentData() if isinstance(kind, QComboBox) else "text",
                    required=checked[0],
                    source=source.currentData() if isinstance(source, QComboBox) else "",
                    in_table=checked[1],
                    choices=tuple(c.strip() for c in text[2].split(";") if c.strip()),
                )
            )
        return tuple(specs)

    def value(self) -> LetterTypeData:
        return LetterTypeData(
            code=self.code.text(),
            classification=self.classification.text(),
            title=self.title.text(),
            body=self.body.toPlainText(),
            fields=self.field_specs(),
            requirements=tuple(self.requirements.toPlainText().splitlines()),
            service=self.service.isChecked(),
            paper=self.paper.currentText(),
            validity_days=self.validity.value() or None,
            fee=self.fee.value(),
            promised_minutes=self.promised.value(),
            closing=self.closing.text(),
            active=self.active.isChecked(),
            sort_order=self._editing.data.sort_order if self._editing else 500,
        )

    # --- checking, preview, saving ----------------------------------------------------------------

    def check_placeholders(self) -> bool:
        keys = [spec.key for spec in self.field_specs()]
        self.placeholders.setText(
            self.tr("Isian yang tersedia: {0}").format(" ".join("{" + k + "}" for k in [*keys, *STANDARD]))
        )
        try:
            check_body(self.body.toPlainText(), keys)
        except ValidationError as error:
            self.body_error.setText(message_for(error))
            self.body_error.setVisible(True)
            return False
        self.body_error.setVisible(False)
        return True

    def update_preview(self) -> None:
        try:
            pdf = self._letters.sample_pdf(self._context.actor, self.value())
        except (DeskError, ValueError, KeyError):
            return  # a half-typed type; the preview keeps the last good page
        if importlib.util.find_spec("PySide6.QtPdf") is None:
            self.preview.setText(self.tr("Pratinjau memerlukan modul PDF Qt (PySide6-Pdf)."))
            return
        from kelurahan_desk.ui.pdf_printing import OpenedPdf  # Qt's PDF module, loaded on use

        self.preview_pdf = OpenedPdf(pdf)
        self.preview.setPixmap(QPixmap.fromImage(self.preview_pdf.page_image(0, PREVIEW_WIDTH)))

    def save(self) -> bool:
        self.error.setVisible(False)
        actor = self._context.actor
        try:
            if self._editing is None:
                saved = self._types.create(actor, self.value())
            else:
                saved = self._types.update(actor, self._editing.id, self.value(), self._editing.rev)
        except DeskError as error:
            self.error.setText(message_for(error))
            self.error.setVisible(True)
            return False
        self.reload(saved.id)
        return True

    def save_numbering(self) -> bool:
        settings = NumberingSettings(self.template.text(), NumberingScope(self.scope.currentData()))
        try:
            self._letters.set_numbering(self._context.actor, settings)
        except DeskError as error:
            self.numbering_error.setText(message_for(error))
            self.numbering_error.setVisible(True)
            return False
        self.numbering_error.setVisible(False)
        self.update_preview()
        return True

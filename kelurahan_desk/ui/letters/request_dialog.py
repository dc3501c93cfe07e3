"""The front desk's request form: pick the resident and the letter type, the fields fill themselves from the
resident record, tick the requirements seen, add scans, then save as draft or hand in (ajukan)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.domain.letter_placeholders import FieldSpec
from kelurahan_desk.core.errors import DeskError, ValidationError
from kelurahan_desk.core.services.letter_types import LetterTypeView
from kelurahan_desk.core.services.letter_views import LetterDetail, LetterRequest, NewScan
from kelurahan_desk.ui.error_messages import message_for
from kelurahan_desk.ui.form_errors import FieldErrors, error_label
from kelurahan_desk.ui.letters.letter_fields import FieldInputs
from kelurahan_desk.ui.letters.screen_fit import fit_to_screen
from kelurahan_desk.ui.search_line import SearchLine
from kelurahan_desk.ui.tab_order import tab_through
from kelurahan_desk.ui.view_context import ViewContext

MAX_SCAN_BYTES = 20 * 1024 * 1024


class LetterRequestDialog(QDialog):
    PREFERRED_SIZE = QSize(760, 760)

    def __init__(
        self,
        context: ViewContext,
        parent: QWidget | None = None,
        resident_id: str | None = None,
        editing: LetterDetail | None = None,
    ) -> None:
        """`editing`: a draft (new, or sent back by the verifier) to correct. Its applicant and type stay, and its
        inputs are the fields and requirements the letter was made with, even if its type changed since."""
        super().__init__(parent)
        self._context = context
        self._services = context.services
        self._editing = editing
        self.result_detail: LetterDetail | None = None
        self.scans: list[NewScan] = []
        self.setWindowTitle(self.tr("Ubah permohonan surat") if editing else self.tr("Permohonan surat"))
        fit_to_screen(self, self.PREFERRED_SIZE)

        self.resident_search = SearchLine()
        self.resident_search.setPlaceholderText(self.tr("Cari nama atau NIK pemohon, lalu Enter"))
        self.resident_list = QListWidget()
        self.resident_list.setMaximumHeight(110)
        self.type_combo = QComboBox()
        self.types: list[LetterTypeView] = self._services.letter_types.list_types(context.actor)
        for kind in self.types:
            self.type_combo.addItem(f"{kind.title} ({kind.code})", kind.id)
        self.facts = QLabel()
        self.facts.setWordWrap(True)

        self.errors = FieldErrors()
        self.general = error_label()
        self.fields_box = QWidget()
        self.fields_form = QFormLayout(self.fields_box)
        self.fields_form.setContentsMargins(0, 0, 0, 0)
        self.inputs = FieldInputs(self.fields_form, self.errors)

        self.requirements_box = QGroupBox(self.tr("Persyaratan yang sudah diperiksa"))
        self.requirements_layout = QVBoxLayout(self.requirements_box)
        self.requirement_checks: list[QCheckBox] = []
        self.scan_list = QListWidget()
        self.scan_list.setMaximumHeight(70)
        self.add_scan_button = QPushButton(self.tr("Tambah pindaian…"))
        self.add_scan_button.setAutoDefault(False)

        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Simpan &draf"))
        self.submit_button = QPushButton(self.tr("&Ajukan"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setAutoDefault(False)

        top = QFormLayout()
        top.addRow(self.tr("&Pemohon"), self.resident_search)
        top.addRow("", self.resident_list)
        top.addRow(self.tr("&Jenis surat"), self.type_combo)
        top.addRow("", self.facts)
        scans = QHBoxLayout()
        scans.addWidget(self.scan_list, 1)
        scans.addWidget(self.add_scan_button, 0, Qt.AlignmentFlag.AlignTop)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.fields_box)
        content_layout.addWidget(self.requirements_box)
        content_layout.addLayout(scans)
        content_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.submit_button.setDefault(True)  # only once the button is in the dialog does the dialog take it

        self.resident_search.returnPressed.connect(self.search_residents)
        self.resident_list.currentItemChanged.connect(lambda *_: self.refill())
        self.type_combo.currentIndexChanged.connect(lambda _i: self.type_changed())
        self.add_scan_button.clicked.connect(self.pick_scan)
        self.save_button.clicked.connect(lambda: self.save(submit=False))
        self.submit_button.clicked.connect(lambda: self.save(submit=True))
        buttons.rejected.connect(self.reject)
        resident_id = editing.resident_id if editing else resident_id
        if resident_id:
            detail = self._services.residents.get(context.actor, resident_id)
            self._add_resident(detail.id, detail.name, detail.nik)
            self.resident_list.setCurrentRow(0)
        if editing is None:
            self.type_changed()
        else:
            self._show_letter(editing)

    # --- choosing ---------------------------------------------------------------------------------

    def search_residents(self) -> None:
        self.resident_list.clear()
        for row in self._services.residents.search(self._context.actor, self.resident_search.text(), limit=20):
            if row.status == "hidup":
                self._add_resident(row.id, row.name, row.nik)
        if self.resident_list.count():
            self.resident_list.setCurrentRow(0)

    def _add_resident(self, resident_id: str, name: str, nik: str) -> None:
        item = QListWidgetItem(f"{name} — {nik}")
        item.setData(Qt.ItemDataRole.UserRole, resident_id)
        self.resident_list.addItem(item)

    def resident_id(self) -> str | None:
        item = self.resident_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def current_type(self) -> LetterTypeView:
        return self.types[max(self.type_combo.currentIndex(), 0)]

    def select_type(self, code: str) -> None:
        self.type_combo.setCurrentIndex(next(i for i, t in enumerate(self.types) if t.code == code))

    def _show_letter(self, letter: LetterDetail) -> None:
        """The draft being corrected, with the fields and requirements it was made with."""
        self.type_combo.blockSignals(True)
        self.type_combo.clear()
        self.type_combo.addItem(f"{letter.title} ({letter.type_code})", letter.type_id)
        self.type_combo.blockSignals(False)
        for widget in (self.type_combo, self.resident_search, self.resident_list):
            widget.setEnabled(False)  # another applicant or type is another letter
        self._build(letter.fields, letter.requirements)
        self.inputs.load(letter.values)
        for check in self.requirement_checks:
            check.setChecked(check.text() in letter.requirements_seen)

    def _build(self, fields: tuple[FieldSpec, ...], requirements: tuple[str, ...]) -> None:
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        self.errors = FieldErrors()
        self.inputs = FieldInputs(self.fields_form, self.errors)
        self.inputs.build(fields)
        for check in self.requirement_checks:
            self.requirements_layout.removeWidget(check)
            check.hide()
            check.deleteLater()
        self.requirement_checks = [QCheckBox(text) for text in requirements]
        for check in self.requirement_checks:
            self.requirements_layout.addWidget(check)
        chain = [self.type_combo, *self.inputs.widgets.values(), *self.requirement_checks, self.scan_list]
        tab_through(chain)  # the rebuilt fields come right after the type, as they show

    def type_changed(self) -> None:
        kind = self.current_type().data
        self._build(kind.fields, kind.requirements)
        validity = (
            self.tr("berlaku {0} hari").format(kind.validity_days)
            if kind.validity_days
            else self.tr("tanpa masa berlaku")
        )
        fee = self.tr("gratis") if not kind.fee else f"Rp{kind.fee:,}".replace(",", ".")
        self.facts.setText(
            self.tr("Kode {0}, kertas {1}, {2}, {3}, janji selesai {4} menit").format(
                kind.classification, kind.paper, validity, fee, kind.promised_minutes
            )
        )
        self.refill()

    def refill(self) -> None:
        if self._editing is not None:
            return  # the draft keeps what was typed into it
        kind = self.current_type()
        self.inputs.load(self._services.letters.prefill(self._context.actor, kind.id, self.resident_id()))

    def pick_scan(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih pindaian"), "", self.tr("Gambar atau PDF (*.png *.jpg *.jpeg *.pdf)")
        )
        if path:
            self.add_scan(Path(path))

    def add_scan(self, path: Path, label: str = "") -> None:
        data = path.read_bytes()[: MAX_SCAN_BYTES + 1]
        self.scans.append(NewScan(path.name, data, label))
        self.scan_list.addItem(f"{path.name}" + (f" ({label})" if label else ""))

    def show_field_error(self, error: ValidationError) -> None:
        """The message under its input, scrolled into view (the dialog does not grow past the screen)."""
        self.errors.show(error)
        self.scroll.widget().layout().activate()
        self.scroll.ensureWidgetVisible(self.inputs.widgets[error.field].parentWidget())

    def show_general(self, error: DeskError) -> None:
        self.general.setText(message_for(error))
        self.general.setVisible(True)

    # --- saving -----------------------------------------------------------------------------------

    def request(self) -> LetterRequest:
        seen = tuple(check.text() for check in self.requirement_checks if check.isChecked())
        type_id = self._editing.type_id if self._editing is not None else self.current_type().id
        return LetterRequest(type_id, self.inputs.values(), self.resident_id(), seen, tuple(self.scans))

    def save(self, *, submit: bool) -> None:
        self.errors.clear_errors()
        self.general.setVisible(False)
        missing = self.errors.empty(spec.key for spec in self.inputs.specs if spec.required)
        if self.errors.show_required(missing):
            self.scroll.widget().layout().activate()
            self.scroll.ensureWidgetVisible(self.inputs.widgets[missing[0]].parentWidget())
            return
        letters, actor, editing = self._services.letters, self._context.actor, self._editing
        try:
            if editing is None:
                self.result_detail = letters.create(actor, self.request(), submit=submit)
            else:
                self.result_detail = self._editing = letters.update(actor, editing.id, self.request(), editing.rev)
                if submit:
                    self.result_detail = letters.submit(actor, editing.id)
        except ValidationError as error:
            if self.errors.knows(error.field):
                self.show_field_error(error)
            else:
                self.show_general(error)
            return
        except DeskError as error:
            self.show_general(error)
            return
        self.accept()

"""Importing residents from CSV or Excel: file → columns → preview → check → report → accept.

Nothing is written until the clerk presses "Terima baris yang valid" on the report; closing the
wizard before that changes nothing. Reading and checking run in the background with progress and
can be cancelled; the report lists every refused row with its line and reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.importing.resident_columns import FIELDS
from kelurahan_desk.core.services.resident_import import ImportPlan, ImportPreview, ImportResult
from kelurahan_desk.ui.amount_texts import thousands
from kelurahan_desk.ui.error_dialog import show_error
from kelurahan_desk.ui.error_messages import field_label, message_for, problem_text
from kelurahan_desk.ui.message_boxes import inform
from kelurahan_desk.ui.residents.import_report_model import ImportReportModel
from kelurahan_desk.ui.task_progress import run_with_progress
from kelurahan_desk.ui.task_runner import TaskHandle
from kelurahan_desk.ui.view_context import RESIDENTS, ViewContext

REQUIRED = ("nik", "name")
LAST_FOLDER_KEY = "import/last_folder"
FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, REPORT_PAGE = range(4)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Pilih berkas penduduk"))
        self.setSubTitle(
            self.tr("Berkas CSV atau Excel (.xlsx) dengan satu baris judul kolom, satu penduduk per baris.")
        )
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.choose = QPushButton(self.tr("&Pilih berkas…"))
        self.choose.clicked.connect(self.choose_file)
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.setFocusProxy(self.choose)

    def choose_file(self) -> None:
        settings: QSettings = self._wizard.context.settings
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih berkas penduduk"),
            str(settings.value(LAST_FOLDER_KEY, "") or ""),
            self.tr("Data penduduk (*.csv *.xlsx *.txt);;Semua berkas (*)"),
        )
        if path:
            settings.setValue(LAST_FOLDER_KEY, str(Path(path).parent))
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Reads the file's headers and first rows in the background; Next is enabled once they are in."""
        self.path.setText(str(path))
        self._wizard.preview = None
        self.status.setText(self.tr("Membaca berkas…"))
        self.completeChanged.emit()
        service, actor = self._wizard.context.services.resident_import, self._wizard.context.actor
        self._wizard.context.runner.run(
            lambda _task: service.preview(actor, path), on_done=self._loaded, on_error=self._failed
        )

    def _loaded(self, preview: ImportPreview) -> None:
        file_problems = [p for p in preview.problems if p.line == 0]
        if not preview.headers or not preview.total_rows:
            reasons = "; ".join(problem_text(p) for p in file_problems) or message_for(
                ValidationError("file", "no_rows")
            )
            self.status.setText(self.tr("Berkas ini tidak dapat diimpor: {reason}").format(reason=reasons))
            return
        self._wizard.preview = preview
        self._wizard.path = Path(self.path.text())
        self.status.setText(
            self.tr("{rows} baris data, {columns} kolom. Tekan Lanjut untuk memilih kolom.").format(
                rows=thousands(preview.total_rows), columns=len(preview.headers)
            )
        )
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(message_for(exc))
        if not isinstance(exc, ValidationError):
            show_error(self, exc)

    def isComplete(self) -> bool:
        return self._wizard.preview is not None


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Kolom mana berisi apa?"))
        self.setSubTitle(
            self.tr("Isian sudah ditebak dari judul kolom; periksa dan ubah bila perlu. NIK dan Nama wajib (*).")
        )
        self.combos: dict[str, QComboBox] = {}
        self.samples: dict[str, QLabel] = {}
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        inner = QWidget()
        form = QFormLayout(inner)
        for name in FIELDS:
            combo = QComboBox()
            combo.setMinimumWidth(220)
            sample = QLabel()
            sample.setStyleSheet("color: #555;")
            sample.setMinimumWidth(200)
            row = QHBoxLayout()
            row.addWidget(combo, 1)
            row.addWidget(sample, 1)
            self.combos[name] = combo
            self.samples[name] = sample
            combo.currentIndexChanged.connect(lambda _i, name=name: self._show_sample(name))
            form.addRow(field_label(name) + (" *" if name in REQUIRED else ""), row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        preview = self._wizard.preview
        assert preview is not None
        for name, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(tidak ada)"), None)
            for index, header in enumerate(preview.headers):
                combo.addItem(header or self.tr("(kolom {number})").format(number=index + 1), index)
            suggested = preview.mapping.get(name)
            combo.setCurrentIndex(0 if suggested is None else suggested + 1)
        self.error.clear()

    def _show_sample(self, name: str) -> None:
        preview, index = self._wizard.preview, self.combos[name].currentData()
        values = [
            cells[index] for cells in (preview.rows if preview else [])[:2] if index is not None and index < len(cells)
        ]
        shown = ", ".join(value for value in values if value)
        self.samples[name].setText(self.tr("mis. {values}").format(values=shown) if shown else "")

    def mapping(self) -> dict[str, int]:
        return {name: combo.currentData() for name, combo in self.combos.items() if combo.currentData() is not None}

    def validatePage(self) -> bool:
        missing = [field_label(name) for name in REQUIRED if name not in self.mapping()]
        if missing:
            self.error.setText(self.tr("Pilih kolom untuk: {fields}.").format(fields=", ".join(missing)))
            self.combos[REQUIRED[0] if "nik" not in self.mapping() else REQUIRED[1]].setFocus()
            return False
        self._wizard.mapping = self.mapping()
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Contoh isi berkas"))
        self.setSubTitle(
            self.tr("Baris pertama berkas menurut pilihan kolom tadi. Bila ada yang tertukar, tekan Kembali.")
        )
        self.table = QTableWidget()
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        QVBoxLayout(self).addWidget(self.table)

    def initializePage(self) -> None:
        preview = self._wizard.preview
        assert preview is not None
        mapping = self._wizard.mapping
        fields = [name for name in FIELDS if name in mapping]
        self.table.clear()
        self.table.setColumnCount(len(fields))
        self.table.setHorizontalHeaderLabels([field_label(name) for name in fields])
        self.table.setRowCount(len(preview.rows))
        for row, cells in enumerate(preview.rows):
            for column, name in enumerate(fields):
                index = mapping[name]
                self.table.setItem(row, column, QTableWidgetItem(cells[index] if index < len(cells) else ""))
        self.table.resizeColumnsToContents()


class ReportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._handle: TaskHandle | None = None
        self.setTitle(self.tr("Pemeriksaan setiap baris"))
        self.setSubTitle(self.tr("Belum ada data yang disimpan. Periksa laporan, lalu terima baris yang valid."))
        self.progress = QProgressBar()
        self.stop = QPushButton(self.tr("Hentikan"))
        self.stop.clicked.connect(self._cancel)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.report = ImportReportModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.report)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.copy = QPushButton(self.tr("Salin laporan"))
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.report.as_text()))
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.stop)
        layout = QVBoxLayout(self)
        layout.addLayout(running)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.copy)

    def initializePage(self) -> None:
        wizard = self._wizard
        wizard.plan = None
        self.report.set_plan(None)
        self.summary.setText(self.tr("Memeriksa…"))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.stop.setVisible(True)
        self.copy.setEnabled(False)
        service, actor, path, mapping = (
            wizard.context.services.resident_import,
            wizard.context.actor,
            wizard.path,
            wizard.mapping,
        )

        def work(task: Any) -> ImportPlan:
            return service.validate(
                actor,
                path,
                mapping,
                progress=lambda done, total: task.progress(done, total),
                cancelled=lambda: task.cancelled,
            )

        self._handle = wizard.context.runner.run(
            work, on_done=self._checked, on_error=self._failed, on_progress=self._progressed
        )

    def cleanupPage(self) -> None:
        self._cancel()

    def _cancel(self) -> None:
        if self._handle is not None and self._handle.running:
            self._handle.cancel()

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        self.stop.setVisible(False)
        self.summary.setText(message_for(exc))
        if not isinstance(exc, ValidationError):
            show_error(self, exc)

    def _checked(self, plan: ImportPlan) -> None:
        self.progress.setVisible(False)
        self.stop.setVisible(False)
        if plan.cancelled:
            self.summary.setText(self.tr("Pemeriksaan dihentikan. Tekan Kembali lalu Lanjut untuk memeriksa ulang."))
            return
        self._wizard.plan = plan
        self.report.set_plan(plan)
        self.copy.setEnabled(self.report.rowCount() > 0)
        self.summary.setText(
            self.tr(
                "<b>{total}</b> baris diperiksa: <b>{new}</b> penduduk baru siap ditambahkan ({families} KK baru), "
                "{same} sudah ada dan sama, {different} sudah ada dengan data berbeda, "
                "<b>{rejected}</b> ditolak, {warnings} peringatan."
            ).format(
                total=thousands(plan.total_rows),
                new=thousands(len(plan.new)),
                families=thousands(plan.new_families),
                same=thousands(len(plan.unchanged)),
                different=thousands(len(plan.exists_different)),
                rejected=thousands(plan.rejected_rows),
                warnings=thousands(len(plan.warnings)),
            )
        )
        wizard = self._wizard
        wizard.setButtonText(
            QWizard.WizardButton.FinishButton,
            self.tr("&Terima baris yang valid") if plan.new else self.tr("&Tutup"),
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._wizard.plan is not None

    def validatePage(self) -> bool:
        plan = self._wizard.plan
        if plan is None:
            return False
        if not plan.new or self._wizard.import_result is not None:  # QWizard.accept() asks again once applied
            return True
        self._wizard.apply_plan(plan)
        return False


class ImportWizard(QWizard):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.mapping: dict[str, int] = {}
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        self.setWindowTitle(self.tr("Impor data penduduk"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Kembali"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Terima baris yang valid"))
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.report_page = ReportPage(self)
        self.setPage(FILE_PAGE, self.file_page)
        self.setPage(MAPPING_PAGE, self.mapping_page)
        self.setPage(PREVIEW_PAGE, self.preview_page)
        self.setPage(REPORT_PAGE, self.report_page)
        self.resize(820, 640)

    def apply_plan(self, plan: ImportPlan) -> None:
        service, actor = self.context.services.resident_import, self.context.actor

        def work(task: Any) -> ImportResult:
            return service.apply(
                actor, plan, progress=lambda done, total: task.progress(done, total), cancelled=lambda: task.cancelled
            )

        run_with_progress(
            self,
            self.context.runner,
            QCoreApplication.translate("ImportWizard", "Menyimpan penduduk baru…"),
            work,
            self._applied,
            write=True,
        )

    def _applied(self, result: ImportResult) -> None:
        self.import_result = result
        self.context.notices.notify(RESIDENTS)
        text = self.tr("{created} penduduk dan {families} KK ditambahkan.").format(
            created=thousands(result.created), families=thousands(result.families_created)
        )
        if result.cancelled:
            text += " " + self.tr("Penyimpanan dihentikan di tengah; sisanya belum disimpan.")
        inform(self, self.tr("Impor selesai"), text)
        self.accept()

"""The residents view: search as you type on the left, the chosen resident on the right.

Typing waits 150 ms for a pause, then asks `ResidentService.search` for the first page in the
background; older answers that arrive late are dropped. "Muat lebih banyak" (or scrolling to the
end) fetches the next page, so sixty thousand residents stay quick. A change notice "residents"
searches again and keeps the chosen resident selected.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.services.permissions import Permission
from kelurahan_desk.ui.amount_texts import thousands
from kelurahan_desk.ui.error_dialog import show_error
from kelurahan_desk.ui.message_boxes import ask
from kelurahan_desk.ui.residents.choices import STATUS, label
from kelurahan_desk.ui.residents.resident_detail import ResidentDetailPanel
from kelurahan_desk.ui.residents.table_model import KK_COLUMN, ResidentTableModel
from kelurahan_desk.ui.text_column_fit import fit_columns_to_texts
from kelurahan_desk.ui.view_context import RESIDENTS, ViewContext

PAGE = 100
DEBOUNCE_MS = 150


class ResidentsView(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._generation = 0
        self._total = 0
        self._loading_more = False
        self._keep_id: str | None = None
        actor = context.actor

        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(self.tr("Cari nama, NIK, No. KK (kk:3273…) atau RT/RW (mis. 3/5)"))
        self.search_box.setMinimumWidth(340)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Semua status"), None)
        for code in STATUS:
            self.status_filter.addItem(label(STATUS, code), code)
        self.status_filter.setCurrentIndex(self.status_filter.findData("hidup"))
        self.new_button = QPushButton(self.tr("&Baru"))
        self.new_button.setToolTip(self.tr("Tambah penduduk baru (Ctrl+N)"))
        self.new_button.setVisible(actor.can(Permission.EDIT_RESIDENTS))
        self.import_button = QPushButton(self.tr("&Impor…"))
        self.import_button.setVisible(actor.can(Permission.IMPORT_RESIDENTS))
        self.export_button = QPushButton(self.tr("&Ekspor…"))
        self.export_button.setVisible(actor.can(Permission.EXPORT_DATA))

        self.model = ResidentTableModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        # names are read first: the name column takes what it needs, the KK number gives way when space is short.
        # Widths are fitted once per page received (`_fit_columns`), not on every layout of the window.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSectionResizeMode(KK_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()
        self.more_button = QPushButton(self.tr("Muat lebih banyak"))
        self.more_button.setVisible(False)
        self.detail = ResidentDetailPanel(context)

        top = QHBoxLayout()
        search_label = QLabel(self.tr("&Cari:"))
        search_label.setBuddy(self.search_box)
        top.addWidget(search_label)
        top.addWidget(self.search_box, 1)
        top.addWidget(self.status_filter)
        top.addWidget(self.new_button)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.more_button)
        left_layout.addLayout(bottom)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 470])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        self.search_box.textChanged.connect(lambda _t: self._debounce.start())
        self.search_box.returnPressed.connect(self._enter_in_search)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.search_now())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda _i: self.detail.form.focus_first())
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.more_button.clicked.connect(self.load_more)
        self.new_button.clicked.connect(self.start_new)
        self.import_button.clicked.connect(self.open_import)
        self.export_button.clicked.connect(self.open_export)
        self.detail.saved.connect(self._saved)
        self.detail.open_resident.connect(self.open_resident)
        context.notices.changed.connect(self._on_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_first).setWhatsThis(self.tr("Cari penduduk"))
        QShortcut(QKeySequence.StandardKey.New, self, self.start_new).setWhatsThis(self.tr("Penduduk baru"))
        self.search_now()

    # --- searching --------------------------------------------------------------------------------

    def focus_first(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def search_now(self) -> None:
        self._debounce.stop()
        self._generation += 1
        generation = self._generation
        residents, actor = self._context.services.residents, self._context.actor
        query, status = self.search_box.text(), self.status_filter.currentData()

        def work(_task: Any) -> tuple[list[Any], int]:
            rows = residents.search(actor, query, status=status, limit=PAGE, offset=0)
            total = len(rows) if len(rows) < PAGE else residents.count(actor, query, status=status)
            return rows, total

        self._context.runner.run(
            work, on_done=lambda result: self._show_first_page(generation, *result), on_error=self._failed
        )

    def _show_first_page(self, generation: int, rows: list[Any], total: int) -> None:
        if generation != self._generation:
            return
        self._total = total
        self.model.set_rows(rows)
        self._fit_columns()
        self._update_count()
        keep = self._keep_id or self.detail.resident_id()
        self._keep_id = None
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self._select_row(row, load=False)

    def load_more(self) -> None:
        if self._loading_more or self.model.rowCount() >= self._total:
            return
        self._loading_more = True
        generation = self._generation
        residents, actor = self._context.services.residents, self._context.actor
        query, status, offset = self.search_box.text(), self.status_filter.currentData(), self.model.rowCount()
        self._context.runner.run(
            lambda _task: residents.search(actor, query, status=status, limit=PAGE, offset=offset),
            on_done=lambda rows: self._show_more(generation, rows),
            on_error=self._failed,
        )

    def _show_more(self, generation: int, rows: list[Any]) -> None:
        self._loading_more = False
        if generation == self._generation:
            self.model.append_rows(rows)
            self._fit_columns()
            self._update_count()

    def _fit_columns(self) -> None:
        columns = [column for column in range(self.model.columnCount()) if column != KK_COLUMN]
        fit_columns_to_texts(self.table, {column: self.model.column_texts(column) for column in columns})

    def _failed(self, exc: BaseException) -> None:
        self._loading_more = False
        show_error(self, exc)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self._total
        if total == 0:
            text = self.tr("Tidak ada penduduk yang cocok.")
        elif shown < total:
            text = self.tr("Menampilkan {shown} dari {total} penduduk").format(
                shown=thousands(shown), total=thousands(total)
            )
        else:
            text = self.tr("{total} penduduk").format(total=thousands(total))
        self.count_label.setText(text)
        self.more_button.setVisible(shown < total)

    def _scrolled(self, value: int) -> None:
        if value >= self.table.verticalScrollBar().maximum() - 2:
            self.load_more()

    def _enter_in_search(self) -> None:
        self.search_now()
        if self.model.rowCount():
            self.table.setFocus()
            if not self.table.selectionModel().hasSelection():
                self._select_row(0)

    # --- choosing a resident ----------------------------------------------------------------------

    def _select_row(self, row: int, *, load: bool = True) -> None:
        index = self.model.index(row, 0)
        selection = self.table.selectionModel()
        if not load:
            selection.blockSignals(True)
        selection.setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.blockSignals(False)
        self.table.scrollTo(index)

    def _row_changed(self, current: Any, previous: Any) -> None:
        if not current.isValid():
            return
        resident = self.model.row_at(current.row())
        if resident.id == self.detail.resident_id():
            return
        if not self._may_leave():
            if previous.isValid():
                self._select_row(previous.row(), load=False)
            return
        self.detail.show_resident(resident.id)

    def _may_leave(self) -> bool:
        if not self.detail.dirty:
            return True
        return ask(
            self,
            self.tr("Perubahan belum disimpan"),
            self.tr("Perubahan pada data ini belum disimpan. Tinggalkan dan buang perubahan itu?"),
            self.tr("Buang perubahan"),
            self.tr("Kembali"),
        )

    def open_resident(self, resident_id: str) -> None:
        if resident_id == self.detail.resident_id() or not self._may_leave():
            return
        self.detail.show_resident(resident_id)
        row = self.model.row_of(resident_id)
        if row >= 0:
            self._select_row(row, load=False)
        else:
            self.table.clearSelection()

    def start_new(self) -> None:
        if not self._context.actor.can(Permission.EDIT_RESIDENTS) or not self._may_leave():
            return
        self.table.clearSelection()
        self.detail.start_new()
        self.detail.form.focus_first()

    def _saved(self, resident_id: str) -> None:
        self._keep_id = resident_id

    def _on_changed(self, topic: str) -> None:
        if topic == RESIDENTS:
            self.search_now()

    # --- import and export ------------------------------------------------------------------------

    def open_import(self) -> None:
        from kelurahan_desk.ui.residents.import_wizard import ImportWizard

        ImportWizard(self._context, self).exec()

    def open_export(self) -> None:
        from kelurahan_desk.ui.residents.export_action import export_residents

        export_residents(self, self._context, self.search_box.text(), self.status_filter.currentData())

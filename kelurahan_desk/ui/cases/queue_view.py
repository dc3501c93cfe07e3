"""The case queues: filters on top, the list (deadlines marked) on the left, the chosen case on the right.

A change of filter asks the service for the first page in the background; older answers that arrive
late are dropped. A case the new list does not hold leaves the panel on the right; after the clerk's own
step or intake the case stays there even when it has left the list. "Muat lebih banyak" fetches the next
page. Enter on a row moves to the case's steps.
Exports (CSV, Excel, Open311 JSON, and the month's recap) cover the whole filtered queue, not one page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.services.case_queues import CasePage
from kelurahan_desk.core.services.permissions import Permission
from kelurahan_desk.ui.cases.case_table_model import CaseTableModel
from kelurahan_desk.ui.cases.detail_panel import CaseDetailPanel
from kelurahan_desk.ui.cases.queue_filters import CaseQueueFilters
from kelurahan_desk.ui.elided_label import ElidedLabel
from kelurahan_desk.ui.error_dialog import show_error
from kelurahan_desk.ui.message_boxes import inform
from kelurahan_desk.ui.view_context import ViewContext

PAGE = 50
CASES = "cases"


class CaseQueueView(QWidget):
    case_changed = Signal(str)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._generation = 0
        self._has_more = False
        self.filters = CaseQueueFilters(context)
        self.model = CaseTableModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(False)  # the time left is read whole; the list scrolls
        self.count_label = ElidedLabel()
        self.more_button = QPushButton(self.tr("Muat lebih banyak"))
        self.more_button.setVisible(False)
        self.export_button = QPushButton(self.tr("E&kspor"))
        self.export_button.setVisible(context.actor.can(Permission.EXPORT_DATA))
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Daftar ini ke CSV…"), lambda: self.export("csv"))
        menu.addAction(self.tr("Daftar ini ke Excel…"), lambda: self.export("xlsx"))
        menu.addAction(self.tr("Daftar ini ke Open311 (JSON)…"), lambda: self.export("open311"))
        menu.addSeparator()
        menu.addAction(self.tr("Rekap bulan ini ke Excel…"), self.export_recap)
        self.export_button.setMenu(menu)
        self.detail = CaseDetailPanel(context)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.more_button)
        bottom.addWidget(self.export_button)
        left_layout.addLayout(bottom)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([800, 540])
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)

        self.filters.changed.connect(lambda: self.refresh(filtered=True))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(self._activated)
        self.more_button.clicked.connect(self.load_more)
        self.detail.changed.connect(self._case_acted)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_first).setWhatsThis(self.tr("Cari kasus"))
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh).setWhatsThis(self.tr("Muat ulang antrian"))
        self.refresh()

    def focus_first(self) -> None:
        self.filters.text.setFocus()
        self.filters.text.selectAll()

    # --- loading --------------------------------------------------------------------------------

    def refresh(self, *, filtered: bool = False) -> None:
        """`filtered`: the filters changed, so a case shown on the right that is not in the new list goes."""
        self._generation += 1
        generation = self._generation
        cases, actor, query = self._context.services.cases, self._context.actor, self.filters.query(limit=PAGE)
        self._context.runner.run(
            lambda _task: cases.queue(actor, query),
            on_done=lambda page: self._show(generation, page, replace=True, filtered=filtered),
            on_error=lambda exc: show_error(self, exc),
        )

    def load_more(self) -> None:
        generation = self._generation
        cases, actor = self._context.services.cases, self._context.actor
        query = self.filters.query(limit=PAGE, offset=self.model.rowCount())
        self._context.runner.run(
            lambda _task: cases.queue(actor, query),
            on_done=lambda page: self._show(generation, page, replace=False),
            on_error=lambda exc: show_error(self, exc),
        )

    def _show(self, generation: int, page: CasePage, *, replace: bool, filtered: bool = False) -> None:
        if generation != self._generation:
            return
        keep = self.detail.case_id()
        if replace:
            self.model.set_rows(page.rows)
        else:
            self.model.append_rows(page.rows)
        self._has_more = page.has_more
        shown = self.model.rowCount()
        self.count_label.setText(
            self.tr("Tidak ada kasus yang cocok.")
            if shown == 0
            else self.tr("%n kasus ditampilkan{more}", "", shown).format(
                more=self.tr(", ada lagi") if page.has_more else ""
            )
        )
        self.more_button.setVisible(page.has_more)
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        elif keep and filtered:
            self.detail.show_case(None)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            case_id = self.model.row_at(current.row()).id
            if case_id != self.detail.case_id():
                self.detail.load(case_id)

    def _activated(self, index: QModelIndex) -> None:
        self._row_changed(index, QModelIndex())
        first = next(iter(self.detail.action_buttons.values()), None)
        (first or self.detail).setFocus()

    def select_case(self, case_id: str) -> None:
        """Shows one case on the right, whether or not it is in the current page."""
        self.detail.load(case_id)
        row = self.model.row_of(case_id)
        if row >= 0:
            self.table.selectRow(row)

    def _case_acted(self, case_id: str) -> None:
        self._context.notices.notify(CASES)
        self.case_changed.emit(case_id)
        self.refresh()

    # --- exports --------------------------------------------------------------------------------

    def export(self, fmt: str, path: Path | None = None) -> None:
        suffix = {"csv": "csv", "xlsx": "xlsx", "open311": "json"}[fmt]
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan ekspor"), f"kasus.{suffix}", f"*.{suffix}")
            if not name:
                return
            path = Path(name)
        exports, actor, query = self._context.services.case_exports, self._context.actor, self.filters.query(limit=PAGE)

        def work(_task: Any) -> int:
            if fmt == "open311":
                return exports.write_open311(actor, query, path)
            return exports.write_table(actor, query, path, fmt)  # type: ignore[arg-type]

        self._context.runner.run(
            work,
            on_done=lambda n: inform(
                self, self.tr("Ekspor"), self.tr("{n} kasus diekspor ke {path}.").format(n=n, path=path)
            ),
            on_error=lambda exc: show_error(self, exc),
        )

    def export_recap(self, path: Path | None = None) -> None:
        today = self._context.services.clock.today()
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Simpan rekap"), f"rekap-kasus-{today:%Y-%m}.xlsx", "*.xlsx *.csv"
            )
            if not name:
                return
            path = Path(name)
        exports, actor = self._context.services.case_exports, self._context.actor
        fmt = "csv" if path.suffix.lower() == ".csv" else "xlsx"
        self._context.runner.run(
            lambda _task: exports.write_recap(actor, today.year, today.month, path, fmt),
            on_done=lambda recap: inform(self, self.tr("Rekap"), self._recap_text(recap)),
            on_error=lambda exc: show_error(self, exc),
        )

    def _recap_text(self, recap: Any) -> str:
        share = recap.compliance()
        compliance = self.tr("belum ada yang jatuh tempo") if share is None else f"{share:.0%}"
        return self.tr("{n} kasus diterima bulan ini; kepatuhan tenggat {share}.").format(
            n=recap.received, share=compliance
        )

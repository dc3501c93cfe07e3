"""For the lurah: open work and overdue cases per officer; pick an officer to see their late cases and
escalate one (Ctrl+E)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.domain.case_states import CaseAction
from kelurahan_desk.core.services.case_queues import CaseQuery, Queue
from kelurahan_desk.core.services.case_views import OfficerLoad
from kelurahan_desk.core.services.permissions import Permission
from kelurahan_desk.ui.cases.action_dialog import CaseActionDialog
from kelurahan_desk.ui.cases.case_labels import long_date
from kelurahan_desk.ui.cases.case_table_model import CaseTableModel
from kelurahan_desk.ui.error_dialog import show_error
from kelurahan_desk.ui.view_context import ViewContext

LOAD_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN = 200


class OverdueByOfficerView(QWidget):
    escalated = Signal(str)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.loads = QTableWidget(0, 5)
        self.loads.setTabKeyNavigation(False)
        self.loads.setHorizontalHeaderLabels(
            [self.tr("Petugas / unit"), self.tr("Berjalan"), self.tr("Terlambat"), self.tr("Tenggat tertua"), ""]
        )
        self.loads.setColumnHidden(4, True)
        self.loads.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.loads.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.loads.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.loads.verticalHeader().setVisible(False)
        self.loads.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.loads.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.cases = CaseTableModel(self)
        self.case_table = QTableView()
        self.case_table.setTabKeyNavigation(False)
        self.case_table.setModel(self.cases)
        self.case_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.case_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.case_table.verticalHeader().setVisible(False)
        self.case_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.case_table.horizontalHeader().setStretchLastSection(False)  # the time left is read whole; the list scrolls
        self.caption = QLabel()
        self.escalate_button = QPushButton(self.tr("&Eskalasi… (Ctrl+E)"))
        self.escalate_button.setVisible(context.actor.can(Permission.ESCALATE_CASES))
        buttons = QHBoxLayout()
        buttons.addWidget(self.caption, 1)
        buttons.addWidget(self.escalate_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Beban kerja dan keterlambatan per petugas")))
        layout.addWidget(self.loads, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.case_table, 3)
        self.loads.currentCellChanged.connect(lambda row, *_a: self._officer_chosen(row))
        self.escalate_button.clicked.connect(self.escalate_selected)
        QShortcut(QKeySequence("Ctrl+E"), self, self.escalate_selected).setWhatsThis(self.tr("Eskalasi kasus terpilih"))
        self.refresh()

    def focus_first(self) -> None:
        self.loads.setFocus()

    def refresh(self) -> None:
        cases, actor = self._context.services.cases, self._context.actor
        self._context.runner.run(
            lambda _task: cases.overdue_by_officer(actor),
            on_done=self._show_loads,
            on_error=lambda e: show_error(self, e),
        )

    def _show_loads(self, loads: list[OfficerLoad]) -> None:
        keep = self.loads.currentRow()
        self.loads.setRowCount(len(loads))
        for row, load in enumerate(loads):
            name = load.name or load.unit or self.tr("(belum ditugaskan)")
            if load.name and load.unit:
                name = f"{load.name} · {load.unit}"
            cells = [name, str(load.open_cases), str(load.overdue), long_date(load.oldest_due)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 2 and load.overdue:
                    item.setForeground(Qt.GlobalColor.darkRed)
                item.setData(LOAD_ROLE, load)
                self.loads.setItem(row, column, item)
        if loads:
            self.loads.selectRow(min(max(keep, 0), len(loads) - 1))

    def _officer_chosen(self, row: int) -> None:
        item = self.loads.item(row, 0) if row >= 0 else None
        if item is None:
            self.cases.set_rows([])
            return
        load: OfficerLoad = item.data(LOAD_ROLE)
        query = CaseQuery(queue=Queue.TERLAMBAT, assignee_id=load.assignee_id, limit=SHOWN)
        if load.assignee_id is None:
            query = CaseQuery(queue=Queue.TERLAMBAT, limit=SHOWN)
        cases, actor = self._context.services.cases, self._context.actor
        unit = load.unit

        def work(_task: object) -> list:
            rows = cases.queue(actor, query).rows
            if load.assignee_id is None:  # not given to an officer: those of this unit, or of nobody
                rows = [r for r in rows if r.assignee == unit]
            return rows

        self._context.runner.run(work, on_done=self._show_cases, on_error=lambda e: show_error(self, e))

    def _show_cases(self, rows: list) -> None:
        self.cases.set_rows(rows)
        self.caption.setText(self.tr("%n kasus terlambat", "", len(rows)))
        if rows:
            self.case_table.selectRow(0)

    def escalate_selected(self) -> CaseActionDialog | None:
        index = self.case_table.currentIndex()
        if not index.isValid() or not self._context.actor.can(Permission.ESCALATE_CASES):
            return None
        case = self._context.services.cases.get(self._context.actor, self.cases.row_at(index.row()).id)
        dialog = CaseActionDialog(self._context, case, CaseAction.ESKALASI, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._escalated(case.id))
        dialog.open()
        return dialog

    def _escalated(self, case_id: str) -> None:
        self.escalated.emit(case_id)
        self.refresh()

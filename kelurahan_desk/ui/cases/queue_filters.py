"""The filter bar above the case list: queue, state, kind, category, officer, RT/RW, dates, text, escalated.

`query()` turns what is chosen into a `CaseQuery`; `changed` fires on every change (text after a pause).
The filters stand in three rows, and choice lists do not widen to their longest entry, so that the cases
page fits a window 1024 pixels wide.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from kelurahan_desk.core.domain.case_states import CaseKind, CaseState
from kelurahan_desk.core.services.case_queues import CaseQuery, Queue
from kelurahan_desk.ui.cases.case_labels import KINDS, QUEUES, STATES, label
from kelurahan_desk.ui.view_context import ViewContext

DEBOUNCE_MS = 200
NO_DATE = QDate(2000, 1, 1)
PAIRS_PER_ROW = 4
COMBO_CHARACTERS = 6
"""A choice list is at least this many characters wide; longer entries show in full when it opens."""


def _date_box() -> QDateEdit:
    box = QDateEdit()
    box.setDisplayFormat("dd-MM-yyyy")
    box.setCalendarPopup(True)
    box.setMinimumDate(NO_DATE)
    box.setSpecialValueText("–")
    box.setDate(NO_DATE)
    return box


def _combo() -> QComboBox:
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(COMBO_CHARACTERS)
    return box


def _spin() -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, 999)
    box.setSpecialValueText("–")
    return box


class CaseQueueFilters(QWidget):
    changed = Signal()

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.queue = _combo()
        for code in Queue:
            self.queue.addItem(label(QUEUES, code.value), code.value)
        self.state = _combo()
        self.state.addItem(self.tr("Semua status"), None)
        for state in CaseState:
            self.state.addItem(label(STATES, state.value), state.value)
        self.kind = _combo()
        self.kind.addItem(self.tr("Semua jenis"), None)
        for kind in CaseKind:
            self.kind.addItem(label(KINDS, kind.value), kind.value)
        self.category = _combo()
        self.officer = _combo()
        self.rt, self.rw = _spin(), _spin()
        self.date_from, self.date_to = _date_box(), _date_box()
        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("Cari nomor kasus, nama pelapor atau isi uraian…"))
        self.escalated = QCheckBox(self.tr("Hanya yang dieskalasi"))
        self.load_choices()

        rt_rw = QWidget()
        rt_rw_layout = QHBoxLayout(rt_rw)
        rt_rw_layout.setContentsMargins(0, 0, 0, 0)
        rw_caption = QLabel(self.tr("RW"))
        rw_caption.setBuddy(self.rw)
        rt_rw_layout.addWidget(self.rt, 1)
        rt_rw_layout.addWidget(rw_caption)
        rt_rw_layout.addWidget(self.rw, 1)
        rt_rw.setFocusProxy(self.rt)
        rows = [
            [
                (self.tr("&Antrian"), self.queue),
                (self.tr("S&tatus"), self.state),
                (self.tr("&Jenis"), self.kind),
                (self.tr("Kat&egori"), self.category),
            ],
            [
                (self.tr("&Petugas"), self.officer),
                (self.tr("RT"), rt_rw),
                (self.tr("Dari"), self.date_from),
                (self.tr("Sampai"), self.date_to),
            ],
        ]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, cells in enumerate(rows):
            for pair, (text, widget) in enumerate(cells):
                self._add_pair(grid, row, 2 * pair, text, widget)
        self._add_pair(grid, 2, 0, self.tr("&Cari"), self.text, span=5)
        grid.addWidget(self.escalated, 2, 6, 1, 2)
        for column in range(1, 2 * PAIRS_PER_ROW, 2):
            grid.setColumnStretch(column, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.changed)
        self.text.textChanged.connect(lambda _t: self._debounce.start())
        self.text.returnPressed.connect(self._now)
        for combo in (self.queue, self.state, self.kind, self.category, self.officer):
            combo.currentIndexChanged.connect(lambda _i: self._now())
        for spin in (self.rt, self.rw):
            spin.valueChanged.connect(lambda _v: self._debounce.start())
        for box in (self.date_from, self.date_to):
            box.dateChanged.connect(lambda _d: self._debounce.start())
        self.escalated.toggled.connect(lambda _c: self._now())

    @staticmethod
    def _add_pair(grid: QGridLayout, row: int, column: int, text: str, widget: QWidget, span: int = 1) -> None:
        caption = QLabel(text)
        caption.setBuddy(widget)
        grid.addWidget(caption, row, column)
        grid.addWidget(widget, row, column + 1, 1, span)

    def _now(self) -> None:
        self._debounce.stop()
        self.changed.emit()

    def load_choices(self) -> None:
        services, actor = self._context.services, self._context.actor
        keep_category, keep_officer = self.category.currentData(), self.officer.currentData()
        for combo in (self.category, self.officer):
            combo.blockSignals(True)
            combo.clear()
        self.category.addItem(self.tr("Semua kategori"), None)
        for category in services.case_categories.tree(actor, include_inactive=True):
            self.category.addItem("    " * category.depth + category.name, category.id)
        self.officer.addItem(self.tr("Semua petugas"), None)
        for account in services.accounts.list_accounts(actor):
            self.officer.addItem(account.full_name, account.id)
        for combo, keep in ((self.category, keep_category), (self.officer, keep_officer)):
            combo.setCurrentIndex(max(combo.findData(keep), 0))
            combo.blockSignals(False)

    def set_queue(self, queue: Queue) -> None:
        self.queue.setCurrentIndex(self.queue.findData(queue.value))

    @staticmethod
    def _day(box: QDateEdit) -> date | None:
        chosen = box.date()
        return None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())

    def query(self, *, limit: int, offset: int = 0) -> CaseQuery:
        state, kind = self.state.currentData(), self.kind.currentData()
        return CaseQuery(
            queue=Queue(self.queue.currentData()),
            states=(CaseState(state),) if state else (),
            kinds=(CaseKind(kind),) if kind else (),
            category_id=self.category.currentData(),
            assignee_id=self.officer.currentData(),
            rt=self.rt.value() or None,
            rw=self.rw.value() or None,
            received_from=self._day(self.date_from),
            received_to=self._day(self.date_to),
            text=self.text.text(),
            escalated_only=self.escalated.isChecked(),
            limit=limit,
            offset=offset,
        )

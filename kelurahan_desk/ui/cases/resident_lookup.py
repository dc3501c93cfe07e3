"""Finds the citizen among the residents while the clerk types a NIK or a name; Enter or ↓ then Enter picks.

The search waits for a short pause and runs in the background; answers that arrive after newer typing
are dropped. Only living residents are offered.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget

from kelurahan_desk.core.services.residents import ResidentRow
from kelurahan_desk.ui.error_dialog import show_error
from kelurahan_desk.ui.view_context import ViewContext

DEBOUNCE_MS = 150
SHOWN = 8
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class _SearchBox(QLineEdit):
    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class ResidentLookup(QWidget):
    chosen = Signal(object)  # the ResidentRow, or None when cleared

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._generation = 0
        self.resident: ResidentRow | None = None
        self.box = _SearchBox()
        self.box.setPlaceholderText(self.tr("Ketik NIK atau nama penduduk…"))
        self.box.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setMaximumHeight(130)
        self.results.setVisible(False)
        self.picked = QLabel()
        self.picked.setWordWrap(True)
        self.picked.setVisible(False)
        self.picked.setStyleSheet("color: #1b5e20;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.results)
        layout.addWidget(self.picked)
        self.setFocusProxy(self.box)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        self.box.textEdited.connect(lambda _t: self._debounce.start())
        self.box.returnPressed.connect(self._enter_in_box)
        self.box.down.connect(self._into_results)
        self.results.itemActivated.connect(self._pick)

    def search_now(self) -> None:
        self._debounce.stop()
        text = self.box.text().strip()
        self._generation += 1
        generation = self._generation
        if len(text) < 2:
            self._show([], generation)
            return
        residents, actor = self._context.services.residents, self._context.actor
        self._context.runner.run(
            lambda _task: residents.search(actor, text, status="hidup", limit=SHOWN),
            on_done=lambda rows: self._show(rows, generation),
            on_error=lambda exc: show_error(self, exc),
        )

    def _show(self, rows: list[Any], generation: int) -> None:
        if generation != self._generation:
            return
        self.results.clear()
        for row in rows:
            place = f" — RT {row.rt:03d}/RW {row.rw:03d}" if row.rt is not None and row.rw is not None else ""
            item = QListWidgetItem(f"{row.name} · {row.nik}{place}")
            item.setData(ROW_ROLE, row)
            self.results.addItem(item)
        self.results.setVisible(bool(rows))
        if rows:
            self.results.setCurrentRow(0)

    def _enter_in_box(self) -> None:
        self.search_now()
        if self.results.count() >= 1:
            self._pick(self.results.currentItem() or self.results.item(0))

    def _into_results(self) -> None:
        if self.results.count():
            self.results.setFocus()
            self.results.setCurrentRow(0)

    def _pick(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        row: ResidentRow = item.data(ROW_ROLE)
        self.resident = row
        self.picked.setText(self.tr("Dipilih: {name} (NIK {nik})").format(name=row.name, nik=row.nik))
        self.picked.setVisible(True)
        self.results.setVisible(False)
        self.chosen.emit(row)
        self.focusNextChild()

    def clear(self) -> None:
        self.resident = None
        self.box.clear()
        self.results.clear()
        self.results.setVisible(False)
        self.picked.clear()
        self.picked.setVisible(False)
        self.chosen.emit(None)

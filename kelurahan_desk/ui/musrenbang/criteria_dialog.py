"""The office's scoring criteria for a year's musrenbang: each criterion's title and weight, criteria
added or removed. Weights are whole numbers; their total is shown as a share of 100 but need not be 100
(the ranking uses Σ weight × score). Scores already given for a kept criterion stay."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.domain.proposal_scoring import DEFAULT_CRITERIA, MAX_CRITERIA, WEIGHT_MAX, Criterion
from kelurahan_desk.ui.tab_order import tab_through

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def criterion_key(title: str, taken: set[str]) -> str:
    """A stored key for a new criterion, from its title (`Kesiapan lahan` → `kesiapan_lahan`), unique."""
    base = re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_")[:26] or "kriteria"
    if not base[0].isalpha():
        base = f"k_{base}"[:26]
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


class CriteriaDialog(QDialog):
    def __init__(self, criteria: Sequence[Criterion], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kriteria penilaian"))
        self.resize(520, 380)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Kriteria"), self.tr("Bobot")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.total = QLabel()
        self.add_button = QPushButton(self.tr("&Tambah kriteria"))
        self.remove_button = QPushButton(self.tr("&Hapus kriteria"))
        self.default_button = QPushButton(self.tr("Kembalikan ke &bawaan"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        row = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.default_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Nilai tiap kriteria 1–5; nilai usulan = Σ bobot × nilai.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(lambda: self.add_row("", 10, edit=True))
        self.remove_button.clicked.connect(self.remove_selected)
        self.default_button.clicked.connect(lambda: self.load(DEFAULT_CRITERIA))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.load(criteria)

    def load(self, criteria: Sequence[Criterion]) -> None:
        self.table.setRowCount(0)
        for item in criteria:
            self.add_row(item.title, item.weight, key=item.key)
        self.show_total()

    def add_row(self, title: str, weight: int, *, key: str = "", edit: bool = False) -> None:
        if self.table.rowCount() >= MAX_CRITERIA:
            return
        row = self.table.rowCount()
        self.table.insertRow(row)
        cell = QTableWidgetItem(title)
        cell.setData(KEY_ROLE, key)
        self.table.setItem(row, 0, cell)
        spin = QSpinBox()
        spin.setRange(1, WEIGHT_MAX)
        spin.setValue(weight)
        spin.valueChanged.connect(lambda _v: self.show_total())
        self.table.setCellWidget(row, 1, spin)
        chain = [self.table, *(self.table.cellWidget(r, 1) for r in range(self.table.rowCount())), self.add_button]
        tab_through(chain)  # the weights come after the list, before the buttons under it
        self.show_total()
        if edit:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(cell)

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.show_total()

    def show_total(self) -> None:
        total = sum(self._weight(row) for row in range(self.table.rowCount()))
        self.total.setText(self.tr("Jumlah bobot: {total}").format(total=total))

    def criteria(self) -> list[Criterion]:
        """The rows as criteria; a new row's key is made from its title. Checking is the service's."""
        rows = [(self.table.item(r, 0), self._weight(r)) for r in range(self.table.rowCount())]
        taken = {cell.data(KEY_ROLE) for cell, _w in rows if cell.data(KEY_ROLE)}
        found = []
        for cell, weight in rows:
            key = cell.data(KEY_ROLE) or criterion_key(cell.text(), taken)
            taken.add(key)
            found.append(Criterion(key, cell.text(), weight))
        return found

    def _weight(self, row: int) -> int:
        spin = self.table.cellWidget(row, 1)
        return spin.value() if isinstance(spin, QSpinBox) else 0

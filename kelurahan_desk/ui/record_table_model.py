"""A read-only table of plain records (frozen dataclasses) with its columns declared once.

`Column(title, value, sort=None, align=None)`: `value(row)` gives the text shown, `sort(row)` what the
sort role returns (the text when not given). Views set rows with `set_rows` and read them back with
`row_at`; `ROW_ROLE` gives the record itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    value: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    align: Qt.AlignmentFlag | None = None


class RecordTableModel(QAbstractTableModel, Generic[T]):
    def __init__(
        self, columns: Sequence[Column[T]], parent: Any = None, *, muted: Callable[[T], bool] | None = None
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []
        self._muted = muted

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(row)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else column.value(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align)
        if role == Qt.ItemDataRole.ForegroundRole and self._muted is not None and self._muted(row):
            return QColor("#808080")
        return None


def rupiah(amount: int | None) -> str:
    """`1500000` → `Rp1.500.000`; empty when unknown."""
    return "" if amount is None else "Rp" + f"{amount:,}".replace(",", ".")


def place(rt: int | None, rw: int | None) -> str:
    """`3, 5` → `003/005`; a missing part is `-` (`-/002`), both missing is empty."""
    if not rt and not rw:
        return ""
    return "/".join(f"{part:03d}" if part else "-" for part in (rt, rw))


def record_table_view(
    model: QAbstractTableModel, mode: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.SingleSelection
) -> QTableView:
    """A table of whole rows, compact and striped, its columns sized to their contents."""
    table = QTableView()
    table.setTabKeyNavigation(False)  # Tab leaves the list, arrows move in it
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(mode)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    return table


def selected_rows(table: QTableView) -> list[int]:
    return sorted({index.row() for index in table.selectionModel().selectedRows()})


def select_row(table: QTableView, row: int) -> None:
    index = table.model().index(row, 0)
    table.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )


def enable_on_selection(table: QTableView, *buttons: QWidget) -> None:
    """Keeps `buttons` disabled while no row of `table` is selected, also after the rows are set again."""

    def update() -> None:
        chosen = table.selectionModel().hasSelection()
        for button in buttons:
            button.setEnabled(chosen)

    table.selectionModel().selectionChanged.connect(lambda _selected, _deselected: update())
    table.model().modelReset.connect(update)
    update()

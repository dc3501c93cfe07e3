"""`ResidentTableModel`: the rows of a resident search, as plain `ResidentRow`s, for a `QTableView`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from kelurahan_desk.core.services.residents import ResidentRow
from kelurahan_desk.ui.record_table_model import place
from kelurahan_desk.ui.residents.choices import STATUS, label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = (
    ("nik", QT_TRANSLATE_NOOP("ResidentTableModel", "NIK")),
    ("name", QT_TRANSLATE_NOOP("ResidentTableModel", "Nama")),
    ("sex", QT_TRANSLATE_NOOP("ResidentTableModel", "L/P")),
    ("birth_date", QT_TRANSLATE_NOOP("ResidentTableModel", "Tgl. lahir")),
    ("rt_rw", QT_TRANSLATE_NOOP("ResidentTableModel", "RT/RW")),
    ("kk", QT_TRANSLATE_NOOP("ResidentTableModel", "No. KK")),
    ("status", QT_TRANSLATE_NOOP("ResidentTableModel", "Status")),
)

SEX_LETTERS = {
    "L": QT_TRANSLATE_NOOP("ResidentTableModel", "L"),
    "P": QT_TRANSLATE_NOOP("ResidentTableModel", "P"),
}


def sex_letter(sex: str) -> str:
    """L or P as the interface's language writes it (M or F in English)."""
    return QCoreApplication.translate("ResidentTableModel", SEX_LETTERS[sex]) if sex in SEX_LETTERS else sex

KK_COLUMN = [key for key, _title in COLUMNS].index("kk")
ANSWERED_ROLES = frozenset(
    int(role) for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, SORT_ROLE, ROW_ROLE)
)

Index = QModelIndex | QPersistentModelIndex


def short_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


class ResidentTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ResidentRow] = []

    def set_rows(self, rows: Sequence[ResidentRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[ResidentRow]) -> None:
        if not rows:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def row_at(self, row: int) -> ResidentRow:
        return self._rows[row]

    def rows(self) -> list[ResidentRow]:
        return list(self._rows)

    def column_texts(self, column: int) -> list[str]:
        """What the column shows, row by row."""
        key = COLUMNS[column][0]
        return [self._display(row, key) for row in self._rows]

    def row_of(self, resident_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row.id == resident_id:
                return number
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ResidentTableModel", COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # painting asks every cell for a dozen roles; most are answered here without a lookup
        if role not in ANSWERED_ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == SORT_ROLE:
            return self._sort_value(row, key)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and row.status != "hidup":
            return QColor("#777777")
        return None

    @staticmethod
    def _display(row: ResidentRow, key: str) -> str:
        if key == "birth_date":
            return short_date(row.birth_date)
        if key == "rt_rw":
            return place(row.rt, row.rw)
        if key == "status":
            return label(STATUS, row.status)
        if key == "sex":
            return sex_letter(row.sex)
        value = getattr(row, key)
        return "" if value is None else str(value)

    @staticmethod
    def _sort_value(row: ResidentRow, key: str) -> Any:
        if key == "birth_date":
            return row.birth_date.toordinal() if row.birth_date else 0
        if key == "rt_rw":
            return (row.rw or 0) * 1000 + (row.rt or 0)
        if key == "name":
            return row.name.casefold()
        value = getattr(row, key)
        return "" if value is None else str(value)

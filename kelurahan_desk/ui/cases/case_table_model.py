"""`CaseTableModel`: a page of a case queue (plain `CaseRow`s) for a `QTableView`, deadlines marked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from kelurahan_desk.core.services.case_queues import CaseRow
from kelurahan_desk.ui.cases.case_labels import KINDS, MARKS, STATES, days_left_text, label

ROW_ROLE = Qt.ItemDataRole.UserRole + 2
MARK_ROLE = Qt.ItemDataRole.UserRole + 3
OVERDUE = QColor("#fde2e1")
DUE_SOON = QColor("#fff4cc")
ESCALATED = "⚑ "

# what the front desk acts on first (where a case stands, how long is left), then what it is about
COLUMNS = (
    ("number", QT_TRANSLATE_NOOP("CaseTableModel", "Nomor")),
    ("state", QT_TRANSLATE_NOOP("CaseTableModel", "Status")),
    ("left", QT_TRANSLATE_NOOP("CaseTableModel", "Sisa")),
    ("category", QT_TRANSLATE_NOOP("CaseTableModel", "Kategori")),
    ("citizen", QT_TRANSLATE_NOOP("CaseTableModel", "Pelapor")),
    ("assignee", QT_TRANSLATE_NOOP("CaseTableModel", "Petugas")),
    ("received_on", QT_TRANSLATE_NOOP("CaseTableModel", "Diterima")),
    ("kind", QT_TRANSLATE_NOOP("CaseTableModel", "Jenis")),
    ("place", QT_TRANSLATE_NOOP("CaseTableModel", "RT/RW")),
    ("due_on", QT_TRANSLATE_NOOP("CaseTableModel", "Tenggat")),
)
COLUMN_KEYS = tuple(key for key, _title in COLUMNS)
Index = QModelIndex | QPersistentModelIndex


def header(text: str) -> str:
    return QCoreApplication.translate("CaseTableModel", text)


def citizen_text(row: CaseRow) -> str:
    if row.anonymous:
        return QCoreApplication.translate("CaseTableModel", "(anonim)")
    if row.confidential:
        return QCoreApplication.translate("CaseTableModel", "(dirahasiakan)")
    return row.citizen_name


class CaseTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CaseRow] = []

    def set_rows(self, rows: Sequence[CaseRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[CaseRow]) -> None:
        if not rows:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def rows(self) -> list[CaseRow]:
        return list(self._rows)

    def row_at(self, row: int) -> CaseRow:
        return self._rows[row]

    def row_of(self, case_id: str) -> int:
        return next((i for i, row in enumerate(self._rows) if row.id == case_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header(COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.mark.value == "overdue":
                return QBrush(OVERDUE)
            if row.mark.value == "due_soon":
                return QBrush(DUE_SOON)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and key in ("due_on", "left", "number"):
            parts = [label(MARKS, row.mark.value)] if row.mark.value in ("overdue", "due_soon") else []
            if row.escalated:
                parts.append(QCoreApplication.translate("CaseTableModel", "Dieskalasi oleh lurah"))
            if row.objection_open:
                parts.append(QCoreApplication.translate("CaseTableModel", "Keberatan menunggu jawaban"))
            return "\n".join(parts) or None
        if role == ROW_ROLE:
            return row
        if role == MARK_ROLE:
            return row.mark.value
        return None

    def _text(self, row: CaseRow, key: str) -> str:
        if key == "number":
            return (ESCALATED if row.escalated else "") + row.number
        if key == "received_on":
            return row.received_on.strftime("%d-%m-%Y")
        if key == "kind":
            return label(KINDS, row.kind.value)
        if key == "category":
            return row.category
        if key == "citizen":
            return citizen_text(row)
        if key == "place":
            return f"{row.rt or 0:03d}/{row.rw or 0:03d}" if row.rt is not None or row.rw is not None else ""
        if key == "state":
            return label(STATES, row.state.value)
        if key == "assignee":
            return row.assignee
        if key == "due_on":
            return row.due_on.strftime("%d-%m-%Y") if row.due_on else ""
        mark = label(MARKS, row.mark.value)
        left = days_left_text(row.working_days_left)
        if row.objection_open and left:  # the days left are those to answer the objection
            left = QCoreApplication.translate("CaseTableModel", "{left} (keberatan)").format(left=left)
        return f"{mark}: {left}" if mark and left else left

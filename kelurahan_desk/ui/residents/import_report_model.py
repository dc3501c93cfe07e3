"""The rows of an import report (refused, already there with other data, warnings) for a table view."""

from __future__ import annotations

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

from kelurahan_desk.core.services.resident_import import ImportPlan
from kelurahan_desk.ui.error_messages import problem_text

REJECTED = QT_TRANSLATE_NOOP("ImportReportModel", "Ditolak")
DIFFERENT = QT_TRANSLATE_NOOP("ImportReportModel", "Sudah ada, data berbeda")
WARNING = QT_TRANSLATE_NOOP("ImportReportModel", "Peringatan")
HEADERS = (
    QT_TRANSLATE_NOOP("ImportReportModel", "Baris"),
    QT_TRANSLATE_NOOP("ImportReportModel", "Jenis"),
    QT_TRANSLATE_NOOP("ImportReportModel", "Alasan"),
)
COLOURS = {REJECTED: "#b00020", DIFFERENT: "#8a5a00", WARNING: "#555555"}


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportReportModel", text)


class ImportReportModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, str, str]] = []

    def set_plan(self, plan: ImportPlan | None) -> None:
        rows: list[tuple[int, str, str]] = []
        if plan is not None:
            rows += [(p.line, REJECTED, problem_text(p)) for p in plan.rejected]
            rows += [(p.line, DIFFERENT, problem_text(p)) for p in plan.exists_different]
            rows += [(p.line, WARNING, problem_text(p)) for p in plan.warnings]
        rows.sort(key=lambda row: (row[0], row[1] != REJECTED))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def as_text(self) -> str:
        """Tab-separated, for copying into a spreadsheet or a message."""
        lines = ["\t".join(_t(h) for h in HEADERS)]
        lines += [f"{line or '-'}\t{_t(kind)}\t{reason}" for line, kind, reason in self._rows]
        return "\n".join(lines)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _t(HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, kind, reason = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(line) if line else QCoreApplication.translate("ImportReportModel", "berkas"), _t(kind), reason)[
                index.column()
            ]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QColor(COLOURS[kind])
        return None

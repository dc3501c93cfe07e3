"""Letters as rows of a table: number, holder, type, state and the time promised to the citizen (the holder
before the type: on a narrow screen the name stays in view, the type shows in the letter panel too)."""

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

from kelurahan_desk.core.domain.letter_states import LetterState
from kelurahan_desk.core.services.letter_views import LetterRow

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_COLUMN = 1
TYPE_COLUMN = 2
STATE_WORDS: dict[LetterState, str] = {
    LetterState.DRAF: QT_TRANSLATE_NOOP("LetterTableModel", "Draf"),
    LetterState.DIAJUKAN: QT_TRANSLATE_NOOP("LetterTableModel", "Diajukan"),
    LetterState.DIVERIFIKASI: QT_TRANSLATE_NOOP("LetterTableModel", "Diverifikasi"),
    LetterState.DISETUJUI: QT_TRANSLATE_NOOP("LetterTableModel", "Disetujui"),
    LetterState.TERBIT: QT_TRANSLATE_NOOP("LetterTableModel", "Terbit"),
    LetterState.DICETAK: QT_TRANSLATE_NOOP("LetterTableModel", "Dicetak"),
    LetterState.DIAMBIL: QT_TRANSLATE_NOOP("LetterTableModel", "Diambil"),
    LetterState.DITOLAK: QT_TRANSLATE_NOOP("LetterTableModel", "Ditolak"),
    LetterState.DICABUT: QT_TRANSLATE_NOOP("LetterTableModel", "Dicabut"),
}


def state_name(state: LetterState) -> str:
    """The state as the window names it, in the interface's language (the table and the letter panel)."""
    return QCoreApplication.translate("LetterTableModel", STATE_WORDS[LetterState(state)])


class LetterTableModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("LetterTableModel", "Nomor"),
        QT_TRANSLATE_NOOP("LetterTableModel", "Nama"),
        QT_TRANSLATE_NOOP("LetterTableModel", "Jenis"),
        QT_TRANSLATE_NOOP("LetterTableModel", "Status"),
        QT_TRANSLATE_NOOP("LetterTableModel", "Diminta"),
        QT_TRANSLATE_NOOP("LetterTableModel", "Janji selesai"),
    )

    def __init__(self, parent: Any = None, zone: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[LetterRow] = []
        self._zone = zone

    def set_rows(self, rows: list[LetterRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> LetterRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[LetterRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("LetterTableModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(row, index.column())

    def column_texts(self, column: int) -> list[str]:
        """What the column shows, row by row."""
        return [self._text(row, column) for row in self._rows]

    def _text(self, row: LetterRow, column: int) -> str:
        if column == 0:
            return row.number or "—"
        if column == TYPE_COLUMN:
            return row.title
        if column == NAME_COLUMN:
            return row.holder_name
        if column == 3:
            return state_name(row.state)
        moment = row.created_at if column == 4 else row.promised_at
        local = moment.astimezone(self._zone) if self._zone is not None else moment
        return local.strftime("%d-%m-%Y %H.%M")

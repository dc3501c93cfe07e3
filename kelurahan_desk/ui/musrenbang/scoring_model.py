"""The scoring grid of one field: proposals in their current rank, a column per criterion (typed 1–5),
the weighted score, the forum's votes, and the reason of a rank set by hand.

Edits go out through `edit(proposal_id, what, value)` (what = a criterion key, or "votes"); the view
saves them through the service and sets the rows again, so the ranks shown are always the service's.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from kelurahan_desk.core.domain.proposal_scoring import Criterion
from kelurahan_desk.core.services.musrenbang_views import RankedProposal
from kelurahan_desk.ui.programme_labels import label

Index = QModelIndex | QPersistentModelIndex
Edit = Callable[[str, str, int], bool]
FIXED = ("Peringkat", "No.", "Kegiatan")
TAIL = ("Nilai", "Suara", "Keterangan")


class ScoringTableModel(QAbstractTableModel):
    def __init__(self, edit: Edit, parent: Any = None) -> None:
        super().__init__(parent)
        self._edit = edit
        self._rows: list[RankedProposal] = []
        self._criteria: tuple[Criterion, ...] = ()
        self.editable_scores = False
        self.editable_votes = False

    def set_rows(self, rows: Sequence[RankedProposal], criteria: tuple[Criterion, ...]) -> None:
        self.beginResetModel()
        self._rows, self._criteria = list(rows), criteria
        self.endResetModel()

    def row_at(self, row: int) -> RankedProposal:
        return self._rows[row]

    def row_of(self, proposal_id: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r.proposal.id == proposal_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(FIXED) + len(self._criteria) + len(TAIL)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        criterion = self._criterion(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if criterion is not None:
                weight = label("bobot {weight}").format(weight=criterion.weight)
                return f"{textwrap.fill(criterion.title, 16)}\n({weight})"
            return label(self._names()[section])
        return None

    def _names(self) -> list[str]:
        return [*FIXED, *(c.key for c in self._criteria), *TAIL]

    def _criterion(self, column: int) -> Criterion | None:
        offset = column - len(FIXED)
        return self._criteria[offset] if 0 <= offset < len(self._criteria) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        name = self._names()[index.column()]
        if (self._criterion(index.column()) is not None and self.editable_scores) or (
            name == "Suara" and self.editable_votes
        ):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        p = item.proposal
        criterion = self._criterion(index.column())
        name = self._names()[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if criterion is not None:
                score = p.scores.get(criterion.key)
                return "" if score is None else str(score)
            return {
                "Peringkat": f"{item.rank}" + (" *" if item.overridden else ""),
                "No.": str(p.number),
                "Kegiatan": p.activity,
                "Nilai": "" if p.percent is None else f"{p.percent}".replace(".", ","),
                "Suara": str(p.votes),
                "Keterangan": p.override_reason if item.overridden else "",
            }[name]
        if role == Qt.ItemDataRole.TextAlignmentRole and name != "Kegiatan" and name != "Keterangan":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and item.overridden and name == "Peringkat":
            return QColor("#fff2cc")
        if role == Qt.ItemDataRole.ToolTipRole and item.overridden:
            return QCoreApplication.translate("ScoringModel", "Peringkat hitungan: {rank}. Alasan: {reason}").format(
                rank=item.computed_rank, reason=p.override_reason
            )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        text = str(value).strip()
        if not text.isdigit():
            return False
        criterion = self._criterion(index.column())
        what = criterion.key if criterion is not None else "votes"
        return self._edit(self._rows[index.row()].proposal.id, what, int(text))

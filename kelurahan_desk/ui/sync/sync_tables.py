"""The two lists of the sync view: rejected changes (which way, what, why, when) and conflicts (which
field, whose value was kept, the value that lost)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from kelurahan_desk.core.services.sync_status import ConflictEntry, RejectedChange
from kelurahan_desk.ui.sync.sync_texts import direction_text, reason_text, tr, when

WINNERS = {"office": "kantor", "hq": "HQ"}


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class _Table(QTableWidget):
    def __init__(self, headers: Sequence[str]) -> None:
        super().__init__(0, len(headers))
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def _fill(self, rows: list[tuple[str, ...]]) -> None:
        self.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                self.setItem(r, c, QTableWidgetItem(text))

    def texts(self, row: int) -> list[str]:
        return [self.item(row, c).text() for c in range(self.columnCount())]


class RejectionTable(_Table):
    def __init__(self, zone: ZoneInfo) -> None:
        super().__init__([tr("Waktu"), tr("Arah"), tr("Data"), tr("Nomor data"), tr("Alasan")])
        self._zone = zone

    def show_rows(self, rows: list[RejectedChange]) -> None:
        self._fill([(when(r.at, self._zone), direction_text(r.direction), r.entity, r.entity_id,
                     reason_text(r.code, r.detail)) for r in rows])


class ConflictTable(_Table):
    def __init__(self, zone: ZoneInfo) -> None:
        super().__init__([tr("Waktu"), tr("Diputuskan di"), tr("Data"), tr("Nomor data"), tr("Kolom"),
                          tr("Dipakai nilai dari"), tr("Nilai dipakai"), tr("Nilai kalah")])
        self._zone = zone

    def show_rows(self, rows: list[ConflictEntry]) -> None:
        self._fill([(when(c.at, self._zone), WINNERS.get(c.decided_by, c.decided_by), c.entity, c.entity_id,
                     c.field, WINNERS.get(c.winner, c.winner), _shown(c.kept_value), _shown(c.lost_value))
                    for c in rows])

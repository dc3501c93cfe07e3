"""Column widths from the cells' own texts.

`QTableView.resizeColumnToContents` asks the item delegate for the size of every cell, each of them a dozen
calls into the model; on a page of a hundred residents that is most of the time between the search's
answer and the first paint. When a column holds plain text in the table's font, its widest cell is the one
with the widest text: that one is found with the font's metrics, and only its size is asked of the view
(`sizeHintForIndex`, the style's own measure with its margins), plus the grid line as the table adds it.

`FillingColumn` fits the columns the same way and gives one of them (the name, say) the width the others leave
free; that column is never narrower than its widest text, the table scrolls sideways instead.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QHeaderView, QTableView


def fit_columns_to_texts(table: QTableView, texts: Mapping[int, Sequence[str]]) -> None:
    """Each column in `texts` (its cells' texts, row by row) as wide as its widest cell, or as its header's
    title when that is wider."""
    metrics = QFontMetricsF(table.font())
    header = table.horizontalHeader()
    model = table.model()
    grid = 1 if table.showGrid() else 0
    for column, column_texts in texts.items():
        widths = [metrics.horizontalAdvance(text) if text else 0.0 for text in column_texts]
        content = 0
        if widths and max(widths) > 0:
            widest = widths.index(max(widths))
            content = table.sizeHintForIndex(model.index(widest, column)).width() + grid
        table.setColumnWidth(column, max(content, header.sectionSizeHint(column)))


class FillingColumn(QObject):
    """After `fit(texts)` every column is as wide as its texts, and `column` also takes the free width, also
    when the table is resized later."""

    def __init__(self, table: QTableView, column: int) -> None:
        super().__init__(table)
        self._table = table
        self._column = column
        self._content = 0
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.viewport().installEventFilter(self)

    def fit(self, texts: Mapping[int, Sequence[str]]) -> None:
        fit_columns_to_texts(self._table, texts)
        self._content = self._table.columnWidth(self._column)
        self._fill()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fill()
        return False

    def _fill(self) -> None:
        header = self._table.horizontalHeader()
        others = sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column != self._column and not header.isSectionHidden(column)
        )
        free = self._table.viewport().width() - others
        self._table.setColumnWidth(self._column, max(self._content, free))

"""Column widths from the cells' own texts, measured with the table's font.

`QTableView.resizeColumnToContents` asks the model for every cell's data in a dozen roles through the
item delegate; on a page of a hundred residents that is most of the time between the search's answer and
the first paint. When a column holds plain text in the table's font, the same width is the widest
text's advance plus the margins the style draws around an item's text (and the grid line), which is
what the delegate's size hint comes to.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QStyle, QTableView


def fit_columns_to_texts(table: QTableView, texts: Mapping[int, Iterable[str]]) -> None:
    """Each column in `texts` as wide as its widest text (or its header's title, when wider)."""
    metrics = QFontMetricsF(table.font())
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    extra = 2 * margin + (1 if table.showGrid() else 0)
    header = table.horizontalHeader()
    for column, column_texts in texts.items():
        widest = max((metrics.horizontalAdvance(text) for text in column_texts if text), default=0.0)
        content = math.ceil(widest) + extra if widest else 0
        table.setColumnWidth(column, max(content, header.sectionSizeHint(column)))

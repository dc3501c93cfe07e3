"""A one-line label that gives way when space is short: it shows as much of its text as fits, ending in "…",
and then the whole text is its tooltip (unless the label was given a tooltip of its own).

Used in the status bar, where a plain QLabel keeps its whole width and pushes its neighbours out of sight
on a narrow screen (1280 or 1366 pixels wide).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

MIN_CHARACTERS = 12
"""By default never narrower than this many average characters: enough to tell what the label is about."""


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None, *, min_characters: int = MIN_CHARACTERS) -> None:
        """`min_characters`: the width, in average characters, below which the label does not give way; a
        label that matters more than its neighbours asks for more, and they give way first."""
        super().__init__(text, parent)
        self._own_tooltip = False
        self._min_characters = min_characters

    def setToolTip(self, text: str) -> None:
        self._own_tooltip = bool(text)
        super().setToolTip(text)
        self._refresh_tooltip()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._refresh_tooltip()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refresh_tooltip()

    def _refresh_tooltip(self) -> None:
        if not self._own_tooltip:
            QLabel.setToolTip(self, self.text() if self.shown_text() != self.text() else "")

    def shown_text(self) -> str:
        """The text as it is drawn at the label's present width."""
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, width)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        width = self.fontMetrics().averageCharWidth() * self._min_characters + margins.left() + margins.right()
        return QSize(min(width, hint.width()), hint.height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        shown = self.shown_text()
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), shown)

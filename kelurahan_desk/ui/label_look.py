"""Headings and coloured notices set through the widget's font and palette.

A style sheet on a widget makes Qt polish and draw it, and its children, through a style-sheet style,
which parses the sheet and matches its rules again for each of them; on the window's first paint that
is several milliseconds per styled widget. Font and palette do the same for a label at no such cost.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget


def set_heading(widget: QWidget, points: float) -> None:
    """Bold, at `points` points."""
    font = widget.font()
    font.setPointSizeF(points)
    font.setBold(True)
    widget.setFont(font)


def set_text_color(widget: QWidget, color: str | None) -> None:
    """The widget's text in `color` (e.g. "#b00020"); None gives it back the colours of its parent."""
    if color is None:
        widget.setPalette(QPalette())  # nothing of its own: every role follows the parent again
        return
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(color))
    palette.setColor(QPalette.ColorRole.Text, QColor(color))
    widget.setPalette(palette)

"""Dialog sizes that fit the screen the dialog opens on: the size a dialog would like, shrunk to the free
area of its parent's screen (office screens are often only 768 pixels high). The dialog never grows past
that area either, not even when a message appears in it: its contents scroll instead."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME = QSize(16, 48)
"""Room for the window frame and title bar, which `resize` does not count."""


def available_area(widget: QWidget) -> QRect:
    """The free area (without task bars) of the screen the widget's parent is on."""
    screen = (widget.parentWidget() or widget).screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(dialog: QWidget, wanted: QSize, available: QRect | None = None) -> None:
    room = (available if available is not None else available_area(dialog)).size() - FRAME
    dialog.setMaximumSize(room)
    dialog.resize(wanted.boundedTo(room))

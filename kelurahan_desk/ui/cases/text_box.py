"""A multi-line text box for forms: Tab moves on, Ctrl+Enter submits the form (`submitted`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

SUBMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def is_submit(event: QKeyEvent) -> bool:
    return event.key() in SUBMIT_KEYS and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)


class TextBox(QPlainTextEdit):
    submitted = Signal()

    def __init__(self, height: int = 70, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(height)

    def event(self, event: QEvent) -> bool:
        # a text box would take Ctrl+Enter for itself before any shortcut saw it
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and is_submit(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_submit(event):
            self.submitted.emit()
            return
        super().keyPressEvent(event)

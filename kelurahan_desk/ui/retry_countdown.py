"""The wait after too many wrong passwords, counted down live: `RetryCountdown.failed(exc)` shows why the
password was refused and, when the account must wait, keeps the button off and the seconds on the label
until the wait is over."""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractButton, QLabel

from kelurahan_desk.core.errors import AuthError
from kelurahan_desk.ui.error_messages import message_for
from kelurahan_desk.ui.form_errors import grow_to_fit


class RetryCountdown(QObject):
    """When the wait is over the button is back on, the label hidden and `finished` emitted."""

    finished = Signal()

    def __init__(self, button: QAbstractButton, label: QLabel) -> None:
        super().__init__(button)
        self._button = button
        self._label = label
        self._left = 0
        self._prefix = ""
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

    @property
    def waiting(self) -> bool:
        return self._left > 0

    def failed(self, exc: AuthError) -> None:
        if exc.retry_after_s <= 0:
            self.show(message_for(exc))
            return
        self._left = math.ceil(exc.retry_after_s)
        self._prefix = "" if exc.code == "locked" else message_for(AuthError(exc.code)) + " "
        self._button.setEnabled(False)
        self._timer.start()
        self._show_wait()

    def show(self, text: str) -> None:
        self._label.setText(text)
        self._label.setVisible(True)
        grow_to_fit(self._label)

    def _show_wait(self) -> None:
        self.show(self._prefix + message_for(AuthError("locked", self._left)))

    def _tick(self) -> None:
        self._left -= 1
        if self._left > 0:
            self._show_wait()
            return
        self._timer.stop()
        self._button.setEnabled(True)
        self._label.clear()
        self._label.setVisible(False)
        self.finished.emit()

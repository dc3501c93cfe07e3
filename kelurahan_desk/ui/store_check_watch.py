"""The store's start-up check, watched while the clerk already signs in or works: the window opens before
a large store's check has finished (its writes wait for the verdict). When the check finds damage, what is
open (the sign-in dialog, the main window, any message) is closed, so the start can say so plainly and offer
the newest good backup."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

POLL_MS = 100


class StoreCheckWatch(QObject):
    def __init__(self, done: Callable[[], bool], sound: Callable[[], bool], parent: QObject | None = None) -> None:
        """`done` tells whether the check has finished; `sound`, once it has, whether it found the store sound."""
        super().__init__(parent)
        self._done = done
        self._sound = sound
        self.damaged = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()
        self._poll()

    def stop(self) -> None:
        self._timer.stop()

    def _poll(self) -> None:
        if not self._done():
            return
        self._timer.stop()
        try:
            sound = self._sound()
        except Exception:  # a check that could not run says nothing good: the store is checked again on reopening
            sound = False
        if sound:
            return
        self.damaged = True
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.close()

"""The idle lock: after `idle_lock_minutes` without keyboard or mouse input the window is covered.

An event filter on the application notes every input; a timer compares the time since the last
input with the office setting. The lock screen (`lock_screen.LockScreen`, loaded when first needed) is an
opaque, application-modal window over the main window (so open dialogs are covered and blocked too); only
the same person's password opens it, or "Ganti pengguna" signs out. The clock (`now`) and the check
interval are injectable for tests.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from kelurahan_desk.core.services.accounts import AccountService
from kelurahan_desk.core.services.permissions import Actor

if TYPE_CHECKING:
    from kelurahan_desk.ui.lock_screen import LockScreen


@cache
def activity() -> frozenset[QEvent.Type]:
    """The events that count as input (made when input is first watched, not to open the window)."""
    return frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
        }
    )


class IdleLock(QObject):
    locked = Signal()
    unlocked = Signal()
    logout_requested = Signal()

    def __init__(
        self,
        accounts: AccountService,
        actor: Actor,
        minutes: int,
        *,
        check_interval_ms: int = 15_000,
        watch_after_ms: int = 2_000,
        now: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        """`watch_after_ms`: input is watched from this long after `attach`; the events of building and first
        painting the window are no input, and filtering each of them would slow the start."""
        super().__init__(parent)
        self._watch_after_ms = watch_after_ms
        self._accounts = accounts
        self._actor = actor
        self._minutes = minutes
        self._now = now
        self._last_input = now()
        self._window: QWidget | None = None
        self.screen: LockScreen | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)

    @property
    def minutes(self) -> int:
        return self._minutes

    @property
    def is_locked(self) -> bool:
        return self.screen is not None

    def attach(self, window: QWidget) -> None:
        """Starts watching input for `window`; call once the window exists."""
        self._window = window
        self._last_input = self._now()
        if self._watch_after_ms > 0:
            QTimer.singleShot(self._watch_after_ms, self, self._watch_input)
        else:
            self._watch_input()
        self._timer.start()

    def _watch_input(self) -> None:
        activity()
        app = QApplication.instance()
        if app is not None and self._window is not None:
            app.installEventFilter(self)

    def detach(self) -> None:
        self._window = None
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if self.screen is not None:
            self.screen._finish()
            self.screen = None

    def set_minutes(self, minutes: int) -> None:
        self._minutes = minutes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in activity():
            self._last_input = self._now()
        return False

    def check(self) -> None:
        if not self.is_locked and self._now() - self._last_input >= self._minutes * 60:
            self.lock_now()

    def lock_now(self) -> None:
        if self.is_locked or self._window is None:
            return
        from kelurahan_desk.ui.lock_screen import LockScreen

        screen = LockScreen(self._accounts, self._actor)
        screen.setGeometry(self._window.frameGeometry())
        screen.unlocked.connect(self._on_unlocked)
        screen.switch_user.connect(self._on_switch_user)
        self.screen = screen
        screen.show()
        screen.raise_()
        screen.activateWindow()
        screen.password.setFocus()
        self.locked.emit()

    def _on_unlocked(self) -> None:
        self.screen = None
        self._last_input = self._now()
        self.unlocked.emit()

    def _on_switch_user(self) -> None:
        self.screen = None
        self._last_input = self._now()
        self.logout_requested.emit()

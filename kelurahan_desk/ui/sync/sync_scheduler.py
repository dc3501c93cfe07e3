"""The background agent of the window: a round soon after start, then on a timer, and whenever asked;
while the link is down it waits longer each time, with jitter (`SyncSchedule`). Rounds run on the task
runner, never on the window's thread; the status bar and the sync view both listen to one scheduler per
signed-in session (`SyncScheduler.of(context)`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from kelurahan_desk.core.errors import DeskError, ValidationError
from kelurahan_desk.core.services.permissions import Permission
from kelurahan_desk.core.services.sync_schedule import SyncSchedule
from kelurahan_desk.core.services.sync_status import SyncRoundResult, SyncStatus
from kelurahan_desk.ui.error_dialog import log
from kelurahan_desk.ui.view_context import ACCOUNTS, OFFICE, RESIDENTS, SETTINGS, ViewContext

SYNC = "sync"
# what a round may have changed: views showing these refresh after downloads
DOWNLOAD_TOPICS = (RESIDENTS, ACCOUNTS, OFFICE, SETTINGS, "cases", "letters", "programmes")


class SyncScheduler(QObject):
    """`state`: not_enrolled, idle, syncing, done (all through), incomplete, offline or error."""

    state_changed = Signal(str)
    status_changed = Signal(object)
    round_finished = Signal(object)

    def __init__(self, context: ViewContext, schedule: SyncSchedule | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.schedule = schedule or SyncSchedule()
        self.state = "idle"
        self.error = ""
        self.last_status: SyncStatus | None = None
        self.last_result: SyncRoundResult | None = None
        self._running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)

    @classmethod
    def of(cls, context: ViewContext) -> SyncScheduler:
        """The session's scheduler, made on first use (it lives as long as the session's notices)."""
        found = context.notices.findChild(SyncScheduler)
        return found if found is not None else cls(context, parent=context.notices)

    @property
    def service(self) -> Any:
        return getattr(self._context.services, "sync", None)

    @property
    def can_sync(self) -> bool:
        return self.service is not None and self._context.actor.can(Permission.SYNC)

    def start(self) -> None:
        status = self.refresh_status()
        if status is not None and status.enrolled and self.can_sync and not self._timer.isActive():
            self._timer.start(int(self.schedule.first_s * 1000))
        self._copy_waiting()

    def _copy_waiting(self) -> None:
        """In the background: the changes captured since the last copy into the outbox (see
        `SyncService.copy_waiting_changes`), then the status again when any were copied."""
        service = self.service
        if service is None:
            return
        self._context.runner.run(lambda _task: service.copy_waiting_changes(), write=True,
                                 on_done=lambda copied: self.refresh_status() if copied else None,
                                 on_error=lambda exc: log.warning("copying waiting changes failed", exc_info=exc))

    def stop(self) -> None:
        self._timer.stop()

    def is_scheduled(self) -> bool:
        return self._timer.isActive()

    def refresh_status(self) -> SyncStatus | None:
        if self.service is None:
            return None
        try:
            self.last_status = self.service.status(self._context.actor)
        except DeskError:
            return None
        if not self.last_status.enrolled and not self._running:
            self._set_state("not_enrolled")
        self.status_changed.emit(self.last_status)
        return self.last_status

    def sync_now(self) -> bool:
        """Start a round unless one is running; False when none was started."""
        if self._running or not self.can_sync:
            return False
        self._timer.stop()
        self._running = True
        self._set_state("syncing")
        service, actor = self.service, self._context.actor
        self._context.runner.run(lambda _task: service.run_round(actor), on_done=self._finished,
                                 on_error=self._failed)
        return True

    def _finished(self, result: SyncRoundResult) -> None:
        self._running = False
        self.last_result = result
        self.error = result.error
        if not result.reached_hq:
            state = "offline"
        else:
            state = "done" if result.complete else ("error" if result.error else "incomplete")
        self._set_state(state)
        self.round_finished.emit(result)
        self.refresh_status()
        if result.changes_downloaded or result.records_reloaded:
            for topic in DOWNLOAD_TOPICS:
                self._context.notices.notify(topic)
        self._context.notices.notify(SYNC)
        self._timer.start(int(self.schedule.after(result) * 1000))
        if not result.reached_hq:
            self._copy_waiting()

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        if isinstance(exc, ValidationError) and exc.code == "not_enrolled":
            self.error = exc.code
            self._set_state("not_enrolled")
            self.refresh_status()
            return
        self.error = exc.code if isinstance(exc, ValidationError) else type(exc).__name__
        if not isinstance(exc, DeskError):
            log.error("sync round failed", exc_info=exc)
        self._set_state("error")
        self.refresh_status()
        self._timer.start(int(self.schedule.after_failure() * 1000))
        self._copy_waiting()

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

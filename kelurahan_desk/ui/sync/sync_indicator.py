"""The sync line in the main window's status bar: connected or not, last success, what waits, rejected
changes and a wrong clock. The session's background agent starts with it and stops when the window
closes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from kelurahan_desk.core.services.sync_status import SyncStatus
from kelurahan_desk.ui.label_look import set_text_color
from kelurahan_desk.ui.sync.sync_scheduler import SyncScheduler
from kelurahan_desk.ui.sync.sync_texts import clock_text, round_error_text, status_line, tr, when
from kelurahan_desk.ui.view_context import ViewContext

WARNING_COLOR = "#8a5a00"
STARTUP_DELAY_MS = 1500


class SyncIndicator(QObject):
    def __init__(self, label: QLabel, scheduler: SyncScheduler, context: ViewContext) -> None:
        super().__init__(label)
        self.label = label
        self._scheduler = scheduler
        self._zone = context.services.clock.zone
        scheduler.status_changed.connect(self.refresh)
        scheduler.state_changed.connect(self.refresh)

    def refresh(self, *_args: object) -> None:
        status = self._scheduler.last_status
        self.label.setText(status_line(status, self._scheduler.state, self._zone))
        self.label.setToolTip(self._details(status))
        warn = status is not None and status.enrolled and (not status.connected or status.rejected_count > 0)
        set_text_color(self.label, WARNING_COLOR if warn else None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self._scheduler.stop()
        return False

    def _details(self, status: SyncStatus | None) -> str:
        if status is None or not status.enrolled:
            return tr("Daftarkan kantor ini ke HQ di menu Sinkronisasi.")
        lines = [
            tr("HQ: {url}").format(url=status.hq_url),
            tr("Terakhir berhasil: {at}").format(at=when(status.last_success_at, self._zone)),
            tr("Menunggu: {changes} perubahan, {files} lampiran").format(
                changes=status.pending_changes, files=status.pending_attachments),
            tr("Unduhan diterapkan: {n}").format(n=status.downloads_applied),
            tr("Ditolak: {n}; konflik: {c}").format(n=status.rejected_count, c=status.conflict_count),
            tr("Selisih jam dengan HQ: {clock}").format(clock=clock_text(status)),
        ]
        if status.last_error:
            lines.append(tr("Masalah terakhir: {error}").format(error=round_error_text(status.last_error)))
        return "\n".join(lines)


def attach_sync_indicator(window: QMainWindow, label: QLabel, context: ViewContext,
                          delay_ms: int = STARTUP_DELAY_MS) -> SyncIndicator:
    """Show sync in `label` and start the session's background agent once the window is up (sync's
    libraries are not needed to open the window); it stops when `window` closes."""
    scheduler = SyncScheduler.of(context)
    indicator = SyncIndicator(label, scheduler, context)
    window.installEventFilter(indicator)
    QTimer.singleShot(delay_ms, indicator, scheduler.start)
    return indicator

"""A progress dialog around one background task: shows progress, offers Cancel, reports errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from kelurahan_desk.ui.error_dialog import show_error
from kelurahan_desk.ui.task_runner import TaskHandle, TaskRunner, Work


def run_with_progress(
    parent: QWidget,
    runner: TaskRunner,
    label: str,
    work: Work,
    on_done: Callable[[Any], None],
    *,
    cancellable: bool = True,
    write: bool = False,
    on_cancelled: Callable[[], None] | None = None,
) -> TaskHandle:
    """Runs `work` in the background behind a window-modal progress dialog.

    The bar is a busy indicator until the work reports a total. Errors are shown with `show_error`.
    """
    dialog = QProgressDialog(
        label, QCoreApplication.translate("TaskProgress", "Batal") if cancellable else "", 0, 0, parent
    )
    dialog.setWindowTitle("Kelurahan Desk")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)

    def progress(done: int, total: int, text: str) -> None:
        if total > 0 and dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(min(done, total) if total > 0 else 0)
        if text:
            dialog.setLabelText(text)

    def close() -> None:
        dialog.reset()  # also stops the timer that would show the dialog later
        dialog.hide()
        dialog.deleteLater()

    def finished(result: Any) -> None:
        close()
        on_done(result)

    def failed(exc: BaseException) -> None:
        close()
        show_error(parent, exc)

    def cancelled() -> None:
        close()
        if on_cancelled is not None:
            on_cancelled()

    handle = runner.run(
        work, on_done=finished, on_error=failed, on_progress=progress, on_cancelled=cancelled, write=write
    )
    if handle.running:
        dialog.canceled.connect(handle.cancel)
    return handle

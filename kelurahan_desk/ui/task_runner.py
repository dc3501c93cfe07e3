"""One runner for background work: imports, backups, PDF batches, sync.

Work runs on a `QThreadPool` (writes on a pool of one thread, so two writes never race for the store
lock); a relay `QObject` that lives on the main thread receives the worker's signals, so every callback
(`on_done`, `on_error`, `on_progress`) runs on the main thread. Work gets a `TaskContext` to report
progress and to see whether the user asked to cancel. Tests use `InlineTaskRunner`, same API.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Work = Callable[["TaskContext"], Any]
ErrorHandler = Callable[[BaseException], None]


class TaskCancelled(Exception):
    """Raised inside work by `TaskContext.check_cancelled()`; ends the task quietly."""


class TaskContext:
    """What the work function sees: progress reporting and the cancel flag."""

    def __init__(self, report: Callable[[int, int, str], None], cancel_flag: threading.Event) -> None:
        self._report = report
        self._cancel = cancel_flag

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise TaskCancelled()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._report(done, total, text)


@dataclass
class TaskHandle:
    """The caller's grip on a running task."""

    task_id: int
    on_done: Callable[[Any], None] | None = None
    on_error: ErrorHandler | None = None
    on_progress: Callable[[int, int, str], None] | None = None
    on_cancelled: Callable[[], None] | None = None
    cancel_flag: threading.Event = field(default_factory=threading.Event)
    running: bool = True
    write: bool = False

    def cancel(self) -> None:
        self.cancel_flag.set()


class _Relay(QObject):
    progressed = Signal(int, int, int, str)
    done = Signal(int, object)
    failed = Signal(int, object)
    cancelled = Signal(int)


class _Job(QRunnable):
    def __init__(self, relay: _Relay, handle: TaskHandle, work: Work) -> None:
        super().__init__()
        self._relay = relay
        self._id = handle.task_id
        self._work = work
        self._flag = handle.cancel_flag
        self.setAutoDelete(True)

    def run(self) -> None:
        context = TaskContext(lambda d, t, s: self._relay.progressed.emit(self._id, d, t, s), self._flag)
        try:
            result = self._work(context)
        except TaskCancelled:
            self._relay.cancelled.emit(self._id)
        except BaseException as exc:
            self._relay.failed.emit(self._id, exc)
        else:
            self._relay.done.emit(self._id, result)


class TaskRunner(QObject):
    """Runs work in the background; callbacks come back on the main thread."""

    def __init__(self, error_handler: ErrorHandler | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.error_handler = error_handler
        self._ids = itertools.count(1)
        self._handles: dict[int, TaskHandle] = {}
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._write_pool = QThreadPool(self)
        self._write_pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._on_progress)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._relay.cancelled.connect(self._on_cancelled)

    def run(
        self,
        work: Work,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: ErrorHandler | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        write: bool = False,
    ) -> TaskHandle:
        handle = TaskHandle(next(self._ids), on_done, on_error, on_progress, on_cancelled, write=write)
        self._handles[handle.task_id] = handle
        (self._write_pool if write else self._pool).start(_Job(self._relay, handle, work))
        return handle

    def active_count(self) -> int:
        return len(self._handles)

    def writes_running(self) -> int:
        """Tasks that change data (imports, backups, restores): closing the window should ask about these."""
        return sum(1 for handle in self._handles.values() if handle.write)

    def wait_all(self, timeout_ms: int = 30_000) -> bool:
        """Blocks until every task has finished (tests, shutdown). Callbacks still need the event loop."""
        return self._pool.waitForDone(timeout_ms) and self._write_pool.waitForDone(timeout_ms)

    @Slot(int, int, int, str)
    def _on_progress(self, task_id: int, done: int, total: int, text: str) -> None:
        handle = self._handles.get(task_id)
        if handle is not None and handle.on_progress is not None:
            handle.on_progress(done, total, text)

    @Slot(int, object)
    def _on_done(self, task_id: int, result: object) -> None:
        handle = self._finish(task_id)
        if handle is not None and handle.on_done is not None:
            handle.on_done(result)

    @Slot(int, object)
    def _on_failed(self, task_id: int, exc: object) -> None:
        handle = self._finish(task_id)
        assert isinstance(exc, BaseException)
        report = (handle.on_error if handle is not None else None) or self.error_handler
        if report is None:
            raise exc
        report(exc)

    @Slot(int)
    def _on_cancelled(self, task_id: int) -> None:
        handle = self._finish(task_id)
        if handle is not None and handle.on_cancelled is not None:
            handle.on_cancelled()

    def _finish(self, task_id: int) -> TaskHandle | None:
        handle = self._handles.pop(task_id, None)
        if handle is not None:
            handle.running = False
        return handle


class InlineTaskRunner(TaskRunner):
    """Runs work at once on the calling thread; for tests and the self-test."""

    def run(
        self,
        work: Work,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: ErrorHandler | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        write: bool = False,
    ) -> TaskHandle:
        handle = TaskHandle(next(self._ids), on_done, on_error, on_progress, on_cancelled, write=write)
        self._handles[handle.task_id] = handle
        context = TaskContext(lambda d, t, s: self._on_progress(handle.task_id, d, t, s), handle.cancel_flag)
        try:
            result = work(context)
        except TaskCancelled:
            self._on_cancelled(handle.task_id)
        except Exception as exc:
            self._on_failed(handle.task_id, exc)
        else:
            self._on_done(handle.task_id, result)
        return handle

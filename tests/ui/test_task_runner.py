"""Background work: results, progress and errors come back on the main thread; cancelling stops quietly."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kelurahan_desk.ui.task_runner import InlineTaskRunner, TaskContext, TaskRunner


def test_result_and_progress_arrive_on_the_main_thread(qtbot: QtBot, qapp: QApplication) -> None:
    runner = TaskRunner()
    seen: dict[str, Any] = {"progress": []}
    main = threading.get_ident()

    def work(task: TaskContext) -> str:
        seen["worker"] = threading.get_ident()
        for step in range(3):
            task.progress(step + 1, 3, f"langkah {step + 1}")
        return "selesai"

    def done(result: str) -> None:
        seen["result"] = result
        seen["done_thread"] = threading.get_ident()

    runner.run(work, on_done=done, on_progress=lambda d, t, s: seen["progress"].append((d, t, s)))
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == "selesai"
    assert seen["worker"] != main
    assert seen["done_thread"] == main
    assert seen["progress"][-1] == (3, 3, "langkah 3")
    assert runner.active_count() == 0


def test_errors_go_to_on_error_or_the_runner_handler(qtbot: QtBot, qapp: QApplication) -> None:
    reported: list[BaseException] = []
    runner = TaskRunner(error_handler=reported.append)
    runner.run(lambda _t: 1 / 0)
    qtbot.waitUntil(lambda: bool(reported), timeout=5000)
    assert isinstance(reported[0], ZeroDivisionError)

    own: list[BaseException] = []
    runner.run(lambda _t: [][1], on_error=own.append)
    qtbot.waitUntil(lambda: bool(own), timeout=5000)
    assert isinstance(own[0], IndexError)
    assert len(reported) == 1


def test_cancel_ends_the_work_without_a_result(qtbot: QtBot, qapp: QApplication) -> None:
    runner = TaskRunner()
    started = threading.Event()
    outcome: list[str] = []

    def work(task: TaskContext) -> str:
        started.set()
        while True:
            task.check_cancelled()
            threading.Event().wait(0.005)

    handle = runner.run(
        work, on_done=lambda _r: outcome.append("done"), on_cancelled=lambda: outcome.append("cancelled")
    )
    assert started.wait(5)
    handle.cancel()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["cancelled"]
    assert not handle.running


def test_writes_run_one_at_a_time(qtbot: QtBot, qapp: QApplication) -> None:
    runner = TaskRunner()
    inside = []
    overlaps = []
    finished: list[int] = []
    lock = threading.Lock()

    def work(_task: TaskContext) -> None:
        with lock:
            inside.append(1)
            if len(inside) > 1:
                overlaps.append(1)
        threading.Event().wait(0.02)
        with lock:
            inside.pop()

    for _ in range(4):
        runner.run(work, write=True, on_done=lambda _r: finished.append(1))
    qtbot.waitUntil(lambda: len(finished) == 4, timeout=5000)
    assert overlaps == []


def test_inline_runner_runs_at_once() -> None:
    runner = InlineTaskRunner()
    results: list[int] = []
    handle = runner.run(lambda task: 6 * 7, on_done=results.append)
    assert results == [42]
    assert not handle.running
    with pytest.raises(ZeroDivisionError):
        runner.run(lambda task: 1 / 0)

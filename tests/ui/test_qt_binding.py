"""The Qt binding the app runs on keeps Python's own objects alive.

PySide6 6.12.0 dropped a reference to None on every Qt call that returns nothing. On Python 3.11, where None
still has a reference count, the app then aborted ("deallocating None") once a day's clicks had used up the
count; `pyproject.toml` keeps that release off Python 3.11.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication, QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on: nothing to drop")
def test_qt_calls_that_return_nothing_keep_none_alive(qapp: QApplication) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")  # returns nothing
        QApplication.activeModalWidget()  # returns None: no dialog is open
    assert sys.getrefcount(None) >= before - 100  # the broken release drops 4,000

"""Tab goes through a form's inputs in the order they show (Qt's default is the order they were made)."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from PySide6.QtWidgets import QWidget


def tab_through(widgets: Iterable[QWidget]) -> None:
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)

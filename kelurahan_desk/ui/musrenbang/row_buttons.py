"""Buttons that act on the row chosen in a table, and the labels beside them. Each button is enabled only
while a row is chosen and its own rule holds (mostly: the cycle's phase allows the action); both are
checked again when the choice changes and when the table's rows are loaded again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QTableView


def always() -> bool:
    return True


class RowButtons:
    def __init__(self, table: QTableView) -> None:
        self._table = table
        self._rules: list[tuple[QAbstractButton, Callable[[], bool]]] = []
        table.selectionModel().selectionChanged.connect(lambda _selected, _deselected: self.update())
        table.model().modelReset.connect(self.update)

    def add(self, button: QAbstractButton, allowed: Callable[[], bool] = always) -> None:
        self._rules.append((button, allowed))
        self.update()

    def update(self) -> None:
        chosen = self._table.selectionModel().hasSelection()
        for button, allowed in self._rules:
            button.setEnabled(chosen and allowed())


def line_up(label: QLabel, button: QPushButton) -> QLabel:
    """`label` as tall as `button`, so that in a FlowLayout of buttons its text lines up with theirs."""
    label.setMinimumHeight(button.sizeHint().height())
    return label

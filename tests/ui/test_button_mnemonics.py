"""On every page the buttons in sight have Alt+letters of their own: two buttons sharing one make Alt+letter
only move between them, and the clerk's Alt+S never saves."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from kelurahan_desk.ui.main_window import MainWindow
from kelurahan_desk.ui.view_context import ViewContext

MNEMONIC = re.compile(r"&([^&\s])")


def shared_letters(page: QWidget) -> dict[str, list[str]]:
    """The Alt+letters that more than one button in sight on `page` answers to, with those buttons' texts."""
    owners: dict[str, list[str]] = defaultdict(list)
    for button in page.findChildren(QAbstractButton):
        found = MNEMONIC.search(button.text())
        if found and button.isVisibleTo(page.window()) and button.isVisible():
            owners[found.group(1).lower()].append(button.text())
    return {letter: texts for letter, texts in owners.items() if len(texts) > 1}


def test_no_two_buttons_in_sight_share_an_alt_letter(qtbot: QtBot, context: ViewContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    clashes: dict[str, dict[str, list[str]]] = {}
    for entry in window._entries:
        page = window.open_view(entry.key)
        tabs = [page, *page.findChildren(QTabWidget)]
        for holder in tabs:
            count = holder.count() if isinstance(holder, QTabWidget) else 1
            for index in range(count):
                if isinstance(holder, QTabWidget):
                    holder.setCurrentIndex(index)
                QApplication.processEvents()
                found = shared_letters(page)
                if found:
                    clashes[f"{entry.key}/{index}"] = found
    assert clashes == {}

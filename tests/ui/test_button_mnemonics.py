"""On every page the buttons in sight have Alt+letters of their own: two buttons sharing one make Alt+letter
only move between them, and the clerk's Alt+S never saves."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabWidget, QWidget
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


def visible_letters(window: QWidget, tabs: QTabWidget) -> dict[str, list[str]]:
    """Alt+letters of the labels, buttons and tab titles in sight, and what answers to each."""
    owners: dict[str, list[str]] = defaultdict(list)
    texts = [tabs.tabText(i) for i in range(tabs.count())]
    texts += [w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton) if w.isVisible()]
    for text in texts:
        found = MNEMONIC.search(text)
        if found:
            owners[found.group(1).lower()].append(text)
    return {letter: shown for letter, shown in owners.items() if len(shown) > 1}


def test_each_settings_tab_has_alt_letters_of_its_own(qtbot: QtBot, context: ViewContext) -> None:
    from kelurahan_desk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    clashes = {}
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        if found := visible_letters(dialog, dialog.tabs):
            clashes[dialog.tabs.tabText(index)] = found
    assert clashes == {}


def test_alt_letters_belong_to_the_page_and_f10_opens_the_menus(qtbot: QtBot, context: ViewContext) -> None:
    from PySide6.QtCore import Qt

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert [a.text() for a in window.menuBar().actions() if MNEMONIC.search(a.text())] == []
    page = window.open_view("residents")
    with qtbot.waitSignal(page.new_button.clicked, timeout=2000):
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert QApplication.activePopupWidget() is None

    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    assert window.menuBar().activeAction().text() == "Berkas"
    QApplication.activePopupWidget().close()

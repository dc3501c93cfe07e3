"""On every page, tab and dialog the labels, buttons and tab titles in sight have Alt+letters of their own: two
sharing one make Alt+letter only move between them, and the clerk's Alt+S never saves."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.qtbot import QtBot

from kelurahan_desk.ui.main_window import MainWindow
from kelurahan_desk.ui.view_context import ViewContext
from tests.ui.conftest import MNEMONIC, active_main_window, interface_language, visible_letters


@pytest.mark.parametrize("language", ["id", "en"])
def test_no_two_things_in_sight_on_a_page_share_an_alt_letter(
    qtbot: QtBot, qapp: QApplication, context: ViewContext, tmp_path: Path, language: str
) -> None:
    clashes: dict[str, dict[str, list[str]]] = {}
    with interface_language(qapp, language, tmp_path):
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        for entry in window._entries:
            page = window.open_view(entry.key)
            for holder in [page, *page.findChildren(QTabWidget)]:
                count = holder.count() if isinstance(holder, QTabWidget) else 1
                for index in range(count):
                    if isinstance(holder, QTabWidget):
                        holder.setCurrentIndex(index)
                    QApplication.processEvents()
                    if found := visible_letters(page):
                        title = holder.tabText(index) if isinstance(holder, QTabWidget) else ""
                        clashes[f"{entry.key}/{title}"] = found
    assert clashes == {}


@pytest.mark.parametrize("language", ["id", "en"])
def test_each_settings_tab_has_alt_letters_of_its_own(
    qtbot: QtBot, qapp: QApplication, context: ViewContext, tmp_path: Path, language: str
) -> None:
    from kelurahan_desk.ui.settings_dialog import SettingsDialog

    with interface_language(qapp, language, tmp_path):
        dialog = SettingsDialog(context)
        qtbot.addWidget(dialog)
        dialog.show()
        clashes = {}
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            if found := visible_letters(dialog):
                clashes[dialog.tabs.tabText(index)] = found
    assert clashes == {}


def test_alt_letters_belong_to_the_page_and_f10_opens_the_menus(qtbot: QtBot, context: ViewContext) -> None:
    from PySide6.QtCore import Qt

    window = active_main_window(qtbot, context)
    assert [a.text() for a in window.menuBar().actions() if MNEMONIC.search(a.text())] == []
    page = window.open_view("residents")
    with qtbot.waitSignal(page.new_button.clicked, timeout=2000):
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert QApplication.activePopupWidget() is None

    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    assert window.menuBar().activeAction().text() == "Berkas"
    QApplication.activePopupWidget().close()


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("kind", ["pindah", "meninggal"])
def test_life_event_dialogs_have_alt_letters_of_their_own(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, language: str, kind: str
) -> None:
    from kelurahan_desk.ui.residents.event_dialog import LifeEventDialog

    with interface_language(qapp, language, tmp_path):
        dialog = LifeEventDialog(kind, "Siti", date(2026, 11, 2), lambda *_: None)
        qtbot.addWidget(dialog)
        dialog.show()
        assert visible_letters(dialog) == {}

"""F1 lists the keys of the page in sight and those of every page, taken from the window's own shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from kelurahan_desk.ui.shortcut_help import ShortcutHelpDialog
from kelurahan_desk.ui.view_context import ViewContext
from tests.ui.conftest import active_main_window, answer_next_dialog


def listed(dialog: QDialog) -> dict[str, dict[str, str]]:
    """Each group of the dialog's list: what the keys do, by the keys' text."""
    assert isinstance(dialog, ShortcutHelpDialog)
    tree = dialog.tree
    groups = {}
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        groups[group.text(0)] = {group.child(j).text(1): group.child(j).text(0) for j in range(group.childCount())}
    return groups


def test_f1_lists_this_pages_keys_and_the_menus(qtbot: QtBot, context: ViewContext) -> None:
    window = active_main_window(qtbot, context)
    window.open_view("residents")
    shown: list[dict[str, dict[str, str]]] = []

    def read_and_close(dialog: QDialog) -> None:
        shown.append(listed(dialog))
        dialog.reject()

    answer_next_dialog(read_and_close)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: len(shown) == 1)
    page, everywhere = shown[0]["Di halaman ini"], shown[0]["Di semua halaman"]
    assert page["Cari penduduk"] == "Ctrl+F"
    assert page["Penduduk baru"] == "Ctrl+N"
    assert "Kasus baru" not in page
    assert everywhere["Berkas › Kunci layar"] == "Ctrl+L"
    assert everywhere["Bantuan › Pintasan papan ketik"] == "F1"
    assert "F10" in everywhere.values()

    window.open_view("cases")
    cases = listed(ShortcutHelpDialog(window, window.stack.currentWidget()))["Di halaman ini"]
    assert cases["Kasus baru"] == "Ctrl+N"
    assert "Penduduk baru" not in cases

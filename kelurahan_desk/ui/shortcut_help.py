"""Bantuan › Pintasan papan ketik (F1): the keys of the page in sight and those that work everywhere, read from
the window's own menus and shortcuts, so the list cannot drift from what the keys do."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.ui.letters.screen_fit import fit_to_screen

SHOWN = QKeySequence.SequenceFormat.NativeText


def page_shortcuts(page: QWidget) -> list[tuple[str, str]]:
    """(keys, what they do) of the enabled shortcuts on `page` whose widget is in sight and that say what they
    do (their `whatsThis`); shortcuts doing the same are shown as one row."""
    keys_of: dict[str, list[str]] = {}
    for shortcut in page.findChildren(QShortcut):
        owner = shortcut.parent()
        if shortcut.whatsThis() and shortcut.isEnabled() and isinstance(owner, QWidget) and owner.isVisible():
            keys_of.setdefault(shortcut.whatsThis(), []).append(shortcut.key().toString(SHOWN))
    return [(" / ".join(dict.fromkeys(keys)), doing) for doing, keys in keys_of.items()]


def menu_shortcuts(window: QMainWindow) -> list[tuple[str, str]]:
    """(keys, "Menu › item") of every menu item with a shortcut."""
    rows = []
    for title in window.menuBar().actions():
        menu = title.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            if isinstance(action, QAction) and not action.shortcut().isEmpty():
                item = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
                rows.append((action.shortcut().toString(SHOWN), f"{title.text()} › {item}"))
    return rows


class ShortcutHelpDialog(QDialog):
    def __init__(self, window: QMainWindow, page: QWidget | None) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Pintasan papan ketik"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Tombol"), self.tr("Fungsi")])
        self.tree.setRootIsDecorated(False)
        everywhere = [
            *menu_shortcuts(window),
            ("F10", self.tr("Membuka menu; panah untuk berpindah, Enter untuk memilih")),
            (self.tr("Alt + huruf bergaris bawah"), self.tr("Menekan tombol itu atau pindah ke isian itu")),
            ("Tab / Shift+Tab", self.tr("Pindah ke isian berikutnya / sebelumnya")),
            ("Enter", self.tr("Tombol utama jendela (yang bergaris tebal)")),
            ("Esc", self.tr("Menutup jendela kecil tanpa menjalankannya")),
        ]
        if page is not None and (on_page := page_shortcuts(page)):
            self._group(self.tr("Di halaman ini"), on_page)
        self._group(self.tr("Di semua halaman"), everywhere)
        self.tree.expandAll()
        self.tree.setCurrentItem(None)
        self.tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(640, 480))

    def _group(self, title: str, rows: list[tuple[str, str]]) -> None:
        group = QTreeWidgetItem(self.tree, [title])
        group.setFirstColumnSpanned(True)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        for keys, doing in rows:
            QTreeWidgetItem(group, [keys, doing])

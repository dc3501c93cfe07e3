"""Items with room around them (the navigation list's large, easy-to-hit entries): each item is `padding`
pixels taller above and below, and wider on both sides, than its icon and text need. The style draws the
item as it always does (background, selection and hover over the whole item, icon and text centred in its
height), so it looks right under every style."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex


class PaddedItemDelegate(QStyledItemDelegate):
    def __init__(self, padding: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._margins = QMargins(padding, padding, padding, padding)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return super().sizeHint(option, index).grownBy(self._margins)

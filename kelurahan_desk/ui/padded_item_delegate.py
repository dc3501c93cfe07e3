"""Items with room around their icon and text (the navigation list's large, easy-to-hit entries), drawn
by the item view's own style: the item's background and selection fill the whole item, its content sits
`padding` pixels inside it."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex


class PaddedItemDelegate(QStyledItemDelegate):
    def __init__(self, padding: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._margins = QMargins(padding, padding, padding, padding)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return super().sizeHint(option, index).grownBy(self._margins)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, item, painter, widget)
        item.rect = item.rect.marginsRemoved(self._margins)  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)

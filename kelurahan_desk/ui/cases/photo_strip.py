"""A row of thumbnails for photos and scanned documents; editable strips take new files.

In an editable strip `Insert` (or the caller's "Tambah foto…" button) picks files and `Delete` removes
the selected one; every file is checked for size and type by the attachment store when it is saved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtGui import QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import QFileDialog, QListView, QListWidget, QListWidgetItem, QStyle, QWidget

from kelurahan_desk.core.domain.case_intake import NewAttachment

THUMB = 96
FILE_FILTER = QT_TRANSLATE_NOOP("PhotoStrip", "Foto dan pindaian (*.jpg *.jpeg *.png *.webp *.pdf)")
DATA_ROLE = Qt.ItemDataRole.UserRole + 1


def thumbnail(data: bytes) -> QPixmap | None:
    pixmap = QPixmap()
    if not pixmap.loadFromData(data):
        return None
    return pixmap.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


class PhotoStrip(QListWidget):
    def __init__(self, *, editable: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editable = editable
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setGridSize(QSize(THUMB + 24, THUMB + 34))
        self.setMovement(QListView.Movement.Static)
        self.setFixedHeight(THUMB + 48)
        self.setWordWrap(True)
        if editable:
            self.setToolTip(self.tr("Insert: tambah foto atau pindaian; Delete: hapus yang dipilih"))

    def add_bytes(self, name: str, data: bytes, caption: str = "") -> QListWidgetItem:
        picture = thumbnail(data)
        icon = QIcon(picture) if picture is not None else self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        item = QListWidgetItem(icon, caption or name)
        item.setToolTip(name)
        item.setData(DATA_ROLE, NewAttachment(name, data))
        self.addItem(item)
        return item

    def add_file(self, path: Path) -> QListWidgetItem:
        return self.add_bytes(path.name, Path(path).read_bytes())

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Pilih foto atau pindaian"), "", self.tr(FILE_FILTER))
        for name in names:
            self.add_file(Path(name))

    def attachments(self) -> tuple[NewAttachment, ...]:
        return tuple(self.item(i).data(DATA_ROLE) for i in range(self.count()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.editable and event.key() == Qt.Key.Key_Insert:
            self.choose_files()
            return
        if self.editable and event.key() == Qt.Key.Key_Delete and self.currentRow() >= 0:
            self.takeItem(self.currentRow())
            return
        super().keyPressEvent(event)

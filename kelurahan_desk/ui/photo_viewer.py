"""A photo at a readable size, with the others of its strip one key away.

`open_on_click(strip)` makes a thumbnail strip open the viewer: a read-only strip on a click, an editable
one (where a click selects a photo to delete) on a double-click or Enter. Left and Right (or the buttons)
move through the strip's photos; a scan that is not a picture (a PDF) shows its name instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeyEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.domain.case_intake import NewAttachment
from kelurahan_desk.ui.cases.photo_strip import DATA_ROLE, PhotoStrip


class PhotoViewer(QDialog):
    def __init__(
        self, photos: Sequence[NewAttachment], index: int = 0, title: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.photos = list(photos)
        self.index = max(0, min(index, len(self.photos) - 1))
        self.setWindowTitle(title or self.tr("Foto"))
        self.resize(900, 680)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.setMinimumSize(QSize(320, 240))
        self.picture.setStyleSheet("background: #202020; color: #f0f0f0;")
        self.caption = QLabel()
        self.previous_button = QPushButton(self.tr("◀ &Sebelumnya"))
        self.next_button = QPushButton(self.tr("Se&lanjutnya ▶"))
        close_button = QPushButton(self.tr("&Tutup"))
        for button in (self.previous_button, self.next_button, close_button):
            button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.previous_button)
        row.addWidget(self.caption, 1, Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.next_button)
        row.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addLayout(row)
        self.previous_button.clicked.connect(lambda: self.show_photo(self.index - 1))
        self.next_button.clicked.connect(lambda: self.show_photo(self.index + 1))
        close_button.clicked.connect(self.accept)
        self.pixmap = QPixmap()
        self.show_photo(self.index)

    def show_photo(self, index: int) -> None:
        if not self.photos:
            self.caption.setText(self.tr("Tidak ada foto."))
            return
        self.index = max(0, min(index, len(self.photos) - 1))
        photo = self.photos[self.index]
        self.pixmap = QPixmap()
        if not self.pixmap.loadFromData(photo.data):
            self.picture.setPixmap(QPixmap())
            self.picture.setText(
                self.tr("{name}\n(bukan gambar; tidak dapat ditampilkan di sini)").format(name=photo.name)
            )
        self.caption.setText(
            self.tr("Foto {n} dari {total} — {name}").format(n=self.index + 1, total=len(self.photos), name=photo.name)
        )
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index + 1 < len(self.photos))
        self._fit()

    def _fit(self) -> None:
        if self.pixmap.isNull():
            return
        area = self.picture.size()
        if self.pixmap.width() <= area.width() and self.pixmap.height() <= area.height():
            self.picture.setPixmap(self.pixmap)  # small photos are not blown up past their own pixels
            return
        self.picture.setPixmap(
            self.pixmap.scaled(area, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Left:
            self.show_photo(self.index - 1)
            return
        if event.key() == Qt.Key.Key_Right:
            self.show_photo(self.index + 1)
            return
        super().keyPressEvent(event)


def open_viewer(strip: PhotoStrip, item: QListWidgetItem, title: str = "") -> PhotoViewer:
    photos = [strip.item(i).data(DATA_ROLE) for i in range(strip.count())]
    viewer = PhotoViewer(photos, strip.row(item), title, strip.window())
    viewer.exec()
    return viewer


def open_on_click(strip: PhotoStrip, title: str = "") -> None:
    """The strip's thumbnails open the viewer (see the module's text for which gesture)."""
    strip.itemActivated.connect(lambda item: open_viewer(strip, item, title))
    if strip.editable:
        return
    strip.setToolTip(QCoreApplication.translate("PhotoViewer", "Klik foto untuk memperbesar"))
    if not strip.style().styleHint(QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick, None, strip):
        strip.itemClicked.connect(lambda item: open_viewer(strip, item, title))

"""A PDF held in memory for Qt's PDF module, page images for previews, and printing at true size.

Printing draws each page as an image at the printer's resolution over the whole sheet (full-page mode,
sheet size taken from the PDF page), so a letter comes out at its real size: no fit-to-page shrinking.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QSize, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_PRINT_DPI = 300


class PdfBytes(QObject):
    """A QPdfDocument over bytes (the buffer lives as long as the document)."""

    def __init__(self, data: bytes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def page_points(self, page: int) -> QSizeF:
        return self.document.pagePointSize(page)

    def page_image(self, page: int, width_px: int) -> QImage:
        points = self.page_points(page)
        height = round(width_px * points.height() / max(points.width(), 1.0))
        return self.document.render(page, QSize(width_px, height))


def print_documents(
    printer: QPrinter,
    documents: Sequence[bytes],
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Prints every page of every PDF in one job. `progress(done, total)` returning False stops after that
    letter. Returns the number of letters sent to the printer."""
    painter = QPainter()
    printed = 0
    started = False
    for data in documents:
        pdf = PdfBytes(data)
        for page in range(pdf.page_count):
            points = pdf.page_points(page)
            printer.setFullPage(True)
            printer.setPageSize(QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch))
            printer.setPageOrientation(QPageLayout.Orientation.Portrait)
            printer.setPageMargins(printer.pageLayout().margins().__class__(0, 0, 0, 0))
            if not started:
                if not painter.begin(printer):
                    return printed
                started = True
            elif not printer.newPage():
                painter.end()
                return printed
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            target = printer.paperRect(QPrinter.Unit.DevicePixel).toRect()
            image = pdf.document.render(
                page, QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            )
            painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
        printed += 1
        if progress is not None and not progress(printed, len(documents)):
            break
    if started:
        painter.end()
    return printed

"""Printing a PDF (the citizen's receipt) straight to a printer at its true size.

Each page is rendered by QtPdf at the printer's own resolution and drawn pixel for pixel from the
paper's corner, so 10 mm in the PDF is 10 mm on paper whatever the printer: no fitting to the page,
no scaling. Pages are rendered in bands so a 1200 dpi A5 page never needs one huge image in memory.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QPoint, QRect, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

POINTS_PER_INCH = 72.0
BAND_PIXELS = 8_000_000  # pixels rendered at a time (about 32 MB)


class PdfNotPrintable(Exception):
    """The bytes are not a PDF QtPdf can open, or the printer refused to start."""


class OpenedPdf:
    """A PDF held in memory for QtPdf; keep it alive while rendering."""

    def __init__(self, pdf: bytes) -> None:
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            raise PdfNotPrintable(f"QtPdf cannot open the document: {self.document.error()}")

    def page_points(self, page: int) -> QSizeF:
        return self.document.pagePointSize(page)


def page_layout_for(pdf: bytes) -> QPageLayout:
    """The paper of the PDF's first page, portrait or landscape as it is, with no margins."""
    size = OpenedPdf(pdf).page_points(0)
    orientation = QPageLayout.Orientation.Portrait
    if size.width() > size.height():
        orientation = QPageLayout.Orientation.Landscape
        size = QSizeF(size.height(), size.width())
    page = QPageSize(size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    return QPageLayout(page, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def prepare_printer(printer: QPrinter, pdf: bytes) -> None:
    """Offers the PDF's own paper size (before the print dialog) and draws from the paper's corner."""
    printer.setFullPage(True)
    printer.setPageLayout(page_layout_for(pdf))


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Prints every page at true size on `printer` (already chosen); returns the number of pages."""
    opened = OpenedPdf(pdf)
    printer.setFullPage(True)
    dpi = printer.resolution()
    painter = QPainter()
    if not painter.begin(printer):
        raise PdfNotPrintable("the printer did not start")
    try:
        for page in range(opened.document.pageCount()):
            if page:
                printer.newPage()
            points = opened.page_points(page)
            full = QSize(round(points.width() * dpi / POINTS_PER_INCH), round(points.height() * dpi / POINTS_PER_INCH))
            band = max(1, min(full.height(), BAND_PIXELS // max(1, full.width())))
            for top in range(0, full.height(), band):
                height = min(band, full.height() - top)
                options = QPdfDocumentRenderOptions()
                options.setScaledSize(full)
                options.setScaledClipRect(QRect(0, top, full.width(), height))
                image = opened.document.render(page, QSize(full.width(), height), options)
                painter.drawImage(QPoint(0, top), image)
    finally:
        painter.end()
    return opened.document.pageCount()


def choose_printer(parent: QWidget | None, pdf: bytes) -> QPrinter | None:
    """The print dialog, opened on the PDF's own paper size; None when the person cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, pdf)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ReceiptPrinting", "Cetak tanda terima"))
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

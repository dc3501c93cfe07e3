"""PDFs held in memory for Qt's PDF module: page images for previews, and printing at true size.

Each page is rendered by QtPdf at the printer's resolution (at most 300 dpi, plenty for text and the QR
code) and drawn from the paper's corner at the printer's dots per inch, on paper of the page's own size, so
10 mm in the PDF is 10 mm on paper whatever the printer: no fitting to the page. Pages are rendered in
bands so a large page never needs one huge image in memory. Letters, receipts and batches of letters all
print through `print_documents`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPoint, QRect, QSize, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

POINTS_PER_INCH = 72.0
BAND_PIXELS = 8_000_000  # pixels rendered at a time (about 32 MB)
MAX_RENDER_DPI = 300


class PdfNotPrintable(Exception):
    """The bytes are not a PDF QtPdf can open, or the printer refused to start."""


class OpenedPdf:
    """A PDF held in memory for QtPdf; keep it alive while it is shown or rendered."""

    def __init__(self, pdf: bytes) -> None:
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            raise PdfNotPrintable(f"QtPdf cannot open the document: {self.document.error()}")

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def page_points(self, page: int) -> QSizeF:
        return self.document.pagePointSize(page)

    def page_image(self, page: int, width_px: int) -> QImage:
        points = self.page_points(page)
        height = round(width_px * points.height() / max(points.width(), 1.0))
        return self.document.render(page, QSize(width_px, height))

    def page_layout(self, page: int) -> QPageLayout:
        """The page's own paper, portrait or landscape as it is, with no margins."""
        size = self.page_points(page)
        orientation = QPageLayout.Orientation.Portrait
        if size.width() > size.height():
            orientation = QPageLayout.Orientation.Landscape
            size = QSizeF(size.height(), size.width())
        paper = QPageSize(size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
        return QPageLayout(paper, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def page_layout_for(pdf: bytes) -> QPageLayout:
    """The paper of the PDF's first page."""
    return OpenedPdf(pdf).page_layout(0)


def prepare_printer(printer: QPrinter, pdf: bytes) -> None:
    """Offers the PDF's own paper size (before the print dialog) and draws from the paper's corner."""
    printer.setFullPage(True)
    printer.setPageLayout(page_layout_for(pdf))


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Prints every page at true size on `printer` (already chosen); returns the number of pages."""
    opened = OpenedPdf(pdf)
    if not print_documents(printer, [pdf]):
        raise PdfNotPrintable("the printer did not start")
    return opened.page_count


def print_documents(
    printer: QPrinter, documents: Sequence[bytes], progress: Callable[[int, int], bool] | None = None
) -> int:
    """Every page of every PDF in one print job, each on paper of its own size. `progress(done, total)`
    returning False stops after that document. Returns the number of documents sent to the printer (0 when
    the printer did not start)."""
    opened = [OpenedPdf(pdf) for pdf in documents]
    painter = QPainter()
    printed = 0
    try:
        for pdf in opened:
            for page in range(pdf.page_count):
                printer.setFullPage(True)
                printer.setPageLayout(pdf.page_layout(page))
                if not painter.isActive():
                    if not painter.begin(printer):
                        return printed
                elif not printer.newPage():
                    return printed
                _draw_page(painter, pdf, page, printer.resolution())
            printed += 1
            if progress is not None and not progress(printed, len(opened)):
                break
    finally:
        if painter.isActive():
            painter.end()
    return printed


def _draw_page(painter: QPainter, pdf: OpenedPdf, page: int, printer_dpi: int) -> None:
    dpi = min(printer_dpi, MAX_RENDER_DPI)
    scale = printer_dpi / dpi
    points = pdf.page_points(page)
    full = QSize(round(points.width() * dpi / POINTS_PER_INCH), round(points.height() * dpi / POINTS_PER_INCH))
    band = max(1, min(full.height(), BAND_PIXELS // max(1, full.width())))
    for top in range(0, full.height(), band):
        height = min(band, full.height() - top)
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(full)
        options.setScaledClipRect(QRect(0, top, full.width(), height))
        image = pdf.document.render(page, QSize(full.width(), height), options)
        if scale == 1:
            painter.drawImage(QPoint(0, top), image)
        else:  # band edges rounded from the page's top, so bands meet without a gap
            y0, y1 = round(top * scale), round((top + height) * scale)
            painter.drawImage(QRect(0, y0, round(full.width() * scale), y1 - y0), image)

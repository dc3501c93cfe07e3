"""Printing the citizen's receipt straight to a printer at its true size: the print dialog opened on the
receipt's own paper; the printing itself is `ui/pdf_printing.py`'s, shared with letters."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from kelurahan_desk.ui.pdf_printing import OpenedPdf, PdfNotPrintable, prepare_printer, print_pdf

__all__ = ["OpenedPdf", "PdfNotPrintable", "choose_printer", "prepare_printer", "print_pdf"]


def choose_printer(parent: QWidget | None, pdf: bytes) -> QPrinter | None:
    """The print dialog, opened on the PDF's own paper size; None when the person cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, pdf)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ReceiptPrinting", "Cetak tanda terima"))
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

"""An issued letter on screen (Qt's PDF view) with printing at true size and saving a copy.

Printing is offered only when the caller says the account may record the print (`can_print`): a letter
printed without that record would stay in the "ready to print" list and be printed twice."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Signal
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QPushButton, QVBoxLayout, QWidget

from kelurahan_desk.ui.letters.screen_fit import fit_to_screen
from kelurahan_desk.ui.pdf_printing import OpenedPdf, print_documents


class LetterPreviewDialog(QDialog):
    PREFERRED_SIZE = QSize(820, 960)
    printed = Signal()

    def __init__(
        self,
        pdf: bytes,
        title: str,
        parent: QWidget | None = None,
        *,
        printer_factory: Callable[[QWidget | None], QPrinter | None],
        can_print: bool,
    ) -> None:
        super().__init__(parent)
        self._pdf_bytes = pdf
        self._printer_factory = printer_factory
        self._can_print = can_print
        self.setWindowTitle(title)
        fit_to_screen(self, self.PREFERRED_SIZE)
        self.pdf = OpenedPdf(pdf)
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("&Cetak…"))
        self.save_button = QPushButton(self.tr("&Simpan PDF…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.setVisible(can_print)  # after addButton, which shows every button it lays out
        self.print_button.clicked.connect(self.print_letter)
        self.save_button.clicked.connect(self.save_copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def print_letter(self) -> bool:
        if not self._can_print:
            return False
        printer = self._printer_factory(self)
        if printer is None:
            return False
        if print_documents(printer, [self._pdf_bytes]):
            self.printed.emit()
            return True
        return False

    def save_copy(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan salinan PDF"), "", "PDF (*.pdf)")
        if path:
            from pathlib import Path

            Path(path).write_bytes(self._pdf_bytes)

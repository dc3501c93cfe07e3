"""Receipts printed straight to a printer at true size: the printed page (a PDF printer here, read back)
has the receipt's own paper and its ink exactly where the receipt's PDF has it, at the printer's dots."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from kelurahan_desk.composition import Services
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.ui.cases.detail_panel import CaseDetailPanel
from kelurahan_desk.ui.cases.receipt_printing import OpenedPdf, choose_printer, prepare_printer, print_pdf
from kelurahan_desk.ui.view_context import ViewContext
from tests.core.case_helpers import new_case
from tests.ui.conftest import answer_next_dialog

PRINTER_DPI = 300
CHECK_DPI = 100
DARK = bytes(1 if value < 128 else 0 for value in range(256))


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(PRINTER_DPI)
    return printer


def ink_box(pdf: bytes) -> tuple[tuple[int, int, int, int], int]:
    """Where the page has ink, in pixels at CHECK_DPI from the paper's top-left corner, and how much."""
    opened = OpenedPdf(pdf)
    points = opened.page_points(0)
    size = QSize(round(points.width() * CHECK_DPI / 72), round(points.height() * CHECK_DPI / 72))
    image = opened.document.render(0, size).convertToFormat(QImage.Format.Format_Grayscale8)
    data, stride = bytes(image.constBits()), image.bytesPerLine()
    rows, left, right, ink = [], size.width(), -1, 0
    for y in range(size.height()):
        marks = data[y * stride : y * stride + size.width()].translate(DARK)
        first = marks.find(1)
        if first >= 0:
            rows.append(y)
            left, right = min(left, first), max(right, marks.rfind(1))
            ink += marks.count(1)
    return (left, rows[0], right, rows[-1]), ink


@pytest.fixture
def receipt_pdfs(services: Services, admin: Actor) -> dict[str, bytes]:
    made = services.cases.intake(admin, new_case())
    return {size: services.cases.receipt_pdf(admin, made.id, size) for size in ("a5", "thermal")}  # type: ignore[misc]


@pytest.mark.parametrize("size", ["a5", "thermal"])
def test_a_receipt_prints_at_true_size(
    qapp: QApplication, receipt_pdfs: dict[str, bytes], tmp_path: Path, size: str
) -> None:
    original = receipt_pdfs[size]
    printer = pdf_printer(tmp_path / "printed.pdf")
    prepare_printer(printer, original)
    assert print_pdf(original, printer) == 1

    printed = (tmp_path / "printed.pdf").read_bytes()
    page, source = PdfReader(io.BytesIO(printed)).pages[0], PdfReader(io.BytesIO(original)).pages[0]
    assert abs(float(page.mediabox.width) - float(source.mediabox.width)) < 1
    assert abs(float(page.mediabox.height) - float(source.mediabox.height)) < 1
    bands = [image.image.size for image in page.images]
    assert {width for width, _ in bands} == {round(float(source.mediabox.width) * PRINTER_DPI / 72)}
    assert sum(height for _, height in bands) == round(float(source.mediabox.height) * PRINTER_DPI / 72)

    (left, top, right, bottom), ink = ink_box(original)
    (p_left, p_top, p_right, p_bottom), p_ink = ink_box(printed)
    assert max(abs(left - p_left), abs(top - p_top), abs(right - p_right), abs(bottom - p_bottom)) <= 2
    assert abs(ink - p_ink) < ink * 0.1


def test_the_print_dialog_opens_on_the_receipts_paper(qapp: QApplication, receipt_pdfs: dict[str, bytes]) -> None:
    seen: list[QPrinter] = []

    def accept(dialog: QDialog) -> None:
        seen.append(dialog.printer())  # type: ignore[attr-defined]
        dialog.accept()

    answer_next_dialog(accept)
    printer = choose_printer(None, receipt_pdfs["a5"])
    assert printer is not None and seen == [printer]
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A5
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Portrait
    answer_next_dialog(lambda dialog: dialog.reject())
    assert choose_printer(None, receipt_pdfs["a5"]) is None


def test_the_case_detail_prints_the_receipt_it_keeps(
    qtbot: QtBot, context: ViewContext, tmp_path: Path
) -> None:
    services, actor = context.services, context.actor
    made = services.cases.intake(actor, new_case())
    panel = CaseDetailPanel(context)
    qtbot.addWidget(panel)
    panel.show_case(services.cases.get(actor, made.id))
    target = tmp_path / "printer.pdf"
    offered: list[bytes] = []

    def printer_for(_parent: object, pdf: bytes) -> QPrinter:
        offered.append(pdf)
        printer = pdf_printer(target)
        prepare_printer(printer, pdf)
        return printer

    panel.choose_printer = printer_for
    assert panel.print_receipt_to_printer("thermal") == 1
    kept = services.folder.archive / "tanda-terima" / f"tanda-terima-{made.number}-thermal.pdf"
    assert offered == [kept.read_bytes()] and target.exists()
    assert ink_box(target.read_bytes())[0] == pytest.approx(ink_box(offered[0])[0], abs=2)

    target.unlink()
    panel.choose_printer = lambda _parent, _pdf: None  # the person cancelled the print dialog
    assert panel.print_receipt_to_printer("a5") == 0 and not target.exists()

"""Printing is offered only to accounts that may record the print: the read-only camat can look at an issued
letter but is never offered the printer, so no letter is printed and left in "Siap dicetak"."""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget

from kelurahan_desk.composition import Services
from kelurahan_desk.core.domain.letter_states import LetterState
from kelurahan_desk.core.services.permissions import Actor, Role
from kelurahan_desk.ui.letters.letters_view import LettersView
from kelurahan_desk.ui.task_runner import InlineTaskRunner
from kelurahan_desk.ui.view_context import ChangeNotices, ViewContext
from tests.core.letter_helpers import PASSWORDS, LetterOffice, fast_password_hashing, letter_office

__all__ = ["fast_password_hashing"]
needs_qt_pdf = pytest.mark.skipif(
    importlib.util.find_spec("PySide6.QtPdf") is None, reason="Qt's PDF module (PySide6-Pdf) is not installed"
)
READY_TO_PRINT = 4


@pytest.fixture
def office(qapp: QApplication, services: Services, admin: Actor) -> LetterOffice:
    return letter_office(services, admin)


class PrinterAsked:
    """A printer factory that records being asked and prints to a PDF file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.asked = 0

    def __call__(self, _parent: QWidget | None) -> QPrinter:
        self.asked += 1
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.path))
        return printer


def view_for(qtbot, office: LetterOffice, actor: Actor, settings) -> LettersView:
    view = LettersView(ViewContext(office.services, actor, InlineTaskRunner(), ChangeNotices(), settings))
    qtbot.addWidget(view)
    view.worklist.setCurrentIndex(READY_TO_PRINT)
    return view


def reader_of(office: LetterOffice) -> Actor:
    return replace(office.desk, username="camat", full_name="Staf Kecamatan", role=Role.READ_ONLY)


def test_the_read_only_account_is_not_offered_printing(qtbot, office: LetterOffice, settings, tmp_path) -> None:
    issued = [office.issued(), office.issued("SKTM")]
    view = view_for(qtbot, office, reader_of(office), settings)
    assert view.model.rowCount() == 2
    assert view.print_all_button.isHidden() and not view.print_all_button.isEnabled()
    assert view.buttons["preview"].isEnabled() and view.buttons["preview"].text() == "&Pratinjau…"
    printer = PrinterAsked(tmp_path / "semua.pdf")
    view.printer_factory = printer
    assert view.print_all() == 0
    assert printer.asked == 0 and not printer.path.exists()
    assert [office.services.letters.get(office.desk, d.id).state for d in issued] == [LetterState.TERBIT] * 2
    assert view.model.rowCount() == 2


@needs_qt_pdf
def test_the_read_only_preview_has_no_print_button(qtbot, office: LetterOffice, settings, tmp_path) -> None:
    letter = office.issued()
    view = view_for(qtbot, office, reader_of(office), settings)
    printer = PrinterAsked(tmp_path / "satu.pdf")
    view.printer_factory = printer
    preview = view.preview()
    assert preview is not None
    qtbot.addWidget(preview)
    assert preview.print_button.isHidden() and not preview.save_button.isHidden()
    assert not preview.print_letter() and printer.asked == 0
    assert office.services.letters.get(office.desk, letter.id).state == LetterState.TERBIT


@needs_qt_pdf
def test_the_front_desk_prints_and_a_revoked_letter_is_not_offered(
    qtbot, office: LetterOffice, settings, tmp_path
) -> None:
    letter = office.issued()
    view = view_for(qtbot, office, office.desk, settings)
    assert not view.print_all_button.isHidden() and view.print_all_button.isEnabled()
    assert view.buttons["preview"].text() == "&Pratinjau / cetak…"
    view.printer_factory = PrinterAsked(tmp_path / "satu.pdf")
    preview = view.preview()
    assert preview is not None
    qtbot.addWidget(preview)
    assert not preview.print_button.isHidden()
    assert preview.print_letter()
    assert office.services.letters.get(office.desk, letter.id).state == LetterState.DICETAK

    office.services.letters.revoke(office.lurah, letter.id, "Salah nama", PASSWORDS["lurah"])
    view.worklist.setCurrentIndex(view.worklist.count() - 1)  # "Ditolak dan dicabut"
    assert view._current is not None and view._current.id == letter.id
    revoked = view.preview()
    assert revoked is not None
    qtbot.addWidget(revoked)
    assert revoked.print_button.isHidden()

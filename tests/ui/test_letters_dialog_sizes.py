"""The letters dialogs on a 1366 × 768 office screen: each fits the screen's free area, its contents scroll
and its buttons stay in reach, also after an error has appeared in it."""

from __future__ import annotations

import importlib.util

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QPushButton, QSplitter, QWidget

from kelurahan_desk.composition import Services
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.ui.letters.request_dialog import LetterRequestDialog
from kelurahan_desk.ui.letters.screen_fit import FRAME, fit_to_screen
from kelurahan_desk.ui.letters.type_editor import LetterTypeEditor
from kelurahan_desk.ui.task_runner import InlineTaskRunner
from kelurahan_desk.ui.view_context import ChangeNotices, ViewContext
from tests.core.letter_helpers import LetterOffice, fast_password_hashing, letter_office

__all__ = ["fast_password_hashing"]
OFFICE_SCREEN = QRect(0, 0, 1366, 768)
needs_qt_pdf = pytest.mark.skipif(
    importlib.util.find_spec("PySide6.QtPdf") is None, reason="Qt's PDF module (PySide6-Pdf) is not installed"
)


@pytest.fixture
def office(qapp: QApplication, services: Services, admin: Actor) -> LetterOffice:
    return letter_office(services, admin)


def context_for(office: LetterOffice, actor: Actor, settings) -> ViewContext:
    return ViewContext(office.services, actor, InlineTaskRunner(), ChangeNotices(), settings)


def shown_on_office_screen(qtbot, dialog: QDialog) -> None:
    fit_to_screen(dialog, type(dialog).PREFERRED_SIZE, OFFICE_SCREEN)  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)


def assert_fits(dialog: QDialog) -> None:
    assert dialog.width() + FRAME.width() <= OFFICE_SCREEN.width()
    assert dialog.height() + FRAME.height() <= OFFICE_SCREEN.height()


def assert_in_reach(dialog: QDialog, *buttons: QWidget) -> None:
    for button in buttons:
        assert button.isVisible(), button
        corner = button.mapTo(dialog, button.rect().bottomRight())
        assert dialog.rect().contains(corner), (button, corner)


def test_a_wanted_size_shrinks_to_the_free_area_and_the_dialog_never_grows_past_it(qtbot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    fit_to_screen(dialog, QSize(1400, 900), QRect(0, 0, 1024, 768))
    assert dialog.size() == QSize(1024, 768) - FRAME
    dialog.resize(1200, 1000)
    assert dialog.size() == QSize(1024, 768) - FRAME
    small = QDialog()
    qtbot.addWidget(small)
    fit_to_screen(small, QSize(400, 300), OFFICE_SCREEN)
    assert small.size() == QSize(400, 300)


@needs_qt_pdf
def test_the_letter_preview_fits_and_its_print_button_is_in_reach(qtbot, office: LetterOffice, settings) -> None:
    from kelurahan_desk.ui.letters.preview_dialog import LetterPreviewDialog

    letter = office.issued()
    pdf = office.services.letters.pdf(office.desk, letter.id)
    dialog = LetterPreviewDialog(pdf, "Pratinjau", printer_factory=lambda _parent: None, can_print=True)
    shown_on_office_screen(qtbot, dialog)
    assert_fits(dialog)
    assert_in_reach(dialog, dialog.print_button, dialog.save_button)


def test_the_letter_type_editor_fits_and_its_save_buttons_are_in_reach(qtbot, office: LetterOffice, settings) -> None:
    editor = LetterTypeEditor(context_for(office, office.admin, settings))
    shown_on_office_screen(qtbot, editor)
    assert_fits(editor)
    assert_in_reach(editor, editor.save_button, editor.numbering_button, editor.new_button)


def test_the_request_dialog_fits_also_with_an_error_shown(qtbot, office: LetterOffice, settings) -> None:
    dialog = LetterRequestDialog(context_for(office, office.desk, settings), resident_id=office.resident.id)
    dialog.select_type("SKAW")  # the longest form: fourteen fields and seven requirements
    shown_on_office_screen(qtbot, dialog)
    assert_fits(dialog)
    buttons = [b for b in dialog.findChildren(QAbstractButton) if isinstance(b, QPushButton) and b.text() == "Batal"]
    assert_in_reach(dialog, dialog.submit_button, dialog.save_button, *buttons)

    dialog.submit_button.click()
    assert dialog.result_detail is None and dialog.errors.error_text("nama_pewaris")
    assert_fits(dialog)
    assert_in_reach(dialog, dialog.submit_button, dialog.save_button)
    error_box = dialog.inputs.widgets["nama_pewaris"].parentWidget()
    viewport = dialog.scroll.viewport()
    assert viewport.rect().contains(error_box.mapTo(viewport, error_box.rect().bottomLeft()))


def test_every_required_field_left_empty_is_marked_at_once(qtbot, office: LetterOffice, settings) -> None:
    dialog = LetterRequestDialog(context_for(office, office.desk, settings), resident_id=office.resident.id)
    dialog.select_type("SKAW")
    shown_on_office_screen(qtbot, dialog)
    required = [spec.key for spec in dialog.inputs.specs if spec.required and not dialog.inputs.values()[spec.key]]
    assert len(required) > 1
    dialog.submit_button.click()
    assert dialog.result_detail is None
    assert [key for key in required if dialog.errors.error_text(key) == "Wajib diisi."] == required


def test_the_register_fits_a_small_screen_with_its_buttons_in_reach(qtbot, office: LetterOffice, settings) -> None:
    from kelurahan_desk.ui.letters.register_dialog import RegisterDialog

    dialog = RegisterDialog(context_for(office, office.admin, settings))
    qtbot.addWidget(dialog)
    dialog.show()
    room = dialog.screen().availableGeometry()  # 800 x 800 offscreen: narrower than the register wants
    assert dialog.width() + FRAME.width() <= room.width() < RegisterDialog.PREFERRED_SIZE.width()
    buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
    assert buttons
    assert_in_reach(dialog, *buttons)


def test_on_a_small_screen_the_type_editor_gives_its_form_the_room(qtbot, office: LetterOffice, settings) -> None:
    editor = LetterTypeEditor(context_for(office, office.admin, settings))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    splitter = editor.findChild(QSplitter)
    _types, form, preview = splitter.sizes()
    assert form > preview  # on the 800 px offscreen screen the form, not the preview, has the room

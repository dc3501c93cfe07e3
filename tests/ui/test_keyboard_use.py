"""The front desk types: Enter does the one thing the clerk expects, Alt+letter reaches the field its label
names, and Tab goes through a form in the order it shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from kelurahan_desk.composition import Services
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.services.umkm import BusinessInput
from kelurahan_desk.ui.account_dialogs import NewAccountDialog
from kelurahan_desk.ui.letters.request_dialog import LetterRequestDialog
from kelurahan_desk.ui.letters.type_editor import LetterTypeEditor
from kelurahan_desk.ui.residents.residents_view import ResidentsView
from kelurahan_desk.ui.settings_dialog import SettingsDialog
from kelurahan_desk.ui.setup_wizard import ADMIN, SetupWizard
from kelurahan_desk.ui.task_runner import InlineTaskRunner
from kelurahan_desk.ui.umkm.business_dialog import BusinessDialog
from kelurahan_desk.ui.view_context import ViewContext
from tests.core.letter_helpers import LetterOffice, fast_password_hashing, letter_office
from tests.core.programme_helpers import resident
from tests.ui.test_letters_ui import context_for

__all__ = ["fast_password_hashing"]


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitActive(widget):
        widget.activateWindow()
    return widget


@pytest.fixture
def office(qapp: QApplication, services: Services, admin: Actor) -> LetterOffice:
    return letter_office(services, admin)


def test_enter_in_the_owner_search_searches_and_does_not_save_the_business(
    qtbot: QtBot, context: ViewContext, admin: Actor
) -> None:
    siti = resident(context.services, admin, "3273014101900001", "Siti Aminah")
    resident(context.services, admin, "3273014202910002", "Siti Fauziah")
    umkm = context.services.programmes.umkm
    business = umkm.register(
        admin, BusinessInput(owner_resident_id=siti, name="Keripik Tempe Bu Siti", sector="kuliner")
    )
    dialog = shown(qtbot, BusinessDialog(context, existing=business))
    dialog.owner_query.setFocus()
    qtbot.keyClicks(dialog.owner_query, "Fauziah")
    qtbot.keyClick(dialog.owner_query, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted and dialog.saved is None
    assert dialog.owner_box.currentText().startswith("Siti Fauziah")  # found, for the clerk to confirm
    assert umkm.get(admin, business.id).owner_name == "Siti Aminah"


def test_alt_and_a_labels_letter_reach_its_field(qtbot: QtBot) -> None:
    dialog = shown(qtbot, NewAccountDialog(lambda _new: None))
    dialog.username.setFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # "Nama &lengkap"
    assert QApplication.focusWidget() is dialog.full_name
    qtbot.keyClick(dialog, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)  # "&Jabatan"
    assert QApplication.focusWidget() is dialog.title


def test_alt_on_a_row_of_several_inputs_reaches_the_first(qtbot: QtBot, context: ViewContext) -> None:
    dialog = shown(qtbot, BusinessDialog(context))
    dialog.name.setFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # "&Pemilik": search box and list
    assert QApplication.focusWidget() is dialog.owner_query


def test_the_letter_request_submits_on_enter_and_tabs_through_its_fields_in_order(
    qtbot: QtBot, office: LetterOffice, settings
) -> None:
    dialog = LetterRequestDialog(context_for(office, office.desk, settings))
    shown(qtbot, dialog)
    assert dialog.submit_button.isDefault() and not dialog.add_scan_button.autoDefault()
    dialog.resident_search.setFocus()
    qtbot.keyClicks(dialog.resident_search, office.resident.nik)
    qtbot.keyClick(dialog.resident_search, Qt.Key.Key_Return)  # searches; no file picker, no submit
    assert QApplication.activeModalWidget() in (None, dialog) and dialog.isVisible()
    assert dialog.resident_id() == office.resident.id
    dialog.select_type("SKD")
    first_field = next(iter(dialog.inputs.widgets.values()))
    assert dialog.type_combo.nextInFocusChain() is first_field


def test_enter_in_the_letter_type_editor_saves_the_type_it_shows(qtbot: QtBot, office: LetterOffice, settings) -> None:
    editor = shown(qtbot, LetterTypeEditor(context_for(office, office.admin, settings)))
    editor.type_list.setCurrentRow(0)
    code = editor.code.text()
    assert code
    editor.title.setFocus()
    editor.title.setText(editor.title.text() + " (baru)")
    qtbot.keyClick(editor.title, Qt.Key.Key_Return)
    assert editor.code.text() == code  # not "Jenis baru": the type being edited is still there
    saved = next(t for t in office.services.letter_types.list_types(office.admin) if t.code == code)
    assert saved.title.endswith(" (baru)")


def test_enter_in_the_settings_saves_them(qtbot: QtBot, context: ViewContext) -> None:
    dialog = shown(qtbot, SettingsDialog(context))
    assert dialog.save_button.isDefault()
    dialog.idle_minutes.setFocus()
    dialog.idle_minutes.setValue(7)
    qtbot.keyClick(dialog.idle_minutes, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_tab_leaves_the_residents_list(qtbot: QtBot, context: ViewContext, admin: Actor) -> None:
    resident(context.services, admin, "3273014101900001", "Siti Aminah")
    view = shown(qtbot, ResidentsView(context))
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not view.table


def test_enter_on_the_wizards_first_page_goes_on_to_a_new_office(
    qtbot: QtBot, services: Services, settings
) -> None:
    wizard = shown(qtbot, SetupWizard(services, InlineTaskRunner(), settings))
    assert not wizard.welcome_page.restore_button.autoDefault()
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    assert wizard.currentId() == ADMIN and wizard.restore_from is None


def test_tab_reaches_the_criteria_weights_before_the_buttons(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QSpinBox

    from kelurahan_desk.core.domain.proposal_scoring import DEFAULT_CRITERIA
    from kelurahan_desk.ui.musrenbang.criteria_dialog import CriteriaDialog

    dialog = shown(qtbot, CriteriaDialog(DEFAULT_CRITERIA))
    order: list[QWidget] = []
    widget = dialog.table.nextInFocusChain()
    while widget is not dialog.table and len(order) < 200:
        order.append(widget)
        widget = widget.nextInFocusChain()
    spins = [w for w in order if isinstance(w, QSpinBox)]
    assert len(spins) == len(DEFAULT_CRITERIA)
    assert max(order.index(spin) for spin in spins) < order.index(dialog.add_button)

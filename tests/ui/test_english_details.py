"""In English, the small texts a clerk meets outside the main screens speak English too: the family's sexes,
the carried-over proposals' states, the letter fields' hints, the hand-set rank's reason."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from kelurahan_desk.core.domain.letter_placeholders import FieldSpec
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.ui.letters.letter_fields import FieldInputs
from kelurahan_desk.ui.musrenbang.carry_over_dialog import CarryOverDialog
from kelurahan_desk.ui.residents.family_panel import FamilyPanel
from kelurahan_desk.ui.translations import make_translator
from kelurahan_desk.ui.view_context import ViewContext
from tests.core.programme_helpers import proposal, resident
from tests.ui.test_musrenbang_details import opened


@pytest.fixture
def english(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    translator = make_translator("en", tmp_path / "compiled")
    assert translator is not None
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_the_family_panel_writes_sexes_as_m_and_f(
    qtbot: QtBot, english: None, context: ViewContext, admin: Actor
) -> None:
    services = context.services
    siti = resident(services, admin, "3273014101900001", "Siti Aminah", kk="3273010101200001")
    resident(services, admin, "3273010203850002", "Budi Santoso", kk="3273010101200001")
    family = services.residents.family(admin, services.residents.get(admin, siti).family_id)
    panel = FamilyPanel()
    qtbot.addWidget(panel)
    panel.show_family(family)
    sexes = {panel.members.item(row, 1).text(): panel.members.item(row, 3).text() for row in range(2)}
    assert sexes == {"Siti Aminah": "F", "Budi Santoso": "M"}


def test_carried_over_proposals_show_their_state_in_english(
    qtbot: QtBot, english: None, context: ViewContext
) -> None:
    view = opened(qtbot, context)
    made = context.services.programmes.musrenbang.add_proposal(context.actor, view.cycle.id, proposal())
    dialog = CarryOverDialog([made])
    qtbot.addWidget(dialog)
    assert dialog.list.item(0).text().endswith("(Proposed)")


def test_letter_field_hints_are_in_english(english: None) -> None:
    from PySide6.QtWidgets import QFormLayout, QWidget

    from kelurahan_desk.ui.form_errors import FieldErrors

    holder = QWidget()
    inputs = FieldInputs(QFormLayout(holder), FieldErrors())
    inputs.build((FieldSpec("tanggal", "Tanggal", "date"), FieldSpec("modal", "Modal usaha", "money")))
    hints = [widget.placeholderText() for widget in inputs.widgets.values() if isinstance(widget, QLineEdit)]
    assert hints == ["dd-mm-yyyy, e.g. 28-11-2026", "in rupiah, e.g. 1.500.000"]


def test_counts_are_singular_for_one_in_english(english: None) -> None:
    from kelurahan_desk.ui.cases.case_labels import days_left_text

    assert [days_left_text(n) for n in (1, 3, -1, -14)] == [
        "1 working day left",
        "3 working days left",
        "1 working day late",
        "14 working days late",
    ]


def test_counts_read_straight_from_the_english_file_too(qapp: QApplication) -> None:
    from kelurahan_desk.ui.cases.case_labels import days_left_text
    from kelurahan_desk.ui.translations import TsTranslator, i18n_folder

    translator = TsTranslator(i18n_folder() / "kelurahan_desk_en.ts")
    qapp.installTranslator(translator)
    try:
        assert [days_left_text(n) for n in (1, 2)] == ["1 working day left", "2 working days left"]
    finally:
        qapp.removeTranslator(translator)


def test_indonesian_counts_have_one_form(qapp: QApplication) -> None:
    from kelurahan_desk.ui.cases.case_labels import days_left_text

    assert [days_left_text(n) for n in (1, 5, -2)] == ["1 hari kerja lagi", "5 hari kerja lagi", "lewat 2 hari kerja"]


def test_every_resident_source_is_listed_for_the_translator() -> None:
    from kelurahan_desk.core.domain.letter_placeholders import RESIDENT_SOURCES
    from kelurahan_desk.ui.letters.type_editor import SOURCE_TITLES

    assert sorted(SOURCE_TITLES) == sorted(RESIDENT_SOURCES.values())


def test_the_type_editor_offers_resident_sources_in_english(qtbot: QtBot, english: None, services, admin) -> None:
    from PySide6.QtWidgets import QComboBox

    from kelurahan_desk.ui.letters.type_editor import LetterTypeEditor
    from tests.core.letter_helpers import letter_office
    from tests.ui.test_letters_ui import context_for

    office = letter_office(services, admin)
    editor = LetterTypeEditor(context_for(office, office.admin, None))
    qtbot.addWidget(editor)
    editor.type_list.setCurrentRow(0)
    source = editor.fields.cellWidget(0, 4)
    assert isinstance(source, QComboBox)
    assert [source.itemText(i) for i in range(1, 4)] == ["Name", "NIK", "KK number"]

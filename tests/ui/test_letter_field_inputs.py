"""A letter's inputs: a choice starts unchosen (nothing is picked for the clerk), and money is typed and shown
with thousands dots but stored as digits."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kelurahan_desk.core.domain.letter_placeholders import FieldSpec
from kelurahan_desk.ui.form_errors import FieldErrors
from kelurahan_desk.ui.letters.letter_fields import FieldInputs

SPECS = (
    FieldSpec("jenis_kelamin", "Jenis Kelamin", "choice", required=True, choices=("Laki-laki", "Perempuan")),
    FieldSpec("modal_usaha", "Modal usaha", "money"),
)


def inputs_on(qtbot: QtBot, holder: QWidget) -> tuple[FieldInputs, QComboBox, QLineEdit]:
    qtbot.addWidget(holder)
    inputs = FieldInputs(QFormLayout(holder), FieldErrors())
    inputs.build(SPECS)
    sex, money = inputs.widgets["jenis_kelamin"], inputs.widgets["modal_usaha"]
    assert isinstance(sex, QComboBox) and isinstance(money, QLineEdit)
    return inputs, sex, money


def test_a_choice_starts_unchosen_and_money_keeps_its_dots(qtbot: QtBot) -> None:
    holder = QWidget()
    inputs, sex, money = inputs_on(qtbot, holder)
    assert sex.currentText() == "" and sex.placeholderText() == "— pilih —"
    assert inputs.values() == {"jenis_kelamin": "", "modal_usaha": ""}  # the service asks for the sex

    qtbot.keyClicks(money, "15.000.000")
    sex.setCurrentIndex(1)
    assert money.text() == "15.000.000"
    assert inputs.values() == {"jenis_kelamin": "Perempuan", "modal_usaha": "15000000"}


def test_stored_values_come_back_as_they_were_shown(qtbot: QtBot) -> None:
    holder = QWidget()
    inputs, sex, money = inputs_on(qtbot, holder)
    inputs.load({"jenis_kelamin": "Laki-laki", "modal_usaha": "2500000"})
    assert (sex.currentText(), money.text()) == ("Laki-laki", "2.500.000")
    inputs.load({})
    assert (sex.currentIndex(), money.text()) == (-1, "")
    qtbot.keyClicks(money, "12,5")  # a comma is not typed
    assert money.text() == "125"
    money.setText("1.5")  # dots only between thousands: refused beside the field, never stored as 15
    assert inputs.values()["modal_usaha"] == "1,5"

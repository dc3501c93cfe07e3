"""The letter panel shows what the printed letter shows: dates and money in words, line breaks kept, the
history in words with people's full names, states and steps through the translator. The type editor names
field kinds in words."""

from __future__ import annotations

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QComboBox

from kelurahan_desk.composition import Services
from kelurahan_desk.core.domain.letter_placeholders import FieldSpec
from kelurahan_desk.core.domain.letter_states import LetterState
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.ui.letters.letter_summary import describe
from kelurahan_desk.ui.letters.letter_table_model import state_name
from kelurahan_desk.ui.letters.letters_view import LettersView
from kelurahan_desk.ui.letters.type_editor import LetterTypeEditor
from kelurahan_desk.ui.task_runner import InlineTaskRunner
from kelurahan_desk.ui.view_context import ChangeNotices, ViewContext
from tests.core.letter_helpers import fast_password_hashing, letter_office

__all__ = ["fast_password_hashing"]
HEIRS = "1. Siti Rahmawati, istri\n2. Budi Santoso, anak kandung"


class Marking(QTranslator):
    """Shows which context each text was translated in."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"[{context}]{source}" if context in ("LettersView", "LetterTableModel") else ""

    def isEmpty(self) -> bool:
        return False


def test_values_read_as_on_the_letter_and_the_history_names_people(
    qtbot, qapp: QApplication, services: Services, admin: Actor, settings
) -> None:
    office = letter_office(services, admin)
    heirs = office.issued(
        "SKAW", nama_pewaris="Slamet Riyadi", tanggal_meninggal_pewaris="2026-09-14", daftar_ahli_waris=HEIRS
    )
    business = office.verified(
        "SKU", nama_usaha="Warung", jenis_usaha="warung makan", alamat_usaha="Jl. Sukarasa No. 21",
        mulai_usaha="2019", modal_usaha="15000000",
    )  # fmt: skip
    zone = services.clock.zone
    names = {"petugas": "Rina Marlina", "lurah": "Drs. Lurah"}

    text = describe(services.letters.get(office.desk, heirs.id), zone, names)
    assert "14 September 2026" in text and "2026-09-14" not in text
    assert "1. Siti Rahmawati, istri<br>2. Budi Santoso, anak kandung" in text
    assert "dibuat oleh Rina Marlina" in text and "diterbitkan oleh Drs. Lurah" in text
    assert "petugas:" not in text and ": buat" not in text
    money = describe(services.letters.get(office.desk, business.id), zone, names)
    assert "Rp15.000.000,00 (lima belas juta rupiah)" in money and "15000000" not in money
    assert "diverifikasi oleh kasi" in money  # an account the map does not know keeps its login name

    view = LettersView(ViewContext(services, office.desk, InlineTaskRunner(), ChangeNotices(), settings))
    qtbot.addWidget(view)
    view.worklist.setCurrentIndex(4)  # "Siap dicetak"
    assert "diterbitkan oleh" in view.summary.text() and "Dedi Kurniawan" in view.summary.text()


def test_states_and_steps_go_through_the_translator(
    qtbot, qapp: QApplication, services: Services, admin: Actor
) -> None:
    office = letter_office(services, admin)
    letter = services.letters.get(office.desk, office.issued().id)
    marking = Marking()
    qapp.installTranslator(marking)
    try:
        assert state_name(LetterState.TERBIT) == "[LetterTableModel]Terbit"
        text = describe(letter, services.clock.zone, {})
        assert "[LetterTableModel]Terbit" in text
        assert "[LettersView]dibuat oleh petugas" in text
    finally:
        qapp.removeTranslator(marking)


def test_the_type_editor_names_field_kinds_in_words(
    qtbot, qapp: QApplication, services: Services, admin: Actor, settings
) -> None:
    letter_office(services, admin)
    editor = LetterTypeEditor(ViewContext(services, admin, InlineTaskRunner(), ChangeNotices(), settings))
    qtbot.addWidget(editor)
    editor.add_field(FieldSpec("pilih", "Pilihan", kind="choice", choices=("a", "b")))
    row = editor.fields.rowCount() - 1
    kind = editor.fields.cellWidget(row, 2)
    assert isinstance(kind, QComboBox)
    assert [kind.itemText(i) for i in range(kind.count())] == [
        "Teks", "Teks panjang", "Tanggal", "Angka", "Uang (rupiah)", "Pilihan", "NIK"
    ]  # fmt: skip
    assert kind.currentText() == "Pilihan" and editor.field_specs()[row].kind == "choice"
    kind.setCurrentText("Tanggal")
    assert editor.field_specs()[row].kind == "date"
    assert editor.placeholders.text().startswith("Isian yang tersedia: {nama}")

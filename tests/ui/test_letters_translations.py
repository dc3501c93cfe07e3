"""The letters screens in English: every string of their contexts has a finished English translation, the
ones kept in lists (worklists, buttons, verdicts, columns) too, and the screens show them once the English
translator is installed."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kelurahan_desk.composition import Services
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.ui.letters.letters_view import LettersView
from kelurahan_desk.ui.letters.register_dialog import RegisterDialog
from kelurahan_desk.ui.letters.verify_view import VerifyView
from kelurahan_desk.ui.task_runner import InlineTaskRunner
from kelurahan_desk.ui.translations import i18n_folder, make_translator
from kelurahan_desk.ui.view_context import ChangeNotices, ViewContext
from tests.core.letter_helpers import fast_password_hashing, letter_office

__all__ = ["fast_password_hashing"]
LETTERS_UI = Path(__file__).parents[2] / "kelurahan_desk" / "ui" / "letters"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def _messages(ts: Path) -> dict[str, dict[str, ET.Element]]:
    return {
        context.findtext("name", ""): {m.findtext("source", ""): m for m in context.iter("message")}
        for context in ET.parse(ts).getroot().iter("context")
    }


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and bool(translation.text) and translation.get("type") is None


@pytest.mark.skipif(not LUPDATE.exists(), reason="needs pyside6-lupdate")
def test_every_string_of_the_letters_screens_is_translated(tmp_path: Path) -> None:
    extracted = tmp_path / "letters.ts"
    subprocess.run([str(LUPDATE), *map(str, sorted(LETTERS_UI.glob("*.py"))), "-ts", str(extracted)],
                   check=True, capture_output=True)  # fmt: skip
    wanted = _messages(extracted)
    shipped = _messages(i18n_folder() / "kelurahan_desk_en.ts")
    assert {"LettersView", "VerifyView", "RegisterDialog", "LetterTypeEditor"} <= wanted.keys()
    missing = [
        (context, source)
        for context, sources in wanted.items()
        for source in sources
        if source not in shipped.get(context, {}) or not _finished(shipped[context][source])
    ]
    assert missing == []


def test_the_letters_screens_speak_english(
    qtbot: QtBot, qapp: QApplication, services: Services, admin: Actor, tmp_path: Path
) -> None:
    office = letter_office(services, admin)
    letter = office.issued()
    translator = make_translator("en", tmp_path / "compiled")
    assert translator is not None
    qapp.installTranslator(translator)
    try:
        settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
        context = ViewContext(services, office.lurah, InlineTaskRunner(), ChangeNotices(), settings)
        view = LettersView(context)
        qtbot.addWidget(view)
        assert [view.worklist.itemText(i) for i in range(3)] == ["Drafts", "To verify", "To approve"]
        assert view.buttons["approve"].text() == "Appr&ove…" and view.register_button.text() == "Outgoing &register…"
        assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Number"
        view.worklist.setCurrentIndex(4)
        assert view.model.index(0, 3).data() == "Issued"
        assert "Status:</b> Issued" in view.summary.text() and "created by Rina Marlina" in view.summary.text()
        verify = VerifyView(context)
        qtbot.addWidget(verify)
        verify.payload.setPlainText(letter.qr_payload)
        verify.check_text()
        assert verify.verdict.text().startswith("GENUINE") and verify.labels["register"].text() == "recorded"
        register = RegisterDialog(context)
        qtbot.addWidget(register)
        assert register.windowTitle() == "Register of outgoing letters"
        assert register.model.headerData(1, Qt.Orientation.Horizontal) == ("Letter number")
    finally:
        qapp.removeTranslator(translator)

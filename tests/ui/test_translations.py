"""English through the .ts file: compiled at run time, or read directly when the compiler is missing."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kelurahan_desk.composition import Services
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.ui import translations
from kelurahan_desk.ui.error_messages import message_for
from kelurahan_desk.ui.login_dialog import LoginDialog
from kelurahan_desk.ui.translations import TsTranslator, i18n_folder, make_translator, save_language, saved_language

TS = i18n_folder() / "kelurahan_desk_en.ts"


def test_the_english_ts_file_ships_with_the_package() -> None:
    assert TS.is_file()


def test_english_translator_loads_and_translates_the_window(
    qtbot: QtBot, qapp: QApplication, services: Services, admin: Actor, tmp_path: Path
) -> None:
    translator = make_translator("en", tmp_path / "compiled")
    assert translator is not None
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Navigation", "Penduduk") == "Residents"
        assert message_for(ValidationError("nik", "nik_duplicate", {"other_name": "Siti"})) == (
            "This NIK is already used by Siti (another living resident)."
        )
        dialog = LoginDialog(services.accounts, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Sign in — Kelurahan Desk"
        assert dialog.sign_in.text() == "Sign in"
    finally:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("Navigation", "Penduduk") == "Penduduk"


def test_without_the_compiler_the_ts_file_is_read_directly(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(translations, "_lrelease", lambda: None)
    translator = make_translator("en", tmp_path / "compiled")
    assert isinstance(translator, TsTranslator)
    assert translator.translate("MainWindow", "Berkas") == "File"
    assert translator.translate("MainWindow", "tidak ada") == ""


def test_indonesian_needs_no_translator_and_the_choice_is_kept_per_pc(tmp_path: Path) -> None:
    assert make_translator("id", tmp_path) is None
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    assert saved_language(settings) == "id"
    save_language(settings, "en")
    assert saved_language(settings) == "en"
    save_language(settings, "xx")
    assert saved_language(settings) == "id"


def translated_forms(message: ET.Element) -> list[str]:
    """A message's translation, or each of its forms for a count (`numerus`); [] when not finished."""
    translation = message.find("translation")
    if translation is None or translation.get("type") is not None:
        return []
    forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
    return forms if all(form.strip() for form in forms) else []


def test_translations_keep_every_placeholder() -> None:
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source", "")
        for form in translated_forms(message):
            assert sorted(re.findall(r"\{\w+\}|%n", source)) == sorted(re.findall(r"\{\w+\}|%n", form)), source


def test_every_message_in_the_english_file_is_translated() -> None:
    messages = list(ET.parse(TS).getroot().iter("message"))
    assert [message.findtext("source") for message in messages if not translated_forms(message)] == []
    counted = [message for message in messages if message.get("numerus") == "yes"]
    assert counted and all(len(translated_forms(message)) == 2 for message in counted)  # one, and more

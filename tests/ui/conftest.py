"""UI fixtures: a view context on the real services, background work run inline, settings in tmp."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QMessageBox, QTabWidget, QWidget

from kelurahan_desk.composition import Services
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.ui.task_runner import InlineTaskRunner
from kelurahan_desk.ui.view_context import ChangeNotices, ViewContext

SCREENSHOTS = Path("/tmp/kelurahan-desk-screens")
MNEMONIC = re.compile(r"&([^&\s])")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def context(qapp: QApplication, services: Services, admin: Actor, settings: QSettings) -> Iterator[ViewContext]:
    yield ViewContext(services, admin, InlineTaskRunner(), ChangeNotices(), settings)


def answer_next_dialog(choose: Callable[[QDialog], None], *, within_ms: int = 20000) -> list[str]:
    """Waits for the next modal dialog, records its text, and lets `choose` close it. Returns the texts seen.

    A dialog that comes later than `within_ms` of event-loop time is left open and the test hangs, so the
    wait is long enough for a loaded machine."""
    seen: list[str] = []
    waited = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            seen.append(dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle())
            choose(dialog)
            return
        waited[0] += 20
        if waited[0] < within_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def click_button(text: str) -> Callable[[QDialog], None]:
    """For `answer_next_dialog`: click the dialog's button whose text contains `text`."""

    def choose(dialog: QDialog) -> None:
        for button in dialog.findChildren(QAbstractButton):
            if text in button.text().replace("&", ""):
                button.click()
                return
        dialog.reject()

    return choose


def answer_guarded(handle: Callable[[Any], None]) -> list[BaseException]:
    """`answer_next_dialog` that closes the dialog when `handle` fails, keeping the failure for the test."""
    failures: list[BaseException] = []

    def guarded(dialog: QDialog) -> None:
        try:
            handle(dialog)
        except BaseException as exc:  # reported by the test once the dialog is closed
            failures.append(exc)
            dialog.reject()

    answer_next_dialog(guarded)
    return failures


def english_contexts() -> set[str]:
    """The contexts the English file has messages for (tests/ui/test_translations.py checks every message
    there is translated)."""
    from kelurahan_desk.ui.translations import i18n_folder

    root = ET.parse(i18n_folder() / "kelurahan_desk_en.ts").getroot()
    return {name for context in root.iter("context") if (name := context.findtext("name"))}


def screenshot(widget: object, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    return path


def visible_letters(window: QWidget) -> dict[str, list[str]]:
    """Alt+letters of the labels, buttons and tab titles in sight in `window`, and what answers to each."""
    owners: dict[str, list[str]] = defaultdict(list)
    shown_tabs = [tabs for tabs in window.findChildren(QTabWidget) if tabs.isVisible()]
    texts = [tabs.tabText(i) for tabs in shown_tabs for i in range(tabs.count())]
    texts += [w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton) if w.isVisible()]
    for text in texts:
        found = MNEMONIC.search(text)
        if found:
            owners[found.group(1).lower()].append(text)
    return {letter: shown for letter, shown in owners.items() if len(shown) > 1}


@contextmanager
def interface_language(qapp: QApplication, language: str, folder: Path) -> Iterator[None]:
    """Widgets made inside speak `language` ("id" needs no translator)."""
    from kelurahan_desk.ui.translations import make_translator

    translator = make_translator(language, folder) if language != "id" else None
    if translator is not None:
        qapp.installTranslator(translator)
    try:
        yield
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)


def active_main_window(qtbot: Any, context: ViewContext) -> Any:
    """The main window shown and active, so that its shortcuts (Alt+letters, F1, F10) answer keys."""
    from kelurahan_desk.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window

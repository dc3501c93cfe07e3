"""The cases window in English: every string of the cases views has a finished English translation, and the
window shows them once the English translator is installed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kelurahan_desk.ui.cases.cases_view import CasesView
from kelurahan_desk.ui.translations import make_translator
from kelurahan_desk.ui.view_context import ViewContext
from tests.ui.conftest import english_contexts

CASE_CONTEXTS = {
    "CaseActionDialog",
    "CaseDetailPanel",
    "CaseIntakeForm",
    "CaseLabels",
    "CaseQueueFilters",
    "CaseQueueView",
    "CaseTableModel",
    "CasesView",
    "CategoryEditor",
    "HolidayEditor",
    "OverdueByOfficerView",
    "PhotoStrip",
    "ReceiptPrinting",
    "ResidentLookup",
}


def test_every_cases_screen_is_in_the_english_file() -> None:
    assert english_contexts() >= CASE_CONTEXTS


def test_the_cases_window_speaks_english(
    qtbot: QtBot, qapp: QApplication, context: ViewContext, tmp_path: Path
) -> None:
    translator = make_translator("en", tmp_path / "compiled")
    assert translator is not None
    qapp.installTranslator(translator)
    try:
        view = CasesView(context)
        qtbot.addWidget(view)
        tabs = [view.tabs.tabText(i) for i in range(view.tabs.count())]
        assert tabs == ["Case &queue", "&New case", "&Overdue per officer", "Cate&gories", "&Holidays"]
        holidays = view.holidays
        assert holidays.table.headerItem().text(3) == "Source"
        assert holidays.table.topLevelItem(0).text(0) == "1 January 2026"
        assert holidays.table.topLevelItem(0).text(3) == "national holiday"
        assert holidays.summary.text() == "240 working days in the year"
        assert view.queue.detail.receipt_button.text() == "Print &receipt"
    finally:
        qapp.removeTranslator(translator)

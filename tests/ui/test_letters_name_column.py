"""The letters table on an office screen: the applicant's name is never squeezed, it takes the width the
other columns leave and keeps its widest name whole when there is none."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from kelurahan_desk.composition import Services
from kelurahan_desk.core.demo.population import MEN, MEN_SECOND, WOMEN, WOMEN_SECOND
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.ui.letters.letter_table_model import NAME_COLUMN
from kelurahan_desk.ui.letters.letters_view import LettersView
from tests.core.letter_helpers import LetterOffice, fast_password_hashing, letter_office
from tests.ui.conftest import screenshot
from tests.ui.test_letters_ui import context_for

__all__ = ["fast_password_hashing"]
NAVIGATION_AND_MARGINS = 260
"""The main window's navigation list (220 px) and the frames around the page."""
WAITING_FOR_APPROVAL = 2
READY_TO_PRINT = 4


def widest_demo_name(metrics: QFontMetrics) -> str:
    pairs = ((MEN, MEN_SECOND), (WOMEN, WOMEN_SECOND))
    names = [f"{first} {second}" for firsts, seconds in pairs for first in firsts for second in seconds]
    return max(names, key=metrics.horizontalAdvance)


def letters_view(qtbot: QtBot, services: Services, admin: Actor, settings, window_width: int) -> LettersView:
    office: LetterOffice = letter_office(services, admin)
    name = widest_demo_name(QFontMetrics(QApplication.font()))
    for _ in range(2):
        office.verified("SKTM", nama=name)
        office.issued("SKD", nama=name)
    view = LettersView(context_for(office, office.lurah, settings))
    qtbot.addWidget(view)
    view.resize(window_width - NAVIGATION_AND_MARGINS, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def name_fits(table: QTableView) -> bool:
    metrics = table.fontMetrics()
    needed = metrics.horizontalAdvance(widest_demo_name(metrics)) + 6  # the cell's margins
    return table.columnWidth(NAME_COLUMN) >= needed


def test_at_1024_pixels_the_name_column_keeps_a_long_name_whole(
    qtbot: QtBot, services: Services, admin: Actor, settings
) -> None:
    view = letters_view(qtbot, services, admin, settings, 1024)
    table = view.table
    assert view.worklist.currentIndex() == WAITING_FOR_APPROVAL
    assert table.model().rowCount() == 2
    assert name_fits(table)
    right_edge = table.columnViewportPosition(NAME_COLUMN) + table.columnWidth(NAME_COLUMN)
    assert right_edge <= table.viewport().width()  # seen whole without scrolling
    screenshot(view, "letters-name-1024")

    view.worklist.setCurrentIndex(READY_TO_PRINT)  # long letter numbers: the name still comes right after them
    assert table.model().rowCount() == 2
    assert name_fits(table)
    right_edge = table.columnViewportPosition(NAME_COLUMN) + table.columnWidth(NAME_COLUMN)
    assert right_edge <= table.viewport().width()
    screenshot(view, "letters-name-1024-numbered")


def test_the_name_column_takes_the_free_width_and_gives_it_back(
    qtbot: QtBot, services: Services, admin: Actor, settings
) -> None:
    view = letters_view(qtbot, services, admin, settings, 1366)
    table = view.table
    assert name_fits(table)
    screenshot(view, "letters-name-1366")

    view.resize(1920 - NAVIGATION_AND_MARGINS, 700)
    qtbot.waitUntil(lambda: table.columnWidth(NAME_COLUMN) > 250, timeout=2000)
    header = table.horizontalHeader()
    assert header.length() == table.viewport().width()  # the name has what the others leave, no more
    screenshot(view, "letters-name-1920")

    view.resize(1024 - NAVIGATION_AND_MARGINS, 700)
    qtbot.waitUntil(lambda: table.columnWidth(NAME_COLUMN) < 250, timeout=2000)
    assert name_fits(table)

"""The administrator keeps the office's holidays from the cases window by keyboard: a city holiday added
moves a running deadline in the queue, a cuti bersama is given back as a working day, a weekend is refused
beside the date, a decision is removed again; other staff only read the calendar."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from kelurahan_desk.core.services.permissions import Role
from kelurahan_desk.ui.cases.cases_view import CasesView
from kelurahan_desk.ui.cases.holiday_editor import GIVEN_BACK, HolidayEditor
from kelurahan_desk.ui.task_runner import InlineTaskRunner
from kelurahan_desk.ui.view_context import ChangeNotices, ViewContext
from tests.core.case_helpers import new_case, staff
from tests.ui.conftest import answer_next_dialog, click_button, screenshot


@pytest.fixture
def view(qtbot: QtBot, context: ViewContext) -> CasesView:
    widget = CasesView(context)
    qtbot.addWidget(widget)
    widget.resize(1360, 860)
    widget.show()
    return widget


def row_for(editor: HolidayEditor, day: date) -> int:
    return next(i for i in range(editor.table.topLevelItemCount()) if editor.rows()[i].day == day)


def type_date(qtbot: QtBot, editor: HolidayEditor, text: str) -> None:
    editor.day.setFocus()
    editor.day.setCurrentSectionIndex(0)
    editor.day.lineEdit().setSelection(0, 2)  # as Tab into the field leaves it: the day part chosen
    qtbot.keyClicks(editor.day, text)


def test_the_administrator_adds_gives_back_and_removes_days(qtbot: QtBot, view: CasesView) -> None:
    services, actor = view._context.services, view._context.actor
    services.cases.intake(actor, new_case())  # Friday 27 November 2026: verification due Wednesday 2 December
    view.queue.refresh()
    qtbot.keyClick(view, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    editor = view.holidays
    assert view.tabs.currentWidget() is editor and editor.year.value() == 2026
    assert "240 hari kerja" in editor.summary.text()
    assert editor.table.topLevelItemCount() == len(services.calendar.non_working_days(2026))

    type_date(qtbot, editor, "01122026")
    assert editor.day.date() == QDate(2026, 12, 1)
    editor.kind.setFocus()
    qtbot.keyClick(editor.kind, Qt.Key.Key_Home)
    editor.name.setFocus()
    qtbot.keyClicks(editor.name, "Hari Jadi Kota Bandung")
    qtbot.keyClick(editor.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    chosen = editor.chosen()
    assert chosen is not None and chosen.day == date(2026, 12, 1) and chosen.override is not None
    assert editor.table.currentItem().text(3) == "ketetapan kantor: libur"
    assert "239 hari kerja" in editor.summary.text() and "1 kasus" in editor.status.text()
    assert view.queue.model.row_at(0).due_on == date(2026, 12, 3)  # the queue shows the moved deadline

    editor.table.setFocus()
    editor.table.setCurrentItem(editor.table.topLevelItem(row_for(editor, date(2026, 12, 24))))
    assert editor.kind.currentData() == "removed" and not editor.remove_button.isEnabled()
    qtbot.keyClicks(editor.name, "Pelayanan akhir tahun")
    qtbot.keyClick(editor.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    given_back = editor.chosen()
    assert given_back is not None and given_back.source == GIVEN_BACK
    assert given_back.name == "Cuti Bersama Hari Raya Natal — Pelayanan akhir tahun"
    assert "240 hari kerja" in editor.summary.text() and services.calendar.is_working_day(date(2026, 12, 24))
    qtbot.wait(50)
    screenshot(view, "cases-holidays")

    type_date(qtbot, editor, "28112026")
    editor.kind.setCurrentIndex(0)
    editor.name.setText("Kerja bakti")
    qtbot.keyClick(editor.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Sabtu dan Minggu" in editor.errors.error_text("day")
    assert services.calendar.is_working_day(date(2026, 11, 27))

    editor.table.setFocus()
    editor.table.setCurrentItem(editor.table.topLevelItem(row_for(editor, date(2026, 12, 1))))
    assert editor.remove_button.isEnabled()
    seen = answer_next_dialog(click_button("Ya"))
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert seen and "1 Desember 2026" in seen[0]
    assert [o.day for o in services.holiday_overrides.list(actor)] == [date(2026, 12, 24)]
    assert view.queue.model.row_at(0).due_on == date(2026, 12, 2)


def test_other_staff_read_the_calendar_only(qtbot: QtBot, context: ViewContext) -> None:
    services = context.services
    clerk = staff(services, context.actor, "loket", Role.FRONT_DESK)
    editor = HolidayEditor(ViewContext(services, clerk, InlineTaskRunner(), ChangeNotices(), context.settings))
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.can_edit and not editor.save_button.isVisible() and not editor.day.isVisible()
    editor.year.setValue(2027)
    assert editor.table.topLevelItemCount() == len(services.calendar.non_working_days(2027))
    editor.save()
    assert services.holiday_overrides.list(clerk) == []

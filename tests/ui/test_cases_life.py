"""A case moved through its life from the detail panel; overdue once the clock passes; the lurah escalates;
the administrator adds a category that the intake then offers."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kelurahan_desk.core.clock import FixedClock
from kelurahan_desk.core.domain.case_states import CaseAction, CaseState
from kelurahan_desk.core.services.case_queues import Queue
from kelurahan_desk.ui.cases.action_dialog import CaseActionDialog
from kelurahan_desk.ui.cases.case_table_model import COLUMN_KEYS, MARK_ROLE, OVERDUE
from kelurahan_desk.ui.cases.cases_view import CasesView
from kelurahan_desk.ui.view_context import ViewContext
from tests.core.case_helpers import new_case, png_bytes
from tests.ui.conftest import screenshot


@pytest.fixture
def view(qtbot: QtBot, context: ViewContext) -> CasesView:
    widget = CasesView(context)
    qtbot.addWidget(widget)
    widget.resize(1360, 860)
    widget.show()
    return widget


def confirm(qtbot: QtBot, dialog: CaseActionDialog | None) -> None:
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_a_case_moves_through_its_life(qtbot: QtBot, view: CasesView, tmp_path: Path) -> None:
    services, actor = view._context.services, view._context.actor
    services.cases.intake(actor, new_case())
    view.queue.refresh()
    view.queue.table.setFocus()
    qtbot.keyClick(view.queue.table, Qt.Key.Key_Down)
    detail = view.queue.detail
    assert detail.case is not None and detail.case.state == CaseState.BARU
    assert set(detail.action_buttons) >= {CaseAction.VERIFIKASI, CaseAction.TOLAK, CaseAction.TERUSKAN}
    assert CaseAction.SELESAIKAN not in detail.action_buttons  # impossible steps get no button

    confirm(qtbot, detail.start_action(CaseAction.VERIFIKASI))
    dialog = detail.start_action(CaseAction.DISPOSISI)
    assert dialog is not None and dialog.assignee.currentData() is None  # the clerk chooses
    dialog.assignee.setCurrentIndex(dialog.assignee.findData(actor.account_id))
    confirm(qtbot, dialog)
    confirm(qtbot, detail.start_action(CaseAction.PROSES))
    dialog = detail.start_action(CaseAction.TINDAK_LANJUT)
    assert dialog is not None
    before, after = tmp_path / "sebelum.png", tmp_path / "sesudah.png"
    before.write_bytes(png_bytes(40, 30, (90, 90, 90)))
    after.write_bytes(png_bytes(40, 30, (30, 160, 60)))
    dialog.before.add_file(before)
    dialog.after.add_file(after)
    dialog.note.setPlainText("Lubang ditambal dengan aspal dingin oleh RW 05")
    qtbot.wait(50)  # let the layouts settle before the picture
    screenshot(dialog, "cases-follow-up-dialog")
    confirm(qtbot, dialog)
    dialog = detail.start_action(CaseAction.SELESAIKAN)
    assert dialog is not None
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and "Wajib diisi" in dialog.errors.error_text("note")  # the refusal stays beside it
    dialog.note.setPlainText("Jalan sudah ditambal; warga diminta melapor bila rusak lagi")
    confirm(qtbot, dialog)

    case = detail.case
    assert case is not None and case.state == CaseState.SELESAI and case.lifecycle.sla_met
    assert [a.role for a in case.attachments] == ["sebelum", "sesudah"] and detail.photos.count() == 2
    assert detail.history.rowCount() == 6
    assert "Selesai" in detail.state_line.text() and CaseAction.BUKA_KEMBALI in detail.action_buttons
    assert view.queue.model.row_at(0).state == CaseState.SELESAI
    qtbot.wait(50)  # let the layouts settle before the picture
    screenshot(view, "cases-detail-finished")


def test_overdue_shows_once_the_clock_passes(qtbot: QtBot, view: CasesView, clock: FixedClock) -> None:
    services, actor = view._context.services, view._context.actor
    made = services.cases.intake(actor, new_case())
    view.queue.refresh()
    assert view.queue.model.index(0, 0).data(MARK_ROLE) == "on_track"
    clock.advance(timedelta(days=6))  # Thursday 3 December: verification was due on the 2nd
    qtbot.keyClick(view.queue.table, Qt.Key.Key_F5)
    index = view.queue.model.index(0, COLUMN_KEYS.index("left"))
    assert index.data(MARK_ROLE) == "overdue"
    assert index.data(Qt.ItemDataRole.DisplayRole) == "Terlambat: lewat 1 hari kerja"
    assert index.data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE
    view.queue.filters.set_queue(Queue.TERLAMBAT)
    assert [r.id for r in view.queue.model.rows()] == [made.id]
    view.queue.select_case(made.id)
    assert view.queue.detail.due_line.text().startswith("TERLAMBAT")
    view.resize(1024 - 260, 700)  # the page beside the navigation on a 1024 px screen
    qtbot.wait(20)
    table = view.queue.table
    assert table.columnWidth(9) >= table.sizeHintForColumn(9)  # the time left is read whole (the list scrolls)
    view.resize(1360, 860)
    qtbot.wait(50)  # let the layouts settle before the picture
    screenshot(view, "cases-queue-overdue")


def test_the_lurah_escalates_an_overdue_case(qtbot: QtBot, view: CasesView, clock: FixedClock) -> None:
    services, actor = view._context.services, view._context.actor
    made = services.cases.intake(actor, new_case())
    services.cases.act(actor, made.id, CaseAction.VERIFIKASI)
    from kelurahan_desk.core.domain.case_lifecycle import ActionInput

    services.cases.act(actor, made.id, CaseAction.DISPOSISI, ActionInput(assignee_id=actor.account_id))
    clock.advance(timedelta(days=12))
    overdue = view.overdue
    assert overdue is not None
    view.tabs.setCurrentWidget(overdue)
    overdue.refresh()
    assert overdue.loads.rowCount() == 1 and overdue.loads.item(0, 2).text() == "1"
    overdue.loads.selectRow(0)
    assert overdue.cases.rowCount() == 1
    overdue.case_table.selectRow(0)
    qtbot.keyClick(overdue, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = next(d for d in overdue.findChildren(CaseActionDialog) if d.isVisible())
    dialog.note.setPlainText("Mohon diselesaikan minggu ini")
    qtbot.wait(50)  # let the layouts settle before the picture
    screenshot(view, "cases-overdue-by-officer")
    confirm(qtbot, dialog)
    assert services.cases.get(actor, made.id).lifecycle.escalated_on == clock.today()
    assert view.queue.model.row_at(0).escalated


def test_a_new_category_is_offered_at_intake(qtbot: QtBot, view: CasesView) -> None:
    editor = view.categories
    assert editor is not None and view.intake is not None
    view.tabs.setCurrentWidget(editor)
    editor.tree.setCurrentItem(editor.tree.topLevelItem(0))  # Infrastruktur
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert editor.code.text() == "" and editor.parent_box.currentData() == "kat-infrastruktur"
    editor.code.setText("trotoar")
    editor.name.setText("Trotoar rusak")
    editor.days["followup_days"].setValue(10)
    qtbot.keyClick(editor.code, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    current = editor.tree.currentItem()
    assert current.text(1) == "TROTOAR" and current.parent().text(0) == "Infrastruktur"
    assert editor.tree.topLevelItem(0).text(1) == "INFRA" and current.parent().childCount() == 5
    assert view.intake.category.findText("Trotoar rusak", Qt.MatchFlag.MatchContains) >= 0
    editor.code.setText("JALAN")
    qtbot.keyClick(editor.code, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.errors.error_text("code") == "Kode layanan ini sudah dipakai."
    qtbot.wait(50)  # let the layouts settle before the picture
    screenshot(view, "cases-categories")


def test_the_main_window_opens_the_cases_view(qtbot: QtBot, context: ViewContext) -> None:
    from kelurahan_desk.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    opened = window.open_view("cases")
    assert isinstance(opened, CasesView) and opened.tabs.count() == 5

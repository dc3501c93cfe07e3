"""The case queue on an office screen: the page fits a window 1024 pixels wide, a disposition names no officer
until the clerk chooses one, a filter that leaves the shown case out clears the panel, and the history names
people as the rest of the panel does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from kelurahan_desk.composition import Services
from kelurahan_desk.core.domain.case_lifecycle import ActionInput
from kelurahan_desk.core.domain.case_states import CaseAction, CaseKind, CaseState
from kelurahan_desk.core.services.case_queues import Queue
from kelurahan_desk.core.services.permissions import Actor, Role
from kelurahan_desk.ui.cases.action_dialog import CaseActionDialog
from kelurahan_desk.ui.cases.cases_view import CasesView
from kelurahan_desk.ui.task_runner import InlineTaskRunner
from kelurahan_desk.ui.view_context import ChangeNotices, ViewContext
from tests.core.case_helpers import new_case, photo, staff
from tests.ui.conftest import screenshot

KINDS = (CaseKind.PENGADUAN, CaseKind.LAPORAN, CaseKind.ASPIRASI)
LONG_TEXT = "Saluran air tersumbat sampah sejak musim hujan; air meluap ke jalan dan rumah warga. " * 3
NAVIGATION_AND_MARGINS = 260
"""The main window's navigation list (220 px) and the frames around the page."""


@pytest.fixture
def officer(services: Services, admin: Actor) -> Actor:
    return staff(services, admin, "petugas", Role.FRONT_DESK, "Rina Marlina Kusumawardhani, S.Sos.")


@pytest.fixture
def view(qtbot: QtBot, context: ViewContext) -> CasesView:
    widget = CasesView(context)
    qtbot.addWidget(widget)
    widget.resize(1024 - NAVIGATION_AND_MARGINS, 700)
    widget.show()
    return widget


def busy_office(services: Services, admin: Actor, officer: Actor) -> str:
    """Sixty cases over every category, long names and texts, photos; returns a case with many steps open."""
    staff(services, admin, "kasi", Role.VERIFIER, "Drs. Dedi Kurniawan Permana Atmadja, M.Si.")
    categories = [c.id for c in services.case_categories.tree(admin) if c.depth > 0]
    for number in range(60):
        services.cases.intake(
            officer,
            new_case(
                kind=KINDS[number % len(KINDS)],
                category_id=categories[number % len(categories)],
                citizen_name=f"Raden Ajeng Siti Nurhaliza Kartikasari Wulandari {number}",
                description=LONG_TEXT,
                address="Jl. Terusan Pasirkoja Gang Margahayu Raya No. 127",
            ),
        )
    made = services.cases.intake(officer, new_case(attachments=(photo(), photo("b.png", (20, 90, 200)))))
    services.cases.act(admin, made.id, CaseAction.VERIFIKASI)
    services.cases.act(admin, made.id, CaseAction.DISPOSISI, ActionInput(assignee_id=officer.account_id))
    return made.id


def test_the_cases_page_fits_a_1024_pixel_window(
    qtbot: QtBot, view: CasesView, services: Services, admin: Actor, officer: Actor
) -> None:
    case_id = busy_office(services, admin, officer)
    view.queue.filters.load_choices()
    view.queue.refresh()
    view.queue.select_case(case_id)
    queue = view.queue
    assert queue.model.rowCount() == 50 and len(queue.detail.action_buttons) >= 4

    assert view.minimumSizeHint().width() <= 1024 - NAVIGATION_AND_MARGINS
    qtbot.wait(50)  # let the layouts settle before measuring and the picture
    assert view.width() == 1024 - NAVIGATION_AND_MARGINS  # nothing asked for more than the window gives
    detail = queue.detail
    right_edge = detail.mapTo(view, detail.rect().topRight()).x()
    assert detail.width() >= detail.minimumSizeHint().width() and right_edge < view.width()
    screenshot(view, "cases-queue-1024")


def test_a_disposition_waits_for_the_clerk_to_choose(qtbot: QtBot, view: CasesView, officer: Actor) -> None:
    services, actor = view._context.services, view._context.actor
    made = services.cases.intake(actor, new_case())
    services.cases.act(actor, made.id, CaseAction.VERIFIKASI)
    view.queue.select_case(made.id)
    dialog = view.queue.detail.start_action(CaseAction.DISPOSISI)
    assert dialog is not None and dialog.assignee.currentData() is None
    assert dialog.assignee.currentText() == "— pilih petugas —"

    qtbot.keyClick(dialog.assignee, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors.error_text("assignee") == "Pilih petugas, atau tulis unit yang menangani."
    assert services.cases.get(actor, made.id).state == CaseState.DIVERIFIKASI

    dialog.assignee.setCurrentIndex(dialog.assignee.findData(officer.account_id))
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    case = services.cases.get(actor, made.id)
    assert not dialog.isVisible() and case.state == CaseState.DIDISPOSISIKAN
    assert case.assignee_name == "Rina Marlina Kusumawardhani, S.Sos."


def test_a_disposition_to_a_unit_only(qtbot: QtBot, view: CasesView) -> None:
    services, actor = view._context.services, view._context.actor
    made = services.cases.intake(actor, new_case())
    detail = services.cases.act(actor, made.id, CaseAction.VERIFIKASI)
    dialog = CaseActionDialog(view._context, detail, CaseAction.DISPOSISI, view)
    dialog.show()
    dialog.unit.setText("Seksi Trantib")
    dialog.confirm()
    assert dialog.result_detail is not None and dialog.result_detail.lifecycle.assigned_unit == "Seksi Trantib"


def test_a_filter_that_leaves_the_case_out_clears_the_panel(qtbot: QtBot, view: CasesView) -> None:
    services, actor = view._context.services, view._context.actor
    services.cases.intake(actor, new_case())
    queue = view.queue
    queue.refresh()
    queue.table.selectRow(0)
    detail = queue.detail
    assert detail.case is not None and detail.action_buttons and detail.receipt_button.isEnabled()

    queue.filters.text.setText("tidak ada yang begini")
    qtbot.keyClick(queue.filters.text, Qt.Key.Key_Return)
    assert queue.model.rowCount() == 0 and queue.count_label.text() == "Tidak ada kasus yang cocok."
    assert detail.case is None and detail.title.text() == "Pilih kasus di daftar."
    assert not detail.action_buttons and not detail.receipt_button.isEnabled()
    assert detail.history.rowCount() == 0 and detail.state_line.text() == ""
    qtbot.wait(50)  # let the layouts settle before the picture
    screenshot(view, "cases-queue-nothing-found")

    queue.filters.text.clear()
    qtbot.keyClick(queue.filters.text, Qt.Key.Key_Return)
    queue.table.selectRow(0)
    assert detail.case is not None
    queue.filters.kind.setCurrentIndex(queue.filters.kind.findData(CaseKind.ASPIRASI.value))  # the case is a report
    assert detail.case is None and not detail.action_buttons


def test_a_case_that_leaves_the_queue_by_the_clerks_step_stays_shown(qtbot: QtBot, view: CasesView) -> None:
    services, actor = view._context.services, view._context.actor
    made = services.cases.intake(actor, new_case())
    queue = view.queue
    queue.filters.set_queue(Queue.BELUM_DITUGASKAN)
    queue.select_case(made.id)
    services.cases.act(actor, made.id, CaseAction.VERIFIKASI)
    queue.detail.refresh()
    dialog = queue.detail.start_action(CaseAction.DISPOSISI)
    assert dialog is not None
    dialog.assignee.setCurrentIndex(dialog.assignee.findData(actor.account_id))
    dialog.confirm()
    assert queue.model.rowCount() == 0  # given to an officer: no longer waiting for one
    assert queue.detail.case is not None and queue.detail.case.state == CaseState.DIDISPOSISIKAN
    assert CaseAction.PROSES in queue.detail.action_buttons


def test_the_history_names_people_by_full_name(qtbot: QtBot, view: CasesView, officer: Actor) -> None:
    services, admin = view._context.services, view._context.actor
    made = services.cases.intake(officer, new_case())
    services.cases.act(admin, made.id, CaseAction.VERIFIKASI)
    view.queue.select_case(made.id)
    history = view.queue.detail.history
    assert [history.item(i, 1).text() for i in range(2)] == [
        "Rina Marlina Kusumawardhani, S.Sos.",
        "Administrator Kantor",
    ]
    assert history.item(0, 1).toolTip() == "Rina Marlina Kusumawardhani, S.Sos. (petugas)"


def test_where_a_case_stands_shows_first_and_its_history_is_read_whole(
    qtbot: QtBot, view: CasesView, officer: Actor
) -> None:
    services, admin = view._context.services, view._context.actor
    made = services.cases.intake(officer, new_case())
    note = "Mohon segera ditindaklanjuti bersama ketua RT setempat karena tiang listrik sudah hampir roboh"
    services.cases.act(admin, made.id, CaseAction.VERIFIKASI, ActionInput(note=note))
    view.queue.select_case(made.id)
    qtbot.wait(20)
    table = view.queue.table
    shown = table.viewport().width()
    titles = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(table.model().columnCount())]
    for title in ("Status", "Sisa"):
        column = titles.index(title)
        assert table.horizontalHeader().sectionViewportPosition(column) + table.columnWidth(column) <= shown, title

    history = view.queue.detail.history
    row = next(r for r in range(history.rowCount()) if history.item(r, 3).text() == note)
    assert history.rowHeight(row) > 2 * history.fontMetrics().height()  # wrapped, not cut to "Mohon …"
    assert history.item(row, 1).text() == "Administrator Kantor"


def test_an_account_with_no_step_to_take_is_told_whom_the_case_waits_for(
    qtbot: QtBot, context: ViewContext, officer: Actor, settings: QSettings
) -> None:
    services, admin = context.services, context.actor
    made = services.cases.intake(officer, new_case())
    desk = CasesView(ViewContext(services, officer, InlineTaskRunner(), ChangeNotices(), settings))
    qtbot.addWidget(desk)
    desk.show()
    desk.queue.select_case(made.id)
    panel = desk.queue.detail
    assert panel.action_buttons == {} and panel.waiting_line.isVisible()
    assert panel.waiting_line.text().startswith("Menunggu kasi atau lurah: Verifikasi")

    services.cases.act(admin, made.id, CaseAction.VERIFIKASI)
    services.cases.act(admin, made.id, CaseAction.DISPOSISI, ActionInput(assignee_id=officer.account_id))
    panel.refresh()
    assert CaseAction.PROSES in panel.action_buttons and not panel.waiting_line.isVisible()

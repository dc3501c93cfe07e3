"""The musrenbang page on an office screen 1024 pixels wide, and the buttons that act on a chosen row of its
ranking, forum and results tabs: each is enabled only while a row is chosen and the cycle's phase (and, for a
decision or progress, the proposal's status) allows what it does."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from kelurahan_desk.core.domain.musrenbang_phases import Phase
from kelurahan_desk.core.services.musrenbang_views import AttendeeInput, ForumDetails
from kelurahan_desk.core.services.permissions import Actor, Role
from kelurahan_desk.ui.musrenbang.musrenbang_view import MusrenbangView
from kelurahan_desk.ui.task_runner import InlineTaskRunner
from kelurahan_desk.ui.view_context import ChangeNotices, ViewContext
from tests.core.programme_helpers import proposal
from tests.ui.conftest import screenshot
from tests.ui.test_musrenbang_details import opened

NAVIGATION_AND_MARGINS = 260
"""The main window's navigation list (220 px) and the frames around the page."""
PAGE_WIDTH = 1024 - NAVIGATION_AND_MARGINS


def with_proposals(qtbot: QtBot, context: ViewContext) -> MusrenbangView:
    view = opened(qtbot, context)
    services, actor = context.services.programmes, context.actor
    for activity in ("Normalisasi saluran drainase", "Penerangan jalan umum tenaga surya"):
        services.musrenbang.add_proposal(actor, view.cycle.id, proposal(activity=activity))  # type: ignore[union-attr]
    view.refresh()
    return view


def advance(view: MusrenbangView, *phases: Phase) -> None:
    services, actor = view.context.services.programmes, view.context.actor
    for phase in phases:
        services.musrenbang.advance_phase(actor, view.cycle.id, phase)  # type: ignore[union-attr]
    view.load_years(view.cycle.id)  # type: ignore[union-attr]


def issue_berita_acara(view: MusrenbangView) -> None:
    """During the forum: its details, one more person present, and the berita acara issued."""
    services, actor, cycle_id = view.context.services.programmes, view.context.actor, view.cycle.id  # type: ignore[union-attr]
    details = ForumDetails(date(2026, 1, 28), "09.00", "Aula Kelurahan", "H. Ujang Sobandi", "Rina Marlina", "")
    services.forum.set_forum_details(actor, cycle_id, details)
    services.forum.add_attendee(actor, cycle_id, AttendeeInput("Ketua RW 05", "rt_rw"))
    services.forum.issue_berita_acara(actor, cycle_id)
    view.refresh()


def enabled(*buttons: QPushButton) -> list[bool]:
    return [button.isEnabled() for button in buttons]


def test_the_page_fits_a_1024_pixel_window(qtbot: QtBot, context: ViewContext) -> None:
    view = with_proposals(qtbot, context)
    advance(view, Phase.PRA_MUSRENBANG, Phase.FORUM)
    issue_berita_acara(view)
    advance(view, Phase.DIKIRIM, Phase.HASIL)

    assert view.minimumSizeHint().width() <= PAGE_WIDTH
    view.resize(PAGE_WIDTH, 768 - 90)  # the menu, the status bar and the frames take the rest of the height
    qtbot.wait(50)  # let the layouts settle before measuring and the pictures
    assert view.width() == PAGE_WIDTH  # nothing asked for more than the window gives
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        qtbot.wait(20)
        shown = [button for button in view.findChildren(QPushButton) if button.isVisible()]
        assert len(shown) >= 6
        for button in shown:
            corner = button.mapTo(view, button.rect().bottomRight())
            assert corner.x() < view.width() and corner.y() < view.height(), button.text()
            assert button.width() >= button.sizeHint().width(), button.text()  # its text is whole
        screenshot(view, f"musrenbang-1024-tab{tab + 1}")


def test_the_results_buttons_need_a_chosen_proposal_and_their_phase(qtbot: QtBot, context: ViewContext) -> None:
    view = with_proposals(qtbot, context)
    results = view.results
    deciding = (results.accepted_button, results.funded_button, results.rejected_button)
    every = (*deciding, results.progress_button, results.photos_button)
    advance(view, Phase.PRA_MUSRENBANG, Phase.FORUM)
    issue_berita_acara(view)
    assert enabled(*every) == [False] * 5
    results.table.selectRow(0)
    assert enabled(*every) == [False, False, False, False, True]  # the forum: no results yet

    advance(view, Phase.DIKIRIM)
    assert enabled(*every) == [False] * 5  # the rows were loaded again and none is chosen
    results.table.selectRow(0)
    assert enabled(*every) == [True, True, True, False, True]  # no progress before the budget is known

    results.accepted_button.click()
    assert results.model.row_at(0).status == "diterima_kecamatan"
    assert enabled(*every) == [False] * 5

    advance(view, Phase.HASIL)
    assert enabled(*every) == [False] * 5
    accepted = next(i for i, p in enumerate(results.model.rows()) if p.status == "diterima_kecamatan")
    results.table.selectRow(1 - accepted)
    assert enabled(*every) == [True, True, True, False, True]  # still a proposal: any decision, no progress
    results.table.selectRow(accepted)
    assert enabled(*every) == [False, True, True, False, True]  # accepted once is not accepted again

    funded = results.model.row_at(accepted).id
    view.context.services.programmes.musrenbang.decide(view.context.actor, funded, "didanai", budget_amount=50_000_000)
    view.refresh()
    results.table.selectRow(next(i for i, p in enumerate(results.model.rows()) if p.id == funded))
    assert enabled(*every) == [False, False, True, True, True]  # funded: its progress, or rejected after all
    results.table.clearSelection()
    assert enabled(*every) == [False] * 5


def test_the_ranking_buttons_need_a_chosen_proposal_and_their_phase(qtbot: QtBot, context: ViewContext) -> None:
    view = with_proposals(qtbot, context)
    grid = view.ranking
    buttons = (grid.override_button, grid.clear_button)
    grid.table.selectRow(0)
    assert enabled(*buttons) == [False, False]  # ranks are not set while proposals come in

    advance(view, Phase.PRA_MUSRENBANG)
    assert enabled(*buttons) == [False, False]
    grid.table.selectRow(0)
    assert enabled(*buttons) == [True, False]  # nothing to take back on a rank that follows the scores
    chosen = grid.selected()
    assert chosen is not None
    grid.override(chosen.proposal.id, 2, "Kesepakatan forum: lokasi rawan banjir")
    assert grid.selected() is not None and grid.selected().overridden  # type: ignore[union-attr]
    assert enabled(*buttons) == [True, True]
    grid.table.clearSelection()
    assert enabled(*buttons) == [False, False]

    advance(view, Phase.FORUM)
    grid.table.selectRow(grid.model.row_of(chosen.proposal.id))
    assert enabled(*buttons) == [True, True]  # the forum still sets ranks
    issue_berita_acara(view)
    grid.table.selectRow(0)
    assert enabled(*buttons) == [False, False]  # the berita acara has fixed the ranks


def test_the_attendance_buttons_need_a_chosen_person_during_the_forum(qtbot: QtBot, context: ViewContext) -> None:
    view = with_proposals(qtbot, context)
    forum = view.forum
    buttons = (forum.delegate_button, forum.remove_button)
    advance(view, Phase.PRA_MUSRENBANG, Phase.FORUM)
    services, actor = context.services.programmes, context.actor
    for name in ("Ketua LPM", "Ketua TP PKK"):
        services.forum.add_attendee(actor, view.cycle.id, AttendeeInput(name, "lpm"))  # type: ignore[union-attr]
    view.refresh()
    assert enabled(*buttons) == [False, False]
    forum.table.selectRow(1)
    assert enabled(*buttons) == [True, True]
    forum.delegate_button.click()
    assert [a.is_delegate for a in forum.model.rows()] == [False, True]
    assert enabled(*buttons) == [False, False]

    issue_berita_acara(view)
    forum.table.selectRow(0)
    assert enabled(*buttons) == [False, False]  # the berita acara has fixed the list
    advance(view, Phase.DIKIRIM)
    forum.table.selectRow(0)
    assert enabled(*buttons) == [False, False]


def test_with_no_year_open_only_a_new_year_can_be_started(qtbot: QtBot, context: ViewContext) -> None:
    view = MusrenbangView(context)
    qtbot.addWidget(view)
    view.show()
    assert view.cycle is None
    usable: set[str] = set()
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        typed_into = [w for kind in (QLineEdit, QPlainTextEdit) for w in view.findChildren(kind)]
        pressed = view.findChildren(QAbstractButton)
        usable |= {w.objectName() or w.text() for w in (*typed_into, *pressed) if w.isVisible() and w.isEnabled()}
    assert usable == {"Tahun &baru…"}
    assert "Belum ada musrenbang" in view.forum.number_label.text()

    view.open_cycle(2026)
    assert view.form.isEnabled() and view.forum.details_box.isEnabled()


def test_a_read_only_account_looks_at_the_musrenbang_but_cannot_change_it(
    qtbot: QtBot, context: ViewContext, settings: QSettings
) -> None:
    managed = with_proposals(qtbot, context)
    advance(managed, Phase.PRA_MUSRENBANG, Phase.FORUM)
    camat = Actor("", "camat", "Staf Kecamatan", Role.READ_ONLY)
    view = MusrenbangView(ViewContext(context.services, camat, InlineTaskRunner(), ChangeNotices(), settings))
    qtbot.addWidget(view)
    view.show()
    assert view.proposal_model.rowCount() == 2  # it sees the proposals
    assert not view.form.isVisibleTo(view) and not view.merge_button.isEnabled() and not view.carry_button.isEnabled()
    for grid in (view.ranking.table, view.forum.table, view.results.table):
        grid.selectRow(0)
    ranking, forum, results = view.ranking, view.forum, view.results
    writers = (
        ranking.override_button,
        ranking.criteria_button,
        forum.add_button,
        forum.who,
        forum.delegate_button,
        forum.save_details,
        forum.issue_button,
        results.accepted_button,
        results.funded_button,
        results.rejected_button,
        results.progress_button,
    )
    assert [w for w in writers if w.isEnabled()] == []
    assert not ranking.model.editable_scores and not ranking.model.editable_votes
    assert managed.ranking.model.editable_scores and managed.forum.who.isEnabled()  # the same phase, for an admin

"""The musrenbang screen driven like a clerk would: proposals typed from the paper forms with the
keyboard only, scores typed into the grid, a rank set with its reason, the forum's attendance, and the
berita acara issued and saved to a file."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kelurahan_desk.core.domain.musrenbang_phases import Phase
from kelurahan_desk.ui.musrenbang.musrenbang_view import MusrenbangView
from kelurahan_desk.ui.view_context import ViewContext
from tests.ui.conftest import answer_next_dialog, click_button, screenshot


def type_proposal(qtbot: QtBot, view: MusrenbangView, activity: str, cost: str) -> None:
    form = view.form
    qtbot.keyClicks(form.activity, activity)
    qtbot.keyClick(form.activity, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # field stays as chosen
    for text in ("Gg. Melati", "3", "5", "150", "m", cost, "5.000.000", "RW 05"):
        qtbot.keyClicks(QApplication.focusWidget(), text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_proposals_by_keyboard_then_score_rank_and_print(qtbot: QtBot, context: ViewContext, tmp_path: Path) -> None:
    view = MusrenbangView(context)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    with qtbot.waitActive(view):
        view.show()
    view.open_cycle(2026)
    view.focus_first()
    assert QApplication.focusWidget() is view.form.activity

    type_proposal(qtbot, view, "Normalisasi saluran drainase", "75.000.000")
    assert QApplication.focusWidget() is view.form.activity  # ready for the next form at once
    assert view.form.activity.text() == "" and view.form.proposer.text() == "RW 05"  # the RW's form goes on
    type_proposal(qtbot, view, "Sumur resapan", "45.000.000")
    type_proposal(qtbot, view, "Penerangan jalan umum", "30.000.000")
    rows = view.proposal_model.rows()
    assert [(p.number, p.activity, p.estimated_cost, p.rt, p.rw) for p in rows] == [
        (1, "Normalisasi saluran drainase", 75_000_000, 3, 5),
        (2, "Sumur resapan", 45_000_000, 3, 5),
        (3, "Penerangan jalan umum", 30_000_000, 3, 5),
    ]
    qtbot.keyClicks(view.form.cost, "tujuh")
    qtbot.keyClick(view.form.cost, Qt.Key.Key_Return)
    assert view.form.errors.error_text("activity") == "Wajib diisi." or view.form.errors.error_text("estimated_cost")
    view.form.cost.clear()
    screenshot(view, "musrenbang-usulan")

    services, actor = context.services.programmes, context.actor
    services.musrenbang.advance_phase(actor, view.cycle.id, Phase.PRA_MUSRENBANG)  # type: ignore[union-attr]
    view.refresh()
    view.tabs.setCurrentIndex(1)
    grid = view.ranking
    assert grid.model.editable_scores
    urgency = next(
        n
        for n in range(grid.model.columnCount())
        if "kedaruratan" in str(grid.model.headerData(n, Qt.Orientation.Horizontal))
    )
    for row, score in ((2, "5"), (1, "3")):
        grid.table.setFocus()
        grid.table.setCurrentIndex(grid.model.index(grid.model.row_of(rows[row].id), urgency))
        qtbot.keyClicks(grid.table, score)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda s=score, r=rows[row]: (
                grid.model.row_at(grid.model.row_of(r.id)).proposal.scores.get("urgensi") == int(s)
            )
        )
    ranked = [grid.model.row_at(n).proposal.number for n in range(grid.model.rowCount())]
    assert ranked == [3, 2, 1]
    grid.override(rows[0].id, 1, "Banjir tiap musim hujan di Gg. Melati")
    first = grid.model.row_at(0)
    assert (first.proposal.number, first.overridden, first.proposal.override_reason) == (
        1,
        True,
        "Banjir tiap musim hujan di Gg. Melati",
    )
    screenshot(view, "musrenbang-peringkat")

    services.musrenbang.advance_phase(actor, view.cycle.id, Phase.FORUM)  # type: ignore[union-attr]
    view.refresh()
    view.tabs.setCurrentIndex(2)
    forum = view.forum
    forum.place.setText("Aula Kantor Kelurahan Sukarasa")
    forum.chair.setText("H. Ujang Sobandi")
    forum.secretary.setText("Rina Marlina")
    forum.forum_time.setText("09.00")
    forum.save_forum_details()
    for name in ("Ketua LPM", "Ketua TP PKK", "Ketua RW 05"):
        qtbot.keyClicks(forum.who, name)
        qtbot.keyClick(forum.who, Qt.Key.Key_Return)
    assert [a.name for a in forum.model.rows()] == ["Ketua LPM", "Ketua TP PKK", "Ketua RW 05"]
    forum.table.selectRow(0)
    forum.toggle_delegate()
    assert forum.model.row_at(0).is_delegate
    answer_next_dialog(click_button("Ya"))
    forum.issue()
    number = view.cycle.berita_acara_number  # type: ignore[union-attr]
    assert number == "000.7.1/001/1001/I/2026"
    assert not forum.add_button.isEnabled()  # what the berita acara records is fixed now
    screenshot(view, "musrenbang-forum")
    target = tmp_path / "berita-acara.pdf"
    forum.save_berita_acara(target)
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert f"Nomor: {number}" in text and "Ketua TP PKK" in text and "Normalisasi saluran drainase" in text

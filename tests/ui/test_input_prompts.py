"""The one-line questions (a year, an amount, a reason, a choice) speak the interface's language and show a
rupiah amount with its thousands dots; cancelling changes nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QDialog, QInputDialog, QSpinBox
from pytestqt.qtbot import QtBot

from kelurahan_desk.core.domain.musrenbang_phases import Phase
from kelurahan_desk.ui.musrenbang.musrenbang_view import MusrenbangView
from kelurahan_desk.ui.view_context import ViewContext
from tests.ui.conftest import answer_next_dialog
from tests.ui.test_musrenbang_row_buttons import advance, issue_berita_acara, with_proposals


def buttons_of(dialog: QDialog) -> list[str]:
    return sorted(b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisible())


def test_a_new_year_is_asked_in_indonesian_and_cancelling_opens_none(qtbot: QtBot, context: ViewContext) -> None:
    view = MusrenbangView(context)
    qtbot.addWidget(view)
    view.show()
    seen: list[list[str]] = []

    def cancel(dialog: QDialog) -> None:
        seen.append(buttons_of(dialog))
        dialog.reject()

    answer_next_dialog(cancel)
    view.open_year()
    assert seen == [["Batal", "Buka tahun"]] and view.cycle is None

    def year_2027(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setIntValue(2027)
        dialog.accept()

    answer_next_dialog(year_2027)
    view.open_year()
    assert view.cycle is not None and view.cycle.year == 2027


def test_the_budget_of_a_funded_proposal_is_typed_in_rupiah(qtbot: QtBot, context: ViewContext) -> None:
    view = with_proposals(qtbot, context)
    advance(view, Phase.PRA_MUSRENBANG, Phase.FORUM)
    issue_berita_acara(view)
    advance(view, Phase.DIKIRIM, Phase.HASIL)
    results = view.results
    results.table.selectRow(0)
    chosen = results.model.row_at(0)
    shown: list[str] = []

    def fund(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog) and buttons_of(dialog) == ["Batal", "Simpan"]
        dialog.setIntValue(75_000_000)
        box = dialog.findChild(QSpinBox)
        assert box is not None
        shown.append(box.text())
        dialog.accept()

    answer_next_dialog(fund)
    results.funded_button.click()
    assert shown == ["Rp 75.000.000"]
    funded = next(p for p in results.model.rows() if p.id == chosen.id)
    assert (funded.status, funded.budget_amount) == ("didanai", 75_000_000)

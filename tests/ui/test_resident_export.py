"""Export from the residents view: the residents the search shows, to the file the clerk names."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.services.residents import ResidentInput
from kelurahan_desk.ui.residents.residents_view import ResidentsView
from kelurahan_desk.ui.view_context import ViewContext
from tests.ui.conftest import answer_next_dialog, click_button


def test_export_writes_what_the_search_shows(qtbot: QtBot, context: ViewContext, admin: Actor, tmp_path: Path) -> None:
    residents = context.services.residents
    residents.create(admin, ResidentInput("3273014501900001", "=Siti Aminah", birth_date=date(1990, 1, 5)))
    residents.create(admin, ResidentInput("3273010203850002", "Budi Santoso", birth_date=date(1985, 3, 2)))
    view = ResidentsView(context)
    qtbot.addWidget(view)
    view.show()
    view.search_box.setText("siti")
    view.search_now()
    target = tmp_path / "hasil"
    finished: list[list[str]] = []

    def save_as(dialog: QDialog) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(target))
        dialog.selectNameFilter("CSV (*.csv)")
        finished.append(answer_next_dialog(click_button("OK")))
        dialog.accept()

    answer_next_dialog(save_as)
    view.export_button.click()
    qtbot.waitUntil(lambda: bool(finished and finished[0]), timeout=5000)
    written = (tmp_path / "hasil.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(written) == 2
    assert written[0].startswith("NIK,")
    assert "'=Siti Aminah" in written[1]  # a cell that looks like a formula is defused
    assert finished[0][0].startswith("1 penduduk diekspor ke:")

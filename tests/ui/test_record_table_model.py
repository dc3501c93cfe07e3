"""The shared table helpers: a place shown as RT/RW, and buttons that wait for a chosen row."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from kelurahan_desk.ui.record_table_model import (
    Column,
    RecordTableModel,
    enable_on_selection,
    place,
    record_table_view,
)


def test_a_missing_rt_or_rw_is_a_dash() -> None:
    assert place(3, 5) == "003/005"
    assert place(None, 2) == "-/002"
    assert place(4, None) == "004/-"
    assert place(None, None) == ""


def test_buttons_wait_for_a_selected_row(qtbot: QtBot) -> None:
    model: RecordTableModel[str] = RecordTableModel([Column("Nama", lambda r: r)])
    table = record_table_view(model)
    qtbot.addWidget(table)
    button = QPushButton("Ubah…")
    qtbot.addWidget(button)
    model.set_rows(["Ade", "Bayu"])
    enable_on_selection(table, button)
    assert not button.isEnabled()
    table.selectRow(1)
    assert button.isEnabled()
    table.clearSelection()
    assert not button.isEnabled()
    table.selectRow(0)
    model.set_rows(["Ade", "Bayu", "Cucu"])
    assert not button.isEnabled()

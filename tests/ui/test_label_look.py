"""Headings and coloured text through font and palette: what is set shows, and a reset follows the parent."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from kelurahan_desk.ui.label_look import set_heading, set_text_color


def test_a_coloured_label_goes_back_to_its_parents_colour(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    label = QLabel("Peringatan", parent)
    inherited = label.palette().color(QPalette.ColorRole.WindowText)
    set_text_color(label, "#8a5a00")
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor("#8a5a00")
    assert parent.palette().color(QPalette.ColorRole.WindowText) == inherited
    set_text_color(label, None)
    assert label.palette().color(QPalette.ColorRole.WindowText) == inherited
    palette = parent.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#123456"))
    parent.setPalette(palette)
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor("#123456")  # follows it again


def test_a_heading_is_bold_at_its_size(qtbot: QtBot) -> None:
    label = QLabel("Penduduk baru")
    qtbot.addWidget(label)
    plain_width = label.sizeHint().width()
    set_heading(label, 15)
    assert label.font().bold() and label.font().pointSizeF() == 15
    assert label.sizeHint().width() > plain_width

"""Periksa Keaslian says what to do before a check, and with nothing pasted asks for the QR text instead of giving
a verdict."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kelurahan_desk.ui.letters.verify_view import VerifyView
from kelurahan_desk.ui.view_context import ViewContext
from tests.ui.conftest import screenshot


def test_an_empty_box_asks_for_the_qr_text(qtbot: QtBot, context: ViewContext) -> None:
    view = VerifyView(context)
    qtbot.addWidget(view)
    view.show()
    view.payload.setPlainText("bukan kode QR")
    assert view.check_text() is not None and view.verdict.text().startswith("TIDAK ASLI")
    for empty in ("", "  \n "):
        view.payload.setPlainText(empty)
        assert view.check_text() is None
        assert view.verdict.text().startswith("Tempel dulu teks kode QR surat")
        assert "TIDAK" not in view.verdict.text() and view.verdict.styleSheet() == ""  # no verdict, no red
        assert all(label.text() == "" for label in view.labels.values())
    screenshot(view, "periksa-keaslian-kosong")


def test_before_a_check_the_page_says_what_to_do_and_shows_no_empty_answers(
    qtbot: QtBot, context: ViewContext
) -> None:
    view = VerifyView(context)
    qtbot.addWidget(view)
    view.show()
    assert "Pindai kode QR" in view.payload.placeholderText() and not view.details_box.isVisible()
    view.payload.setPlainText("KD1:bukan-surat")
    view.check_button.click()
    assert view.verdict.text() and view.details_box.isVisible()

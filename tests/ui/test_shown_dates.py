"""Dates and times in words follow the interface language; documents keep Indonesian ones."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kelurahan_desk.core.domain.indonesian_format import format_date_id
from kelurahan_desk.ui.shown_dates import date_in_words, time_in_words
from kelurahan_desk.ui.translations import make_translator

INDEPENDENCE_DAY = date(2026, 8, 17)
MORNING = datetime(2026, 8, 17, 2, 5, tzinfo=UTC)  # 09.05 in Jakarta, 10.05 in Makassar


def test_the_indonesian_interface_names_months_in_indonesian(qapp: QApplication) -> None:
    assert date_in_words(INDEPENDENCE_DAY) == "17 Agustus 2026" == format_date_id(INDEPENDENCE_DAY)
    assert date_in_words(date(2027, 1, 5)) == "5 Januari 2027"
    assert time_in_words(MORNING, "WIB") == "pukul 09.05 WIB"
    assert time_in_words(MORNING, "WITA") == "pukul 10.05 WITA"


def test_the_english_interface_names_them_in_english(qapp: QApplication, tmp_path: Path) -> None:
    translator = make_translator("en", tmp_path / "compiled")
    assert translator is not None
    qapp.installTranslator(translator)
    try:
        shown = [date_in_words(date(2026, month, 1)) for month in range(1, 13)]
        assert shown[4] == "1 May 2026" and shown[7] == "1 August 2026" and shown[11] == "1 December 2026"
        assert len({text.split()[1] for text in shown}) == 12
        assert time_in_words(MORNING, "WIB") == "09.05 WIB"
        assert format_date_id(INDEPENDENCE_DAY) == "17 Agustus 2026"
    finally:
        qapp.removeTranslator(translator)

"""The composition root: the self-test a build runs, and a clear message when the folder is in use."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from kelurahan_desk import app
from kelurahan_desk.composition import Services
from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.services.permissions import Actor
from tests.ui.conftest import answer_next_dialog, click_button


def test_self_test_shows_the_window_with_residents(qapp: QApplication, capsys: pytest.CaptureFixture[str]) -> None:
    assert app.self_test(None) == 0
    assert "self-test: ok (window shown: True, residents listed: 3 of 3)" in capsys.readouterr().out


def test_self_test_on_an_office_folder_lists_its_residents(
    qapp: QApplication, services: Services, admin: Actor, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = services.folder.root
    services.close()
    assert app.self_test(str(folder)) == 0
    assert "residents listed: 0 of 0" in capsys.readouterr().out


def test_a_folder_already_open_is_refused_with_a_plain_message(qapp: QApplication, services: Services) -> None:
    seen = answer_next_dialog(click_button("OK"))
    assert app._open(DataFolder(Path(services.folder.root))) is None
    assert seen == [
        "Kelurahan Desk sudah terbuka di komputer ini untuk folder data yang sama. "
        "Tutup jendela yang lain terlebih dahulu."
    ]
    assert not isinstance(QApplication.activeModalWidget(), QDialog)

"""The composition root: the self-test a build runs, and a clear message when the folder is in use."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kelurahan_desk import app
from kelurahan_desk.composition import Services
from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.store.health import StoreCheck
from tests.ui.conftest import answer_next_dialog, click_button


def test_self_test_shows_the_window_with_residents(qapp: QApplication, capsys: pytest.CaptureFixture[str]) -> None:
    assert app.self_test(None) == 0
    assert "uji diri: berhasil (jendela tampil: ya, penduduk dalam daftar: 3 dari 3)" in capsys.readouterr().out


def test_self_test_on_a_folder_without_a_store_leaves_it_without_one(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "folder-kosong"
    empty.mkdir()
    assert app.self_test(str(empty)) == 0
    assert "penduduk dalam daftar: 3 dari 3" in capsys.readouterr().out
    assert list(empty.iterdir()) == []


def test_self_test_on_an_office_folder_lists_its_residents(
    qapp: QApplication, services: Services, admin: Actor, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = services.folder.root
    services.close()
    assert app.self_test(str(folder)) == 0
    assert "penduduk dalam daftar: 0 dari 0" in capsys.readouterr().out


def test_a_folder_already_open_is_refused_with_a_plain_message(qapp: QApplication, services: Services) -> None:
    seen = answer_next_dialog(click_button("OK"))
    assert app._open(DataFolder(Path(services.folder.root))) is None
    assert seen == [
        "Kelurahan Desk sudah terbuka di komputer ini untuk folder data yang sama. "
        "Tutup jendela yang lain terlebih dahulu."
    ]
    assert not isinstance(QApplication.activeModalWidget(), QDialog)


def test_a_damaged_store_is_restored_from_the_newest_good_backup_when_the_clerk_agrees(
    qapp: QApplication, services: Services, admin: Actor
) -> None:
    from sqlalchemy import func, select

    from kelurahan_desk.core.store.audit_chain import verify_chain
    from kelurahan_desk.core.store.models import Resident
    from tests.core.test_backup import add_residents, corrupt_middle

    add_residents(services, 300)
    good = services.backup.auto_backup_if_due()
    assert good is not None
    folder = services.folder
    services.close()
    corrupt_middle(folder.database)

    declined = answer_next_dialog(click_button("Tutup"))
    assert app._open(folder) is None
    assert good.path.name in declined[0] and "Pulihkan" in declined[0]

    told: list[list[str]] = []

    def restore_then_acknowledge(dialog: QDialog) -> None:
        # the restore's own message comes once this question has closed
        QTimer.singleShot(0, lambda: told.append(answer_next_dialog(click_button("OK"))))
        click_button("Pulihkan")(dialog)

    seen = answer_next_dialog(restore_then_acknowledge)
    reopened = app._open(folder)
    assert reopened is not None
    try:
        assert good.path.name in seen[0]
        assert f"dipulihkan dari {good.path.name}" in told[0][0]
        with reopened.store.read() as s:
            assert s.scalar(select(func.count()).select_from(Resident)) == 300
            assert verify_chain(s).ok
        kept_aside = Path(told[0][0].splitlines()[-1])
        assert "Data yang rusak disimpan di:" in told[0][0] and kept_aside.exists()
    finally:
        reopened.close()


@pytest.mark.parametrize("check_ends", ["before the store opens", "once the window is open"])
def test_a_damaged_store_ends_in_the_offer_of_the_newest_good_backup(
    qapp: QApplication,
    services: Services,
    admin: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    check_ends: str,
) -> None:
    from tests.core.test_backup import add_residents, corrupt_middle

    add_residents(services, 3000)  # the damage lands among rows the window does not read first
    good = services.backup.auto_backup_if_due()
    assert good is not None
    folder = services.folder
    services.close()
    corrupt_middle(folder.database)
    held: StoreCheck | None = None
    if check_ends == "before the store opens":
        monkeypatch.setattr(app, "start_store_check", lambda folder: _finished(StoreCheck(folder.database)))
    else:  # as on a large store on a slow disk: the check takes longer than opening the window
        held = StoreCheck(folder.database, start=False)
        monkeypatch.setattr(app, "start_store_check", lambda _folder: held)
    windows: list[QWidget] = []

    def on_window(window: QWidget) -> None:
        windows.append(window)
        if held is not None:
            held.start()

    offered: list[str] = []

    def decline_the_offer(dialog: QDialog) -> None:
        # a list that reads the damage before the check ends says so first: that message is closed too
        text = dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()
        if good.path.name not in text:  # "Berkas data kantor rusak…", from a list that read the damage first
            answer_next_dialog(decline_the_offer, within_ms=60000)
            dialog.reject()
            return
        offered.append(text)
        click_button("Tutup")(dialog)

    answer_next_dialog(decline_the_offer, within_ms=60000)
    code = app.run(str(folder.root), sign_in=lambda _services: admin, on_window=on_window,
                   settings_file=tmp_path / "window.ini")
    assert code == 1  # declined: nothing more is done on the damaged store
    assert len(offered) == 1 and "Pulihkan" in offered[0]
    if held is not None:
        assert len(windows) == 1 and not windows[0].isVisible()
    else:
        assert windows == []


def _finished(check: StoreCheck) -> StoreCheck:
    check.report()
    return check


def test_the_watch_closes_what_is_open_when_the_check_finds_damage(
    qtbot: QtBot, services: Services, admin: Actor
) -> None:
    from PySide6.QtWidgets import QMainWindow

    from kelurahan_desk.ui.store_check_watch import StoreCheckWatch
    from tests.core.test_backup import add_residents, corrupt_middle

    add_residents(services, 300)
    path = services.folder.database
    services.close()
    sound = StoreCheck(path, start=False)
    window, dialog = QMainWindow(), QDialog()
    for widget in (window, dialog):
        qtbot.addWidget(widget)
        widget.show()
    watch = StoreCheckWatch(sound.done, lambda: sound.report().ok)
    qtbot.wait(250)
    assert not watch.damaged and window.isVisible()  # still checking
    sound.start()
    qtbot.waitUntil(sound.done, timeout=10000)
    qtbot.wait(250)
    assert not watch.damaged and window.isVisible() and dialog.isVisible()
    corrupt_middle(path)
    check = StoreCheck(path)
    damaged = StoreCheckWatch(check.done, lambda: check.report().ok)
    qtbot.waitUntil(lambda: damaged.damaged and not window.isVisible() and not dialog.isVisible(), timeout=10000)


def test_the_orm_loads_in_steps_on_the_windows_thread_once_asked(tmp_path: Path) -> None:
    import subprocess
    import sys

    from kelurahan_desk.composition import open_services

    open_services(DataFolder(tmp_path / "office")).close()
    child = (
        "import os, sys, threading\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from kelurahan_desk.app import load_orm_in_steps\n"
        "from kelurahan_desk.composition import open_services\n"
        "from kelurahan_desk.core.data_folder import DataFolder\n"
        "qt = QApplication([])\n"
        f"services = open_services(DataFolder(Path({str(tmp_path / 'office')!r})))\n"
        "print('before', 'sqlalchemy' in sys.modules)\n"
        "load_orm_in_steps(services)\n"
        "qt.processEvents()\n"
        "print('one turn', 'sqlalchemy' in sys.modules, 'sqlalchemy.orm' in sys.modules)\n"
        "for _ in range(200):\n"
        "    qt.processEvents()\n"
        "from kelurahan_desk.core.store.base import Base\n"
        "print('after', services.store._made_engines is not None, len(Base.registry.mappers) > 10,\n"
        "      all(m.configured for m in Base.registry.mappers), threading.active_count())\n"
        "services.close()\n"
    )
    done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["before False", "one turn True False", "after True True True 1"]


def test_a_replacement_pc_restores_the_office_from_the_setup_wizard(
    qapp: QApplication, services: Services, admin: Actor, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog, QLineEdit

    from kelurahan_desk.ui.main_window import MainWindow
    from kelurahan_desk.ui.setup_wizard import SetupWizard
    from tests.conftest import ADMIN_PASSWORD
    from tests.core.test_backup import add_residents

    add_residents(services, 5, "Lama")
    backup = services.backup.backup_to(admin, tmp_path / "flashdisk").path
    services.close()
    new_pc = tmp_path / "pc-baru"
    not_a_backup = tmp_path / "surat.db"
    not_a_backup.write_text("bukan cadangan")
    said: list[str] = []

    def choose_file(path: Path, then: Callable[[QDialog], None]) -> Callable[[QDialog], None]:
        def choose(dialog: QDialog) -> None:
            assert isinstance(dialog, QFileDialog)
            dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))
            answer_next_dialog(then)
            dialog.accept()

        return choose

    def note_and(button: str, about: str) -> Callable[[QDialog], None]:
        """Answers the next message whose text holds `about` (other dialogs come and go first)."""

        def answer(dialog: QDialog) -> None:
            if not isinstance(dialog, QMessageBox) or about not in dialog.text():
                answer_next_dialog(answer)
                return
            said.append(dialog.text())
            click_button(button)(dialog)

        return answer

    def in_the_wizard(dialog: QDialog) -> None:
        assert isinstance(dialog, SetupWizard)
        answer_next_dialog(choose_file(not_a_backup, note_and("OK", "tidak valid")))
        dialog.welcome_page.restore_button.click()
        assert dialog.isVisible() and dialog.restore_from is None  # a wrong file changes nothing
        answer_next_dialog(choose_file(backup, note_and("Pulihkan", "Lanjutkan?")))
        answer_next_dialog(note_and("OK", "dipulihkan"))  # the restore's own message
        dialog.welcome_page.restore_button.click()

    windows: list[MainWindow] = []

    def on_window(window: MainWindow) -> None:
        windows.append(window)
        QTimer.singleShot(0, window.close)

    answer_next_dialog(in_the_wizard)
    code = app.run(
        str(new_pc),
        sign_in=lambda office: office.accounts.login("admin", ADMIN_PASSWORD),
        on_window=on_window,
        settings_file=tmp_path / "window.ini",
    )
    assert code == 0 and len(windows) == 1
    refused, asked, restored = sorted(said, key=lambda text: ("tidak valid" not in text, "dipulihkan" in text))
    assert refused == "Berkas cadangan tidak valid atau rusak; data kantor tidak berubah."
    assert asked.startswith(f"Berkas: {backup.name}\nKantor: Kelurahan Sukarasa (32.73.01.1001)\n")
    assert restored == (
        f"Data kantor dipulihkan dari {backup.name}.\n\nMasuklah dengan akun dan kata sandi dari kantor itu."
    )
    assert sorted(path.name for path in new_pc.glob("kelurahan.db*")) == ["kelurahan.db"]  # none kept aside
    reopened = app._open(DataFolder(new_pc))
    assert reopened is not None
    try:
        assert reopened.office.profile().code == "32.73.01.1001"
        assert len(reopened.residents.search(admin, "Lama")) == 5
    finally:
        reopened.close()

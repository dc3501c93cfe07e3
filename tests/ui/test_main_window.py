"""The main window: title, navigation by permission, status bar, change notices, geometry kept per PC."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from kelurahan_desk.core.services.accounts import NewAccount
from kelurahan_desk.core.services.permissions import Permission, Role
from kelurahan_desk.ui.elided_label import ElidedLabel
from kelurahan_desk.ui.main_window import GEOMETRY_KEY, MainWindow, window_title
from kelurahan_desk.ui.navigation import ViewEntry
from kelurahan_desk.ui.view_context import ViewContext
from tests.conftest import TEST_OFFICE
from tests.ui.conftest import screenshot


def make_window(qtbot: QtBot, context: ViewContext, views: list[ViewEntry] | None = None) -> MainWindow:
    window = MainWindow(context, views=views)
    qtbot.addWidget(window)
    window.show()
    return window


def test_title_names_the_kelurahan_and_marks_demo_offices() -> None:
    assert window_title(TEST_OFFICE) == "Kelurahan Desk — Kelurahan Sukarasa"
    assert window_title(replace(TEST_OFFICE, is_demo=True)) == "Kelurahan Desk — Kelurahan Sukarasa [DEMO]"
    assert window_title(None) == "Kelurahan Desk"


def test_administrator_sees_residents_and_accounts(qtbot: QtBot, context: ViewContext) -> None:
    window = make_window(qtbot, context)
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles == [
        "Penduduk",
        "Pengaduan & Laporan",
        "Musrenbang",
        "UMKM",
        "Pelatihan",
        "Surat",
        "Periksa Keaslian",
        "Sinkronisasi",
        "Akun Pengguna",
    ]
    assert window.windowTitle() == "Kelurahan Desk — Kelurahan Sukarasa"
    assert "Administrator Kantor (Administrator)" in window.user_label.text()
    assert "32.73.01.1001" in window.office_label.text()
    assert window.backup.backup_action.isEnabled()
    window.open_view("accounts")
    screenshot(window, "main-window-accounts")


def test_front_desk_does_not_see_the_accounts_view(qtbot: QtBot, context: ViewContext) -> None:
    services = context.services
    services.accounts.create_account(
        context.actor, NewAccount("rina", "Rina Kartika", Role.FRONT_DESK, "rahasia-rina-1")
    )
    clerk = services.accounts.login("rina", "rahasia-rina-1")
    window = make_window(qtbot, replace(context, actor=clerk))
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert "Akun Pengguna" not in titles
    assert titles[:2] == ["Penduduk", "Pengaduan & Laporan"] and {"Surat", "Periksa Keaslian"} <= set(titles)
    assert not window.backup.restore_action.isEnabled()


def test_views_are_built_once_and_hear_change_notices(qtbot: QtBot, context: ViewContext) -> None:
    heard: list[str] = []
    built: list[int] = []

    def factory(ctx: ViewContext) -> QWidget:
        built.append(1)
        ctx.notices.changed.connect(heard.append)
        return QLabel("contoh")

    views = [
        ViewEntry("one", "Satu", "SP_FileIcon", factory),
        ViewEntry("two", "Dua", "SP_FileIcon", lambda ctx: QLabel("dua")),
        ViewEntry("secret", "Rahasia", "SP_FileIcon", factory, Permission.APPROVE_LETTERS),
    ]
    window = make_window(qtbot, replace(context, actor=replace(context.actor, role=Role.FRONT_DESK)), views)
    assert window.navigation.count() == 2
    window.open_view("two")
    window.open_view("one")
    assert built == [1]
    window.changed.emit("residents")
    assert heard == ["residents"]


def test_geometry_and_last_view_are_kept(qtbot: QtBot, context: ViewContext) -> None:
    window = make_window(qtbot, context)
    window.open_view("accounts")
    window.resize(1000, 700)
    window.close()
    assert isinstance(context.settings.value(GEOMETRY_KEY), QByteArray)
    again = make_window(qtbot, context)
    assert again.stack.currentWidget() is again.view("accounts")


def test_office_change_notice_updates_the_title(qtbot: QtBot, context: ViewContext) -> None:
    window = make_window(qtbot, context)
    context.services.office.update_profile(context.actor, replace(TEST_OFFICE, village_name="Sukajadi"))
    window.changed.emit("office")
    assert window.windowTitle() == "Kelurahan Desk — Kelurahan Sukajadi"


def test_logout_closes_and_says_so(qtbot: QtBot, context: ViewContext) -> None:
    window = make_window(qtbot, context)
    with qtbot.waitSignal(window.logged_out, timeout=1000):
        window.logout_action.trigger()
    assert window.did_log_out and not window.isVisible()


def test_the_sync_line_and_agent_start_a_while_after_the_window_shows(
    qtbot: QtBot, context: ViewContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kelurahan_desk.ui import main_window
    from kelurahan_desk.ui.sync.sync_scheduler import SyncScheduler

    monkeypatch.setattr(main_window, "SYNC_START_MS", 50)
    window = make_window(qtbot, context)
    assert window.sync_indicator is None
    assert context.notices.findChild(SyncScheduler) is None
    assert window.sync_label.text() == "Sinkronisasi: belum diatur"
    qtbot.waitUntil(lambda: window.sync_indicator is not None, timeout=2000)
    scheduler = context.notices.findChild(SyncScheduler)
    assert scheduler is not None
    qtbot.waitUntil(  # the agent starts on the next turn of the event loop and reports its first status
        lambda: window.sync_label.text() == "Sinkronisasi: belum terdaftar di HQ", timeout=5000)


def test_a_window_closed_before_sync_starts_never_starts_it(
    qtbot: QtBot, context: ViewContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kelurahan_desk.ui import main_window
    from kelurahan_desk.ui.sync.sync_scheduler import SyncScheduler

    monkeypatch.setattr(main_window, "SYNC_START_MS", 30)
    window = make_window(qtbot, context)
    window.close()
    qtbot.wait(120)
    assert window.sync_indicator is None
    assert context.notices.findChild(SyncScheduler) is None


def test_on_a_1280_pixel_screen_the_status_bar_elides_and_a_backup_problem_stays_readable(
    qtbot: QtBot, context: ViewContext
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.resize(1280, 720)
    problem = window.backup.auto_backup_problem
    problem.setText(
        "Cadangan otomatis gagal: Gagal membaca atau menulis berkas (kesalahan disk). Tidak ada data berubah."
    )
    problem.setVisible(True)
    window.sync_label.setText("Sinkronisasi: terakhir berhasil 29 November 2026 pukul 10.10 WIB · 3 perubahan menunggu")
    qtbot.waitUntil(lambda: window.width() == 1280)
    qtbot.wait(50)
    labels = [problem, window.user_label, window.office_label, window.sync_label]
    bar = window.statusBar()
    for label in labels:
        shown = label.shown_text()
        assert shown == label.text() or (shown.endswith("…") and label.text().startswith(shown[:-1]))
        assert label.geometry().right() <= bar.width()  # nothing pushed out of sight
    assert problem.shown_text().startswith("Cadangan otomatis gagal: Gagal membaca")
    assert any(label.shown_text() != label.text() for label in labels[1:])  # the others gave way
    window.resize(2400, 720)
    qtbot.waitUntil(lambda: all(label.shown_text() == label.text() for label in labels))
    assert window.user_label.toolTip() == ""


def test_an_elided_label_shows_the_whole_text_as_its_tooltip_unless_it_has_its_own(qtbot: QtBot) -> None:
    label = ElidedLabel("Kantor: Kelurahan Sukarasa (32.73.01.1001)")
    qtbot.addWidget(label)
    label.resize(60, 20)
    label.show()
    assert label.shown_text().endswith("…") and label.toolTip() == label.text()
    label.setToolTip("Kode wilayah dan nama kantor")
    assert label.toolTip() == "Kode wilayah dan nama kantor"
    label.resize(label.sizeHint())
    assert label.shown_text() == label.text()


def test_the_window_opens_without_style_sheets_and_the_navigation_keeps_its_roomy_entries(
    qtbot: QtBot, context: ViewContext
) -> None:
    from PySide6.QtWidgets import QListWidget, QWidget

    from kelurahan_desk.ui.main_window import NAVIGATION_PADDING

    window = make_window(qtbot, context)
    styled = [widget.objectName() or type(widget).__name__ for widget in window.findChildren(QWidget)
              if widget.styleSheet()]
    assert styled == []  # a style sheet costs the first paint several milliseconds per styled widget
    plain = QListWidget()
    plain.setFont(window.navigation.font())
    plain.addItem(window.navigation.item(0).clone())
    qtbot.addWidget(plain)
    plain_height = plain.sizeHintForRow(0)
    assert window.navigation.sizeHintForRow(0) == plain_height + 2 * NAVIGATION_PADDING
    assert window.navigation.font().pointSize() == 11

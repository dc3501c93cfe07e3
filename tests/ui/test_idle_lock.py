"""The idle lock covers the window after the office's minutes without input; only the same password opens it."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kelurahan_desk.composition import Services
from kelurahan_desk.core.clock import FixedClock
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.ui.idle_lock import IdleLock
from tests.conftest import ADMIN_PASSWORD
from tests.ui.conftest import screenshot


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def locked_window(qtbot: QtBot, services: Services, admin: Actor) -> tuple[IdleLock, QWidget, FakeClock]:
    window = QWidget()
    window.resize(800, 500)
    qtbot.addWidget(window)
    window.show()
    clock = FakeClock()
    minutes = services.office.setting("idle_lock_minutes")
    lock = IdleLock(services.accounts, admin, minutes, check_interval_ms=10, watch_after_ms=0, now=clock)
    lock.attach(window)
    return lock, window, clock


def test_locks_after_the_idle_minutes_and_opens_with_the_password(
    qtbot: QtBot, services: Services, admin: Actor
) -> None:
    lock, window, clock = locked_window(qtbot, services, admin)
    clock.now += 9 * 60
    qtbot.wait(50)
    assert not lock.is_locked
    clock.now += 61
    qtbot.waitUntil(lambda: lock.is_locked, timeout=2000)
    screen = lock.screen
    assert screen is not None and screen.isVisible()
    assert screen.geometry().contains(window.geometry().center())
    assert screen.isModal()
    screenshot(screen, "idle-lock")

    screen.password.setText("bukan-sandinya")
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert lock.is_locked
    assert screen.error.text() == "Kata sandi salah."
    screen.close()  # a plain close does not open the lock
    assert screen.isVisible()

    screen.password.setText(ADMIN_PASSWORD)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert not lock.is_locked
    assert not screen.isVisible()
    lock.detach()


def test_wrong_passwords_count_the_wait_down_before_the_lock_opens(
    qtbot: QtBot, services: Services, admin: Actor, clock: FixedClock
) -> None:
    lock, _window, _idle_clock = locked_window(qtbot, services, admin)
    lock.lock_now()
    screen = lock.screen
    assert screen is not None
    for _ in range(3):
        screen.password.setText("bukan-sandinya")
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert screen.error.text() == "Kata sandi salah. Terlalu banyak percobaan, coba lagi dalam 2 detik."
    assert not screen.open_button.isEnabled()

    screen.password.setText(ADMIN_PASSWORD)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)  # not tried while waiting
    assert lock.is_locked
    qtbot.waitUntil(lambda: "dalam 1 detik" in screen.error.text(), timeout=3000)
    assert not screen.open_button.isEnabled()
    screenshot(screen, "idle-lock-wait")
    qtbot.waitUntil(screen.open_button.isEnabled, timeout=3000)
    assert screen.error.isHidden() and screen.error.text() == ""
    screenshot(screen, "idle-lock-wait-over")

    clock.advance(timedelta(seconds=2))
    screen.password.setText(ADMIN_PASSWORD)
    screen.open_button.click()
    assert not lock.is_locked
    lock.detach()


def test_input_keeps_the_session_open(qtbot: QtBot, services: Services, admin: Actor) -> None:
    lock, window, clock = locked_window(qtbot, services, admin)
    for _ in range(3):
        clock.now += 6 * 60
        qtbot.mouseMove(window, QPoint(10 + int(clock.now) % 50, 20))
        qtbot.keyClick(window, Qt.Key.Key_Shift)
        qtbot.wait(30)
    assert not lock.is_locked
    lock.set_minutes(1)
    clock.now += 61
    qtbot.waitUntil(lambda: lock.is_locked, timeout=2000)
    lock.detach()


def test_switch_user_asks_for_a_sign_out(qtbot: QtBot, services: Services, admin: Actor) -> None:
    lock, _window, _clock = locked_window(qtbot, services, admin)
    lock.lock_now()
    assert lock.screen is not None
    with qtbot.waitSignal(lock.logout_requested, timeout=1000):
        lock.screen.switch_button.click()
    assert not lock.is_locked
    lock.detach()


def test_input_is_watched_from_shortly_after_the_window_opens(qtbot: QtBot, services: Services, admin: Actor) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    clock = FakeClock()
    lock = IdleLock(services.accounts, admin, 1, check_interval_ms=10, watch_after_ms=200, now=clock)
    lock.attach(window)
    clock.now += 50
    qtbot.keyClick(window, Qt.Key.Key_Shift)  # still starting: not watched yet
    qtbot.wait(300)
    clock.now += 15
    qtbot.waitUntil(lambda: lock.is_locked, timeout=2000)  # 65 s since attach
    lock.detach()

    lock = IdleLock(services.accounts, admin, 1, check_interval_ms=10, watch_after_ms=200, now=clock)
    lock.attach(window)
    qtbot.wait(300)
    clock.now += 50
    qtbot.keyClick(window, Qt.Key.Key_Shift)  # watched
    clock.now += 15
    qtbot.wait(100)
    assert not lock.is_locked
    lock.detach()

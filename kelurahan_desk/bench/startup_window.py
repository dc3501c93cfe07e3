"""The child process of the start-up benchmark: `python -m kelurahan_desk.bench.startup_window DATA_DIR USER`.

It starts the application the way `kelurahan-desk` does (`app.run`, offscreen), except that the account
USER is signed in without the sign-in dialog (the dialog waits for a person; the password check after it
is not start-up). Window settings go to a temporary folder, never to this PC's. When the main window is
shown with the first page of the residents view filled it prints `shown`, then `rss_kb <n>` (or
`rss_kb n/a`) with the process's resident memory at that moment, and closes the window.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from kelurahan_desk import app
from kelurahan_desk.cli import main as entry_point  # noqa: F401 (the real entry's own import, timed too)

if TYPE_CHECKING:
    from kelurahan_desk.composition import Services
    from kelurahan_desk.core.services.permissions import Actor
    from kelurahan_desk.ui.main_window import MainWindow

SHOWN = "shown"
RSS = "rss_kb"


def resident_memory_kb() -> int | None:
    """Resident set size of this process: /proc on Linux, GetProcessMemoryInfo on Windows, else None."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    if sys.platform == "win32":
        return _windows_working_set_kb()
    return None


def _windows_working_set_kb() -> int | None:
    import ctypes
    from ctypes import wintypes

    class Counters(ctypes.Structure):
        _fields_ = [
            ("cb", wintypes.DWORD),
            ("PageFaultCount", wintypes.DWORD),
            ("PeakWorkingSetSize", ctypes.c_size_t),
            ("WorkingSetSize", ctypes.c_size_t),
            ("QuotaPeakPagedPoolUsage", ctypes.c_size_t),
            ("QuotaPagedPoolUsage", ctypes.c_size_t),
            ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t),
            ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
            ("PagefileUsage", ctypes.c_size_t),
            ("PeakPagefileUsage", ctypes.c_size_t),
        ]

    counters = Counters()
    counters.cb = ctypes.sizeof(Counters)
    process = ctypes.windll.kernel32.GetCurrentProcess()  # type: ignore[attr-defined]
    if not ctypes.windll.psapi.GetProcessMemoryInfo(process, ctypes.byref(counters), counters.cb):  # type: ignore[attr-defined]
        return None
    return int(counters.WorkingSetSize // 1024)


def account_actor(services: Services, username: str) -> Actor:
    """The account as the sign-in dialog would hand it over (read through the driver, as the window's first
    reads are)."""
    from kelurahan_desk.core.services.permissions import Actor, Role

    with services.store.read_plain() as connection:
        account = connection.execute(
            "SELECT id, username, full_name, role FROM account WHERE username = ?", (username,)
        ).fetchone()
    if account is None:
        raise SystemExit(f"no account {username!r} in this office")
    account_id, name, full_name, role = account
    return Actor(account_id, name, full_name, Role(role))


def report_when_filled(window: MainWindow) -> None:
    """Once the residents view has its first page (the model's first reset): let the window paint, report,
    close."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    view = window.view("residents") or window.open_view("residents")
    model = view.model  # type: ignore[attr-defined]

    def report() -> None:
        QApplication.processEvents()
        print(SHOWN, flush=True)
        rss = resident_memory_kb()
        print(f"{RSS} {rss if rss is not None else 'n/a'}", flush=True)
        window.close()

    def filled() -> None:
        model.modelReset.disconnect(filled)
        QTimer.singleShot(0, report)

    model.modelReset.connect(filled)


def main(argv: list[str]) -> int:
    data_dir, username = argv
    with tempfile.TemporaryDirectory(prefix="kd-startup-settings-") as settings_dir:
        return app.run(
            data_dir,
            sign_in=lambda services: account_actor(services, username),
            on_window=report_when_filled,
            settings_file=Path(settings_dir) / "window.ini",
        )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

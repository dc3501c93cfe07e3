"""Composition root of the window: paths, services, translator, sign-in, main window."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from kelurahan_desk.composition import Services, open_services
from kelurahan_desk.core.data_folder import resolve_data_folder
from kelurahan_desk.core.services.permissions import Actor, Role


def run(data_dir: str | None, *, demo: bool = False) -> int:
    from PySide6.QtWidgets import QApplication

    from kelurahan_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    folder = resolve_data_folder(data_dir, demo=demo)
    services = open_services(folder)
    try:
        actor = Actor("", "system", "Sistem", Role.READ_ONLY)
        window = MainWindow(services, actor)
        window.show()
        return app.exec()
    finally:
        services.close()


def self_test(data_dir: str | None) -> int:
    """Offscreen: open (and migrate) a store, show the main window, close. Exit 0 when all of it worked."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kelurahan_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = resolve_data_folder(data_dir or str(Path(tmp) / "self-test"))
        services: Services = open_services(folder)
        try:
            window = MainWindow(services, Actor("", "self-test", "Uji diri", Role.READ_ONLY))
            window.show()
            app.processEvents()
            shown = window.isVisible()
            window.close()
        finally:
            services.close()
    print("self-test: ok" if shown else "self-test: window not shown")
    return 0 if shown else 1

"""The main window: navigation on the left, one view at a time on the right, status bar below."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from kelurahan_desk.composition import Services
from kelurahan_desk.core.services.permissions import Actor


class MainWindow(QMainWindow):
    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self._services = services
        self._actor = actor
        profile = services.office.profile()
        title = "Kelurahan Desk"
        if profile is not None:
            title += f" — Kelurahan {profile.village_name}"
            if profile.is_demo:
                title += " [DEMO]"
        self.setWindowTitle(title)
        self.setCentralWidget(QLabel(self.tr("Selamat datang di Kelurahan Desk")))
        self.resize(1200, 760)

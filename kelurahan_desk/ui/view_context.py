"""What every view gets: the services, the signed-in person, the task runner and the change notices."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.ui.task_runner import TaskRunner

if TYPE_CHECKING:
    from kelurahan_desk.composition import Services

# Topics of change notices. A view refreshes only when a topic it shows changed.
RESIDENTS = "residents"
ACCOUNTS = "accounts"
OFFICE = "office"
SETTINGS = "settings"


class ChangeNotices(QObject):
    """After an action the window says what changed (`changed.emit("residents")`); views listen."""

    changed = Signal(str)

    def notify(self, topic: str) -> None:
        self.changed.emit(topic)


@dataclass
class ViewContext:
    services: Services
    actor: Actor
    runner: TaskRunner
    notices: ChangeNotices
    settings: QSettings

"""Run in a separate process by the numbering tests: opens the same office folder and issues letters."""

from __future__ import annotations

from pathlib import Path

from kelurahan_desk.composition import open_services
from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.services.permissions import Actor


def issue_all(root: str, actor: Actor, letter_ids: list[str]) -> list[str]:
    """Issues each letter in its own transaction (as the window does) and returns the numbers given."""
    services = open_services(DataFolder(Path(root)), lock=False)
    try:
        return [services.letters.issue(actor, letter_id).number or "" for letter_id in letter_ids]
    finally:
        services.close()

"""Where an office's files live. One folder holds one office: the store, attachments, archive, backups."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "KelurahanDesk"
DATA_DIR_ENV = "KELURAHAN_DESK_DATA"


@dataclass(frozen=True)
class DataFolder:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "kelurahan.db"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def archive(self) -> Path:
        """Issued documents (letters, receipts, certificates), kept exactly as printed."""
        return self.root / "archive"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def create(self) -> DataFolder:
        for folder in (self.root, self.attachments, self.archive, self.backups, self.keys, self.logs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def default_root() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_folder(explicit: str | None = None, *, demo: bool = False) -> DataFolder:
    """`--data-dir` wins, then the environment variable, then the platform's user data folder.

    The demo office always lives in its own `demo` folder beside a real office, never inside it.
    """
    base = (
        Path(explicit)
        if explicit
        else Path(os.environ[DATA_DIR_ENV])
        if os.environ.get(DATA_DIR_ENV)
        else None
    )
    if base is None:
        base = default_root() / ("demo" if demo else "office")
    return DataFolder(base.expanduser().resolve())

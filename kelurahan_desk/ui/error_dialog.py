"""How errors reach the clerk: expected ones as a short message, unexpected ones logged and shown in full.

Expected errors (`DeskError`: validation, permission, sign-in, store) get the translated text of
`error_messages`. Anything else is written with its traceback to a rotating log in the data folder's
`logs/` and shown in a dialog with the details and a button that copies them for the helpdesk.
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.services.store_failures import store_failure
from kelurahan_desk.ui.error_messages import is_expected, message_for

LOG_NAME = "kelurahan-desk.log"
log = logging.getLogger("kelurahan_desk")


def configure_error_log(folder: Path) -> Path:
    """Rotating log (1 MB × 5) in `folder`; returns the log file's path. Safe to call twice."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    for handler in log.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def log_file() -> Path | None:
    for handler in log.handlers:
        if isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return None


class UnexpectedErrorDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kesalahan tak terduga"))
        self.details = details
        intro = QLabel(
            self.tr(
                "Terjadi kesalahan yang tidak terduga. Data yang sudah tersimpan tetap aman.\n"
                "Jika terjadi lagi, salin rinciannya dan kirim ke petugas TI."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        where = log_file()
        if where is not None:
            saved = QLabel(self.tr("Catatan kesalahan disimpan di: {path}").format(path=where))
            saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            saved.setWordWrap(True)
            layout.addWidget(saved)
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setMinimumSize(560, 220)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        self.copy_button = QPushButton(self.tr("Salin rincian"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Tersalin"))


def format_exception(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def show_error(parent: QWidget | None, exc: BaseException, *, title: str | None = None) -> None:
    """Tell the clerk about `exc`: a short message for expected errors, the full dialog otherwise. A store
    that is damaged or a disk that failed under a read is told plainly too (the details go to the log)."""
    plain = None if is_expected(exc) else store_failure(exc)
    if plain is not None:
        log.warning("storage failure\n%s", format_exception(exc))
        exc = plain
    if is_expected(exc):
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title or QApplication.translate("ErrorDialog", "Tidak dapat dilanjutkan"))
        box.setText(message_for(exc))
        _present(box, parent)
        return
    details = format_exception(exc)
    log.error("unexpected error\n%s", details)
    _present(UnexpectedErrorDialog(details, parent), parent)


def _present(dialog: QDialog, parent: QWidget | None) -> None:
    """Window-modal and non-blocking when there is a parent to own the dialog; blocking otherwise."""
    if parent is None:
        dialog.exec()
        return
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


class ExceptHook:
    """`sys.excepthook` for the window: log every uncaught exception and show it; never recurse."""

    def __init__(self) -> None:
        self._showing = False
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def __call__(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, exc, tb)
            return
        details = "".join(traceback.format_exception(kind, exc, tb))
        log.error("uncaught exception\n%s", details)
        if self._showing or QApplication.instance() is None:
            sys.stderr.write(details)
            return
        self._showing = True
        try:
            if is_expected(exc):
                show_error(QApplication.activeWindow(), exc)
            else:
                UnexpectedErrorDialog(details, QApplication.activeWindow()).exec()
        finally:
            self._showing = False

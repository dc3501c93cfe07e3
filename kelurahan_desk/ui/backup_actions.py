"""The Backup menu entries: back up to a chosen folder (e.g. a USB stick) and restore from a file; and the
daily automatic backup after sign-in.

They call the backup service (`services.backup`: `backup_to(actor, folder)`, `restore_from(actor, file)`,
`auto_backup_if_due()`) in the background. Before a restore asks anything, the chosen file is checked and
described (`summarize(actor, file)`: its office and newest change), so a wrong file is refused at once and
the right one can be recognised. Without that service the entries stay disabled and say why.
The automatic backup starts a few seconds after sign-in (the first view is filled first) and never asks
anything: how it went shows in the status bar, a failure stays there until the next backup works.
"""

from __future__ import annotations

from collections.abc import Callable
from inspect import getattr_static
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from kelurahan_desk.core.errors import DeskError
from kelurahan_desk.core.services.permissions import Permission
from kelurahan_desk.ui.backup_texts import backup_file_filter, backup_summary_text, replacing_text, restore_notes
from kelurahan_desk.ui.elided_label import ElidedLabel
from kelurahan_desk.ui.error_dialog import log
from kelurahan_desk.ui.error_messages import is_expected, message_for
from kelurahan_desk.ui.label_look import set_text_color
from kelurahan_desk.ui.message_boxes import ask, inform
from kelurahan_desk.ui.view_context import ViewContext

LAST_FOLDER_KEY = "backup/last_folder"
AUTO_BACKUP_DELAY_MS = 5000
SHOWN_MS = 15_000
PROBLEM_MIN_CHARACTERS = 60
"""A failed automatic backup keeps this much of its message in a narrow status bar; the other labels elide."""


class BackupActions(QObject):
    def __init__(self, window: QMainWindow, context: ViewContext, on_restored: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._on_restored = on_restored
        self.backup_action = QAction(self.tr("&Cadangkan data…"), window)
        self.restore_action = QAction(self.tr("&Pulihkan dari cadangan…"), window)
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action.triggered.connect(self.restore)
        self.auto_backup_problem = ElidedLabel(min_characters=PROBLEM_MIN_CHARACTERS)
        self.auto_backup_problem.setObjectName("auto_backup_problem")
        set_text_color(self.auto_backup_problem, "#b00020")
        self.auto_backup_problem.setContentsMargins(8, 0, 8, 0)
        self.auto_backup_problem.setVisible(False)
        window.statusBar().addWidget(self.auto_backup_problem, 1)
        actor = context.actor
        if not self.available:
            why = self.tr("Pencadangan belum tersedia di versi ini.")
            for action in (self.backup_action, self.restore_action):
                action.setEnabled(False)
                action.setStatusTip(why)
                action.setToolTip(why)
            return
        self.backup_action.setEnabled(actor.can(Permission.BACKUP))
        self.restore_action.setEnabled(actor.can(Permission.RESTORE))

    @property
    def service(self) -> Any:
        return getattr(self._context.services, "backup", None)

    @property
    def available(self) -> bool:
        """Whether there is a backup service, without making it (it is made when first used)."""
        return getattr_static(self._context.services, "backup", None) is not None

    def start_auto_backup(self, delay_ms: int | None = None) -> None:
        """Makes the daily backup if none is from today yet, `delay_ms` (default `AUTO_BACKUP_DELAY_MS`) after
        this call, in the background."""
        if self.available:
            QTimer.singleShot(AUTO_BACKUP_DELAY_MS if delay_ms is None else delay_ms, self, self._auto_backup)

    def _auto_backup(self) -> None:
        service = self.service
        self._context.runner.run(
            lambda _task: service.auto_backup_if_due(),
            on_done=self._auto_backed_up,
            on_error=self._auto_backup_failed,
        )

    def _auto_backed_up(self, info: Any) -> None:
        self.auto_backup_problem.setVisible(False)
        if info is not None:
            self._window.statusBar().showMessage(
                self.tr("Cadangan otomatis harian dibuat: {name}").format(name=info.path.name), SHOWN_MS
            )

    def _auto_backup_failed(self, exc: BaseException) -> None:
        if not is_expected(exc):
            log.error("automatic backup failed", exc_info=exc)
        self.auto_backup_problem.setText(self.tr("Cadangan otomatis gagal: {why}").format(why=message_for(exc)))
        self.auto_backup_problem.setToolTip(
            self.tr(
                "Cadangan harian di folder data tidak dibuat. Buat cadangan lewat menu Berkas, lalu periksa ruang disk."
            )
        )
        self.auto_backup_problem.setVisible(True)

    def back_up(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from kelurahan_desk.ui.task_progress import run_with_progress

        settings = self._context.settings
        start = str(settings.value(LAST_FOLDER_KEY, "") or Path.home())  # a flash drive, not the data folder
        folder = QFileDialog.getExistingDirectory(
            self._window, self.tr("Pilih folder cadangan (misalnya flashdisk)"), start
        )
        if not folder:
            return
        settings.setValue(LAST_FOLDER_KEY, folder)
        actor = self._context.actor
        service = self.service
        run_with_progress(
            self._window,
            self._context.runner,
            self.tr("Mencadangkan data…"),
            lambda _task: service.backup_to(actor, Path(folder)),
            self._backed_up,
            cancellable=False,
        )

    def _backed_up(self, info: Any) -> None:
        text = self.tr("Data sudah dicadangkan ke:\n{path}").format(path=info.path)
        damaged = len(info.attachments.damaged) if info.attachments is not None else 0
        if damaged:
            text += "\n\n" + self.tr(
                "{count} berkas lampiran di folder data RUSAK dan tidak ikut dicadangkan. "
                "Hubungi petugas TI; cadangan data lainnya lengkap."
            ).format(count=damaged)
        inform(self._window, self.tr("Cadangan selesai"), text)

    def restore(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from kelurahan_desk.ui.confirm_password_dialog import confirm_password
        from kelurahan_desk.ui.task_progress import run_with_progress

        start = str(self._context.settings.value(LAST_FOLDER_KEY, "") or self._context.services.folder.backups)
        file, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Pilih berkas cadangan"),
            start,
            backup_file_filter(),
        )
        if not file:
            return
        title = self.tr("Pulihkan dari cadangan")
        try:
            summary = self.service.summarize(self._context.actor, Path(file))
        except DeskError as exc:
            inform(self._window, title, message_for(exc), warning=True)
            return
        if not ask(
            self._window,
            title,
            backup_summary_text(Path(file).name, summary, self._office_code())
            + "\n\n"
            + replacing_text(summary)
            + "\n"
            + self.tr("Lanjutkan?"),
            self.tr("Pulihkan"),
            self.tr("Batal"),
        ):
            return
        services = self._context.services
        if not confirm_password(
            self._window, services.accounts, self._context.actor, self.tr("Pemulihan data perlu kata sandi Anda.")
        ):
            return
        actor = self._context.actor
        service = self.service
        run_with_progress(
            self._window,
            self._context.runner,
            self.tr("Memulihkan data…"),
            lambda _task: service.restore_from(actor, Path(file)),
            self._restored,
            cancellable=False,
            write=True,
        )

    def _office_code(self) -> str | None:
        profile = self._context.services.office.profile()  # a backup is restored only into its own office
        return profile.code if profile is not None else None

    def _restored(self, info: Any) -> None:
        lines = [self.tr("Data sudah dipulihkan. Silakan masuk kembali.")]
        if info.kept_aside is not None:
            lines.append(self.tr("Data sebelumnya disimpan sebagai:\n{path}").format(path=info.kept_aside))
        if info.attachments is not None:
            lines.append(
                self.tr("Lampiran: {copied} dikembalikan, {present} sudah ada.").format(
                    copied=info.attachments.copied, present=info.attachments.present
                )
            )
        lines += restore_notes(info)
        inform(self._window, self.tr("Pemulihan selesai"), "\n\n".join(lines))
        self._on_restored()

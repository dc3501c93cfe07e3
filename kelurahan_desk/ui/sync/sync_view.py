"""Sinkronisasi: where this office stands with HQ, every rejected change with its reason, the conflicts
list, and the actions: sync now, enrol, USB export and import. Nothing here blocks the window: rounds,
enrolment and USB run on the task runner."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.errors import DeskError
from kelurahan_desk.core.services.permissions import Permission
from kelurahan_desk.core.services.sync_status import SyncRoundResult, SyncStatus
from kelurahan_desk.ui.error_dialog import show_error
from kelurahan_desk.ui.message_boxes import inform
from kelurahan_desk.ui.sync.enrol_dialog import EnrolDialog
from kelurahan_desk.ui.sync.sync_scheduler import SYNC, SyncScheduler
from kelurahan_desk.ui.sync.sync_tables import ConflictTable, RejectionTable
from kelurahan_desk.ui.sync.sync_texts import clock_text, downloads_text, queue_text, round_error_text, when
from kelurahan_desk.ui.task_progress import run_with_progress
from kelurahan_desk.ui.view_context import ViewContext

USB_FOLDER_KEY = "sync/usb_folder"


class SyncView(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.scheduler = SyncScheduler.of(context)
        self._zone = context.services.clock.zone
        heading = QLabel(self.tr("Sinkronisasi dengan HQ"))
        heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.state_label = QLabel()
        self.state_label.setStyleSheet("font-weight: bold;")
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, title in (
            ("hq", self.tr("HQ")),
            ("connected", self.tr("Koneksi")),
            ("last_success", self.tr("Terakhir berhasil")),
            ("waiting", self.tr("Menunggu dikirim")),
            ("downloads", self.tr("Unduhan diterapkan")),
            ("rejected", self.tr("Perubahan ditolak")),
            ("conflicts", self.tr("Konflik")),
            ("clock", self.tr("Selisih jam dengan HQ")),
            ("audit", self.tr("Jejak audit di HQ")),
        ):
            self.fields[key] = QLabel("-")
            self.fields[key].setWordWrap(True)
            form.addRow(title, self.fields[key])
        self.sync_button = QPushButton(self.tr("&Sinkronkan sekarang"))
        self.enrol_button = QPushButton(self.tr("&Daftarkan ke HQ…"))
        self.export_button = QPushButton(self.tr("&Ekspor ke flashdisk…"))
        self.import_button = QPushButton(self.tr("&Impor dari flashdisk…"))
        buttons = QHBoxLayout()
        for button in (self.sync_button, self.enrol_button, self.export_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.rejections = RejectionTable(self._zone)
        self.conflicts = ConflictTable(self._zone)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.rejections, self.tr("Perubahan ditolak"))
        self.tabs.addTab(self.conflicts, self.tr("Konflik"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.state_label)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)

        self.sync_button.clicked.connect(self.sync_now)
        self.enrol_button.clicked.connect(self.enrol)
        self.export_button.clicked.connect(self.export_usb)
        self.import_button.clicked.connect(self.import_usb)
        self.scheduler.state_changed.connect(self._show_state)
        self.scheduler.status_changed.connect(self._show_status)
        context.notices.changed.connect(lambda topic: self.reload() if topic == SYNC else None)
        self._show_state(self.scheduler.state)
        self.reload()

    @property
    def service(self) -> Any:
        return getattr(self._context.services, "sync", None)

    def focus_first(self) -> None:
        self.sync_button.setFocus()

    def reload(self) -> None:
        status = self.scheduler.refresh_status()
        if status is None:
            return
        try:
            self.rejections.show_rows(self.service.rejections(self._context.actor))
            self.conflicts.show_rows(self.service.conflicts(self._context.actor))
        except DeskError as exc:
            show_error(self, exc)
        self.tabs.setTabText(0, self.tr("Perubahan ditolak ({n})").format(n=status.rejected_count))
        self.tabs.setTabText(1, self.tr("Konflik ({n})").format(n=status.conflict_count))

    # --- showing --------------------------------------------------------------------------------

    def _show_state(self, state: str) -> None:
        texts = {
            "not_enrolled": self.tr("Kantor ini belum terdaftar di HQ."),
            "idle": self.tr("Siap."),
            "syncing": self.tr("Sedang menyinkronkan dengan HQ…"),
            "done": self.tr("Selesai: semua perubahan sudah sampai di HQ dan semua kiriman HQ sudah diterapkan."),
            "incomplete": self.tr("Sebagian belum selesai; akan dicoba lagi otomatis."),
            "offline": self.tr("Tidak terhubung ke HQ; semua perubahan tetap tersimpan dan akan dikirim nanti."),
            "error": self.tr("Terhenti: {error}").format(error=round_error_text(self.scheduler.error)),
        }
        self.state_label.setText(texts.get(state, state))
        enrolled = self.scheduler.last_status is not None and self.scheduler.last_status.enrolled
        can_sync = self.scheduler.can_sync
        self.sync_button.setEnabled(enrolled and can_sync and state != "syncing")
        self.export_button.setEnabled(enrolled and can_sync and state != "syncing")
        self.import_button.setEnabled(enrolled and can_sync and state != "syncing")
        self.enrol_button.setEnabled(self.service is not None and self._context.actor.can(Permission.MANAGE_OFFICE)
                                     and state != "syncing")

    def _show_status(self, status: SyncStatus) -> None:
        f = self.fields
        f["hq"].setText(status.hq_url or self.tr("belum terdaftar"))
        f["connected"].setText(self.tr("terhubung") if status.connected else self.tr("tidak terhubung"))
        f["last_success"].setText(when(status.last_success_at, self._zone))
        f["waiting"].setText(queue_text(status))
        f["downloads"].setText(downloads_text(status))
        f["rejected"].setText(str(status.rejected_count))
        f["conflicts"].setText(str(status.conflict_count))
        f["clock"].setText(clock_text(status))
        f["clock"].setStyleSheet("color: #b00020;" if status.clock_warning else "")
        f["audit"].setText({"ok": self.tr("utuh"), "break": self.tr("TERPUTUS — hubungi HQ"),
                            "none": "-"}.get(status.audit_status, status.audit_status))
        self._show_state(self.scheduler.state)

    # --- actions --------------------------------------------------------------------------------

    def sync_now(self) -> None:
        self.scheduler.sync_now()

    def enrol(self) -> None:
        dialog = EnrolDialog(self._context, self)
        if dialog.exec() and dialog.result_status is not None:
            self.reload()
            self.scheduler.start()
            inform(self, self.tr("Terdaftar"), self.tr("Kantor ini sudah terdaftar di HQ {url}.").format(
                url=dialog.result_status.hq_url))

    def _choose_folder(self, title: str) -> Path | None:
        start = str(self._context.settings.value(USB_FOLDER_KEY, "") or Path.home())
        folder = QFileDialog.getExistingDirectory(self, title, start)
        if not folder:
            return None
        self._context.settings.setValue(USB_FOLDER_KEY, folder)
        return Path(folder)

    def export_usb(self) -> None:
        folder = self._choose_folder(self.tr("Pilih folder flashdisk untuk kiriman ke HQ"))
        if folder is not None:
            self.export_to(folder)

    def export_to(self, folder: Path) -> None:
        service, actor = self.service, self._context.actor

        def done(result: Any) -> None:
            self.reload()
            inform(self, self.tr("Kiriman ke HQ ditulis"), self.tr(
                "Ditulis ke {folder}: {batches} paket ({changes} perubahan) dan {files} lampiran. "
                "Bawa flashdisk ini ke HQ.").format(folder=result.folder, batches=result.batches,
                                                    changes=result.changes, files=result.attachments))

        run_with_progress(self, self._context.runner, self.tr("Menulis kiriman ke flashdisk…"),
                          lambda _task: service.export_usb(actor, folder), done, cancellable=False, write=True)

    def import_usb(self) -> None:
        folder = self._choose_folder(self.tr("Pilih folder flashdisk berisi balasan HQ"))
        if folder is not None:
            self.import_from(folder)

    def import_from(self, folder: Path) -> None:
        service, actor = self.service, self._context.actor

        def done(result: Any) -> None:
            self.reload()
            self._context.notices.notify(SYNC)
            text = self.tr("Diterima {acks} tanda terima dan {changes} perubahan dari HQ.").format(
                acks=result.acknowledged, changes=result.changes_downloaded)
            if result.problems:
                text += "\n" + self.tr("Berkas yang dilewati: {n}").format(n=len(result.problems))
            inform(self, self.tr("Balasan HQ dibaca"), text)

        run_with_progress(self, self._context.runner, self.tr("Membaca balasan HQ dari flashdisk…"),
                          lambda _task: service.import_usb(actor, folder), done, cancellable=False, write=True)

    def last_round(self) -> SyncRoundResult | None:
        return self.scheduler.last_result

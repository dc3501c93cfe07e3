"""One case: what it is about, its deadline, its photos, its history, and the steps that may be taken now.

Only the steps the rules allow in the case's state, and the signed-in person's role, get a button (Alt
plus the underlined letter); they wrap onto more lines in a narrow panel. After a step the panel shows the
case as stored and emits `changed`. The history names this office's people by their full names.
"Cetak tanda terima" writes the receipt into the office archive, then opens it or prints it straight to a
printer chosen in the print dialog, at true size.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.domain.case_states import CaseAction
from kelurahan_desk.core.services.accounts import AccountService
from kelurahan_desk.core.services.case_details import ACTION_PERMISSION
from kelurahan_desk.core.services.case_views import CaseDetail
from kelurahan_desk.core.services.permissions import Actor, Permission
from kelurahan_desk.ui.cases.action_dialog import CaseActionDialog
from kelurahan_desk.ui.cases.case_labels import (
    ACTIONS,
    CHANNELS,
    DELIVERY,
    KINDS,
    MARKS,
    PHOTO_ROLES,
    STAGES,
    STATES,
    days_left_text,
    label,
    long_date,
)
from kelurahan_desk.ui.cases.flow_layout import FlowLayout
from kelurahan_desk.ui.cases.photo_strip import PhotoStrip
from kelurahan_desk.ui.cases.receipt_printing import choose_printer, print_pdf
from kelurahan_desk.ui.error_dialog import show_error
from kelurahan_desk.ui.view_context import ViewContext

HQ_EVENT = "central_reference"
"""Present in the details of the steps HQ took (routing a case): their actor is an HQ account, not ours."""
HISTORY_COLUMN_CHARACTERS = 16
"""The who and step columns of the history fit their text up to this many characters (longer wraps); notes get
the rest of the width and wrap."""
MARK_STYLE = {"overdue": "color: #b00020; font-weight: bold;", "due_soon": "color: #8a5a00; font-weight: bold;"}


def full_names(accounts: AccountService, actor: Actor) -> dict[str, str]:
    """User name -> full name, of this office's accounts."""
    return {account.username: account.full_name for account in accounts.list_accounts(actor)}


def open_file(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class CaseDetailPanel(QWidget):
    changed = Signal(str)  # case id

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.case: CaseDetail | None = None
        self.full_names: dict[str, str] = {}
        self.open_file = open_file
        self.choose_printer = choose_printer
        self.title = QLabel(self.tr("Pilih kasus di daftar."))
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.state_line = QLabel()
        self.state_line.setWordWrap(True)
        self.due_line = QLabel()
        self.due_line.setWordWrap(True)
        self.facts = QFormLayout()
        self.photos = PhotoStrip(editable=False)
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Waktu"), self.tr("Oleh"), self.tr("Tindakan"), self.tr("Catatan")]
        )
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.history.setTabKeyNavigation(False)
        self.history.setWordWrap(True)  # a name or a note wraps onto more lines instead of ending in "…"
        self.history.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.horizontalHeader().sectionResized.connect(lambda *_: self.history.resizeRowsToContents())
        self.action_bar = FlowLayout()
        self.receipt_button = QPushButton(self.tr("Cetak tanda te&rima"))
        menu = QMenu(self.receipt_button)
        menu.addAction(self.tr("A5"), lambda: self.print_receipt("a5"))
        menu.addAction(self.tr("Kertas struk 80 mm"), lambda: self.print_receipt("thermal"))
        menu.addSeparator()
        menu.addAction(self.tr("Cetak A5 ke printer…"), lambda: self.print_receipt_to_printer("a5"))
        menu.addAction(self.tr("Cetak struk 80 mm ke printer…"), lambda: self.print_receipt_to_printer("thermal"))
        self.receipt_button.setMenu(menu)
        self.receipt_button.setVisible(context.actor.can(Permission.HANDLE_CASES))
        self.action_buttons: dict[CaseAction, QPushButton] = {}
        self.waiting_line = QLabel()
        self.waiting_line.setWordWrap(True)
        self.waiting_line.setStyleSheet("color: palette(mid);")

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.receipt_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state_line)
        layout.addWidget(self.due_line)
        layout.addLayout(self.facts)
        self.photos_title = QLabel(self.tr("Foto dan pindaian"))
        layout.addWidget(self.photos_title)
        layout.addWidget(self.photos)
        layout.addWidget(QLabel(self.tr("Riwayat dan tindak lanjut")))
        layout.addWidget(self.history, 1)
        layout.addWidget(self.waiting_line)
        layout.addLayout(self.action_bar)
        self.show_case(None)
        self.load_full_names()

    def case_id(self) -> str | None:
        return self.case.id if self.case else None

    def load(self, case_id: str) -> None:
        """Reads the case, and the names of the people in its history as they are now."""
        services, actor = self._context.services, self._context.actor

        def work(_task: object) -> tuple[CaseDetail, dict[str, str]]:
            return services.cases.get(actor, case_id), full_names(services.accounts, actor)

        self._context.runner.run(work, on_done=self._loaded, on_error=lambda e: show_error(self, e))

    def _loaded(self, found: tuple[CaseDetail, dict[str, str]]) -> None:
        case, self.full_names = found
        self.show_case(case)

    def load_full_names(self) -> None:
        accounts, actor = self._context.services.accounts, self._context.actor
        self._context.runner.run(
            lambda _task: full_names(accounts, actor),
            on_done=self._names_loaded,
            on_error=lambda e: show_error(self, e),
        )

    def _names_loaded(self, names: dict[str, str]) -> None:
        self.full_names = names
        if self.case is not None:
            self._show_history(self.case)

    def show_case(self, case: CaseDetail | None) -> None:
        self.case = case
        self._clear()
        if case is None:
            self.title.setText(self.tr("Pilih kasus di daftar."))
            self.receipt_button.setEnabled(False)
            return
        lc = case.lifecycle
        self.receipt_button.setEnabled(True)
        self.title.setText(f"{case.number}")
        flags = []
        if lc.escalated_on:
            flags.append(self.tr("⚑ dieskalasi {day}").format(day=long_date(lc.escalated_on)))
        if lc.objection_open:
            flags.append(self.tr("keberatan menunggu jawaban"))
        if case.closed_for_good:
            flags.append(self.tr("ditutup"))
        self.state_line.setText(
            " · ".join([label(KINDS, lc.kind.value), case.category, label(STATES, lc.state.value), *flags])
        )
        self._show_due(case)
        self._show_facts(case)
        self._show_photos(case)
        self._show_history(case)
        self._show_actions(case)

    def _clear(self) -> None:
        while self.facts.rowCount():
            self.facts.removeRow(0)
        self.photos.clear()
        self.history.setRowCount(0)
        for button in self.action_buttons.values():
            self.action_bar.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.action_buttons.clear()
        self.waiting_line.clear()
        self.waiting_line.setVisible(False)
        self.state_line.clear()
        self.due_line.clear()

    def _show_due(self, case: CaseDetail) -> None:
        due, lc = case.due, case.lifecycle
        if due.due_on is None:
            text = self.tr("Tidak ada tenggat berjalan. Dijanjikan: {day}.").format(day=long_date(lc.promised_on))
        else:
            text = self.tr("Tenggat {stage}: {day} ({left}). Dijanjikan: {promised}.").format(
                stage=label(STAGES, lc.due_stage.value),
                day=long_date(due.due_on),
                left=days_left_text(due.working_days_left),
                promised=long_date(lc.promised_on),
            )
            mark = label(MARKS, due.mark.value)
            if mark:
                text = f"{mark.upper()} — {text}"
        self.due_line.setText(text)
        self.due_line.setStyleSheet(MARK_STYLE.get(due.mark.value, ""))

    def _fact(self, title: str, value: str) -> None:
        if value:
            shown = QLabel(value)
            shown.setWordWrap(True)
            self.facts.addRow(title, shown)

    def _show_facts(self, case: CaseDetail) -> None:
        lc = case.lifecycle
        if case.anonymous:
            who = self.tr("Anonim")
        elif case.identity_hidden:
            who = self.tr("Dirahasiakan")
        else:
            who = " · ".join(p for p in (case.citizen_name, case.citizen_nik, case.citizen_phone) if p)
            if case.confidential:
                who += self.tr(" (dirahasiakan di daftar)")
        place = ", ".join(
            p
            for p in (
                case.address,
                f"RT {case.rt:03d} RW {case.rw:03d}" if case.rt and case.rw else "",
                f"{case.latitude:.6f}, {case.longitude:.6f}" if case.latitude is not None else "",
            )
            if p
        )
        self._fact(self.tr("Pelapor"), who)
        self._fact(self.tr("Diterima"), f"{long_date(lc.received_on)} · {label(CHANNELS, case.channel)}")
        self._fact(self.tr("Uraian"), case.description)
        self._fact(self.tr("Lokasi"), place)
        self._fact(self.tr("Informasi diminta"), case.info_requested)
        self._fact(self.tr("Tujuan"), case.info_purpose)
        self._fact(self.tr("Cara memperoleh"), label(DELIVERY, case.info_delivery) if case.info_delivery else "")
        self._fact(self.tr("Ditangani"), " · ".join(p for p in (case.assignee_name, lc.assigned_unit) if p))
        self._fact(self.tr("Perpanjangan"), lc.extension_notice)
        self._fact(self.tr("Jawaban"), lc.resolution)
        self._fact(self.tr("Alasan ditolak"), lc.reject_reason)
        self._fact(self.tr("Diteruskan ke"), lc.forwarded_to)
        self._fact(self.tr("Duplikat dari"), case.duplicate_of_number)
        if lc.objection_filed_on:
            self._fact(self.tr("Keberatan"), f"{long_date(lc.objection_filed_on)}: {lc.objection_reason}")
            self._fact(self.tr("Jawaban keberatan"), lc.objection_answer)
        if lc.reopen_until and not case.closed_for_good:
            self._fact(self.tr("Dapat dibuka kembali"), self.tr("sampai {day}").format(day=long_date(lc.reopen_until)))

    def _show_photos(self, case: CaseDetail) -> None:
        """The files are read in the background; a case chosen meanwhile keeps its own photos."""
        self.photos.setVisible(bool(case.attachments))
        self.photos_title.setVisible(bool(case.attachments))
        if not case.attachments:
            return
        cases, actor, zone = self._context.services.cases, self._context.actor, self._context.services.clock.zone
        not_here = self.tr("belum terunduh dari HQ")

        def read(sha256: str) -> bytes:
            try:
                return cases.attachment_bytes(actor, sha256)
            except FileNotFoundError:  # a photo of a case HQ routed here, still on its way
                return b""

        def work(_task: object) -> list[tuple[str, bytes, str]]:
            files = [(a, read(a.sha256)) for a in case.attachments]
            return [
                (
                    a.original_name,
                    data,
                    f"{label(PHOTO_ROLES, a.role)}\n{a.added_at.astimezone(zone):%d-%m-%Y}"
                    + ("" if data else f"\n{not_here}"),
                )
                for a, data in files
            ]

        def show(files: list[tuple[str, bytes, str]]) -> None:
            if self.case is not None and self.case.id == case.id and self.photos.count() == 0:
                for name, data, caption in files:
                    self.photos.add_bytes(name, data, caption)

        self._context.runner.run(work, on_done=show, on_error=lambda e: show_error(self, e))

    def _show_history(self, case: CaseDetail) -> None:
        zone = self._context.services.clock.zone
        self.history.setRowCount(0)
        self.history.setRowCount(len(case.events))
        for row, event in enumerate(case.events):
            hidden = ("assignee_id", "duplicate_of_id", "history", "routed_to_case", "routed_from_case")
            details = [str(v) for k, v in event.details.items() if k not in hidden]
            note = "\n".join(p for p in (event.note, *details, *self._earlier_history(event.details)) if p)
            if event.attachments:
                roles = ", ".join(label(PHOTO_ROLES, a.role) for a in event.attachments)
                note = (note + "\n" + self.tr("[foto: {roles}]").format(roles=roles)).strip()
            who = event.actor if HQ_EVENT in event.details else self.full_names.get(event.actor, event.actor)
            texts = (f"{event.at.astimezone(zone):%d-%m-%Y %H.%M}", who, label(ACTIONS, event.action), note)
            for column, text in enumerate(texts):
                self.history.setItem(row, column, QTableWidgetItem(text))
            self.history.item(row, 1).setToolTip(who if who == event.actor else f"{who} ({event.actor})")
            self.history.item(row, 3).setToolTip(note)
        widest = self.history.fontMetrics().averageCharWidth() * HISTORY_COLUMN_CHARACTERS
        self.history.resizeColumnToContents(0)
        for column in (1, 2):
            self.history.resizeColumnToContents(column)
            self.history.setColumnWidth(column, min(self.history.columnWidth(column), widest))
        self.history.resizeRowsToContents()

    def _earlier_history(self, details: dict) -> list[str]:
        """The steps a case routed here by HQ went through at the office it came from."""
        steps = details.get("history")
        if not isinstance(steps, list) or not steps:
            return []
        zone = self._context.services.clock.zone
        lines = [self.tr("Riwayat di kantor asal:")]
        for step in steps:
            if not isinstance(step, dict):
                continue
            try:
                at = datetime.fromisoformat(str(step.get("at"))).astimezone(zone).strftime("%d-%m-%Y %H.%M")
            except ValueError:
                at = ""
            note = f" — {step['note']}" if step.get("note") else ""
            lines.append(f"{at} {step.get('actor', '')}: {label(ACTIONS, str(step.get('action', '')))}{note}")
        return lines

    def _show_actions(self, case: CaseDetail) -> None:
        self._show_waiting(case)
        used: set[str] = set()
        for action in case.allowed_actions:
            text = label(ACTIONS, action.value)
            letter = next((c for c in text if c.isalpha() and c.lower() not in used), "")
            used.add(letter.lower())
            button = QPushButton(text.replace(letter, "&" + letter, 1) if letter else text)
            button.clicked.connect(lambda _c=False, a=action: self.start_action(a))
            self.action_bar.addWidget(button)
            self.action_buttons[action] = button

    def _show_waiting(self, case: CaseDetail) -> None:
        """With no step of its own to take, the account is told who takes the next one, and which."""
        if case.allowed_actions or not case.others_may:
            return
        verifying = [a for a in case.others_may if ACTION_PERMISSION[a] == Permission.VERIFY_CASES]
        handling = [a for a in case.others_may if ACTION_PERMISSION[a] == Permission.HANDLE_CASES]
        steps, text = (
            (verifying, self.tr("Menunggu kasi atau lurah: {steps}."))
            if verifying
            else (handling, self.tr("Menunggu petugas yang menangani: {steps}."))
        )
        if steps:
            self.waiting_line.setText(text.format(steps=", ".join(label(ACTIONS, a.value) for a in steps)))
            self.waiting_line.setVisible(True)

    def start_action(self, action: CaseAction) -> CaseActionDialog | None:
        if self.case is None:
            return None
        dialog = CaseActionDialog(self._context, self.case, action, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._acted(dialog))
        dialog.open()
        return dialog

    def _acted(self, dialog: CaseActionDialog) -> None:
        if dialog.result_detail is not None:
            self.show_case(dialog.result_detail)
            self.changed.emit(dialog.result_detail.id)

    def print_receipt(self, size: str) -> Path | None:
        if self.case is None:
            return None
        try:
            path = self._context.services.cases.save_receipt(self._context.actor, self.case.id, size)  # type: ignore[arg-type]
        except Exception as error:
            show_error(self, error)
            return None
        self.open_file(path)
        return path

    def print_receipt_to_printer(self, size: str) -> int:
        """Keeps the receipt in the archive as printed, then prints it; returns the pages printed (0: none)."""
        if self.case is None:
            return 0
        try:
            path = self._context.services.cases.save_receipt(self._context.actor, self.case.id, size)  # type: ignore[arg-type]
            pdf = path.read_bytes()
            printer = self.choose_printer(self, pdf)
            return print_pdf(pdf, printer) if printer is not None else 0
        except Exception as error:
            show_error(self, error)
            return 0

    def refresh(self) -> None:
        if self.case is not None:
            self.load(self.case.id)

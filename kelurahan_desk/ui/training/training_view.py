"""The training screen: choose a programme; register residents (found by NIK or name) — past the quota
they join the waiting list, and a cancelled seat goes to the first waiting at once; sessions and their
attendance; certificates issued as a batch with progress, saved as one PDF; lists as PDF and Excel;
what came of the training for each participant; registration closed, reopened, or the programme finished."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.permissions import Permission
from kelurahan_desk.core.services.training_views import (
    OUTCOME_KINDS,
    PROGRAMME_STATUSES,
    ProgrammeView,
    RegistrationView,
)
from kelurahan_desk.ui.error_dialog import show_error
from kelurahan_desk.ui.input_prompts import ask_choice, ask_text
from kelurahan_desk.ui.message_boxes import inform
from kelurahan_desk.ui.programme_labels import label
from kelurahan_desk.ui.record_table_model import (
    CENTRE,
    Column,
    RecordTableModel,
    enable_on_selection,
    place,
    record_table_view,
    selected_rows,
)
from kelurahan_desk.ui.task_progress import run_with_progress
from kelurahan_desk.ui.training.training_dialogs import AttendanceDialog, OutcomeDialog, ProgrammeDialog, SessionDialog
from kelurahan_desk.ui.view_context import ViewContext

ROLE_ID = 256


def status_text(r: RegistrationView) -> str:
    if r.status == "cadangan":
        return label("Daftar tunggu {n}").format(n=r.waiting_position)
    return label({"peserta": "Peserta", "batal": "Batal"}[r.status])


class TrainingView(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.training = context.services.programmes.training
        self.actor = context.actor
        self.programme: ProgrammeView | None = None
        self.outcomes: dict[str, list[str]] = {}

        self.programme_box = QComboBox()
        self.programme_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.programme_box.setMinimumContentsLength(20)
        self.new_button = QPushButton(self.tr("Program &baru…"))
        self.new_button.setVisible(self.actor.can(Permission.MANAGE_PROGRAMMES))
        self.edit_button = QPushButton(self.tr("&Ubah program…"))
        self.edit_button.setVisible(self.actor.can(Permission.MANAGE_PROGRAMMES))
        self.status_button = QPushButton(self.tr("S&tatus program…"))
        self.status_button.setVisible(self.actor.can(Permission.MANAGE_PROGRAMMES))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.notice = QLabel()  # who moved up from the waiting list after the quota was raised
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.notice.hide()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Pelatihan:")))
        top.addWidget(self.programme_box, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.status_button)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("NIK atau nama penduduk, lalu Enter"))
        self.found = QListWidget()
        self.register_button = QPushButton(self.tr("&Daftarkan"))
        register = QGroupBox(self.tr("Pendaftaran"))
        register_layout = QVBoxLayout(register)
        register_layout.addWidget(self.search)
        register_layout.addWidget(self.found, 1)
        register_layout.addWidget(self.register_button)
        register.setVisible(self.actor.can(Permission.MANAGE_PROGRAMMES))

        self.model: RecordTableModel[RegistrationView] = RecordTableModel(
            [
                Column(label("Nama"), lambda r: r.name),
                Column(label("NIK"), lambda r: r.nik),
                Column(label("RT/RW"), lambda r: place(r.rt, r.rw)),
                Column(label("Status"), status_text),
                Column(
                    label("Hadir"), lambda r: str(r.sessions_attended) if r.status == "peserta" else "", align=CENTRE
                ),
                Column(label("Sertifikat"), lambda r: r.certificate_number),
                Column(label("Hasil"), lambda r: ", ".join(self.outcomes.get(r.id, ()))),
            ],
            self,
            muted=lambda r: r.status != "peserta",
        )
        self.table = record_table_view(self.model)
        self.cancel_button = QPushButton(self.tr("Bata&lkan pendaftaran…"))
        self.outcome_button = QPushButton(self.tr("Catat &hasil…"))
        self.sessions = QListWidget()
        self.sessions.setMaximumHeight(110)
        self.session_button = QPushButton(self.tr("&Sesi baru…"))
        self.attendance_button = QPushButton(self.tr("Catat &kehadiran…"))
        self.certificate_button = QPushButton(self.tr("Terbitkan serti&fikat"))
        self.list_button = QPushButton(self.tr("Daftar peserta (&PDF)…"))
        self.export_button = QPushButton(self.tr("&Ekspor Excel…"))
        manages = self.actor.can(Permission.MANAGE_PROGRAMMES)
        for button in (
            self.register_button,
            self.cancel_button,
            self.outcome_button,
            self.session_button,
            self.attendance_button,
            self.certificate_button,
        ):
            button.setVisible(manages)  # the service refuses these steps to anyone else
        self.export_button.setVisible(self.actor.can(Permission.EXPORT_DATA))
        middle = QVBoxLayout()
        middle.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.cancel_button)
        row.addWidget(self.outcome_button)
        row.addStretch(1)
        row.addWidget(self.list_button)
        row.addWidget(self.export_button)
        middle.addLayout(row)
        sessions = QHBoxLayout()
        sessions.addWidget(self.sessions, 1)
        buttons = QVBoxLayout()
        for button in (self.session_button, self.attendance_button, self.certificate_button):
            buttons.addWidget(button)
        sessions.addLayout(buttons)
        middle.addLayout(sessions)
        body = QHBoxLayout()
        body.addWidget(register, 1)
        body.addLayout(middle, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        layout.addLayout(body, 1)

        self.programme_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_button.clicked.connect(self.new_programme)
        self.edit_button.clicked.connect(self.edit_programme)
        self.search.returnPressed.connect(self.find_residents)
        self.found.itemActivated.connect(lambda _item: self.register_selected())
        self.register_button.clicked.connect(self.register_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.outcome_button.clicked.connect(self.record_outcome)
        self.status_button.clicked.connect(self.change_status)
        self.session_button.clicked.connect(self.new_session)
        self.attendance_button.clicked.connect(self.record_attendance)
        self.certificate_button.clicked.connect(self.issue_certificates)
        self.list_button.clicked.connect(self.save_list)
        self.export_button.clicked.connect(self.export)
        enable_on_selection(self.table, self.cancel_button, self.outcome_button)
        self.sessions.currentItemChanged.connect(lambda current, _previous: self._session_chosen(current))
        self.load_programmes()

    def focus_first(self) -> None:
        self.search.setFocus()

    def load_programmes(self, select_id: str | None = None) -> None:
        self.programme_box.blockSignals(True)
        self.programme_box.clear()
        for p in self.training.programmes(self.actor):
            self.programme_box.addItem(f"{p.value.title} ({p.value.starts_on:%d-%m-%Y})", p.id)
        if select_id:
            self.programme_box.setCurrentIndex(max(0, self.programme_box.findData(select_id)))
        self.programme_box.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        programme_id = self.programme_box.currentData()
        self.programme = self.training.programme(self.actor, programme_id) if programme_id else None
        p = self.programme
        self.outcomes = {}
        for outcome in self.training.outcomes(self.actor, p.id) if p else []:
            self.outcomes.setdefault(outcome.registration_id, []).append(label(OUTCOME_KINDS[outcome.kind]))
        self.model.set_rows(self.training.registrations(self.actor, p.id) if p else [])
        self.sessions.clear()
        for session in self.training.sessions(self.actor, p.id) if p else []:
            item = QListWidgetItem(
                label("Sesi {n}").format(n=session.number) + f": {session.on_date:%d-%m-%Y} {session.start_time}–"
                f"{session.end_time} {session.topic}"
            )
            item.setData(ROLE_ID, session.id)
            self.sessions.addItem(item)
        self._session_chosen(self.sessions.currentItem())
        self.summary.setText(
            self.tr(
                "{status} · kuota {quota} · peserta {seated} · daftar tunggu {waiting} · sertifikat {certificates}"
            ).format(
                status=label(PROGRAMME_STATUSES[p.status]),
                quota=p.value.quota,
                seated=p.participants,
                waiting=p.waiting,
                certificates=p.certificates,
            )
            if p
            else self.tr("Belum ada program pelatihan.")
        )
        self.edit_button.setEnabled(p is not None)
        self.programme_box.setToolTip(self.programme_box.currentText())  # a long title is cut in the box
        self.notice.hide()

    def _session_chosen(self, item: QListWidgetItem | None) -> None:
        self.attendance_button.setEnabled(item is not None)

    def run(self, action: Any) -> Any:
        try:
            result = action()
        except Exception as exc:
            show_error(self, exc)
            return None
        self.refresh()
        return result

    # --- registration --------------------------------------------------------------------------

    def find_residents(self) -> None:
        self.found.clear()
        for person in self.context.services.residents.search(self.actor, self.search.text(), status="hidup", limit=30):
            item = QListWidgetItem(f"{person.name} — {person.nik} ({place(person.rt, person.rw)})")
            item.setData(ROLE_ID, person.id)
            self.found.addItem(item)
        if self.found.count():
            self.found.setCurrentRow(0)
            self.found.setFocus()

    def register_selected(self) -> None:
        item = self.found.currentItem()
        if item is not None:
            self.register(item.data(ROLE_ID))

    def register(self, resident_id: str) -> RegistrationView | None:
        programme = self.programme
        if programme is None:
            return None
        made = self.run(lambda: self.training.register(self.actor, programme.id, resident_id))
        if made is not None:
            self.search.clear()
            self.found.clear()
            self.search.setFocus()
        return made

    def cancel_selected(self) -> None:
        rows = selected_rows(self.table)
        if not rows:
            return
        chosen = self.model.row_at(rows[0])
        reason = ask_text(
            self,
            self.tr("Batalkan pendaftaran"),
            self.tr("Alasan pembatalan {name}:").format(name=chosen.name),
            ok_text=self.tr("Batalkan pendaftaran"),
        )
        if reason is not None:
            self.cancel(chosen.id, reason)

    def cancel(self, registration_id: str, reason: str) -> None:
        result = self.run(lambda: self.training.cancel(self.actor, registration_id, reason))
        if result is not None and result.promoted is not None:
            text = self.tr("{name} naik dari daftar tunggu menjadi peserta.").format(name=result.promoted.name)
            self.summary.setText(f"{self.summary.text()} · {text}")

    def record_outcome(self) -> None:
        rows = selected_rows(self.table)
        chosen = self.model.row_at(rows[0]) if rows else None
        if chosen is None:
            return
        if chosen.status != "peserta":
            show_error(self, ValidationError("registration", "not_a_participant"))
            return
        dialog = OutcomeDialog(chosen, self.context.services.clock.today(), self)
        if dialog.exec():
            kind, day, note = dialog.kind.currentData(), dialog.day(), dialog.note.text()
            self.run(lambda: self.training.record_outcome(self.actor, chosen.id, kind, day, note))

    def change_status(self) -> None:
        if self.programme is None:
            return
        titles = [label(title) for title in PROGRAMME_STATUSES.values()]
        current = list(PROGRAMME_STATUSES).index(self.programme.status)
        picked = ask_choice(
            self, self.tr("Status program"), self.tr("Status pelatihan:"), titles, current, ok_text=self.tr("Simpan")
        )
        if picked is not None:
            self.set_status(list(PROGRAMME_STATUSES)[titles.index(picked)])

    def set_status(self, status: str) -> None:
        programme_id = self.programme.id if self.programme else None
        if programme_id is not None:
            self.run(lambda: self.training.set_status(self.actor, programme_id, status))

    # --- sessions, attendance, certificates ----------------------------------------------------

    def new_programme(self) -> None:
        dialog = ProgrammeDialog(
            self.context.services.clock.today(), lambda value: self.training.create_programme(self.actor, value), self
        )
        if dialog.exec() and dialog.saved is not None:
            self.load_programmes(dialog.saved.id)

    def edit_programme(self) -> None:
        """The programme's facts changed; who moved up from the waiting list with a larger quota is told."""
        programme = self.programme
        if programme is None:
            return
        waiting = {r.id: r.name for r in self.model.rows() if r.status == "cadangan"}
        dialog = ProgrammeDialog(
            self.context.services.clock.today(),
            lambda value: self.training.update_programme(self.actor, programme.id, value, programme.rev),
            self,
            programme,
        )
        if not dialog.exec() or dialog.saved is None:
            return
        self.load_programmes(programme.id)
        moved = [r.name for r in self.model.rows() if r.status == "peserta" and r.id in waiting]
        if moved:
            self.notice.setText(
                self.tr("Naik dari daftar tunggu menjadi peserta: {names}.").format(names=", ".join(moved))
            )
            self.notice.show()

    def new_session(self) -> None:
        if self.programme is not None:
            dialog = SessionDialog(self.programme.value.starts_on, self)
            programme_id = self.programme.id
            if dialog.exec():
                self.run(lambda: self.training.add_session(self.actor, programme_id, dialog.value()))

    def record_attendance(self) -> None:
        item = self.sessions.currentItem()
        if self.programme is None or item is None:
            return
        session_id = item.data(ROLE_ID)
        seated = [r for r in self.model.rows() if r.status == "peserta"]
        present = self.training.attendance(self.actor, self.programme.id).get(session_id, set())
        dialog = AttendanceDialog(item.text(), seated, present, self)
        if dialog.exec():
            self.run(lambda: self.training.record_attendance(self.actor, session_id, dialog.present()))

    def issue_certificates(self) -> None:
        programme = self.programme
        if programme is None:
            return
        training, actor = self.training, self.actor

        def work(task: Any) -> list[str]:
            return training.issue_certificates(
                actor,
                programme.id,
                progress=lambda d, t: task.progress(
                    d, t, self.tr("Sertifikat {done} dari {total}").format(done=d, total=t)
                ),
                cancelled=lambda: task.cancelled,
            )

        def done(numbers: list[str]) -> None:
            self.refresh()
            inform(self, self.tr("Sertifikat"), self.tr("%n sertifikat diterbitkan.", "", len(numbers)))
            if self.programme is not None and self.programme.certificates:
                self.save_certificates()

        run_with_progress(
            self,
            self.context.runner,
            self.tr("Menerbitkan sertifikat…"),
            work,
            done,
            write=True,
            on_cancelled=self.refresh,
        )

    def save_certificates(self, path: Path | None = None) -> None:
        if self.programme is None:
            return
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Simpan sertifikat"), str(Path.home() / "sertifikat.pdf"), "PDF (*.pdf)"
            )
            if not chosen:
                return
            path = Path(chosen)
        programme_id = self.programme.id
        self.run(lambda: self.training.save_certificates(self.actor, programme_id, path))

    def save_list(self) -> None:
        if self.programme is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan daftar peserta"), str(Path.home() / "daftar-peserta.pdf"), "PDF (*.pdf)"
        )
        programme_id = self.programme.id
        if chosen:
            self.run(lambda: self.training.save_participant_list(self.actor, programme_id, Path(chosen)))

    def export(self) -> None:
        if self.programme is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor peserta"), str(Path.home() / "peserta.xlsx"), "Excel (*.xlsx);;CSV (*.csv)"
        )
        programme_id = self.programme.id
        if chosen:
            self.run(lambda: self.training.export_participants(self.actor, programme_id, Path(chosen)))

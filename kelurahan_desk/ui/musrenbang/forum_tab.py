"""The forum: when and where, who chaired and took the minutes, the attendance list typed as people sign
in (residents by NIK or name, or named guests), the delegates to the kecamatan forum, then the berita
acara: issued once with its number and signed QR, saved as PDF with the priority lists, and exports."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.domain.musrenbang_phases import CycleAction, is_open
from kelurahan_desk.core.services.musrenbang_views import ATTENDEE_ROLES, AttendeeInput, AttendeeView, ForumDetails
from kelurahan_desk.ui.cases.flow_layout import FlowLayout
from kelurahan_desk.ui.error_dialog import show_error
from kelurahan_desk.ui.message_boxes import ask, inform
from kelurahan_desk.ui.musrenbang.row_buttons import RowButtons, line_up
from kelurahan_desk.ui.programme_labels import label
from kelurahan_desk.ui.record_table_model import Column, RecordTableModel, record_table_view, selected_rows

if TYPE_CHECKING:
    from kelurahan_desk.ui.musrenbang.musrenbang_view import MusrenbangView


class ForumTab(QWidget):
    def __init__(self, view: MusrenbangView) -> None:
        super().__init__(view)
        self.view = view
        self.forum_on = QDateEdit()
        self.forum_on.setCalendarPopup(True)
        self.forum_on.setDisplayFormat("dd-MM-yyyy")
        self.forum_time = QLineEdit()
        self.forum_time.setPlaceholderText("09.00")
        self.forum_time.setMaximumWidth(80)
        self.place = QLineEdit()
        self.chair = QLineEdit()
        self.secretary = QLineEdit()
        self.conclusions = QPlainTextEdit()
        self.conclusions.setMaximumHeight(70)
        self.save_details = QPushButton(self.tr("Simpan data &forum"))
        self.details_box = details = QGroupBox(self.tr("Pelaksanaan forum"))
        form = QFormLayout(details)
        form.addRow(self.tr("Tanggal:"), self.forum_on)
        form.addRow(self.tr("Pukul:"), self.forum_time)
        form.addRow(self.tr("Tempat:"), self.place)
        form.addRow(self.tr("Pimpinan sidang:"), self.chair)
        form.addRow(self.tr("Notulis:"), self.secretary)
        form.addRow(self.tr("Kesepakatan lain:"), self.conclusions)
        form.addRow(self.save_details)

        self.who = QLineEdit()
        self.who.setPlaceholderText(self.tr("Nama tamu, atau NIK / nama penduduk lalu Enter"))
        self.role = QComboBox()
        for key, title in ATTENDEE_ROLES.items():
            self.role.addItem(label(title), key)
        self.origin = QLineEdit()
        self.origin.setPlaceholderText(self.tr("Asal / jabatan, mis. Ketua RW 05"))
        self.add_button = QPushButton(self.tr("&Hadir"))
        self.model: RecordTableModel[AttendeeView] = RecordTableModel(
            [
                Column(label("Nama"), lambda a: a.name),
                Column(label("Unsur"), lambda a: label(ATTENDEE_ROLES.get(a.role, a.role))),
                Column(label("Asal / jabatan"), lambda a: a.origin),
                Column(label("L/P"), lambda a: a.sex),
                Column(label("Delegasi"), lambda a: f"✓ {a.delegate_order}" if a.is_delegate else ""),
            ],
            self,
        )
        self.table = record_table_view(self.model)
        self.delegate_button = QPushButton(self.tr("Jadikan / batalkan &delegasi"))
        self.remove_button = QPushButton(self.tr("Hapus dari daftar"))
        self.count_label = QLabel()
        attendance = QGroupBox(self.tr("Daftar hadir"))
        attend = QVBoxLayout(attendance)
        attend.addWidget(self.who)
        entry = QHBoxLayout()
        entry.addWidget(self.role)
        entry.addWidget(self.origin, 1)
        entry.addWidget(self.add_button)
        attend.addLayout(entry)
        attend.addWidget(self.table, 1)
        row = FlowLayout()
        row.addWidget(line_up(self.count_label, self.delegate_button))
        row.addWidget(self.delegate_button)
        row.addWidget(self.remove_button)
        attend.addLayout(row)
        self.row_buttons = RowButtons(self.table)
        for button in (self.delegate_button, self.remove_button):
            self.row_buttons.add(button, self._recording)

        self.number_label = QLabel()
        self.issue_button = QPushButton(self.tr("&Terbitkan berita acara"))
        self.print_button = QPushButton(self.tr("Simpan &PDF berita acara…"))
        self.priority_button = QPushButton(self.tr("Simpan daftar p&rioritas…"))
        self.export_button = QPushButton(self.tr("&Ekspor Excel…"))
        documents = QGroupBox(self.tr("Berita acara"))
        document_layout = QVBoxLayout(documents)
        document_layout.addWidget(self.number_label)
        document_buttons = FlowLayout()
        for button in (self.issue_button, self.print_button, self.priority_button, self.export_button):
            document_buttons.addWidget(button)
        document_layout.addLayout(document_buttons)
        left = QVBoxLayout()
        left.addWidget(details)
        left.addWidget(documents)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(attendance, 3)

        self.save_details.clicked.connect(self.save_forum_details)
        self.who.returnPressed.connect(self.add_attendee)
        self.origin.returnPressed.connect(self.add_attendee)
        self.add_button.clicked.connect(self.add_attendee)
        self.delegate_button.clicked.connect(self.toggle_delegate)
        self.remove_button.clicked.connect(self.remove_attendee)
        self.issue_button.clicked.connect(self.issue)
        self.print_button.clicked.connect(lambda: self._save_pdf(berita_acara=True))
        self.priority_button.clicked.connect(lambda: self._save_pdf(berita_acara=False))
        self.export_button.clicked.connect(self.export)

    def refresh(self) -> None:
        cycle = self.view.cycle
        services, actor = self.view.services, self.view.actor
        self.model.set_rows(services.forum.attendees(actor, cycle.id) if cycle else [])
        delegates = sum(1 for a in self.model.rows() if a.is_delegate)
        self.count_label.setText(self.tr("{n} hadir, {d} delegasi").format(n=self.model.rowCount(), d=delegates))
        recording = self._recording()
        for widget in (self.who, self.role, self.origin, self.add_button):
            widget.setEnabled(recording)
        self.details_box.setEnabled(cycle is not None)
        for button in (self.print_button, self.priority_button, self.export_button):
            button.setEnabled(cycle is not None)
        if cycle is None:
            self.issue_button.setEnabled(False)
            self.number_label.setText(self.tr("Belum ada musrenbang. Buka tahun baru untuk mulai."))
            return
        forum = cycle.forum
        self.forum_on.setDate(QDate(forum.forum_on) if forum.forum_on else QDate(cycle.year, 1, 28))
        self.forum_time.setText(forum.forum_time)
        self.place.setText(forum.forum_place)
        self.chair.setText(forum.chair_name)
        self.secretary.setText(forum.secretary_name)
        self.conclusions.setPlainText(forum.conclusions)
        for box in (self.forum_time, self.place, self.chair, self.secretary):
            box.setCursorPosition(0)  # a narrow box shows the start of the text, not its end
        issued = bool(cycle.berita_acara_number)
        self.number_label.setWordWrap(not issued)  # the sentence may wrap, the number is read whole
        self.number_label.setText(
            self.tr("Berita acara nomor {number}").format(number=cycle.berita_acara_number)
            if issued
            else self.tr("Berita acara belum diterbitkan (PDF dicetak sebagai DRAF).")
        )
        managing = self.view.may_manage
        self.save_details.setEnabled(managing and is_open(cycle.phase, CycleAction.PLAN_FORUM) and not issued)
        self.issue_button.setEnabled(
            managing and not issued and is_open(cycle.phase, CycleAction.ISSUE_BERITA_ACARA)
        )

    def _recording(self) -> bool:
        """Attendance and delegates are typed during the forum, until the berita acara fixes them."""
        cycle = self.view.cycle
        return (
            self.view.may_manage
            and cycle is not None
            and is_open(cycle.phase, CycleAction.RECORD_FORUM)
            and not cycle.berita_acara_number
        )

    def details(self) -> ForumDetails:
        return ForumDetails(
            forum_on=self.forum_on.date().toPython(),  # type: ignore[arg-type]
            forum_time=self.forum_time.text(),
            forum_place=self.place.text(),
            chair_name=self.chair.text(),
            secretary_name=self.secretary.text(),
            conclusions=self.conclusions.toPlainText(),
        )

    def save_forum_details(self) -> None:
        cycle = self.view.cycle
        if cycle is not None:
            details = self.details()
            self.view.run(lambda: self.view.services.forum.set_forum_details(self.view.actor, cycle.id, details))

    def add_attendee(self) -> None:
        cycle = self.view.cycle
        typed = " ".join(self.who.text().split())
        if cycle is None or not typed:
            return
        resident_id = None
        if typed.isdigit():
            found = self.view.context.services.residents.search(self.view.actor, typed, status="hidup", limit=2)
            if len(found) != 1:
                inform(
                    self, self.tr("Penduduk"), self.tr("NIK {nik} tidak ditemukan di data penduduk.").format(nik=typed)
                )
                return
            resident_id = found[0].id
        value = AttendeeInput(typed, self.role.currentData(), self.origin.text(), resident_id=resident_id)
        if self.view.run(lambda: self.view.services.forum.add_attendee(self.view.actor, cycle.id, value)):
            self.who.clear()
            self.who.setFocus()

    def toggle_delegate(self) -> None:
        for row in selected_rows(self.table):
            person = self.model.row_at(row)
            self.view.run(
                lambda p=person: self.view.services.forum.set_delegate(self.view.actor, p.id, not p.is_delegate)
            )

    def remove_attendee(self) -> None:
        rows = selected_rows(self.table)
        if rows and ask(
            self,
            self.tr("Hapus"),
            self.tr("Hapus {name} dari daftar hadir?").format(name=self.model.row_at(rows[0]).name),
        ):
            person = self.model.row_at(rows[0])
            self.view.run(lambda: self.view.services.forum.remove_attendee(self.view.actor, person.id))

    def issue(self) -> None:
        cycle = self.view.cycle
        question = self.tr(
            "Terbitkan berita acara musrenbang {year}? Nomor diberikan sekali dan daftar hadir, nilai "
            "serta peringkat tidak dapat diubah lagi."
        )
        if cycle is not None and ask(self, self.tr("Terbitkan berita acara"), question.format(year=cycle.year)):
            self.view.run(lambda: self.view.services.forum.issue_berita_acara(self.view.actor, cycle.id))

    def save_berita_acara(self, path: Path) -> None:
        """Writes the berita acara (with its lampiran) to `path`."""
        cycle = self.view.cycle
        if cycle is not None:
            self.view.services.minutes.save_berita_acara(self.view.actor, cycle.id, path)

    def _save_pdf(self, *, berita_acara: bool) -> None:
        cycle = self.view.cycle
        if cycle is None:
            return
        name = f"berita-acara-musrenbang-{cycle.year}.pdf" if berita_acara else f"usulan-prioritas-{cycle.year}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan PDF"), str(Path.home() / name), "PDF (*.pdf)")
        if not chosen:
            return
        try:
            if berita_acara:
                self.save_berita_acara(Path(chosen))
            else:
                self.view.services.minutes.save_priority_list(self.view.actor, cycle.id, Path(chosen))
        except Exception as exc:
            show_error(self, exc)
            return
        inform(self, self.tr("Tersimpan"), self.tr("PDF disimpan di:\n{path}").format(path=chosen))

    def export(self) -> None:
        cycle = self.view.cycle
        if cycle is None:
            return
        name = str(Path.home() / f"usulan-prioritas-{cycle.year}.xlsx")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Ekspor"), name, "Excel (*.xlsx);;CSV (*.csv)")
        if not chosen:
            return
        try:
            count = self.view.services.minutes.export_priorities(self.view.actor, cycle.id, Path(chosen))
            stem = Path(chosen)
            self.view.services.minutes.export_attendance(
                self.view.actor, cycle.id, stem.with_name(f"{stem.stem}-daftar-hadir{stem.suffix or '.xlsx'}")
            )
        except Exception as exc:
            show_error(self, exc)
            return
        inform(self, self.tr("Ekspor selesai"), self.tr("{n} usulan dan daftar hadir diekspor.").format(n=count))

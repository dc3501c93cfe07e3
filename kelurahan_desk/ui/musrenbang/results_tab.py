"""After the forum: the fate of each proposal (accepted at the kecamatan, in the city budget, rejected)
and progress reports on funded work (percent, date, note, photos) until it is done."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kelurahan_desk.core.domain.case_intake import NewAttachment
from kelurahan_desk.core.domain.musrenbang_phases import CycleAction, is_open
from kelurahan_desk.core.domain.proposal_status import (
    FIELD_TITLES,
    REPORTS_PROGRESS,
    STATUS_TITLES,
    ProposalField,
    ProposalStatus,
    may_become,
)
from kelurahan_desk.core.services.musrenbang_views import ProposalView
from kelurahan_desk.ui.cases.flow_layout import FlowLayout
from kelurahan_desk.ui.input_prompts import ask_text, ask_whole_number
from kelurahan_desk.ui.musrenbang.progress_dialog import ProgressDialog
from kelurahan_desk.ui.musrenbang.row_buttons import RowButtons, line_up
from kelurahan_desk.ui.programme_labels import label
from kelurahan_desk.ui.record_table_model import (
    RIGHT,
    Column,
    RecordTableModel,
    record_table_view,
    rupiah,
    selected_rows,
)

if TYPE_CHECKING:
    from kelurahan_desk.ui.musrenbang.musrenbang_view import MusrenbangView


class ResultsTab(QWidget):
    def __init__(self, view: MusrenbangView) -> None:
        super().__init__(view)
        self.view = view
        self.model: RecordTableModel[ProposalView] = RecordTableModel(
            [
                Column(label("No."), lambda p: str(p.number), lambda p: p.number, RIGHT),
                Column(label("Kegiatan"), lambda p: p.activity),
                Column(label("Bidang"), lambda p: label(FIELD_TITLES[ProposalField(p.field)])),
                Column(label("Status"), lambda p: label(STATUS_TITLES[ProposalStatus(p.status)])),
                Column(label("Pagu"), lambda p: rupiah(p.budget_amount), lambda p: p.budget_amount or 0, RIGHT),
                Column(
                    label("Kemajuan"),
                    lambda p: f"{p.progress_percent} %" if p.status in ("didanai", "selesai") else "",
                    lambda p: p.progress_percent,
                    RIGHT,
                ),
                Column(label("Keterangan"), lambda p: p.status_note),
            ],
            self,
        )
        self.table = record_table_view(self.model)
        self.accepted_button = QPushButton(self.tr("Diterima &kecamatan"))
        self.funded_button = QPushButton(self.tr("Masuk &APBD…"))
        self.rejected_button = QPushButton(self.tr("&Ditolak…"))
        self.progress_button = QPushButton(self.tr("Catat ke&majuan…"))
        self.photos_button = QPushButton(self.tr("Lihat &foto…"))
        buttons = FlowLayout()
        buttons.addWidget(line_up(QLabel(self.tr("Usulan yang dipilih:")), self.accepted_button))
        for button in (
            self.accepted_button,
            self.funded_button,
            self.rejected_button,
            self.progress_button,
            self.photos_button,
        ):
            buttons.addWidget(button)
        self.row_buttons = RowButtons(self.table)
        for button, target in (
            (self.accepted_button, ProposalStatus.DITERIMA_KECAMATAN),
            (self.funded_button, ProposalStatus.DIDANAI),
            (self.rejected_button, ProposalStatus.DITOLAK),
        ):
            self.row_buttons.add(button, lambda target=target: self._allows(CycleAction.DECIDE_STATUS, target))
        self.row_buttons.add(self.progress_button, lambda: self._allows(CycleAction.RECORD_PROGRESS))
        self.row_buttons.add(self.photos_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.accepted_button.clicked.connect(lambda: self.decide("diterima_kecamatan"))
        self.funded_button.clicked.connect(lambda: self.decide("didanai"))
        self.rejected_button.clicked.connect(lambda: self.decide("ditolak"))
        self.progress_button.clicked.connect(self.record_progress)
        self.photos_button.clicked.connect(self.show_photos)
        self.table.doubleClicked.connect(lambda _index: self.show_photos())

    def refresh(self) -> None:
        cycle = self.view.cycle
        rows = self.view.services.musrenbang.proposals(self.view.actor, cycle.id, include_merged=False) if cycle else []
        self.model.set_rows(rows)

    def _allows(self, action: CycleAction, target: ProposalStatus | None = None) -> bool:
        """The year's phase allows `action`, and the chosen proposal's status allows becoming `target` (or, for
        progress, it is funded)."""
        cycle, chosen = self.view.cycle, self._chosen()
        if not self.view.may_manage or cycle is None or chosen is None or not is_open(cycle.phase, action):
            return False
        return may_become(chosen.status, target) if target is not None else chosen.status in REPORTS_PROGRESS

    def _chosen(self) -> ProposalView | None:
        rows = selected_rows(self.table)
        return self.model.row_at(rows[0]) if rows else None

    def show_photos(self) -> None:
        proposal = self._chosen()
        if proposal is not None:
            self.view.show_photos(proposal)

    def decide(self, status: str) -> None:
        proposal = self._chosen()
        if proposal is None:
            return
        budget: int | None = None
        note = ""
        if status == "didanai":
            budget = ask_whole_number(
                self,
                self.tr("Masuk APBD"),
                self.tr("Pagu anggaran:"),
                min(proposal.estimated_cost, 2_000_000_000),
                0,
                2_000_000_000,
                step=1_000_000,
                rupiah=True,
                ok_text=self.tr("Simpan"),
            )
            if budget is None:
                return
        if status == "ditolak":
            reason = ask_text(self, self.tr("Ditolak"), self.tr("Alasan:"), ok_text=self.tr("Simpan"))
            if reason is None:
                return
            note = reason
        self.view.run(
            lambda: self.view.services.musrenbang.decide(
                self.view.actor, proposal.id, status, note, budget_amount=budget
            )
        )

    def record_progress(self) -> None:
        proposal = self._chosen()
        if proposal is None:
            return
        dialog = ProgressDialog(proposal, self.view.context.services.clock.today(), self)
        if dialog.exec():
            percent, day = dialog.percent.value(), dialog.day()
            self.save_progress(proposal.id, percent, day, dialog.note.text(), dialog.attachments())

    def save_progress(
        self, proposal_id: str, percent: int, day: date, note: str, photos: Sequence[NewAttachment] = ()
    ) -> None:
        self.view.run(
            lambda: self.view.services.musrenbang.record_progress(
                self.view.actor, proposal_id, percent, day, note, photos
            )
        )

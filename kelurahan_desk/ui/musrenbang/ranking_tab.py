"""Scoring and ranking: pick a field, type scores (1–5) straight into the grid, see the ranks move;
set a rank by hand only with a reason, which stays beside the proposal and in the audit trail; the
office's weighted criteria are edited here too (before and during scoring)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.domain.musrenbang_phases import CycleAction, is_open
from kelurahan_desk.core.domain.proposal_scoring import Criterion
from kelurahan_desk.core.domain.proposal_status import FIELD_TITLES, ProposalField
from kelurahan_desk.core.services.musrenbang_views import RankedProposal
from kelurahan_desk.ui.cases.flow_layout import FlowLayout
from kelurahan_desk.ui.error_dialog import show_error
from kelurahan_desk.ui.musrenbang.criteria_dialog import CriteriaDialog
from kelurahan_desk.ui.musrenbang.row_buttons import RowButtons, line_up
from kelurahan_desk.ui.musrenbang.scoring_model import ScoringTableModel
from kelurahan_desk.ui.programme_labels import label
from kelurahan_desk.ui.record_table_model import record_table_view, select_row, selected_rows

if TYPE_CHECKING:
    from kelurahan_desk.ui.musrenbang.musrenbang_view import MusrenbangView


class RankingTab(QWidget):
    def __init__(self, view: MusrenbangView) -> None:
        super().__init__(view)
        self.view = view
        self.field_box = QComboBox()
        for field in ProposalField:
            self.field_box.addItem(label(FIELD_TITLES[field]), field.value)
        self.source_box = QComboBox()
        self.source_box.addItem(self.tr("Nilai dari kantor"), "kantor")
        self.source_box.addItem(self.tr("Nilai dari forum"), "forum")
        self.model = ScoringTableModel(self.save_edit, self)
        self.table = record_table_view(self.model)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.override_button = QPushButton(self.tr("&Tetapkan peringkat…"))
        self.clear_button = QPushButton(self.tr("Kembalikan ke &urutan nilai…"))
        self.criteria_button = QPushButton(self.tr("&Kriteria penilaian…"))
        self.hint = QLabel(
            self.tr("Ketik nilai 1–5 pada kolom kriteria. Tanda * = peringkat ditetapkan dengan alasan.")
        )
        self.hint.setStyleSheet("color: #555;")
        self.hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Bidang:")))
        top.addWidget(self.field_box)
        top.addWidget(self.source_box)
        top.addStretch(1)
        top.addWidget(self.criteria_button)
        buttons = FlowLayout()
        buttons.addWidget(line_up(QLabel(self.tr("Usulan yang dipilih:")), self.override_button))
        buttons.addWidget(self.override_button)
        buttons.addWidget(self.clear_button)
        self.row_buttons = RowButtons(self.table)
        self.row_buttons.add(self.override_button, self._can_override)
        self.row_buttons.add(self.clear_button, lambda: self._can_override() and self._chosen_is_overridden())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.field_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.override_button.clicked.connect(self.override_selected)
        self.clear_button.clicked.connect(self.clear_selected)
        self.criteria_button.clicked.connect(self.edit_criteria)

    def refresh(self) -> None:
        cycle = self.view.cycle
        if cycle is None:
            self.model.set_rows([], ())
            self.criteria_button.setEnabled(False)
            return
        ranked = self.view.services.forum.ranking(self.view.actor, cycle.id)
        open_for = self._open_for
        self.model.editable_scores = open_for(CycleAction.SCORE)
        self.model.editable_votes = open_for(CycleAction.RECORD_FORUM)
        self.model.set_rows(ranked[self.field_box.currentData()], cycle.criteria)
        self.criteria_button.setEnabled(open_for(CycleAction.SET_CRITERIA))

    def edit_criteria(self) -> None:
        cycle = self.view.cycle
        if cycle is not None:
            dialog = CriteriaDialog(cycle.criteria, self)
            if dialog.exec():
                self.set_criteria(dialog.criteria())

    def set_criteria(self, criteria: list[Criterion]) -> None:
        cycle = self.view.cycle
        if cycle is not None:
            self.view.run(lambda: self.view.services.forum.set_criteria(self.view.actor, cycle.id, criteria))

    def save_edit(self, proposal_id: str, what: str, value: int) -> bool:
        forum, actor = self.view.services.forum, self.view.actor
        try:
            if what == "votes":
                forum.set_votes(actor, proposal_id, value)
            else:
                forum.set_scores(actor, proposal_id, {what: value}, self.source_box.currentData())
        except Exception as exc:
            show_error(self, exc)
            return False
        column = self.table.currentIndex().column()
        # the grid is rebuilt (ranks may move) once the editor has finished committing
        QTimer.singleShot(0, lambda: self._show_saved(proposal_id, column))
        return True

    def _show_saved(self, proposal_id: str, column: int) -> None:
        self.refresh()
        row = self.model.row_of(proposal_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, max(column, 0)))

    def _can_override(self) -> bool:
        return self._open_for(CycleAction.OVERRIDE_RANK)

    def _open_for(self, action: CycleAction) -> bool:
        """This account manages programmes, and the year's phase allows `action` before the berita acara
        has fixed the forum's outcome."""
        cycle = self.view.cycle
        return (
            self.view.may_manage
            and cycle is not None
            and is_open(cycle.phase, action)
            and not cycle.berita_acara_number
        )

    def _chosen_is_overridden(self) -> bool:
        item = self.selected()
        return item is not None and item.overridden

    def selected(self) -> RankedProposal | None:
        rows = selected_rows(self.table)
        return self.model.row_at(rows[0]) if rows else None

    def override_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        dialog = OverrideDialog(item, self.model.rowCount(), self)
        if dialog.exec():
            self.override(item.proposal.id, dialog.rank.value(), dialog.reason.text())

    def override(self, proposal_id: str, rank: int, reason: str) -> None:
        if self.view.run(lambda: self.view.services.forum.override_rank(self.view.actor, proposal_id, rank, reason)):
            select_row(self.table, self.model.row_of(proposal_id))

    def clear_selected(self) -> None:
        item = self.selected()
        if item is None or not item.overridden:
            return
        dialog = OverrideDialog(item, self.model.rowCount(), self, clearing=True)
        if dialog.exec():
            reason = dialog.reason.text()
            self.view.run(lambda: self.view.services.forum.clear_override(self.view.actor, item.proposal.id, reason))


class OverrideDialog(QDialog):
    def __init__(self, item: RankedProposal, count: int, parent: QWidget, *, clearing: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kembalikan peringkat") if clearing else self.tr("Tetapkan peringkat"))
        self.rank = QSpinBox()
        self.rank.setRange(1, max(count, 1))
        self.rank.setValue(item.rank)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Alasan (wajib), mis. kesepakatan forum karena lokasi rawan banjir"))
        self.reason.setMinimumWidth(420)
        form = QFormLayout(self)
        form.addRow(QLabel(f"{item.proposal.number}. {item.proposal.activity}"))
        if not clearing:
            form.addRow(self.tr("Peringkat &baru:"), self.rank)
        form.addRow(self.tr("&Alasan:"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.reason.setFocus()

"""The musrenbang screen: the year's cycle and its phase on top, then one tab per stage of the work —
proposals typed from the RW forms, scoring and ranking, the forum and its documents, the results.

Every action goes through the services; after it the screen reloads what it shows (`refresh`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.domain.musrenbang_phases import PHASE_TITLES, CycleAction, is_open, next_phase
from kelurahan_desk.core.domain.proposal_status import (
    FIELD_TITLES,
    STATUS_TITLES,
    ProposalField,
    ProposalInput,
    ProposalStatus,
    ProposerKind,
)
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.musrenbang_views import CycleView, ProposalView
from kelurahan_desk.core.services.permissions import Permission
from kelurahan_desk.ui.cases.flow_layout import FlowLayout
from kelurahan_desk.ui.error_dialog import show_error
from kelurahan_desk.ui.input_prompts import ask_whole_number
from kelurahan_desk.ui.message_boxes import ask, inform
from kelurahan_desk.ui.musrenbang.forum_tab import ForumTab
from kelurahan_desk.ui.musrenbang.proposal_form import ProposalForm
from kelurahan_desk.ui.musrenbang.ranking_tab import RankingTab
from kelurahan_desk.ui.musrenbang.results_tab import ResultsTab
from kelurahan_desk.ui.musrenbang.row_buttons import line_up
from kelurahan_desk.ui.programme_labels import label
from kelurahan_desk.ui.record_table_model import (
    RIGHT,
    Column,
    RecordTableModel,
    enable_on_selection,
    place,
    record_table_view,
    rupiah,
)
from kelurahan_desk.ui.view_context import ViewContext

MUSRENBANG = "musrenbang"


def proposal_columns() -> list[Column[ProposalView]]:
    return [
        Column(label("No."), lambda p: str(p.number), lambda p: p.number, RIGHT),
        Column(label("Kegiatan"), lambda p: p.activity),
        Column(label("Bidang"), lambda p: label(FIELD_TITLES[ProposalField(p.field)])),
        Column(label("Lokasi"), lambda p: p.location),
        Column(label("RT/RW"), lambda p: place(p.rt, p.rw)),
        Column(label("Perkiraan biaya"), lambda p: rupiah(p.estimated_cost), lambda p: p.estimated_cost, RIGHT),
        Column(
            label("Pengusul"),
            lambda p: p.proposer_name + (f" (+{len(p.merged_proposers)})" if p.merged_proposers else ""),
        ),
        Column(label("Status"), lambda p: label(STATUS_TITLES[ProposalStatus(p.status)])),
        Column(label("Foto"), lambda p: str(p.photo_count) if p.photo_count else "", lambda p: p.photo_count, RIGHT),
    ]


class MusrenbangView(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.services = context.services.programmes
        self.actor = context.actor
        self.cycle: CycleView | None = None

        self.year_box = QComboBox()
        self.year_box.setMinimumWidth(200)
        self.new_year_button = QPushButton(self.tr("Tahun &baru…"))
        self.phase_label = QLabel()
        self.phase_label.setStyleSheet("font-weight: bold;")
        self.advance_button = QPushButton()
        self.schedule_button = QPushButton(self.tr("&Jadwal tahap…"))
        self.may_manage = can_manage = self.actor.can(Permission.MANAGE_PROGRAMMES)
        self.new_year_button.setVisible(can_manage)
        self.advance_button.setVisible(can_manage)
        year = QWidget()
        year_row = QHBoxLayout(year)
        year_row.setContentsMargins(0, 0, 16, 0)
        year_row.addWidget(QLabel(self.tr("Musrenbang tahun:")))
        year_row.addWidget(self.year_box)
        year_row.addWidget(self.new_year_button)
        phase = QWidget()
        phase_row = QHBoxLayout(phase)
        phase_row.setContentsMargins(0, 0, 0, 0)
        phase_row.addWidget(self.phase_label)
        phase_row.addWidget(self.schedule_button)
        phase_row.addWidget(self.advance_button)
        top = FlowLayout()
        top.addWidget(year)
        top.addWidget(phase)

        self.form = ProposalForm()
        self.proposal_model: RecordTableModel[ProposalView] = RecordTableModel(
            proposal_columns(), self, muted=lambda p: p.status in ("digabung", "dibawa")
        )
        self.proposal_table = record_table_view(self.proposal_model, QAbstractItemView.SelectionMode.ExtendedSelection)
        self.edit_button = QPushButton(self.tr("Uba&h usulan…"))
        self.edit_button.setVisible(can_manage)
        self.photos_button = QPushButton(self.tr("Lihat &foto…"))
        self.merge_button = QPushButton(self.tr("&Gabungkan yang dipilih"))
        self.carry_button = QPushButton(self.tr("B&awa usulan tahun lalu…"))
        self.count_label = QLabel()
        entry = QWidget()
        entry.setVisible(can_manage)  # a read-only account only looks at the proposals
        entry.setMinimumWidth(400)
        entry_layout = QVBoxLayout(entry)
        entry_layout.addWidget(self.form)
        entry_layout.addStretch(1)
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.addWidget(self.proposal_table, 1)
        buttons = FlowLayout()
        buttons.addWidget(line_up(self.count_label, self.edit_button))
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.photos_button)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.carry_button)
        listing_layout.addLayout(buttons)
        proposals = QSplitter()
        proposals.addWidget(entry)
        proposals.addWidget(listing)
        proposals.setStretchFactor(1, 1)
        proposals.setSizes([entry.minimumWidth(), 2 * entry.minimumWidth()])

        self.ranking = RankingTab(self)
        self.forum = ForumTab(self)
        self.results = ResultsTab(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(proposals, self.tr("&1 Usulan"))
        self.tabs.addTab(self.ranking, self.tr("&2 Penilaian dan peringkat"))
        self.tabs.addTab(self.forum, self.tr("&3 Forum dan berita acara"))
        self.tabs.addTab(self.results, self.tr("&4 Hasil dan tindak lanjut"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.year_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_year_button.clicked.connect(self.open_year)
        self.advance_button.clicked.connect(self.advance)
        self.schedule_button.clicked.connect(self.edit_schedule)
        self.form.submitted.connect(self.add_proposal)
        self.edit_button.clicked.connect(self.edit_selected)
        self.photos_button.clicked.connect(lambda: self.show_photos())  # not clicked(bool) as the proposal
        self.proposal_table.doubleClicked.connect(
            lambda _index: self.edit_selected() if can_manage else self.show_photos()
        )
        self.merge_button.clicked.connect(self.merge_selected)
        self.carry_button.clicked.connect(self.carry_over)
        enable_on_selection(self.proposal_table, self.edit_button, self.photos_button)
        QShortcut(QKeySequence("Ctrl+N"), self, self.form.focus_first).setWhatsThis(self.tr("Usulan baru"))
        context.notices.changed.connect(self._on_changed)
        self.load_years()

    # --- the cycle -----------------------------------------------------------------------------

    def focus_first(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.form.focus_first()

    def load_years(self, select_id: str | None = None) -> None:
        cycles = self.services.musrenbang.cycles(self.actor)
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for cycle in cycles:
            self.year_box.addItem(
                self.tr("{year} — {phase}").format(year=cycle.year, phase=label(cycle.phase_title)), cycle.id
            )
        if select_id:
            self.year_box.setCurrentIndex(max(0, self.year_box.findData(select_id)))
        self.year_box.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        cycle_id = self.year_box.currentData()
        self.cycle = self.services.musrenbang.cycle(self.actor, cycle_id) if cycle_id else None
        cycle = self.cycle
        following = next_phase(cycle.phase) if cycle else None
        self.phase_label.setText(
            self.tr("Tahap sekarang: {phase}").format(phase=label(PHASE_TITLES[cycle.phase]))
            if cycle
            else self.tr("Belum ada musrenbang. Buka tahun baru untuk mulai.")
        )
        self.advance_button.setText(
            self.tr("Lanjut ke: {phase} ▶").format(phase=label(PHASE_TITLES[following]))
            if following
            else self.tr("Tahap akhir")
        )
        self.advance_button.setEnabled(following is not None)
        self.schedule_button.setEnabled(cycle is not None)
        editing = self.may_manage and cycle is not None and is_open(cycle.phase, CycleAction.EDIT_PROPOSALS)
        self.form.setEnabled(editing)
        self.merge_button.setEnabled(editing)
        self.carry_button.setEnabled(
            self.may_manage and cycle is not None and is_open(cycle.phase, CycleAction.CARRY_OVER)
        )
        proposals = self.services.musrenbang.proposals(self.actor, cycle.id) if cycle else []
        self.proposal_model.set_rows(proposals)
        self.count_label.setText(self.tr("%n usulan", "", len(proposals)))
        self.ranking.refresh()
        self.forum.refresh()
        self.results.refresh()

    def open_year(self) -> None:
        latest = self.cycle.year + 1 if self.cycle else self.context.services.clock.today().year
        year = ask_whole_number(
            self,
            self.tr("Musrenbang tahun baru"),
            self.tr("Tahun pelaksanaan:"),
            latest,
            2000,
            2100,
            ok_text=self.tr("Buka tahun"),
        )
        if year is not None:
            self.open_cycle(year)

    def open_cycle(self, year: int) -> None:
        try:
            cycle = self.services.musrenbang.open_cycle(self.actor, year)
        except Exception as exc:
            show_error(self, exc)
            return
        self.load_years(cycle.id)
        self.context.notices.notify(MUSRENBANG)

    def edit_schedule(self) -> None:
        from kelurahan_desk.ui.musrenbang.phase_dates_dialog import PhaseDatesDialog

        cycle = self.cycle
        if cycle is None:
            return
        dialog = PhaseDatesDialog(cycle, self, editable=self.actor.can(Permission.MANAGE_PROGRAMMES))
        if dialog.exec():
            dates = dialog.dates()
            self.run(lambda: self.services.musrenbang.set_phase_dates(self.actor, cycle.id, dates))

    def advance(self) -> None:
        cycle = self.cycle
        following = next_phase(cycle.phase) if cycle else None
        if cycle is None or following is None:
            return
        question = self.tr('Pindahkan musrenbang {year} ke tahap "{phase}"? Tahap tidak dapat dimundurkan.')
        if not ask(
            self, self.tr("Tahap berikut"), question.format(year=cycle.year, phase=label(PHASE_TITLES[following]))
        ):
            return
        self.run(lambda: self.services.musrenbang.advance_phase(self.actor, cycle.id, following))

    def run(self, action: Any) -> Any:
        """Runs one service call; shows what went wrong, or reloads the screen after it."""
        try:
            result = action()
        except Exception as exc:
            show_error(self, exc)
            return None
        self.load_years(self.cycle.id if self.cycle else None)
        self.context.notices.notify(MUSRENBANG)
        return result

    # --- proposals -----------------------------------------------------------------------------

    def with_resident_proposer(self, value: ProposalInput) -> ProposalInput:
        """A proposer typed as a NIK is that resident (ValidationError when no living resident has it)."""
        nik = value.proposer_name.strip()
        if not nik.isdigit():
            return value
        found = self.context.services.residents.search(self.actor, nik, status="hidup", limit=2)
        if len(found) != 1 or found[0].nik != nik:
            raise ValidationError("proposer_name", "resident_unknown")
        return replace(value, proposer_kind=ProposerKind.PENDUDUK, proposer_resident_id=found[0].id, proposer_name="")

    def add_proposal(self, value: Any) -> None:
        if self.cycle is None:
            return
        try:
            value = self.with_resident_proposer(value)
            saved = self.services.musrenbang.add_proposal(
                self.actor, self.cycle.id, value, self.form.photos.attachments()
            )
        except ValidationError as error:
            self.form.show_error(error)
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.refresh()
        row = next((n for n, p in enumerate(self.proposal_model.rows()) if p.id == saved.id), -1)
        if row >= 0:
            self.proposal_table.scrollTo(self.proposal_model.index(row, 0))
        self.form.saved()

    def selected_proposals(self) -> list[ProposalView]:
        rows = sorted({i.row() for i in self.proposal_table.selectionModel().selectedRows()})
        return [self.proposal_model.row_at(r) for r in rows]

    def edit_selected(self) -> None:
        """The chosen proposal in the entry form's edit mode, or why the phase or its status forbids it."""
        from kelurahan_desk.ui.musrenbang.proposal_edit_dialog import ProposalEditDialog, edit_refusal

        chosen = self.selected_proposals()
        if self.cycle is None or not chosen:
            return
        refusal = edit_refusal(self.cycle, chosen[0])
        if refusal:
            inform(self, self.tr("Usulan tidak dapat diubah"), refusal, warning=True)
            return
        dialog = ProposalEditDialog(self, chosen[0])
        if dialog.exec() and dialog.saved is not None:
            self.refresh()
            self.context.notices.notify(MUSRENBANG)

    def show_photos(self, proposal: ProposalView | None = None) -> None:
        from kelurahan_desk.ui.musrenbang.proposal_photos_dialog import ProposalPhotosDialog

        chosen = [proposal] if proposal is not None else self.selected_proposals()
        if chosen:
            ProposalPhotosDialog(self, chosen[0]).exec()

    def merge_selected(self) -> None:
        chosen = self.selected_proposals()
        if len(chosen) < 2:
            show_error(self, ValidationError("merged_ids", "merge_choose_two"))
            return
        keep, others = chosen[0], chosen[1:]
        text = self.tr(
            "Gabungkan {n} usulan ke usulan nomor {number} ({activity})? Pengusul masing-masing tetap tercatat."
        )
        if ask(
            self, self.tr("Gabungkan usulan"), text.format(n=len(others), number=keep.number, activity=keep.activity)
        ):
            self.run(lambda: self.services.musrenbang.merge(self.actor, keep.id, [o.id for o in others]))

    def carry_over(self) -> None:
        if self.cycle is None:
            return
        from kelurahan_desk.ui.musrenbang.carry_over_dialog import CarryOverDialog

        candidates = self.services.musrenbang.carryable(self.actor, self.cycle.id)
        dialog = CarryOverDialog(candidates, self)
        if dialog.exec() and dialog.chosen():
            cycle_id = self.cycle.id
            self.run(lambda: self.services.musrenbang.carry_over(self.actor, cycle_id, dialog.chosen()))

    def _on_changed(self, topic: str) -> None:
        if topic == "residents":
            self.forum.refresh()

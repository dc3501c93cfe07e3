"""Editing a stored proposal in the entry form (edit mode), and why a proposal may not be edited.

The cycle's phase decides (`CycleAction.EDIT_PROPOSALS`): proposals change until the forum's berita acara
has its number, and only while they are still proposals (not merged, carried over or decided).
`edit_refusal` says why not in the user's words before the form opens; the service checks again on save.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout

from kelurahan_desk.core.domain.musrenbang_phases import PHASE_TITLES, PHASES, CycleAction, is_open
from kelurahan_desk.core.domain.proposal_status import STATUS_TITLES, ProposalInput, ProposalStatus, ProposerKind
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.musrenbang_views import CycleView, ProposalView
from kelurahan_desk.ui.error_dialog import show_error
from kelurahan_desk.ui.musrenbang.proposal_form import ProposalForm
from kelurahan_desk.ui.programme_labels import label

if TYPE_CHECKING:
    from kelurahan_desk.ui.musrenbang.musrenbang_view import MusrenbangView


def edit_refusal(cycle: CycleView, proposal: ProposalView) -> str:
    """Why `proposal` cannot be edited now, or "" when it can."""
    if not is_open(cycle.phase, CycleAction.EDIT_PROPOSALS):
        open_in = ", ".join(label(PHASE_TITLES[p]) for p in PHASES if is_open(p, CycleAction.EDIT_PROPOSALS))
        return QCoreApplication.translate(
            "ProposalEditDialog",
            'Musrenbang {year} sudah pada tahap "{phase}". Usulan hanya dapat diubah pada tahap: {phases}.',
        ).format(year=cycle.year, phase=label(PHASE_TITLES[cycle.phase]), phases=open_in)
    if cycle.berita_acara_number:
        return QCoreApplication.translate(
            "ProposalEditDialog",
            "Berita acara nomor {number} sudah terbit; usulan yang tercatat di dalamnya tidak dapat diubah lagi.",
        ).format(number=cycle.berita_acara_number)
    if proposal.status != ProposalStatus.USULAN:
        return QCoreApplication.translate(
            "ProposalEditDialog",
            'Usulan nomor {number} sudah berstatus "{status}", sehingga tidak dapat diubah lagi.',
        ).format(number=proposal.number, status=label(STATUS_TITLES[ProposalStatus(proposal.status)]))
    return ""


class ProposalEditDialog(QDialog):
    def __init__(self, view: MusrenbangView, proposal: ProposalView) -> None:
        super().__init__(view)
        self.view = view
        self.proposal = proposal
        self.saved: ProposalView | None = None
        musrenbang, actor = view.services.musrenbang, view.actor
        self.setWindowTitle(self.tr("Ubah usulan nomor {number}").format(number=proposal.number))
        self.resize(620, 0)
        self.proposer_shown = proposal.proposer_name
        if proposal.proposer_kind == ProposerKind.PENDUDUK and proposal.proposer_resident_id:
            self.proposer_shown = view.context.services.residents.get(actor, proposal.proposer_resident_id).nik
        photos = [
            (f"foto-{n}", musrenbang.photo_bytes(actor, sha))
            for n, sha in enumerate(musrenbang.site_photos(actor, proposal.id), start=1)
        ]
        self.form = ProposalForm(editing=True)
        self.form.load(proposal, self.proposer_shown, photos)
        cancel = QPushButton(self.tr("&Batal (Esc)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(cancel)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a field saves through the form, never "add photos"
        self.form.submitted.connect(self.save)
        cancel.clicked.connect(self.reject)
        self.form.focus_first()

    def with_proposer(self, value: ProposalInput) -> ProposalInput:
        """An untouched resident proposer stays that resident (even one who has since moved away)."""
        original = self.proposal
        if value.proposer_name.strip() == self.proposer_shown and original.proposer_kind == ProposerKind.PENDUDUK:
            return replace(
                value,
                proposer_kind=ProposerKind.PENDUDUK,
                proposer_resident_id=original.proposer_resident_id,
                proposer_name="",
            )
        return self.view.with_resident_proposer(value)

    def save(self, value: ProposalInput) -> None:
        musrenbang, actor = self.view.services.musrenbang, self.view.actor
        try:
            value = replace(self.with_proposer(value), notes=self.proposal.notes)
            self.saved = musrenbang.update_proposal(
                actor, self.proposal.id, value, self.proposal.rev, self.form.photos.attachments()
            )
        except ValidationError as error:
            self.form.show_error(error)
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.accept()

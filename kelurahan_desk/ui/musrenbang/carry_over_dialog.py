"""Choosing last years' unfunded proposals to carry into this year's cycle."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kelurahan_desk.core.domain.proposal_status import STATUS_TITLES, ProposalStatus
from kelurahan_desk.core.services.musrenbang_views import ProposalView
from kelurahan_desk.ui.programme_labels import label


class CarryOverDialog(QDialog):
    def __init__(self, candidates: list[ProposalView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bawa usulan tahun lalu"))
        self.resize(640, 420)
        self.list = QListWidget()
        for p in candidates:
            item = QListWidgetItem(
                f"{p.number}. {p.activity} — {p.proposer_name} ({label(STATUS_TITLES[ProposalStatus(p.status)])})"
            )
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Bawa yang dicentang"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        text = (
            self.tr("Usulan yang belum didanai dari tahun sebelumnya:")
            if candidates
            else self.tr("Tidak ada usulan tahun lalu yang dapat dibawa.")
        )
        layout.addWidget(QLabel(text))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

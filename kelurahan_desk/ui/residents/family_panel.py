"""The family (KK) of the resident on show: number, address, head and every member with relationship."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.services.residents import FamilyView
from kelurahan_desk.ui.record_table_model import place
from kelurahan_desk.ui.residents.choices import RELATIONSHIP, STATUS, label
from kelurahan_desk.ui.residents.table_model import sex_letter, short_date


class FamilyPanel(QWidget):
    member_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.members = QTableWidget(0, 6)
        self.members.setTabKeyNavigation(False)
        self.members.setHorizontalHeaderLabels(
            [
                self.tr("Hubungan"),
                self.tr("Nama"),
                self.tr("NIK"),
                self.tr("L/P"),
                self.tr("Tgl. lahir"),
                self.tr("Status"),
            ]
        )
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members.verticalHeader().setVisible(False)
        self.members.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.members.horizontalHeader().setStretchLastSection(True)
        self.members.setToolTip(self.tr("Klik dua kali (atau Enter) untuk membuka data anggota keluarga."))
        self.members.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.members, 1)
        self.show_family(None)

    def show_family(self, family: FamilyView | None) -> None:
        self.members.setRowCount(0)
        if family is None:
            self.summary.setText(self.tr("Penduduk ini belum tercatat dalam kartu keluarga (KK)."))
            return
        head = family.head.name if family.head else self.tr("(belum ditentukan)")
        self.summary.setText(
            self.tr("<b>No. KK {kk}</b><br>Kepala keluarga: {head}<br>Alamat: {address} RT/RW {rt_rw}").format(
                kk=family.kk, head=head, address=family.address or "—", rt_rw=place(family.rt, family.rw) or "—"
            )
        )
        members = sorted(
            family.members, key=lambda m: m.resident_id != (family.head.resident_id if family.head else "")
        )
        self.members.setRowCount(len(members))
        for row, member in enumerate(members):
            cells = [
                label(RELATIONSHIP, member.relationship) if member.relationship else "—",
                member.name,
                member.nik,
                sex_letter(member.sex),
                short_date(member.birth_date),
                label(STATUS, member.status),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, member.resident_id)
                self.members.setItem(row, column, item)

    def _activated(self, item: QTableWidgetItem) -> None:
        self.member_activated.emit(str(item.data(Qt.ItemDataRole.UserRole)))

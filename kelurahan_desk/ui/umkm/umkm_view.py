"""The UMKM registry: search by business, owner or NIB; filter by sector, size class, NIB status and RW;
register and edit businesses; link the letters issued for them; export what the search shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.domain.business_size import SIZE_TITLES, SizeClass
from kelurahan_desk.core.services.permissions import Permission
from kelurahan_desk.core.services.umkm import NIB_STATUSES, SECTORS, BusinessQuery, BusinessRow
from kelurahan_desk.ui.amount_texts import thousands
from kelurahan_desk.ui.error_dialog import show_error
from kelurahan_desk.ui.input_prompts import ask_choice, ask_text
from kelurahan_desk.ui.message_boxes import inform
from kelurahan_desk.ui.programme_labels import label
from kelurahan_desk.ui.record_table_model import (
    CENTRE,
    RIGHT,
    Column,
    RecordTableModel,
    enable_on_selection,
    place,
    record_table_view,
    selected_rows,
)
from kelurahan_desk.ui.umkm.business_dialog import BusinessDialog
from kelurahan_desk.ui.view_context import ViewContext


def _amount(value: int | None) -> str:
    return thousands(value) if value is not None else ""


def _size(row: BusinessRow) -> str:
    return label(SIZE_TITLES[SizeClass(row.size_class)]) if row.size_class else ""


class UmkmView(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.umkm = context.services.programmes.umkm
        self.actor = context.actor
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari nama usaha, pemilik atau NIB"))
        self.search.setClearButtonEnabled(True)
        self.sector = self._filter(self.tr("Semua sektor"), SECTORS)
        self.size = self._filter(self.tr("Semua kelas"), {s.value: SIZE_TITLES[s] for s in SizeClass})
        self.nib = self._filter(self.tr("Semua status NIB"), NIB_STATUSES)
        self.rw = QLineEdit()
        self.rw.setPlaceholderText(self.tr("RW"))
        self.rw.setValidator(QIntValidator(1, 999, self.rw))
        self.rw.setMaximumWidth(60)
        self.inactive = QCheckBox(self.tr("Termasuk yang tutup"))
        self.new_button = QPushButton(self.tr("&Daftarkan usaha…"))
        self.edit_button = QPushButton(self.tr("&Ubah…"))
        self.letter_button = QPushButton(self.tr("Catat &surat…"))
        self.export_button = QPushButton(self.tr("&Ekspor…"))
        can_manage = self.actor.can(Permission.MANAGE_PROGRAMMES)
        for button in (self.new_button, self.edit_button, self.letter_button):
            button.setVisible(can_manage)
        self.export_button.setVisible(self.actor.can(Permission.EXPORT_DATA))
        self.model: RecordTableModel[BusinessRow] = RecordTableModel(
            [
                Column(label("Nama usaha"), lambda r: r.name),
                Column(label("Pemilik"), lambda r: r.owner_name),
                Column(label("Sektor"), lambda r: label(SECTORS.get(r.sector, r.sector))),
                Column(label("Kelas"), _size),
                Column(label("Modal (Rp)"), lambda r: _amount(r.capital), lambda r: r.capital or 0, RIGHT),
                Column(
                    label("Omzet setahun (Rp)"), lambda r: _amount(r.yearly_sales), lambda r: r.yearly_sales or 0, RIGHT
                ),
                Column(label("NIB"), lambda r: r.nib or label(NIB_STATUSES.get(r.nib_status, ""))),
                Column(label("RT/RW"), lambda r: place(r.rt, r.rw)),
                Column(label("Surat"), lambda r: str(r.letter_count) if r.letter_count else "", align=CENTRE),
            ],
            self,
            muted=lambda r: not r.active,
        )
        self.table = record_table_view(self.model)
        self.count = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for widget in (self.sector, self.size, self.nib, self.rw, self.inactive):
            filters.addWidget(widget)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        for button in (self.new_button, self.edit_button, self.letter_button, self.export_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.rw.textChanged.connect(lambda _t: self._debounce.start())
        for box in (self.sector, self.size, self.nib):
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.inactive.toggled.connect(lambda _c: self.refresh())
        self.new_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.letter_button.clicked.connect(self.link_letter)
        self.export_button.clicked.connect(self.export)
        enable_on_selection(self.table, self.edit_button, self.letter_button)
        self.refresh()

    def _filter(self, everything: str, choices: dict[str, str]) -> QComboBox:
        box = QComboBox()
        box.addItem(everything, None)
        for key, title in choices.items():
            box.addItem(label(title), key)
        return box

    def focus_first(self) -> None:
        self.search.setFocus()

    def query(self) -> BusinessQuery:
        return BusinessQuery(
            text=self.search.text(),
            sector=self.sector.currentData(),
            size_class=self.size.currentData(),
            nib_status=self.nib.currentData(),
            rw=int(self.rw.text()) if self.rw.text().isdigit() else None,
            active=None if self.inactive.isChecked() else True,
        )

    def refresh(self) -> None:
        self._debounce.stop()
        rows = self.umkm.search(self.actor, self.query())
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n usaha", "", len(rows)))

    def selected(self) -> BusinessRow | None:
        rows = selected_rows(self.table)
        return self.model.row_at(rows[0]) if rows else None

    def open_dialog(self, business_id: str | None) -> None:
        existing = self.umkm.get(self.actor, business_id) if business_id else None
        if BusinessDialog(self.context, self, existing).exec():
            self.refresh()

    def edit_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None and self.actor.can(Permission.MANAGE_PROGRAMMES):
            self.open_dialog(chosen.id)

    def link_letter(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        suggestions = self.umkm.owner_letters(self.actor, chosen.id)
        offered = [f"{s.letter_kind} {s.letter_number}" for s in suggestions]
        if offered:
            picked = ask_choice(
                self, self.tr("Catat surat"), self.tr("Surat usaha milik pemilik:"), offered, ok_text=self.tr("Catat")
            )
            number = suggestions[offered.index(picked)].letter_number if picked is not None else ""
        else:
            number = ask_text(
                self, self.tr("Catat surat"), self.tr("Nomor surat yang sudah terbit:"), ok_text=self.tr("Catat")
            )
        if not number:
            return
        try:
            self.umkm.link_letter(self.actor, chosen.id, number)
        except Exception as exc:
            show_error(self, exc)
            return
        self.refresh()

    def export(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor UMKM"), str(Path.home() / "umkm.xlsx"), "Excel (*.xlsx);;CSV (*.csv)"
        )
        if not chosen:
            return
        try:
            count = self.umkm.export(self.actor, self.query(), Path(chosen))
        except Exception as exc:
            show_error(self, exc)
            return
        inform(self, self.tr("Ekspor selesai"), self.tr("{n} usaha diekspor ke:\n{path}").format(n=count, path=chosen))

"""The right half of the residents view: one resident's form, family and history, and its actions.

Save (Ctrl+S) creates or updates through `ResidentService`; warnings (findings) are shown beside
their field but do not stop the save. "Pindah…" and "Meninggal…" record life events.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.errors import DeskError, ValidationError
from kelurahan_desk.core.services.permissions import Permission
from kelurahan_desk.core.services.residents import ResidentDetail
from kelurahan_desk.ui.error_dialog import show_error
from kelurahan_desk.ui.label_look import set_heading, set_text_color
from kelurahan_desk.ui.residents.choices import EVENT_KIND, label
from kelurahan_desk.ui.residents.family_panel import FamilyPanel
from kelurahan_desk.ui.residents.resident_form import ResidentForm
from kelurahan_desk.ui.residents.table_model import short_date
from kelurahan_desk.ui.view_context import RESIDENTS, ViewContext


class ResidentDetailPanel(QWidget):
    saved = Signal(str)
    open_resident = Signal(str)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.detail: ResidentDetail | None = None
        self.dirty = False
        self._may_edit = may_edit = context.actor.can(Permission.EDIT_RESIDENTS)

        self.heading = QLabel()
        set_heading(self.heading, 13)
        self.notice = QLabel()
        set_text_color(self.notice, "#1b5e20")
        self.form = ResidentForm()
        self.form.edited.connect(self._edited)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        scroll.setWidget(self.form)
        # the splitter beside this panel may not squeeze the form under its fields (there is no sideways scroll)
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(self.form.minimumSizeHint().width() + bar + 2 * scroll.frameWidth())
        self.form_scroll = scroll
        self.family = FamilyPanel()
        self.family.member_activated.connect(self.open_resident)
        self.history = QTableWidget(0, 5)
        self.history.setTabKeyNavigation(False)
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Tanggal"),
                self.tr("Peristiwa"),
                self.tr("Tempat/tujuan"),
                self.tr("Catatan"),
                self.tr("Dicatat oleh"),
            ]
        )
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("&Data penduduk"))
        self.tabs.addTab(self.family, self.tr("Kel&uarga"))
        self.tabs.addTab(self.history, self.tr("&Riwayat"))

        self.save_button = QPushButton(self.tr("&Simpan"))
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.setDefault(True)
        self.move_button = QPushButton(self.tr("Pinda&h…"))
        self.death_button = QPushButton(self.tr("&Meninggal…"))
        self.move_button.setToolTip(self.tr("Catat penduduk ini pindah keluar"))
        self.death_button.setToolTip(self.tr("Catat kematian penduduk ini"))
        for button in (self.save_button, self.move_button, self.death_button):
            button.setVisible(may_edit)
        self.save_button.clicked.connect(self.save)
        self.move_button.clicked.connect(lambda: self.record_event("pindah"))
        self.death_button.clicked.connect(lambda: self.record_event("meninggal"))
        save = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.setWhatsThis(self.tr("Simpan data penduduk"))
        for edit in self.form.findChildren(QLineEdit):
            edit.returnPressed.connect(self.save)  # Enter in any field saves, as in a dialog

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.move_button)
        buttons.addWidget(self.death_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        self.form.setEnabled(may_edit)
        self.start_new()

    # --- what is on show --------------------------------------------------------------------------

    def start_new(self) -> None:
        self.detail = None
        self.form.load(None)
        self.heading.setText(self.tr("Penduduk baru") if self._may_edit else self.tr("Pilih penduduk di daftar"))
        self.family.show_family(None)
        self.history.setRowCount(0)
        self.notice.clear()
        self._set_dirty(False)
        self._update_buttons()
        self.tabs.setCurrentIndex(0)

    def show_resident(self, resident_id: str) -> None:
        services, actor = self._context.services, self._context.actor
        try:
            detail = services.residents.get(actor, resident_id)
            family = services.residents.family(actor, detail.family_id) if detail.family_id else None
            events = services.residents.events(actor, resident_id)
        except DeskError as exc:
            show_error(self, exc)
            return
        self.detail = detail
        self.form.load(detail)
        self.heading.setText(detail.name)
        self.family.show_family(family)
        self.history.setRowCount(len(events))
        for row, event in enumerate(events):
            cells = (
                short_date(event.event_date),
                label(EVENT_KIND, event.kind),
                event.place,
                event.note,
                event.recorded_by,
            )
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()
        self.notice.clear()
        self._set_dirty(False)
        self._update_buttons()

    def resident_id(self) -> str | None:
        return self.detail.id if self.detail else None

    def _update_buttons(self) -> None:
        living = self.detail is not None and self.detail.status == "hidup"
        self.move_button.setEnabled(living)
        self.death_button.setEnabled(living)

    def _edited(self) -> None:
        self._set_dirty(True)
        self.notice.clear()

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.save_button.setEnabled(dirty or self.detail is None)

    # --- actions ----------------------------------------------------------------------------------

    def save(self) -> bool:
        if not self._context.actor.can(Permission.EDIT_RESIDENTS):
            return False
        services, actor = self._context.services, self._context.actor
        self.form.errors.clear()
        if self.form.errors.show_missing():
            return False
        try:
            value = self.form.value()
            if self.detail is None:
                detail, findings = services.residents.create(actor, value)
            else:
                detail, findings = services.residents.update(actor, self.detail.id, value, self.detail.rev)
        except ValidationError as exc:
            self.form.show_errors(exc)
            return False
        except DeskError as exc:
            show_error(self, exc)
            return False
        self.show_resident(detail.id)
        self.form.show_findings(findings)
        self.notice.setText(self.tr("Tersimpan, dengan peringatan di atas.") if findings else self.tr("Tersimpan."))
        self._context.notices.notify(RESIDENTS)
        self.saved.emit(detail.id)
        return True

    def record_event(self, kind: str) -> None:
        from kelurahan_desk.ui.residents.event_dialog import LifeEventDialog

        if self.detail is None:
            return
        services, actor, resident_id = self._context.services, self._context.actor, self.detail.id
        record = services.residents.record_move_out if kind == "pindah" else services.residents.record_death

        def submit(when: date, place: str, note: str) -> object:
            return record(actor, resident_id, when, place, note)

        dialog = LifeEventDialog(kind, self.detail.name, services.clock.today(), submit, self)
        if dialog.exec():
            self.show_resident(resident_id)
            self._context.notices.notify(RESIDENTS)
            self.saved.emit(resident_id)

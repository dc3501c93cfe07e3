"""Pengaduan & laporan: the queues, intake at the front desk, the lurah's overview, the categories, and the
holiday calendar the deadlines count with.

Ctrl+N in the queue opens the intake; the tabs answer to Alt+their letter (Ctrl+digits belong to the main
window). After an intake the new case is shown in the queue with its receipt one keystroke away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from kelurahan_desk.core.services.case_views import IntakeResult
from kelurahan_desk.core.services.permissions import Permission
from kelurahan_desk.ui.cases.case_labels import long_date
from kelurahan_desk.ui.cases.category_editor import CategoryEditor
from kelurahan_desk.ui.cases.holiday_editor import HolidayEditor
from kelurahan_desk.ui.cases.intake_form import CaseIntakeForm
from kelurahan_desk.ui.cases.overdue_view import OverdueByOfficerView
from kelurahan_desk.ui.cases.queue_view import CASES, CaseQueueView
from kelurahan_desk.ui.view_context import ViewContext


class CasesView(QWidget):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        actor = context.actor
        self.tabs = QTabWidget()
        self.queue = CaseQueueView(context)
        self.tabs.addTab(self.queue, self.tr("Antr&ian kasus"))
        self.intake: CaseIntakeForm | None = None
        self.overdue: OverdueByOfficerView | None = None
        self.categories: CategoryEditor | None = None
        self.last_saved = QLabel()
        self.last_saved.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.last_saved.setVisible(False)
        if actor.can(Permission.HANDLE_CASES):
            self.intake = CaseIntakeForm(context)
            self.tabs.addTab(self.intake, self.tr("Kasus &baru"))
            self.intake.saved.connect(self._intake_saved)
        if actor.can(Permission.VERIFY_CASES) or actor.can(Permission.ESCALATE_CASES):
            self.overdue = OverdueByOfficerView(context)
            self.tabs.addTab(self.overdue, self.tr("Terla&mbat per petugas"))
            self.overdue.escalated.connect(lambda _id: self._changed())
        if actor.can(Permission.MANAGE_CATEGORIES):
            self.categories = CategoryEditor(context)
            self.tabs.addTab(self.categories, self.tr("Kate&gori"))
            self.categories.saved.connect(self._categories_saved)
        self.holidays = HolidayEditor(context)
        self.tabs.addTab(self.holidays, self.tr("&Hari libur"))
        self.holidays.changed.connect(lambda _moved: self._changed())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.last_saved)
        layout.addWidget(self.tabs, 1)
        self.queue.case_changed.connect(lambda _id: self.overdue.refresh() if self.overdue is not None else None)
        self.tabs.currentChanged.connect(lambda _i: self.focus_first())
        context.notices.changed.connect(self._on_notice)
        # on the queue only: the category editor has its own Ctrl+N, and two in one window cancel each other
        new_case = QShortcut(QKeySequence.StandardKey.New, self.queue, self.start_intake)
        new_case.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_case.setWhatsThis(self.tr("Kasus baru"))

    def focus_first(self) -> None:
        widget = self.tabs.currentWidget()
        focus = getattr(widget, "focus_first", None)
        if callable(focus):
            focus()

    def start_intake(self) -> None:
        if self.intake is not None:
            self.tabs.setCurrentWidget(self.intake)
            self.intake.focus_first()

    def _intake_saved(self, result: IntakeResult) -> None:
        self.last_saved.setText(
            self.tr(
                "Kasus {number} tersimpan. Dijanjikan {promised}. Cetak tanda terima di kanan atas (Alt+T)."
            ).format(number=result.number, promised=long_date(result.promised_on))
        )
        self.last_saved.setVisible(True)
        self._changed()
        self.tabs.setCurrentWidget(self.queue)
        self.queue.select_case(result.id)
        self.queue.detail.receipt_button.setFocus()

    def _categories_saved(self) -> None:
        self.queue.filters.load_choices()
        if self.intake is not None:
            self.intake.load_categories()

    def _changed(self) -> None:
        self._context.notices.notify(CASES)
        self.queue.refresh()
        if self.overdue is not None:
            self.overdue.refresh()

    def _on_notice(self, topic: str) -> None:
        if topic == "accounts":
            self.queue.filters.load_choices()

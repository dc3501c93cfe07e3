"""Hari libur: the calendar that case deadlines count with, one year at a time, and (for the administrator)
the office's own decisions on top of it.

The list shows every national holiday and cuti bersama of the year, the days the office added, and the
national days it gives back as working days. Choosing a row fills the form below it; Ctrl+S saves a new
decision, Delete removes the chosen one. Either way the running case deadlines are counted again and
`changed` is emitted with how many cases moved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.core.domain.working_days import HolidaySource
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.holiday_overrides import (
    FIRST_YEAR,
    LAST_YEAR,
    NAME_MAX,
    HolidayOverrideView,
    OverrideInput,
    OverrideKind,
)
from kelurahan_desk.core.services.permissions import Permission
from kelurahan_desk.ui.cases.case_labels import long_date
from kelurahan_desk.ui.error_dialog import show_error
from kelurahan_desk.ui.form_errors import FieldErrors
from kelurahan_desk.ui.message_boxes import ask
from kelurahan_desk.ui.view_context import ViewContext

CONTEXT = "HolidayEditor"
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
GIVEN_BACK = "given_back"
WEEKDAYS = (
    QT_TRANSLATE_NOOP("HolidayEditor", "Senin"),
    QT_TRANSLATE_NOOP("HolidayEditor", "Selasa"),
    QT_TRANSLATE_NOOP("HolidayEditor", "Rabu"),
    QT_TRANSLATE_NOOP("HolidayEditor", "Kamis"),
    QT_TRANSLATE_NOOP("HolidayEditor", "Jumat"),
    QT_TRANSLATE_NOOP("HolidayEditor", "Sabtu"),
    QT_TRANSLATE_NOOP("HolidayEditor", "Minggu"),
)
SOURCES = {
    HolidaySource.PUBLIC.value: QT_TRANSLATE_NOOP("HolidayEditor", "libur nasional"),
    HolidaySource.CUTI_BERSAMA.value: QT_TRANSLATE_NOOP("HolidayEditor", "cuti bersama"),
    HolidaySource.OFFICE_OVERRIDE.value: QT_TRANSLATE_NOOP("HolidayEditor", "ketetapan kantor: libur"),
    GIVEN_BACK: QT_TRANSLATE_NOOP("HolidayEditor", "ketetapan kantor: hari kerja"),
}


@dataclass(frozen=True)
class CalendarRow:
    day: date
    name: str
    source: str  # a HolidaySource value, or GIVEN_BACK
    override: HolidayOverrideView | None  # the office's decision on this day, if any


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class HolidayEditor(QWidget):
    changed = Signal(int)  # cases whose deadlines were counted again

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.can_edit = context.actor.can(Permission.MANAGE_OFFICE)
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(context.services.clock.today().year)
        self.summary = QLabel()
        self.table = QTreeWidget()
        self.table.setHeaderLabels([self.tr("Tanggal"), self.tr("Hari"), self.tr("Keterangan"), self.tr("Sumber")])
        self.table.setRootIsDecorated(False)
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(1, 80)
        header = self.table.header()
        header.setStretchLastSection(False)  # the description gives way; the source is read whole
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.errors = FieldErrors()
        self.day = QDateEdit()
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.day.setCalendarPopup(True)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Libur kantor (ditambahkan)"), OverrideKind.ADDED.value)
        self.kind.addItem(self.tr("Hari kerja (libur nasional tidak diikuti)"), OverrideKind.REMOVED.value)
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX)
        self.name.setPlaceholderText(self.tr("Nama hari libur, atau alasan tetap bekerja"))
        self.save_button = QPushButton(self.tr("&Simpan ketetapan"))
        self.remove_button = QPushButton(self.tr("Hapus ketetapan"))
        self.remove_button.setToolTip(self.tr("Tombol Delete pada daftar"))
        self.status = QLabel()
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        year_label = QLabel(self.tr("Tahu&n"))
        year_label.setBuddy(self.year)
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        if self.can_edit:
            form = QFormLayout()
            self.errors.add_row(form, "day", self.tr("Tangga&l"), self.day)
            self.errors.add_row(form, "kind", self.tr("&Jenis ketetapan"), self.kind)
            self.errors.add_row(form, "name", self.tr("K&eterangan"), self.name)
            buttons = QHBoxLayout()
            buttons.addWidget(self.status, 1)
            buttons.addWidget(self.remove_button)
            buttons.addWidget(self.save_button)
            layout.addWidget(QLabel(self.tr("Ketetapan kantor (berlaku untuk tenggat semua kasus yang berjalan):")))
            layout.addLayout(form)
            layout.addWidget(self.errors.general)
            layout.addLayout(buttons)
            self.save_button.clicked.connect(self.save)
            self.remove_button.clicked.connect(self.remove_chosen)
            save = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
            save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            save.setWhatsThis(self.tr("Simpan hari libur"))
            remove = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_chosen)
            remove.setContext(Qt.ShortcutContext.WidgetShortcut)
            remove.setWhatsThis(self.tr("Hapus hari libur terpilih (di daftar)"))
        else:
            layout.addWidget(QLabel(self.tr("Hanya administrator yang dapat mengubah hari libur kantor.")))
        self.year.valueChanged.connect(lambda _y: self.refresh())
        self.table.currentItemChanged.connect(lambda current, _old: self._choose(current))
        self.refresh()

    def focus_first(self) -> None:
        self.table.setFocus()

    def rows(self) -> list[CalendarRow]:
        year, services, actor = self.year.value(), self._context.services, self._context.actor
        overrides = {o.day: o for o in services.holiday_overrides.list(actor, year)}
        rows = [
            CalendarRow(d.day, d.name, d.source.value, overrides.get(d.day))
            for d in services.calendar.non_working_days(year)
        ]
        rows += [
            CalendarRow(o.day, f"{o.national_name} — {o.name}" if o.name else o.national_name, GIVEN_BACK, o)
            for o in overrides.values()
            if o.kind == OverrideKind.REMOVED
        ]
        return sorted(rows, key=lambda row: row.day)

    def refresh(self, keep: date | None = None) -> None:
        year = self.year.value()
        calendar = self._context.services.calendar
        working = calendar.working_days_between(date(year - 1, 12, 31), date(year, 12, 31))
        self.summary.setText(self.tr("{count} hari kerja dalam setahun").format(count=working))
        self.table.clear()
        chosen: QTreeWidgetItem | None = None
        for row in self.rows():
            item = QTreeWidgetItem(
                [long_date(row.day), _tr(WEEKDAYS[row.day.weekday()]), row.name, _tr(SOURCES[row.source])]
            )
            item.setData(0, ROW_ROLE, row)
            if row.override is not None:
                font = QFont(item.font(0))
                font.setBold(True)
                for column in range(4):
                    item.setFont(column, font)
            if row.source == GIVEN_BACK:
                for column in range(4):
                    item.setForeground(column, QBrush(QColor("#1b5e20")))
            self.table.addTopLevelItem(item)
            if row.day == keep:
                chosen = item
        if chosen is not None:
            self.table.setCurrentItem(chosen)
        elif keep is None:
            self._fill(date(year, 1, 1) if year != self._context.services.clock.today().year else None)

    def chosen(self) -> CalendarRow | None:
        item = self.table.currentItem()
        return item.data(0, ROW_ROLE) if item is not None else None

    def _choose(self, item: QTreeWidgetItem | None) -> None:
        row: CalendarRow | None = item.data(0, ROW_ROLE) if item is not None else None
        self.remove_button.setEnabled(row is not None and row.override is not None)
        if row is None:
            return
        self.errors.clear()
        self.day.setDate(QDate(row.day.year, row.day.month, row.day.day))
        if row.override is not None:
            self.kind.setCurrentIndex(self.kind.findData(row.override.kind.value))
            self.name.setText(row.override.name)
        else:  # a national day: the likely decision is to work on it
            self.kind.setCurrentIndex(self.kind.findData(OverrideKind.REMOVED.value))
            self.name.clear()

    def _fill(self, day: date | None) -> None:
        day = day or self._context.services.clock.today()
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.kind.setCurrentIndex(0)
        self.name.clear()
        self.remove_button.setEnabled(False)

    def value(self) -> OverrideInput:
        return OverrideInput(self.day.date().toPython(), self.kind.currentData(), self.name.text())

    def save(self) -> None:
        if not self.can_edit:
            return
        self.errors.clear()
        value = self.value()
        try:
            change = self._context.services.holiday_overrides.add(self._context.actor, value)
        except ValidationError as error:
            self.errors.show(error)
            return
        except Exception as error:
            show_error(self, error)
            return
        self._done(value.day, change.cases_moved)

    def remove_chosen(self) -> None:
        row = self.chosen()
        if not self.can_edit or row is None or row.override is None:
            return
        question = self.tr("Hapus ketetapan kantor untuk {day}? Hari itu kembali mengikuti kalender nasional.")
        if not ask(self, self.tr("Hapus ketetapan"), question.format(day=long_date(row.day))):
            return
        try:
            moved = self._context.services.holiday_overrides.remove(
                self._context.actor, row.override.id, expected_rev=row.override.rev
            )
        except Exception as error:
            show_error(self, error)
            return
        self._done(row.day, moved)

    def _done(self, day: date, moved: int) -> None:
        if self.year.value() != day.year:
            self.year.blockSignals(True)
            self.year.setValue(day.year)
            self.year.blockSignals(False)
        self.refresh(keep=day)
        self.status.setText(
            self.tr("Tersimpan. Tenggat {count} kasus dihitung ulang.").format(count=moved)
            if moved
            else self.tr("Tersimpan. Tidak ada tenggat kasus yang berubah.")
        )
        self.changed.emit(moved)

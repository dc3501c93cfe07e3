"""The year's schedule: each phase of the cycle with its planned start and end, and the day it was entered.
The office moves the planned dates; the service checks their order."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from kelurahan_desk.core.domain.musrenbang_phases import PhaseDates
from kelurahan_desk.core.services.musrenbang_views import CycleView
from kelurahan_desk.ui.programme_labels import label


def _date_edit(day: date | None) -> QDateEdit:
    edit = QDateEdit(QDate(day) if day else QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    return edit


class PhaseDatesDialog(QDialog):
    def __init__(self, cycle: CycleView, parent: QWidget | None = None, *, editable: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Jadwal musrenbang {year}").format(year=cycle.year))
        self.cycle = cycle
        grid = QGridLayout()
        for column, heading in enumerate((self.tr("Tahap"), self.tr("Mulai"), self.tr("Selesai"), self.tr("Dimasuki"))):
            grid.addWidget(QLabel(f"<b>{heading}</b>"), 0, column)
        self.edits: list[tuple[QDateEdit, QDateEdit]] = []
        for row, phase in enumerate(cycle.phases, start=1):
            starts, ends = _date_edit(phase.starts_on), _date_edit(phase.ends_on)
            for edit in (starts, ends):
                edit.setEnabled(editable)
            current = phase.phase == cycle.phase
            title = label(phase.title)
            grid.addWidget(QLabel(f"<b>{title}</b>" if current else title), row, 0)
            grid.addWidget(starts, row, 1)
            grid.addWidget(ends, row, 2)
            grid.addWidget(QLabel(f"{phase.entered_on:%d-%m-%Y}" if phase.entered_on else "—"), row, 3)
            self.edits.append((starts, ends))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(editable)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Tutup"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def dates(self) -> list[PhaseDates]:
        return [
            PhaseDates(phase.phase, starts.date().toPython(), ends.date().toPython())  # type: ignore[arg-type]
            for phase, (starts, ends) in zip(self.cycle.phases, self.edits, strict=True)
        ]

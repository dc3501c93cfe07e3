"""What the case queue's "Sisa" column says: the working days left, and whose deadline they count."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt

from kelurahan_desk.core.domain.case_deadlines import DueMark
from kelurahan_desk.core.domain.case_states import CaseKind, CaseState
from kelurahan_desk.core.services.case_queues import CaseRow
from kelurahan_desk.ui.cases.case_table_model import COLUMN_KEYS, CaseTableModel

ROW = CaseRow(
    id="c1", number="011001-2611-0001", kind=CaseKind.PERMINTAAN_INFORMASI, category="Informasi publik",
    state=CaseState.SELESAI, citizen_name="Siti Aminah", anonymous=False, confidential=False, rt=3, rw=5,
    address="", received_on=date(2026, 10, 1), due_on=date(2026, 12, 4), working_days_left=5,
    mark=DueMark.ON_TRACK, assignee="", escalated=False, objection_open=True,
)


def left_text(qapp: object, row: CaseRow) -> str:
    model = CaseTableModel()
    model.set_rows([row])
    return model.index(0, COLUMN_KEYS.index("left")).data(Qt.ItemDataRole.DisplayRole)


def test_the_days_left_to_answer_an_objection_say_so(qapp: object) -> None:
    assert left_text(qapp, ROW) == "5 hari kerja lagi (keberatan)"
    late = replace(ROW, working_days_left=-2, mark=DueMark.OVERDUE)
    assert left_text(qapp, late).endswith("lewat 2 hari kerja (keberatan)")
    assert left_text(qapp, replace(ROW, objection_open=False, state=CaseState.DALAM_PROSES)) == "5 hari kerja lagi"

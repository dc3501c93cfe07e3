"""Intake at the front desk, keyboard only: find the resident, describe, place, attach a photo, save, print."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kelurahan_desk.core.services.case_queues import CaseQuery
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.services.residents import ResidentInput
from kelurahan_desk.ui.cases.cases_view import CasesView
from kelurahan_desk.ui.view_context import ViewContext
from tests.core.case_helpers import new_case, png_bytes
from tests.ui.conftest import screenshot


@pytest.fixture
def view(qtbot: QtBot, context: ViewContext, admin: Actor) -> CasesView:
    context.services.residents.create(
        admin,
        ResidentInput(
            "3273014501900001", "Siti Aminah", birth_date=date(1990, 1, 5), rt=3, rw=5, address="Jl. Melati 10"
        ),
    )
    widget = CasesView(context)
    qtbot.addWidget(widget)
    widget.resize(1360, 900)
    widget.show()
    return widget


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def tab(qtbot: QtBot, times: int = 1) -> QWidget | None:
    for _ in range(times):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    return focused()


def test_intake_by_keyboard_with_a_photo(qtbot: QtBot, view: CasesView, tmp_path: Path) -> None:
    form = view.intake
    assert form is not None
    view.queue.focus_first()
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # from the queue's search box
    assert view.tabs.currentWidget() is form and focused() is form.kind
    qtbot.keyClick(form.kind, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)  # pengaduan → permintaan informasi
    qtbot.keyClick(form.kind, Qt.Key.Key_Down)  # → laporan
    assert form.kind.currentData() == "laporan"
    assert tab(qtbot) is form.category
    qtbot.keyClick(form.category, Qt.Key.Key_Down)  # Infrastruktur → Jalan rusak
    assert form.category.currentData() == "kat-jalan"
    assert tab(qtbot) is form.citizen_mode
    assert tab(qtbot, 2) is form.lookup.box
    qtbot.keyClicks(form.lookup.box, "siti")
    form.lookup.search_now()  # the pause after typing
    qtbot.keyClick(form.lookup.box, Qt.Key.Key_Return)
    assert form.lookup.resident is not None and form.lookup.resident.name == "Siti Aminah"
    assert focused() is form.citizen_phone  # name, NIK and address are not asked for a resident
    qtbot.keyClicks(form.citizen_phone, "0812-3456-7890")
    assert tab(qtbot) is form.channel
    assert tab(qtbot) is form.description
    qtbot.keyClicks(form.description, "Jalan berlubang di depan masjid, sudah dua motor jatuh.")
    assert tab(qtbot) is form.rt  # the PPID fields are hidden for a report
    qtbot.keyClicks(form.rt, "3")
    assert tab(qtbot) is form.rw
    qtbot.keyClicks(form.rw, "5")
    assert tab(qtbot) is form.address
    qtbot.keyClicks(form.address, "Jl. Melati depan Masjid Al-Ikhlas")
    photo = tmp_path / "lubang.png"
    photo.write_bytes(png_bytes(64, 48))
    form.photos.add_file(photo)
    assert form.photos.count() == 1 and not form.photos.item(0).icon().isNull()
    form.suggest_duplicates()
    qtbot.wait(50)  # let the layouts settle before the picture
    screenshot(view, "cases-intake")
    qtbot.keyClick(form.address, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert view.tabs.currentWidget() is view.queue
    assert "011001-2611-0001 tersimpan" in view.last_saved.text()
    detail = view.queue.detail
    assert detail.case is not None and detail.case.number == "011001-2611-0001"
    assert detail.case.citizen_name == "Siti Aminah" and detail.case.rt == 3
    assert [a.role for a in detail.case.attachments] == ["lampiran"] and detail.photos.count() == 1
    assert focused() is detail.receipt_button
    opened: list[Path] = []
    detail.open_file = opened.append
    path = detail.print_receipt("a5")
    assert path is not None and opened == [path]
    text = " ".join(PdfReader(io.BytesIO(path.read_bytes())).pages[0].extract_text().split())
    assert "011001-2611-0001" in text and "Rabu, 9 Desember 2026" in text
    assert form.description.toPlainText() == ""  # ready for the next citizen
    qtbot.wait(50)  # let the layouts settle before the picture
    screenshot(view, "cases-after-intake")


def test_anonymous_information_request_and_errors_beside_fields(qtbot: QtBot, view: CasesView) -> None:
    form = view.intake
    assert form is not None
    view.start_intake()
    form.kind.setCurrentIndex(form.kind.findData("permintaan_informasi"))
    assert form.category.currentData() == "kat-informasi" and form.info_requested.isVisible()
    form.citizen_mode.setCurrentIndex(form.citizen_mode.findData("anonim"))
    assert not form.lookup.isVisible() and not form.citizen_phone.isVisible()
    form.description.setPlainText("Minta salinan anggaran RW")
    form.submit()
    assert "Wajib diisi" in form.errors.error_text("info_requested")
    form.info_requested.setPlainText("Rincian anggaran kegiatan RW 05 tahun 2026")
    form.submit()
    rows = view._context.services.cases.queue(view._context.actor, CaseQuery()).rows
    assert len(rows) == 1 and rows[0].anonymous and rows[0].kind.value == "permintaan_informasi"


def test_resident_must_be_chosen_and_similar_cases_can_be_linked(qtbot: QtBot, view: CasesView) -> None:
    services, actor = view._context.services, view._context.actor
    earlier = services.cases.intake(actor, new_case(rt=3, rw=5))
    form = view.intake
    assert form is not None
    view.start_intake()
    form.description.setPlainText("Lubang jalan makin besar")
    form.submit()
    assert "Wajib diisi" in form.errors.error_text("resident_id")
    form.citizen_mode.setCurrentIndex(form.citizen_mode.findData("bukan_penduduk"))
    form.citizen_name.setText("Pak Ujang")
    form.category.setCurrentIndex(form.category.findData("kat-jalan"))
    form.rt.setValue(3)
    form.rw.setValue(5)
    form.suggest_duplicates()
    assert form.duplicates.count() == 1 and earlier.number in form.duplicates.item(0).text()
    form.duplicates.item(0).setCheckState(Qt.CheckState.Checked)
    form.submit()
    shown = view.queue.detail.case
    assert shown is not None and shown.duplicate_of_number == earlier.number


def test_an_empty_intake_marks_every_missing_field_at_once(qtbot: QtBot, view: CasesView) -> None:
    form = view.intake
    assert form is not None
    view.start_intake()
    form.category.setCurrentIndex(form.category.findData(""))
    form.citizen_mode.setCurrentIndex(form.citizen_mode.findData("bukan_penduduk"))
    form.submit()
    marked = [field for field in ("category_id", "citizen_name", "description") if form.errors.error_text(field)]
    assert marked == ["category_id", "citizen_name", "description"]
    assert form.errors.error_text("citizen_phone") == ""
    assert view._context.services.cases.queue(view._context.actor, CaseQuery()).rows == []

"""The residents view on a real store: search by typing, edit and save, duplicate NIK, moving out."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kelurahan_desk.core.services.permissions import Actor, Role
from kelurahan_desk.core.services.residents import ResidentInput
from kelurahan_desk.ui.residents.event_dialog import LifeEventDialog
from kelurahan_desk.ui.residents.residents_view import ResidentsView
from kelurahan_desk.ui.residents.table_model import KK_COLUMN
from kelurahan_desk.ui.task_runner import TaskRunner
from kelurahan_desk.ui.view_context import ViewContext
from tests.ui.conftest import answer_next_dialog, click_button, screenshot

PEOPLE = (
    ResidentInput(
        "3273014501900001",
        "Siti Aminah",
        birth_date=date(1990, 1, 5),
        kk="3273010101200001",
        relationship="kepala",
        rt=3,
        rw=5,
        address="Jl. Melati No. 10",
        religion="islam",
    ),
    ResidentInput(
        "3273010203850002",
        "Budi Santoso",
        birth_date=date(1985, 3, 2),
        kk="3273010101200001",
        relationship="suami",
        rt=3,
        rw=5,
    ),
    ResidentInput("3273015512000003", "Dewi Lestari", birth_date=date(2000, 12, 15), rt=7, rw=2),
)


@pytest.fixture
def view(qtbot: QtBot, context: ViewContext, admin: Actor) -> ResidentsView:
    for person in PEOPLE:
        context.services.residents.create(admin, person)
    widget = ResidentsView(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    return widget


def names(view: ResidentsView) -> list[str]:
    return [row.name for row in view.model.rows()]


def test_typing_searches_after_a_short_pause(qtbot: QtBot, view: ResidentsView) -> None:
    assert names(view) == ["Budi Santoso", "Dewi Lestari", "Siti Aminah"]
    assert view.count_label.text() == "3 penduduk"
    qtbot.keyClicks(view.search_box, "ami")
    assert names(view) == ["Budi Santoso", "Dewi Lestari", "Siti Aminah"]  # not yet: waits for a pause
    qtbot.waitUntil(lambda: names(view) == ["Siti Aminah"], timeout=2000)
    view.search_box.setText("7/2")
    qtbot.waitUntil(lambda: names(view) == ["Dewi Lestari"], timeout=2000)
    view.search_box.setText("zzzz")
    qtbot.waitUntil(lambda: names(view) == [], timeout=2000)
    assert view.count_label.text() == "Tidak ada penduduk yang cocok."


def test_each_column_is_as_wide_as_the_table_itself_measures_its_cells(
    qtbot: QtBot, view: ResidentsView, context: ViewContext, admin: Actor
) -> None:
    context.services.residents.create(
        admin, ResidentInput("3273014107950004", "Raden Ayu Siti Nurhaliza Kusumawardhani Purbaningrum", rt=12, rw=10)
    )
    view.search_now()
    qtbot.waitUntil(lambda: len(names(view)) == 4, timeout=2000)
    header = view.table.horizontalHeader()
    for column in range(view.model.columnCount()):
        if column == KK_COLUMN:
            continue  # stretched: takes what is left
        needed = max(view.table.sizeHintForColumn(column), header.sectionSizeHint(column))
        title = view.model.headerData(column, Qt.Orientation.Horizontal)
        assert needed <= view.table.columnWidth(column) <= needed + 2, title
    assert view.table.columnWidth(1) > view.table.columnWidth(0)  # the long name is not cut


def test_choosing_a_row_shows_the_resident_and_the_family(qtbot: QtBot, view: ResidentsView) -> None:
    view.table.selectRow(2)
    form = view.detail.form
    assert form.name.text() == "Siti Aminah"
    assert form.birth_date.text() == "05-01-1990"
    assert form.sex.currentData() == "P"
    assert form.religion.currentData() == "islam"
    view.detail.tabs.setCurrentIndex(1)
    family = view.detail.family
    assert "3273010101200001" in family.summary.text() and "Siti Aminah" in family.summary.text()
    relationships = {family.members.item(r, 1).text(): family.members.item(r, 0).text() for r in range(2)}
    assert relationships == {"Siti Aminah": "Kepala keluarga", "Budi Santoso": "Suami"}
    screenshot(view, "residents-family")


def test_edit_and_save(qtbot: QtBot, view: ResidentsView, context: ViewContext, admin: Actor) -> None:
    view.table.selectRow(1)
    form = view.detail.form
    form.occupation.setCurrentText("Wiraswasta")
    form.name.clear()
    qtbot.keyClicks(form.name, "Dewi Lestari Putri")
    assert view.detail.dirty
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    saved = context.services.residents.search(admin, "Dewi")[0]
    detail = context.services.residents.get(admin, saved.id)
    assert (detail.name, detail.occupation) == ("Dewi Lestari Putri", "Wiraswasta")
    assert view.detail.notice.text() == "Tersimpan."
    assert "Dewi Lestari Putri" in names(view)
    assert view.model.row_at(view.table.currentIndex().row()).id == saved.id


def test_duplicate_nik_is_shown_beside_the_field_naming_the_other_resident(
    qtbot: QtBot, view: ResidentsView, context: ViewContext, admin: Actor
) -> None:
    view.start_new()
    form = view.detail.form
    qtbot.keyClicks(form.nik, "3273014501900001")
    qtbot.keyClicks(form.name, "Siti Kembar")
    qtbot.keyClick(form.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.errors.error_text("nik") == "NIK ini sudah dipakai oleh Siti Aminah (penduduk lain yang masih hidup)."
    assert form.nik.hasFocus()
    assert context.services.residents.count(admin, "Kembar") == 0
    screenshot(view, "residents-duplicate-nik")


def test_warnings_show_but_the_record_is_saved(
    qtbot: QtBot, view: ResidentsView, context: ViewContext, admin: Actor
) -> None:
    view.start_new()
    form = view.detail.form
    form.nik.setText("3273014501900009")
    form.name.setText("Rina Sari")
    form.birth_date.setText("06-01-1990")
    view.detail.save()
    assert "berbeda" in form.errors.warning_text("nik")
    assert view.detail.notice.text() == "Tersimpan, dengan peringatan di atas."
    assert context.services.residents.count(admin, "Rina") == 1
    screenshot(view, "residents-warning")


def test_unreadable_date_is_refused_beside_it(qtbot: QtBot, view: ResidentsView) -> None:
    view.start_new()
    form = view.detail.form
    form.nik.setText("3273014501900009")
    form.name.setText("Rina Sari")
    form.birth_date.setText("31-02-1990")
    view.detail.save()
    assert form.errors.error_text("birth_date").startswith("Tanggal tidak valid")
    assert form.birth_date.hasFocus()


def test_moving_out_is_recorded_as_an_event(
    qtbot: QtBot, view: ResidentsView, context: ViewContext, admin: Actor
) -> None:
    view.table.selectRow(0)
    assert view.detail.form.name.text() == "Budi Santoso"

    def fill(dialog: LifeEventDialog) -> None:
        dialog.place.setText("Kota Cimahi")
        screenshot(dialog, "event-move-out")
        dialog.save_button.click()

    seen = answer_next_dialog(fill)
    view.detail.move_button.click()
    assert seen == ["Catat pindah keluar"]
    budi = context.services.residents.search(admin, "Budi")[0]
    assert budi.status == "pindah"
    assert [e.kind for e in context.services.residents.events(admin, budi.id)] == ["pindah"]
    assert "Budi Santoso" not in names(view)  # the list shows living residents
    assert view.detail.history.item(0, 2).text() == "Kota Cimahi"
    assert not view.detail.move_button.isEnabled()


def test_leaving_unsaved_changes_asks_first(qtbot: QtBot, view: ResidentsView) -> None:
    view.table.selectRow(0)
    qtbot.keyClicks(view.detail.form.name, " X")
    seen = answer_next_dialog(click_button("Kembali"))
    view.table.selectRow(1)
    assert seen and "belum disimpan" in seen[0]
    assert view.detail.form.name.text() == "Budi Santoso X"
    assert view.table.currentIndex().row() == 0


def test_with_background_searches_a_late_answer_never_replaces_a_newer_one(
    qtbot: QtBot, context: ViewContext, admin: Actor
) -> None:
    for person in PEOPLE:
        context.services.residents.create(admin, person)
    threaded = replace(context, runner=TaskRunner())
    view = ResidentsView(threaded)
    qtbot.addWidget(view)
    view.show()
    for text in ("", "s", "si", "sit", "siti", "dewi"):
        view.search_box.setText(text)
        view.search_now()
    qtbot.waitUntil(lambda: threaded.runner.active_count() == 0, timeout=5000)
    assert names(view) == ["Dewi Lestari"]
    assert view.count_label.text() == "1 penduduk"


def test_keyboard_only_search_choose_and_edit(qtbot: QtBot, view: ResidentsView) -> None:
    view.window().activateWindow()
    view.focus_first()
    qtbot.keyClicks(view.search_box, "dewi")
    qtbot.keyClick(view.search_box, Qt.Key.Key_Return)
    assert names(view) == ["Dewi Lestari"]
    assert view.table.hasFocus()
    assert view.detail.form.name.text() == "Dewi Lestari"
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.detail.form.nik.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert view.detail.heading.text() == "Penduduk baru"


def test_on_a_1024_pixel_screen_the_form_keeps_its_fields_whole(qtbot: QtBot, view: ResidentsView) -> None:
    view.resize(1024 - 220, 700)  # the window less the navigation
    qtbot.waitUntil(lambda: view.detail.form_scroll.viewport().width() > 0)
    assert view.detail.form_scroll.viewport().width() >= view.detail.form.minimumSizeHint().width()
    assert view.detail.form.width() <= view.detail.form_scroll.viewport().width()


def test_a_read_only_account_is_asked_to_choose_a_resident_not_shown_an_empty_new_one(
    qtbot: QtBot, context: ViewContext
) -> None:
    camat = Actor("", "camat", "Staf Kecamatan", Role.READ_ONLY)
    widget = ResidentsView(ViewContext(context.services, camat, context.runner, context.notices, context.settings))
    qtbot.addWidget(widget)
    assert widget.detail.heading.text() == "Pilih penduduk di daftar"
    assert not widget.detail.save_button.isVisibleTo(widget)


def test_saving_an_empty_form_marks_every_required_field_at_once(
    qtbot: QtBot, view: ResidentsView, context: ViewContext
) -> None:
    detail = view.detail
    detail.start_new()
    detail.form.birth_place.setText("Bandung")
    before = context.services.residents.count(context.actor, "")
    assert detail.save() is False
    assert detail.form.errors.error_text("nik") == "Wajib diisi."
    assert detail.form.errors.error_text("name") == "Wajib diisi."
    assert detail.form.errors.error_text("birth_place") == ""
    assert context.services.residents.count(context.actor, "") == before

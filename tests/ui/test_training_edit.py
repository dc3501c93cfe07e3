"""A training programme made and edited in its dialog: topic, organiser, dates, place, quota, target group
and eligibility; a larger quota seats the waiting list in its order, a quota below the seats taken and
dates that leave a session outside are refused beside their field with the dialog kept open."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.services.training_views import SessionInput
from kelurahan_desk.ui.training.training_dialogs import ProgrammeDialog
from kelurahan_desk.ui.training.training_view import TrainingView, status_text
from kelurahan_desk.ui.view_context import ViewContext
from tests.core.programme_helpers import resident
from tests.ui.conftest import answer_guarded, screenshot

NIKS = [f"32730112039{n}000{n}" for n in range(1, 7)]


def opened(qtbot: QtBot, context: ViewContext) -> TrainingView:
    view = TrainingView(context)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    return view


def test_a_programme_is_made_then_edited_and_a_larger_quota_seats_the_waiting_list(
    qtbot: QtBot, context: ViewContext, admin: Actor
) -> None:
    training = context.services.programmes.training
    view = opened(qtbot, context)
    assert not view.edit_button.isEnabled()

    def make(dialog: ProgrammeDialog) -> None:
        assert dialog.windowTitle() == "Program pelatihan baru"
        dialog.title.setText("Pelatihan Menjahit")
        dialog.organiser.setText("Dinas Koperasi dan UKM")
        dialog.starts.setDate(QDate(2026, 11, 2))
        dialog.ends.setDate(QDate(2026, 11, 20))
        dialog.quota.setValue(2)
        dialog.rws.setText("5, x")
        dialog.ok_button.click()
        assert dialog.isVisible() and dialog.errors.error_text("allowed_rws")
        dialog.rws.setText("5")
        dialog.ok_button.click()

    failed = answer_guarded(make)
    view.new_button.click()
    assert failed == [] and view.programme is not None
    assert (view.programme.value.quota, view.programme.value.allowed_rws) == (2, (5,))
    programme_id = view.programme.id
    training.add_session(admin, programme_id, SessionInput(date(2026, 11, 10), "09.00", "12.00", "Pola dasar"))
    people = [resident(context.services, admin, nik, f"Warga {n}") for n, nik in enumerate(NIKS, start=1)]
    for person in people:
        view.register(person)
    assert [status_text(r) for r in view.model.rows()] == ["Peserta"] * 2 + [f"Daftar tunggu {n}" for n in (1, 2, 3, 4)]

    def edit(dialog: ProgrammeDialog) -> None:
        assert dialog.windowTitle() == "Ubah program pelatihan"
        assert (dialog.title.text(), dialog.quota.value(), dialog.rws.text()) == ("Pelatihan Menjahit", 2, "5")
        assert dialog.seats.text().startswith("Sekarang 2 peserta dan 4 di daftar tunggu.")
        dialog.topic.setPlainText("Pola dasar, menjahit busana muslim")
        dialog.place.setText("Aula RW 05")
        dialog.target.setText("Ibu rumah tangga")
        dialog.max_age.setValue(55)
        dialog.starts.setDate(QDate(2026, 11, 12))  # after the first session
        dialog.ok_button.click()
        assert dialog.isVisible()
        assert dialog.errors.error_text("starts_on") == (
            "Sesi 1 dijadwalkan pada 10-11-2026, di luar tanggal pelatihan yang baru."
        )
        dialog.starts.setDate(QDate(2026, 11, 2))
        dialog.quota.setValue(4)
        screenshot(dialog, "pelatihan-ubah-program")
        dialog.ok_button.click()

    failed = answer_guarded(edit)
    view.edit_button.click()
    assert failed == []
    edited = training.programme(admin, programme_id)
    assert (edited.value.quota, edited.value.place, edited.value.target_group, edited.value.max_age) == (
        4,
        "Aula RW 05",
        "Ibu rumah tangga",
        55,
    )
    assert edited.value.topic == "Pola dasar, menjahit busana muslim"
    assert [(r.name, status_text(r)) for r in view.model.rows()] == [
        ("Warga 1", "Peserta"),
        ("Warga 2", "Peserta"),
        ("Warga 3", "Peserta"),
        ("Warga 4", "Peserta"),
        ("Warga 5", "Daftar tunggu 1"),
        ("Warga 6", "Daftar tunggu 2"),
    ]
    assert view.notice.isVisible()
    assert view.notice.text() == "Naik dari daftar tunggu menjadi peserta: Warga 3, Warga 4."
    screenshot(view, "pelatihan-kuota-dinaikkan")

    def lower(dialog: ProgrammeDialog) -> None:
        dialog.quota.setValue(3)
        dialog.ok_button.click()
        assert dialog.isVisible()
        assert dialog.errors.error_text("quota") == "Kuota tidak boleh kurang dari jumlah peserta sekarang (4)."
        screenshot(dialog, "pelatihan-kuota-ditolak")
        dialog.reject()

    failed = answer_guarded(lower)
    view.edit_button.click()
    assert failed == []
    assert training.programme(admin, programme_id).value.quota == 4

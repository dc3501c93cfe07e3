"""The training screen: residents registered by NIK past the quota wait in line, and the line moves up
when a participant cancels; attendance, then certificates issued in the background and saved."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdf
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kelurahan_desk.core.services.permissions import Actor, Role
from kelurahan_desk.core.services.training_views import ProgrammeInput, SessionInput
from kelurahan_desk.ui.training.training_dialogs import OutcomeDialog
from kelurahan_desk.ui.training.training_view import TrainingView, status_text
from kelurahan_desk.ui.view_context import ViewContext
from tests.core.programme_helpers import resident
from tests.ui.conftest import answer_next_dialog, click_button, screenshot

NIKS = [f"32730112039{n}000{n}" for n in range(1, 6)]


def test_registration_past_the_quota_and_the_waiting_list_moving(
    qtbot: QtBot, context: ViewContext, admin: Actor, tmp_path: Path
) -> None:
    services = context.services
    for n, nik in enumerate(NIKS, start=1):
        resident(services, admin, nik, f"Warga Pelatihan {n}")
    programme = services.programmes.training.create_programme(
        admin,
        ProgrammeInput(
            "Pelatihan Menjahit",
            "Dinas Koperasi dan UKM",
            date(2026, 11, 2),
            date(2026, 11, 20),
            3,
            place="Aula Kelurahan",
        ),
    )
    services.programmes.training.add_session(admin, programme.id, SessionInput(date(2026, 11, 3), "09.00", "12.00"))
    view = TrainingView(context)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    with qtbot.waitActive(view):
        view.show()
    for nik in NIKS:
        view.focus_first()
        qtbot.keyClicks(view.search, nik)
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
        assert view.found.count() == 1
        qtbot.keyClick(view.found, Qt.Key.Key_Return)
    shown = [(r.name, status_text(r)) for r in view.model.rows()]
    assert shown == [
        ("Warga Pelatihan 1", "Peserta"),
        ("Warga Pelatihan 2", "Peserta"),
        ("Warga Pelatihan 3", "Peserta"),
        ("Warga Pelatihan 4", "Daftar tunggu 1"),
        ("Warga Pelatihan 5", "Daftar tunggu 2"),
    ]
    assert "daftar tunggu 2" in view.summary.text()
    screenshot(view, "pelatihan-daftar-tunggu")

    view.cancel(view.model.rows()[1].id, "Sakit")
    shown = [(r.name, status_text(r)) for r in view.model.rows()]
    assert shown[:4] == [
        ("Warga Pelatihan 1", "Peserta"),
        ("Warga Pelatihan 3", "Peserta"),
        ("Warga Pelatihan 4", "Peserta"),
        ("Warga Pelatihan 5", "Daftar tunggu 1"),
    ]
    assert shown[4] == ("Warga Pelatihan 2", "Batal")
    assert "Warga Pelatihan 4 naik dari daftar tunggu" in view.summary.text()

    [session] = services.programmes.training.sessions(admin, programme.id)
    seated = [r.id for r in view.model.rows() if r.status == "peserta"]
    services.programmes.training.record_attendance(admin, session.id, seated)
    view.refresh()
    view.save_certificates = lambda path=None: None  # type: ignore[method-assign]  (no file dialog here)
    seen = answer_next_dialog(click_button("OK"))
    view.issue_certificates()
    assert seen == ["3 sertifikat diterbitkan."]
    qtbot.waitUntil(lambda: view.programme is not None and view.programme.certificates == 3)
    target = tmp_path / "sertifikat.pdf"
    services.programmes.training.save_certificates(admin, programme.id, target)
    assert len(pypdf.PdfReader(target).pages) == 3
    screenshot(view, "pelatihan-sertifikat")


def test_outcomes_are_recorded_and_the_programme_closes(qtbot: QtBot, context: ViewContext, admin: Actor) -> None:
    services = context.services
    training = services.programmes.training
    person = resident(services, admin, NIKS[0], "Warga Pelatihan 1")
    programme = training.create_programme(
        admin, ProgrammeInput("Pelatihan Menjahit", "Dinas Koperasi dan UKM", date(2026, 11, 2), date(2026, 11, 20), 3)
    )
    training.register(admin, programme.id, person)
    view = TrainingView(context)
    qtbot.addWidget(view)
    view.show()
    view.table.selectRow(0)

    def nib(dialog: OutcomeDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData("nib"))
        dialog.note.setText("NIB 9120301234567")
        dialog.accept()

    answer_next_dialog(nib)  # type: ignore[arg-type]
    view.outcome_button.click()
    [outcome] = training.outcomes(admin, programme.id)
    assert (outcome.kind, outcome.on_date, outcome.note) == ("nib", services.clock.today(), "NIB 9120301234567")
    hasil = [view.model.headerData(n, Qt.Orientation.Horizontal) for n in range(view.model.columnCount())].index(
        "Hasil"
    )
    assert view.model.index(0, hasil).data() == "Memperoleh NIB"

    view.set_status("selesai")
    assert view.programme is not None and view.programme.status == "selesai"
    assert view.summary.text().startswith("Selesai · kuota 3")
    seen = answer_next_dialog(click_button("OK"))
    view.set_status("dibuka")  # a finished programme is not reopened
    qtbot.waitUntil(lambda: bool(seen))
    assert "pelatihan yang selesai tetap selesai" in seen[0] and view.programme.status == "selesai"


def test_the_buttons_wait_for_a_choice_and_the_screen_fits_a_small_window(
    qtbot: QtBot, context: ViewContext, admin: Actor
) -> None:
    services = context.services
    training = services.programmes.training
    programme = training.create_programme(
        admin,
        ProgrammeInput(
            "Pelatihan Pengolahan Pangan, Kemasan dan Pemasaran Digital bagi Pelaku Usaha Mikro Kelurahan",
            "Dinas Koperasi, Usaha Kecil dan Menengah Kota Bandung",
            date(2026, 11, 2),
            date(2026, 11, 20),
            1,
        ),
    )
    for n, nik in enumerate(NIKS[:2], start=1):
        training.register(admin, programme.id, resident(services, admin, nik, f"Warga Pelatihan {n}"))
    training.add_session(admin, programme.id, SessionInput(date(2026, 11, 3), "09.00", "12.00", "Keamanan pangan"))
    view = TrainingView(context)
    qtbot.addWidget(view)
    view.show()
    # the main window's navigation takes 220 px of a 1024-px screen
    assert view.minimumSizeHint().width() <= 760
    view.resize(780, 600)
    screenshot(view, "pelatihan-layar-1024")

    needing_a_row = (view.cancel_button, view.outcome_button)
    assert not any(button.isEnabled() for button in (*needing_a_row, view.attendance_button))
    view.sessions.setCurrentRow(0)
    assert view.attendance_button.isEnabled()
    view.table.selectRow(1)
    assert all(button.isEnabled() for button in needing_a_row)
    assert status_text(view.model.row_at(1)) == "Daftar tunggu 1"
    seen = answer_next_dialog(click_button("OK"))
    view.outcome_button.click()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["Hanya peserta (bukan daftar tunggu) yang dapat dicatat."]
    view.refresh()  # the rows and sessions are loaded again and nothing is chosen
    assert not any(button.isEnabled() for button in (*needing_a_row, view.attendance_button))


def test_a_read_only_account_sees_no_steps_it_may_not_take(qtbot: QtBot, context: ViewContext) -> None:
    camat = Actor("", "camat", "Staf Kecamatan", Role.READ_ONLY)
    view = TrainingView(ViewContext(context.services, camat, context.runner, context.notices, context.settings))
    qtbot.addWidget(view)
    view.show()
    steps = (view.register_button, view.cancel_button, view.outcome_button, view.session_button)
    assert not any(button.isVisible() for button in (*steps, view.attendance_button, view.certificate_button))
    assert not view.new_button.isVisible() and not view.search.isVisible() and view.list_button.isVisible()

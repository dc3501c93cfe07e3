"""The musrenbang screen's less common paths: the office's weighted criteria edited in a dialog, a
proposal with a resident as proposer, coordinates and a photo, and a progress report with its date and
photos."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QBuffer, QByteArray, QDate, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from kelurahan_desk.core.domain.musrenbang_phases import Phase
from kelurahan_desk.core.domain.proposal_scoring import DEFAULT_CRITERIA
from kelurahan_desk.core.services.musrenbang_views import AttendeeInput, ForumDetails
from kelurahan_desk.ui.musrenbang.criteria_dialog import CriteriaDialog, criterion_key
from kelurahan_desk.ui.musrenbang.musrenbang_view import MusrenbangView
from kelurahan_desk.ui.musrenbang.phase_dates_dialog import PhaseDatesDialog
from kelurahan_desk.ui.musrenbang.progress_dialog import ProgressDialog
from kelurahan_desk.ui.view_context import ViewContext
from tests.core.programme_helpers import proposal, resident
from tests.ui.conftest import answer_next_dialog, screenshot


def png(colour: str = "#2e7d32") -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def opened(qtbot: QtBot, context: ViewContext) -> MusrenbangView:
    view = MusrenbangView(context)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    view.open_cycle(2026)
    return view


def test_the_office_sets_its_weighted_criteria(qtbot: QtBot, context: ViewContext) -> None:
    view = opened(qtbot, context)
    view.tabs.setCurrentIndex(1)
    tab = view.ranking
    assert tab.criteria_button.isEnabled()

    def edit(dialog: CriteriaDialog) -> None:
        dialog.table.cellWidget(0, 1).setValue(30)  # type: ignore[union-attr]
        dialog.table.selectRow(5)
        dialog.remove_selected()
        dialog.add_row("Dampak lingkungan", 15)
        screenshot(dialog, "musrenbang-kriteria")
        dialog.accept()

    answer_next_dialog(edit)  # type: ignore[arg-type]
    tab.criteria_button.click()
    criteria = view.cycle.criteria  # type: ignore[union-attr]
    assert [(c.key, c.weight) for c in criteria] == [
        ("urgensi", 30),
        *((c.key, c.weight) for c in DEFAULT_CRITERIA[1:5]),
        ("dampak_lingkungan", 15),
    ]
    headers = " ".join(
        " ".join(str(tab.model.headerData(n, Qt.Orientation.Horizontal)).split())
        for n in range(tab.model.columnCount())
    )
    assert "Dampak lingkungan (bobot 15)" in headers and "Kesiapan lahan" not in headers

    context.services.programmes.musrenbang.advance_phase(context.actor, view.cycle.id, Phase.PRA_MUSRENBANG)  # type: ignore[union-attr]
    context.services.programmes.musrenbang.advance_phase(context.actor, view.cycle.id, Phase.FORUM)  # type: ignore[union-attr]
    view.refresh()
    assert tab.criteria_button.isEnabled()  # the forum may still weigh differently, until its berita acara


def test_new_criteria_get_unique_keys_from_their_titles() -> None:
    assert criterion_key("Kesiapan lahan", set()) == "kesiapan_lahan"
    assert criterion_key("Kesiapan lahan", {"kesiapan_lahan"}) == "kesiapan_lahan_2"
    assert criterion_key("2 tahun", set()) == "k_2_tahun"
    assert criterion_key("", set()) == "kriteria"


def test_a_proposal_with_a_resident_proposer_coordinates_and_a_photo(qtbot: QtBot, context: ViewContext) -> None:
    view = opened(qtbot, context)
    nik = "3273011203850001"
    resident(context.services, context.actor, nik, "Dadang Suherman")
    form = view.form
    form.activity.setText("Perbaikan jembatan Gg. Mawar")
    form.proposer.setText(nik)
    form.coordinates.setText("-6,8905; 107,6030")
    qtbot.keyClick(form.coordinates, Qt.Key.Key_Return)
    assert form.errors.error_text("latitude")  # decimal commas are not degrees
    form.coordinates.setText("-6.8905, 107.6030")
    form.photos.add_bytes("jembatan.png", png())
    screenshot(view, "musrenbang-usulan-foto")
    qtbot.keyClick(form.coordinates, Qt.Key.Key_Return)
    [saved] = view.proposal_model.rows()
    assert (saved.proposer_kind, saved.proposer_name) == ("penduduk", "Dadang Suherman")
    assert (saved.latitude, saved.longitude, saved.photo_count) == (-6.8905, 107.603, 1)
    assert form.photos.count() == 0 and form.coordinates.text() == ""
    form.activity.setText("Sumur resapan")
    form.proposer.setText("3273019999990001")
    qtbot.keyClick(form.activity, Qt.Key.Key_Return)
    assert form.errors.error_text("proposer_name") and len(view.proposal_model.rows()) == 1


def test_progress_on_funded_work_has_its_date_and_photos(qtbot: QtBot, context: ViewContext) -> None:
    services, actor = context.services.programmes, context.actor
    view = opened(qtbot, context)
    cycle_id = view.cycle.id  # type: ignore[union-attr]
    work = services.musrenbang.add_proposal(actor, cycle_id, proposal())
    forum = services.forum
    details = ForumDetails(date(2026, 1, 28), "09.00", "Aula Kelurahan", "H. Ujang Sobandi", "Rina Marlina", "")
    forum.set_forum_details(actor, cycle_id, details)
    for phase in (Phase.PRA_MUSRENBANG, Phase.FORUM):
        services.musrenbang.advance_phase(actor, cycle_id, phase)
    forum.add_attendee(actor, cycle_id, AttendeeInput("Ketua LPM", "lpm"))
    forum.issue_berita_acara(actor, cycle_id)
    for phase in (Phase.DIKIRIM, Phase.HASIL):
        services.musrenbang.advance_phase(actor, cycle_id, phase)
    services.musrenbang.decide(actor, work.id, "didanai")
    view.refresh()
    view.tabs.setCurrentIndex(3)
    results = view.results
    results.table.selectRow(0)

    def report(dialog: ProgressDialog) -> None:
        assert dialog.reported_on.maximumDate().toPython() == context.services.clock.today()
        dialog.percent.setValue(40)
        dialog.reported_on.setDate(dialog.reported_on.date().addDays(-3))
        dialog.note.setText("Pengecoran lantai jembatan")
        dialog.photos.add_bytes("cor.png", png())
        dialog.accept()

    answer_next_dialog(report)  # type: ignore[arg-type]
    results.progress_button.click()
    [seen] = services.musrenbang.progress(actor, work.id)
    today = context.services.clock.today()
    assert (seen.percent, seen.reported_on, seen.note, len(seen.photo_shas)) == (
        40,
        date.fromordinal(today.toordinal() - 3),
        "Pengecoran lantai jembatan",
        1,
    )
    assert results.model.row_at(0).progress_percent == 40


def test_the_phase_schedule_is_shown_and_moved(qtbot: QtBot, context: ViewContext) -> None:
    view = opened(qtbot, context)

    def move_forum(dialog: PhaseDatesDialog) -> None:
        starts, ends = dialog.edits[2]
        starts.setDate(QDate(2026, 2, 2))
        ends.setDate(QDate(2026, 2, 4))
        screenshot(dialog, "musrenbang-jadwal")
        dialog.accept()

    answer_next_dialog(move_forum)  # type: ignore[arg-type]
    view.schedule_button.click()
    forum = view.cycle.phases[2]  # type: ignore[union-attr]
    assert (forum.phase, forum.starts_on, forum.ends_on) == (Phase.FORUM, date(2026, 2, 2), date(2026, 2, 4))
    assert view.cycle.phases[0].entered_on == context.services.clock.today()  # type: ignore[union-attr]

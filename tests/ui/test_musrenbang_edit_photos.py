"""A stored proposal edited in the entry form's edit mode (and refused, with the reason, once the phase, the
berita acara or its status forbids it); a proposal's site and progress photos opened from the lists and
shown large."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QBuffer, QByteArray, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from kelurahan_desk.core.domain.case_intake import NewAttachment
from kelurahan_desk.core.domain.musrenbang_phases import Phase
from kelurahan_desk.core.services.musrenbang_views import AttendeeInput, ForumDetails
from kelurahan_desk.ui.cases.photo_strip import THUMB, PhotoStrip
from kelurahan_desk.ui.musrenbang.musrenbang_view import MusrenbangView
from kelurahan_desk.ui.musrenbang.proposal_edit_dialog import ProposalEditDialog
from kelurahan_desk.ui.musrenbang.proposal_photos_dialog import ProposalPhotosDialog
from kelurahan_desk.ui.photo_viewer import PhotoViewer
from kelurahan_desk.ui.view_context import ViewContext
from tests.core.programme_helpers import proposal, resident
from tests.ui.conftest import answer_guarded, answer_next_dialog, screenshot
from tests.ui.test_musrenbang_details import opened


def photo(name: str, colour: str, size: tuple[int, int] = (800, 600)) -> NewAttachment:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    painter = QPainter(image)
    painter.fillRect(size[0] // 4, size[1] // 4, size[0] // 2, size[1] // 2, QColor("#fdd835"))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return NewAttachment(name, bytes(data.data()))


def select(view: MusrenbangView, number: int) -> None:
    row = next(n for n, p in enumerate(view.proposal_model.rows()) if p.number == number)
    view.proposal_table.selectRow(row)


def click_thumbnail(qtbot: QtBot, strip: PhotoStrip, row: int) -> None:
    rect = strip.visualItemRect(strip.item(row))
    qtbot.mouseClick(strip.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def to_berita_acara(context: ViewContext, cycle_id: str) -> None:
    services, actor = context.services.programmes, context.actor
    for phase in (Phase.PRA_MUSRENBANG, Phase.FORUM):
        services.musrenbang.advance_phase(actor, cycle_id, phase)
    details = ForumDetails(date(2026, 1, 28), "09.00", "Aula Kelurahan", "H. Ujang Sobandi", "Rina Marlina", "")
    services.forum.set_forum_details(actor, cycle_id, details)
    services.forum.add_attendee(actor, cycle_id, AttendeeInput("Ketua LPM", "lpm"))
    services.forum.issue_berita_acara(actor, cycle_id)


def test_a_stored_proposal_is_edited_in_the_entry_form(qtbot: QtBot, context: ViewContext) -> None:
    musrenbang, actor = context.services.programmes.musrenbang, context.actor
    view = opened(qtbot, context)
    cycle_id = view.cycle.id  # type: ignore[union-attr]
    nik = "3273011203850001"
    person = resident(context.services, actor, nik, "Dadang Suherman")
    stored = musrenbang.add_proposal(
        actor,
        cycle_id,
        proposal(
            volume=12.5, proposer_kind="penduduk", proposer_resident_id=person, latitude=-6.8905, longitude=107.603
        ),
        [photo("saluran.png", "#1565c0")],
    )
    view.refresh()
    select(view, stored.number)

    def edit(dialog: ProposalEditDialog) -> None:
        form = dialog.form
        assert dialog.windowTitle() == "Ubah usulan nomor 1"
        loaded = (form.activity.text(), form.cost.text(), form.volume.text(), form.proposer.text())
        assert loaded == ("Perbaikan saluran drainase Gg. Melati", "75.000.000", "12,5", nik)
        assert form.coordinates.text() == "-6.8905, 107.603" and form.stored_photos.count() == 1
        form.cost.setText("80.000.000")
        form.unit.setText("m¹")
        form.photos.add_bytes("galian.png", photo("galian.png", "#6d4c41").data)
        screenshot(dialog, "musrenbang-ubah-usulan")
        form.swadaya.setText("lima juta")
        qtbot.keyClick(form.activity, Qt.Key.Key_Return)
        assert dialog.isVisible() and form.errors.error_text("swadaya")
        form.swadaya.setText("5.000.000")
        qtbot.keyClick(form.activity, Qt.Key.Key_Return)

    failed = answer_guarded(edit)
    view.edit_button.click()
    assert failed == []
    edited = musrenbang.proposal(actor, stored.id)
    assert (edited.estimated_cost, edited.unit, edited.volume, edited.photo_count) == (80_000_000, "m¹", 12.5, 2)
    assert (edited.proposer_kind, edited.proposer_resident_id, edited.latitude) == ("penduduk", person, -6.8905)
    assert view.proposal_model.row_at(0).estimated_cost == 80_000_000

    def refuse_unknown_nik(dialog: ProposalEditDialog) -> None:
        dialog.form.proposer.setText("3273019999990001")
        qtbot.keyClick(dialog.form.proposer, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.form.errors.error_text("proposer_name")
        dialog.reject()

    failed = answer_guarded(refuse_unknown_nik)
    view.proposal_table.doubleClicked.emit(view.proposal_model.index(0, 1))
    assert failed == []
    assert musrenbang.proposal(actor, stored.id).rev == edited.rev


def test_editing_is_refused_with_the_reason_when_the_phase_or_status_forbids_it(
    qtbot: QtBot, context: ViewContext
) -> None:
    musrenbang, actor = context.services.programmes.musrenbang, context.actor
    view = opened(qtbot, context)
    cycle_id = view.cycle.id  # type: ignore[union-attr]
    keep = musrenbang.add_proposal(actor, cycle_id, proposal())
    duplicate = musrenbang.add_proposal(actor, cycle_id, proposal(proposer_name="RW 06"))
    musrenbang.merge(actor, keep.id, [duplicate.id])
    view.refresh()

    def told(number: int) -> str:
        select(view, number)
        seen = answer_next_dialog(lambda box: box.accept())
        view.edit_button.click()
        qtbot.waitUntil(lambda: bool(seen))
        return seen[0]

    assert told(2) == 'Usulan nomor 2 sudah berstatus "Digabung", sehingga tidak dapat diubah lagi.'
    to_berita_acara(context, cycle_id)
    view.refresh()
    number = view.cycle.berita_acara_number  # type: ignore[union-attr]
    assert told(1) == (
        f"Berita acara nomor {number} sudah terbit; usulan yang tercatat di dalamnya tidak dapat diubah lagi."
    )
    musrenbang.advance_phase(actor, cycle_id, Phase.DIKIRIM)
    view.refresh()
    assert told(1) == (
        'Musrenbang 2026 sudah pada tahap "Dikirim ke kecamatan". Usulan hanya dapat diubah pada tahap: '
        "Pengumpulan usulan RW, Pra-musrenbang, Musrenbang kelurahan."
    )


def test_site_and_progress_photos_open_large(qtbot: QtBot, context: ViewContext) -> None:
    musrenbang, actor = context.services.programmes.musrenbang, context.actor
    view = opened(qtbot, context)
    cycle_id = view.cycle.id  # type: ignore[union-attr]
    site = [photo("depan.png", "#2e7d32"), photo("samping.png", "#c62828", (600, 900))]
    work = musrenbang.add_proposal(actor, cycle_id, proposal(), site)
    to_berita_acara(context, cycle_id)
    for phase in (Phase.DIKIRIM, Phase.HASIL):
        musrenbang.advance_phase(actor, cycle_id, phase)
    musrenbang.decide(actor, work.id, "didanai")
    musrenbang.record_progress(actor, work.id, 40, date(2026, 9, 1), "Galian selesai", [photo("galian.png", "#6d4c41")])
    musrenbang.record_progress(actor, work.id, 70, date(2026, 10, 1), "Tanpa foto")
    view.refresh()
    view.tabs.setCurrentIndex(3)
    view.results.table.selectRow(0)
    viewed: list[tuple[str, int, int]] = []

    def look(viewer: QDialog) -> None:
        assert isinstance(viewer, PhotoViewer)
        viewer.resize(900, 680)
        viewed.append((viewer.caption.text(), viewer.picture.pixmap().width(), viewer.picture.pixmap().height()))
        qtbot.keyClick(viewer, Qt.Key.Key_Right)
        viewed.append((viewer.caption.text(), viewer.picture.pixmap().width(), viewer.picture.pixmap().height()))
        screenshot(viewer, "musrenbang-foto-besar")
        viewer.accept()

    def browse(dialog: ProposalPhotosDialog) -> None:
        assert dialog.site is not None and dialog.site.count() == 2
        [progress] = dialog.progress_strips
        assert progress.count() == 1
        captions = [label.text() for label in dialog.findChildren(QLabel)]
        assert "01-09-2026 — 40 % — Galian selesai" in captions and "01-10-2026 — 70 % — Tanpa foto" in captions
        screenshot(dialog, "musrenbang-foto-usulan")
        looked.extend(answer_guarded(look))
        click_thumbnail(qtbot, dialog.site, 0)
        dialog.accept()

    looked: list[BaseException] = []
    failed = answer_guarded(browse)
    view.results.photos_button.click()
    assert failed == [] and looked == []
    qtbot.waitUntil(lambda: len(viewed) == 2)
    (first, w1, h1), (second, w2, h2) = viewed
    assert first == "Foto 1 dari 2 — Foto lokasi 1" and second == "Foto 2 dari 2 — Foto lokasi 2"
    assert min(w1, h1) > THUMB and h2 > w2  # shown far larger than its thumbnail, the upright one upright


def test_the_photos_button_shows_the_selected_proposals_photos(qtbot: QtBot, context: ViewContext) -> None:
    musrenbang, actor = context.services.programmes.musrenbang, context.actor
    view = opened(qtbot, context)
    cycle_id = view.cycle.id  # type: ignore[union-attr]
    with_photo = musrenbang.add_proposal(actor, cycle_id, proposal(), [photo("depan.png", "#2e7d32")])
    without = musrenbang.add_proposal(actor, cycle_id, proposal(activity="Sumur resapan"))
    view.refresh()
    assert not view.photos_button.isEnabled() and not view.edit_button.isEnabled()  # nothing chosen yet
    seen: list[tuple[str, int, list[str]]] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, ProposalPhotosDialog)
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        seen.append((dialog.windowTitle(), dialog.site.count() if dialog.site else 0, texts))
        screenshot(dialog, f"musrenbang-lihat-foto-{len(seen)}")
        dialog.accept()

    for chosen in (with_photo, without):
        select(view, chosen.number)
        assert view.photos_button.isEnabled() and view.edit_button.isEnabled()
        failed = answer_guarded(look)
        qtbot.mouseClick(view.photos_button, Qt.MouseButton.LeftButton)
        assert failed == []
    (title1, count1, _), (title2, count2, texts2) = seen
    assert (title1, count1) == (f"Foto usulan nomor {with_photo.number}", 1)
    assert (title2, count2) == (f"Foto usulan nomor {without.number}", 0) and "Belum ada foto lokasi." in texts2

    view.proposal_table.clearSelection()
    assert not view.photos_button.isEnabled() and not view.edit_button.isEnabled()
    select(view, with_photo.number)
    view.refresh()  # the rows are loaded again and nothing is selected
    assert not view.photos_button.isEnabled()

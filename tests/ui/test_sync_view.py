"""The sync view and status line against a real HQ app: enrolment, offline → syncing → done, a rejected
change shown with its reason, conflicts listed, and the background schedule backing off."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from kelurahan_desk.core.services.sync_schedule import SyncSchedule
from kelurahan_desk.core.services.sync_status import SyncRoundResult, pending_changes
from kelurahan_desk.core.store.models import OfficeSetting
from kelurahan_desk.core.store.outbox_fill import unfilled_changes
from kelurahan_desk.ui.sync.enrol_dialog import EnrolDialog
from kelurahan_desk.ui.sync.sync_indicator import attach_sync_indicator
from kelurahan_desk.ui.sync.sync_view import SyncView
from kelurahan_desk.ui.view_context import ViewContext
from sync.hq.identity import load_identity
from sync.hq.offices import OfficeRegistry
from sync.hq.streams import Streams
from tests.conftest import TEST_OFFICE
from tests.sync.conftest import sqlite_engine
from tests.sync.office_harness import HQ_URL, FaultPlan, agent_for, hq_app, http_factory, new_key


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[Engine]:
    engine = sqlite_engine(tmp_path)
    yield engine
    engine.dispose()


@pytest.fixture
def plan(context: ViewContext, hq: Engine) -> FaultPlan:
    plan = FaultPlan()
    context.services.sync = agent_for(context.services, new_key(), http_factory(hq_app(hq), plan))
    return plan


def set_setting(context: ViewContext, key: str, value: object) -> None:
    with context.services.store.write("admin", "test.setting") as s:
        row = s.get(OfficeSetting, key)
        if row is None:
            s.add(OfficeSetting(id=key, value=value))
        else:
            row.value = value


def enrol_through_the_dialog(qtbot: QtBot, context: ViewContext, hq: Engine) -> None:
    code = OfficeRegistry(hq).add(TEST_OFFICE.code, "Kelurahan Sukarasa")
    dialog = EnrolDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    for field in (dialog.url, dialog.code):  # the examples in the fields are whole
        assert field.width() > field.fontMetrics().horizontalAdvance(field.placeholderText())
    dialog.url.setText(HQ_URL)
    dialog.code.setText("WRONG-CODE")
    dialog.submit()
    assert dialog.code_error.isVisibleTo(dialog) and "ditolak" in dialog.code_error.text()
    dialog.code.setText(code)
    dialog.submit()
    assert dialog.result_status is not None and dialog.result_status.enrolled


def test_the_view_goes_offline_then_syncing_then_done(qtbot: QtBot, context: ViewContext, hq: Engine,
                                                      plan: FaultPlan) -> None:
    view = SyncView(context)
    qtbot.addWidget(view)
    assert not view.sync_button.isEnabled()
    assert "belum terdaftar" in view.state_label.text()
    enrol_through_the_dialog(qtbot, context, hq)
    view.reload()
    window = QMainWindow()
    qtbot.addWidget(window)
    label = QLabel()
    attach_sync_indicator(window, label, context, delay_ms=0)
    qtbot.waitUntil(lambda: label.text().startswith("HQ: tidak terhubung"))
    assert "belum pernah" in label.text() and "menunggu" in label.text()
    set_setting(context, "warna", "hijau")

    seen: list[tuple[str, str]] = []
    view.scheduler.state_changed.connect(lambda state: seen.append((state, view.state_label.text())))
    plan.offline = True
    view.sync_button.click()
    assert [s for s, _ in seen] == ["syncing", "offline"]
    assert "Tidak terhubung" in view.state_label.text()
    assert view.fields["connected"].text() == "tidak terhubung"
    assert re.fullmatch(r"\d+ perubahan, \d+ lampiran", view.fields["waiting"].text())
    assert "tidak terhubung" in label.text() and "menunggu" in label.text()
    assert view.scheduler.is_scheduled()
    with context.services.store.read() as s:  # copied into the outbox while HQ was away, still counted
        assert unfilled_changes(s) == 0 and pending_changes(s, 1) >= 1

    seen.clear()
    plan.offline = False
    view.sync_button.click()
    assert seen[0] == ("syncing", "Sedang menyinkronkan dengan HQ…")
    assert seen[-1][0] == "done"
    assert view.fields["waiting"].text() == "semua terkirim"
    assert view.fields["connected"].text() == "terhubung"
    assert "terhubung" in label.text() and "semua terkirim" in label.text()


def test_a_rejected_change_and_a_conflict_are_listed(qtbot: QtBot, context: ViewContext, hq: Engine,
                                                     plan: FaultPlan) -> None:
    enrol_through_the_dialog(qtbot, context, hq)
    set_setting(context, "hapus", 1)
    set_setting(context, "jam", "08:00")
    view = SyncView(context)
    qtbot.addWidget(view)
    view.sync_button.click()
    assert view.scheduler.state == "done"
    streams = Streams(hq, load_identity(hq))
    streams.send_to_office(TEST_OFFICE.code, [("office_setting", "hapus", None),
                                              ("office_setting", "jam", {"value": "09:00"})])
    set_setting(context, "hapus", 2)
    set_setting(context, "jam", "07:30")
    view.sync_button.click()

    assert view.rejections.rowCount() == 1
    assert view.rejections.texts(0)[1:] == ["Ditolak HQ", "office_setting", "hapus", "Data sudah dihapus di sisi lain."]
    assert view.fields["rejected"].text() == "1"
    assert "(1)" in view.tabs.tabText(0)
    rows = [view.conflicts.texts(r) for r in range(view.conflicts.rowCount())]
    assert ["kantor", "office_setting", "jam", "value", "kantor", "07:30", "09:00"] in [r[1:] for r in rows]


def test_the_schedule_backs_off_with_jitter_while_offline_and_steadies_when_through() -> None:
    draws = iter([1.0, 0.5, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0])
    schedule = SyncSchedule(base_s=10, max_s=60, interval_s=300, rng=lambda: next(draws))
    offline = SyncRoundResult(reached_hq=False, complete=False, error="unreachable")
    waits = [schedule.after(offline) for _ in range(6)]
    assert waits == [10, 10, 40, 60, 60, 60]
    assert schedule.after(SyncRoundResult(reached_hq=True, complete=False)) == schedule.busy_interval_s
    assert schedule.after(SyncRoundResult(reached_hq=True, complete=True)) == 300
    assert schedule.failures == 0


def test_a_case_moved_here_shows_its_earlier_history_and_its_photo_waiting_until_hq_has_it(
        qtbot: QtBot, context: ViewContext, hq: Engine, plan: FaultPlan) -> None:
    import hashlib

    from kelurahan_desk.ui.cases.detail_panel import CaseDetailPanel
    from sync.hq.attachments import AttachmentStore
    from sync.hq.case_routing import CaseRouting, CentralReport

    enrol_through_the_dialog(qtbot, context, hq)
    other = "32.73.09.9999"
    OfficeRegistry(hq).add(other, "Kelurahan Tetangga")
    routing = CaseRouting(hq, load_identity(hq))
    first = routing.take_report(other, CentralReport(kind="pengaduan", category="PJU",
                                                     description="Lampu jalan mati"), actor="callcentre")
    photo = b"\xff\xd8\xff" + bytes(5000)
    sha = hashlib.sha256(photo).hexdigest()
    Streams(hq, load_identity(hq)).send_to_office(other, [("case_attachment", "foto-1", {
        "case_id": first.case_id, "event_id": None, "sha256": sha, "role": "sebelum",
        "added_at": "2026-11-27T02:00:00.000000Z", "added_by": "petugas"})])
    moved = routing.route(first.case_id, TEST_OFFICE.code, actor="operator", note="Lokasi di wilayah Sukarasa")
    view = SyncView(context)
    qtbot.addWidget(view)
    view.sync_button.click()
    assert view.scheduler.state == "incomplete"
    assert view.fields["downloads"].text().endswith("1 lampiran belum terunduh")

    panel = CaseDetailPanel(context)
    qtbot.addWidget(panel)
    panel.show_case(context.services.cases.get(context.actor, moved.case_id))
    qtbot.waitUntil(lambda: panel.photos.count() == 1)
    assert "belum terunduh dari HQ" in panel.photos.item(0).text()
    intake = panel.history.item(0, 3).text()
    assert "Riwayat di kantor asal:" in intake and "callcentre" in intake and "Lokasi di wilayah Sukarasa" in intake
    assert "routed_from_case" not in intake and first.case_id not in intake

    AttachmentStore(hq).put_chunk(sha, 0, len(photo), photo, other)
    view.sync_button.click()
    assert view.scheduler.state == "done"
    assert view.fields["downloads"].text().isdigit()
    assert context.services.cases.attachment_bytes(context.actor, sha) == photo

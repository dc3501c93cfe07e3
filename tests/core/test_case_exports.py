"""Exports read back: CSV and Excel of a queue, Open311 JSON, and the monthly recap with SLA compliance."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kelurahan_desk.composition import Services
from kelurahan_desk.core.clock import FixedClock
from kelurahan_desk.core.domain.case_lifecycle import ActionInput
from kelurahan_desk.core.domain.case_states import CaseAction, CaseKind, CaseState
from kelurahan_desk.core.errors import PermissionDenied
from kelurahan_desk.core.services.case_queues import CaseQuery, Queue
from kelurahan_desk.core.services.permissions import Actor, Role
from tests.core.case_helpers import new_case, photo, staff

OPEN311_KEYS = {
    "service_request_id",
    "status",
    "status_notes",
    "service_name",
    "service_code",
    "description",
    "agency_responsible",
    "service_notice",
    "requested_datetime",
    "updated_datetime",
    "expected_datetime",
    "address",
    "address_id",
    "zipcode",
    "lat",
    "long",
    "media_url",
}


@pytest.fixture
def cases(services: Services, admin: Actor, clock: FixedClock) -> list[str]:
    clock.set(datetime(2026, 11, 2, 2, 0, tzinfo=UTC))
    made = [
        services.cases.intake(admin, new_case(description='=HYPERLINK("http://x") jalan', attachments=(photo(),))),
        services.cases.intake(
            admin, new_case(category_id="kat-drainase", confidential=True, latitude=-6.88, longitude=107.6)
        ),
        services.cases.intake(admin, new_case(kind=CaseKind.PENGADUAN, category_id="kat-administrasi")),
        services.cases.intake(admin, new_case(kind=CaseKind.ASPIRASI, category_id="kat-sosial", anonymous=True)),
    ]
    ids = [m.id for m in made]
    services.cases.act(admin, ids[0], CaseAction.VERIFIKASI)  # Monday 2 Nov, follow-up due Monday 9 Nov
    services.cases.act(admin, ids[0], CaseAction.DISPOSISI, ActionInput(assigned_unit="Seksi Ekbang"))
    services.cases.act(admin, ids[0], CaseAction.PROSES)
    services.cases.act(admin, ids[0], CaseAction.SELESAIKAN, ActionInput(note="Sudah ditambal"))
    services.cases.act(admin, ids[2], CaseAction.TERUSKAN, ActionInput(agency="Disdukcapil Kota Bandung"))
    clock.set(datetime(2026, 11, 10, 2, 0, tzinfo=UTC))
    services.cases.act(admin, ids[3], CaseAction.TOLAK, ActionInput(reason="Bukan wewenang kelurahan"))  # late
    clock.set(datetime(2026, 11, 27, 2, 0, tzinfo=UTC))
    return ids


def test_csv_export_reads_back_escaped_and_without_identity(
    services: Services, admin: Actor, cases: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "kasus.csv"
    assert services.case_exports.write_table(admin, CaseQuery(), path) == 4
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    by_number = {r["Nomor"][-4:]: r for r in rows}
    assert [r["Nomor"][-4:] for r in rows] == ["0004", "0003", "0002", "0001"]
    assert by_number["0001"]["Uraian"].startswith("'=HYPERLINK")
    assert by_number["0001"]["Status"] == "Selesai" and by_number["0001"]["Tepat waktu"] == "Ya"
    assert by_number["0001"]["Petugas / unit"] == "Seksi Ekbang"
    assert by_number["0002"]["Pelapor"] == "" and by_number["0004"]["Pelapor"] == ""
    assert by_number["0003"]["Pelapor"] == "Budi Santoso"
    assert {r["Kanal"] for r in rows} <= {"Datang langsung", "Telepon", "Surat", "WhatsApp"}
    assert by_number["0003"]["Diteruskan ke"] == "Disdukcapil Kota Bandung"
    assert by_number["0002"]["Tanda"] == "Terlambat" and by_number["0002"]["Tenggat"] == "2026-11-05"
    assert "3273" not in path.read_text(encoding="utf-8-sig")  # no NIK anywhere


def test_xlsx_export_of_a_filtered_queue(services: Services, admin: Actor, cases: list[str], tmp_path: Path) -> None:
    path = tmp_path / "terlambat.xlsx"
    assert services.case_exports.write_table(admin, CaseQuery(queue=Queue.TERLAMBAT), path, "xlsx") == 1
    sheet = load_workbook(path).active
    values = list(sheet.values)
    assert values[0][:5] == ("Nomor", "Jenis", "Kategori", "Kode layanan", "Status")
    assert values[1][0] == "011001-2611-0002" and values[1][3] == "DRAINASE"


def test_open311_requests(services: Services, admin: Actor, cases: list[str], tmp_path: Path) -> None:
    path = tmp_path / "requests.json"
    assert services.case_exports.write_open311(admin, CaseQuery(), path, "https://kelurahan.example/media") == 4
    requests = {r["service_request_id"][-4:]: r for r in json.loads(path.read_text(encoding="utf-8"))}
    assert all(set(r) == OPEN311_KEYS for r in requests.values())
    done, secret, forwarded = requests["0001"], requests["0002"], requests["0003"]
    assert (done["status"], done["status_notes"], done["service_code"]) == ("closed", "Sudah ditambal", "JALAN")
    assert done["requested_datetime"] == "2026-11-02T09:00:00+07:00"
    assert done["media_url"].startswith("https://kelurahan.example/media/") and done["address"].endswith(
        "RT 003 RW 005"
    )
    assert done["agency_responsible"] == "Kelurahan Sukarasa" and done["zipcode"] == "40152"
    assert secret["status"] == "open" and secret["description"] == "" and secret["lat"] is None
    assert secret["address"] == "" and secret["media_url"] == "" and secret["status_notes"] == "Baru"
    assert secret["expected_datetime"] == "2026-11-05T23:59:59+07:00"
    assert forwarded["agency_responsible"] == "Disdukcapil Kota Bandung"
    assert "Budi" not in path.read_text(encoding="utf-8")


def test_monthly_recap_with_sla_compliance(services: Services, admin: Actor, cases: list[str], tmp_path: Path) -> None:
    recap = services.case_exports.recap(admin, 2026, 11)
    assert recap.received == 4
    cells = {(r.kind, r.state): r for r in recap.rows}
    assert cells[(CaseKind.LAPORAN, CaseState.SELESAI)].closed_on_time == 1
    assert cells[(CaseKind.LAPORAN, CaseState.BARU)].open_overdue == 1
    assert cells[(CaseKind.ASPIRASI, CaseState.DITOLAK)].closed_late == 1
    assert cells[(CaseKind.PENGADUAN, CaseState.DITERUSKAN)].closed_on_time == 1
    assert recap.compliance() == pytest.approx(2 / 4)
    assert recap.compliance(CaseKind.PENGADUAN) == 1.0
    assert services.case_exports.recap(admin, 2026, 12).compliance() is None
    path = tmp_path / "rekap.csv"
    services.case_exports.write_recap(admin, 2026, 11, path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[-1] == ["Kepatuhan tenggat", "", "", "50.0%", "", "", "", ""]
    assert rows[-2][:4] == ["Jumlah", "", "", "4"]


def test_exports_need_the_permission(services: Services, admin: Actor, cases: list[str], tmp_path: Path) -> None:
    reader = staff(services, admin, "camat", Role.READ_ONLY)
    with pytest.raises(PermissionDenied):
        services.case_exports.write_table(reader, CaseQuery(), tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()
    assert services.case_exports.recap(reader, 2026, 11).received == 4


def test_export_of_many_cases_streams_every_row(
    services: Services, admin: Actor, clock: FixedClock, tmp_path: Path
) -> None:
    for _ in range(120):
        services.cases.intake(admin, new_case())
        clock.advance(timedelta(minutes=3))
    path = tmp_path / "semua.csv"
    assert services.case_exports.write_table(admin, CaseQuery(limit=10), path) == 120


def test_my_queue_exports_my_cases(services: Services, admin: Actor, cases: list[str], tmp_path: Path) -> None:
    services.cases.act(admin, cases[1], CaseAction.VERIFIKASI)
    services.cases.act(admin, cases[1], CaseAction.DISPOSISI, ActionInput(assignee_id=admin.account_id))
    assert services.case_exports.write_table(admin, CaseQuery(queue=Queue.SAYA), tmp_path / "saya.csv") == 1


def test_open311_does_not_tell_how_a_confidential_case_was_settled(
    services: Services, admin: Actor, tmp_path: Path
) -> None:
    made = services.cases.intake(admin, new_case(kind=CaseKind.PENGADUAN, confidential=True))
    services.cases.act(admin, made.id, CaseAction.VERIFIKASI)
    services.cases.act(admin, made.id, CaseAction.DISPOSISI, ActionInput(assigned_unit="Sekretaris Kelurahan"))
    services.cases.act(admin, made.id, CaseAction.PROSES)
    services.cases.act(admin, made.id, CaseAction.SELESAIKAN, ActionInput(note="Petugas loket sudah ditegur"))
    path = tmp_path / "requests.json"
    services.case_exports.write_open311(admin, CaseQuery(), path)
    [request] = json.loads(path.read_text(encoding="utf-8"))
    assert (request["status"], request["status_notes"]) == ("closed", "Selesai")
    assert "ditegur" not in path.read_text(encoding="utf-8")

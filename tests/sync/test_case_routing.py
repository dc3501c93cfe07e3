"""Cases HQ routes, against a real HQ app (PostgreSQL and SQLite) and real office stores: a report taken in
at HQ reaches an office's queue with the office's number and deadline and its photo; a case moved from
one office to another closes at the first as forwarded and opens at the second with its history and
photos; attachment files come down resumably, checked by SHA-256, only to offices that hold them."""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from kelurahan_desk.composition import Services
from kelurahan_desk.core.domain.case_intake import NewAttachment, NewCase
from kelurahan_desk.core.domain.case_states import CaseAction, CaseKind, CaseState
from kelurahan_desk.core.services.case_queues import CaseQuery, Queue
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.services.sync_agent import SyncAgent
from kelurahan_desk.core.store.models import Attachment, Case, CaseEvent, Office, OutboxChange
from kelurahan_desk.core.store.models.sync_state import SyncAttachment
from sync.hq.case_routing import CaseRouting, CentralReport
from sync.hq.identity import load_identity
from sync.hq.records import load_records
from sync.hq.staff import StaffTokens
from tests.sync.office_harness import FaultPlan, agent_for, enrol, hq_app, http_factory, new_key, new_office

PHOTO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 2000  # ~512 KB: several download chunks


@dataclass
class OfficeUnderTest:
    code: str
    services: Services
    admin: Actor
    agent: SyncAgent
    plan: FaultPlan
    key: bytes


@pytest.fixture(scope="module")
def app(hq_engine: Engine):
    return hq_app(hq_engine)


@pytest.fixture
def make_office(tmp_path: Path, hq_engine: Engine, app) -> Iterator:
    opened: list[Services] = []

    def make(kecamatan: int) -> OfficeUnderTest:
        code = f"32.73.{kecamatan:02d}.{secrets.randbelow(9000) + 1000:04d}"
        services, admin = new_office(tmp_path / code)
        opened.append(services)
        with services.store.write("admin", "test.code") as s:
            s.scalar(select(Office)).code = code
        plan = FaultPlan()
        key = new_key()
        agent = agent_for(services, key, http_factory(app, plan))
        enrol(hq_engine, agent, admin, code)
        return OfficeUnderTest(code, services, admin, agent, plan, key)

    yield make
    for services in opened:
        services.close()


def hq_case(engine: Engine, case_id: str):
    with engine.connect() as conn:
        return load_records(conn, [("case", case_id)], lock=False).current.get(("case", case_id))


def open_queue(office: OfficeUnderTest):
    return office.services.cases.queue(office.admin, CaseQuery(queue=Queue.TERBUKA)).rows


def test_a_report_taken_in_at_hq_reaches_the_office_queue_numbered_there_with_its_photo(hq_engine, make_office):
    office = make_office(1)
    routing = CaseRouting(hq_engine, load_identity(hq_engine))
    routed = routing.take_report(office.code, CentralReport(
        kind="pengaduan", category="JALAN", description="Jalan berlubang di depan SD", citizen_name="Siti",
        citizen_phone="0812 3456 7890", rw=3, address="Jl. Merdeka 1", photos=(PHOTO,)), actor="operator-pusat")
    assert routed.reference.startswith("PST-") and routed.attachments == 1

    result = office.agent.run_round(office.admin)
    assert result.complete, result
    assert result.attachments_fetched == 1
    rows = open_queue(office)
    assert [r.id for r in rows] == [routed.case_id]
    detail = office.services.cases.get(office.admin, routed.case_id)
    part = office.code.split(".")
    assert detail.number == f"{part[2]}{part[3]}-2611-0001"
    assert detail.state == CaseState.BARU and detail.category_id == "kat-jalan" and detail.channel == "dari_hq"
    assert detail.lifecycle.due_on is not None and detail.lifecycle.due_on > office.services.clock.today()
    photo = detail.events[0].attachments[0] if detail.events[0].attachments else detail.attachments[0]
    assert office.services.cases.attachment_bytes(office.admin, photo.sha256) == PHOTO
    assert photo.size == len(PHOTO) and photo.mime == "image/png"
    # the number the office gave it went up in the same round; what HQ sent was not sent back
    assert hq_case(hq_engine, routed.case_id).data["number"] == detail.number
    with office.services.store.read() as s:
        sent = s.scalars(select(OutboxChange).where(OutboxChange.entity_id == routed.case_id)).all()
    assert [c.op for c in sent] == ["update"] and {"number", "due_on"} <= set(sent[0].fields)
    # the office's own next case takes the next number
    own = office.services.cases.intake(office.admin, NewCase(CaseKind.PENGADUAN, "kat-pju", "datang", "Lampu mati",
                                                                  anonymous=True))
    assert own.number.endswith("-2611-0002")
    assert office.agent.run_round(office.admin).complete


def test_a_case_moved_to_another_office_closes_as_forwarded_and_opens_there_with_history_and_photo(
        hq_engine, make_office, app):
    first, second = make_office(1), make_office(2)
    intake = first.services.cases.intake(first.admin, NewCase(
        CaseKind.PENGADUAN, "kat-drainase", "datang", "Saluran tersumbat", citizen_name="Budi",
        attachments=(NewAttachment("saluran.png", PHOTO),)))
    first.services.cases.act(first.admin, intake.id, CaseAction.VERIFIKASI)
    assert first.agent.run_round(first.admin).complete

    token = StaffTokens(hq_engine).add("operator-pusat")
    with TestClient(app, base_url="http://hq") as http:
        refused = http.post(f"/v1/hq/cases/{intake.id}/route", json={"to_office": second.code})
        assert refused.status_code == 401
        answer = http.post(f"/v1/hq/cases/{intake.id}/route", json={"to_office": second.code,
                                                                          "note": "Lokasi di wilayah tetangga"},
                           headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 200, answer.text
        moved = answer.json()
        again = http.post(f"/v1/hq/cases/{intake.id}/route", json={"to_office": second.code},
                          headers={"Authorization": f"Bearer {token}"})
        assert again.status_code == 409 and again.json()["error"] == "case_not_routable"
    assert moved["from_office"] == first.code and moved["office"] == second.code and moved["attachments"] == 1

    assert first.agent.run_round(first.admin).complete
    closed = first.services.cases.get(first.admin, intake.id)
    assert closed.state == CaseState.DITERUSKAN and second.code in closed.lifecycle.forwarded_to
    assert intake.id not in [r.id for r in open_queue(first)]
    last = closed.events[-1]
    assert last.action == "teruskan" and last.details["routed_to_office"] == second.code
    assert last.details["routed_to_case"] == moved["case_id"]
    assert len(closed.events) == 3  # intake, verification, forwarded: nothing removed

    result = second.agent.run_round(second.admin)
    assert result.complete and result.attachments_fetched == 1, result
    arrived = second.services.cases.get(second.admin, moved["case_id"])
    assert [r.id for r in open_queue(second)] == [moved["case_id"]]
    assert arrived.number.startswith(second.code[6:8] + second.code[9:]) and arrived.number != intake.number
    assert arrived.description == "Saluran tersumbat" and arrived.citizen_name == "Budi"
    assert arrived.category_id == "kat-drainase" and arrived.state == CaseState.BARU
    intake_event = arrived.events[0]
    assert intake.number in intake_event.note and intake_event.details["routed_from_office"] == first.code
    assert [h["action"] for h in intake_event.details["history"]] == ["terima", "verifikasi", "teruskan"]
    sha = hashlib.sha256(PHOTO).hexdigest()
    assert second.services.cases.attachment_bytes(second.admin, sha) == PHOTO
    assert hq_case(hq_engine, intake.id).data["state"] == "diteruskan"
    assert hq_case(hq_engine, moved["case_id"]).data["number"] == arrived.number


def test_an_office_fetches_only_files_of_records_it_holds(hq_engine, make_office, app):
    holder, stranger = make_office(3), make_office(4)
    routed = CaseRouting(hq_engine, load_identity(hq_engine)).take_report(holder.code, CentralReport(
        kind="laporan", category="SAMPAH", description="Sampah menumpuk", photos=(PHOTO,)), actor="hq")
    sha = hashlib.sha256(PHOTO).hexdigest()
    client = _client(hq_engine, app, stranger)
    with pytest.raises(Exception) as refused:
        client.attachment_chunk(sha, 0)
    assert getattr(refused.value, "code", "") == "not_found"
    data, size = _client(hq_engine, app, holder).attachment_chunk(sha, 1000, 5000)
    assert (data, size) == (PHOTO[1000:6000], len(PHOTO))
    assert routed.case_id


def test_a_download_cut_half_way_resumes_and_a_corrupt_part_is_fetched_again(hq_engine, make_office):
    office = make_office(5)
    CaseRouting(hq_engine, load_identity(hq_engine)).take_report(office.code, CentralReport(
        kind="pengaduan", category="PJU", description="Lampu jalan mati", photos=(PHOTO,)), actor="hq")
    sha = hashlib.sha256(PHOTO).hexdigest()
    office.plan.arm({1: "after_commit", 2: "before_send", 3: "before_send", 4: "before_send"},
                    only=f"/v1/attachments/{sha}/content")
    cut = office.agent.run_round(office.admin)
    assert not cut.complete and cut.error == "unreachable"
    status = office.agent.status(office.admin)
    assert status.attachments_to_fetch == 1
    part = office.services.attachments.folder / ".incoming" / f"{sha}.part"
    assert 0 < part.stat().st_size < len(PHOTO)
    with office.services.store.read() as s:  # the case is there, its photo shown as not yet here
        case = s.scalar(select(Case))
        assert case is not None and s.get(Attachment, sha).size == 0

    part.write_bytes(b"\x00" * part.stat().st_size)  # damaged while the program was down
    damaged = office.agent.run_round(office.admin)
    assert not damaged.complete and any("hash_mismatch" in p for p in damaged.problems)
    healed = office.agent.run_round(office.admin)
    assert healed.complete and healed.attachments_fetched == 1, healed
    assert office.services.attachments.get(sha) == PHOTO and not part.exists()
    assert office.agent.status(office.admin).attachments_to_fetch == 0
    with office.services.store.read() as s:
        assert s.get(SyncAttachment, sha).state == "sent"
        assert s.get(Attachment, sha).size == len(PHOTO)
        assert s.scalar(select(Case)).number_period == "2611"


def test_a_case_in_progress_or_unknown_is_not_routed_and_routing_needs_a_known_office(hq_engine, make_office, app):
    office = make_office(6)
    new = NewCase(CaseKind.PENGADUAN, "kat-jalan", "datang", "Jalan rusak", anonymous=True)
    intake = office.services.cases.intake(office.admin, new)
    assert office.agent.run_round(office.admin).complete
    token = StaffTokens(hq_engine).add("petugas-pusat")
    auth = {"Authorization": f"Bearer {token}"}
    with TestClient(app, base_url="http://hq") as http:
        same = http.post(f"/v1/hq/cases/{intake.id}/route", json={"to_office": office.code}, headers=auth)
        assert same.status_code == 409 and same.json()["error"] == "case_already_there"
        unknown = http.post("/v1/hq/cases/nothing/route", json={"to_office": office.code}, headers=auth)
        assert unknown.status_code == 404
        nowhere = http.post(f"/v1/hq/cases/{intake.id}/route", json={"to_office": "99.99.99.9999"},
                            headers=auth)
        assert nowhere.status_code == 404 and nowhere.json()["error"] == "unknown_office"
        report = {"office": office.code, "kind": "aspirasi", "category": "NOPE", "description": "Taman"}
        bad_category = http.post("/v1/hq/cases", json=report, headers=auth)
        assert bad_category.status_code == 400 and bad_category.json()["error"] == "unknown_category"
        photo = base64.b64encode(PHOTO).decode()
        taken = http.post("/v1/hq/cases", json={**report, "category": "FASUM", "photos": [photo]}, headers=auth)
        assert taken.status_code == 200 and taken.json()["attachments"] == 1
        StaffTokens(hq_engine).revoke("petugas-pusat")
        assert http.post("/v1/hq/cases", json=report, headers=auth).status_code == 401
    result = office.agent.run_round(office.admin)
    assert result.complete and result.attachments_fetched == 1
    assert len(open_queue(office)) == 2
    with office.services.store.read() as s:
        events = s.scalars(select(CaseEvent).where(CaseEvent.case_id == taken.json()["case_id"])).all()
        assert [e.actor for e in events] == ["petugas-pusat"]


def _client(engine: Engine, app, office: OfficeUnderTest):
    from sync.client import HqClient, RetryPolicy

    http = httpx.Client(transport=httpx.MockTransport(lambda r: _forward(app, r)), base_url="http://hq")
    return HqClient("http://hq", office.code, office.key, load_identity(engine).public_key, http=http,
                    retry=RetryPolicy(attempts=1, base_delay=0.0))


def _forward(app, request: httpx.Request) -> httpx.Response:
    with TestClient(app, base_url="http://hq") as client:
        response = client.send(request)
        return httpx.Response(response.status_code, headers=response.headers, content=response.content)


def test_a_case_with_a_photo_reloaded_from_hq_after_a_restore_applies_and_gets_its_file(
        tmp_path, hq_engine, make_office):
    import shutil

    from kelurahan_desk.composition import open_services
    from kelurahan_desk.core.data_folder import DataFolder

    office = make_office(7)
    folder = office.services.store.path.parent
    assert office.agent.run_round(office.admin).complete
    office.services.close()
    backup = tmp_path / "backup"
    backup.mkdir()
    for name in ("kelurahan.db", "kelurahan.db-wal"):
        if (folder / name).exists():
            shutil.copy(folder / name, backup / name)

    services = open_services(DataFolder(folder), clock=office.services.clock)
    agent = agent_for(services, office.key, http_factory(hq_app(hq_engine)))
    intake = services.cases.intake(office.admin, NewCase(CaseKind.PENGADUAN, "kat-sampah", "datang", "Sampah",
                                                         anonymous=True, attachments=(NewAttachment("a.png", PHOTO),)))
    assert agent.run_round(office.admin).complete
    services.close()
    for name in ("kelurahan.db", "kelurahan.db-wal"):  # the database from the backup, on a PC without the files
        (folder / name).unlink(missing_ok=True)
        if (backup / name).exists():
            shutil.copy(backup / name, folder / name)
    shutil.rmtree(services.attachments.folder)

    services = open_services(DataFolder(folder), clock=office.services.clock)
    agent = agent_for(services, office.key, http_factory(hq_app(hq_engine)))
    result = agent.run_round(office.admin)
    assert result.complete and result.new_epoch and result.attachments_fetched == 1, result
    assert not any("not_stored" in p for p in result.problems)
    detail = services.cases.get(office.admin, intake.id)
    assert detail.number == intake.number and len(detail.attachments) == 1
    assert services.cases.attachment_bytes(office.admin, detail.attachments[0].sha256) == PHOTO
    services.close()


def test_hq_knows_the_office_default_categories_and_every_entity_that_names_a_file():
    import importlib.util

    from kelurahan_desk.core.services.sync_records import tracked_models
    from sync.hq.attachments import ATTACHMENT_ENTITIES
    from sync.hq.case_routing import DEFAULT_CATEGORIES

    path = Path(__file__).parents[2] / "kelurahan_desk/core/store/migrations/versions/0003_cases.py"
    spec = importlib.util.spec_from_file_location("migration_0003", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert {cid: code for cid, code, *_ in module.DEFAULT_CATEGORIES} == DEFAULT_CATEGORIES
    naming_files = {entity for entity, model in tracked_models().items()
                    if "sha256" in model.__table__.c
                    and any(fk.target_fullname == "attachment.sha256" for fk in model.__table__.c.sha256.foreign_keys)}
    assert naming_files == set(ATTACHMENT_ENTITIES)


def test_hq_commands_take_a_report_in_and_route_a_case(tmp_path, capsys):
    import json

    from sync.hq.cli import main
    from sync.hq.database import make_engine
    from sync.hq.offices import OfficeRegistry

    url = f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    assert main(["init", "--database-url", url]) == 0
    engine = make_engine(url)
    for code in ("32.73.01.1001", "32.73.01.1002"):
        OfficeRegistry(engine).add(code, f"Kelurahan {code}")
    photo = tmp_path / "foto.png"
    photo.write_bytes(PHOTO)
    capsys.readouterr()
    assert main(["case", "add", "32.73.01.1001", "--category", "DRAINASE", "--description", "Banjir di RW 2",
                 "--citizen-name", "Ani", "--rw", "2", "--photo", str(photo), "--by", "callcentre", "--json",
                 "--database-url", url]) == 0
    taken = json.loads(capsys.readouterr().out)
    assert taken["office"] == "32.73.01.1001" and taken["attachments"] == 1
    assert main(["case", "route", taken["case_id"], "32.73.01.1002", "--note", "Wilayah sebelah",
                 "--database-url", url]) == 0
    assert "sent to office 32.73.01.1002 from 32.73.01.1001" in capsys.readouterr().out
    assert main(["case", "route", taken["case_id"], "32.73.01.1002", "--database-url", url]) == 2
    assert "case_not_routable" in capsys.readouterr().err
    assert main(["case", "add", "32.73.01.1001", "--category", "JALAN", "--description", "x", "--kind", "laporan",
                 "--citizen-nik", "123", "--database-url", url]) == 2
    assert main(["staff", "add", "ani", "--database-url", url]) == 0
    token = capsys.readouterr().out.split("(shown once) ")[1].split()[0]
    assert StaffTokens(engine).authenticate(f"Bearer {token}") == "ani"
    assert main(["staff", "revoke", "ani", "--database-url", url]) == 0
    assert main(["staff", "revoke", "ani", "--database-url", url]) == 2
    engine.dispose()

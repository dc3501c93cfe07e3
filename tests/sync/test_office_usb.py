"""USB exchange between a real office store and HQ: duplicated, old, reordered and dropped files do no
harm; acknowledgements, downloads and attachment confirmations come back in; the link can take over; the
photo of a case HQ routed here comes down on the stick, checked by its hash and HQ's signed manifest."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from kelurahan_desk.composition import open_services
from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.store.models import OfficeSetting, OutboxChange
from kelurahan_desk.core.store.models.attachments import Attachment
from sync.entity_rules import DEFAULT_RULES
from sync.hq.case_routing import CaseRouting, CentralReport
from sync.hq.identity import load_identity
from sync.hq.records import stored_key
from sync.hq.schema import applied_changes, attachments, conflicts, records
from sync.hq.streams import Streams
from sync.hq.usb_import import import_usb
from sync.usb import RECORDS_FILE, office_folder, read_reply, write_outbox
from tests.conftest import TEST_OFFICE
from tests.sync.conftest import sqlite_engine
from tests.sync.office_harness import agent_for, enrol, hq_app, http_factory, new_key, new_office

CODE = TEST_OFFICE.code


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[Engine]:
    engine = sqlite_engine(tmp_path)
    yield engine
    engine.dispose()


def set_setting(services, key: str, value) -> None:
    with services.store.write("admin", "test.setting") as s:
        row = s.get(OfficeSetting, key)
        if row is None:
            s.add(OfficeSetting(id=key, value=value))
        else:
            row.value = value


def test_usb_round_trips_survive_copies_old_files_and_gaps(tmp_path, hq):
    services, admin = new_office(tmp_path / "office")
    agent = agent_for(services, new_key(), http_factory(hq_app(hq)))
    enrol(hq, agent, admin, CODE)
    stick = tmp_path / "stick"
    photo = b"\x89PNG\r\n\x1a\n" + b"foto" * 1000
    sha, mime = services.attachments.put(photo)
    with services.store.write("admin", "test.attach") as s:
        s.add(Attachment(sha256=sha, size=len(photo), mime=mime, original_name="f.png",
                         created_at=services.clock.now()))
    set_setting(services, "satu", 1)
    first = agent.export_usb(admin, stick)
    assert first.batches >= 1 and first.attachments == 1
    batches = office_folder(stick, CODE) / "to-hq" / "batches"
    old = tmp_path / "old-batches"
    shutil.copytree(batches, old)

    set_setting(services, "dua", 2)
    agent.export_usb(admin, stick)
    newest = sorted(batches.glob("*.batch.gz"))[-1]
    for path in (newest, newest.with_name(newest.name + ".sig")):  # the newest batch did not make it
        path.unlink()
    for path in sorted(batches.glob("*.batch.gz")):  # copies under other names, in another order
        shutil.copy(path, batches / f"zz-{path.name}")
        shutil.copy(path.with_name(path.name + ".sig"), batches / f"zz-{path.name}.sig")
    import_usb(hq, load_identity(hq), stick)
    Streams(hq, load_identity(hq)).send_to_office(CODE, [("office_setting", "dari-hq", {"value": "q"})])
    import_usb(hq, load_identity(hq), stick)  # the same stick read twice at HQ
    result = agent.import_usb(admin, stick)
    assert result.acknowledged >= 1 and result.changes_downloaded == 1 and result.attachments_confirmed == 1
    again = agent.import_usb(admin, stick)  # the same reply read twice here
    assert (again.acknowledged, again.changes_downloaded) == (0, 0)
    status = agent.status(admin)
    assert status.pending_changes > 0 and status.pending_attachments == 0

    shutil.copytree(old, batches, dirs_exist_ok=True)  # an old export left on the stick
    agent.export_usb(admin, stick)
    import_usb(hq, load_identity(hq), stick)
    agent.import_usb(admin, stick)
    assert agent.status(admin).pending_changes == 0
    assert agent.run_round(admin).complete  # the link takes over where the stick stopped

    with services.store.read() as s:
        sent = {c for c in s.scalars(select(OutboxChange.change_id))}
        assert s.get(OfficeSetting, "dari-hq").value == "q"
    with hq.connect() as conn:
        taken = set(conn.scalars(select(applied_changes.c.change_id).where(applied_changes.c.office == CODE)))
        assert conn.scalar(select(func.count()).select_from(records).where(records.c.entity == "office_setting",
                                                                           records.c.owner == CODE)) == 3
        assert conn.scalar(select(attachments.c.complete).where(attachments.c.sha256 == sha))
    assert sent <= taken
    services.close()


def _copy_db(source: Path, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for name in ("kelurahan.db", "kelurahan.db-wal"):
        (target / name).unlink(missing_ok=True)
        if (source / name).exists():
            shutil.copy(source / name, target / name)


def _usb_round(services, agent, admin, hq, stick: Path):
    agent.export_usb(admin, stick)
    reports = import_usb(hq, load_identity(hq), stick)
    return reports, agent.import_usb(admin, stick)


def test_an_office_restored_from_an_old_backup_gets_back_over_usb_what_it_had_sent(tmp_path, hq):
    folder = tmp_path / "office"
    services, admin = new_office(folder)
    key, http = new_key(), http_factory(hq_app(hq))
    agent = agent_for(services, key, http)
    enrol(hq, agent, admin, CODE)
    stick = tmp_path / "stick"
    set_setting(services, "ra", "before backup")
    reports, result = _usb_round(services, agent, admin, hq, stick)
    assert result.acknowledged >= 1 and reports[0].records_written is None
    assert not (office_folder(stick, CODE) / "from-hq" / RECORDS_FILE).exists()
    clock = services.clock
    services.close()
    _copy_db(folder, tmp_path / "backup")

    services = open_services(DataFolder(folder), clock=clock)
    agent = agent_for(services, key, http)
    set_setting(services, "ra", "after backup")
    set_setting(services, "rb", "after backup")
    _usb_round(services, agent, admin, hq, stick)
    Streams(hq, load_identity(hq)).send_to_office(CODE, [("office_setting", "rb", {"value": "from HQ"})])
    services.close()
    _copy_db(tmp_path / "backup", folder)

    services = open_services(DataFolder(folder), clock=clock)
    agent = agent_for(services, key, http)
    assert services.office.setting("ra") == "before backup"
    set_setting(services, "rc", "after restore")
    reports, result = _usb_round(services, agent, admin, hq, stick)  # HQ refuses the reused numbers
    assert reports[0].records_written and result.new_epoch and result.records_reloaded >= 2, result
    again = agent.import_usb(admin, stick)  # the same reply read twice reloads nothing more
    assert not again.new_epoch and again.records_reloaded == 0
    reports, result = _usb_round(services, agent, admin, hq, stick)  # the new epoch goes out
    assert all(r.startswith("1-") for r in reports[0].refused) and reports[0].records_written is None
    assert agent.status(admin).pending_changes == 0

    with services.store.read() as s:
        values = {row.id: row.value for row in s.scalars(select(OfficeSetting))}
    assert values == {"ra": "after backup", "rb": "from HQ", "rc": "after restore"}, result
    scoped = DEFAULT_RULES.rule("office_setting")
    with hq.connect() as conn:
        held = {row.entity_id: row.data["value"] for row in conn.execute(
            select(records).where(records.c.entity == "office_setting", records.c.owner == CODE))}
    assert held == {stored_key(scoped, CODE, "office_setting", k)[1]: v for k, v in values.items()}
    with hq.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(conflicts)) == 0
    services.close()


def test_hq_writes_the_office_records_back_when_asked(tmp_path, hq):
    services, admin = new_office(tmp_path / "office")
    agent = agent_for(services, new_key(), http_factory(hq_app(hq)))
    enrol(hq, agent, admin, CODE)
    stick = tmp_path / "stick"
    set_setting(services, "satu", 1)
    _usb_round(services, agent, admin, hq, stick)
    write_outbox(stick, CODE, [], want_records=True)
    [report] = import_usb(hq, load_identity(hq), stick)
    assert report.records_written and report.records_written >= 1
    hq_key = load_identity(hq).public_key
    snapshot = read_reply(stick, CODE, hq_key).records
    assert snapshot is not None
    [satu] = [r for r in snapshot.records if (r["entity"], r["entity_id"]) == ("office_setting", "satu")]
    assert satu["data"]["value"] == 1 and satu["rev"] == 1 and not satu["deleted"]
    tampered = office_folder(stick, CODE) / "from-hq" / RECORDS_FILE
    body = bytearray(tampered.read_bytes())
    body[len(body) // 2] ^= 0xFF
    tampered.write_bytes(bytes(body))
    reply = read_reply(stick, CODE, hq_key)
    assert reply.records is None and any(RECORDS_FILE in p for p in reply.problems)
    write_outbox(stick, CODE, [])
    import_usb(hq, load_identity(hq), stick)
    assert read_reply(stick, CODE, hq_key).records is None and not tampered.exists()
    services.close()


PHOTO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 2000


def _route_report(hq: Engine, photos: tuple[bytes, ...]):
    return CaseRouting(hq, load_identity(hq)).take_report(CODE, CentralReport(
        kind="pengaduan", category="JALAN", description="Jalan berlubang di depan SD", citizen_name="Siti",
        citizen_phone="0812 3456 7890", rw=3, address="Jl. Merdeka 1", photos=photos), actor="operator-pusat")


def _office_over_usb(tmp_path: Path, hq: Engine):
    services, admin = new_office(tmp_path / "office")
    agent = agent_for(services, new_key(), http_factory(hq_app(hq)))
    enrol(hq, agent, admin, CODE)
    return services, admin, agent


def test_the_photo_of_a_case_routed_here_comes_down_by_usb_only_when_whole_and_signed(tmp_path, hq):
    services, admin, agent = _office_over_usb(tmp_path, hq)
    stick = tmp_path / "stick"
    routed = _route_report(hq, (PHOTO,))
    sha = hashlib.sha256(PHOTO).hexdigest()
    reports, result = _usb_round(services, agent, admin, hq, stick)  # the case arrives; its photo is wanted
    assert result.changes_downloaded >= 1 and result.attachments_fetched == 0 and reports[0].files_written == 0
    assert agent.status(admin).attachments_to_fetch == 1

    assert agent.export_usb(admin, stick).attachments_wanted == 1
    [report] = import_usb(hq, load_identity(hq), stick)
    assert (report.files_written, report.files_deferred) == (1, 0)
    reply = office_folder(stick, CODE) / "from-hq"
    on_stick = reply / "attachments" / sha
    assert on_stick.read_bytes() == PHOTO
    on_stick.write_bytes(PHOTO[:-1] + b"!")  # damaged or swapped on the stick
    result = agent.import_usb(admin, stick)
    assert result.attachments_fetched == 0 and f"attachment {sha[:12]}: hash_mismatch" in result.problems
    assert agent.status(admin).attachments_to_fetch == 1

    on_stick.write_bytes(PHOTO)
    signed = (reply / "manifest.json").read_bytes()
    manifest = json.loads(signed)
    manifest["problems"] = []
    (reply / "manifest.json").write_text(json.dumps(manifest))  # a manifest HQ did not sign
    result = agent.import_usb(admin, stick)
    assert result.attachments_fetched == 0 and "manifest.json: bad_signature" in result.problems
    (reply / "manifest.json").write_bytes(signed)
    (reply / "manifest.json.sig").unlink()
    assert agent.import_usb(admin, stick).attachments_fetched == 0
    assert agent.status(admin).attachments_to_fetch == 1

    import_usb(hq, load_identity(hq), stick)  # the same stick read again at HQ writes a whole reply
    result = agent.import_usb(admin, stick)
    assert result.attachments_fetched == 1 and not result.problems, result
    assert agent.status(admin).attachments_to_fetch == 0
    detail = services.cases.get(admin, routed.case_id)
    [photo] = [a for a in detail.attachments if a.sha256 == sha] or detail.events[0].attachments
    assert services.cases.attachment_bytes(admin, sha) == PHOTO
    assert photo.size == len(PHOTO) and photo.mime == "image/png"
    assert not list((services.attachments.folder / ".incoming").glob("*"))
    again = agent.import_usb(admin, stick)  # the same reply read twice stores nothing more
    assert again.attachments_fetched == 0 and not again.problems
    assert agent.run_round(admin).complete
    services.close()


def test_files_beyond_the_reply_size_limit_wait_for_the_next_stick(tmp_path, hq):
    services, admin, agent = _office_over_usb(tmp_path, hq)
    stick = tmp_path / "stick"
    photos = (PHOTO, PHOTO + b"kedua")
    _route_report(hq, photos)
    _usb_round(services, agent, admin, hq, stick)
    assert agent.status(admin).attachments_to_fetch == 2

    agent.export_usb(admin, stick)
    [report] = import_usb(hq, load_identity(hq), stick, file_cap=len(PHOTO) + 1)
    assert (report.files_written, report.files_deferred) == (1, 1)
    files = office_folder(stick, CODE) / "from-hq" / "attachments"
    [first] = [p.name for p in files.iterdir()]
    result = agent.import_usb(admin, stick)
    assert (result.attachments_fetched, result.attachments_deferred) == (1, 1)
    assert agent.status(admin).attachments_to_fetch == 1

    agent.export_usb(admin, stick)
    [report] = import_usb(hq, load_identity(hq), stick, file_cap=len(PHOTO) + 1)
    assert (report.files_written, report.files_deferred) == (1, 0)
    # only the file of this reply is left on the stick: the one already taken was removed
    assert [p.name for p in files.iterdir()] == sorted({hashlib.sha256(d).hexdigest() for d in photos} - {first})
    result = agent.import_usb(admin, stick)
    assert (result.attachments_fetched, result.attachments_deferred) == (1, 0)
    assert agent.status(admin).attachments_to_fetch == 0
    for data in photos:
        assert services.cases.attachment_bytes(admin, hashlib.sha256(data).hexdigest()) == data
    services.close()


def test_a_folder_without_a_reply_from_hq_is_refused_and_changes_nothing(tmp_path, hq):
    services, admin = new_office(tmp_path / "office")
    agent = agent_for(services, new_key(), http_factory(hq_app(hq)))
    enrol(hq, agent, admin, CODE)
    set_setting(services, "satu", 1)
    stick = tmp_path / "stick"
    agent.export_usb(admin, stick)  # taken home before HQ read it: only the office's own files are on it
    before = agent.status(admin)
    for folder in (stick, tmp_path / "folder-lain"):
        folder.mkdir(exist_ok=True)
        with pytest.raises(ValidationError) as refused:
            agent.import_usb(admin, folder)
        assert (refused.value.code, refused.value.params) == ("no_hq_reply", {"folder": str(folder)})
    assert agent.status(admin).pending_changes == before.pending_changes
    services.close()

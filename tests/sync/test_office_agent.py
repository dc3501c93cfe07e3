"""The office agent against a real HQ app (PostgreSQL and SQLite): enrolment, a round up and down,
lost replies, crashes before the local commit, rejected and conflicting changes, attachments."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete, func, select, update

from kelurahan_desk.composition import open_services
from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.store.models import AuditEntry, Office, OfficeSetting, OutboxChange
from kelurahan_desk.core.store.models.attachments import Attachment
from sync.entity_rules import DEFAULT_RULES
from sync.hq.identity import load_identity
from sync.hq.office_overview import office_overview
from sync.hq.records import stored_key
from sync.hq.schema import applied_changes, attachments, batches, conflicts, offices, records
from sync.hq.snapshots import office_records
from sync.hq.streams import Streams
from tests.sync.office_harness import (
    HQ_URL,
    FaultPlan,
    LinkDown,
    agent_for,
    crash_at,
    enrol,
    hq_app,
    http_factory,
    new_key,
    new_office,
)


@pytest.fixture
def office(tmp_path: Path, hq_engine: Engine) -> Iterator:
    services, admin = new_office(tmp_path / "office")
    plan = FaultPlan()
    key, http = new_key(), http_factory(hq_app(hq_engine), plan)
    agent = agent_for(services, key, http)
    code = f"32.73.01.{1000 + hash(tmp_path) % 999:04d}"
    with services.store.write("admin", "test.code") as s:
        s.scalar(select(Office)).code = code
    enrol(hq_engine, agent, admin, code)
    yield services, admin, agent, plan, code, key, http
    services.close()


def set_setting(services, key: str, value) -> None:
    with services.store.write("admin", "test.setting") as s:
        row = s.get(OfficeSetting, key)
        if row is None:
            s.add(OfficeSetting(id=key, value=value))
        else:
            row.value = value


def hq_value(engine: Engine, office: str, entity: str, entity_id: str):
    _, stored_id = stored_key(DEFAULT_RULES.rule(entity), office, entity, entity_id)
    with engine.connect() as conn:
        row = conn.execute(select(records.c.data, records.c.deleted).where(
            records.c.entity == entity, records.c.entity_id == stored_id)).first()
    return None if row is None or row.deleted else row.data


def test_enrolment_refuses_a_wrong_code_and_an_unreachable_hq(tmp_path, hq_engine):
    services, admin = new_office(tmp_path / "o")
    agent = agent_for(services, new_key(), http_factory(hq_app(hq_engine)))
    with pytest.raises(ValidationError) as wrong:
        agent.enrol(admin, HQ_URL, "AAAA-BBBB-CCCC-DDDD")
    assert (wrong.value.field, wrong.value.code) == ("code", "enrolment_refused")
    offline = agent_for(services, new_key(), http_factory(hq_app(hq_engine), FaultPlan(offline=True)))
    with pytest.raises(ValidationError) as down:
        offline.enrol(admin, HQ_URL, "AAAA")
    assert down.value.code == "hq_unreachable"
    assert not agent.status(admin).enrolled
    services.close()


def test_a_round_sends_everything_once_and_takes_hq_changes_in_without_sending_them_back(office, hq_engine):
    services, admin, agent, _plan, code, _key, _http = office
    set_setting(services, "warna", "merah")
    first = agent.run_round(admin)
    assert first.complete, first
    assert hq_value(hq_engine, code, "office_setting", "warna") == {"value": "merah"}
    assert agent.status(admin).pending_changes == 0

    Streams(hq_engine, load_identity(hq_engine)).send_to_office(code, [("office_setting", "warna", {"value": "biru"})])
    with services.store.read() as s:
        outbox_before = s.scalar(select(func.count()).select_from(OutboxChange))
    second = agent.run_round(admin)
    assert second.complete and second.changes_downloaded == 1
    assert services.office.setting("warna") == "biru"
    with services.store.read() as s:
        assert s.scalar(select(func.count()).select_from(OutboxChange)) == outbox_before
    status = agent.status(admin)
    assert status.downloads_applied == 1 and status.connected and status.last_success_at is not None
    with hq_engine.connect() as conn:
        sent = conn.scalar(select(func.count()).select_from(applied_changes).where(applied_changes.c.office == code))
    with services.store.read() as s:
        assert sent == s.scalar(select(func.count()).select_from(OutboxChange))


def test_a_lost_reply_and_a_crash_before_the_local_commit_are_both_healed_by_the_next_round(office, hq_engine):
    services, admin, agent, plan, code, key, http = office
    set_setting(services, "a", 1)
    plan.arm({0: "after_commit"}, only="/v1/batches", crash=True)
    with pytest.raises(LinkDown):
        agent.run_round(admin)
    plan.crash = False
    assert plan.happened == ["after_commit"]
    assert agent.status(admin).pending_changes > 0
    with hq_engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(applied_changes).where(applied_changes.c.office == code))

    crashing = agent_for(services, key, http, faults=crash_at("before_ack_commit"))
    set_setting(services, "b", 2)
    with pytest.raises(LinkDown):
        crashing.run_round(admin)
    result = agent.run_round(admin)
    assert result.complete, result
    with hq_engine.connect() as conn:
        sent = conn.scalar(select(func.count()).select_from(applied_changes).where(applied_changes.c.office == code))
    with services.store.read() as s:
        assert sent == s.scalar(select(func.count()).select_from(OutboxChange))
    assert hq_value(hq_engine, code, "office_setting", "b") == {"value": 2}


def test_offline_round_reports_the_link_and_keeps_everything(office):
    services, admin, agent, plan, _code, _key, _http = office
    set_setting(services, "x", "y")
    plan.offline = True
    result = agent.run_round(admin)
    assert (result.reached_hq, result.complete, result.error) == (False, False, "unreachable")
    status = agent.status(admin)
    assert not status.connected and status.pending_changes > 0
    plan.offline = False
    assert agent.run_round(admin).complete


def test_conflicting_edits_keep_the_owner_value_and_list_the_loser_on_both_sides(office, hq_engine):
    services, admin, agent, _plan, code, _key, _http = office
    set_setting(services, "jam", "08:00")
    assert agent.run_round(admin).complete
    Streams(hq_engine, load_identity(hq_engine)).send_to_office(code, [("office_setting", "jam", {"value": "09:00"})])
    set_setting(services, "jam", "07:30")
    result = agent.run_round(admin)
    assert result.complete
    assert services.office.setting("jam") == "07:30"
    assert hq_value(hq_engine, code, "office_setting", "jam") == {"value": "07:30"}
    mine = agent.conflicts(admin)
    assert {(c.decided_by, c.field, c.winner, c.lost_value) for c in mine} >= {("office", "value", "office", "09:00")}
    with hq_engine.connect() as conn:
        theirs = conn.execute(select(conflicts.c.lost_value).where(conflicts.c.office == code)).scalars().all()
    assert "09:00" in theirs


def test_a_change_hq_cannot_apply_is_listed_with_its_reason_and_does_not_block(office, hq_engine):
    services, admin, agent, _plan, code, _key, _http = office
    set_setting(services, "hapus", 1)
    assert agent.run_round(admin).complete
    Streams(hq_engine, load_identity(hq_engine)).send_to_office(code, [("office_setting", "hapus", None)])
    set_setting(services, "hapus", 2)
    set_setting(services, "lain", 3)
    result = agent.run_round(admin)
    assert result.complete
    rejected = agent.rejections(admin)
    assert [(r.direction, r.entity_id) for r in rejected if r.direction == "up"] == [("up", "hapus")]
    assert rejected[0].code == "record_deleted"
    assert hq_value(hq_engine, code, "office_setting", "lain") == {"value": 3}
    assert agent.status(admin).rejected_count == len(rejected)


def test_attachments_hq_lacks_are_uploaded_once(office, hq_engine):
    services, admin, agent, _plan, _code, _key, _http = office
    photo = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 400
    sha, mime = services.attachments.put(photo)
    with services.store.write("admin", "test.attach") as s:
        s.add(Attachment(sha256=sha, size=len(photo), mime=mime, original_name="foto.png",
                         created_at=services.clock.now()))
    assert agent.status(admin).pending_attachments == 1
    result = agent.run_round(admin)
    assert result.complete and result.attachments_sent == 1
    assert agent.status(admin).pending_attachments == 0
    with hq_engine.connect() as conn:
        row = conn.execute(select(attachments).where(attachments.c.sha256 == sha)).first()
    assert row.complete and hashlib.sha256(photo).hexdigest() == sha


def _copy_db(services, source: Path, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for name in ("kelurahan.db", "kelurahan.db-wal"):
        (target / name).unlink(missing_ok=True)
        if (source / name).exists():
            shutil.copy(source / name, target / name)


def test_an_office_restored_from_an_old_backup_gets_back_what_it_had_sent(tmp_path, hq_engine):
    folder = tmp_path / "office"
    services, admin = new_office(folder)
    key, http = new_key(), http_factory(hq_app(hq_engine))
    code = f"32.73.02.{1000 + hash(tmp_path) % 999:04d}"
    with services.store.write("admin", "test.code") as s:
        s.scalar(select(Office)).code = code
    agent = agent_for(services, key, http)
    enrol(hq_engine, agent, admin, code)
    set_setting(services, "ra", "before backup")
    assert agent.run_round(admin).complete
    services.close()
    _copy_db(services, folder, tmp_path / "backup")

    services = open_services(DataFolder(folder), clock=services.clock)
    agent = agent_for(services, key, http)
    set_setting(services, "ra", "after backup")
    set_setting(services, "rb", "after backup")
    assert agent.run_round(admin).complete
    Streams(hq_engine, load_identity(hq_engine)).send_to_office(code, [("office_setting", "rb", {"value": "from HQ"})])
    services.close()
    _copy_db(services, tmp_path / "backup", folder)

    services = open_services(DataFolder(folder), clock=services.clock)
    agent = agent_for(services, key, http)
    assert services.office.setting("ra") == "before backup"
    set_setting(services, "rc", "after restore")
    result = agent.run_round(admin)
    assert result.complete and result.new_epoch and result.records_reloaded >= 2
    with services.store.read() as s:
        values = {row.id: row.value for row in s.scalars(select(OfficeSetting))}
    assert values == {"ra": "after backup", "rb": "from HQ", "rc": "after restore"}, result
    assert hq_value(hq_engine, code, "office_setting", "rc") == {"value": "after restore"}
    with services.store.read() as s:
        reload = s.scalar(select(AuditEntry).where(AuditEntry.entity == "sync_stream"))
        assert reload is not None and reload.action == "sync.reload"
        assert reload.after["records"] == result.records_reloaded and reload.after["seq"] >= 1
    services.close()


def test_an_hq_restored_from_an_old_backup_gets_the_lost_batches_again(office, hq_engine, tmp_path):
    services, admin, agent, _plan, code, _key, _http = office
    set_setting(services, "hx", 1)
    assert agent.run_round(admin).complete
    with hq_engine.connect() as conn:
        taken = conn.execute(select(batches.c.seq).where(batches.c.office == code)).scalars().all()
    set_setting(services, "hx", 2)
    set_setting(services, "hy", 3)
    assert agent.run_round(admin).complete
    with hq_engine.begin() as conn:  # HQ loses what it took after its backup
        last = max(taken)
        ids = conn.execute(select(applied_changes.c.change_id).where(
            applied_changes.c.office == code, applied_changes.c.seq > last)).scalars().all()
        conn.execute(delete(applied_changes).where(applied_changes.c.change_id.in_(ids)))
        conn.execute(delete(batches).where(batches.c.office == code, batches.c.seq > last))
        conn.execute(update(records).where(records.c.entity == "office_setting", records.c.entity_id == f"{code}/hx")
                     .values(data={"value": 1}, rev=1))
        conn.execute(delete(records).where(records.c.entity == "office_setting", records.c.entity_id == f"{code}/hy"))
        head = conn.execute(select(batches.c.hash).where(batches.c.office == code, batches.c.seq == last)).scalar()
        conn.execute(update(offices).where(offices.c.code == code).values(last_seq=last, last_hash=head))
    result = agent.run_round(admin)
    assert result.complete and not result.new_epoch and result.batches_sent >= 1
    assert hq_value(hq_engine, code, "office_setting", "hx") == {"value": 2}
    assert hq_value(hq_engine, code, "office_setting", "hy") == {"value": 3}


def test_two_offices_keep_their_own_settings_and_letter_types_under_the_same_ids(tmp_path, hq_engine):
    http = http_factory(hq_app(hq_engine))
    seen = {}
    for n, colour in ((1, "merah"), (2, "hijau")):
        services, admin = new_office(tmp_path / f"o{n}")
        code = f"32.73.03.{1000 + hash(tmp_path) % 900 + n:04d}"
        with services.store.write("admin", "test.code") as s:
            s.scalar(select(Office)).code = code
        agent = agent_for(services, new_key(), http)
        enrol(hq_engine, agent, admin, code)
        set_setting(services, "warna", colour)
        services.letter_types.ensure_shipped()
        first = services.letter_types.list_types(admin)[0]
        services.letter_types.update(admin, first.id, replace(first.data, title=f"{first.data.title} {n}"), first.rev)
        result = agent.run_round(admin)
        assert result.complete and result.new_rejections == 0, result
        assert agent.rejections(admin) == []
        seen[code] = (services, admin, agent, first.id, f"{first.data.title} {n}", colour)
    for code, (_services, _admin, _agent, type_id, title, colour) in seen.items():
        assert hq_value(hq_engine, code, "office_setting", "warna") == {"value": colour}
        assert hq_value(hq_engine, code, "letter_type", type_id)["title"] == title

    one, other = sorted(seen)
    Streams(hq_engine, load_identity(hq_engine)).send_to_office(one, [("office_setting", "warna", {"value": "biru"})])
    for _services, admin, agent, *_rest in seen.values():
        assert agent.run_round(admin).complete
    assert seen[one][0].office.setting("warna") == "biru"
    assert seen[other][0].office.setting("warna") == "hijau"
    overview = {o.code: o for o in office_overview(hq_engine)}
    for code in seen:
        listed = overview[code]
        assert listed.last_sync and listed.rejected == 0 and listed.pending_downloads == 0
        assert isinstance(listed.clock_offset_ms, int)
    ids, after = [], ("", "")
    while True:  # HQ serves the records back (after a restore) under the ids the office knows, page by page
        page = office_records(hq_engine, other, *after, limit=1)
        ids += [(r["entity"], r["entity_id"]) for r in page["records"]]
        if not page["more"]:
            break
        after = ids[-1]
    assert ("office_setting", "warna") in ids and ("letter_type", seen[other][3]) in ids
    assert len(ids) == len(set(ids)) and not any("/" in i for _e, i in ids)
    for services, *_rest in seen.values():
        services.close()

"""Uploading batches to HQ over HTTP: exactly once, in order, signed, with quarantine and conflicts."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select

from sync import signing
from sync.client import HqClient, HqRefused, SequenceConflict
from sync.hq.app import HqSettings, create_app
from sync.hq.identity import load_identity
from sync.hq.rate_limit import RateLimit
from sync.hq.schema import applied_changes, audit_alerts, conflicts, offices, quarantine, records
from sync.hq.streams import Streams
from sync.protocol import decode_ack, encode_batch
from tests.sync.factories import change
from tests.sync.office_sim import SimOffice, enrolled_office


@pytest.fixture(scope="module")
def http(hq_engine: Engine) -> Iterator[TestClient]:
    app = create_app(hq_engine, HqSettings(rate_limit=RateLimit(per_second=1000, burst=10_000)))
    with TestClient(app, base_url="http://hq") as client:
        yield client


@pytest.fixture
def office(hq_engine: Engine) -> SimOffice:
    return enrolled_office(hq_engine)


def _count(engine: Engine, table, *where) -> int:
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(table).where(*where))


def _record(engine: Engine, entity: str, entity_id: str):
    with engine.connect() as conn:
        return conn.execute(select(records).where(records.c.entity == entity, records.c.entity_id == entity_id)).one()


def test_enrolment_code_works_once(hq_engine, http):
    from sync.hq.offices import OfficeRegistry

    code = OfficeRegistry(hq_engine).add("32.73.01.9001", "Kelurahan Uji")
    key = signing.generate_private_key()
    with pytest.raises(HqRefused) as wrong:
        HqClient.enrol("http://hq", "32.73.01.9001", "AAAA-BBBB-CCCC-DDDD", key, http=http)
    assert wrong.value.code == "enrolment_refused"
    enrolment = HqClient.enrol("http://hq", "32.73.01.9001", code.lower(), key, http=http)
    assert enrolment.hq_public_key == load_identity(hq_engine).public_key
    assert enrolment.key_id == signing.key_id(signing.public_key_of(key))
    with pytest.raises(HqRefused) as again:
        HqClient.enrol("http://hq", "32.73.01.9001", code, signing.generate_private_key(), http=http)
    assert again.value.code == "enrolment_refused"


def test_batches_resent_three_times_out_of_order_apply_once(hq_engine, http, office):
    client = office.client(hq_engine, http)
    ids = [f"r{i}" for i in range(20)]
    batches = [office.batch([change(e, op="insert", n=i) for i, e in enumerate(ids[:10])]),
               office.batch([change(e, op="insert", n=i) for i, e in enumerate(ids[10:])])]
    batches += [office.batch([change(e, base_rev=1 + k, fields={"name": [None if k == 0 else f"v{k - 1}", f"v{k}"]},
                                     n=100 * k + i) for i, e in enumerate(ids)]) for k in range(3)]
    sends = batches * 3
    random.Random(7).shuffle(sends)
    acks: dict[str, set[bytes]] = {}
    for _round in range(len(sends)):
        pending = []
        for batch in sends:
            try:
                ack = client.upload(batch)
            except SequenceConflict as conflict:
                assert conflict.code == "sequence_gap"
                pending.append(batch)
                continue
            acks.setdefault(batch.hash, set()).add(ack.signed.payload)
        sends = pending
        if not sends:
            break
    assert not sends
    assert all(len(payloads) == 1 for payloads in acks.values()) and len(acks) == 5
    assert _count(hq_engine, applied_changes, applied_changes.c.office == office.code) == 20 + 3 * 20
    for entity_id in ids:
        row = _record(hq_engine, "resident", entity_id)
        assert row.rev == 4 and row.data["name"] == "v2"


def test_changed_body_under_used_sequence_is_refused(hq_engine, http, office):
    client = office.client(hq_engine, http)
    client.upload(office.batch([change(op="insert")]))
    forged = encode_batch(office=office.code, epoch=1, seq=1, prev_hash=office.sent[0].hash,
                          changes=[change(op="insert")], private_key=office.key)
    with pytest.raises(SequenceConflict) as err:
        client.upload(forged)
    assert err.value.code == "sequence_reused" and err.value.expected_seq == 2


def test_batch_signed_by_another_office_is_refused(hq_engine, http, office):
    other = enrolled_office(hq_engine)
    impostor = SimOffice(office.code, other.key)
    with pytest.raises(HqRefused) as err:
        office.client(hq_engine, http).upload(impostor.batch([change(op="insert")]))
    assert (err.value.status, err.value.code) == (401, "bad_signature")
    assert _count(hq_engine, applied_changes, applied_changes.c.office == office.code) == 0


def test_request_signed_with_wrong_key_is_refused(hq_engine, http, office):
    other = enrolled_office(hq_engine)
    client = HqClient("http://hq", office.code, other.key, load_identity(hq_engine).public_key, http=http)
    with pytest.raises(HqRefused) as err:
        client.cursor()
    assert err.value.code == "bad_signature"
    assert http.get("/v1/cursor").status_code == 401


def test_bad_changes_are_quarantined_without_blocking_the_rest(hq_engine, http, office):
    client = office.client(hq_engine, http)
    case_id, good_id = "c-1", "r-good"
    first = client.upload(office.batch([
        change(case_id, entity="case", op="insert", fields={"state": [None, "baru"], "description": [None, "Jalan"]}),
        change(good_id, op="insert"),
    ]))
    assert first.fields["applied"] == 2 and first.fields["quarantined"] == []
    jump = change(case_id, entity="case", fields={"state": ["baru", "selesai"]}, base_rev=1)
    ghost = change("nobody", fields={"name": ["a", "b"]})
    fine = change(good_id, fields={"name": ["Siti 0", "Siti Rahma"]}, base_rev=1)
    note_edit = change("n-1", entity="case_event", op="update", fields={"note": ["a", "b"]})
    ack = client.upload(office.batch([jump, ghost, fine, note_edit]))
    codes = {q["change_id"]: q["code"] for q in ack.fields["quarantined"]}
    assert codes == {jump["change_id"]: "forbidden_transition", ghost["change_id"]: "record_missing",
                     note_edit["change_id"]: "append_only"}
    assert ack.fields["applied"] == 1
    assert _record(hq_engine, "resident", good_id).data["name"] == "Siti Rahma"
    assert _record(hq_engine, "case", case_id).data["state"] == "baru"
    assert _count(hq_engine, quarantine, quarantine.c.office == office.code) == 3
    assert {q["code"] for q in client.quarantine()} == set(codes.values())
    ok = client.upload(office.batch([change(case_id, entity="case", fields={"state": ["baru", "diverifikasi"]},
                                            base_rev=1)]))
    assert ok.fields["applied"] == 1


def test_overlap_is_decided_by_field_owner_and_the_loser_kept(hq_engine, http, office):
    client = office.client(hq_engine, http)
    case_id, day_id = "c-conflict", "h-conflict"
    client.upload(office.batch([
        change(case_id, entity="case", op="insert", fields={
            "state": [None, "baru"], "description": [None, "Lampu mati"], "rt": [None, 1]}),
        change(day_id, entity="holiday_override", op="insert", fields={
            "day": [None, "2026-12-24"], "kind": [None, "added"], "name": [None, "Cuti bersama"]}),
    ]))
    Streams(hq_engine, load_identity(hq_engine)).send_to_office(office.code, [
        ("case", case_id, {"description": "Lampu jalan mati"}),
        ("holiday_override", day_id, {"name": "Cuti bersama Natal"}),
    ])
    stale_case = change(case_id, entity="case", base_rev=1, fields={
        "description": ["Lampu mati", "Lampu PJU mati"], "rt": [1, 2]})
    stale_day = change(day_id, entity="holiday_override", base_rev=1, fields={
        "name": ["Cuti bersama", "Libur Natal"], "kind": ["added", "removed"]})
    ack = client.upload(office.batch([stale_case, stale_day]))
    by_field = {c["field"]: c for c in ack.fields["conflicts"]}
    assert by_field["description"]["winner"] == "office" and by_field["description"]["lost"] == "Lampu jalan mati"
    assert by_field["name"]["winner"] == "hq" and by_field["name"]["lost"] == "Libur Natal"
    assert "rt" not in by_field and "kind" not in by_field
    row = _record(hq_engine, "case", case_id)
    assert row.data == {"state": "baru", "description": "Lampu PJU mati", "rt": 2}
    assert row.rev == 3
    day = _record(hq_engine, "holiday_override", day_id)
    assert day.data == {"day": "2026-12-24", "kind": "removed", "name": "Cuti bersama Natal"}
    with hq_engine.connect() as conn:
        kept = {r.field: (r.kept_value, r.lost_value) for r in conn.execute(
            select(conflicts).where(conflicts.c.entity_id.in_([case_id, day_id])))}
    assert kept == {"description": ("Lampu PJU mati", "Lampu jalan mati"),
                    "name": ("Cuti bersama Natal", "Libur Natal")}
    assert {c["field"] for c in client.conflicts()} == {"description", "name"}


def test_stale_status_transition_is_rejected_not_merged(hq_engine, http, office):
    client = office.client(hq_engine, http)
    client.upload(office.batch([change("c-s", entity="case", op="insert", fields={"state": [None, "baru"]})]))
    client.upload(office.batch([change("c-s", entity="case", base_rev=1, fields={"state": ["baru", "diverifikasi"]})]))
    late = change("c-s", entity="case", base_rev=1, fields={"state": ["baru", "ditolak"]})
    ack = client.upload(office.batch([late]))
    assert ack.fields["quarantined"][0]["code"] == "stale_transition"
    assert _record(hq_engine, "case", "c-s").data["state"] == "diverifikasi"


def test_cursor_moves_only_forward(hq_engine, http, office):
    client = office.client(hq_engine, http)
    for _ in range(3):
        client.upload(office.batch([change(op="insert")]))
    skipped = SimOffice(office.code, office.key, seq=4, prev_hash=office.prev_hash)
    with pytest.raises(SequenceConflict) as gap:
        client.upload(skipped.batch([change(op="insert")]))
    assert (gap.value.code, gap.value.expected_seq) == ("sequence_gap", 4)
    wrong_chain = SimOffice(office.code, office.key, seq=3, prev_hash="a" * 64)
    with pytest.raises(SequenceConflict) as chain:
        client.upload(wrong_chain.batch([change(op="insert")]))
    assert chain.value.code == "chain_mismatch"
    restored = SimOffice(office.code, office.key, epoch=2)
    client.upload(restored.batch([change(op="insert")]))
    with pytest.raises(SequenceConflict) as stale:
        client.upload(office.batch([change(op="insert")]))
    assert (stale.value.code, stale.value.expected_epoch, stale.value.expected_seq) == ("stale_epoch", 2, 2)
    assert client.upload(office.sent[1]).fields["seq"] == 2
    with hq_engine.connect() as conn:
        row = conn.execute(select(offices.c.epoch, offices.c.last_seq).where(offices.c.code == office.code)).one()
    assert tuple(row) == (2, 1)
    assert client.cursor()["epoch"] == 2


def test_audit_chain_extension_rollback_and_gap_are_told_apart(hq_engine, http, office):
    client = office.client(hq_engine, http)
    first = client.upload(office.batch([change(op="insert")], audit_count=3))
    assert first.fields["audit"] == {"seq": 3, "hash": office.audit_hash, "status": "ok", "alert": None}
    assert client.upload(office.batch([], audit_count=2)).fields["audit"]["seq"] == 5
    copy = SimOffice(office.code, office.key, seq=office.seq, prev_hash=office.prev_hash, audit_seq=3,
                     audit_hash=first.fields["audit"]["hash"])
    copy.audit_hash = "e" * 64
    rolled = client.upload(copy.batch([], audit_count=3))
    assert rolled.fields["audit"]["status"] == "break" and rolled.fields["audit"]["seq"] == 5
    office.seq, office.prev_hash = copy.seq, copy.prev_hash
    with hq_engine.connect() as conn:
        kinds = [r.kind for r in conn.execute(select(audit_alerts).where(audit_alerts.c.office == office.code))]
    assert kinds == ["rollback"]
    decode_ack(rolled.signed.payload, rolled.signed.signature, load_identity(hq_engine).public_key)


def test_missing_audit_rows_are_a_gap(hq_engine, http, office):
    client = office.client(hq_engine, http)
    client.upload(office.batch([], audit_count=2))
    office.audit_seq += 3
    ack = client.upload(office.batch([], audit_count=1))
    assert ack.fields["audit"]["alert"] == "gap" and ack.fields["audit"]["seq"] == 2


def test_office_clock_running_ahead_is_ignored_and_reported(hq_engine, http, office):
    client = office.client(hq_engine, http)
    ahead = change("clock-1", op="insert")
    ahead["hlc"] = "9999999999999.00000"
    ack = client.upload(office.batch([ahead]), client_time_ms=9_999_999_999_000)
    assert ack.fields["clock"]["stamps_ahead_ignored"] == 1 and ack.fields["clock"]["warning"] is True
    assert _record(hq_engine, "resident", "clock-1").hlc < "9999999999999.00000"


def test_text_the_database_cannot_hold_is_quarantined_not_blocking(hq_engine, http, office):
    client = office.client(hq_engine, http)
    bad = change("nul-1", op="insert", fields={"name": [None, "Siti\x00Aminah"]})
    good = change("nul-2", op="insert")
    ack = client.upload(office.batch([bad, good]))
    assert [q["code"] for q in ack.fields["quarantined"]] == ["unstorable_value"]
    assert ack.fields["applied"] == 1 and _record(hq_engine, "resident", "nul-2").rev == 1


def test_text_spelling_out_the_nul_escape_and_json_specials_is_stored_as_sent(hq_engine, http, office):
    client = office.client(hq_engine, http)
    odd = {"name": "Siti \\u0000 \"Aminah\" \\ \u00e9\u2028 \U0001f600", "rt": None, "list": [1, 2.5, True, {"a": []}]}
    fields = {key: [None, value] for key, value in odd.items()}
    ack = client.upload(office.batch([change("esc-1", op="insert", fields=fields)]))
    assert ack.fields["applied"] == 1 and ack.fields["quarantined"] == []
    assert _record(hq_engine, "resident", "esc-1").data == odd


def test_office_restored_from_backup_gets_its_batches_back_and_starts_a_new_epoch(hq_engine, http, office):
    client = office.client(hq_engine, http)
    sent = [office.batch([change(op="insert", n=i)]) for i in range(3)]
    for batch in sent:
        client.upload(batch)
    cursor = client.cursor()
    assert (cursor["epoch"], cursor["last_seq"], cursor["last_hash"]) == (1, 3, sent[-1].hash)
    again = client.stored_batch(1, 2)
    assert again == sent[1]
    with pytest.raises(HqRefused) as missing:
        client.stored_batch(1, 9)
    assert missing.value.status == 404
    restored = SimOffice(office.code, office.key, epoch=2)
    ack = client.upload(restored.batch([change(op="insert")]))
    assert (ack.fields["epoch"], ack.fields["seq"]) == (2, 1)

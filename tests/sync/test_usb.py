"""USB exchange: the same ingest as HTTP; duplicated, old, reordered or damaged files do no harm."""

from __future__ import annotations

import hashlib
import shutil

from sqlalchemy import func, select

from sync.hq.case_routing import CaseRouting, CentralReport
from sync.hq.identity import load_identity
from sync.hq.schema import applied_changes
from sync.hq.streams import Streams
from sync.hq.usb_import import import_usb
from sync.usb import office_folder, read_reply, write_outbox
from tests.sync.factories import change
from tests.sync.office_sim import enrolled_office


def _applied(engine, office) -> int:
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(applied_changes).where(applied_changes.c.office == office))


def test_usb_round_trip_with_duplicated_reordered_and_damaged_files(hq_engine, tmp_path):
    hq = load_identity(hq_engine)
    office = enrolled_office(hq_engine)
    Streams(hq_engine, hq).send_to_office(office.code, [("case", "usb-case", {"status": "baru"})])
    batches = [office.batch([change(op="insert", n=i) for i in range(k * 10, k * 10 + 10)], audit_count=2)
               for k in range(4)]
    photo = b"\x89PNG fake photo" * 100
    photo_sha = hashlib.sha256(photo).hexdigest()
    absent_sha = hashlib.sha256(b"not carried").hexdigest()
    folder = tmp_path / "stick"
    write_outbox(folder, office.code, reversed(batches), {photo_sha: photo}, cursors={"reference": 0, "office": 0},
                 pending_attachments=[absent_sha])
    out = office_folder(folder, office.code) / "to-hq" / "batches"
    first = sorted(out.glob("*.batch.gz"))[0]
    shutil.copy(first, out / "copy of first.batch.gz")
    shutil.copy(f"{first}.sig", out / "copy of first.batch.gz.sig")
    (out / "junk.batch.gz").write_bytes(b"not a batch")
    (out / "junk.batch.gz.sig").write_text("AAAA")

    reports = import_usb(hq_engine, hq, folder)
    assert len(reports) == 1 and reports[0].acknowledged == 4 and reports[0].attachments_stored == 1
    assert [p.split(":")[0] for p in reports[0].refused] == ["junk.batch.gz"]
    assert _applied(hq_engine, office.code) == 40

    reply = read_reply(folder, office.code, hq.public_key)
    assert [(a.fields["seq"], a.fields["applied"]) for a in reply.acks] == [(1, 10), (2, 10), (3, 10), (4, 10)]
    assert reply.acks[-1].fields["audit"]["seq"] == 8
    assert [d.seq for d in reply.downloads["office"]] == [1]
    assert reply.missing_attachments == [absent_sha]

    again = import_usb(hq_engine, hq, folder)
    assert again[0].acknowledged == 4 and _applied(hq_engine, office.code) == 40
    assert [a.signed for a in read_reply(folder, office.code, hq.public_key).acks] == [a.signed for a in reply.acks]


def test_usb_batch_missing_in_the_middle_stops_at_the_gap(hq_engine, tmp_path):
    hq = load_identity(hq_engine)
    office = enrolled_office(hq_engine)
    batches = [office.batch([change(op="insert", n=k)]) for k in range(3)]
    write_outbox(tmp_path, office.code, [batches[0], batches[2]])
    report = import_usb(hq_engine, hq, tmp_path)[0]
    assert report.acknowledged == 1 and report.refused == ["1-3: sequence_gap"]
    write_outbox(tmp_path, office.code, [batches[1]])
    assert import_usb(hq_engine, hq, tmp_path)[0].acknowledged == 3


def test_reply_files_altered_or_from_another_key_are_ignored(hq_engine, tmp_path):
    hq = load_identity(hq_engine)
    office = enrolled_office(hq_engine)
    write_outbox(tmp_path, office.code, [office.batch([change(op="insert")])])
    import_usb(hq_engine, hq, tmp_path)
    ack_file = next((office_folder(tmp_path, office.code) / "from-hq" / "acks").glob("*.json"))
    ack_file.write_bytes(ack_file.read_bytes().replace(b'"applied":1', b'"applied":9'))
    reply = read_reply(tmp_path, office.code, hq.public_key)
    assert reply.acks == [] and reply.problems == [f"{ack_file.name}: bad_signature"]


def test_hq_writes_a_wanted_file_only_to_an_office_holding_a_record_that_names_it(hq_engine, tmp_path):
    hq = load_identity(hq_engine)
    holder, other = enrolled_office(hq_engine), enrolled_office(hq_engine)
    photo = b"\x89PNG\r\n\x1a\n" + b"foto jalan" * 500
    sha = hashlib.sha256(photo).hexdigest()
    CaseRouting(hq_engine, hq).take_report(holder.code, CentralReport(
        kind="pengaduan", category="JALAN", description="Jalan berlubang", citizen_name="Siti",
        citizen_phone="0812 3456 7890", rw=1, address="Jl. Merdeka 1", photos=(photo,)), actor="pusat")
    folder = tmp_path / "stick"
    unknown = hashlib.sha256(b"not at HQ").hexdigest()
    for office in (holder, other):
        write_outbox(folder, office.code, [], wanted=[sha, unknown, "not-a-hash"])
    reports = {r.office: r for r in import_usb(hq_engine, hq, folder)}
    assert (reports[holder.code].files_written, reports[other.code].files_written) == (1, 0)
    reply = read_reply(folder, holder.code, hq.public_key)
    assert list(reply.files) == [sha] and reply.files[sha].read_bytes() == photo and not reply.problems
    assert read_reply(folder, other.code, hq.public_key).files == {}
    assert not (office_folder(folder, other.code) / "from-hq" / "attachments").exists()

"""The kelurahan-hq commands, run in-process against a SQLite file (and as a module for --help)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from PIL import Image

from sync import signing
from sync.hq.cli import ENROL_QR_PREFIX, main
from sync.hq.database import DATA_DIR_ENV, DATABASE_URL_ENV, make_engine
from sync.hq.identity import load_identity
from sync.hq.offices import OfficeRegistry
from sync.hq.usb_import import import_usb
from sync.usb import read_reply, write_outbox
from tests.sync.factories import change
from tests.sync.office_sim import SimOffice


def test_admin_commands_from_init_to_usb_import(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    assert main(["init", "--database-url", url]) == 0
    qr = tmp_path / "enrol.png"
    assert main(["office", "add", "32.73.01.1001", "Kelurahan Sukarasa", "--database-url", url, "--qr", str(qr)]) == 0
    out = capsys.readouterr().out
    code = out.split("enrolment code ")[1].split()[0]
    assert Image.open(qr).size[0] > 100
    if shutil.which("zbarimg"):
        scanned = subprocess.run(["zbarimg", "--raw", "-q", str(qr)], capture_output=True, text=True).stdout.strip()
        assert scanned == f"{ENROL_QR_PREFIX}:32.73.01.1001:{code}"
    engine = make_engine(url)
    key = signing.generate_private_key()
    OfficeRegistry(engine).enrol("32.73.01.1001", code, signing.public_key_of(key))

    office = SimOffice("32.73.01.1001", key)
    write_outbox(tmp_path / "usb", office.code, [office.batch([change(op="insert")], audit_count=2)])
    assert main(["import-usb", str(tmp_path / "usb"), "--database-url", url]) == 0
    assert "1 batches acknowledged" in capsys.readouterr().out
    assert read_reply(tmp_path / "usb", office.code, load_identity(engine).public_key).acks[0].fields["applied"] == 1

    assert main(["office", "list", "--database-url", url]) == 0
    listing = capsys.readouterr().out
    assert "32.73.01.1001" in listing and "yes" in listing
    assert main(["office", "audit", "32.73.01.1001", "--database-url", url]) == 0
    assert "held to entry 2" in capsys.readouterr().out

    reference = tmp_path / "ref.json"
    reference.write_text(json.dumps({"category": [{"id": "jalan", "name": "Jalan rusak"}]}))
    assert main(["publish", str(reference), "--database-url", url]) == 0
    assert "published 1 reference batches" in capsys.readouterr().out
    assert main(["publish", str(reference), "--database-url", url]) == 0
    assert "no changes" in capsys.readouterr().out
    import_usb(engine, load_identity(engine), tmp_path / "usb")
    reply = read_reply(tmp_path / "usb", office.code, load_identity(engine).public_key)
    assert [d.seq for d in reply.downloads["reference"]] == [1]

    assert main(["office", "list", "--json", "--database-url", url]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["code"] == "32.73.01.1001" and listed["enrolled"] and listed["last_sync"]
    assert (listed["batches_taken"], listed["pending_downloads"], listed["rejected"]) == (1, 1, 0)
    assert listed["clock_offset_ms"] is None  # a stick carries no clock reading


def test_serve_with_no_options_makes_its_demo_database_and_answers(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, DATA_DIR_ENV: str(tmp_path / "hq"), "PYTHONPATH": str(Path(__file__).parents[2])}
    env.pop(DATABASE_URL_ENV, None)
    server = subprocess.Popen([sys.executable, "-m", "sync.hq.cli", "serve", "--port", str(port)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 30
        answer = None
        while answer is None and time.monotonic() < deadline and server.poll() is None:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/v1/hq", timeout=2).json()
            except httpx.TransportError:
                time.sleep(0.2)
        assert answer is not None, server.stdout.read() if server.poll() is not None else "no answer"
        assert answer["key_id"] == load_identity(make_engine(
            f"sqlite:///{tmp_path / 'hq' / 'kelurahan-hq.sqlite3'}")).key_id
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_runs_as_a_module():
    done = subprocess.run([sys.executable, "-m", "sync.hq.cli", "--help"], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0 and "import-usb" in done.stdout and "bench" in done.stdout


def test_bench_runs_and_loses_nothing(capsys):
    assert main(["bench", "--json", "--offices", "3", "--batches", "2", "--changes", "50", "--workers", "1"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["changes"] == figures["changes_stored"] == 300 and figures["errors"] == []
    assert figures["hq_ingest_changes_per_s"] > 0 and 10 < figures["wire_bytes_per_update"] < 200

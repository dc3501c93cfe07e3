"""USB exchange between a real office store and HQ: duplicated, old, reordered and dropped files do no
harm; acknowledgements, downloads and attachment confirmations come back in; the link can take over."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from kelurahan_desk.core.store.models import OfficeSetting, OutboxChange
from kelurahan_desk.core.store.models.attachments import Attachment
from sync.hq.identity import load_identity
from sync.hq.schema import applied_changes, attachments, records
from sync.hq.streams import Streams
from sync.hq.usb_import import import_usb
from sync.usb import office_folder
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

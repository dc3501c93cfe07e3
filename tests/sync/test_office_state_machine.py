"""A Hypothesis state machine over a real office store and a real HQ (PostgreSQL, and SQLite for quick
runs): random edits on both sides; the link failing before a request leaves, half way through its body,
after HQ committed but before the reply; the office program dying at those points or just before a local
commit; either side restored from an older backup; USB sticks with duplicated, dropped and reordered
files; the office clock jumping.

After the link heals: every change was applied exactly once on each side, both sides hold the same
records, every value overwritten by the other side is in a conflicts list, and no cursor went back.
"""

from __future__ import annotations

import contextlib
import gzip
import itertools
import json
import random
import secrets
import shutil
import tempfile
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import create_engine, select
from sqlalchemy.engine import make_url

from kelurahan_desk.composition import Services, open_services
from kelurahan_desk.core.clock import FixedClock
from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.store.models import AuditEntry, OfficeSetting, OutboxChange
from kelurahan_desk.core.store.models.sync_state import SyncAppliedChange, SyncConflict, SyncStream
from sync.entity_rules import DEFAULT_RULES
from sync.hq.database import create_schema, make_engine
from sync.hq.errors import HqError
from sync.hq.identity import load_identity
from sync.hq.records import office_entity_id
from sync.hq.schema import applied_changes, batches, conflicts, offices, records, stream_batches
from sync.hq.streams import Streams
from sync.hq.usb_import import import_usb
from sync.usb import office_folder
from tests.conftest import TEST_OFFICE
from tests.sync.conftest import postgres_url
from tests.sync.office_harness import (
    FAULTS,
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

CODE = TEST_OFFICE.code
ENTITY = "office_setting"
START = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)


@cache
def office_template() -> tuple[Path, Actor]:
    """A set-up office folder, copied for each example (setting one up hashes a password), and its
    administrator."""
    folder = Path(tempfile.mkdtemp(prefix="kd-office-template-")) / "office"
    services, admin = new_office(folder, FixedClock(START))
    services.close()
    return folder, admin


class HqDatabase:
    """HQ's database with backups: SQLite files, or PostgreSQL databases copied with TEMPLATE."""

    def __init__(self, backend: str, folder: Path) -> None:
        self.backend = backend
        self.folder = folder
        if backend == "postgres":
            self._admin = create_engine(postgres_url(), isolation_level="AUTOCOMMIT")
            self.name = f"kd_sm_{secrets.token_hex(5)}"
            self._sql(f'CREATE DATABASE "{self.name}"')
            self.url = make_url(postgres_url()).set(database=self.name).render_as_string(hide_password=False)
        else:
            self.url = f"sqlite:///{folder / 'hq.sqlite3'}"
        self.engine = make_engine(self.url, pool_size=5)
        create_schema(self.engine)
        load_identity(self.engine, create=True)
        self.has_backup = False

    def _sql(self, statement: str) -> None:
        with self._admin.connect() as conn:
            conn.exec_driver_sql(statement)

    def backup(self) -> None:
        self.engine.dispose()
        if self.backend == "postgres":
            self._sql(f'DROP DATABASE IF EXISTS "{self.name}_b"')
            self._sql(f'CREATE DATABASE "{self.name}_b" TEMPLATE "{self.name}"')
        else:
            shutil.copy(self.folder / "hq.sqlite3", self.folder / "hq-backup.sqlite3")
        self.has_backup = True

    def restore(self) -> None:
        self.engine.dispose()
        if self.backend == "postgres":
            self._sql(f'DROP DATABASE "{self.name}" WITH (FORCE)')
            self._sql(f'CREATE DATABASE "{self.name}" TEMPLATE "{self.name}_b"')
        else:
            for suffix in ("-wal", "-shm"):
                (self.folder / f"hq.sqlite3{suffix}").unlink(missing_ok=True)
            shutil.copy(self.folder / "hq-backup.sqlite3", self.folder / "hq.sqlite3")
        self.engine = make_engine(self.url, pool_size=5)

    def drop(self) -> None:
        self.engine.dispose()
        if self.backend == "postgres":
            for name in (self.name, f"{self.name}_b"):
                self._sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            self._admin.dispose()


def _changes(body: bytes) -> list[dict[str, Any]]:
    lines = gzip.decompress(body).split(b"\n")[:-1]
    header = json.loads(lines[0])
    return [json.loads(line) for line in lines[1:1 + header["count"]]]


class OfficeAndHq(RuleBasedStateMachine):
    backend = "sqlite"

    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="kd-sm-"))
        self.hq = HqDatabase(self.backend, self.tmp)
        self.folder = self.tmp / "office"
        template, self.admin = office_template()
        shutil.copytree(template, self.folder)
        self.clock = FixedClock(START)
        self.key = new_key()
        self.plan = FaultPlan()
        self.values = itertools.count()
        self.office_backup: Path | None = None
        self.hq_edited_since_backup = True
        self.stick = self.tmp / "stick"
        self.rng = random.Random(0)
        self.app_engine = None
        self._open()
        enrol(self.hq.engine, self.agent, self.admin, CODE)
        self.seen_streams: dict[str, int] = {}
        self.seen_hq: tuple[int, int] = (0, 0)

    # --- the two sides ---------------------------------------------------------------------------

    def _open(self) -> None:
        self.services: Services = open_services(DataFolder(self.folder), clock=self.clock)
        self.agent = agent_for(self.services, self.key, self._http)

    def _http(self, url: str):
        if self.app_engine is not self.hq.engine:
            self.app, self.app_engine = hq_app(self.hq.engine), self.hq.engine
        return http_factory(self.app, self.plan)(url)

    def _restart(self) -> None:
        self.services.close()
        self._open()

    def _office_values(self) -> dict[str, Any]:
        with self.services.store.read() as s:
            return {r.id: r.value for r in s.scalars(select(OfficeSetting))}

    def _hq_values(self) -> dict[str, Any]:
        with self.hq.engine.connect() as conn:
            rows = conn.execute(select(records.c.entity_id, records.c.data).where(
                records.c.entity == ENTITY, records.c.owner == CODE, records.c.deleted.is_(False)))
            return {office_entity_id(DEFAULT_RULES.rule(ENTITY), CODE, r.entity_id): r.data["value"] for r in rows}

    def _value(self, side: str) -> str:
        return f"{side}{next(self.values)}"

    # --- edits ------------------------------------------------------------------------------------

    @rule()
    def office_creates(self) -> None:
        with self.services.store.write("admin", "test.create") as s:
            s.add(OfficeSetting(id=f"k{next(self.values)}", value=self._value("o")))

    @precondition(lambda self: bool(self._office_values()))
    @rule(data=st.data(), delete=st.booleans())
    def office_edits(self, data: st.DataObject, delete: bool) -> None:
        key = data.draw(st.sampled_from(sorted(self._office_values())))
        with self.services.store.write("admin", "test.edit") as s:
            row = s.get(OfficeSetting, key)
            if delete and key.startswith(("k", "h")):
                s.delete(row)
            else:
                row.value = self._value("o")

    @rule(data=st.data(), delete=st.booleans())
    def hq_edits(self, data: st.DataObject, delete: bool) -> None:
        held = sorted(self._hq_values())
        key = data.draw(st.sampled_from([*held, f"h{next(self.values)}"]))
        values = None if delete and key in held and key.startswith(("k", "h")) else {"value": self._value("q")}
        try:
            Streams(self.hq.engine, load_identity(self.hq.engine)).send_to_office(CODE, [(ENTITY, key, values)])
        except HqError:
            return
        self.hq_edited_since_backup = True

    @precondition(lambda self: bool(set(self._office_values()) & set(self._hq_values())))
    @rule(data=st.data())
    def both_edit_the_same_record(self, data: st.DataObject) -> None:
        key = data.draw(st.sampled_from(sorted(set(self._office_values()) & set(self._hq_values()))))
        with self.services.store.write("admin", "test.edit") as s:
            s.get(OfficeSetting, key).value = self._value("o")
        Streams(self.hq.engine, load_identity(self.hq.engine)).send_to_office(
            CODE, [(ENTITY, key, {"value": self._value("q")})])
        self.hq_edited_since_backup = True

    @rule(jump=st.sampled_from([timedelta(minutes=-90), timedelta(minutes=7), timedelta(days=1), timedelta(0)]))
    def clock_jumps(self, jump: timedelta) -> None:
        self.clock.advance(jump)

    # --- the link ---------------------------------------------------------------------------------

    @rule(fault=st.sampled_from([None, *FAULTS]), at=st.integers(0, 8), crash=st.booleans())
    def sync_round(self, fault: str | None, at: int, crash: bool) -> None:
        self.plan.arm({at: fault} if fault else {}, crash=crash)
        self.plan.happened.clear()
        try:
            result = self.agent.run_round(self.admin)
        except LinkDown:
            event(f"office died at {self.plan.happened}")
            self._restart()
            return
        assert result.error in ("", "unreachable") and not result.problems, result
        for what in self.plan.happened:
            event(f"link fault: {what}{' (crash)' if crash else ''}")
        if result.new_epoch:
            event("new epoch")
        if result.records_reloaded:
            event("records reloaded from HQ")
        if result.new_conflicts:
            event("conflicts found")
        if result.new_rejections:
            event("changes rejected")

    @rule(point=st.sampled_from(["before_ack_commit", "before_download_commit"]))
    def crash_before_local_commit(self, point: str) -> None:
        self.plan.arm({})
        agent = agent_for(self.services, self.key, self._http, faults=crash_at(point))
        with contextlib.suppress(LinkDown):
            agent.run_round(self.admin)
        self._restart()

    @rule(data=st.data(), duplicate=st.booleans(), drop=st.booleans(), rename=st.booleans())
    def usb_exchange(self, data: st.DataObject, duplicate: bool, drop: bool, rename: bool) -> None:
        self.agent.export_usb(self.admin, self.stick)
        base = office_folder(self.stick, CODE)
        self._mangle(base / "to-hq" / "batches", "*.batch.gz", data, duplicate, drop, rename)
        import_usb(self.hq.engine, load_identity(self.hq.engine), self.stick)
        self._mangle(base / "from-hq" / "streams", "*.batch.gz", data, duplicate, drop, rename)
        self._mangle(base / "from-hq" / "acks", "*.json", data, duplicate, drop, rename)
        result = self.agent.import_usb(self.admin, self.stick)
        event(f"usb: {'acknowledged' if result.acknowledged else 'nothing acknowledged'}")
        if result.new_conflicts:
            event("conflicts found")
        if result.new_epoch:
            event("new epoch")

    def _mangle(self, folder: Path, pattern: str, data: st.DataObject, duplicate: bool, drop: bool,
                rename: bool) -> None:
        files = sorted(folder.glob(pattern))
        if not files:
            return
        if duplicate:
            first = files[data.draw(st.integers(0, len(files) - 1))]
            for path in (first, first.with_name(first.name + ".sig")):
                shutil.copy(path, path.with_name("copy-" + path.name))
        if drop:
            victim = files[data.draw(st.integers(0, len(files) - 1))]
            for path in (victim, victim.with_name(victim.name + ".sig")):
                path.unlink(missing_ok=True)
        if rename:
            suffix = pattern[1:]
            for path in sorted(folder.glob(pattern)):
                new = folder / f"{self.rng.getrandbits(32):08x}{suffix}"
                path.with_name(path.name + ".sig").rename(new.with_name(new.name + ".sig"))
                path.rename(new)

    # --- backups ----------------------------------------------------------------------------------

    def _copy_store(self, source: Path, target: Path) -> None:
        self.services.close()
        target.mkdir(parents=True, exist_ok=True)
        for name in ("kelurahan.db", "kelurahan.db-wal"):
            (target / name).unlink(missing_ok=True)
            if (source / name).exists():
                shutil.copy(source / name, target / name)
        self._open()

    @rule()
    def office_backs_up(self) -> None:
        self.office_backup = self.tmp / "office-backup"
        self._copy_store(self.folder, self.office_backup)

    @precondition(lambda self: self.office_backup is not None)
    @rule()
    def office_restores_old_backup(self) -> None:
        assert self.office_backup is not None
        event("office restored from an older backup")
        self._copy_store(self.office_backup, self.folder)
        self.seen_streams = {}

    @rule()
    def hq_backs_up(self) -> None:
        self.hq.backup()
        self.hq_edited_since_backup = False

    @precondition(lambda self: self.hq.has_backup and not self.hq_edited_since_backup)
    @rule()
    def hq_restores_old_backup(self) -> None:
        event("HQ restored from an older backup")
        self.hq.restore()
        self.seen_hq = (0, 0)

    # --- invariants -------------------------------------------------------------------------------

    @invariant()
    def cursors_never_go_back(self) -> None:
        with self.services.store.read() as s:
            now = {r.stream: r.seq for r in s.scalars(select(SyncStream))}
        for stream, seq in self.seen_streams.items():
            assert now.get(stream, 0) >= seq, (stream, seq, now)
        self.seen_streams = now
        with self.hq.engine.connect() as conn:
            row = conn.execute(select(offices.c.epoch, offices.c.last_seq).where(offices.c.code == CODE)).one()
        assert (row.epoch, row.last_seq) >= self.seen_hq
        self.seen_hq = (row.epoch, row.last_seq)

    @invariant()
    def nothing_from_hq_is_sent_back(self) -> None:
        with self.services.store.read() as s:
            # every change captured for HQ, copied into the outbox or not yet
            values = [a.after["value"] for a in s.scalars(select(AuditEntry).where(
                AuditEntry.entity == ENTITY, AuditEntry.change_id.is_not(None))) if a.after and "value" in a.after]
        assert all(v.startswith("o") for v in values), values

    def heal_and_compare(self) -> None:
        """At the end of every example the link heals; then both sides must agree."""
        self.plan.arm({})
        result = None
        for _ in range(4):
            result = self.agent.run_round(self.admin)
            if result.complete:
                break
        assert result is not None and result.complete, result
        office, hq = self._office_values(), self._hq_values()
        assert office == hq

        with self.services.store.read() as s:
            outbox = [{"change_id": c.change_id, "entity": c.entity, "entity_id": c.entity_id, "op": c.op,
                       "fields": c.fields}
                      for c in s.scalars(select(OutboxChange))]
            captured = set(s.scalars(select(AuditEntry.change_id).where(AuditEntry.change_id.is_not(None))))
            taken_here = set(s.scalars(select(SyncAppliedChange.change_id)))
            reloaded = s.scalar(select(AuditEntry.seq).where(AuditEntry.action == "sync.reload").limit(1))
            local_conflicts = [(c.kept_value, c.lost_value) for c in s.scalars(select(SyncConflict))]
        with self.hq.engine.connect() as conn:
            applied = set(conn.scalars(select(applied_changes.c.change_id).where(applied_changes.c.office == CODE)))
            held = conn.execute(select(batches.c.body).where(batches.c.office == CODE)).scalars().all()
            published = conn.execute(select(stream_batches.c.body).where(stream_batches.c.target == CODE)).scalars()
            hq_changes = [c for body in published for c in _changes(bytes(body))]
            hq_conflicts = conn.execute(select(conflicts.c.kept_value, conflicts.c.lost_value).where(
                conflicts.c.office == CODE)).all()
        # exactly once: every office change reached HQ, whose change-id guard applies each once; every HQ
        # change was taken in here (sync_applied_change, keyed by change id, takes each once), unless the
        # office reloaded HQ's records after a restore, which holds them already
        assert captured <= {c["change_id"] for c in outbox} <= applied
        assert taken_here <= {c["change_id"] for c in hq_changes}
        if reloaded is None:
            assert {c["change_id"] for c in hq_changes} <= taken_here

        # every overwritten value was knowingly replaced (a later change names it as its old value), is
        # still there, or is in a conflicts list
        sent = [c for body in held for c in _changes(bytes(body))]
        every = [c for c in [*outbox, *sent, *hq_changes] if c["entity"] == ENTITY]
        deleted = {c["entity_id"] for c in every if c["op"] == "delete"}
        with_value = [c for c in every if "value" in c["fields"] and c["entity_id"] not in deleted]
        replaced = {c["fields"]["value"][0] for c in with_value}
        in_conflicts = {v for pair in [*local_conflicts, *hq_conflicts] for v in pair}
        live = set(office.values())
        for change in with_value:
            value = change["fields"]["value"][1]
            assert value in live or value in replaced or value in in_conflicts, change

        # the clock offset HQ saw is the office clock's error
        self.office_creates()
        assert self.agent.run_round(self.admin).complete
        offset = self.agent.status(self.admin).clock_offset_ms
        expected = (self.clock.now() - datetime.now(UTC)) / timedelta(milliseconds=1)
        assert offset is not None and abs(offset - expected) < 10_000

    def teardown(self) -> None:
        try:
            self.heal_and_compare()
        finally:
            self.services.close()
            self.hq.drop()
            shutil.rmtree(self.tmp, ignore_errors=True)


@settings(max_examples=25, stateful_step_count=30, deadline=None, print_blob=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
class SqliteRun(OfficeAndHq):
    backend = "sqlite"


@settings(max_examples=25, stateful_step_count=30, deadline=None, print_blob=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
class PostgresRun(OfficeAndHq):
    backend = "postgres"


TestOfficeAndSqliteHq = SqliteRun.TestCase


@pytest.mark.postgres
class TestOfficeAndPostgresHq(PostgresRun.TestCase):  # type: ignore[name-defined,misc]
    def setUp(self) -> None:
        postgres_url()

"""Writers killed with SIGKILL at random moments never leave a damaged store or lose a confirmed write.

`crash_writer.py` runs in a child process and forks one writer per round (so that a round does not pay for
Python's start-up); each writer opens the store as the app does and writes in a loop until it is killed.
"""

from __future__ import annotations

import os
import random
import re
import selectors
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.store.audit_chain import verify_chain
from kelurahan_desk.core.store.health import integrity_problems
from kelurahan_desk.core.store.models import Resident
from kelurahan_desk.core.store.unit_of_work import Store
from tests.conftest import REPO_ROOT

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 150
CONFIRMATION = re.compile(r"(c|u) ([0-9a-f-]{36})(?: (\d+))?")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"), reason="needs fork and SIGKILL"),
]


class Writers:
    """The crash_writer child: starts writers on request and reports their confirmed writes."""

    def __init__(self, root: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(root)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self._fd = self.proc.stdout.fileno()
        self._selector = selectors.DefaultSelector()
        self._selector.register(self._fd, selectors.EVENT_READ)
        self._buffer = b""

    def tell(self, command: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command.encode() + b"\n")
        self.proc.stdin.flush()

    def line(self, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            if not self._selector.select(max(0.0, deadline - time.monotonic())):
                pytest.fail("the writer stopped answering (see its stderr above)")
            chunk = os.read(self._fd, 65536)
            if not chunk:
                pytest.fail("the writer process ended")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode()

    def lines_until(self, marker: str) -> Iterator[str]:
        while (line := self.line()) != marker:
            yield line

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()


def one_round(writers: Writers, rng: random.Random) -> list[str]:
    """Starts a writer, kills it (mostly mid-write, sometimes while it opens the store) and returns every
    line it printed: the writes whose commit had returned."""
    writers.tell("go")
    pid = int(writers.line().split()[1])
    printed = []
    if rng.random() < 0.2:
        time.sleep(rng.uniform(0.0, 0.05))
    else:
        printed.append(writers.line())
        time.sleep(rng.uniform(0.0, 0.03))
    os.kill(pid, signal.SIGKILL)
    writers.tell("reap")
    printed.extend(writers.lines_until(f"r {pid}"))
    return printed


def test_sigkill_in_write_loops_loses_no_confirmed_write(tmp_path: Path) -> None:
    folder = DataFolder(tmp_path / "office").create()
    Store(folder.database).close()  # the schema is made once; every writer starts writing at once
    rng = random.Random(20261127)
    created: set[str] = set()
    revisions: dict[str, int] = {}
    writers = Writers(folder.root)
    try:
        for round_no in range(KILLS):
            for line in one_round(writers, rng):
                match = CONFIRMATION.fullmatch(line)
                assert match, f"unexpected output: {line!r}"
                kind, key, rev = match.groups()
                if kind == "c":
                    created.add(key)
                else:
                    revisions[key] = max(revisions.get(key, 0), int(rev))

            assert integrity_problems(folder.database) == [], f"round {round_no}"
            store = Store(folder.database)
            try:
                with store.read() as s:
                    report = verify_chain(s)
                    assert report.ok, f"round {round_no}: {report}"
                    stored = {key: rev for key, rev in s.execute(select(Resident.id, Resident.rev))}
            finally:
                store.close()
            missing = created - stored.keys()
            assert not missing, f"round {round_no}: confirmed residents lost: {sorted(missing)[:3]}"
            behind = {k: (v, stored.get(k)) for k, v in revisions.items() if stored.get(k, 0) < v}
            assert not behind, f"round {round_no}: confirmed edits lost: {behind}"
    finally:
        writers.close()
    assert len(created) > KILLS // 2  # the kills landed in busy write loops, not before them
    assert revisions

"""Start-up figures, each a fresh process timed from the parent (from starting it to its "shown" line):

- `startup_s`: the application (`startup_window`: `app.run` as `kelurahan-desk` starts it, offscreen, the
  account signed in without the dialog) until the main window is shown with the residents view's first
  page filled, on the run's large office (60,000 residents); median of the runs.
- `startup_floor_s`: a bare Python process that imports PySide6 and SQLAlchemy and shows an empty
  QMainWindow; median of runs taken in turn with the application's, so both see the same machine.
- `startup_ratio`: `startup_s / startup_floor_s`, held to 1.5.
- `rss_mb`: the application's resident memory with the window open and filled (largest of the runs);
  left out where the platform does not tell.

One run of each comes first and is not counted: it fills the disk cache and compiles the bytecode, which
the children keep in the bench's scratch folder (`PYTHONPYCACHEPREFIX`), as an installed copy has it.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass

from kelurahan_desk.bench.large_office_data import large_office_folder
from kelurahan_desk.bench.runner import BenchContext, Target
from kelurahan_desk.bench.startup_window import RSS, SHOWN
from kelurahan_desk.core.demo.office import ADMIN

TARGETS = {
    "startup_ratio": Target(1.5, at_most=True, unit="×"),
    "rss_mb": Target(250.0, at_most=True, unit="MB"),
}
RUNS = 5
QUICK_RUNS = 3
TIMEOUT_S = 120
FLOOR = """\
import sqlalchemy
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
print("shown", flush=True)
"""


@dataclass(frozen=True)
class Started:
    seconds: float
    rss_kb: int | None = None


def measure(context: BenchContext) -> dict[str, float]:
    folder = large_office_folder(context)
    window = [sys.executable, "-m", "kelurahan_desk.bench.startup_window", str(folder.root), ADMIN.username]
    floor = [sys.executable, "-c", FLOOR]
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    environment |= {"QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": str(context.workdir / "bytecode")}
    start(window, environment)
    start(floor, environment)
    windows: list[Started] = []
    floors: list[Started] = []
    for _ in range(QUICK_RUNS if context.quick else RUNS):
        windows.append(start(window, environment))
        floors.append(start(floor, environment))
    startup = statistics.median(run.seconds for run in windows)
    startup_floor = statistics.median(run.seconds for run in floors)
    figures = {"startup_s": startup, "startup_floor_s": startup_floor, "startup_ratio": startup / startup_floor}
    memory = [run.rss_kb for run in windows if run.rss_kb is not None]
    if memory:
        figures["rss_mb"] = max(memory) / 1024
    return figures


def start(command: list[str], environment: dict[str, str]) -> Started:
    """Runs the command; the time from starting it to its `shown` line, and the `rss_kb` after it."""
    with tempfile.TemporaryFile() as errors:
        began = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, env=environment, text=True)
        assert process.stdout is not None
        shown: float | None = None
        rss_kb: int | None = None
        watchdog = threading.Timer(TIMEOUT_S, process.kill)
        watchdog.start()
        try:
            for line in process.stdout:
                if shown is None and line.strip() == SHOWN:
                    shown = time.perf_counter() - began
                elif line.startswith(RSS):
                    value = line.split()[1]
                    rss_kb = int(value) if value.isdigit() else None
            process.wait()
        finally:
            watchdog.cancel()
            if process.poll() is None:
                process.kill()
                process.wait()
        if shown is None or process.returncode != 0:
            errors.seek(0)
            tail = errors.read().decode(errors="replace")[-2000:]
            raise RuntimeError(f"{command[1:3]} exited {process.returncode} without showing its window:\n{tail}")
    return Started(shown, rss_kb)

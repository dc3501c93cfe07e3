"""The start-up benchmark starts the real window in child processes on the run's large office."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from kelurahan_desk.bench import startup
from kelurahan_desk.bench.runner import all_targets, as_table, run_benchmarks
from kelurahan_desk.bench.startup_window import SHOWN
from kelurahan_desk.composition import open_services
from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.demo.office import ADMIN, DEMO_OFFICE
from kelurahan_desk.core.store import models

HEAVY = ("reportlab", "openpyxl", "httpx", "holidays", "babel", "cryptography", "alembic", "PIL")
STORE_LIBRARIES = (
    "sqlalchemy",
    "sqlalchemy.orm",
    *(f"kelurahan_desk.core.store.models.{area}" for area in models.AREAS),
)
WATCH = f"""
import sys
from kelurahan_desk.bench import startup_window
report_when_filled = startup_window.report_when_filled
def report(window):
    model = window.view("residents").model
    def filled():
        model.modelReset.disconnect(filled)
        print("loaded", sorted(name for name in {HEAVY + STORE_LIBRARIES!r} if name in sys.modules), flush=True)
    model.modelReset.connect(filled)
    report_when_filled(window)
startup_window.report_when_filled = report
sys.exit(startup_window.main(sys.argv[1:]))
"""


def test_quick_startup_bench_reports_the_window_against_a_bare_qt_process() -> None:
    figures = run_benchmarks(quick=True, modules=[startup])
    expected = {"startup_s", "startup_floor_s", "startup_ratio"}
    if sys.platform.startswith("linux"):
        expected.add("rss_mb")
    assert set(figures) == expected
    assert figures["startup_floor_s"] > 0 and 0 < figures["startup_s"] < startup.TIMEOUT_S
    assert figures["startup_ratio"] == figures["startup_s"] / figures["startup_floor_s"]
    if "rss_mb" in figures:
        assert 30 < figures["rss_mb"] < 2000
    assert "≤ 1.5 ×" in as_table(figures, all_targets([startup]))


def test_the_window_fills_without_sqlalchemy_or_the_libraries_of_other_screens(tmp_path: Path) -> None:
    services = open_services(DataFolder(tmp_path / "office"))
    services.office.complete_setup(ADMIN, replace(DEMO_OFFICE, is_demo=False))
    services.close()
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", WATCH, str(tmp_path / "office"), ADMIN.username],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[:2] == ["loaded []", SHOWN]

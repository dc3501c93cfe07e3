"""The office sync benchmark runs against a real HQ server process and reports every figure it is held to."""

from __future__ import annotations

from kelurahan_desk.bench import sync
from kelurahan_desk.bench.runner import all_targets, as_table, run_benchmarks


def test_quick_sync_bench_reports_every_figure() -> None:
    figures = run_benchmarks(quick=True, modules=[sync])
    assert set(figures) == {"wire_bytes_per_update", "catchup_30d_s", "faulty_link_ratio"}
    assert all(value > 0 for value in figures.values())
    assert figures["wire_bytes_per_update"] <= 300
    table = as_table(figures, all_targets([sync]))
    assert "≤ 300 B" in table and "≤ 60 s" in table and "≤ 2 ×" in table

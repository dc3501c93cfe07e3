"""The foundation benchmark runs on its own scratch data and reports every figure it is held to."""

from __future__ import annotations

from kelurahan_desk.bench import foundation
from kelurahan_desk.bench.runner import all_targets, as_json, as_table, run_benchmarks


def test_quick_foundation_bench_reports_every_figure_against_its_target() -> None:
    figures = run_benchmarks(quick=True, modules=[foundation])
    assert set(figures) == {
        "resident_search_p95_ms",
        "write_capture_ratio",
        "write_service_ms",
        "write_plain_sql_ms",
        "import_rows_per_s",
    }
    assert all(value > 0 for value in figures.values())
    assert figures["write_capture_ratio"] == figures["write_service_ms"] / figures["write_plain_sql_ms"]
    table = as_table(figures, all_targets([foundation]))
    assert "≤ 15 ms" in table and "≥ 5000 baris/s" in table
    assert '"import_rows_per_s"' in as_json(figures)

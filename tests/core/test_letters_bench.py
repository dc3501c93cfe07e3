"""The letter benchmark runs on its own scratch office and reports every figure it is held to."""

from __future__ import annotations

from kelurahan_desk.bench import letters
from kelurahan_desk.bench.runner import all_targets, as_table, run_benchmarks


def test_quick_letter_bench_reports_every_figure() -> None:
    figures = run_benchmarks(quick=True, modules=[letters])
    assert set(figures) == {"letter_pdf_ms", "letter_issue_ms", "letter_approve_ms", "letter_batch_1000_s"}
    assert all(value > 0 for value in figures.values())
    table = as_table(figures, all_targets([letters]))
    assert "≤ 60 ms" in table and "≤ 20 s" in table

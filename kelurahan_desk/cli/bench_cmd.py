"""`kelurahan-desk bench [--json] [--quick]`: measures the figures the product is held to, on scratch data."""

from __future__ import annotations

import argparse

from kelurahan_desk.cli.context import out


def register(sub: argparse._SubParsersAction) -> None:
    bench = sub.add_parser("bench", help="ukur kinerja (pencarian, penyimpanan, impor) pada data uji")
    bench.add_argument("--json", action="store_true", help="keluarkan hasil sebagai JSON")
    bench.add_argument("--quick", action="store_true", help="data lebih kecil, untuk melihat sekilas")
    bench.set_defaults(func=run_bench)


def run_bench(args: argparse.Namespace) -> int:
    from kelurahan_desk.bench.runner import all_targets, as_json, as_table, run_benchmarks

    figures = run_benchmarks(quick=args.quick)
    out(as_json(figures) if args.json else as_table(figures, all_targets()))
    return 0

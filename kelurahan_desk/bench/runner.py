"""Runs every benchmark module and gathers its figures (name → value) with the targets they are held to.

A benchmark module has `measure(context) -> dict[str, float]` and `TARGETS` (name → Target). To add one,
append the module to `BENCH_MODULES`.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType


@dataclass(frozen=True)
class Target:
    """`at_most` or `at_least` the limit; `unit` for the table."""

    limit: float
    at_most: bool
    unit: str = ""

    def met(self, value: float) -> bool:
        return value <= self.limit if self.at_most else value >= self.limit

    def describe(self) -> str:
        return f"{'≤' if self.at_most else '≥'} {self.limit:g}{(' ' + self.unit) if self.unit else ''}"


@dataclass(frozen=True)
class BenchContext:
    """`quick` runs smaller data sets (for tests and a fast look); `workdir` is a scratch folder on disk."""

    quick: bool
    workdir: Path


def bench_modules() -> list[ModuleType]:
    from kelurahan_desk.bench import cases, foundation, letters, programmes, startup, sync

    return [foundation, startup, cases, programmes, letters, sync]


def run_benchmarks(*, quick: bool = False, modules: list[ModuleType] | None = None) -> dict[str, float]:
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="kd-bench-") as scratch:
        for module in modules if modules is not None else bench_modules():
            workdir = Path(scratch) / module.__name__.rsplit(".", 1)[-1]
            workdir.mkdir()
            figures.update(module.measure(BenchContext(quick, workdir)))
    return figures


def all_targets(modules: list[ModuleType] | None = None) -> dict[str, Target]:
    targets: dict[str, Target] = {}
    for module in modules if modules is not None else bench_modules():
        targets.update(module.TARGETS)
    return targets


def as_json(figures: dict[str, float]) -> str:
    return json.dumps({name: round(value, 4) for name, value in figures.items()}, indent=2)


def as_table(figures: dict[str, float], targets: dict[str, Target]) -> str:
    width = max((len(name) for name in figures), default=10)
    lines = [f"{'ukuran':<{width}}  {'nilai':>12}  {'target':<14}  hasil"]
    for name, value in figures.items():
        target = targets.get(name)
        verdict = "" if target is None else ("OK" if target.met(value) else "GAGAL")
        lines.append(f"{name:<{width}}  {value:>12.3f}  {target.describe() if target else '':<14}  {verdict}")
    return "\n".join(lines)

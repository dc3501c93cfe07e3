"""The arrows of design.md, checked on the code itself."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kelurahan_desk"


def imports_of(path: Path) -> Iterator[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module


def violations(folder: Path, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*.py")):
        for line, module in imports_of(path):
            if module == forbidden or any(module == f or module.startswith(f + ".") for f in forbidden):
                found.append(f"{path}:{line} imports {module}")
    return found


def test_core_never_imports_qt() -> None:
    assert violations(PACKAGE / "core", ("PySide6", "kelurahan_desk.ui")) == []


def test_ui_never_touches_the_store_or_sqlalchemy() -> None:
    assert violations(PACKAGE / "ui", ("sqlalchemy", "kelurahan_desk.core.store")) == []


def test_sync_imports_neither_the_office_app_nor_qt() -> None:
    assert violations(ROOT / "sync", ("kelurahan_desk", "PySide6")) == []


def test_only_composition_roots_construct_services() -> None:
    allowed = {"composition.py", "app.py"}
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE)
        if rel.name in allowed or rel.parts[0] in ("cli",) or rel.parts[:2] == ("core", "services"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id.endswith("Service")
            ):
                found.append(f"{rel}:{node.lineno} constructs {node.func.id}")
    assert found == []


def test_no_grab_bag_modules() -> None:
    names = {p.name for p in ROOT.rglob("*.py") if ".venv" not in p.parts}
    assert not names & {"utils.py", "helpers.py", "misc.py"}


def test_the_checker_sees_a_broken_arrow(tmp_path: Path) -> None:
    bad = tmp_path / "core"
    bad.mkdir()
    (bad / "leak.py").write_text("from PySide6.QtWidgets import QWidget\n")
    assert violations(bad, ("PySide6",)) != []

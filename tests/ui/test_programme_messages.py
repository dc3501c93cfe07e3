"""Every code the musrenbang, UMKM and training rules and services raise has a message for the clerk."""

from __future__ import annotations

import ast
from pathlib import Path

from kelurahan_desk.ui.error_messages import MESSAGES

CORE = Path(__file__).resolve().parents[2] / "kelurahan_desk" / "core"
SOURCES = [
    *(
        CORE / "domain" / name
        for name in (
            "musrenbang_phases.py",
            "proposal_status.py",
            "proposal_scoring.py",
            "business_size.py",
            "training_status.py",
        )
    ),
    *(CORE / "services").glob("musrenbang*.py"),
    *(CORE / "services").glob("training*.py"),
    CORE / "services" / "umkm.py",
    CORE / "services" / "programmes.py",
    CORE / "services" / "document_numbers.py",
]


def raised_codes() -> set[str]:
    codes = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "ValidationError"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
            ):
                codes.add(node.args[1].value)
    return codes


def test_every_programme_code_has_a_message() -> None:
    codes = raised_codes()
    assert "berita_acara_issued" in codes  # the scan sees the services
    assert sorted(code for code in codes if code not in MESSAGES) == []
    assert "manage_programmes" in MESSAGES

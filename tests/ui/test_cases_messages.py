"""Every code the case rules and services raise, and every permission they check, has a message."""

from __future__ import annotations

import ast
from pathlib import Path

from kelurahan_desk.core.errors import PermissionDenied, ValidationError
from kelurahan_desk.core.services.case_details import ACTION_PERMISSION
from kelurahan_desk.core.services.permissions import Permission
from kelurahan_desk.ui.error_messages import MESSAGES, message_for

CORE = Path(__file__).resolve().parents[2] / "kelurahan_desk" / "core"
SOURCES = [
    *(CORE / "domain").glob("case_*.py"),
    *(CORE / "services").glob("case*.py"),
    CORE / "services" / "holiday_overrides.py",
]
GUARD_CODES = {"reopen_window_passed", "already_extended", "objection_exists", "objection_not_yet_allowed"}


def literal_codes() -> set[str]:
    """Second arguments of `ValidationError(...)` calls and string returns of the lifecycle guards."""
    codes: set[str] = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "ValidationError":
                for arg in node.args[1:2]:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        codes.add(arg.value)
                    if isinstance(arg, ast.JoinedStr):
                        codes.update({"rt_range", "rw_range"})  # f"{field}_range" in the intake checks
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in GUARD_CODES:
                codes.add(node.value)
    return codes


def test_every_case_code_has_a_message() -> None:
    codes = literal_codes()
    assert {"transition_refused", "category_unknown", "reopen_window_passed", "holiday_override_weekend"} <= codes
    assert sorted(codes - MESSAGES.keys()) == []
    for code in ("objection_window_passed", "no_open_objection"):
        assert code in MESSAGES


def test_case_permissions_have_messages() -> None:
    checked = {*ACTION_PERMISSION.values(), Permission.MANAGE_CATEGORIES, Permission.EXPORT_DATA}
    generic = message_for(PermissionDenied("no_such_permission")).replace("no_such_permission", "")
    for permission in checked:
        assert permission.value in MESSAGES, permission
        assert message_for(PermissionDenied(permission.value)) != generic.replace("()", f"({permission.value})")


def test_refusals_read_as_sentences() -> None:
    refused = ValidationError("action", "transition_refused", {"action": "selesaikan", "state": "baru", "kind": "x"})
    assert message_for(refused).endswith(".") and "{" not in message_for(refused)
    assert message_for(ValidationError("attachments", "too_many_attachments", {"max": 10})).endswith("10).")

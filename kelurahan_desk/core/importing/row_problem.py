"""One refused row (or a file-level finding, line 0) of an imported file."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

DETAIL_LIMIT = 80


@dataclass(frozen=True, slots=True)
class RowProblem:
    """`line` is 1-based as the user sees it in the file (0 = the file as a whole); `code` names the reason;
    `detail` quotes the offending value, cut to a readable length; `params` fill the reason's message (the
    limit a value passed, the birth date the NIK gives)."""

    line: int
    code: str
    detail: str = ""
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)


def quote_detail(text: str) -> str:
    text = text.replace("\r", " ").replace("\n", " ")
    return text if len(text) <= DETAIL_LIMIT else text[: DETAIL_LIMIT - 1] + "…"

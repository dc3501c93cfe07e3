"""An expected refusal by HQ: an HTTP status, a stable code, and facts the caller can act on."""

from __future__ import annotations

from typing import Any

from sync.errors import ProtocolError


class HqError(Exception):
    def __init__(self, status: int, code: str, detail: str = "", **extra: Any) -> None:
        super().__init__(f"{status} {code} {detail}".strip())
        self.status = status
        self.code = code
        self.detail = detail
        self.extra = extra

    def body(self) -> dict[str, Any]:
        return {"error": self.code, "detail": self.detail, **self.extra}

    @classmethod
    def from_protocol(cls, err: ProtocolError) -> HqError:
        return cls(401 if err.code == "bad_signature" else 400, err.code, err.detail)

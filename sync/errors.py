"""The one error type of the wire protocol: a code that says what is wrong, never user text."""

from __future__ import annotations


class ProtocolError(Exception):
    """Bytes that do not form a valid batch, acknowledgement or signature.

    `code` is stable and machine-readable (e.g. ``bad_signature``, ``body_too_large``); `detail`
    narrows it down for logs (e.g. which line or field).
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail

"""Errors that services raise. They carry codes, never user-facing text: the UI translates them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class DeskError(Exception):
    """Base of every expected error."""


@dataclass
class ValidationError(DeskError):
    """A value that breaks a rule. `field` names the input, `code` the broken rule."""

    field: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        extra = f" {self.params}" if self.params else ""
        return f"{self.field}: {self.code}{extra}"


@dataclass
class Finding:
    """A finding that does not stop a save (e.g. unknown NIK region prefix)."""

    field: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)


class PermissionDenied(DeskError):
    """The signed-in account may not do this."""

    def __init__(self, permission: str) -> None:
        super().__init__(permission)
        self.permission = permission


class NotFound(DeskError):
    def __init__(self, entity: str, key: object) -> None:
        super().__init__(f"{entity} {key} not found")
        self.entity = entity
        self.key = key


class AuthError(DeskError):
    """Wrong user name or password, disabled account, or locked out for a while."""

    def __init__(self, code: str, retry_after_s: float = 0.0) -> None:
        super().__init__(code)
        self.code = code
        self.retry_after_s = retry_after_s


class StoreError(DeskError):
    """The store cannot be used (corrupt, locked by another instance, disk full)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail

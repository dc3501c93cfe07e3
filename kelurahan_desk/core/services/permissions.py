"""Roles and what each may do. Checked in the services, whatever the UI shows."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kelurahan_desk.core.errors import PermissionDenied


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    FRONT_DESK = "front_desk"
    VERIFIER = "verifier"
    LURAH = "lurah"
    READ_ONLY = "read_only"


class Permission(StrEnum):
    VIEW = "view"
    MANAGE_ACCOUNTS = "manage_accounts"
    MANAGE_OFFICE = "manage_office"
    EDIT_RESIDENTS = "edit_residents"
    IMPORT_RESIDENTS = "import_residents"
    EXPORT_DATA = "export_data"
    BACKUP = "backup"
    RESTORE = "restore"
    HANDLE_CASES = "handle_cases"
    VERIFY_CASES = "verify_cases"
    ESCALATE_CASES = "escalate_cases"
    MANAGE_CATEGORIES = "manage_categories"
    DRAFT_LETTERS = "draft_letters"
    VERIFY_LETTERS = "verify_letters"
    APPROVE_LETTERS = "approve_letters"
    MANAGE_LETTER_TYPES = "manage_letter_types"
    MANAGE_PROGRAMMES = "manage_programmes"
    SYNC = "sync"


_STAFF = {
    Permission.VIEW,
    Permission.EDIT_RESIDENTS,
    Permission.EXPORT_DATA,
    Permission.HANDLE_CASES,
    Permission.DRAFT_LETTERS,
    Permission.MANAGE_PROGRAMMES,
    Permission.BACKUP,
    Permission.SYNC,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: frozenset(Permission),
    Role.FRONT_DESK: frozenset(_STAFF),
    Role.VERIFIER: frozenset(_STAFF | {Permission.VERIFY_CASES, Permission.VERIFY_LETTERS}),
    Role.LURAH: frozenset(
        _STAFF
        | {
            Permission.VERIFY_CASES,
            Permission.ESCALATE_CASES,
            Permission.VERIFY_LETTERS,
            Permission.APPROVE_LETTERS,
        }
    ),
    Role.READ_ONLY: frozenset({Permission.VIEW}),
}


@dataclass(frozen=True)
class Actor:
    """The signed-in person, as services see them."""

    account_id: str
    username: str
    full_name: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(permission.value)


SYSTEM = Actor(account_id="", username="system", full_name="Sistem", role=Role.ADMINISTRATOR)

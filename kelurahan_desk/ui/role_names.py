"""Role names as staff say them (translation context "RoleNames")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kelurahan_desk.core.services.permissions import Role

ROLE_TITLES: dict[Role, str] = {
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("RoleNames", "Administrator"),
    Role.FRONT_DESK: QT_TRANSLATE_NOOP("RoleNames", "Petugas layanan"),
    Role.VERIFIER: QT_TRANSLATE_NOOP("RoleNames", "Verifikator (Kasi)"),
    Role.LURAH: QT_TRANSLATE_NOOP("RoleNames", "Lurah"),
    Role.READ_ONLY: QT_TRANSLATE_NOOP("RoleNames", "Hanya baca"),
}


def role_title(role: Role) -> str:
    return QCoreApplication.translate("RoleNames", ROLE_TITLES[Role(role)])

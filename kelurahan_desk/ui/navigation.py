"""The views of the left navigation list, in order. Adding a view is one `ViewEntry` line.

`factory` builds the view from the `ViewContext` the first time it is opened (`lazy` keeps start-up
fast by importing the view's module only then). `permission` hides the entry from accounts without it.
`title` is an Indonesian source string in the "Navigation" translation context.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from kelurahan_desk.core.services.permissions import Actor, Permission
from kelurahan_desk.ui.view_context import ViewContext

ViewFactory = Callable[[ViewContext], QWidget]


def lazy(module: str, name: str) -> ViewFactory:
    """A factory that imports `module` and calls `name(context)` when the view is first opened."""

    def build(context: ViewContext) -> QWidget:
        return getattr(importlib.import_module(module), name)(context)

    return build


@dataclass(frozen=True)
class ViewEntry:
    key: str
    title: str
    icon: str
    factory: ViewFactory
    permission: Permission = Permission.VIEW

    def translated_title(self) -> str:
        return QCoreApplication.translate("Navigation", self.title)


VIEWS: list[ViewEntry] = [
    ViewEntry(
        "residents",
        QT_TRANSLATE_NOOP("Navigation", "Penduduk"),
        "SP_DirHomeIcon",
        lazy("kelurahan_desk.ui.residents.residents_view", "ResidentsView"),
    ),
    ViewEntry(
        "cases",
        QT_TRANSLATE_NOOP("Navigation", "Pengaduan & Laporan"),
        "SP_MessageBoxInformation",
        lazy("kelurahan_desk.ui.cases.cases_view", "CasesView"),
    ),
    ViewEntry(
        "musrenbang",
        QT_TRANSLATE_NOOP("Navigation", "Musrenbang"),
        "SP_FileDialogListView",
        lazy("kelurahan_desk.ui.musrenbang.musrenbang_view", "MusrenbangView"),
    ),
    ViewEntry(
        "umkm",
        QT_TRANSLATE_NOOP("Navigation", "UMKM"),
        "SP_DriveNetIcon",
        lazy("kelurahan_desk.ui.umkm.umkm_view", "UmkmView"),
    ),
    ViewEntry(
        "training",
        QT_TRANSLATE_NOOP("Navigation", "Pelatihan"),
        "SP_DialogApplyButton",
        lazy("kelurahan_desk.ui.training.training_view", "TrainingView"),
    ),
    ViewEntry(
        "letters",
        QT_TRANSLATE_NOOP("Navigation", "Surat"),
        "SP_FileIcon",
        lazy("kelurahan_desk.ui.letters.letters_view", "LettersView"),
    ),
    ViewEntry(
        "verify",
        QT_TRANSLATE_NOOP("Navigation", "Periksa Keaslian"),
        "SP_DialogYesButton",
        lazy("kelurahan_desk.ui.letters.verify_view", "VerifyView"),
    ),
    ViewEntry(
        "sync",
        QT_TRANSLATE_NOOP("Navigation", "Sinkronisasi"),
        "SP_BrowserReload",
        lazy("kelurahan_desk.ui.sync.sync_view", "SyncView"),
    ),
    ViewEntry(
        "accounts",
        QT_TRANSLATE_NOOP("Navigation", "Akun Pengguna"),
        "SP_FileDialogDetailedView",
        lazy("kelurahan_desk.ui.accounts_view", "AccountsView"),
        Permission.MANAGE_ACCOUNTS,
    ),
]


def visible_views(actor: Actor, views: list[ViewEntry] | None = None) -> list[ViewEntry]:
    return [entry for entry in (VIEWS if views is None else views) if actor.can(entry.permission)]

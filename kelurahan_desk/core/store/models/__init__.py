"""Every table of the office store, one module per area.

A model's module is imported the first time one of its names is asked for (`models.Account` loads
`models.accounts` only), so importing a service loads no model and opening the window, whose first reads
go through `Store.read_plain()`, loads no ORM. An area imports the areas whose tables its foreign keys name. Code
that walks all tables (`Base.metadata`, `Base.registry.mappers`: migrations, sync) calls `load_all()` first.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kelurahan_desk.core.store.models.accounts import Account
    from kelurahan_desk.core.store.models.attachments import Attachment
    from kelurahan_desk.core.store.models.calendar import HolidayOverride
    from kelurahan_desk.core.store.models.cases import Case, CaseAttachment, CaseCategory, CaseEvent
    from kelurahan_desk.core.store.models.journal import AuditEntry, LocalState, OutboxChange
    from kelurahan_desk.core.store.models.letters import (
        Letter,
        LetterAttachment,
        LetterCounter,
        LetterEvent,
        LetterNumberVoid,
        LetterType,
    )
    from kelurahan_desk.core.store.models.office import Office, OfficeSetting
    from kelurahan_desk.core.store.models.regions import Region
    from kelurahan_desk.core.store.models.residents import Family, Resident, ResidentEvent

AREAS = (
    "accounts",
    "attachments",
    "calendar",
    "cases",
    "journal",
    "letters",
    "office",
    "programmes",  # musrenbang, UMKM, training
    "regions",
    "residents",
    "sync_state",  # sync agent state, local only
)
"""Every model module; `load_all()` imports them in this order."""

_HOME = {
    "Account": "accounts",
    "Attachment": "attachments",
    "AuditEntry": "journal",
    "Case": "cases",
    "CaseAttachment": "cases",
    "CaseCategory": "cases",
    "CaseEvent": "cases",
    "Family": "residents",
    "HolidayOverride": "calendar",
    "Letter": "letters",
    "LetterAttachment": "letters",
    "LetterCounter": "letters",
    "LetterEvent": "letters",
    "LetterNumberVoid": "letters",
    "LetterType": "letters",
    "LocalState": "journal",
    "Office": "office",
    "OfficeSetting": "office",
    "OutboxChange": "journal",
    "Region": "regions",
    "Resident": "residents",
    "ResidentEvent": "residents",
}

__all__ = [
    "Account",
    "Attachment",
    "AuditEntry",
    "Case",
    "CaseAttachment",
    "CaseCategory",
    "CaseEvent",
    "Family",
    "HolidayOverride",
    "Letter",
    "LetterAttachment",
    "LetterCounter",
    "LetterEvent",
    "LetterNumberVoid",
    "LetterType",
    "LocalState",
    "Office",
    "OfficeSetting",
    "OutboxChange",
    "Region",
    "Resident",
    "ResidentEvent",
]


def load_all() -> None:
    """Registers every table on `Base.metadata` (and every model on `Base.registry`)."""
    for area in AREAS:
        importlib.import_module(f"{__name__}.{area}")


def __getattr__(name: str) -> Any:
    area = _HOME.get(name)
    if area is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    model = getattr(importlib.import_module(f"{__name__}.{area}"), name)
    globals()[name] = model  # asked for once: `models.Resident` is a plain attribute from then on
    return model


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOME])

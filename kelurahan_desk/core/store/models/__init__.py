"""Every table of the office store. Importing this package registers them all on `Base.metadata`."""

from kelurahan_desk.core.store.models import (
    programmes,  # noqa: F401 (musrenbang, UMKM, training tables)
    sync_state,  # noqa: F401 (sync agent state, local only)
)
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

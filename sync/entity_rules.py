"""Per-entity rules that decide what a change may do: who owns each field, which state changes a
state machine allows, which entities are append-only, and which have ids that are unique only within one
office (HQ keeps those under the office's code). Given as data, named as the office sends
them (each tracked model's `__entity__` and its columns); later work extends `RULE_DATA` (or loads
its own with `EntityRules.from_data`).

The transition tables are copies of the office's own (`core/domain/case_states.py`, `letter_states.py`,
`proposal_status.py`, `musrenbang_phases.py`, `training_status.py`); a test checks they stay equal. A state's
move to itself is always allowed and is not listed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Side = Literal["office", "hq"]
SIDES: tuple[Side, ...] = ("office", "hq")

CASE_STATES: dict[str, list[str]] = {
    "baru": ["diverifikasi", "ditolak", "diteruskan", "duplikat"],
    "diverifikasi": ["didisposisikan", "ditolak", "diteruskan", "duplikat"],
    "didisposisikan": ["dalam_proses", "diteruskan"],
    "dalam_proses": ["didisposisikan", "selesai"],
    "selesai": ["dalam_proses"],
    "ditolak": [],
    "diteruskan": [],
    "duplikat": [],
}
CASE_OPEN_STATES = frozenset({"baru", "diverifikasi", "didisposisikan", "dalam_proses"})

LETTER_STATES: dict[str, list[str]] = {
    "draf": ["diajukan", "ditolak"],
    "diajukan": ["draf", "diverifikasi", "ditolak"],
    "diverifikasi": ["draf", "disetujui", "ditolak"],
    "disetujui": ["terbit", "ditolak"],
    "terbit": ["dicetak", "dicabut"],
    "dicetak": ["diambil", "dicabut"],
    "diambil": ["dicabut"],
    "ditolak": [],
    "dicabut": [],
}

PROPOSAL_STATUSES: dict[str, list[str]] = {
    "usulan": ["digabung", "diterima_kecamatan", "didanai", "ditolak", "dibawa"],
    "diterima_kecamatan": ["didanai", "ditolak", "dibawa", "usulan"],
    "didanai": ["selesai", "ditolak", "dibawa"],
    "ditolak": ["dibawa", "usulan"],
    "selesai": ["didanai"],
    "digabung": [],
    "dibawa": [],
}

MUSRENBANG_PHASES: dict[str, list[str]] = {
    "usulan_rw": ["pra_musrenbang"],
    "pra_musrenbang": ["forum"],
    "forum": ["dikirim"],
    "dikirim": ["hasil"],
    "hasil": ["tindak_lanjut"],
    "tindak_lanjut": [],
}

TRAINING_REGISTRATION_STATUSES: dict[str, list[str]] = {
    "peserta": ["batal"],
    "cadangan": ["peserta", "batal"],
    "batal": ["peserta", "cadangan"],
}

TRAINING_PROGRAMME_STATUSES: dict[str, list[str]] = {
    "dibuka": ["ditutup", "selesai"],
    "ditutup": ["dibuka", "selesai"],
    "selesai": [],
}

_APPEND_ONLY = {"append_only": True}

RULE_DATA: dict[str, dict[str, Any]] = {
    "case": {"state_machines": {"state": {"initial": ["baru"], "transitions": CASE_STATES}}},
    "case_event": _APPEND_ONLY,
    "case_attachment": _APPEND_ONLY,
    "case_category": {"default_owner": "hq"},
    "letter": {"state_machines": {"state": {"initial": ["draf"], "transitions": LETTER_STATES}}},
    "letter_event": _APPEND_ONLY,
    "letter_attachment": _APPEND_ONLY,
    "letter_number_void": _APPEND_ONLY,
    "letter_type": {"default_owner": "hq", "office_scoped": True},
    "resident_event": _APPEND_ONLY,
    "musrenbang_cycle": {"state_machines": {"phase": {"initial": ["usulan_rw"], "transitions": MUSRENBANG_PHASES}}},
    "musrenbang_proposal": {
        "state_machines": {"status": {"initial": ["usulan"], "transitions": PROPOSAL_STATUSES}},
    },
    "proposal_progress": _APPEND_ONLY,
    "proposal_photo": _APPEND_ONLY,
    "umkm_business_photo": _APPEND_ONLY,
    "umkm_business_letter": _APPEND_ONLY,
    "training_programme": {
        "state_machines": {"status": {"initial": ["dibuka"], "transitions": TRAINING_PROGRAMME_STATUSES}},
    },
    "training_registration": {
        "state_machines": {
            "status": {"initial": ["peserta", "cadangan"], "transitions": TRAINING_REGISTRATION_STATUSES},
        },
    },
    "training_outcome": _APPEND_ONLY,
    # not append-only, as the office changes them: training_attendance (a presence corrected),
    # training_certificate (its QR text written after the number, which the QR signs), forum_attendee
    # (removed or made a delegate until the berita acara is issued)
    "holiday_override": {"default_owner": "hq"},
    # ids unique only within one office: a setting's name, a shipped letter type's code
    "office_setting": {"office_scoped": True},
    # published by HQ only (no office model): the letters it has revoked
    "revoked_letter": {"default_owner": "hq", "append_only": True},
}


@dataclass(frozen=True)
class StateMachine:
    initial: frozenset[str]
    transitions: Mapping[str, frozenset[str]]

    def allows_start(self, value: Any) -> bool:
        return not self.initial or value in self.initial

    def allows(self, old: Any, new: Any) -> bool:
        return old == new or (isinstance(old, str) and new in self.transitions.get(old, frozenset()))


@dataclass(frozen=True)
class EntityRule:
    default_owner: Side = "office"
    field_owners: Mapping[str, Side] = field(default_factory=dict)
    state_machines: Mapping[str, StateMachine] = field(default_factory=dict)
    append_only: bool = False
    office_scoped: bool = False

    def owner_of(self, field_name: str) -> Side:
        return self.field_owners.get(field_name, self.default_owner)

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> EntityRule:
        unknown = set(data) - {"default_owner", "field_owners", "state_machines", "append_only", "office_scoped"}
        if unknown:
            raise ValueError(f"unknown rule keys: {sorted(unknown)}")
        owners = dict(data.get("field_owners", {}))
        for side in [data.get("default_owner", "office"), *owners.values()]:
            if side not in SIDES:
                raise ValueError(f"owner must be office or hq, not {side!r}")
        machines = {
            name: StateMachine(
                frozenset(spec.get("initial", [])),
                {state: frozenset(targets) for state, targets in spec["transitions"].items()},
            )
            for name, spec in data.get("state_machines", {}).items()
        }
        return cls(data.get("default_owner", "office"), owners, machines, bool(data.get("append_only", False)),
                   bool(data.get("office_scoped", False)))


class EntityRules:
    """The rule of each entity; an entity without one is office-owned, mutable, with no state machine."""

    def __init__(self, rules: Mapping[str, EntityRule] | None = None) -> None:
        self._rules = dict(rules or {})
        self._default = EntityRule()

    def rule(self, entity: str) -> EntityRule:
        return self._rules.get(entity, self._default)

    def with_rule(self, entity: str, rule: EntityRule) -> EntityRules:
        return EntityRules({**self._rules, entity: rule})

    @classmethod
    def from_data(cls, data: Mapping[str, Mapping[str, Any]]) -> EntityRules:
        return cls({entity: EntityRule.from_data(spec) for entity, spec in data.items()})


DEFAULT_RULES = EntityRules.from_data(RULE_DATA)

"""Per-entity rules that decide what a change may do: who owns each field, which status changes a
state machine allows, and which entities are append-only. Given as data; later work extends
`RULE_DATA` (or loads its own with `EntityRules.from_data`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Side = Literal["office", "hq"]
SIDES: tuple[Side, ...] = ("office", "hq")

_CASE_STATES = {
    "baru": ["diverifikasi", "ditolak", "diteruskan", "duplikat"],
    "diverifikasi": ["didisposisikan", "ditolak", "diteruskan", "duplikat"],
    "didisposisikan": ["dalam_proses", "diteruskan"],
    "dalam_proses": ["didisposisikan", "selesai"],
    "selesai": ["dalam_proses"],
    "ditolak": [],
    "diteruskan": [],
    "duplikat": [],
}

RULE_DATA: dict[str, dict[str, Any]] = {
    "case": {
        "field_owners": {"assigned_office": "hq", "routed_to": "hq", "hq_category": "hq"},
        "state_machines": {"status": {"initial": ["baru"], "transitions": _CASE_STATES}},
    },
    "letter": {
        "state_machines": {"status": {
            "initial": ["draf"],
            "transitions": {"draf": ["diajukan", "batal"], "diajukan": ["disetujui", "draf", "batal"],
                            "disetujui": ["terbit", "batal"], "terbit": ["dicabut"], "batal": [], "dicabut": []},
        }},
    },
    "case_note": {"append_only": True},
    "case_transition": {"append_only": True},
    "resident_event": {"append_only": True},
    "attachment": {"append_only": True},
    "category": {"default_owner": "hq"},
    "letter_template": {"default_owner": "hq"},
    "holiday_override": {"default_owner": "hq"},
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

    def owner_of(self, field_name: str) -> Side:
        return self.field_owners.get(field_name, self.default_owner)

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> EntityRule:
        unknown = set(data) - {"default_owner", "field_owners", "state_machines", "append_only"}
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
        return cls(data.get("default_owner", "office"), owners, machines, bool(data.get("append_only", False)))


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

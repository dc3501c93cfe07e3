"""HQ judges incoming case changes with its own copy of the state machine; it must be the office's table."""

from __future__ import annotations

from kelurahan_desk.core.domain.case_states import TRANSITIONS, CaseState
from sync.entity_rules import RULE_DATA


def test_hq_allows_exactly_the_offices_state_changes() -> None:
    office = {state.value: set() for state in CaseState}
    for rule in TRANSITIONS:
        if rule.target is not None:
            for source in rule.sources:
                if source != rule.target:
                    office[source.value].add(rule.target.value)
    machines = RULE_DATA["case"]["state_machines"]
    [hq] = machines.values()
    assert {state: set(targets) for state, targets in hq["transitions"].items()} == office
    assert hq["initial"] == [CaseState.BARU.value]

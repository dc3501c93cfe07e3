"""HQ judges office changes with its own copies of the office's rules (sync never imports the office);
the copies must name the entities and fields the office sends and equal the office's transition tables."""

from __future__ import annotations

from kelurahan_desk.core.domain import case_states, letter_states, musrenbang_phases, proposal_status
from kelurahan_desk.core.store import models
from kelurahan_desk.core.store.base import Base, Tracked
from sync.entity_rules import CASE_OPEN_STATES, DEFAULT_RULES, RULE_DATA

HQ_ONLY_ENTITIES = {"revoked_letter"}


def _office_columns() -> dict[str, set[str]]:
    models.load_all()
    found: dict[str, set[str]] = {}
    for mapper in Base.registry.mappers:
        model = mapper.class_
        if issubclass(model, Tracked):
            found[model.__entity__] = {column.key for column in mapper.columns}
    return found


def _machine(entity: str) -> tuple[str, dict[str, set[str]], list[str]]:
    [(name, spec)] = RULE_DATA[entity]["state_machines"].items()
    return name, {state: set(targets) for state, targets in spec["transitions"].items()}, spec["initial"]


def _without_self(table: dict[str, set[str]]) -> dict[str, set[str]]:
    return {source: targets - {source} for source, targets in table.items()}


def test_every_rule_names_an_office_entity_and_its_columns() -> None:
    office = _office_columns()
    assert set(RULE_DATA) - HQ_ONLY_ENTITIES <= set(office)
    for entity, spec in RULE_DATA.items():
        if entity in HQ_ONLY_ENTITIES:
            continue
        named = set(spec.get("field_owners", {})) | set(spec.get("state_machines", {}))
        assert named <= office[entity], entity


def test_case_states_are_the_offices() -> None:
    office: dict[str, set[str]] = {state.value: set() for state in case_states.CaseState}
    for rule in case_states.TRANSITIONS:
        if rule.target is not None:
            for source in rule.sources:
                office[source.value].add(rule.target.value)
    field, hq, initial = _machine("case")
    assert field == "state"
    assert hq == _without_self(office)
    assert initial == [case_states.CaseState.BARU.value]
    assert {state.value for state in case_states.OPEN_STATES} == CASE_OPEN_STATES


def test_letter_states_are_the_offices() -> None:
    office: dict[str, set[str]] = {state.value: set() for state in letter_states.LetterState}
    for (_action, source), target in letter_states.TRANSITIONS.items():
        office[source.value].add(target.value)
    field, hq, initial = _machine("letter")
    assert field == "state"
    assert hq == _without_self(office)
    assert initial == [letter_states.LetterState.DRAF.value]


def test_proposal_statuses_are_the_offices() -> None:
    office = {source.value: {t.value for t in targets} for source, targets in proposal_status.TRANSITIONS.items()}
    assert set(office) == {status.value for status in proposal_status.ProposalStatus}
    field, hq, initial = _machine("musrenbang_proposal")
    assert field == "status"
    assert hq == _without_self(office)
    assert initial == [proposal_status.ProposalStatus.USULAN.value]


def test_musrenbang_phases_are_the_offices() -> None:
    office = {phase.value: set() for phase in musrenbang_phases.PHASES}
    for phase in musrenbang_phases.PHASES:
        following = musrenbang_phases.next_phase(phase)
        if following is not None:
            office[phase.value].add(following.value)
    field, hq, initial = _machine("musrenbang_cycle")
    assert field == "phase"
    assert hq == office
    assert initial == [musrenbang_phases.PHASES[0].value]


def test_every_office_step_is_allowed_by_hq_and_nothing_else() -> None:
    machine = DEFAULT_RULES.rule("letter").state_machines["state"]
    states = [state.value for state in letter_states.LetterState]
    allowed = {(s.value, t.value) for (_a, s), t in letter_states.TRANSITIONS.items()}
    for old in states:
        for new in states:
            assert machine.allows(old, new) == (old == new or (old, new) in allowed), (old, new)


def test_records_kept_as_history_are_append_only() -> None:
    for entity in ("case_event", "case_attachment", "letter_event", "letter_attachment", "proposal_progress",
                   "resident_event"):
        assert DEFAULT_RULES.rule(entity).append_only, entity
    for entity in ("case_category", "letter_type", "holiday_override"):
        assert DEFAULT_RULES.rule(entity).default_owner == "hq", entity
    assert DEFAULT_RULES.rule("case").owner_of("description") == "office"

"""HQ judges office changes with its own copies of the office's rules (sync never imports the office);
the copies must name the entities and fields the office sends and equal the office's transition tables."""

from __future__ import annotations

from kelurahan_desk.core.domain import case_states, letter_states, musrenbang_phases, proposal_status, training_status
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.store import models
from kelurahan_desk.core.store.base import Base, Tracked
from sync.entity_rules import CASE_OPEN_STATES, DEFAULT_RULES, RULE_DATA
from sync.merge import merge_change

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


def test_training_registration_statuses_are_the_offices() -> None:
    office = {
        source.value: {t.value for t in targets} for source, targets in training_status.REGISTRATION_TRANSITIONS.items()
    }
    assert set(office) == {status.value for status in training_status.RegistrationStatus}
    field, hq, initial = _machine("training_registration")
    assert field == "status"
    assert hq == _without_self(office)
    assert set(initial) == {status.value for status in training_status.REGISTRATION_INITIAL}


def test_training_programme_statuses_are_the_offices() -> None:
    office = {
        source.value: {t.value for t in targets} for source, targets in training_status.PROGRAMME_TRANSITIONS.items()
    }
    assert set(office) == {status.value for status in training_status.ProgrammeStatus}
    field, hq, initial = _machine("training_programme")
    assert field == "status"
    assert hq == _without_self(office)
    assert initial == [training_status.ProgrammeStatus.DIBUKA.value]


def test_every_training_status_step_of_the_office_is_allowed_by_hq_and_nothing_else() -> None:
    cases = [
        ("training_registration", training_status.RegistrationStatus, training_status.check_registration_transition),
        ("training_programme", training_status.ProgrammeStatus, training_status.check_programme_transition),
    ]
    for entity, statuses, check in cases:
        machine = DEFAULT_RULES.rule(entity).state_machines["status"]
        for old in statuses:
            for new in statuses:
                try:
                    check(old.value, new.value)
                    office_allows = True
                except ValidationError:
                    office_allows = False
                assert machine.allows(old.value, new.value) == (office_allows or old == new), (entity, old, new)


def _insert(entity: str, **values: object) -> dict:
    return {"entity": entity, "op": "insert", "base_rev": 0, "fields": {k: [None, v] for k, v in values.items()}}


def _update(entity: str, base_rev: int, **pairs: tuple[object, object]) -> dict:
    return {"entity": entity, "op": "update", "base_rev": base_rev, "fields": {k: list(v) for k, v in pairs.items()}}


def _apply(changes: list[dict]) -> list[str]:
    stored = None
    outcomes = []
    for change in changes:
        result = merge_change(change, stored, DEFAULT_RULES.rule(change["entity"]), author="3273011001", side="office")
        outcomes.append(result.outcome)
        stored = result.record or stored
    return outcomes


def test_programme_records_the_office_corrects_are_not_append_only_at_hq() -> None:
    # a presence corrected, a certificate's QR written after its number, a forum attendee made a delegate, removed
    attendance = [
        _insert("training_attendance", present=False),
        _update("training_attendance", 1, present=(False, True)),
    ]
    certificate = [
        _insert("training_certificate", number="400/1", qr_text=""),
        _update("training_certificate", 1, qr_text=("", "KD1.abc")),
    ]
    attendee = [
        _insert("forum_attendee", name="Siti", is_delegate=False),
        _update("forum_attendee", 1, is_delegate=(False, True)),
        {"entity": "forum_attendee", "op": "delete", "base_rev": 2, "fields": {}},
    ]
    assert _apply(attendance) == ["applied", "applied"]
    assert _apply(certificate) == ["applied", "applied"]
    assert _apply(attendee) == ["applied", "applied", "applied"]


def test_programme_records_the_office_only_adds_are_append_only_at_hq() -> None:
    for entity in ("training_outcome", "umkm_business_letter", "proposal_progress", "proposal_photo"):
        assert DEFAULT_RULES.rule(entity).append_only, entity
    outcome = [_insert("training_outcome", kind="nib", note=""), _update("training_outcome", 1, kind=("nib", "kerja"))]
    assert _apply(outcome) == ["applied", "quarantined"]
    link = [
        _insert("umkm_business_letter", letter_number="500/2"),
        {"entity": "umkm_business_letter", "op": "delete", "base_rev": 1, "fields": {}},
    ]
    assert _apply(link) == ["applied", "quarantined"]

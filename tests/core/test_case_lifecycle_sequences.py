"""Random sequences of actions, days and inputs: whatever happens, no case ends in an impossible state."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from kelurahan_desk.core.domain.case_deadlines import DEFAULT_POLICY, Stage
from kelurahan_desk.core.domain.case_lifecycle import ActionInput, Lifecycle, apply, current_due, new_lifecycle, refusal
from kelurahan_desk.core.domain.case_states import CaseAction, CaseKind, CaseState, is_open
from kelurahan_desk.core.domain.working_days import WorkingDayCalendar
from kelurahan_desk.core.errors import ValidationError

CAL = WorkingDayCalendar()
START = date(2026, 1, 5)
MAIN_LINE_DONE = {CaseState.DIVERIFIKASI, CaseState.DIDISPOSISIKAN, CaseState.DALAM_PROSES, CaseState.SELESAI}

texts = st.sampled_from(["", "  ", "catatan tindak lanjut"])
inputs = st.builds(
    ActionInput,
    note=texts,
    reason=texts,
    agency=texts,
    assignee_id=st.sampled_from([None, "petugas-1"]),
    assigned_unit=st.sampled_from(["", "Seksi Ekbang"]),
    duplicate_of_id=st.sampled_from([None, "kasus-asli"]),
    notice=texts,
)
steps = st.lists(
    st.tuples(st.sampled_from(list(CaseAction)), inputs, st.integers(min_value=0, max_value=20)), max_size=25
)


def problems(lc: Lifecycle) -> list[str]:
    """Every way a lifecycle could be impossible."""
    found = []
    if lc.state not in set(CaseState):
        found.append("unknown state")
    if is_open(lc.state) == (lc.closed_on is not None):
        found.append("open and closed disagree")
    if (lc.due_on is None) != (not is_open(lc.state) and not lc.objection_open):
        found.append("a clock runs on a finished case, or none on open work")
    if lc.due_on is not None and lc.due_on < lc.clock_started_on:
        found.append("due before its clock started")
    if lc.state in (CaseState.DIDISPOSISIKAN, CaseState.DALAM_PROSES) and not (lc.assignee_id or lc.assigned_unit):
        found.append("in someone's hands without anyone")
    if lc.state in MAIN_LINE_DONE and lc.verified_on is None:
        found.append("past verification without being verified")
    if lc.state == CaseState.DITOLAK and not lc.reject_reason:
        found.append("refused without a reason")
    if lc.state == CaseState.DITERUSKAN and not lc.forwarded_to:
        found.append("forwarded to nobody")
    if lc.state == CaseState.DUPLIKAT and not lc.duplicate_of_id:
        found.append("a duplicate of nothing")
    if lc.state == CaseState.SELESAI and not lc.resolution:
        found.append("finished without a follow-up")
    if lc.state == CaseState.SELESAI and (lc.reopen_until is None) != (lc.kind == CaseKind.PERMINTAAN_INFORMASI):
        found.append("reopen window wrong for the kind")
    if lc.kind != CaseKind.PERMINTAAN_INFORMASI and (lc.extension_notice or lc.objection_filed_on):
        found.append("PPID steps on a case that is no information request")
    if lc.objection_answered_on is not None and lc.objection_filed_on is None:
        found.append("an answer to no objection")
    if (lc.sla_met is None) != (is_open(lc.state) or lc.state == CaseState.DUPLIKAT):
        found.append("deadline verdict missing or premature")
    if lc.promised_on < lc.received_on:
        found.append("promised before it was received")
    if (lc.due_on, lc.due_stage) != current_due(lc, DEFAULT_POLICY, CAL):
        found.append("stored deadline differs from the rules")
    if (lc.due_stage == Stage.NONE) != (lc.due_on is None):
        found.append("deadline without a stage")
    return found


@settings(max_examples=400, deadline=None)
@given(kind=st.sampled_from(list(CaseKind)), steps=steps)
def test_no_sequence_reaches_an_impossible_state(
    kind: CaseKind, steps: list[tuple[CaseAction, ActionInput, int]]
) -> None:
    today = START
    lc = new_lifecycle(kind, today, DEFAULT_POLICY, CAL)
    assert problems(lc) == []
    for action, given_input, days_later in steps:
        today += timedelta(days=days_later)
        before = lc
        try:
            lc = apply(lc, action, given_input, today, DEFAULT_POLICY, CAL)
        except ValidationError as refused:
            # refused by the table or a guard exactly when `refusal` says so; otherwise an input was missing
            reason = refusal(before, action, today, DEFAULT_POLICY, CAL)
            assert (reason is not None) == (refused.field == "action")
            assert lc == before
            continue
        assert refusal(before, action, today, DEFAULT_POLICY, CAL) is None
        assert problems(lc) == [], (action, lc)

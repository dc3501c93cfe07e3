"""The case state machine: every (kind, state, action) is either allowed by the table or refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from kelurahan_desk.core.domain.case_deadlines import DEFAULT_POLICY, Stage
from kelurahan_desk.core.domain.case_lifecycle import ActionInput, Lifecycle, apply, new_lifecycle, refusal
from kelurahan_desk.core.domain.case_states import (
    TRANSITIONS,
    CaseAction,
    CaseKind,
    CaseState,
    allowed_pairs,
    refused_pairs,
    transition_for,
)
from kelurahan_desk.core.domain.working_days import WorkingDayCalendar
from kelurahan_desk.core.errors import ValidationError

CAL = WorkingDayCalendar()
DAY = date(2026, 11, 27)
FULL = ActionInput(
    note="catatan",
    reason="alasan",
    agency="Dinas PUPR",
    assignee_id="petugas-1",
    duplicate_of_id="kasus-asli",
    notice="surat pemberitahuan perpanjangan",
)
PATHS: dict[CaseState, list[CaseAction]] = {
    CaseState.BARU: [],
    CaseState.DIVERIFIKASI: [CaseAction.VERIFIKASI],
    CaseState.DIDISPOSISIKAN: [CaseAction.VERIFIKASI, CaseAction.DISPOSISI],
    CaseState.DALAM_PROSES: [CaseAction.VERIFIKASI, CaseAction.DISPOSISI, CaseAction.PROSES],
    CaseState.SELESAI: [CaseAction.VERIFIKASI, CaseAction.DISPOSISI, CaseAction.PROSES, CaseAction.SELESAIKAN],
    CaseState.DITOLAK: [CaseAction.TOLAK],
    CaseState.DITERUSKAN: [CaseAction.TERUSKAN],
    CaseState.DUPLIKAT: [CaseAction.TANDAI_DUPLIKAT],
}

# The state-changing part of the table, written out once more by hand: a change to the table must be deliberate.
EXPECTED_MOVES = {
    (CaseState.BARU, CaseAction.VERIFIKASI): CaseState.DIVERIFIKASI,
    (CaseState.BARU, CaseAction.TOLAK): CaseState.DITOLAK,
    (CaseState.BARU, CaseAction.TERUSKAN): CaseState.DITERUSKAN,
    (CaseState.BARU, CaseAction.TANDAI_DUPLIKAT): CaseState.DUPLIKAT,
    (CaseState.DIVERIFIKASI, CaseAction.DISPOSISI): CaseState.DIDISPOSISIKAN,
    (CaseState.DIVERIFIKASI, CaseAction.TOLAK): CaseState.DITOLAK,
    (CaseState.DIVERIFIKASI, CaseAction.TERUSKAN): CaseState.DITERUSKAN,
    (CaseState.DIVERIFIKASI, CaseAction.TANDAI_DUPLIKAT): CaseState.DUPLIKAT,
    (CaseState.DIDISPOSISIKAN, CaseAction.DISPOSISI): CaseState.DIDISPOSISIKAN,
    (CaseState.DIDISPOSISIKAN, CaseAction.PROSES): CaseState.DALAM_PROSES,
    (CaseState.DIDISPOSISIKAN, CaseAction.TERUSKAN): CaseState.DITERUSKAN,
    (CaseState.DALAM_PROSES, CaseAction.DISPOSISI): CaseState.DIDISPOSISIKAN,
    (CaseState.DALAM_PROSES, CaseAction.SELESAIKAN): CaseState.SELESAI,
    (CaseState.SELESAI, CaseAction.BUKA_KEMBALI): CaseState.DALAM_PROSES,
}


def reached(kind: CaseKind, state: CaseState, day: date = DAY) -> Lifecycle:
    lc = new_lifecycle(kind, day, DEFAULT_POLICY, CAL)
    for action in PATHS[state]:
        lc = apply(lc, action, FULL, day, DEFAULT_POLICY, CAL)
    assert lc.state == state
    return lc


def guards_met(lc: Lifecycle, action: CaseAction) -> tuple[Lifecycle, date]:
    """The case's facts and the day on which `action`'s guards (not its table entry) hold."""
    today = DAY
    if action == CaseAction.BUKA_KEMBALI:
        lc = replace(lc, reopen_until=DAY + timedelta(days=3))
    if action == CaseAction.KEBERATAN and lc.closed_on is None:
        today = lc.due_on + timedelta(days=1) if lc.due_on else DAY
    if action == CaseAction.JAWAB_KEBERATAN:
        lc = replace(lc, objection_filed_on=DAY, objection_due_on=DAY + timedelta(days=40), objection_reason="x")
    return lc, today


def test_the_hand_written_moves_are_the_table() -> None:
    moves = {(source, t.action): t.target for t in TRANSITIONS if t.target is not None for source in t.sources}
    assert moves == EXPECTED_MOVES


def test_allowed_and_refused_cover_everything_once() -> None:
    every = {(k, s, a) for k in CaseKind for s in CaseState for a in CaseAction}
    assert allowed_pairs() | refused_pairs() == every
    assert not allowed_pairs() & refused_pairs()


@pytest.mark.parametrize(("kind", "state", "action"), sorted(allowed_pairs()))
def test_every_allowed_transition_happens(kind: CaseKind, state: CaseState, action: CaseAction) -> None:
    lc, today = guards_met(reached(kind, state), action)
    after = apply(lc, action, FULL, today, DEFAULT_POLICY, CAL)
    target = transition_for(action).target
    assert after.state == (target if target is not None else state)


@pytest.mark.parametrize(("kind", "state", "action"), sorted(refused_pairs()))
def test_every_refused_transition_is_refused(kind: CaseKind, state: CaseState, action: CaseAction) -> None:
    lc, today = guards_met(reached(kind, state), action)
    with pytest.raises(ValidationError) as refused:
        apply(lc, action, FULL, today, DEFAULT_POLICY, CAL)
    assert refused.value.field == "action"
    assert refused.value.code in ("transition_refused", "action_not_for_kind")
    assert refused.value.params["state"] == state.value


@pytest.mark.parametrize(
    ("action", "missing"),
    [
        (CaseAction.DISPOSISI, "assignee"),
        (CaseAction.TOLAK, "reason"),
        (CaseAction.TERUSKAN, "agency"),
        (CaseAction.TANDAI_DUPLIKAT, "duplicate_of_id"),
    ],
)
def test_side_exits_need_their_input(action: CaseAction, missing: str) -> None:
    lc = reached(CaseKind.PENGADUAN, CaseState.DIVERIFIKASI)
    with pytest.raises(ValidationError) as refused:
        apply(lc, action, ActionInput(note="  "), DAY, DEFAULT_POLICY, CAL)
    assert (refused.value.field, refused.value.code) == (missing, "required")


def test_finishing_needs_a_note_and_a_unit_is_enough_for_disposition() -> None:
    lc = reached(CaseKind.LAPORAN, CaseState.DIVERIFIKASI)
    lc = apply(lc, CaseAction.DISPOSISI, ActionInput(assigned_unit="Seksi Trantib"), DAY, DEFAULT_POLICY, CAL)
    assert lc.assignee_id is None and lc.assigned_unit == "Seksi Trantib"
    lc = apply(lc, CaseAction.PROSES, ActionInput(), DAY, DEFAULT_POLICY, CAL)
    with pytest.raises(ValidationError, match="note: required"):
        apply(lc, CaseAction.SELESAIKAN, ActionInput(), DAY, DEFAULT_POLICY, CAL)


def test_reopen_only_within_its_window() -> None:
    done = reached(CaseKind.PENGADUAN, CaseState.SELESAI)
    assert done.reopen_until == date(2026, 12, 11)  # ten working days after Friday 27 November
    again = apply(done, CaseAction.BUKA_KEMBALI, FULL, date(2026, 12, 11), DEFAULT_POLICY, CAL)
    assert again.state == CaseState.DALAM_PROSES and again.reopened_count == 1 and again.closed_on is None
    assert again.due_on == date(2026, 12, 18) and again.due_stage == Stage.TINDAK_LANJUT
    late = refusal(done, CaseAction.BUKA_KEMBALI, date(2026, 12, 14), DEFAULT_POLICY, CAL)
    assert late is not None and late.code == "reopen_window_passed"


def test_information_requests_are_extended_once() -> None:
    lc = reached(CaseKind.PERMINTAAN_INFORMASI, CaseState.DALAM_PROSES)
    assert lc.due_on == date(2026, 12, 11)
    extended = apply(lc, CaseAction.PERPANJANG, FULL, DAY, DEFAULT_POLICY, CAL)
    assert extended.due_on == extended.promised_on == date(2026, 12, 22)
    with pytest.raises(ValidationError, match="already_extended"):
        apply(extended, CaseAction.PERPANJANG, FULL, DAY, DEFAULT_POLICY, CAL)


def test_objection_has_its_own_clock_and_window() -> None:
    # asked on 17 March 2026 (before Nyepi and Lebaran), answered on its last day, 8 April
    asked = reached(CaseKind.PERMINTAAN_INFORMASI, CaseState.DALAM_PROSES, date(2026, 3, 17))
    assert asked.due_on == date(2026, 4, 8)
    answered = apply(asked, CaseAction.SELESAIKAN, FULL, date(2026, 4, 8), DEFAULT_POLICY, CAL)
    assert answered.due_on is None and answered.reopen_until is None and answered.sla_met is True
    objection = apply(answered, CaseAction.KEBERATAN, FULL, date(2026, 4, 10), DEFAULT_POLICY, CAL)
    # 30 working days, past 1 May, Ascension and its cuti bersama, and Idul Adha with its cuti bersama
    assert objection.objection_due_on == objection.due_on == date(2026, 5, 29)
    assert objection.due_stage == Stage.KEBERATAN and objection.state == CaseState.SELESAI
    with pytest.raises(ValidationError, match="objection_exists"):
        apply(objection, CaseAction.KEBERATAN, FULL, date(2026, 4, 13), DEFAULT_POLICY, CAL)
    closed = apply(objection, CaseAction.JAWAB_KEBERATAN, FULL, date(2026, 5, 4), DEFAULT_POLICY, CAL)
    assert closed.due_on is None and not closed.objection_open
    assert refusal(answered, CaseAction.KEBERATAN, date(2026, 5, 25), DEFAULT_POLICY, CAL) is None
    too_late = refusal(answered, CaseAction.KEBERATAN, date(2026, 5, 26), DEFAULT_POLICY, CAL)
    assert too_late is not None and too_late.code == "objection_window_passed"


def test_objection_while_open_only_once_the_answer_is_late() -> None:
    lc = reached(CaseKind.PERMINTAAN_INFORMASI, CaseState.DIVERIFIKASI)
    early = refusal(lc, CaseAction.KEBERATAN, lc.due_on, DEFAULT_POLICY, CAL)
    assert early is not None and early.code == "objection_not_yet_allowed"
    assert refusal(lc, CaseAction.KEBERATAN, lc.due_on + timedelta(days=1), DEFAULT_POLICY, CAL) is None


def test_closing_records_whether_the_deadline_was_met() -> None:
    lc = reached(CaseKind.PENGADUAN, CaseState.BARU)
    on_time = apply(lc, CaseAction.TOLAK, FULL, lc.due_on, DEFAULT_POLICY, CAL)
    late = apply(lc, CaseAction.TOLAK, FULL, lc.due_on + timedelta(days=1), DEFAULT_POLICY, CAL)
    duplicate = apply(lc, CaseAction.TANDAI_DUPLIKAT, FULL, DAY, DEFAULT_POLICY, CAL)
    assert (on_time.sla_met, late.sla_met, duplicate.sla_met) == (True, False, None)

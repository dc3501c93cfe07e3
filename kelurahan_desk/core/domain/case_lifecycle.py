"""Applying an action to a case's lifecycle: the table of `case_states`, its guards, and the deadlines.

`Lifecycle` holds exactly the facts the rules read and write; the service copies them to and from the
stored case (the field names are the column names). `apply` is pure: same facts, action and day give
the same result, or the same refusal.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from kelurahan_desk.core.domain import case_deadlines as dl
from kelurahan_desk.core.domain.case_deadlines import DeadlinePolicy, Stage, WorkingDays
from kelurahan_desk.core.domain.case_states import (
    CaseAction,
    CaseKind,
    CaseState,
    Guard,
    Need,
    is_open,
    transition_for,
)
from kelurahan_desk.core.errors import ValidationError


@dataclass(frozen=True)
class Lifecycle:
    kind: CaseKind
    state: CaseState
    received_on: date
    clock_started_on: date  # intake, verification or reopening: where the current clock counts from
    promised_on: date
    due_on: date | None
    due_stage: Stage
    verified_on: date | None = None
    assignee_id: str | None = None
    assigned_unit: str = ""
    closed_on: date | None = None
    resolution: str = ""
    reject_reason: str = ""
    forwarded_to: str = ""
    duplicate_of_id: str | None = None
    reopen_until: date | None = None
    reopened_count: int = 0
    sla_met: bool | None = None
    escalated_on: date | None = None
    extension_notice: str = ""
    objection_filed_on: date | None = None
    objection_reason: str = ""
    objection_due_on: date | None = None
    objection_answered_on: date | None = None
    objection_answer: str = ""

    @property
    def objection_open(self) -> bool:
        return self.objection_filed_on is not None and self.objection_answered_on is None


@dataclass(frozen=True)
class ActionInput:
    """What the person gives with an action; which of it is required depends on the action."""

    note: str = ""
    reason: str = ""
    agency: str = ""
    assignee_id: str | None = None
    assigned_unit: str = ""
    duplicate_of_id: str | None = None
    notice: str = ""


LIFECYCLE_FIELDS = tuple(Lifecycle.__dataclass_fields__)


def new_lifecycle(kind: CaseKind, received_on: date, policy: DeadlinePolicy, calendar: WorkingDays) -> Lifecycle:
    first = dl.first_deadline(kind, received_on, policy, calendar)
    return Lifecycle(
        kind=CaseKind(kind),
        state=CaseState.BARU,
        received_on=received_on,
        clock_started_on=received_on,
        promised_on=dl.promised_date(kind, received_on, policy, calendar),
        due_on=first,
        due_stage=Stage.JAWABAN if kind == CaseKind.PERMINTAAN_INFORMASI else Stage.VERIFIKASI,
    )


def current_due(lc: Lifecycle, policy: DeadlinePolicy, calendar: WorkingDays) -> tuple[date | None, Stage]:
    if lc.objection_open:
        return lc.objection_due_on, Stage.KEBERATAN
    if not is_open(lc.state):
        return None, Stage.NONE
    if lc.kind == CaseKind.PERMINTAAN_INFORMASI:
        if lc.extension_notice:
            return dl.extended_answer_deadline(lc.received_on, policy, calendar), Stage.JAWABAN
        return dl.first_deadline(lc.kind, lc.received_on, policy, calendar), Stage.JAWABAN
    if lc.state == CaseState.BARU:
        return dl.first_deadline(lc.kind, lc.clock_started_on, policy, calendar), Stage.VERIFIKASI
    return dl.followup_deadline(lc.clock_started_on, policy, calendar), Stage.TINDAK_LANJUT


def _guard_problem(
    guard: Guard, lc: Lifecycle, today: date, policy: DeadlinePolicy, calendar: WorkingDays
) -> str | None:
    if guard == Guard.WITHIN_REOPEN_WINDOW:
        return None if lc.reopen_until is not None and today <= lc.reopen_until else "reopen_window_passed"
    if guard == Guard.NOT_EXTENDED:
        return "already_extended" if lc.extension_notice else None
    if guard == Guard.OBJECTION_OPEN:
        return None if lc.objection_open else "no_open_objection"
    # OBJECTION_ALLOWED: once per request; while open only when the answer is late, once closed within the window
    if lc.objection_filed_on is not None:
        return "objection_exists"
    if is_open(lc.state):
        return None if lc.due_on is not None and today > lc.due_on else "objection_not_yet_allowed"
    assert lc.closed_on is not None
    return None if today <= dl.objection_window_until(lc.closed_on, policy, calendar) else "objection_window_passed"


def refusal(
    lc: Lifecycle, action: CaseAction, today: date, policy: DeadlinePolicy, calendar: WorkingDays
) -> ValidationError | None:
    """Why `action` may not happen to this case today (inputs aside), or None when it may."""
    rule = transition_for(action)
    params = {"action": rule.action.value, "state": lc.state.value, "kind": lc.kind.value}
    if lc.kind not in rule.kinds:
        return ValidationError("action", "action_not_for_kind", params)
    if lc.state not in rule.sources:
        return ValidationError("action", "transition_refused", params)
    for guard in sorted(rule.guards):
        problem = _guard_problem(guard, lc, today, policy, calendar)
        if problem is not None:
            return ValidationError("action", problem, params)
    return None


def allowed_actions(lc: Lifecycle, today: date, policy: DeadlinePolicy, calendar: WorkingDays) -> list[CaseAction]:
    return [a for a in CaseAction if refusal(lc, a, today, policy, calendar) is None]


def _check_needs(action: CaseAction, given: ActionInput) -> None:
    for need in sorted(transition_for(action).needs):
        if need == Need.ASSIGNEE:
            if not given.assignee_id and not given.assigned_unit.strip():
                raise ValidationError("assignee", "required")
        elif need == Need.DUPLICATE_OF:
            if not given.duplicate_of_id:
                raise ValidationError("duplicate_of_id", "required")
        elif not getattr(given, need.value).strip():
            raise ValidationError(need.value, "required")


def _closing(lc: Lifecycle, target: CaseState, today: date) -> dict[str, object]:
    """Closing is measured against the deadline that ran until now; duplicates are not measured."""
    met = None if target == CaseState.DUPLIKAT else lc.due_on is None or today <= lc.due_on
    return {"closed_on": today, "sla_met": met}


def _effects(
    lc: Lifecycle, action: CaseAction, given: ActionInput, today: date, policy: DeadlinePolicy, calendar: WorkingDays
) -> dict[str, object]:
    """The fields an action changes besides the state and the deadline."""
    target = transition_for(action).target
    if action == CaseAction.VERIFIKASI:
        # the answer to an information request is counted from intake whenever it is verified
        started = lc.clock_started_on if lc.kind == CaseKind.PERMINTAAN_INFORMASI else today
        return {"verified_on": today, "clock_started_on": started}
    if action == CaseAction.DISPOSISI:
        return {"assignee_id": given.assignee_id or None, "assigned_unit": given.assigned_unit.strip()}
    if action == CaseAction.SELESAIKAN:
        reopen = None if lc.kind == CaseKind.PERMINTAAN_INFORMASI else dl.reopen_until(today, policy, calendar)
        return {**_closing(lc, target, today), "resolution": given.note.strip(), "reopen_until": reopen}
    if action == CaseAction.TOLAK:
        return {**_closing(lc, target, today), "reject_reason": given.reason.strip()}
    if action == CaseAction.TERUSKAN:
        return {**_closing(lc, target, today), "forwarded_to": given.agency.strip()}
    if action == CaseAction.TANDAI_DUPLIKAT:
        return {**_closing(lc, target, today), "duplicate_of_id": given.duplicate_of_id}
    if action == CaseAction.BUKA_KEMBALI:
        return {
            "clock_started_on": today,
            "closed_on": None,
            "reopen_until": None,
            "sla_met": None,
            "resolution": "",
            "reopened_count": lc.reopened_count + 1,
        }
    if action == CaseAction.ESKALASI:
        return {"escalated_on": today}
    if action == CaseAction.PERPANJANG:
        return {
            "extension_notice": given.notice.strip(),
            "promised_on": dl.extended_answer_deadline(lc.received_on, policy, calendar),
        }
    if action == CaseAction.KEBERATAN:
        return {
            "objection_filed_on": today,
            "objection_reason": given.reason.strip(),
            "objection_due_on": dl.objection_deadline(today, policy, calendar),
        }
    if action == CaseAction.JAWAB_KEBERATAN:
        return {"objection_answered_on": today, "objection_answer": given.note.strip()}
    return {}  # PROSES, TINDAK_LANJUT: the state (if any) and the log entry are all there is


def apply(
    lc: Lifecycle,
    action: CaseAction,
    given: ActionInput,
    today: date,
    policy: DeadlinePolicy,
    calendar: WorkingDays,
) -> Lifecycle:
    """The lifecycle after `action`, or a `ValidationError` saying why it is refused."""
    action = CaseAction(action)
    problem = refusal(lc, action, today, policy, calendar)
    if problem is not None:
        raise problem
    _check_needs(action, given)
    target = transition_for(action).target
    new = replace(lc, state=target or lc.state, **_effects(lc, action, given, today, policy, calendar))  # type: ignore[arg-type]
    due_on, stage = current_due(new, policy, calendar)
    return replace(new, due_on=due_on, due_stage=stage)

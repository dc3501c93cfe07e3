"""The office's holiday overrides: added and given-back days, the refusals, the calendar the case services
use, and running case deadlines that move with them — each change one audited, synced unit of work."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from kelurahan_desk.composition import Services
from kelurahan_desk.core.domain.case_states import CaseAction, CaseKind
from kelurahan_desk.core.domain.working_days import HolidaySource
from kelurahan_desk.core.errors import NotFound, PermissionDenied, ValidationError
from kelurahan_desk.core.services.case_queues import CaseQuery, Queue
from kelurahan_desk.core.services.holiday_overrides import OverrideInput, OverrideKind
from kelurahan_desk.core.services.permissions import Actor, Role
from kelurahan_desk.core.services.sync_downloads import DownloadApplier
from kelurahan_desk.core.store.ids import uuid7
from kelurahan_desk.core.store.models import AuditEntry, HolidayOverride, OutboxChange
from sync.batch_format import GENESIS_HASH
from sync.entity_rules import DEFAULT_RULES
from sync.protocol import Batch, BatchHeader
from tests.core.case_helpers import new_case, staff
from tests.core.outbox_helpers import fill

CITY_DAY = date(2026, 12, 1)  # a Tuesday, no national holiday
CHRISTMAS_EVE = date(2026, 12, 24)  # cuti bersama, a Thursday


def add(services: Services, actor: Actor, day: date, kind: str = "added", name: str = "Hari Jadi Kota"):
    return services.holiday_overrides.add(actor, OverrideInput(day, kind, name))


def test_an_added_day_is_a_holiday_of_the_office(services: Services, admin: Actor) -> None:
    change = add(services, admin, CITY_DAY, name="  Hari   Jadi Kota ")
    assert change.override.kind == OverrideKind.ADDED and change.override.name == "Hari Jadi Kota"
    assert change.cases_moved == 0
    calendar = services.calendar
    assert not calendar.is_working_day(CITY_DAY)
    listed = calendar.holiday(CITY_DAY)
    assert listed is not None and listed.source == HolidaySource.OFFICE_OVERRIDE and listed.name == "Hari Jadi Kota"
    assert calendar.working_days_between(date(2025, 12, 31), date(2026, 12, 31)) == 239
    assert [o.day for o in services.holiday_overrides.list(admin, 2026)] == [CITY_DAY]
    assert services.holiday_overrides.list(admin, 2027) == []


def test_a_national_day_given_back_is_a_working_day(services: Services, admin: Actor) -> None:
    change = add(services, admin, CHRISTMAS_EVE, "removed", "Pelayanan akhir tahun")
    assert change.override.national_name == "Cuti Bersama Hari Raya Natal"
    calendar = services.calendar
    assert calendar.is_working_day(CHRISTMAS_EVE) and calendar.holiday(CHRISTMAS_EVE) is None
    assert CHRISTMAS_EVE not in [d.day for d in calendar.non_working_days(2026)]
    assert calendar.working_days_between(date(2025, 12, 31), date(2026, 12, 31)) == 241


def test_each_change_is_one_audited_and_synced_unit_of_work(services: Services, admin: Actor) -> None:
    change = add(services, admin, CITY_DAY)
    services.holiday_overrides.remove(admin, change.override.id, expected_rev=change.override.rev)
    fill(services.store)
    with services.store.read() as s:
        audit = s.scalars(select(AuditEntry).where(AuditEntry.entity == "holiday_override")).all()
        outbox = s.scalars(select(OutboxChange).where(OutboxChange.entity == "holiday_override")).all()
        assert s.scalar(select(HolidayOverride.id)) is None
    assert [a.action for a in audit] == ["holiday_override.add", "holiday_override.remove"]
    assert audit[0].after is not None and audit[0].after["day"] == "2026-12-01" and audit[0].actor == "admin"
    assert [o.op for o in outbox] == ["insert", "delete"] and outbox[0].fields["kind"] == [None, "added"]
    assert services.calendar.is_working_day(CITY_DAY)


@pytest.mark.parametrize(
    ("day", "kind", "name", "field", "code"),
    [
        (date(2026, 11, 28), "added", "Kerja bakti", "day", "holiday_override_weekend"),
        (date(2026, 8, 17), "added", "Tujuhbelasan", "day", "holiday_override_already_holiday"),
        (CITY_DAY, "removed", "", "day", "holiday_override_not_holiday"),
        (CITY_DAY, "added", "   ", "name", "required"),
        (CITY_DAY, "added", "x" * 101, "name", "too_long"),
        (CITY_DAY, "libur", "Hari Jadi", "kind", "unknown_choice"),
        (date(1989, 12, 29), "added", "Hari Jadi", "day", "out_of_range"),
    ],
)
def test_overrides_that_change_nothing_or_break_a_rule_are_refused(
    services: Services, admin: Actor, day: date, kind: str, name: str, field: str, code: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        add(services, admin, day, kind, name)
    assert (refused.value.field, refused.value.code) == (field, code)
    assert services.holiday_overrides.list(admin) == []


def test_one_override_per_day(services: Services, admin: Actor) -> None:
    add(services, admin, CHRISTMAS_EVE, "removed", "")
    with pytest.raises(ValidationError) as refused:
        add(services, admin, CHRISTMAS_EVE, "removed", "lagi")
    assert refused.value.code == "holiday_override_taken"


def test_only_the_administrator_changes_the_calendar(services: Services, admin: Actor) -> None:
    clerk = staff(services, admin, "loket", Role.FRONT_DESK)
    with pytest.raises(PermissionDenied):
        add(services, clerk, CITY_DAY)
    change = add(services, admin, CITY_DAY)
    assert [o.day for o in services.holiday_overrides.list(clerk)] == [CITY_DAY]  # but everyone sees it
    with pytest.raises(PermissionDenied):
        services.holiday_overrides.remove(clerk, change.override.id)


def test_removing_refuses_unknown_and_stale_overrides(services: Services, admin: Actor) -> None:
    with pytest.raises(NotFound):
        services.holiday_overrides.remove(admin, "tidak-ada")
    change = add(services, admin, CITY_DAY)
    with pytest.raises(ValidationError) as refused:
        services.holiday_overrides.remove(admin, change.override.id, expected_rev=change.override.rev + 1)
    assert refused.value.code == "stale" and not services.calendar.is_working_day(CITY_DAY)


def test_the_calendar_follows_overrides_written_by_sync(services: Services, admin: Actor) -> None:
    """HQ's published overrides arrive as plain rows through the store, not through the service."""
    before = services.calendar
    assert services.calendar is before  # unchanged table, same calendar
    with services.store.write("HQ", "sync.apply", capture_outbox=False) as s:
        s.add(HolidayOverride(day=CITY_DAY, kind="added", name="Libur daerah dari HQ"))
    after = services.calendar
    assert after is not before and not after.is_working_day(CITY_DAY)


def test_running_deadlines_move_with_an_added_holiday_and_back(services: Services, admin: Actor) -> None:
    report = services.cases.intake(admin, new_case())  # Friday 27 November: verify by Wednesday 2 December
    request = services.cases.intake(
        admin,
        new_case(kind=CaseKind.PERMINTAAN_INFORMASI, category_id="kat-informasi", info_requested="APBDes",
                 info_delivery="melihat"),
    )
    assert (report.due_on, request.due_on) == (date(2026, 12, 2), date(2026, 12, 11))
    change = add(services, admin, CITY_DAY)
    assert change.cases_moved == 2
    moved = services.cases.get(admin, report.id)
    assert moved.lifecycle.due_on == date(2026, 12, 3) and moved.due.working_days_left == 3  # Mon, Wed, Thu
    assert moved.lifecycle.promised_on == report.promised_on  # the receipt's promise stays as printed
    assert services.cases.get(admin, request.id).lifecycle.due_on == date(2026, 12, 14)
    queue = services.cases.queue(admin, CaseQuery(queue=Queue.TERBUKA))
    assert {row.due_on for row in queue.rows} == {date(2026, 12, 3), date(2026, 12, 14)}
    with services.store.read() as s:
        moves = s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "case", AuditEntry.action == "holiday_override.add")
        ).all()
    assert {m.entity_id for m in moves} == {report.id, request.id}
    assert all(set(m.after or {}) == {"due_on"} for m in moves)

    assert services.holiday_overrides.remove(admin, change.override.id) == 2
    assert services.cases.get(admin, report.id).lifecycle.due_on == date(2026, 12, 2)


def test_a_day_after_every_running_deadline_moves_nothing(services: Services, admin: Actor) -> None:
    report = services.cases.intake(admin, new_case())
    services.cases.act(admin, report.id, CaseAction.VERIFIKASI)
    change = add(services, admin, date(2026, 12, 31), name="Libur akhir tahun kota")
    assert change.cases_moved == 0
    assert services.cases.get(admin, report.id).lifecycle.due_on == date(2026, 12, 4)


def _reference_batch(changes: list[dict[str, object]], seq: int, prev_hash: str) -> Batch:
    header = BatchHeader(kind="reference", office="HQ", epoch=1, seq=seq, prev_hash=prev_hash, count=len(changes),
                         audit_count=0, hlc_min=None, hlc_max=None, created="2026-11-27T02:00:00Z")
    return Batch(header, tuple(changes), (), f"{seq:064x}")


def _hq_change(entity_id: str, op: str, fields: dict[str, list[object]], n: int) -> dict[str, object]:
    return {"change_id": str(uuid7()), "entity": "holiday_override", "entity_id": entity_id, "op": op,
            "fields": fields, "base_rev": 0 if op == "insert" else 1, "hlc": f"1764208800000.{n:05d}",
            "wall": "2026-11-27T02:00:00.000000Z", "actor": "HQ"}


def test_an_override_published_by_hq_moves_running_deadlines_and_sends_them_back(
    services: Services, admin: Actor
) -> None:
    report = services.cases.intake(admin, new_case())  # verify by Wednesday 2 December
    applier = DownloadApplier(services.store, DEFAULT_RULES, "32.73.01.1001", services.clock.now)
    override_id = str(uuid7())
    added = _hq_change(override_id, "insert", {"day": [None, "2026-12-01"], "kind": [None, "added"],
                                               "name": [None, "Libur daerah dari HQ"], "rev": [None, 1]}, 1)
    first = _reference_batch([added], 1, GENESIS_HASH)
    counts = applier.apply("reference", first)
    assert counts is not None and counts.applied == 1
    assert services.cases.get(admin, report.id).lifecycle.due_on == date(2026, 12, 3)
    fill(services.store)
    with services.store.read() as s:
        sent = s.scalars(select(OutboxChange).where(OutboxChange.entity == "case", OutboxChange.op == "update")).all()
        assert s.scalar(select(OutboxChange).where(OutboxChange.entity == "holiday_override")) is None
    assert [o.fields["due_on"] for o in sent if "due_on" in o.fields] == [["2026-12-02", "2026-12-03"]]

    withdrawn = _hq_change(override_id, "delete", {}, 2)
    applier.apply("reference", _reference_batch([withdrawn], 2, first.hash))
    assert services.calendar.is_working_day(CITY_DAY)
    assert services.cases.get(admin, report.id).lifecycle.due_on == date(2026, 12, 2)

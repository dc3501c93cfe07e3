"""Queues and filters, duplicate suggestions, the lurah's overview, and the category tree."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kelurahan_desk.composition import Services
from kelurahan_desk.core.clock import FixedClock
from kelurahan_desk.core.domain.case_deadlines import DueMark
from kelurahan_desk.core.domain.case_lifecycle import ActionInput
from kelurahan_desk.core.domain.case_states import CaseAction, CaseKind, CaseState
from kelurahan_desk.core.errors import PermissionDenied, ValidationError
from kelurahan_desk.core.services.case_categories import CategoryInput
from kelurahan_desk.core.services.case_queues import CaseQuery, Queue
from kelurahan_desk.core.services.permissions import Actor, Role
from tests.core.case_helpers import new_case, staff


def numbers(services: Services, actor: Actor, **query: object) -> list[str]:
    return [row.number[-4:] for row in services.cases.queue(actor, CaseQuery(**query)).rows]  # type: ignore[arg-type]


@pytest.fixture
def office(services: Services, admin: Actor, clock: FixedClock) -> dict[str, Actor]:
    """Five cases received Monday 16 to Friday 20 November, in different states, places and categories;
    afterwards it is Saturday 21 November."""
    desk = staff(services, admin, "petugas", Role.FRONT_DESK)
    clock.set(datetime(2026, 11, 16, 2, 0, tzinfo=UTC))
    cases = [
        new_case(rt=1, rw=1, description="Lampu jalan mati di gang Mawar"),
        new_case(category_id="kat-drainase", rt=3, rw=5, description="Selokan mampet, banjir saat hujan"),
        new_case(
            kind=CaseKind.PENGADUAN, category_id="kat-administrasi", rt=None, rw=None, description="Antrian KTP lama"
        ),
        new_case(kind=CaseKind.ASPIRASI, category_id="kat-sosial", rt=2, rw=5, anonymous=True),
        new_case(category_id="kat-pju", rt=3, rw=5, confidential=True, description="Tiang PJU miring"),
    ]
    ids = []
    for made in cases:
        ids.append(services.cases.intake(admin, made).id)
        clock.advance(timedelta(days=1))
    services.cases.act(admin, ids[1], CaseAction.VERIFIKASI)
    services.cases.act(admin, ids[1], CaseAction.DISPOSISI, ActionInput(assignee_id=desk.account_id))
    services.cases.act(admin, ids[2], CaseAction.TOLAK, ActionInput(reason="Bukan pengaduan"))
    return {"admin": admin, "desk": desk}


def test_full_list_is_newest_first_and_paged(services: Services, office: dict[str, Actor]) -> None:
    assert numbers(services, office["admin"]) == ["0005", "0004", "0003", "0002", "0001"]
    page = services.cases.queue(office["admin"], CaseQuery(limit=2, offset=2))
    assert [r.number[-4:] for r in page.rows] == ["0003", "0002"] and page.has_more
    assert not services.cases.queue(office["admin"], CaseQuery(limit=2, offset=4)).has_more


def test_deadline_queues(services: Services, office: dict[str, Actor], clock: FixedClock) -> None:
    admin, desk = office["admin"], office["desk"]
    assert numbers(services, admin, queue=Queue.TERBUKA) == ["0001", "0004", "0005", "0002"]
    assert numbers(services, desk, queue=Queue.SAYA) == ["0002"]
    assert numbers(services, admin, queue=Queue.SAYA) == []
    assert numbers(services, admin, queue=Queue.BELUM_DITUGASKAN) == ["0001", "0004", "0005"]
    # Saturday 21 Nov: case 1 was due on the 19th, case 4 is due Tuesday 24th (two working days), 5 on the 25th
    assert numbers(services, admin, queue=Queue.TERLAMBAT) == ["0001"]
    assert numbers(services, admin, queue=Queue.SEGERA) == ["0004"]
    clock.set(datetime(2026, 11, 25, 2, 0, tzinfo=UTC))
    assert numbers(services, admin, queue=Queue.SEGERA) == ["0005", "0002"]  # due today, and on Friday 27th
    clock.set(datetime(2026, 12, 8, 2, 0, tzinfo=UTC))
    late = services.cases.queue(admin, CaseQuery(queue=Queue.TERLAMBAT)).rows
    assert [r.number[-4:] for r in late] == ["0001", "0004", "0005", "0002"]
    assert all(r.mark == DueMark.OVERDUE for r in late) and late[0].working_days_left == -13


def test_filters(services: Services, office: dict[str, Actor]) -> None:
    admin = office["admin"]
    assert numbers(services, admin, states=(CaseState.DITOLAK,)) == ["0003"]
    assert numbers(services, admin, kinds=(CaseKind.ASPIRASI, CaseKind.PENGADUAN)) == ["0004", "0003"]
    assert numbers(services, admin, category_id="kat-infrastruktur") == ["0005", "0002", "0001"]
    assert numbers(services, admin, rw=5) == ["0005", "0004", "0002"]
    assert numbers(services, admin, rw=5, rt=3) == ["0005", "0002"]
    assert numbers(services, admin, assignee_id=office["desk"].account_id) == ["0002"]
    assert numbers(services, admin, received_from=date(2026, 11, 17), received_to=date(2026, 11, 18)) == [
        "0003",
        "0002",
    ]
    assert numbers(services, admin, text="selokan") == ["0002"]
    assert numbers(services, admin, text="011001-2611-0004") == ["0004"]
    assert numbers(services, admin, text="011001-2611-0099") == []
    assert numbers(services, admin, text="gang mawar") == ["0001"]
    assert numbers(services, admin, text="PJU mi") == ["0005"]
    assert numbers(services, admin, queue=Queue.TERBUKA, rw=5, text="banjir") == ["0002"]


def test_lists_hide_who_reported_anonymous_and_confidential_cases(services: Services, office: dict[str, Actor]) -> None:
    rows = {r.number[-4:]: r for r in services.cases.queue(office["admin"], CaseQuery()).rows}
    assert rows["0001"].citizen_name == "Budi Santoso"
    assert rows["0004"].citizen_name == "" and rows["0004"].anonymous
    assert rows["0005"].citizen_name == "" and rows["0005"].confidential
    # nor does a search by the reporter's name give away which confidential case they reported
    admin = office["admin"]
    assert numbers(services, admin, text="Budi Santoso") == ["0003", "0002", "0001"]
    assert numbers(services, admin, text="Bu") == ["0003", "0002", "0001"]
    assert numbers(services, admin, text="santoso tiang") == []
    assert numbers(services, admin, text="tiang") == ["0005"]  # found by what it is about


def test_duplicate_suggestions(services: Services, admin: Actor, clock: FixedClock) -> None:
    near = services.cases.intake(admin, new_case(rt=7, rw=2, latitude=-6.880000, longitude=107.590000))
    services.cases.intake(admin, new_case(category_id="kat-sampah", rt=7, rw=2))
    services.cases.intake(admin, new_case(rt=1, rw=9, latitude=-6.880600, longitude=107.590000))  # ~67 m
    same_place = services.cases.intake(admin, new_case(rt=4, rw=4))
    clock.advance(timedelta(days=10))

    def found(**where: object) -> list[str]:
        return [r.id for r in services.cases.suggest_duplicates(admin, "kat-jalan", **where)]  # type: ignore[arg-type]

    assert found(latitude=-6.879700, longitude=107.590100) == [near.id]  # 35 m from it, 100 m from the other
    assert found(rt=7, rw=2) == [near.id]
    assert found(rt=4, rw=4) == [same_place.id]
    assert found() == []
    assert found(rt=4, rw=4, days=5) == []


def test_overdue_per_officer(services: Services, admin: Actor, clock: FixedClock) -> None:
    desk = staff(services, admin, "petugas", Role.FRONT_DESK, "Rina Marlina")
    for _ in range(2):
        made = services.cases.intake(admin, new_case())
        services.cases.act(admin, made.id, CaseAction.VERIFIKASI)
        services.cases.act(admin, made.id, CaseAction.DISPOSISI, ActionInput(assignee_id=desk.account_id))
    services.cases.intake(admin, new_case())
    clock.advance(timedelta(days=9))
    loads = services.cases.overdue_by_officer(admin)
    assert [(x.name, x.open_cases, x.overdue) for x in loads] == [("Rina Marlina", 2, 2), ("", 1, 1)]
    assert loads[0].oldest_due == date(2026, 12, 4)


def test_category_tree_editing(services: Services, admin: Actor) -> None:
    desk = staff(services, admin, "petugas", Role.FRONT_DESK)
    with pytest.raises(PermissionDenied):
        services.case_categories.create(desk, CategoryInput("TROTOAR", "Trotoar"))
    made = services.case_categories.create(
        admin, CategoryInput("trotoar", "Trotoar  rusak", parent_id="kat-infrastruktur", followup_days=10)
    )
    assert (made.code, made.name, made.depth, made.path) == (
        "TROTOAR",
        "Trotoar rusak",
        1,
        "Infrastruktur › Trotoar rusak",
    )
    with pytest.raises(ValidationError, match="service_code_taken"):
        services.case_categories.create(admin, CategoryInput("JALAN", "Jalan lagi"))
    with pytest.raises(ValidationError, match="category_cycle"):
        services.case_categories.update(
            admin, "kat-infrastruktur", CategoryInput("INFRA", "Infrastruktur", parent_id=made.id), expected_rev=1
        )
    services.case_categories.update(
        admin, "kat-infrastruktur", CategoryInput("INFRA", "Infrastruktur", verify_days=1), expected_rev=1
    )
    policy = services.case_categories.policy(admin, made.id)
    assert (policy.verify_days, policy.followup_days) == (1, 10)  # one from the parent, one its own
    case = services.cases.intake(admin, new_case(category_id=made.id))
    assert case.due_on == date(2026, 11, 30)
    services.case_categories.update(
        admin, made.id, CategoryInput("TROTOAR", "Trotoar rusak", made.parent_id, active=False), expected_rev=1
    )
    assert made.id not in {c.id for c in services.case_categories.tree(admin)}
    with pytest.raises(ValidationError, match="category_unknown"):
        services.cases.intake(admin, new_case(category_id=made.id))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    script=st.lists(
        st.tuples(st.sampled_from(list(CaseAction)), st.booleans(), st.integers(min_value=0, max_value=8)), max_size=12
    )
)
def test_service_keeps_what_the_rules_say(
    services: Services, admin: Actor, clock: FixedClock, script: list[tuple[CaseAction, bool, int]]
) -> None:
    """Random steps through the service; the stored case always equals the pure rules' result."""
    from kelurahan_desk.core.domain.case_deadlines import DEFAULT_POLICY
    from kelurahan_desk.core.domain.case_lifecycle import apply

    made = services.cases.intake(
        admin, new_case(kind=CaseKind.PERMINTAAN_INFORMASI, info_requested="x", info_delivery="melihat")
    )
    expected = services.cases.get(admin, made.id).lifecycle
    original = services.cases.intake(admin, new_case())
    full = ActionInput(
        note="n", reason="r", agency="Dinas", assignee_id=admin.account_id, duplicate_of_id=original.id, notice="s"
    )
    for action, complete, days in script:
        clock.advance(timedelta(days=days))
        given_input = full if complete else ActionInput()
        try:
            expected = apply(expected, action, given_input, clock.today(), DEFAULT_POLICY, services.calendar)
        except ValidationError:
            with pytest.raises(ValidationError):
                services.cases.act(admin, made.id, action, given_input)
        else:
            services.cases.act(admin, made.id, action, given_input)
        assert services.cases.get(admin, made.id).lifecycle == expected

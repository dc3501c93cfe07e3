"""Accounts: no defaults, first administrator, slow-down after failures, roles checked in the service."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from kelurahan_desk.composition import Services
from kelurahan_desk.core.clock import FixedClock
from kelurahan_desk.core.errors import AuthError, PermissionDenied, ValidationError
from kelurahan_desk.core.services.accounts import AccountDetails, NewAccount, lock_seconds
from kelurahan_desk.core.services.permissions import Actor, Role
from kelurahan_desk.core.store.models import Account, AuditEntry
from tests.conftest import ADMIN_PASSWORD


def test_no_default_accounts(services: Services) -> None:
    assert not services.accounts.has_accounts()
    with pytest.raises(AuthError):
        services.accounts.login("admin", "admin")


def test_setup_creates_the_administrator_once(services: Services, admin: Actor) -> None:
    assert admin.role == Role.ADMINISTRATOR
    assert services.accounts.login("ADMIN", ADMIN_PASSWORD).username == "admin"
    with pytest.raises(ValidationError):
        services.accounts.create_first_administrator(NewAccount("other", "Other", Role.ADMINISTRATOR, "x" * 10))


def test_failed_logins_slow_down_then_lock(services: Services, admin: Actor, clock: FixedClock) -> None:
    for _ in range(3):
        with pytest.raises(AuthError) as info:
            services.accounts.login("admin", "salah")
        assert info.value.code == "wrong_credentials"
    with pytest.raises(AuthError) as info:
        services.accounts.login("admin", ADMIN_PASSWORD)
    assert info.value.code == "locked" and info.value.retry_after_s == lock_seconds(3)
    clock.advance(timedelta(seconds=lock_seconds(3) + 1))
    assert services.accounts.login("admin", ADMIN_PASSWORD).username == "admin"


def test_lock_grows_and_is_capped() -> None:
    assert [lock_seconds(n) for n in range(6)] == [0, 0, 0, 2, 4, 8]
    assert lock_seconds(50) == 300


def test_roles_are_checked_by_the_service(services: Services, admin: Actor) -> None:
    desk = services.accounts.create_account(admin, NewAccount("rina", "Rina Marlina", Role.FRONT_DESK, "petugas-123"))
    rina = services.accounts.login("rina", "petugas-123")
    with pytest.raises(PermissionDenied):
        services.accounts.create_account(rina, NewAccount("x", "X", Role.LURAH, "lurah-12345"))
    services.accounts.change_role(admin, desk.id, Role.VERIFIER)
    services.accounts.set_active(admin, desk.id, False)
    with pytest.raises(AuthError) as info:
        services.accounts.login("rina", "petugas-123")
    assert info.value.code == "account_disabled"
    with pytest.raises(AuthError) as guessed:  # a wrong password does not learn that the account exists
        services.accounts.login("rina", "tebakan-saja")
    assert guessed.value.code == "wrong_credentials"
    with pytest.raises(ValidationError):
        services.accounts.set_active(admin, admin.account_id, False)


def test_reset_and_confirm_password(services: Services, admin: Actor) -> None:
    view = services.accounts.create_account(admin, NewAccount("budi", "Budi", Role.LURAH, "lurah-pass-1"))
    services.accounts.reset_password(admin, view.id, "baru-sekali-2")
    budi = services.accounts.login("budi", "baru-sekali-2")
    services.accounts.confirm_password(budi, "baru-sekali-2")
    with pytest.raises(AuthError):
        services.accounts.confirm_password(budi, "lurah-pass-1")
    with pytest.raises(ValidationError):
        services.accounts.reset_password(admin, view.id, "short")


def _audit_actions(services: Services) -> list[str]:
    with services.store.read() as s:
        return list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "account").order_by(AuditEntry.seq)))


def test_wrong_confirmations_count_like_failed_logins_and_lock(
    services: Services, admin: Actor, clock: FixedClock
) -> None:
    slept: list[float] = []
    services.accounts._sleep = slept.append
    before = _audit_actions(services)
    for expected_wait in (0, 0, lock_seconds(3)):
        with pytest.raises(AuthError) as info:
            services.accounts.confirm_password(admin, "salah-lagi")
        assert info.value.code == "wrong_password" and info.value.retry_after_s == expected_wait
    assert slept == [0.5, 0.5, 0.5]
    assert _audit_actions(services)[len(before) :] == ["password_confirm.failed"] * 3
    # locked: even the right password is refused until the wait is over, at the idle lock and at sign-in
    with pytest.raises(AuthError) as info:
        services.accounts.confirm_password(admin, ADMIN_PASSWORD)
    assert info.value.code == "locked" and info.value.retry_after_s == lock_seconds(3)
    with pytest.raises(AuthError) as info:
        services.accounts.login("admin", ADMIN_PASSWORD)
    assert info.value.code == "locked"
    clock.advance(timedelta(seconds=lock_seconds(3) + 1))
    with pytest.raises(AuthError) as info:
        services.accounts.confirm_password(admin, "salah-lagi")
    assert info.value.retry_after_s == lock_seconds(4)
    clock.advance(timedelta(seconds=lock_seconds(4)))
    services.accounts.confirm_password(admin, ADMIN_PASSWORD)
    assert _audit_actions(services)[-1] == "password_confirm.ok"
    with services.store.read() as s:
        account = s.get(Account, admin.account_id)
        assert account is not None and account.failed_logins == 0 and account.last_failed_at is None
    # a right password with nothing to clear writes nothing
    count = len(_audit_actions(services))
    services.accounts.confirm_password(admin, ADMIN_PASSWORD)
    assert len(_audit_actions(services)) == count


def test_a_disabled_account_cannot_confirm(services: Services, admin: Actor) -> None:
    view = services.accounts.create_account(admin, NewAccount("budi", "Budi", Role.LURAH, "lurah-pass-1"))
    budi = services.accounts.login("budi", "lurah-pass-1")
    services.accounts.set_active(admin, view.id, False)
    with pytest.raises(AuthError) as info:
        services.accounts.confirm_password(budi, "lurah-pass-1")
    assert info.value.code == "account_disabled"


PASSWORD = "sandi-rina-123"


def test_a_new_accounts_nip_is_checked_and_kept_as_digits(services: Services, admin: Actor) -> None:
    with pytest.raises(ValidationError) as short:
        services.accounts.create_account(admin, NewAccount("rina", "Rina", Role.FRONT_DESK, PASSWORD, nip="12345"))
    assert (short.value.field, short.value.code) == ("nip", "nip_length")
    with pytest.raises(ValidationError) as empty:
        services.accounts.create_account(admin, NewAccount("  ", "Rina", Role.FRONT_DESK, PASSWORD))
    assert (empty.value.field, empty.value.code) == ("username", "required")
    made = services.accounts.create_account(
        admin, NewAccount("rina", "Rina", Role.FRONT_DESK, "sandi-rina-123", nip="1985 0312 2010 01 2 003")
    )
    assert made.nip == "198503122010012003"
    without = services.accounts.create_account(admin, NewAccount("dedi", "Dedi", Role.VERIFIER, "sandi-dedi-123"))
    assert without.nip == ""


def test_the_administrator_corrects_name_nip_and_title(services: Services, admin: Actor) -> None:
    made = services.accounts.create_account(admin, NewAccount("rina", "Rina Kartka", Role.VERIFIER, PASSWORD))
    rina = services.accounts.login("rina", PASSWORD)
    with pytest.raises(PermissionDenied):
        services.accounts.change_details(rina, made.id, AccountDetails("Rina Kartika"))
    for details, field, code in (
        (AccountDetails("  "), "full_name", "required"),
        (AccountDetails("Rina Kartika", nip="12345"), "nip", "nip_length"),
    ):
        with pytest.raises(ValidationError) as refused:
            services.accounts.change_details(admin, made.id, details)
        assert (refused.value.field, refused.value.code) == (field, code)
    assert services.accounts.list_accounts(admin)[1].full_name == "Rina Kartka"  # refused changes wrote nothing
    changed = services.accounts.change_details(
        admin, made.id, AccountDetails(" Rina Kartika ", "1985 0312 2010 01 2 003", " Kasi Pemerintahan ")
    )
    assert (changed.full_name, changed.title) == ("Rina Kartika", "Kasi Pemerintahan")
    assert changed.nip == "198503122010012003"
    assert (changed.username, changed.role, changed.active) == ("rina", Role.VERIFIER, True)
    assert services.accounts.login("rina", PASSWORD).full_name == "Rina Kartika"
    assert _audit_actions(services)[-1] == "account.change_details"

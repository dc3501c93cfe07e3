"""Accounts: first administrator, sign-in with slow-down after failures, and account management."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property
from typing import TYPE_CHECKING

from kelurahan_desk.core.domain.identity_numbers import parse_nip
from kelurahan_desk.core.errors import AuthError, NotFound, ValidationError
from kelurahan_desk.core.services.permissions import Actor, Permission, Role
from kelurahan_desk.core.store import models
from kelurahan_desk.core.store.unit_of_work import Store

if TYPE_CHECKING:
    from argon2 import PasswordHasher
    from sqlalchemy.orm import Session

MIN_PASSWORD = 8
FREE_ATTEMPTS = 3
MAX_LOCK_S = 300


class _FirstUseHasher:
    """argon2's `PasswordHasher`, made by the first hash or check (sign-in) instead of to open the window."""

    @cached_property
    def _hasher(self) -> PasswordHasher:
        from argon2 import PasswordHasher

        return PasswordHasher()

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, password_hash: str, password: str) -> bool:
        return self._hasher.verify(password_hash, password)


_hasher = _FirstUseHasher()


@dataclass(frozen=True)
class AccountView:
    id: str
    username: str
    full_name: str
    role: Role
    active: bool
    nip: str
    title: str


@dataclass(frozen=True)
class NewAccount:
    username: str
    full_name: str
    role: Role
    password: str
    nip: str = ""
    title: str = ""


@dataclass(frozen=True)
class AccountDetails:
    """What an administrator may correct on an account: the name, NIP and title that print on letters."""

    full_name: str
    nip: str = ""
    title: str = ""


def lock_seconds(failed: int) -> float:
    """After three free attempts each failure doubles the wait: 2 s, 4 s, 8 s … up to five minutes."""
    if failed < FREE_ATTEMPTS:
        return 0.0
    return float(min(2 ** (failed - FREE_ATTEMPTS + 1), MAX_LOCK_S))


def check_new_account(new: NewAccount) -> str:
    """The NIP as stored (digits only, "" when none was given), or a ValidationError naming the field: the
    NIP prints on letters and must match the office's lurah's to sign as lurah."""
    username = new.username.strip()
    if not username:
        raise ValidationError("username", "required")
    if len(username) > 64 or not username.replace(".", "").replace("_", "").isalnum():
        raise ValidationError("username", "username_format")
    nip = check_details(AccountDetails(new.full_name, new.nip, new.title))
    check_password(new.password)
    return nip


def check_details(details: AccountDetails) -> str:
    """The NIP as stored (digits only, "" when none was given), or a ValidationError naming the field."""
    if not details.full_name.strip():
        raise ValidationError("full_name", "required")
    return parse_nip(details.nip).nip if details.nip.strip() else ""


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError("password", "password_too_short", {"min": MIN_PASSWORD})


def _view(account: models.Account) -> AccountView:
    return AccountView(
        account.id,
        account.username,
        account.full_name,
        Role(account.role),
        account.active,
        account.nip,
        account.title,
    )


class AccountService:
    def __init__(self, store: Store, sleep: Callable[[float], None] = time.sleep) -> None:
        self._store = store
        self._sleep = sleep

    def has_accounts(self) -> bool:
        from sqlalchemy import func, select

        with self._store.read() as s:
            return bool(s.scalar(select(func.count()).select_from(models.Account)))

    def add_account(self, session: Session, new: NewAccount) -> models.Account:
        """Inside a caller's unit of work (setup, demo); checks the rules and a unique user name."""
        from sqlalchemy import select

        nip = check_new_account(new)
        username = new.username.strip().lower()
        if session.scalar(select(models.Account.id).where(models.Account.username == username)):
            raise ValidationError("username", "username_taken")
        account = models.Account(
            username=username,
            full_name=new.full_name.strip(),
            role=Role(new.role).value,
            password_hash=_hasher.hash(new.password),
            nip=nip,
            title=new.title.strip(),
            created_at=self._store.clock.now(),
        )
        session.add(account)
        session.flush()
        return account

    def create_first_administrator(self, new: NewAccount) -> AccountView:
        from sqlalchemy import func, select

        with self._store.write(new.username, "account.create_first") as s:
            if s.scalar(select(func.count()).select_from(models.Account)):
                raise ValidationError("username", "setup_already_done")
            return _view(self.add_account(s, NewAccount(**{**new.__dict__, "role": Role.ADMINISTRATOR})))

    def login(self, username: str, password: str) -> Actor:
        from sqlalchemy import select

        name = username.strip().lower()
        with self._store.write(name or "?", "account.login") as s:
            account = s.scalar(select(models.Account).where(models.Account.username == name))
            now = self._store.clock.now()
            if account is None:
                self._store.journal(s).audit(
                    entity="account", entity_id=name, before=None, after=None, action="login.unknown_user"
                )
                failure = AuthError("wrong_credentials")
            elif not account.active:
                # only someone who knows the password learns that the account exists but is disabled
                disabled = self._verify(account, password)
                failure = AuthError("account_disabled" if disabled else "wrong_credentials")
            else:
                wait = self._remaining_lock(account, now)
                if wait > 0:
                    raise AuthError("locked", wait)
                if self._verify(account, password):
                    if account.failed_logins:
                        account.failed_logins = 0
                        account.last_failed_at = None
                    return Actor(account.id, account.username, account.full_name, Role(account.role))
                account.failed_logins += 1
                account.last_failed_at = now
                self._store.journal(s).action = "login.failed"
                failure = AuthError("wrong_credentials", lock_seconds(account.failed_logins))
        # slowing every failure a little keeps guessing slow even before the lock starts
        self._sleep(0.5)
        raise failure

    def confirm_password(self, actor: Actor, password: str) -> None:
        """Asked again before signing, approving and at the idle lock. Wrong passwords count on the account
        like failed sign-ins (audited as "password_confirm.failed") and lock it with the same growing wait.

        The hash is checked outside the write transaction, so a correct password with no failures to clear
        writes nothing and never holds the store's write lock while argon2 works."""
        with self._store.read() as s:
            account = s.get(models.Account, actor.account_id)
            if account is None:
                raise AuthError("wrong_password")
            if not account.active:
                raise AuthError("account_disabled")
            wait = self._remaining_lock(account, self._store.clock.now())
            if wait > 0:
                raise AuthError("locked", wait)
            correct = self._verify(account, password)
            if correct and not account.failed_logins:
                return
        with self._store.write(actor.username, "password_confirm.ok" if correct else "password_confirm.failed") as s:
            account = s.get(models.Account, actor.account_id)
            assert account is not None
            if correct:
                account.failed_logins = 0
                account.last_failed_at = None
                return
            account.failed_logins += 1
            account.last_failed_at = self._store.clock.now()
            failure = AuthError("wrong_password", lock_seconds(account.failed_logins))
        self._sleep(0.5)
        raise failure

    def list_accounts(self, actor: Actor) -> list[AccountView]:
        from sqlalchemy import select

        actor.require(Permission.VIEW)
        with self._store.read() as s:
            return [_view(a) for a in s.scalars(select(models.Account).order_by(models.Account.username))]

    def create_account(self, actor: Actor, new: NewAccount) -> AccountView:
        actor.require(Permission.MANAGE_ACCOUNTS)
        with self._store.write(actor.username, "account.create") as s:
            return _view(self.add_account(s, new))

    def set_active(self, actor: Actor, account_id: str, active: bool) -> AccountView:
        actor.require(Permission.MANAGE_ACCOUNTS)
        if account_id == actor.account_id and not active:
            raise ValidationError("active", "cannot_disable_self")
        action = "account.enable" if active else "account.disable"
        return self._change(actor, account_id, action, active=active)

    def change_role(self, actor: Actor, account_id: str, role: Role) -> AccountView:
        actor.require(Permission.MANAGE_ACCOUNTS)
        if account_id == actor.account_id and role != Role.ADMINISTRATOR:
            raise ValidationError("role", "cannot_demote_self")
        return self._change(actor, account_id, "account.change_role", role=Role(role).value)

    def change_details(self, actor: Actor, account_id: str, details: AccountDetails) -> AccountView:
        actor.require(Permission.MANAGE_ACCOUNTS)
        nip = check_details(details)
        return self._change(
            actor,
            account_id,
            "account.change_details",
            full_name=details.full_name.strip(),
            nip=nip,
            title=details.title.strip(),
        )

    def reset_password(self, actor: Actor, account_id: str, new_password: str) -> AccountView:
        actor.require(Permission.MANAGE_ACCOUNTS)
        check_password(new_password)
        return self._change(
            actor,
            account_id,
            "account.reset_password",
            password_hash=_hasher.hash(new_password),
            failed_logins=0,
            last_failed_at=None,
        )

    def change_own_password(self, actor: Actor, old_password: str, new_password: str) -> None:
        self.confirm_password(actor, old_password)
        check_password(new_password)
        self._change(actor, actor.account_id, "account.change_password", password_hash=_hasher.hash(new_password))

    def _change(self, actor: Actor, account_id: str, action: str, **values: object) -> AccountView:
        with self._store.write(actor.username, action) as s:
            account = s.get(models.Account, account_id)
            if account is None:
                raise NotFound("account", account_id)
            for key, value in values.items():
                setattr(account, key, value)
            s.flush()
            return _view(account)

    def _remaining_lock(self, account: models.Account, now: datetime) -> float:
        if account.last_failed_at is None:
            return 0.0
        until = account.last_failed_at + timedelta(seconds=lock_seconds(account.failed_logins))
        return max(0.0, (until - now).total_seconds())

    @staticmethod
    def _verify(account: models.Account, password: str) -> bool:
        from argon2.exceptions import InvalidHashError, VerificationError

        try:
            return _hasher.verify(account.password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

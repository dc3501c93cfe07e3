"""The office profile (what appears on letterheads and travels to HQ) and office-wide settings."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from typing import Any

from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.accounts import AccountService, NewAccount
from kelurahan_desk.core.services.permissions import Actor, Permission, Role
from kelurahan_desk.core.store import models
from kelurahan_desk.core.store.unit_of_work import Store

SETTING_DEFAULTS: dict[str, Any] = {
    "idle_lock_minutes": 10,
    "backup_keep": 14,
    "auto_backup_daily": True,
}


@dataclass(frozen=True)
class OfficeProfile:
    code: str
    province_name: str
    city_kind: str
    city_name: str
    district_name: str
    village_name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    postcode: str = ""
    place_name: str = ""
    lurah_name: str = ""
    lurah_nip: str = ""
    lurah_rank: str = ""
    emblem_png: bytes | None = None
    is_demo: bool = False


PROFILE_COLUMNS = [f.name for f in fields(OfficeProfile)]
PROFILE_SQL = f"SELECT {', '.join(PROFILE_COLUMNS)} FROM office LIMIT 1"


def check_profile(profile: OfficeProfile) -> None:
    """Raises the first of `profile_problems`."""
    problems = profile_problems(profile)
    if problems:
        raise problems[0]


def profile_problems(profile: OfficeProfile) -> list[ValidationError]:
    """Every field of the office's data that cannot be saved, in the order the forms show them."""
    from kelurahan_desk.core.domain.identity_numbers import parse_nip

    problems: list[ValidationError] = []
    if not re.fullmatch(r"\d{2}\.\d{2}\.\d{2}\.1\d{3}", profile.code):
        problems.append(ValidationError("code", "office_code_not_kelurahan"))
    problems += [
        ValidationError(name, "required")
        for name in ("province_name", "city_name", "district_name", "village_name")
        if not getattr(profile, name).strip()
    ]
    if profile.city_kind not in ("KOTA", "KABUPATEN"):
        problems.append(ValidationError("city_kind", "city_kind"))
    if profile.email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", profile.email):
        problems.append(ValidationError("email", "email_format"))
    if profile.postcode and not re.fullmatch(r"\d{5}", profile.postcode):
        problems.append(ValidationError("postcode", "postcode_format"))
    if profile.lurah_nip:
        try:
            parse_nip(profile.lurah_nip)
        except ValidationError as exc:
            problems.append(ValidationError("lurah_nip", exc.code, exc.params))
    if profile.emblem_png is not None and not profile.emblem_png.startswith(b"\x89PNG"):
        problems.append(ValidationError("emblem_png", "emblem_not_png"))
    return problems


def _profile(office: models.Office) -> OfficeProfile:
    return OfficeProfile(**{f.name: getattr(office, f.name) for f in fields(OfficeProfile)})


class OfficeService:
    def __init__(
        self, store: Store, accounts: AccountService, on_set_up: Callable[[OfficeProfile], None] | None = None
    ) -> None:
        """`on_set_up` is told the profile once the first-run setup has committed."""
        self._store = store
        self._accounts = accounts
        self._on_set_up = on_set_up

    def is_set_up(self) -> bool:
        with self._store.read_plain() as connection:
            return connection.execute("SELECT 1 FROM office LIMIT 1").fetchone() is not None

    def profile(self) -> OfficeProfile | None:
        with self._store.read_plain() as connection:
            office = connection.execute(PROFILE_SQL).fetchone()
        if office is None:
            return None
        *values, is_demo = office
        return OfficeProfile(*values, is_demo=bool(is_demo))

    def complete_setup(self, admin: NewAccount, profile: OfficeProfile) -> Actor:
        """First run: the administrator and the office in one transaction. Refused once done."""
        from sqlalchemy import select

        check_profile(profile)
        with self._store.write(admin.username.strip().lower(), "office.setup") as s:
            if s.scalar(select(models.Office.id).limit(1)) is not None:
                raise ValidationError("code", "setup_already_done")
            account = self._accounts.add_account(s, NewAccount(**{**admin.__dict__, "role": Role.ADMINISTRATOR}))
            s.add(models.Office(**asdict(profile)))
            actor = Actor(account.id, account.username, account.full_name, Role.ADMINISTRATOR)
        if self._on_set_up is not None:
            self._on_set_up(profile)
        return actor

    def update_profile(self, actor: Actor, profile: OfficeProfile) -> OfficeProfile:
        actor.require(Permission.MANAGE_OFFICE)
        from sqlalchemy import select

        check_profile(profile)
        with self._store.write(actor.username, "office.update") as s:
            office = s.scalar(select(models.Office).limit(1))
            if office is None:
                raise ValidationError("code", "setup_not_done")
            if office.code != profile.code:
                raise ValidationError("code", "office_code_fixed")
            for name, value in asdict(profile).items():
                if name != "is_demo":
                    setattr(office, name, value)
            s.flush()
            return _profile(office)

    def setting(self, key: str) -> Any:
        with self._store.read_plain() as connection:
            row = connection.execute("SELECT value FROM office_setting WHERE id = ?", (key,)).fetchone()
        if row is None:
            return SETTING_DEFAULTS[key]
        # a JSON column has NUMERIC affinity in SQLite: the JSON text of a number comes back as that number
        return json.loads(row[0]) if isinstance(row[0], str) else row[0]

    def set_setting(self, actor: Actor, key: str, value: Any) -> None:
        actor.require(Permission.MANAGE_OFFICE)
        if key not in SETTING_DEFAULTS:
            raise ValidationError("key", "unknown_setting")
        if type(value) is not type(SETTING_DEFAULTS[key]):
            raise ValidationError(key, "setting_type")
        if key in ("idle_lock_minutes", "backup_keep") and not 1 <= value <= 240:
            raise ValidationError(key, "out_of_range", {"min": 1, "max": 240})
        with self._store.write(actor.username, "office.setting") as s:
            row = s.get(models.OfficeSetting, key)
            if row is None:
                s.add(models.OfficeSetting(id=key, value=value))
            else:
                row.value = value

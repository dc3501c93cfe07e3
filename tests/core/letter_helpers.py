"""An office with one account per letter role and one resident, and a request carried to any step."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from argon2 import PasswordHasher

from kelurahan_desk.composition import Services
from kelurahan_desk.core.services import accounts as accounts_module
from kelurahan_desk.core.services.accounts import NewAccount
from kelurahan_desk.core.services.letter_types import LetterTypeView
from kelurahan_desk.core.services.letter_views import Approval, LetterDetail, LetterRequest
from kelurahan_desk.core.services.permissions import Actor, Role
from kelurahan_desk.core.services.residents import ResidentDetail, ResidentInput
from tests.conftest import TEST_OFFICE

PASSWORDS = {"petugas": "petugas-pass-1", "kasi": "kasi-pass-1", "lurah": "lurah-pass-1", "sekel": "sekel-pass-1"}
NIK = "3273014101900001"


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Real argon2id, with the cheapest parameters: these tests sign in and approve dozens of times."""
    monkeypatch.setattr(accounts_module, "_hasher", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    yield


@dataclass
class LetterOffice:
    services: Services
    admin: Actor
    desk: Actor
    verifier: Actor
    lurah: Actor
    secretary: Actor
    resident: ResidentDetail

    def type(self, code: str) -> LetterTypeView:
        return next(t for t in self.services.letter_types.list_types(self.desk) if t.code == code)

    def request(self, code: str = "SKD", **values: str) -> LetterRequest:
        kind = self.type(code)
        filled = self.services.letters.prefill(self.desk, kind.id, self.resident.id)
        filled.update({"keperluan": "melamar pekerjaan"} if "keperluan" in filled else {})
        filled.update(values)
        return LetterRequest(kind.id, filled, self.resident.id, kind.data.requirements)

    def verified(self, code: str = "SKD", **values: str) -> LetterDetail:
        letters = self.services.letters
        draft = letters.create(self.desk, self.request(code, **values), submit=True)
        return letters.verify(self.verifier, draft.id)

    def issued(self, code: str = "SKD", **values: str) -> LetterDetail:
        return self.services.letters.approve(self.lurah, self.verified(code, **values).id, PASSWORDS["lurah"])


def letter_office(services: Services, admin: Actor) -> LetterOffice:
    accounts = services.accounts
    accounts.create_account(admin, NewAccount("petugas", "Rina Marlina", Role.FRONT_DESK, PASSWORDS["petugas"]))
    accounts.create_account(admin, NewAccount("kasi", "Dedi Kurniawan", Role.VERIFIER, PASSWORDS["kasi"]))
    accounts.create_account(
        admin, NewAccount("lurah", TEST_OFFICE.lurah_name, Role.LURAH, PASSWORDS["lurah"], nip=TEST_OFFICE.lurah_nip)
    )
    accounts.create_account(
        admin,
        NewAccount(
            "sekel",
            "Yanti Suryani, S.Sos.",
            Role.LURAH,
            PASSWORDS["sekel"],
            nip="198203152006042004",
            title="Sekretaris Kelurahan",
        ),
    )
    actors = {name: accounts.login(name, password) for name, password in PASSWORDS.items()}
    resident, _ = services.residents.create(
        actors["petugas"],
        ResidentInput(
            nik=NIK,
            name="Siti Aminah Rahayu",
            sex="P",
            birth_date=date(1990, 1, 1),
            birth_place="Bandung",
            religion="islam",
            marital_status="kawin",
            occupation="Karyawan Swasta",
            address="Jl. Melati No. 10",
            rt=3,
            rw=5,
        ),
    )
    return LetterOffice(services, admin, actors["petugas"], actors["kasi"], actors["lurah"], actors["sekel"], resident)


__all__ = ["PASSWORDS", "Approval", "LetterOffice", "fast_password_hashing", "letter_office"]

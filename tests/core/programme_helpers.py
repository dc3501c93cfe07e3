"""Builders shared by the programme tests: residents, proposals, the office's public keys."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from kelurahan_desk.composition import Services
from kelurahan_desk.core.domain.proposal_status import ProposalInput
from kelurahan_desk.core.services.office_keys_service import read_public_keys
from kelurahan_desk.core.services.permissions import Actor
from kelurahan_desk.core.services.residents import ResidentInput


def office_public_keys(services: Services) -> dict[str, Ed25519PublicKey]:
    """The office's public keys, as `kelurahan-desk verify` reads them from the data folder."""
    return read_public_keys(services.folder.keys)


def resident(services: Services, admin: Actor, nik: str, name: str, **changes: Any) -> str:
    born = date(1900 + int(nik[10:12]) if int(nik[10:12]) > 26 else 2000 + int(nik[10:12]), int(nik[8:10]),
                int(nik[6:8]) % 40)  # fmt: skip
    value = ResidentInput(nik=nik, name=name, sex="P" if int(nik[6:8]) > 40 else "L", birth_date=born,
                          birth_place="Bandung", address="Jl. Melati No. 10", rt=3, rw=5)  # fmt: skip
    detail, _ = services.residents.create(admin, replace(value, **changes))
    return detail.id


def proposal(**changes: Any) -> ProposalInput:
    base = ProposalInput(
        activity="Perbaikan saluran drainase Gg. Melati",
        field="infrastruktur",
        location="Gg. Melati",
        rt=3,
        rw=5,
        volume=150.0,
        unit="m",
        estimated_cost=75_000_000,
        swadaya=5_000_000,
        proposer_name="RW 05",
    )
    return replace(base, **changes)

"""A stand-in for an office in HQ tests: a key, an enrolment, and the batch numbering an office keeps."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any

import httpx
from sqlalchemy import Engine

from sync import signing
from sync.client import HqClient, RetryPolicy
from sync.hq.identity import load_identity
from sync.hq.offices import OfficeRegistry
from sync.protocol import GENESIS_HASH, SignedBatch, encode_batch
from tests.sync.factories import audit_chain


@dataclass
class SimOffice:
    code: str
    key: bytes
    epoch: int = 1
    seq: int = 0
    prev_hash: str = GENESIS_HASH
    audit_seq: int = 0
    audit_hash: str = GENESIS_HASH
    sent: list[SignedBatch] = field(default_factory=list)

    def batch(self, changes: list[dict[str, Any]], audit_count: int = 0) -> SignedBatch:
        audit = audit_chain(audit_count, self.audit_seq + 1, self.audit_hash, salt=self.code)
        self.seq += 1
        signed = encode_batch(office=self.code, epoch=self.epoch, seq=self.seq, prev_hash=self.prev_hash,
                              changes=changes, audit=audit, private_key=self.key)
        self.prev_hash = signed.hash
        if audit:
            self.audit_seq, self.audit_hash = audit[-1]["seq"], audit[-1]["hash"]
        self.sent.append(signed)
        return signed

    def client(self, engine: Engine, http: httpx.Client, retry: RetryPolicy | None = None, **kw: Any) -> HqClient:
        return HqClient("http://hq", self.code, self.key, load_identity(engine).public_key, http=http,
                        retry=retry or RetryPolicy(attempts=3, base_delay=0.0), **kw)


def enrolled_office(engine: Engine, code: str | None = None) -> SimOffice:
    code = code or f"32.73.{secrets.randbelow(100):02d}.{secrets.randbelow(10**6):06d}"
    registry = OfficeRegistry(engine)
    enrol_code = registry.add(code, f"Kelurahan {code}")
    key = signing.generate_private_key()
    registry.enrol(code, enrol_code, signing.public_key_of(key))
    return SimOffice(code, key)

"""Writes the golden batches of the current protocol version. Existing files are never overwritten:
they are what older offices sent, and today's decoder must keep reading them.

Run: python -m tests.sync.golden.make_golden
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from sync import signing
from sync.batch_format import PROTOCOL_VERSION
from sync.protocol import GENESIS_HASH, encode_batch

HERE = Path(__file__).resolve().parent
OFFICE_KEY = hashlib.sha256(b"golden office key").digest()
HQ_KEY = hashlib.sha256(b"golden hq key").digest()
WALL = "2026-11-28T02:07:00.123456Z"


def _changes() -> list[dict]:
    resident = "01936a1e-2b3c-7d4e-8f90-a1b2c3d4e5f6"
    case = "01936a1e-2b3c-7d4e-8f90-a1b2c3d4e5f7"
    return [
        {"change_id": "01936a1e-0000-7000-8000-000000000001", "entity": "resident", "entity_id": resident,
         "op": "insert", "fields": {"name": [None, "Siti Aminah"], "rt": [None, "003"], "birth": [None, "1990-01-31"]},
         "base_rev": 0, "hlc": "1764295620000.00000", "wall": WALL, "actor": "admin"},
        {"change_id": "01936a1e-0000-7000-8000-000000000002", "entity": "resident", "entity_id": resident,
         "op": "update", "fields": {"name": ["Siti Aminah", "Siti Aminah Ng."]},
         "base_rev": 1, "hlc": "1764295620000.00001", "wall": WALL, "actor": "petugas"},
        {"change_id": "01936a1e-0000-7000-8000-000000000003", "entity": "case", "entity_id": case,
         "op": "insert", "fields": {"status": [None, "received"], "kind": [None, "laporan"],
                                    "location": [None, {"lat": -6.9, "long": 107.6}]},
         "base_rev": 0, "hlc": "1764295621000.00000", "wall": WALL, "actor": "petugas"},
        {"change_id": "01936a1e-0000-7000-8000-000000000004", "entity": "resident", "entity_id": resident,
         "op": "delete", "fields": {}, "base_rev": 2, "hlc": "1764295622000.00000", "wall": WALL, "actor": "admin"},
    ]


def _audit() -> list[dict]:
    prev, entries = GENESIS_HASH, []
    for seq in (1, 2, 3):
        digest = hashlib.sha256(f"{prev}{seq}".encode()).hexdigest()
        entries.append({"seq": seq, "prev_hash": prev, "hash": digest, "at": WALL, "actor": "admin",
                        "action": "resident.create", "entity": "resident", "entity_id": "r"})
        prev = digest
    return entries


def main() -> None:
    samples = {
        f"v{PROTOCOL_VERSION}-upload": dict(office="32.73.01.1001", kind="upload", key=OFFICE_KEY,
                                            changes=_changes(), audit=_audit()),
        f"v{PROTOCOL_VERSION}-audit-only": dict(office="32.73.01.1001", kind="upload", key=OFFICE_KEY,
                                                changes=[], audit=_audit()),
        f"v{PROTOCOL_VERSION}-reference": dict(office="*", kind="reference", key=HQ_KEY,
                                               changes=_changes()[:1], audit=[]),
    }
    for name, spec in samples.items():
        target = HERE / f"{name}.batch.gz"
        if target.exists():
            continue
        signed = encode_batch(office=spec["office"], epoch=1, seq=1, prev_hash=GENESIS_HASH, changes=spec["changes"],
                              audit=spec["audit"], private_key=spec["key"], kind=spec["kind"],
                              created="2026-11-28T02:07:01.000+00:00")
        target.write_bytes(signed.body)
        (HERE / f"{name}.batch.gz.sig").write_text(signing.b64(signed.signature) + "\n")
        expected = {"signer_public_key": signing.b64(signing.public_key_of(spec["key"])), "hash": signed.hash,
                    "changes": spec["changes"], "audit": spec["audit"]}
        (HERE / f"{name}.expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

"""Batches written by older offices (the golden files) still decode with today's code, byte for byte."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sync import signing
from sync.protocol import decode_batch

GOLDEN = Path(__file__).parent / "golden"
FILES = sorted(GOLDEN.glob("*.batch.gz"))


def test_there_are_golden_files():
    assert len(FILES) >= 3


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_golden_batch_still_decodes(path: Path):
    expected = json.loads(path.with_name(path.name.replace(".batch.gz", ".expected.json")).read_text())
    signature = signing.unb64(Path(f"{path}.sig").read_text())
    batch = decode_batch(path.read_bytes(), signature, signing.unb64(expected["signer_public_key"]))
    assert batch.hash == expected["hash"]
    assert list(batch.changes) == expected["changes"]
    assert list(batch.audit) == expected["audit"]

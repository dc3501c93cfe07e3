"""The office signing key: PEM round trips, the private key only ever encrypted, stable key ids."""

from __future__ import annotations

import re

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ec import SECP256R1, generate_private_key

from kelurahan_desk.core.documents.office_keys import (
    generate_office_key,
    key_id_for,
    private_key_from_pem,
    private_key_pem,
    public_key_from_pem,
    public_key_pem,
)
from kelurahan_desk.core.errors import ValidationError


def test_private_key_round_trips_only_with_its_passphrase() -> None:
    key = generate_office_key()
    pem = private_key_pem(key, "kunci rahasia kantor")
    assert pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    again = private_key_from_pem(pem, "kunci rahasia kantor")
    assert key_id_for(again.public_key()) == key_id_for(key.public_key())
    with pytest.raises(ValidationError) as wrong:
        private_key_from_pem(pem, "salah")
    assert (wrong.value.field, wrong.value.code) == ("passphrase", "wrong_passphrase")
    with pytest.raises(ValidationError) as missing:
        private_key_from_pem(pem, "")
    assert missing.value.code == "required"


def test_private_key_is_never_written_or_read_in_clear() -> None:
    key = generate_office_key()
    with pytest.raises(ValidationError):
        private_key_pem(key, "")
    clear = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with pytest.raises(ValidationError) as caught:
        private_key_from_pem(clear, "apa saja")
    assert caught.value.code == "not_encrypted"


def test_other_key_types_are_refused() -> None:
    ec_key = generate_private_key(SECP256R1())
    ec_pem = ec_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"sandi"),
    )
    with pytest.raises(ValidationError) as private:
        private_key_from_pem(ec_pem, "sandi")
    assert private.value.code == "not_ed25519_private_key"
    ec_public = ec_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    with pytest.raises(ValidationError) as public:
        public_key_from_pem(ec_public)
    assert public.value.code == "not_ed25519_public_key"
    with pytest.raises(ValidationError):
        public_key_from_pem("bukan kunci")


def test_public_key_pem_round_trip_and_key_id() -> None:
    key = generate_office_key()
    text = public_key_pem(key.public_key())
    assert text.startswith("-----BEGIN PUBLIC KEY-----")
    again = public_key_from_pem(text)
    assert key_id_for(again) == key_id_for(key.public_key())
    assert re.fullmatch(r"[0-9a-f]{16}", key_id_for(again))
    assert key_id_for(generate_office_key().public_key()) != key_id_for(key.public_key())

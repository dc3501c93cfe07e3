"""The office's Ed25519 signing key for QR payloads: generation, key ids and PEM text.

The private key is only ever written encrypted with a passphrase; the public key travels in clear
(HQ publishes every office's public keys so anyone can check a letter offline).
"""

from __future__ import annotations

import hashlib

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kelurahan_desk.core.errors import ValidationError

KEY_ID_LENGTH = 16


def generate_office_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def key_id_for(public_key: Ed25519PublicKey) -> str:
    """First 16 hex digits of the SHA-256 of the raw public key (the same naming as sync's keys)."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:KEY_ID_LENGTH]


def public_key_pem(public_key: Ed25519PublicKey) -> str:
    return public_key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode(
        "ascii"
    )


def public_key_from_pem(text: str | bytes) -> Ed25519PublicKey:
    """Raises ValidationError("public_key", "not_ed25519_public_key") on anything but an Ed25519 public key."""
    data = text.encode("ascii", "replace") if isinstance(text, str) else text
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError) as exc:
        raise ValidationError("public_key", "not_ed25519_public_key") from exc
    if not isinstance(key, Ed25519PublicKey):
        raise ValidationError("public_key", "not_ed25519_public_key")
    return key


def private_key_pem(private_key: Ed25519PrivateKey, passphrase: str) -> bytes:
    """PKCS#8 PEM encrypted with the passphrase (never written in clear)."""
    if not passphrase:
        raise ValidationError("passphrase", "required")
    return private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )


def private_key_from_pem(data: bytes, passphrase: str) -> Ed25519PrivateKey:
    """The key back from `private_key_pem`.

    Raises ValidationError ("passphrase", "wrong_passphrase" | "required") or
    ("private_key", "not_encrypted" | "not_ed25519_private_key").
    """
    if b"-----BEGIN ENCRYPTED PRIVATE KEY-----" not in data:
        raise ValidationError("private_key", "not_encrypted")
    if not passphrase:
        raise ValidationError("passphrase", "required")
    try:
        key = serialization.load_pem_private_key(data, password=passphrase.encode("utf-8"))
    except (ValueError, TypeError) as exc:
        raise ValidationError("passphrase", "wrong_passphrase") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise ValidationError("private_key", "not_ed25519_private_key")
    return key

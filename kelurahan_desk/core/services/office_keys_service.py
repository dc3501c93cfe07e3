"""The office's Ed25519 key that signs the QR code of every issued letter.

Made on first need (setup or the first issue) and kept in the data folder's `keys/`: the private key as
encrypted PKCS#8 (`office-<key id>.key.pem`), the public key in clear (`office-<key id>.pub.pem`). The
passphrase is a random secret in the store's local state, which never syncs: the key file alone (for
instance copied off the PC) is useless, and so is the database alone. A key that can no longer be opened
(file lost after a restore onto another PC) is replaced by a new key with a new id; the old public keys
stay in `keys/` so letters signed earlier still verify.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy.orm import Session

from kelurahan_desk.core.documents.office_keys import (
    generate_office_key,
    key_id_for,
    private_key_from_pem,
    private_key_pem,
    public_key_from_pem,
    public_key_pem,
)
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.permissions import SYSTEM, Actor, Permission
from kelurahan_desk.core.store.atomic_file import write_bytes_atomic
from kelurahan_desk.core.store.models import LocalState
from kelurahan_desk.core.store.unit_of_work import Store

CURRENT = "office_key.current"
PASSPHRASE = "office_key.passphrase."


@dataclass(frozen=True)
class SigningKey:
    key_id: str
    private_key: Ed25519PrivateKey

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self.private_key.public_key()


def private_path(folder: Path, key_id: str) -> Path:
    return folder / f"office-{key_id}.key.pem"


def public_path(folder: Path, key_id: str) -> Path:
    return folder / f"office-{key_id}.pub.pem"


def read_public_keys(folder: Path) -> dict[str, Ed25519PublicKey]:
    """Every public key in a folder of `*.pub.pem` files, by the id computed from the key itself."""
    keys: dict[str, Ed25519PublicKey] = {}
    for path in sorted(folder.glob("*.pub.pem")) if folder.is_dir() else []:
        try:
            key = public_key_from_pem(path.read_bytes())
        except (ValidationError, OSError):
            continue
        keys[key_id_for(key)] = key
    return keys


class OfficeKeyService:
    def __init__(self, store: Store, folder: Path) -> None:
        self._store = store
        self._folder = folder
        self._lock = threading.Lock()
        self._cached: SigningKey | None = None

    def signing_key(self) -> SigningKey:
        """The key in force, made now (in its own transaction) if the office has none or its key can no
        longer be opened. Loaded once per process: opening the encrypted file is deliberately slow."""
        with self._lock:
            if self._cached is None:
                with self._store.read() as s:
                    current = s.get(LocalState, CURRENT)
                    self._cached = self._load(s, current.value) if current else None
            if self._cached is None:
                with self._store.write(SYSTEM.username, "office_key.ensure") as s:
                    self._cached = self._load_or_make(s)
            return self._cached

    def current_key_id(self) -> str | None:
        with self._store.read() as s:
            row = s.get(LocalState, CURRENT)
            return row.value if row else None

    def public_keys(self) -> dict[str, Ed25519PublicKey]:
        """This office's public keys, current and earlier."""
        return read_public_keys(self._folder)

    def export_public(self, actor: Actor, path: Path) -> str:
        """Writes the current public key as PEM (made first if needed); returns its key id."""
        actor.require(Permission.VIEW)
        key = self.signing_key()
        write_bytes_atomic(Path(path), public_key_pem(key.public_key).encode("ascii"))
        return key.key_id

    def _load_or_make(self, s: Session) -> SigningKey:
        current = s.get(LocalState, CURRENT)
        if current is not None:
            loaded = self._load(s, current.value)
            if loaded is not None:
                return loaded
        return self._make(s, current, replaced=current.value if current else "")

    def _load(self, s: Session, key_id: str) -> SigningKey | None:
        secret = s.get(LocalState, PASSPHRASE + key_id)
        path = private_path(self._folder, key_id)
        if secret is None or not path.is_file():
            return None
        try:
            key = private_key_from_pem(path.read_bytes(), secret.value)
        except ValidationError:
            return None
        if key_id_for(key.public_key()) != key_id:
            return None
        return SigningKey(key_id, key)

    def _make(self, s: Session, current: LocalState | None, replaced: str) -> SigningKey:
        key = generate_office_key()
        key_id = key_id_for(key.public_key())
        passphrase = secrets.token_urlsafe(32)
        self._folder.mkdir(parents=True, exist_ok=True)
        pem = public_key_pem(key.public_key())
        write_bytes_atomic(private_path(self._folder, key_id), private_key_pem(key, passphrase))
        write_bytes_atomic(public_path(self._folder, key_id), pem.encode("ascii"))
        s.add(LocalState(key=PASSPHRASE + key_id, value=passphrase))
        if current is None:
            s.add(LocalState(key=CURRENT, value=key_id))
        else:
            current.value = key_id
        Store.journal(s).audit(
            entity="office_key",
            entity_id=key_id,
            before={"key_id": replaced} if replaced else None,
            after={"key_id": key_id, "public_key": pem},
            action="office_key.create",
        )
        s.flush()
        return SigningKey(key_id, key)

"""Copying the office's public keys (`*.pub.pem`; never a private key) between the data folder's `keys/` and
a backup folder, so that letters signed with any of the office's keys still verify on a PC rebuilt from the
backup. A key file is named by its key id, so a file already present under that name is the same key."""

from __future__ import annotations

from pathlib import Path

from kelurahan_desk.core.store.atomic_file import write_bytes_atomic

PUBLIC_KEYS = "*.pub.pem"


def public_key_files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.glob(PUBLIC_KEYS) if path.is_file()) if folder.is_dir() else []


def copy_public_keys(source: Path, target: Path) -> int:
    """Copies the public keys `target` lacks; returns how many."""
    copied = 0
    for name in public_key_files(source):
        if not (target / name).is_file():
            write_bytes_atomic(target / name, (source / name).read_bytes())
            copied += 1
    return copied

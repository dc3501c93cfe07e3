"""Copying the content-addressed attachment files between folders (data folder, backup stick).

Files are named by their SHA-256 (`ab/abcdef…`), so a file already present with the right size is the
same file and is skipped. Each copied file is hashed on the way: a damaged source is reported, not copied.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from kelurahan_desk.core.store.atomic_file import write_bytes_atomic

SHA256_NAME = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class AttachmentCopy:
    copied: int
    present: int
    damaged: tuple[str, ...] = ()


def stored_attachments(folder: Path) -> dict[str, int]:
    """Every attachment file in the folder: sha256 -> size in bytes."""
    found: dict[str, int] = {}
    if not folder.is_dir():
        return found
    for sub in sorted(folder.iterdir()):
        if not sub.is_dir() or len(sub.name) != 2:
            continue
        for path in sorted(sub.iterdir()):
            if SHA256_NAME.fullmatch(path.name) and path.name[:2] == sub.name and path.is_file():
                found[path.name] = path.stat().st_size
    return found


def copy_attachments(source: Path, target: Path, only: Collection[str] | None = None) -> AttachmentCopy:
    copied = present = 0
    damaged: list[str] = []
    for sha256, size in stored_attachments(source).items():
        if only is not None and sha256 not in only:
            continue
        dest = target / sha256[:2] / sha256
        if dest.is_file() and dest.stat().st_size == size:
            present += 1
            continue
        data = (source / sha256[:2] / sha256).read_bytes()
        if hashlib.sha256(data).hexdigest() != sha256:
            damaged.append(sha256)
            continue
        write_bytes_atomic(dest, data)
        copied += 1
    return AttachmentCopy(copied, present, tuple(damaged))

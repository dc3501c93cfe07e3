"""Copying the archive of issued documents (letters, receipts, certificates) between folders.

Archive files are named by what they are (`letters/2026/<number>_<id>.pdf`), not by their content, and
never change once written. A backup to a stick brings the stick's copy up to date (a file that differs
there is replaced by the office's); a restore only brings back files the office is missing and never
replaces one it has. Half-written temporary files (`.<name>.<pid>.tmp`) and links are never copied.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from kelurahan_desk.core.store.atomic_file import write_bytes_atomic
from kelurahan_desk.core.store.attachment_copy import AttachmentCopy


def archived_files(folder: Path) -> dict[str, int]:
    """Every archived file under the folder: relative path (with `/`) -> size in bytes."""
    found: dict[str, int] = {}
    if not folder.is_dir():
        return found
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if path.is_symlink() or not path.is_file() or any(part.startswith(".") for part in relative.parts):
            continue
        found[relative.as_posix()] = path.stat().st_size
    return found


def copy_archive(
    source: Path, target: Path, *, replace_different: bool, only: Collection[str] | None = None
) -> AttachmentCopy:
    """Copies what the target lacks (of `only`, when given). A file present under the same name with other
    content is replaced when `replace_different`, otherwise left alone and named in `damaged`."""
    copied = present = 0
    different: list[str] = []
    for relative, size in archived_files(source).items():
        if only is not None and relative not in only:
            continue
        data = (source / relative).read_bytes()
        dest = target / relative
        if dest.is_file() and not dest.is_symlink():
            if dest.stat().st_size == size and dest.read_bytes() == data:
                present += 1
                continue
            if not replace_different:
                different.append(relative)
                continue
        write_bytes_atomic(dest, data)
        copied += 1
    return AttachmentCopy(copied, present, tuple(different))

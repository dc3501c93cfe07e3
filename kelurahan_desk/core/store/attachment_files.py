"""Attachment files by SHA-256 under the data folder, with size and type limits."""

from __future__ import annotations

import hashlib
from pathlib import Path

from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.store.atomic_file import write_bytes_atomic

MAX_BYTES = 20 * 1024 * 1024
ALLOWED_TYPES = {
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"%PDF-": "application/pdf",
    b"RIFF": "image/webp",
}


def sniff_mime(data: bytes) -> str | None:
    for magic, mime in ALLOWED_TYPES.items():
        if data.startswith(magic):
            if mime == "image/webp" and data[8:12] != b"WEBP":
                continue
            return mime
    return None


class AttachmentFiles:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path_for(self, sha256: str) -> Path:
        return self.folder / sha256[:2] / sha256

    def put(self, data: bytes) -> tuple[str, str]:
        """Stores the bytes, returns (sha256, mime). Refuses empty, oversize and unknown types."""
        if not data:
            raise ValidationError("file", "attachment_empty")
        if len(data) > MAX_BYTES:
            raise ValidationError("file", "attachment_too_large", {"max_mb": MAX_BYTES // (1024 * 1024)})
        mime = sniff_mime(data)
        if mime is None:
            raise ValidationError("file", "attachment_type")
        digest = hashlib.sha256(data).hexdigest()
        target = self.path_for(digest)
        if not target.exists():
            write_bytes_atomic(target, data)
        return digest, mime

    def get(self, sha256: str) -> bytes:
        return self.path_for(sha256).read_bytes()

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()

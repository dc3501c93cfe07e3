"""Read QR codes back from a scan, a photo or a PDF with the system's zbarimg (and pdftoppm for PDFs).

Used to check a letter that a citizen brings back. Errors carry codes only:
ValidationError("file", "qr_tool_missing" | "qr_not_found" | "qr_tool_failed" | "file_not_found" |
"unsupported_file_type" | "file_unreadable").
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from kelurahan_desk.core.errors import ValidationError

PDF_DPI = 200
TIMEOUT_S = 60
_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"
_PDF = b"%PDF-"
_ZBAR_NOTHING_FOUND = 4
_PDFTOPPM_CANNOT_OPEN = 1


def decode_qr_from_file(path: str | Path) -> list[str]:
    """The text of every QR code in a PNG, JPEG or PDF (all pages), in reading order."""
    source = Path(path)
    try:
        with source.open("rb") as handle:
            magic = handle.read(8)
    except (FileNotFoundError, IsADirectoryError) as exc:
        raise ValidationError("file", "file_not_found", {"path": str(source)}) from exc
    except OSError as exc:
        raise ValidationError("file", "file_not_found", {"path": str(source), "detail": str(exc)}) from exc
    if magic.startswith(_PDF):
        found = _decode_pdf(source)
    elif magic.startswith(_PNG) or magic.startswith(_JPEG):
        found = _zbar([source])
    else:
        raise ValidationError("file", "unsupported_file_type", {"path": str(source)})
    if not found:
        raise ValidationError("file", "qr_not_found", {"path": str(source)})
    return found


def _decode_pdf(source: Path) -> list[str]:
    pdftoppm = _tool("pdftoppm")
    with tempfile.TemporaryDirectory(prefix="kd-qr-") as folder:
        completed = _run(
            [pdftoppm, "-r", str(PDF_DPI), "-png", str(source), str(Path(folder) / "page")],
            "pdftoppm",
            accept=(0, _PDFTOPPM_CANNOT_OPEN),
        )
        if completed.returncode == _PDFTOPPM_CANNOT_OPEN:
            raise ValidationError("file", "file_unreadable", {"path": str(source)})
        pages = sorted(Path(folder).glob("page*.png"), key=lambda p: (len(p.name), p.name))
        return _zbar(pages) if pages else []


def _zbar(images: list[Path]) -> list[str]:
    zbarimg = _tool("zbarimg")
    found: list[str] = []
    for image in images:
        completed = _run(
            [zbarimg, "--raw", "-q", "-Sdisable", "-Sqrcode.enable", str(image)],
            "zbarimg",
            accept=(0, _ZBAR_NOTHING_FOUND),
        )
        found += [line for line in completed.stdout.decode("utf-8", "replace").splitlines() if line]
    return found


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise ValidationError("file", "qr_tool_missing", {"tool": name})
    return found


def _run(command: list[str], tool: str, accept: tuple[int, ...] = (0,)) -> subprocess.CompletedProcess[bytes]:
    try:
        completed = subprocess.run(command, capture_output=True, timeout=TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ValidationError("file", "qr_tool_failed", {"tool": tool, "detail": str(exc)}) from exc
    if completed.returncode not in accept:
        detail = completed.stderr.decode("utf-8", "replace").strip()[-500:]
        raise ValidationError("file", "qr_tool_failed", {"tool": tool, "code": completed.returncode, "detail": detail})
    return completed

"""Where the plain resource files (fonts, icons, translations, templates) live, installed or frozen."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_RESOURCES = Path(__file__).resolve().parent / "resources"


def resources_root() -> Path:
    """`kelurahan_desk/resources/` inside the PyInstaller bundle when frozen, beside this module otherwise."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "kelurahan_desk" / "resources"
    return _PACKAGE_RESOURCES


def resource_path(*parts: str) -> Path:
    """Path of a file under the resources folder, e.g. `resource_path("fonts", "LiberationSerif-Regular.ttf")`.

    Parts may not climb out of the resources folder.
    """
    relative = Path(*parts)
    if relative.is_absolute() or ".." in relative.parts:
        raise ValueError(f"not a path inside the resources folder: {parts!r}")
    return resources_root() / relative

"""Resource files are found beside the package and inside a PyInstaller bundle, and fonts ship with their licence."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kelurahan_desk.core.documents.fonts import SANS, SERIF
from kelurahan_desk.resources_path import resource_path, resources_root


def test_fonts_and_their_licence_ship_with_the_package() -> None:
    fonts = resource_path("fonts")
    for stem in ("LiberationSerif", "LiberationSans"):
        for face in ("Regular", "Bold", "Italic", "BoldItalic"):
            assert (fonts / f"{stem}-{face}.ttf").read_bytes()[:4] == b"\x00\x01\x00\x00"
    licence = (fonts / "LICENSE-Liberation.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Copyright (c) 2012 Red Hat, Inc." in licence
    assert SERIF.regular != SANS.regular


def test_frozen_bundle_root(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_root() == tmp_path / "kelurahan_desk" / "resources"
    assert resource_path("fonts", "x.ttf") == tmp_path / "kelurahan_desk" / "resources" / "fonts" / "x.ttf"


def test_paths_cannot_leave_the_resources_folder() -> None:
    with pytest.raises(ValueError):
        resource_path("..", "pyproject.toml")
    with pytest.raises(ValueError):
        resource_path("fonts/../../x")
    with pytest.raises(ValueError):
        resource_path("/etc/passwd")

"""The project's own virtual environment, `.venv` beside the checkout, made and filled on first use."""

from __future__ import annotations

import os
import subprocess
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv(extras: str = "") -> str:
    """Creates `.venv` if missing and installs the project (editable) with the given extras."""
    if not venv_python().exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    python = str(venv_python())
    subprocess.run([python, "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
    target = f"{ROOT}[{extras}]" if extras else str(ROOT)
    subprocess.run([python, "-m", "pip", "install", "-q", "-e", target], check=True)
    return python

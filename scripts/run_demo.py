"""Installs Kelurahan Desk and opens it on the demo office, in one command:

    python3 scripts/run_demo.py

The demo office lives in its own data folder and never touches a real office's data.
"""

from __future__ import annotations

import subprocess
import sys

from project_venv import ROOT, ensure_venv


def main() -> int:
    python = ensure_venv()
    return subprocess.run([python, "-m", "kelurahan_desk", "demo", *sys.argv[1:]], cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main())

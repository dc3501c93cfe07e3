"""The whole test suite in one command, on a fresh machine with only Python 3.11+:

    python3 scripts/run_tests.py

Creates `.venv` beside the project (once), installs the project with its `dev` and `hq` extras, runs
ruff and then pytest offscreen. Extra arguments go to pytest. PostgreSQL tests run when
KD_TEST_POSTGRES_URL names a server (`.ci/start-postgres` makes one on Debian) and skip otherwise.
"""

from __future__ import annotations

import os
import subprocess
import sys

from project_venv import ROOT, ensure_venv


def main() -> int:
    python = ensure_venv("dev,hq")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    lint = subprocess.run([python, "-m", "ruff", "check", "kelurahan_desk", "sync", "tests", "scripts"], cwd=ROOT)
    if lint.returncode != 0:
        return lint.returncode
    return subprocess.run([python, "-m", "pytest", *sys.argv[1:]], cwd=ROOT, env=env).returncode


if __name__ == "__main__":
    sys.exit(main())

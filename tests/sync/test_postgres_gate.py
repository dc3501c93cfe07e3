"""Without KD_TEST_POSTGRES_URL the PostgreSQL tests skip, except under CI, where they fail."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(extra_env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("KD_TEST_POSTGRES_URL", "CI")}
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--confcutdir=tests/sync",
                           "tests/sync/test_usb.py", "-k", "gap and postgres"], cwd=ROOT, env={**env, **extra_env},
                          capture_output=True, text=True, timeout=120)


def test_postgres_tests_skip_locally_and_fail_under_ci():
    local = _run({})
    assert local.returncode == 0 and "1 skipped" in local.stdout
    ci = _run({"CI": "true"})
    assert ci.returncode != 0 and "KD_TEST_POSTGRES_URL is not set" in ci.stdout

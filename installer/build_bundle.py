"""Builds the one-folder bundle with PyInstaller, compiles translations into it, and smoke-tests it.

    python installer/build_bundle.py [--smoke-test]

Output: dist/kelurahan-desk/ (zip it, or wrap it with installer/kelurahan-desk.iss on Windows).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist" / "kelurahan-desk"


def compile_translations() -> None:
    out = ROOT / "build" / "i18n"
    out.mkdir(parents=True, exist_ok=True)
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    for ts in (ROOT / "kelurahan_desk" / "resources" / "i18n").glob("*.ts"):
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(out / ts.with_suffix(".qm").name)], check=True)


def build() -> None:
    compile_translations()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(ROOT / "dist"),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(ROOT / "installer" / "kelurahan_desk.spec"),
        ],
        check=True,
        cwd=ROOT,
    )


def folder_size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1_000_000


def smoke_test() -> int:
    exe = DIST / ("kelurahan-desk.exe" if os.name == "nt" else "kelurahan-desk")
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        result = subprocess.run([str(exe), "--data-dir", tmp, "self-test"], env=env, capture_output=True, text=True)
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr[-4000:])
    print(f"bundle: {DIST} {folder_size_mb(DIST):.0f} MB, self-test exit {result.returncode}")
    return result.returncode


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--smoke-test", action="store_true", help="run the bundle's self-test after building")
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    if not args.no_build:
        build()
    return smoke_test() if args.smoke_test else 0


if __name__ == "__main__":
    sys.exit(main())

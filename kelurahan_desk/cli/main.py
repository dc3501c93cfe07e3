"""`kelurahan-desk`: with no command opens the window; otherwise runs a headless command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from kelurahan_desk import __version__
from kelurahan_desk.cli import (
    app_cmd,
    audit_cmd,
    backup_cmd,
    bench_cmd,
    cases_cmd,
    demo_cmd,
    holidays_cmd,
    letters_cmd,
    regions_cmd,
    residents_cmd,
    sync_cmd,
)
from kelurahan_desk.cli.context import CommandFailed
from kelurahan_desk.cli.store_messages import store_message
from kelurahan_desk.core.data_folder import DATA_DIR_ENV
from kelurahan_desk.core.errors import DeskError, StoreError

COMMAND_MODULES = [
    app_cmd,
    audit_cmd,
    backup_cmd,
    residents_cmd,
    regions_cmd,
    cases_cmd,
    holidays_cmd,
    demo_cmd,
    sync_cmd,
    bench_cmd,
    letters_cmd,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kelurahan-desk", description="Kelurahan Desk — sistem layanan kantor kelurahan"
    )
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument(
        "--data-dir", help=f"folder data kantor (juga variabel lingkungan {DATA_DIR_ENV})", default=None
    )
    parser.add_argument("--user", help="akun yang menjalankan perintah (default: sistem)")
    parser.add_argument("--password", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command")
    for module in COMMAND_MODULES:
        module.register(sub)
    parser.set_defaults(func=app_cmd.run_gui)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except CommandFailed as exc:
        sys.stderr.write(f"kelurahan-desk: {exc}\n")
        return exc.code
    except StoreError as exc:
        sys.stderr.write(f"kelurahan-desk: {store_message(exc)}\n")
        return 2
    except DeskError as exc:
        sys.stderr.write(f"kelurahan-desk: {exc}\n")
        return 2


if __name__ == "__main__":
    sys.exit(main())

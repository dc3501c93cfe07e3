"""`kelurahan-desk`: with no command opens the window; otherwise runs a headless command.

Opening the window reads only the global options and imports none of the command modules: what they
import (every service, reportlab, openpyxl) would only slow the window's start.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from types import ModuleType

from kelurahan_desk import __version__
from kelurahan_desk.cli.store_messages import store_message
from kelurahan_desk.core.data_folder import DATA_DIR_ENV
from kelurahan_desk.core.errors import DeskError, StoreError


def command_modules() -> list[ModuleType]:
    """Each area's commands; a new area's module goes in this list."""
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

    return [
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


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir", help=f"folder data kantor (juga variabel lingkungan {DATA_DIR_ENV})", default=None
    )
    parser.add_argument("--user", help="akun yang menjalankan perintah (default: sistem)")
    parser.add_argument("--password", help=argparse.SUPPRESS)


def build_parser() -> argparse.ArgumentParser:
    from kelurahan_desk.cli import app_cmd

    parser = argparse.ArgumentParser(
        prog="kelurahan-desk", description="Kelurahan Desk — sistem layanan kantor kelurahan"
    )
    parser.add_argument("--version", action="version", version=__version__)
    add_global_options(parser)
    sub = parser.add_subparsers(dest="command")
    for module in command_modules():
        module.register(sub)
    parser.set_defaults(func=app_cmd.run_gui)
    return parser


def window_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """The global options when the command line names no command (the window opens), else None."""
    parser = argparse.ArgumentParser(prog="kelurahan-desk", add_help=False)
    add_global_options(parser)
    options, rest = parser.parse_known_args(argv)
    return None if rest else options


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        options = window_options(arguments)
        if options is not None:
            from kelurahan_desk.app import run

            return run(options.data_dir)
        return run_command(arguments)
    except StoreError as exc:
        sys.stderr.write(f"kelurahan-desk: {store_message(exc)}\n")
        return 2
    except DeskError as exc:
        from kelurahan_desk.cli.error_text import error_text

        sys.stderr.write(f"kelurahan-desk: {error_text(exc)}\n")
        return 2
    except OSError as exc:
        from kelurahan_desk.cli.error_text import file_error_text

        sys.stderr.write(f"kelurahan-desk: {file_error_text(exc)}\n")
        return 2


def run_command(arguments: list[str]) -> int:
    from kelurahan_desk.cli.context import CommandFailed

    args = build_parser().parse_args(arguments)
    try:
        return int(args.func(args) or 0)
    except CommandFailed as exc:
        sys.stderr.write(f"kelurahan-desk: {exc}\n")
        return exc.code


if __name__ == "__main__":
    sys.exit(main())

"""The file a command writes, named on its command line: an existing file is written over only when
`--overwrite` says so (it may be the very spreadsheet a clerk just edited)."""

from __future__ import annotations

import argparse
from pathlib import Path

from kelurahan_desk.cli.context import CommandFailed

OVERWRITE_HELP = "timpa berkas tujuan bila sudah ada"


def add_output_file(parser: argparse.ArgumentParser, help: str) -> None:
    parser.add_argument("file", metavar="BERKAS", help=help)
    parser.add_argument("--overwrite", action="store_true", help=OVERWRITE_HELP)


def output_path(args: argparse.Namespace, given: str | None = None) -> Path:
    """The target (`given`, else the `file` argument); CommandFailed, before anything is done, when it
    exists and `--overwrite` was not given."""
    path = Path(given if given is not None else args.file).expanduser()
    if path.exists() and not path.is_dir() and not getattr(args, "overwrite", False):
        raise CommandFailed(
            f"Berkas {path} sudah ada dan tidak ditimpa. Pilih nama lain, atau tambahkan --overwrite untuk menimpanya."
        )
    return path

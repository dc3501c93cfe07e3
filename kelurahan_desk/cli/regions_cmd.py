"""`kelurahan-desk import-regions FILE`: replaces the region table with a `wilayah.sql` dump or a CSV `kode,nama`."""

from __future__ import annotations

import argparse
from pathlib import Path

from kelurahan_desk.cli.context import CommandFailed, command_actor, out, services
from kelurahan_desk.cli.error_text import problem_line
from kelurahan_desk.core.errors import ValidationError

PROBLEMS_SHOWN = 50


def register(sub: argparse._SubParsersAction) -> None:
    regions = sub.add_parser("import-regions", help="impor tabel kode wilayah (wilayah.sql atau CSV kode,nama)")
    regions.add_argument("file", metavar="BERKAS", help="berkas .sql atau .csv")
    regions.set_defaults(func=run_import_regions)


def run_import_regions(args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    if not path.is_file():
        raise CommandFailed(f"Berkas tidak ditemukan: {path}")
    with services(args) as opened:
        actor = command_actor(args, opened)
        try:
            count, problems = opened.regions.import_file(actor, path)
        except ValidationError as error:
            raise CommandFailed("Tidak ada baris wilayah yang sah; tabel wilayah tidak diubah.") from error
    out(f"Tabel wilayah diganti: {count} wilayah.")
    if problems:
        out(f"Baris ditolak: {len(problems)}")
        for problem in problems[:PROBLEMS_SHOWN]:
            out(problem_line(problem))
        if len(problems) > PROBLEMS_SHOWN:
            out(f"  … dan {len(problems) - PROBLEMS_SHOWN} lainnya")
    return 0

"""`kelurahan-desk import-regions FILE`: adds and updates the region table from a `wilayah.sql` dump or a CSV
`kode,nama`; codes the file lacks stay."""

from __future__ import annotations

import argparse
from pathlib import Path

from kelurahan_desk.cli.context import CommandFailed, command_actor, out, services
from kelurahan_desk.cli.error_text import problem_line
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.importing.region_file import read_region_file

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
            imported = opened.regions.import_file(actor, path)
        except ValidationError as error:
            lines = ["Tidak ada baris wilayah yang sah; tabel wilayah tidak diubah."]
            problems = read_region_file(path)[1]
            lines += [problem_line(problem) for problem in problems[:PROBLEMS_SHOWN]]
            if not any(problem.code == "not_a_region_table" for problem in problems):
                lines.append("  Berkas yang dapat dibaca: dump wilayah.sql atau CSV dengan kolom kode,nama.")
            raise CommandFailed("\n".join(lines)) from error
        if not opened.office.is_set_up():
            out(f"Folder data {opened.folder.root} belum berisi kantor; tabel ini dipakai saat pengaturan awal.")
    problems = imported.problems
    out(
        f"Tabel wilayah: {imported.added} baru, {imported.updated} diperbarui, {imported.unchanged} tetap; "
        f"kini {imported.total} wilayah."
    )
    if problems:
        out(f"Baris ditolak: {len(problems)}")
        for problem in problems[:PROBLEMS_SHOWN]:
            out(problem_line(problem))
        if len(problems) > PROBLEMS_SHOWN:
            out(f"  … dan {len(problems) - PROBLEMS_SHOWN} lainnya")
    return 0

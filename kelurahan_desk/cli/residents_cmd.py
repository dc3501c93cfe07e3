"""`kelurahan-desk import-residents FILE [--mapping auto] [--accept]` and `export-residents FILE`.

Without `--accept` an import only reports what it would do and writes nothing; the exit code is 3 when rows
were refused, so a script sees it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kelurahan_desk.cli.context import CommandFailed, command_actor, out, services
from kelurahan_desk.cli.error_text import problem_line
from kelurahan_desk.cli.output_file import add_output_file, output_path
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.importing.resident_columns import FIELDS, suggest_mapping
from kelurahan_desk.core.services.resident_import import ImportPlan

REFUSED_NOT_ACCEPTED = 3
WARNINGS_SHOWN = 50


def register(sub: argparse._SubParsersAction) -> None:
    imp = sub.add_parser("import-residents", help="impor data penduduk dari CSV atau Excel")
    imp.add_argument("file", metavar="BERKAS", help="berkas .csv atau .xlsx")
    imp.add_argument(
        "--mapping",
        default="auto",
        help="'auto' (dari judul kolom) atau daftar bidang=kolom yang mengganti saran untuk bidang itu saja, "
        "mis. 'nik=NIK,name=Nama Lengkap,kk=3'",
    )
    imp.add_argument("--accept", action="store_true", help="simpan baris yang sah (tanpa ini: hanya laporan)")
    imp.set_defaults(func=run_import)
    exp = sub.add_parser("export-residents", help="ekspor data penduduk ke CSV atau Excel")
    add_output_file(exp, "berkas tujuan .csv atau .xlsx")
    exp.add_argument("--query", default="", help="hanya penduduk yang cocok dengan pencarian ini")
    exp.add_argument("--status", choices=("hidup", "pindah", "meninggal"), help="hanya penduduk berstatus ini")
    exp.set_defaults(func=run_export)


def parse_mapping(text: str, headers: list[str]) -> dict[str, int] | None:
    """`auto` → None (the importer suggests); else `field=column` pairs, column a header or a 1-based number,
    each replacing the suggestion for its field (a column named here no longer feeds another field)."""
    if text.strip().lower() == "auto":
        return None
    mapping = suggest_mapping(headers)
    named: set[str] = set()
    lowered = [h.strip().lower() for h in headers]
    for pair in text.split(","):
        field, _, column = pair.partition("=")
        field, column = field.strip(), column.strip()
        if field not in FIELDS:
            raise CommandFailed(f"Bidang tidak dikenal: {field!r}. Bidang: {', '.join(FIELDS)}")
        if column.isdigit() and 1 <= int(column) <= len(headers):
            index = int(column) - 1
        elif column.lower() in lowered:
            index = lowered.index(column.lower())
        else:
            raise CommandFailed(f"Kolom tidak ditemukan untuk {field}: {column!r}")
        # a suggestion reading that column gives way; fields named here may share it (RT/RW, TTL)
        mapping = {name: at for name, at in mapping.items() if name in named or (at != index and name != field)}
        mapping[field] = index
        named.add(field)
    return mapping


def report_plan(plan: ImportPlan) -> None:
    out(f"Berkas {plan.file_name}: {plan.total_rows} baris data.")
    out(f"  Penduduk baru: {len(plan.new)} (keluarga baru: {plan.new_families})")
    out(f"  Sudah ada dan sama: {len(plan.unchanged)}")
    out(f"  Sudah ada tetapi berbeda (tidak diubah): {len(plan.exists_different)}")
    for problem in plan.exists_different[:WARNINGS_SHOWN]:
        out(problem_line(problem))
    out(f"  Ditolak: {plan.rejected_rows} baris")
    for problem in plan.rejected:
        out(problem_line(problem))
    out(f"  Peringatan: {len(plan.warnings)}")
    for problem in plan.warnings[:WARNINGS_SHOWN]:
        out(problem_line(problem))
    if len(plan.warnings) > WARNINGS_SHOWN:
        out(f"  … dan {len(plan.warnings) - WARNINGS_SHOWN} peringatan lain")


def run_import(args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    if not path.is_file():
        raise CommandFailed(f"Berkas tidak ditemukan: {path}")
    with services(args, office_required=True) as opened:
        actor = command_actor(args, opened)
        preview = opened.resident_import.preview(actor, path)
        if not preview.headers or not preview.total_rows:
            reasons = [problem_line(p) for p in preview.problems if p.line == 0] or ["  Tidak ada baris data."]
            raise CommandFailed("\n".join([f"Berkas {path.name} tidak dapat diimpor:", *reasons]))
        mapping = parse_mapping(args.mapping, preview.headers)
        try:
            plan = opened.resident_import.validate(actor, path, mapping)
        except ValidationError as error:
            from kelurahan_desk.ui.error_messages import field_label

            fields = ", ".join(f"{field_label(name)} ({name})" for name in error.params.get("fields", []))
            raise CommandFailed(
                f"Kolom wajib tidak ditemukan: {fields}. Sebutkan kolomnya dengan --mapping "
                f"(judul kolom berkas: {', '.join(preview.headers)})."
            ) from error
        report_plan(plan)
        if not args.accept:
            out("Belum ada yang disimpan. Jalankan lagi dengan --accept untuk menyimpan baris yang sah.")
            return REFUSED_NOT_ACCEPTED if plan.rejected else 0
        result = opened.resident_import.apply(actor, plan)
    out(
        f"Disimpan: {result.created} penduduk baru, {result.families_created} keluarga baru"
        + (f"; {result.skipped_existing} dilewati karena sudah ada" if result.skipped_existing else "")
        + "."
    )
    return 0


def run_export(args: argparse.Namespace) -> int:
    path = output_path(args)
    with services(args, office_required=True) as opened:
        actor = command_actor(args, opened)
        try:
            count = opened.resident_export.export(actor, path, args.query, status=args.status)
        except ValidationError as error:
            raise CommandFailed("Jenis berkas harus .csv atau .xlsx") from error
    out(f"{count} penduduk diekspor ke {path}")
    return 0

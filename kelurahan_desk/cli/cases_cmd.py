"""`kelurahan-desk cases export --format csv|xlsx|open311 FILE` and `cases recap YYYY-MM [--out FILE]`."""

from __future__ import annotations

import argparse
import re
from datetime import date

from kelurahan_desk.cli.context import CommandFailed, command_actor, out, services
from kelurahan_desk.cli.output_file import OVERWRITE_HELP, add_output_file, output_path
from kelurahan_desk.core.domain.case_states import KIND_NAMES, STATE_NAMES, CaseKind, CaseState
from kelurahan_desk.core.services.case_queues import CaseQuery, Queue

MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def register(sub: argparse._SubParsersAction) -> None:
    cases = sub.add_parser("cases", help="pengaduan, permintaan informasi, laporan dan aspirasi")
    cases_sub = cases.add_subparsers(dest="cases_command", required=True)
    export = cases_sub.add_parser("export", help="ekspor antrian kasus ke CSV, Excel atau Open311 JSON")
    export.add_argument("--format", choices=("csv", "xlsx", "open311"), default="csv", dest="fmt")
    add_output_file(export, "berkas tujuan")
    export.add_argument("--queue", choices=[q.value for q in Queue], default=Queue.SEMUA.value, help="antrian")
    export.add_argument(
        "--state", action="append", choices=[s.value for s in CaseState], help="status (boleh berulang)"
    )
    export.add_argument("--kind", action="append", choices=[k.value for k in CaseKind], help="jenis (boleh berulang)")
    export.add_argument("--from", dest="date_from", type=date.fromisoformat, help="diterima sejak (YYYY-MM-DD)")
    export.add_argument("--to", dest="date_to", type=date.fromisoformat, help="diterima sampai (YYYY-MM-DD)")
    export.add_argument("--text", default="", help="pencarian teks atau nomor kasus")
    export.add_argument("--media-url", default="", help="alamat dasar foto untuk media_url Open311")
    export.set_defaults(func=run_export)
    recap = cases_sub.add_parser("recap", help="rekap bulanan per jenis, kategori dan status dengan kepatuhan tenggat")
    recap.add_argument("month", metavar="TAHUN-BULAN", help="mis. 2026-11")
    recap.add_argument("--out", help="simpan juga ke berkas .csv atau .xlsx")
    recap.add_argument("--overwrite", action="store_true", help=OVERWRITE_HELP)
    recap.set_defaults(func=run_recap)


def run_export(args: argparse.Namespace) -> int:
    query = CaseQuery(
        queue=Queue(args.queue),
        states=tuple(CaseState(s) for s in args.state or ()),
        kinds=tuple(CaseKind(k) for k in args.kind or ()),
        received_from=args.date_from,
        received_to=args.date_to,
        text=args.text,
    )
    path = output_path(args)
    with services(args, office_required=True) as opened:
        actor = command_actor(args, opened)
        if args.fmt == "open311":
            count = opened.case_exports.write_open311(actor, query, path, args.media_url)
        else:
            count = opened.case_exports.write_table(actor, query, path, args.fmt)
    out(f"{count} kasus diekspor ke {path}.")
    return 0


def run_recap(args: argparse.Namespace) -> int:
    match = MONTH.match(args.month)
    if match is None or not 1 <= int(match.group(2)) <= 12:
        raise CommandFailed(f"Bulan tidak valid: {args.month!r} (contoh: 2026-11)")
    year, month = int(match.group(1)), int(match.group(2))
    target = output_path(args, args.out) if args.out else None
    with services(args, office_required=True) as opened:
        actor = command_actor(args, opened)
        if target is not None:
            fmt = "xlsx" if args.out.lower().endswith(".xlsx") else "csv"
            recap = opened.case_exports.write_recap(actor, year, month, target, fmt)
        else:
            recap = opened.case_exports.recap(actor, year, month)
    out(f"Rekap kasus {month:02d}/{year}: {recap.received} kasus diterima.")
    for row in recap.rows:
        out(
            f"  {KIND_NAMES[row.kind]:<28} {row.category:<26} {STATE_NAMES[row.state]:<28} {row.received:>6}"
            f"  tepat {row.closed_on_time:>5}  terlambat {row.closed_late:>5}  lewat tenggat {row.open_overdue:>5}"
        )
    share = recap.compliance()
    out("Kepatuhan tenggat: " + ("belum ada yang jatuh tempo" if share is None else f"{share:.1%}"))
    return 0

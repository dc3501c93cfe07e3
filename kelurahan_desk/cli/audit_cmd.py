"""`kelurahan-desk audit verify`: walks the whole audit chain and names the first bad row."""

from __future__ import annotations

import argparse

from kelurahan_desk.cli.context import CommandFailed, out, services
from kelurahan_desk.core.store.audit_chain import verify_chain

PROBLEMS = {
    "altered": "baris diubah",
    "missing": "baris hilang (dihapus)",
    "broken_link": "rantai hash putus",
}


def register(sub: argparse._SubParsersAction) -> None:
    audit = sub.add_parser("audit", help="periksa jejak audit")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True)
    verify = audit_sub.add_parser("verify", help="periksa seluruh rantai audit")
    verify.set_defaults(func=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    with services(args, office_required=True) as opened, opened.store.read() as session:
        report = verify_chain(session)
    if report.ok:
        out(f"Rantai audit utuh: {report.rows_checked} baris diperiksa.")
        return 0
    raise CommandFailed(
        f"Rantai audit RUSAK pada baris {report.first_bad_seq}: {PROBLEMS[report.problem]} "
        f"({report.rows_checked} baris sebelumnya utuh)."
    )

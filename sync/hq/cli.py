"""``kelurahan-hq``: run and administer the HQ server. Also runnable as ``python -m sync.hq.cli``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from sync.hq.database import DATABASE_URL_ENV, create_schema, database_url, make_engine

ENROL_QR_PREFIX = "kelurahan-desk-enrol:v1"


def app_from_environment() -> Any:
    """Uvicorn factory: the app over the database named by the environment (one per worker process)."""
    from sync.hq.app import create_app

    return create_app(make_engine())


def _engine(args: argparse.Namespace) -> Any:
    return make_engine(args.database_url)


def cmd_serve(args: argparse.Namespace) -> int:
    import os

    import uvicorn

    from sync.hq.identity import load_identity

    url = database_url(args.database_url)
    engine = make_engine(url)
    create_schema(engine)  # adds only the tables that are missing; several processes may share one database
    hq = load_identity(engine, create=True)
    engine.dispose()
    # on stderr, beside the server's log: a parent process may be printing JSON on stdout
    print(f"HQ key {hq.key_id}; database {make_url(url).render_as_string(hide_password=True)}", file=sys.stderr)
    print(f"serving on http://{args.host}:{args.port} with {args.workers} process(es)", file=sys.stderr)
    os.environ[DATABASE_URL_ENV] = url
    uvicorn.run("sync.hq.cli:app_from_environment", factory=True, host=args.host, port=args.port,
                workers=args.workers, log_level=args.log_level, timeout_keep_alive=30)
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    from sync.hq.identity import load_identity

    engine = _engine(args)
    create_schema(engine)
    hq = load_identity(engine, create=True)
    print(f"HQ database ready; HQ key {hq.key_id}")
    return 0


def cmd_office_add(args: argparse.Namespace) -> int:
    import qrcode

    from sync.hq.offices import OfficeRegistry

    code = OfficeRegistry(_engine(args)).add(args.code, args.name)
    text = f"{ENROL_QR_PREFIX}:{args.code}:{code}" + (f":{args.hq_url}" if args.hq_url else "")
    qr_path = Path(args.qr or f"enrol-{args.code}.png")
    qrcode.make(text).save(qr_path)
    print(f"office {args.code}: one-time enrolment code {code}")
    print(f"QR code written to {qr_path}")
    return 0


def cmd_office_list(args: argparse.Namespace) -> int:
    from sync.hq.office_overview import office_overview

    rows = office_overview(_engine(args))
    if args.json:
        print(json.dumps([o.to_dict() for o in rows], indent=1))
        return 0
    print(f"{'code':<14} {'enrolled':<8} {'last sync':<20} {'batches':>7} {'pending':>7} {'rejected':>8} "
          f"{'clock':>8} {'audit':<8} name")
    for o in rows:
        last = (o.last_sync or "never")[:19].replace("T", " ")
        clock = "-" if o.clock_offset_ms is None else f"{o.clock_offset_ms / 1000:+.0f}s"
        print(f"{o.code:<14} {'yes' if o.enrolled else 'no':<8} {last:<20} {o.batches_taken:>7} "
              f"{o.pending_downloads:>7} {o.rejected:>8} {clock:>8} {o.audit_status:<8} {o.name}")
    return 0


def cmd_office_audit(args: argparse.Namespace) -> int:
    from sync.hq.offices import OfficeRegistry

    registry = OfficeRegistry(_engine(args))
    office = registry.get(args.code)
    if office is None:
        print(f"unknown office {args.code}", file=sys.stderr)
        return 2
    print(f"office {office.code}: audit chain held to entry {office.audit_seq} ({office.audit_hash or '-'})")
    print(f"status: {office.audit_status}")
    for alert in registry.alerts(args.code):
        print(f"  {alert['created_at']} {alert['kind']} at entry {alert['at_seq']} "
              f"(batch {alert['epoch']}-{alert['batch_seq']}): {alert['detail']}")
    return 1 if office.audit_status == "break" else 0


def cmd_import_usb(args: argparse.Namespace) -> int:
    from sync.hq.identity import load_identity
    from sync.hq.usb_import import import_usb

    engine = _engine(args)
    reports = import_usb(engine, load_identity(engine), Path(args.dir))
    if not reports:
        print(f"no office folders under {args.dir}", file=sys.stderr)
        return 2
    for r in reports:
        print(f"{r.office}: {r.acknowledged} batches acknowledged, {r.attachments_stored} attachments stored, "
              f"{r.downloads_written} downloads written, {r.files_written} attachment files written")
        if r.files_deferred:
            print(f"  {r.files_deferred} attachment files left for the next stick (reply size limit reached)")
        for problem in r.refused:
            print(f"  refused {problem}")
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from sync.hq.identity import load_identity
    from sync.hq.streams import Streams

    data = json.loads(Path(args.file).read_text("utf-8"))
    if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
        print("the file must be an object of entity name -> list of records with an id", file=sys.stderr)
        return 2
    engine = _engine(args)
    seqs = Streams(engine, load_identity(engine)).publish_reference(data)
    print(f"published {len(seqs)} reference batches" + (f" ({seqs[0]}..{seqs[-1]})" if seqs else " (no changes)"))
    return 0


def cmd_staff_add(args: argparse.Namespace) -> int:
    from sync.hq.staff import StaffTokens

    token = StaffTokens(_engine(args)).add(args.name)
    print(f"staff {args.name}: API token (shown once) {token}")
    print("send it as the header  Authorization: Bearer <token>")
    return 0


def cmd_staff_revoke(args: argparse.Namespace) -> int:
    from sync.hq.staff import StaffTokens

    if not StaffTokens(_engine(args)).revoke(args.name):
        print(f"no active token for {args.name}", file=sys.stderr)
        return 2
    print(f"staff {args.name}: token revoked")
    return 0


def _print_routed(routed: Any, as_json: bool) -> None:
    if as_json:
        print(json.dumps(routed.to_dict(), indent=1))
        return
    origin = f" from {routed.from_office} (case {routed.from_case_id})" if routed.from_office else ""
    print(f"case {routed.case_id} ({routed.reference}) sent to office {routed.office}{origin}, "
          f"{routed.attachments} attachment(s); the office numbers it when it arrives")


def cmd_case_add(args: argparse.Namespace) -> int:
    from sync.hq.case_routing import CaseRouting, CentralReport
    from sync.hq.errors import HqError
    from sync.hq.identity import load_identity

    photos = tuple(Path(p).read_bytes() for p in args.photo)
    report = CentralReport(
        kind=args.kind, category=args.category, description=args.description, channel=args.channel,
        citizen_name=args.citizen_name, citizen_nik=args.citizen_nik, citizen_phone=args.citizen_phone,
        citizen_address=args.citizen_address, anonymous=args.anonymous, confidential=not args.public,
        rt=args.rt, rw=args.rw, address=args.address, latitude=args.latitude, longitude=args.longitude,
        photos=photos)
    engine = _engine(args)
    try:
        routed = CaseRouting(engine, load_identity(engine)).take_report(args.office, report, args.by)
    except HqError as exc:
        print(f"refused: {exc.code} {exc.detail}".strip(), file=sys.stderr)
        return 2
    _print_routed(routed, args.json)
    return 0


def cmd_case_route(args: argparse.Namespace) -> int:
    from sync.hq.case_routing import CaseRouting
    from sync.hq.errors import HqError
    from sync.hq.identity import load_identity

    engine = _engine(args)
    try:
        routed = CaseRouting(engine, load_identity(engine)).route(args.case_id, args.to_office, args.by, args.note)
    except HqError as exc:
        print(f"refused: {exc.code} {exc.detail}".strip(), file=sys.stderr)
        return 2
    _print_routed(routed, args.json)
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from sync.hq.bench import run_bench

    figures = run_bench(args.database_url, offices=args.offices, batches=args.batches, changes=args.changes,
                        workers=args.workers)
    if args.json:
        print(json.dumps(figures, indent=1))
    else:
        for key, value in figures.items():
            print(f"{key}: {value}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kelurahan-hq", description="Kelurahan Desk HQ server")
    sub = parser.add_subparsers(dest="command", required=True)

    def with_db(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--database-url", default=None,
                       help=f"SQLAlchemy URL (postgresql+psycopg://…); default ${DATABASE_URL_ENV}, else "
                            "a SQLite file in HQ's data folder ($KELURAHAN_HQ_DATA_DIR)")
        return p

    serve = with_db(sub.add_parser("serve", help="run the HTTP server"))
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--log-level", default="info")
    serve.set_defaults(run=cmd_serve)
    with_db(sub.add_parser("init", help="create the tables and HQ's key")).set_defaults(run=cmd_init)

    office = sub.add_parser("office", help="offices").add_subparsers(dest="office_command", required=True)
    add = with_db(office.add_parser("add", help="add an office; prints its one-time enrolment code"))
    add.add_argument("code")
    add.add_argument("name")
    add.add_argument("--qr", help="PNG file for the enrolment QR code (default enrol-CODE.png)")
    add.add_argument("--hq-url", help="HQ address to put in the QR code")
    add.set_defaults(run=cmd_office_add)
    listing = with_db(office.add_parser(
        "list", help="offices: last sync, batches taken, downloads pending, changes rejected, clock offset"))
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=cmd_office_list)
    audit = with_db(office.add_parser("audit", help="an office's audit chain as HQ holds it, with alerts"))
    audit.add_argument("code")
    audit.set_defaults(run=cmd_office_audit)

    usb = with_db(sub.add_parser("import-usb", help="take in a USB folder and write the replies to it"))
    usb.add_argument("dir")
    usb.set_defaults(run=cmd_import_usb)
    publish = with_db(sub.add_parser("publish", help="publish reference data from a JSON file"))
    publish.add_argument("file")
    publish.set_defaults(run=cmd_publish)

    staff = sub.add_parser("staff", help="API tokens for HQ staff").add_subparsers(dest="staff_command",
                                                                                 required=True)
    staff_add = with_db(staff.add_parser("add", help="make (or replace) a staff member's API token"))
    staff_add.add_argument("name")
    staff_add.set_defaults(run=cmd_staff_add)
    staff_revoke = with_db(staff.add_parser("revoke", help="revoke a staff member's API token"))
    staff_revoke.add_argument("name")
    staff_revoke.set_defaults(run=cmd_staff_revoke)

    cases = sub.add_parser("case", help="citizen cases routed by HQ").add_subparsers(dest="case_command",
                                                                                     required=True)
    case_add = with_db(cases.add_parser("add", help="take in a citizen report and send it to an office"))
    case_add.add_argument("office", help="the office's region code")
    case_add.add_argument("--kind", default="pengaduan",
                          choices=("pengaduan", "permintaan_informasi", "laporan", "aspirasi"))
    case_add.add_argument("--category", required=True, help="category id or service code (JALAN, PJU, …)")
    case_add.add_argument("--description", required=True)
    case_add.add_argument("--channel", default="dari_hq")
    for name in ("citizen-name", "citizen-nik", "citizen-phone", "citizen-address", "address"):
        case_add.add_argument(f"--{name}", default="")
    case_add.add_argument("--anonymous", action="store_true")
    case_add.add_argument("--public", action="store_true", help="not confidential (shown in Open311)")
    case_add.add_argument("--rt", type=int)
    case_add.add_argument("--rw", type=int)
    case_add.add_argument("--latitude", type=float)
    case_add.add_argument("--longitude", type=float)
    case_add.add_argument("--photo", action="append", default=[], help="a photo or scan (repeatable)")
    case_add.add_argument("--by", default="hq", help="who took the report in")
    case_add.add_argument("--json", action="store_true")
    case_add.set_defaults(run=cmd_case_add)
    case_route = with_db(cases.add_parser("route", help="move a case to another office"))
    case_route.add_argument("case_id")
    case_route.add_argument("to_office")
    case_route.add_argument("--note", default="")
    case_route.add_argument("--by", default="hq")
    case_route.add_argument("--json", action="store_true")
    case_route.set_defaults(run=cmd_case_route)

    bench = with_db(sub.add_parser("bench", help="measure ingest throughput and bytes on the wire"))
    bench.add_argument("--json", action="store_true")
    bench.add_argument("--offices", type=int, default=50)
    bench.add_argument("--batches", type=int, default=2, help="batches per office")
    bench.add_argument("--changes", type=int, default=1000, help="changes per batch")
    bench.add_argument("--workers", type=int, default=2, help="server processes")
    bench.set_defaults(run=cmd_bench)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())

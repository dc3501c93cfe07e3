"""`kelurahan-desk demo [--no-gui] [--reset]`: builds (or completes) the demo office, then opens it.

The demo office lives in its own data folder; running the command again adds nothing twice. `--reset`
removes the demo office's files first — never those of a real office.
"""

from __future__ import annotations

import argparse
import shutil

from kelurahan_desk.cli.context import CommandFailed, out
from kelurahan_desk.composition import open_services
from kelurahan_desk.core.data_folder import DataFolder, resolve_data_folder
from kelurahan_desk.core.demo.builder import build_demo
from kelurahan_desk.core.demo.office import DEMO_ACCOUNTS
from kelurahan_desk.core.errors import ValidationError


def register(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser("demo", help="buka kantor demo (data contoh), dibuat bila belum ada")
    demo.add_argument("--no-gui", action="store_true", help="hanya siapkan data demo, jangan buka jendela")
    demo.add_argument("--reset", action="store_true", help="hapus kantor demo dan buat ulang dari awal")
    demo.set_defaults(func=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    folder = resolve_data_folder(args.data_dir, demo=True)
    if args.reset:
        reset_demo_folder(folder)
    opened = open_services(folder)
    try:
        build_demo(opened)
    except ValidationError as error:
        raise CommandFailed(f"Folder {folder.root} berisi kantor sungguhan, bukan kantor demo.") from error
    finally:
        opened.close()
    out(f"Kantor demo siap di {folder.root}")
    out("Akun demo: " + ", ".join(f"{a.username} / {a.password}" for a in DEMO_ACCOUNTS))
    if args.no_gui:
        return 0
    from kelurahan_desk.app import run

    return run(str(folder.root), demo=True)


def reset_demo_folder(folder: DataFolder) -> None:
    """Removes the store and the folders the office keeps, once the store shows they are the demo office's.

    A folder whose store is missing or holds no office is left as it is: what lies in its `backups/` or
    `archive/` may be a real office's, and the demo is simply built there again."""
    if not folder.database.exists():
        return
    opened = open_services(folder)
    try:
        profile = opened.office.profile()
    finally:
        opened.close()
    if profile is None:
        return
    if not profile.is_demo:
        raise CommandFailed(f"Folder {folder.root} berisi kantor sungguhan; tidak dihapus.")
    for suffix in ("", "-wal", "-shm"):
        folder.database.with_name(folder.database.name + suffix).unlink(missing_ok=True)
    for part in (folder.attachments, folder.archive, folder.backups, folder.keys, folder.logs):
        shutil.rmtree(part, ignore_errors=True)

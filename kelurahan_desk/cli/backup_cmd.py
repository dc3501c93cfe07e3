"""`kelurahan-desk backup FOLDER` and `kelurahan-desk restore FILE`.

The backup file is checked (an office store of a schema this version knows, this office's) before anything is
asked or touched. Restore also works where no account can be checked — a folder with no store yet (a new PC)
or a store that failed its start-up check: then it runs as the operator of this PC (without --user), holding
the data folder's lock.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kelurahan_desk.cli.context import CommandFailed, command_actor, data_folder, out, services
from kelurahan_desk.cli.store_messages import corrupt_message
from kelurahan_desk.composition import open_services
from kelurahan_desk.core.clock import Clock
from kelurahan_desk.core.data_folder import DataFolder
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.backup import BackupInfo
from kelurahan_desk.core.services.permissions import SYSTEM, Permission
from kelurahan_desk.core.services.restore import (
    BackupSummary,
    RestoreInfo,
    read_store_facts,
    restore_store,
    summarize_backup,
)
from kelurahan_desk.core.store.backup_files import parse_backup_name
from kelurahan_desk.core.store.health import StoreCorrupt
from kelurahan_desk.core.store.instance_lock import InstanceLock


def register(sub: argparse._SubParsersAction) -> None:
    backup = sub.add_parser("backup", help="cadangkan data kantor ke sebuah folder (misalnya flashdisk)")
    backup.add_argument("dest", metavar="FOLDER", help="folder tujuan cadangan")
    backup.add_argument("--no-attachments", action="store_true", help="jangan salin berkas lampiran dan arsip dokumen")
    backup.set_defaults(func=run_backup)
    restore = sub.add_parser("restore", help="pulihkan data kantor dari berkas cadangan")
    restore.add_argument("source", metavar="BERKAS", help="berkas cadangan kelurahan-….db")
    restore.add_argument("--yes", action="store_true", help="jangan tanya konfirmasi")
    restore.add_argument("--other-office", action="store_true", help="izinkan cadangan milik kantor lain")
    restore.set_defaults(func=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    with services(args, office_required=True) as opened:
        actor = command_actor(args, opened)
        info = opened.backup.backup_to(actor, Path(args.dest).expanduser(), include_attachments=not args.no_attachments)
    report_backup(info)
    return 0


def report_backup(info: BackupInfo) -> None:
    out(f"Cadangan dibuat: {info.path}")
    out(f"  Ukuran: {megabytes(info.size)}; pemeriksaan keutuhan: {'baik' if info.integrity_ok else 'GAGAL'}")
    if info.attachments is not None:
        line = f"  Lampiran: {info.attachments.copied} disalin, {info.attachments.present} sudah ada"
        if info.attachments.damaged:
            line += f", {len(info.attachments.damaged)} RUSAK di folder data (tidak disalin)"
        out(line)
    if info.archive is not None:
        out(f"  Arsip dokumen terbit: {info.archive.copied} disalin, {info.archive.present} sudah ada")


def run_restore(args: argparse.Namespace) -> int:
    source = Path(args.source).expanduser().resolve()
    if not source.is_file():
        raise CommandFailed(f"Berkas cadangan tidak ditemukan: {source}")
    folder = data_folder(args)
    try:
        summary = summarize_backup(source, None if args.other_office else read_store_facts(folder.database))
    except ValidationError as exc:
        if exc.code != "backup_other_office":
            raise
        raise CommandFailed(
            f"Cadangan ini milik kantor {exc.params['backup']}, bukan kantor ini ({exc.params['current']}). "
            "Data tidak berubah. Tambahkan --other-office bila memang disengaja."
        ) from exc
    if not folder.database.exists():
        info = restore_without_accounts(args, folder, source, summary, "Folder data ini belum berisi data kantor")
    else:
        try:
            opened = open_services(folder)
        except StoreCorrupt as exc:
            sys.stderr.write(corrupt_message(exc) + "\n")
            info = restore_without_accounts(args, folder, source, summary, "Data kantor rusak")
        else:
            try:
                actor = command_actor(args, opened)
                actor.require(Permission.RESTORE)
                confirm(args, folder, source, summary)
                info = opened.backup.restore_from(actor, source, allow_other_office=args.other_office)
            finally:
                opened.close()
    report_restore(info)
    return 0


def restore_without_accounts(
    args: argparse.Namespace, folder: DataFolder, source: Path, summary: BackupSummary, why: str
) -> RestoreInfo:
    """No account can be checked (no store yet, or a damaged one): the operator of this PC restores, holding
    the data folder's lock."""
    if getattr(args, "user", None):
        raise CommandFailed(f"{why}, sehingga akun tidak dapat diperiksa. Jalankan pemulihan tanpa --user.")
    with InstanceLock(folder.root):
        confirm(args, folder, source, summary)
        return restore_store(SYSTEM, folder, source, Clock(), allow_other_office=args.other_office)


def confirm(args: argparse.Namespace, folder: DataFolder, source: Path, summary: BackupSummary) -> None:
    if args.yes:
        return
    parsed = parse_backup_name(source.name)
    made = f", dibuat {parsed.local_time:%d-%m-%Y %H.%M}" if parsed else ""
    held = f"Kelurahan {summary.village_name} ({summary.office_code}){made}, {summary.last_seq} perubahan tercatat"
    current = read_store_facts(folder.database)
    if current is not None and current.office_code:
        fate = f"Seluruh data kantor di {folder.root} akan diganti dengan isi cadangan ini; data yang sekarang\n"
        fate += "disimpan terpisah lebih dulu.\n"
        if summary.newer_changes:
            fate += (
                f"{summary.newer_changes} perubahan yang dibuat sesudah cadangan ini tidak ikut dipulihkan; semuanya\n"
                "tetap ada di data lama yang disimpan terpisah.\n"
            )
    else:
        fate = f"Data kantor di {folder.root} diisi dari cadangan ini.\n"
    sys.stdout.write(f"Cadangan {source.name}: {held}.\n{fate}Lanjutkan? Ketik 'ya': ")
    sys.stdout.flush()
    try:
        answer = input()
    except EOFError:
        sys.stdout.write("\n")
        answer = ""
    if answer.strip().lower() not in ("ya", "y"):
        raise CommandFailed("Pemulihan dibatalkan; data kantor tidak berubah.")


def report_restore(info: RestoreInfo) -> None:
    out(f"Data kantor dipulihkan dari {info.restored_from}")
    if info.files_missing:
        out(
            f"  PERHATIAN: {info.files_missing} berkas lampiran atau surat terbit yang tercatat di cadangan tidak ada "
            "di folder cadangan dan tidak dapat dikembalikan. Salin lagi seluruh isi folder cadangan bila masih ada."
        )
    if info.signing_key_missing:
        out(
            "  Kunci tanda tangan kantor sengaja tidak ikut dalam cadangan: surat berikutnya ditandatangani dengan "
            "kunci baru,\n  surat lama tetap dapat diperiksa. Bila kantor bersinkronisasi dengan HQ, daftarkan ulang "
            "(kelurahan-desk sync enrol)."
        )
    if info.kept_aside is not None:
        out(f"  Data sebelumnya disimpan sebagai {info.kept_aside}")
    if info.attachments is not None:
        out(f"  Lampiran: {info.attachments.copied} dikembalikan, {info.attachments.present} sudah ada")
    if info.archive is not None:
        line = f"  Arsip dokumen terbit: {info.archive.copied} dikembalikan, {info.archive.present} sudah ada"
        if info.archive.damaged:
            line += f", {len(info.archive.damaged)} berbeda di folder data (dibiarkan)"
        out(line)
    out(f"  Pemulihan dicatat di jejak audit (baris {info.audit_seq}).")


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")

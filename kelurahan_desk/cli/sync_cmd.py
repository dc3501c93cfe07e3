"""`kelurahan-desk sync enrol|now|status|export|import`: sync with HQ without the window.

`sync now` runs one full round; its exit status says whether everything went through: 0 all sent and
received, 1 HQ answered but something is still waiting or was refused, 2 not enrolled (or another
mistake to fix here), 3 HQ could not be reached.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kelurahan_desk.cli.context import CommandFailed, command_actor, out, services
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.sync_status import SyncRoundResult, SyncStatus

EXIT_INCOMPLETE = 1
EXIT_UNREACHABLE = 3

ENROL_MESSAGES = {
    "hq_url_format": "Alamat HQ harus diawali http:// atau https://",
    "hq_unreachable": "HQ tidak dapat dihubungi. Periksa alamat dan jaringan.",
    "not_an_hq": "Alamat itu tidak menjawab sebagai server HQ Kelurahan Desk.",
    "enrolment_refused": "Kode pendaftaran ditolak HQ (salah, sudah dipakai, atau kantor belum didaftarkan).",
    "enrolment_expired": "Kode pendaftaran sudah kedaluwarsa. Minta kode baru ke HQ.",
    "enrolment_key_mismatch": "HQ mendaftarkan kunci lain. Hubungi HQ.",
    "office_not_set_up": "Data kantor belum diisi.",
    "not_enrolled": "Kantor ini belum terdaftar di HQ. Jalankan: kelurahan-desk sync enrol ALAMAT KODE",
    "no_hq_reply": "Folder itu tidak berisi balasan HQ untuk kantor ini. Periksa flashdisk atau foldernya; "
    "tidak ada yang berubah.",
}


def register(sub: argparse._SubParsersAction) -> None:
    sync = sub.add_parser("sync", help="sinkronisasi dengan HQ").add_subparsers(dest="sync_command", required=True)
    enrol = sync.add_parser("enrol", help="daftarkan kantor ini ke HQ dengan kode sekali pakai")
    enrol.add_argument("url", metavar="ALAMAT", help="alamat HQ, misalnya https://hq.kota.go.id")
    enrol.add_argument("code", metavar="KODE", help="kode pendaftaran dari HQ")
    enrol.set_defaults(func=run_enrol)
    now = sync.add_parser("now", help="sinkronkan sekarang (status keluar 0 bila semua terkirim dan diterima)")
    now.set_defaults(func=run_now)
    status = sync.add_parser("status", help="keadaan sinkronisasi")
    status.add_argument("--json", action="store_true", help="keluarkan sebagai JSON")
    status.set_defaults(func=run_status)
    export = sync.add_parser("export", help="tulis kiriman ke HQ ke sebuah folder (flashdisk)")
    export.add_argument("dir", metavar="FOLDER")
    export.set_defaults(func=run_export)
    imp = sync.add_parser("import", help="baca balasan HQ dari sebuah folder (flashdisk)")
    imp.add_argument("dir", metavar="FOLDER")
    imp.set_defaults(func=run_import)


def _failed(exc: ValidationError) -> CommandFailed:
    return CommandFailed(ENROL_MESSAGES.get(exc.code, f"{exc.field}: {exc.code}"), code=2)


def run_enrol(args: argparse.Namespace) -> int:
    with services(args, office_required=True) as opened:
        actor = command_actor(args, opened)
        try:
            status = opened.sync.enrol(actor, args.url, args.code)
        except ValidationError as exc:
            raise _failed(exc) from exc
    out(f"Kantor {status.office_code} terdaftar di HQ {status.hq_url}.")
    return 0


def run_now(args: argparse.Namespace) -> int:
    with services(args, office_required=True) as opened:
        actor = command_actor(args, opened)
        try:
            result = opened.sync.run_round(actor)
        except ValidationError as exc:
            raise _failed(exc) from exc
        status = opened.sync.status(actor)
    report_round(result, status)
    if not result.reached_hq:
        return EXIT_UNREACHABLE
    return 0 if result.complete else EXIT_INCOMPLETE


def report_round(result: SyncRoundResult, status: SyncStatus) -> None:
    if result.error == "unreachable":
        out("HQ tidak dapat dihubungi; semua perubahan tetap tersimpan dan akan dikirim nanti.")
    elif result.error:
        out(f"Sinkronisasi terhenti: {result.error}")
    out(f"Terkirim: {result.changes_sent} perubahan dalam {result.batches_sent} paket; "
        f"{result.attachments_sent} lampiran.")
    out(f"Diterima dari HQ: {result.changes_downloaded} perubahan dalam {result.batches_downloaded} paket; "
        f"{result.attachments_fetched} lampiran.")
    if result.new_rejections or result.new_conflicts:
        out(f"Baru: {result.new_rejections} perubahan ditolak, {result.new_conflicts} konflik.")
    for problem in result.problems:
        out(f"  masalah: {problem}")
    out(f"Menunggu: {status.pending_changes} perubahan, {status.pending_attachments} lampiran; "
        f"{status.attachments_to_fetch} lampiran belum terunduh dari HQ.")
    out("Selesai: semua sudah sampai." if result.complete else "Belum semua sampai.")


def run_status(args: argparse.Namespace) -> int:
    with services(args, office_required=True) as opened:
        actor = command_actor(args, opened)
        status = opened.sync.status(actor)
    if args.json:
        out(json.dumps(status.to_json(), indent=1))
        return 0
    if not status.enrolled:
        out("Belum terdaftar di HQ.")
    else:
        out(f"HQ: {status.hq_url} ({'terhubung' if status.connected else 'tidak terhubung'})")
        out(f"Terakhir berhasil: {status.last_success_at.isoformat() if status.last_success_at else '-'}")
    out(f"Perubahan menunggu: {status.pending_changes}; lampiran menunggu: {status.pending_attachments}; "
        f"lampiran belum terunduh: {status.attachments_to_fetch}")
    out(f"Unduhan diterapkan: {status.downloads_applied}; ditolak: {status.rejected_count}; "
        f"konflik: {status.conflict_count}")
    if status.clock_offset_ms is not None:
        warn = " (PERIKSA JAM KOMPUTER)" if status.clock_warning else ""
        out(f"Selisih jam dengan HQ: {status.clock_offset_ms / 1000:+.1f} detik{warn}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    with services(args, office_required=True) as opened:
        actor = command_actor(args, opened)
        try:
            result = opened.sync.export_usb(actor, Path(args.dir).expanduser())
        except ValidationError as exc:
            raise _failed(exc) from exc
    out(f"Ditulis ke {result.folder}: {result.batches} paket ({result.changes} perubahan), "
        f"{result.attachments} lampiran.")
    if result.unreadable_attachments:
        out(f"  {result.unreadable_attachments} lampiran tidak dapat dibaca dari folder data.")
    if result.attachments_wanted:
        out(f"  {result.attachments_wanted} lampiran diminta dari HQ.")
    return 0


def run_import(args: argparse.Namespace) -> int:
    folder = Path(args.dir).expanduser()
    if not folder.is_dir():
        raise CommandFailed(f"Folder tidak ditemukan: {folder}")
    with services(args, office_required=True) as opened:
        actor = command_actor(args, opened)
        try:
            result = opened.sync.import_usb(actor, folder)
        except ValidationError as exc:
            raise _failed(exc) from exc
    out(f"Diterima: {result.acknowledged} tanda terima, {result.changes_downloaded} perubahan dari HQ "
        f"({result.batches_downloaded} paket), {result.attachments_confirmed} lampiran dipastikan ada di HQ.")
    if result.attachments_fetched:
        out(f"  {result.attachments_fetched} lampiran dari HQ disimpan.")
    if result.attachments_deferred:
        out(f"  {result.attachments_deferred} lampiran lagi dari HQ tidak muat di flashdisk kali ini; "
            "akan dibawa pada pertukaran berikutnya.")
    for problem in result.problems:
        out(f"  masalah: {problem}")
    return 0

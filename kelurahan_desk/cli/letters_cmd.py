"""Letters from the command line.

`kelurahan-desk letters types` lists the letter types; `letters register --year Y FILE` writes the register
of outgoing letters (.csv or .xlsx); `verify INPUT` checks a letter's QR (the text, or a PNG/JPEG/PDF of the
letter) offline; `keys export-public FILE` writes the office's public key for others to check its letters.

`verify` also works on a PC without an office: give the issuing office's public key with `--public-key`.
It exits with 0 for a genuine letter in force and 3 for anything else.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kelurahan_desk.cli.context import CommandFailed, command_actor, data_folder, out, services
from kelurahan_desk.cli.output_file import add_output_file, output_path
from kelurahan_desk.composition import open_services
from kelurahan_desk.core.clock import Clock
from kelurahan_desk.core.domain.indonesian_format import format_date_id
from kelurahan_desk.core.errors import ValidationError
from kelurahan_desk.core.services.letter_verify import (
    LetterCheck,
    LetterVerifier,
    read_public_key_files,
    read_revoked_file,
)
from kelurahan_desk.core.services.permissions import SYSTEM

NOT_VALID = 3
LETTER_FILE_SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg"}
STATUS_WORDS = {
    "valid": "SAH — tanda tangan cocok, surat berlaku",
    "revoked": "DICABUT — tanda tangan cocok, tetapi surat ini sudah dicabut",
    "expired": "KEDALUWARSA — tanda tangan cocok, tetapi masa berlakunya sudah lewat",
    "invalid_signature": "TIDAK SAH — tanda tangan tidak cocok (isi diubah atau dipalsukan)",
    "unknown_key": "TIDAK DAPAT DIPERIKSA — kunci penanda tangan tidak dikenal",
    "malformed": "TIDAK SAH — kode QR ini bukan kode surat Kelurahan Desk yang utuh",
}
FILE_PROBLEMS = {
    "qr_not_found": "Tidak ada kode QR yang terbaca pada berkas",
    "qr_tool_missing": "Alat pembaca kode QR (zbarimg/pdftoppm) belum terpasang",
    "unsupported_file_type": "Jenis berkas tidak didukung (gunakan PNG, JPEG atau PDF)",
    "file_not_found": "Berkas tidak ditemukan",
    "file_unreadable": "Berkas tidak dapat dibaca",
    "qr_tool_failed": "Pembacaan kode QR gagal",
    "not_ed25519_public_key": "Berkas kunci publik tidak sah",
}


def register(sub: argparse._SubParsersAction) -> None:
    letters = sub.add_parser("letters", help="jenis surat dan register surat keluar")
    letters_sub = letters.add_subparsers(dest="letters_command", required=True)
    types = letters_sub.add_parser("types", help="daftar jenis surat")
    types.add_argument("--all", action="store_true", help="termasuk jenis yang tidak aktif")
    types.set_defaults(func=run_types)
    reg = letters_sub.add_parser("register", help="tulis register surat keluar satu tahun ke CSV atau Excel")
    reg.add_argument("--year", type=int, required=True, help="tahun register")
    add_output_file(reg, "berkas tujuan .csv atau .xlsx")
    reg.set_defaults(func=run_register)

    verify = sub.add_parser("verify", help="periksa keaslian surat dari kode QR, gambar atau PDF (tanpa jaringan)")
    verify.add_argument("input", metavar="MASUKAN", help="teks kode QR, atau berkas PNG/JPEG/PDF surat")
    verify.add_argument("--public-key", action="append", default=[], metavar="PEM", help="kunci publik kantor penerbit")
    verify.add_argument("--revoked", metavar="BERKAS", help="daftar surat dicabut (satu nomor per baris)")
    verify.set_defaults(func=run_verify)

    keys = sub.add_parser("keys", help="kunci tanda tangan kantor")
    keys_sub = keys.add_subparsers(dest="keys_command", required=True)
    export = keys_sub.add_parser("export-public", help="tulis kunci publik kantor (PEM)")
    add_output_file(export, "berkas tujuan .pem")
    export.set_defaults(func=run_export_public)


def run_types(args: argparse.Namespace) -> int:
    with services(args, office_required=True) as opened:
        actor = command_actor(args, opened)
        for kind in opened.letter_types.list_types(actor, include_inactive=args.all):
            data = kind.data
            validity = f"{data.validity_days} hari" if data.validity_days else "tanpa batas"
            fee = "gratis" if not data.fee else f"Rp{data.fee:,}".replace(",", ".")
            state = "" if data.active else "  [tidak aktif]"
            out(f"{data.code:<6} {data.classification:<12} {data.title}{state}")
            out(f"       {data.paper}, berlaku {validity}, {fee}, janji {data.promised_minutes} menit")
    return 0


def run_register(args: argparse.Namespace) -> int:
    path = output_path(args)
    with services(args, office_required=True) as opened:
        actor = command_actor(args, opened)
        try:
            count = opened.letter_register.export(actor, args.year, path)
        except ValidationError as error:
            raise CommandFailed("Jenis berkas harus .csv atau .xlsx") from error
    out(f"{count} nomor surat tahun {args.year} ditulis ke {path}")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    try:
        extra_keys = read_public_key_files(Path(p).expanduser() for p in args.public_key)
        extra_revoked = read_revoked_file(Path(args.revoked).expanduser()) if args.revoked else set()
        check = _check(args, extra_keys, extra_revoked)
    except ValidationError as error:
        where = error.params.get("path", args.input)
        raise CommandFailed(f"{FILE_PROBLEMS.get(error.code, error.code)}: {where}") from error
    _report(check)
    return 0 if check.ok else NOT_VALID


def _check(args: argparse.Namespace, extra_keys: dict, extra_revoked: set[str]) -> LetterCheck:
    source = Path(args.input).expanduser()
    is_file = not args.input.startswith("KD1:") and source.exists()
    if not is_file and source.suffix.lower() in LETTER_FILE_SUFFIXES:
        raise ValidationError("file", "file_not_found", {"path": str(source)})
    folder = data_folder(args)
    if folder.database.is_file():
        # Checking only reads; it may run while the office window has the folder open.
        opened = open_services(folder, lock=False)
        try:
            verify = opened.letter_verify
            if is_file:
                return verify.check_file(SYSTEM, source, extra_keys=extra_keys, extra_revoked=extra_revoked)
            return verify.check_text(SYSTEM, args.input, extra_keys=extra_keys, extra_revoked=extra_revoked)
        finally:
            opened.close()
    verifier = LetterVerifier(extra_keys, extra_revoked)
    today = Clock().today()
    return verifier.check_file(source, today) if is_file else verifier.check_text(args.input, today)


def _report(check: LetterCheck) -> None:
    out(f"Hasil           : {STATUS_WORDS.get(check.status, check.status)}")
    if check.key_id:
        out(f"Kunci           : {check.key_id}")
    if not check.number:
        return
    office = f"{check.office_code} ({check.office_name})" if check.office_name else check.office_code
    out(f"Kantor          : {office}")
    out(f"Nomor surat     : {check.number}")
    out(f"Jenis surat     : {check.type_code}" + (f" — {check.type_title}" if check.type_title else ""))
    if check.issued_on:
        out(f"Tanggal terbit  : {format_date_id(check.issued_on)}")
    out(f"Berlaku sampai  : {format_date_id(check.valid_until) if check.valid_until else 'tanpa batas'}")
    out(f"Atas nama       : {check.short_name}")
    out(f"Dicabut         : {'YA' if check.revoked else 'tidak'}")
    out(f"Kedaluwarsa     : {'YA' if check.expired else 'tidak'}")
    if check.in_register is not None:
        out(f"Register kantor : {'tercatat' if check.in_register else 'TIDAK TERCATAT di register kantor ini'}")


def run_export_public(args: argparse.Namespace) -> int:
    path = output_path(args)
    with services(args, office_required=True) as opened:
        if opened.office.profile() is None:
            raise CommandFailed("Pengaturan awal kantor belum dilakukan.")
        key_id = opened.office_keys.export_public(command_actor(args, opened), path)
    out(f"Kunci publik kantor (id {key_id}) ditulis ke {path}")
    return 0

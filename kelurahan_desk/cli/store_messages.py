"""Plain Indonesian messages for StoreError codes on the command line."""

from __future__ import annotations

from pathlib import Path

from kelurahan_desk.core.errors import StoreError
from kelurahan_desk.core.store.health import StoreCorrupt

FINDING_CHARS = 160
"""SQLite's own words on a damaged page: enough to tell IT staff what it found (the log has the rest)."""

MESSAGES = {
    "already_running": "Kelurahan Desk sudah terbuka untuk folder data ini. Tutup dulu jendela yang lain.",
    "schema_newer": "Data ini dibuat oleh versi Kelurahan Desk yang lebih baru. Pasang versi terbaru.",
    "disk_full": "Disk penuh. Kosongkan ruang lalu coba lagi; tidak ada data yang berubah.",
    "io_error": "Gagal membaca atau menulis berkas (kesalahan disk). Tidak ada data yang berubah.",
    "no_permission": "Tidak ada izin menulis di folder itu. Pilih folder lain atau minta bantuan petugas TI; "
    "tidak ada data yang berubah.",
    "read_only": "Flashdisk atau folder itu hanya dapat dibaca (terkunci). Buka kuncinya atau pilih folder "
    "lain; tidak ada data yang berubah.",
    "backup_failed": "Pencadangan gagal; data kantor tidak berubah.",
    "backup_changed": "Isi berkas cadangan ini berbeda dari saat dibuat (berubah atau rusak di flashdisk); data "
    "kantor tidak berubah. Pakai cadangan lain.",
    "restore_unrecorded": "Data kantor sudah diganti dengan isi cadangan, tetapi pemulihan itu gagal dicatat di jejak "
    "audit. Data sebelumnya tetap tersimpan di samping berkas data; buka kembali aplikasi dan "
    "periksa ruang disk.",
    "backup_invalid": "Berkas cadangan tidak valid atau rusak; data kantor tidak berubah.",
    "restore_failed": "Pemulihan gagal.",
    "store_closed": "Data kantor sudah ditutup (misalnya setelah pemulihan). Jalankan perintah lagi.",
}


def store_message(exc: StoreError) -> str:
    if exc.code == "store_corrupt":
        return corrupt_message(exc)
    text = MESSAGES.get(exc.code, f"Kesalahan penyimpanan data ({exc.code}).")
    return f"{text}\n  Rincian: {exc.detail}" if exc.detail else text


def corrupt_message(exc: StoreError) -> str:
    lines = ["Berkas data kantor RUSAK: pemeriksaan saat membuka menemukan kerusakan."]
    if isinstance(exc, StoreCorrupt) and exc.report.problems:
        first = exc.report.problems[0].splitlines()[0]
        lines.append(f"  Temuan pertama: {first[:FINDING_CHARS]}{'…' if len(first) > FINDING_CHARS else ''}")
    if exc.detail:
        lines.append(f"  Cadangan baik terbaru: {exc.detail}")
        lines.append(f"  Pulihkan dengan: {restore_command(Path(exc.detail))}")
    else:
        lines.append("  Tidak ada cadangan yang baik di folder cadangan otomatis.")
        lines.append("  Pulihkan dari cadangan di flashdisk: kelurahan-desk restore <berkas cadangan>")
    return "\n".join(lines)


def restore_command(backup: Path) -> str:
    """The command that restores an automatic backup into the office it was made for: its data folder is
    the one holding its `backups/`, named so the command works whatever folder the user's default is."""
    return f'kelurahan-desk --data-dir "{backup.parent.parent}" restore "{backup}"'

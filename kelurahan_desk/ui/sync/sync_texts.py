"""Words for sync: the status line, why a change was rejected, which way it was going, and what went
wrong at enrolment. Indonesian source strings in the "Sync" translation context."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kelurahan_desk.core.services.sync_status import SyncStatus

CONTEXT = "Sync"

DIRECTIONS = {
    "up": QT_TRANSLATE_NOOP("Sync", "Ditolak HQ"),
    "down": QT_TRANSLATE_NOOP("Sync", "Kiriman HQ tidak dapat diterapkan"),
    "local": QT_TRANSLATE_NOOP("Sync", "Tidak dapat dikirim"),
}

REASONS = {
    "record_deleted": QT_TRANSLATE_NOOP("Sync", "Data sudah dihapus di sisi lain."),
    "record_missing": QT_TRANSLATE_NOOP("Sync", "Data yang diubah tidak ada di sisi lain."),
    "record_exists": QT_TRANSLATE_NOOP("Sync", "Data dengan nomor yang sama sudah ada dengan isi lain."),
    "not_owner": QT_TRANSLATE_NOOP("Sync", "Data ini milik kantor lain."),
    "stale_transition": QT_TRANSLATE_NOOP("Sync", "Status sudah diubah di sisi lain; perubahan status ini basi."),
    "forbidden_transition": QT_TRANSLATE_NOOP("Sync", "Perubahan status ini tidak diizinkan."),
    "append_only": QT_TRANSLATE_NOOP("Sync", "Catatan ini tidak boleh diubah atau dihapus."),
    "unknown_field": QT_TRANSLATE_NOOP("Sync", "Kolom tidak dikenal versi ini: {detail}"),
    "not_stored": QT_TRANSLATE_NOOP("Sync", "Tidak dapat disimpan (data terkait tidak ada atau nomor ganda)."),
    "too_large": QT_TRANSLATE_NOOP("Sync", "Terlalu besar untuk dikirim."),
    "unstorable_value": QT_TRANSLATE_NOOP("Sync", "Berisi karakter yang tidak dapat disimpan HQ."),
}

ENROL_ERRORS = {
    "hq_url_format": QT_TRANSLATE_NOOP("Sync", "Alamat HQ harus diawali http:// atau https://"),
    "hq_unreachable": QT_TRANSLATE_NOOP("Sync", "HQ tidak dapat dihubungi. Periksa alamat dan jaringan."),
    "not_an_hq": QT_TRANSLATE_NOOP("Sync", "Alamat itu tidak menjawab sebagai server HQ Kelurahan Desk."),
    "enrolment_refused": QT_TRANSLATE_NOOP(
        "Sync", "Kode pendaftaran ditolak HQ (salah, sudah dipakai, atau kantor belum didaftarkan di HQ)."),
    "enrolment_expired": QT_TRANSLATE_NOOP("Sync", "Kode pendaftaran sudah kedaluwarsa. Minta kode baru ke HQ."),
    "enrolment_key_mismatch": QT_TRANSLATE_NOOP("Sync", "HQ mendaftarkan kunci lain. Hubungi HQ."),
    "office_not_set_up": QT_TRANSLATE_NOOP("Sync", "Data kantor belum diisi."),
    "not_enrolled": QT_TRANSLATE_NOOP("Sync", "Kantor ini belum terdaftar di HQ."),
    "required": QT_TRANSLATE_NOOP("Sync", "Wajib diisi."),
}

ROUND_ERRORS = {
    "unreachable": QT_TRANSLATE_NOOP("Sync", "HQ tidak dapat dihubungi"),
    "key_changed": QT_TRANSLATE_NOOP("Sync", "Kunci kantor berganti; daftarkan ulang ke HQ"),
    "busy": QT_TRANSLATE_NOOP("Sync", "Sinkronisasi lain sedang berjalan"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def reason_text(code: str, detail: str = "") -> str:
    return tr(REASONS[code]).format(detail=detail) if code in REASONS else f"{code} {detail}".strip()


def direction_text(direction: str) -> str:
    return tr(DIRECTIONS.get(direction, direction))


def enrol_error_text(code: str) -> str:
    return tr(ENROL_ERRORS[code]) if code in ENROL_ERRORS else code


def round_error_text(code: str) -> str:
    return tr(ROUND_ERRORS[code]) if code in ROUND_ERRORS else tr("HQ menolak: {code}").format(code=code)


def when(moment: datetime | None, zone: ZoneInfo) -> str:
    if moment is None:
        return tr("belum pernah")
    return moment.astimezone(zone).strftime("%d-%m-%Y %H.%M")


def waiting_text(status: SyncStatus) -> str:
    """For the status line: `menunggu 12 perubahan, 1 lampiran`."""
    if status.everything_sent:
        return tr("semua terkirim")
    return tr("menunggu {changes} perubahan, {files} lampiran").format(
        changes=status.pending_changes, files=status.pending_attachments)


def queue_text(status: SyncStatus) -> str:
    """Beside the label "Menunggu dikirim": `12 perubahan, 1 lampiran`."""
    if status.everything_sent:
        return tr("semua terkirim")
    return tr("{changes} perubahan, {files} lampiran").format(
        changes=status.pending_changes, files=status.pending_attachments)


def downloads_text(status: SyncStatus) -> str:
    """Changes applied from HQ, and the attachment files of those records still to come."""
    if not status.attachments_to_fetch:
        return str(status.downloads_applied)
    return tr("{n} perubahan; {files} lampiran belum terunduh").format(
        n=status.downloads_applied, files=status.attachments_to_fetch)


def status_line(status: SyncStatus | None, state: str, zone: ZoneInfo) -> str:
    """The status bar's one line."""
    if status is None or not status.enrolled:
        return tr("Sinkronisasi: belum terdaftar di HQ")
    if state == "syncing":
        return tr("Sinkronisasi: sedang berjalan…")
    link = tr("terhubung") if status.connected else tr("tidak terhubung")
    line = tr("HQ: {link} · terakhir {last} · {waiting}").format(
        link=link, last=when(status.last_success_at, zone), waiting=waiting_text(status))
    if status.rejected_count:
        line += tr(" · {n} ditolak").format(n=status.rejected_count)
    if status.clock_warning:
        line += tr(" · periksa jam komputer")
    return line


def clock_text(status: SyncStatus) -> str:
    if status.clock_offset_ms is None:
        return "-"
    text = tr("{seconds:+.0f} detik").format(seconds=status.clock_offset_ms / 1000)
    if status.clock_warning:
        text += tr(" — jam komputer ini salah; betulkan jamnya")
    return text

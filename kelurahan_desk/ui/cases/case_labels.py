"""Words for the coded values of a case (translation context "CaseLabels")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kelurahan_desk.ui.shown_dates import date_in_words

CONTEXT = "CaseLabels"

KINDS = {
    "pengaduan": QT_TRANSLATE_NOOP("CaseLabels", "Pengaduan"),
    "permintaan_informasi": QT_TRANSLATE_NOOP("CaseLabels", "Permintaan informasi"),
    "laporan": QT_TRANSLATE_NOOP("CaseLabels", "Laporan"),
    "aspirasi": QT_TRANSLATE_NOOP("CaseLabels", "Aspirasi"),
}
STATES = {
    "baru": QT_TRANSLATE_NOOP("CaseLabels", "Baru"),
    "diverifikasi": QT_TRANSLATE_NOOP("CaseLabels", "Diverifikasi"),
    "didisposisikan": QT_TRANSLATE_NOOP("CaseLabels", "Didisposisikan"),
    "dalam_proses": QT_TRANSLATE_NOOP("CaseLabels", "Dalam proses"),
    "selesai": QT_TRANSLATE_NOOP("CaseLabels", "Selesai"),
    "ditolak": QT_TRANSLATE_NOOP("CaseLabels", "Ditolak"),
    "diteruskan": QT_TRANSLATE_NOOP("CaseLabels", "Bukan wewenang / diteruskan"),
    "duplikat": QT_TRANSLATE_NOOP("CaseLabels", "Duplikat"),
}
CHANNELS = {
    "datang": QT_TRANSLATE_NOOP("CaseLabels", "Datang langsung"),
    "telepon": QT_TRANSLATE_NOOP("CaseLabels", "Telepon"),
    "surat": QT_TRANSLATE_NOOP("CaseLabels", "Surat"),
    "whatsapp": QT_TRANSLATE_NOOP("CaseLabels", "WhatsApp"),
    "dari_hq": QT_TRANSLATE_NOOP("CaseLabels", "Dari kota (HQ)"),
}
DELIVERY = {
    "melihat": QT_TRANSLATE_NOOP("CaseLabels", "Melihat / membaca di kantor"),
    "salinan_cetak": QT_TRANSLATE_NOOP("CaseLabels", "Salinan tercetak"),
    "salinan_elektronik": QT_TRANSLATE_NOOP("CaseLabels", "Salinan elektronik (email)"),
}
ACTIONS = {
    "terima": QT_TRANSLATE_NOOP("CaseLabels", "Diterima"),
    "verifikasi": QT_TRANSLATE_NOOP("CaseLabels", "Verifikasi"),
    "disposisi": QT_TRANSLATE_NOOP("CaseLabels", "Disposisi"),
    "proses": QT_TRANSLATE_NOOP("CaseLabels", "Mulai proses"),
    "selesaikan": QT_TRANSLATE_NOOP("CaseLabels", "Selesaikan"),
    "tolak": QT_TRANSLATE_NOOP("CaseLabels", "Tolak"),
    "teruskan": QT_TRANSLATE_NOOP("CaseLabels", "Bukan wewenang / teruskan"),
    "tandai_duplikat": QT_TRANSLATE_NOOP("CaseLabels", "Tandai duplikat"),
    "buka_kembali": QT_TRANSLATE_NOOP("CaseLabels", "Buka kembali"),
    "tindak_lanjut": QT_TRANSLATE_NOOP("CaseLabels", "Catat tindak lanjut"),
    "eskalasi": QT_TRANSLATE_NOOP("CaseLabels", "Eskalasi"),
    "perpanjang": QT_TRANSLATE_NOOP("CaseLabels", "Perpanjang 7 hari kerja"),
    "keberatan": QT_TRANSLATE_NOOP("CaseLabels", "Catat keberatan"),
    "jawab_keberatan": QT_TRANSLATE_NOOP("CaseLabels", "Jawab keberatan"),
}
STAGES = {
    "verifikasi": QT_TRANSLATE_NOOP("CaseLabels", "verifikasi"),
    "tindak_lanjut": QT_TRANSLATE_NOOP("CaseLabels", "keputusan tindak lanjut"),
    "jawaban": QT_TRANSLATE_NOOP("CaseLabels", "jawaban"),
    "keberatan": QT_TRANSLATE_NOOP("CaseLabels", "jawaban keberatan"),
}
PHOTO_ROLES = {
    "lampiran": QT_TRANSLATE_NOOP("CaseLabels", "Lampiran"),
    "sebelum": QT_TRANSLATE_NOOP("CaseLabels", "Sebelum"),
    "sesudah": QT_TRANSLATE_NOOP("CaseLabels", "Sesudah"),
}
QUEUES = {
    "semua": QT_TRANSLATE_NOOP("CaseLabels", "Semua kasus"),
    "terbuka": QT_TRANSLATE_NOOP("CaseLabels", "Semua yang berjalan"),
    "saya": QT_TRANSLATE_NOOP("CaseLabels", "Kasus saya"),
    "belum_ditugaskan": QT_TRANSLATE_NOOP("CaseLabels", "Belum ditugaskan"),
    "segera": QT_TRANSLATE_NOOP("CaseLabels", "Segera jatuh tempo"),
    "terlambat": QT_TRANSLATE_NOOP("CaseLabels", "Terlambat"),
}
MARKS = {
    "overdue": QT_TRANSLATE_NOOP("CaseLabels", "Terlambat"),
    "due_soon": QT_TRANSLATE_NOOP("CaseLabels", "Segera"),
    "on_track": "",
    "": "",
}


def label(table: dict[str, str], code: str) -> str:
    text = table.get(str(code), str(code))
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def long_date(day: date | None) -> str:
    """`9 Desember 2026` in the interface language."""
    if day is None:
        return ""
    return date_in_words(day)


def days_left_text(days: int | None) -> str:
    if days is None:
        return ""
    if days < 0:
        return QCoreApplication.translate("CaseLabels", "lewat %n hari kerja", None, -days)
    if days == 0:
        return QCoreApplication.translate("CaseLabels", "hari ini")
    return QCoreApplication.translate("CaseLabels", "%n hari kerja lagi", None, days)

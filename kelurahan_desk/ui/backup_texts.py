"""What a backup file holds, told before it is restored: from the main window's Cadangan menu and from the
setup wizard of a replacement PC."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kelurahan_desk.core.domain.indonesian_format import zone_for_province, zone_tzinfo
from kelurahan_desk.core.services.restore import BackupSummary, RestoreInfo
from kelurahan_desk.ui.shown_dates import date_in_words, time_in_words


def backup_file_filter() -> str:
    return QCoreApplication.translate("BackupTexts", "Cadangan Kelurahan Desk (*.db)")


def backup_summary_text(name: str, summary: BackupSummary, office_code: str | None = None) -> str:
    """The file, its office and its newest change, that change's time in the zone of `office_code` (the office
    restored into), or of the backup's own office on a PC with none yet."""
    lines = [QCoreApplication.translate("BackupTexts", "Berkas: {name}").format(name=name)]
    if summary.office_code:
        lines.append(
            QCoreApplication.translate("BackupTexts", "Kantor: Kelurahan {village} ({code})").format(
                village=summary.village_name, code=summary.office_code
            )
        )
    if summary.last_change_at is None:
        lines.append(QCoreApplication.translate("BackupTexts", "Belum ada perubahan tercatat di cadangan ini."))
    else:
        zone = zone_for_province(office_code or summary.office_code)
        local = summary.last_change_at.astimezone(zone_tzinfo(zone))
        lines.append(
            QCoreApplication.translate(
                "BackupTexts", "Perubahan terakhir: {date} {time} (catatan audit no. {seq})"
            ).format(
                date=date_in_words(local.date()),
                time=time_in_words(summary.last_change_at, zone),
                seq=summary.last_seq,
            )
        )
    return "\n".join(lines)


def replacing_text(summary: BackupSummary) -> str:
    """What the restore does to the data now in the office, asked before it starts."""
    text = QCoreApplication.translate(
        "BackupTexts", "Semua data akan diganti dengan isi cadangan ini. Data saat ini disimpan terpisah lebih dulu."
    )
    if count := summary.newer_changes:  # lupdate reads a count only from a plain name
        text += "\n" + QCoreApplication.translate(
            "BackupTexts",
            "%n perubahan yang dibuat sesudah cadangan ini tidak ikut dipulihkan; semuanya tetap ada di data lama "
            "yang disimpan terpisah.",
            "",
            count,
        )
    return text


def restore_notes(info: RestoreInfo) -> list[str]:
    """What the clerk must know after a restore: files the backup folder lacked, a signing key left behind."""
    notes = []
    if missing := info.files_missing:
        notes.append(
            QCoreApplication.translate(
                "BackupTexts",
                "%n berkas lampiran atau surat terbit yang tercatat di cadangan tidak ada di folder cadangan, jadi "
                "tidak dapat dikembalikan. Salin lagi seluruh isi folder cadangan dari flashdisk bila masih ada.",
                "",
                missing,
            )
        )
    if info.signing_key_missing:
        notes.append(
            QCoreApplication.translate(
                "BackupTexts",
                "Kunci tanda tangan kantor sengaja tidak ikut dalam cadangan. Surat berikutnya ditandatangani "
                "dengan kunci baru; surat lama tetap dapat diperiksa keasliannya. Bila kantor bersinkronisasi "
                "dengan HQ, daftarkan ulang kantor ke HQ.",
            )
        )
    return notes

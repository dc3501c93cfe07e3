"""Titles shown on the musrenbang, UMKM and training screens that are not literal `tr()` calls there: the
core's titles of fields, statuses, phases, forum roles, sectors, size classes, NIB statuses, outcomes and
programme statuses, and the column headings of the programme tables. Listed here in the "ProgrammeLabels"
context so that the translator finds them; `label()` gives the translation (or the Indonesian title).
A test checks that every title of the core's tables is listed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ProgrammeLabels"

LABELS = (
    # proposal fields and statuses (core/domain/proposal_status.py)
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Infrastruktur"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Ekonomi"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Sosial Budaya"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Usulan"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Digabung"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Diterima kecamatan"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Masuk APBD"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Selesai dikerjakan"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Ditolak"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Dibawa ke tahun berikut"),
    # phases (core/domain/musrenbang_phases.py)
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Pengumpulan usulan RW"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Pra-musrenbang"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Musrenbang kelurahan"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Dikirim ke kecamatan"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Hasil diketahui"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Tindak lanjut"),
    # forum roles (core/services/musrenbang_views.py)
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Unsur pemerintah"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Ketua RT/RW"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "LPM"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "PKK"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Karang taruna / pemuda"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Perwakilan perempuan"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Tokoh masyarakat / agama"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Warga"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Undangan lain"),
    # UMKM (core/services/umkm.py, core/domain/business_size.py)
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Kuliner / makanan dan minuman"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Fesyen / konveksi"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Kerajinan"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Perdagangan / warung"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Jasa"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Pertanian / perikanan"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Digital / kreatif"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Lainnya"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Belum punya NIB"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Sedang diurus"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "NIB terbit"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Usaha Mikro"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Usaha Kecil"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Usaha Menengah"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Usaha Besar"),
    # training (core/services/training_views.py)
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Pendaftaran dibuka"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Pendaftaran ditutup"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Selesai"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Memperoleh NIB"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Memulai usaha"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Mendapat pekerjaan"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Peserta"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Batal"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Daftar tunggu {n}"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Sesi {n}"),
    # column headings of the programme tables
    QT_TRANSLATE_NOOP("ProgrammeLabels", "No."),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Peringkat"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Kegiatan"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Bidang"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Lokasi"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "RT/RW"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Perkiraan biaya"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Pengusul"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Status"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Foto"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Nilai"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Suara"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Keterangan"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "bobot {weight}"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Pagu"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Kemajuan"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Nama"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Unsur"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Asal / jabatan"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "L/P"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Delegasi"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Nama usaha"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Pemilik"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Sektor"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Kelas"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Modal (Rp)"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Omzet setahun (Rp)"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "NIB"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Surat"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "NIK"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Hadir"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Sertifikat"),
    QT_TRANSLATE_NOOP("ProgrammeLabels", "Hasil"),
)


def label(text: str) -> str:
    """`text` (one of `LABELS`) in the window's language."""
    return QCoreApplication.translate(CONTEXT, text)

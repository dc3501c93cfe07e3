"""Labels for the coded values of a resident record (translation context "ResidentChoices").

Occupation and education are free text in the record; the lists here are the usual Dukcapil
wording offered in an editable list, stored as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

SEX = {
    "L": QT_TRANSLATE_NOOP("ResidentChoices", "Laki-laki"),
    "P": QT_TRANSLATE_NOOP("ResidentChoices", "Perempuan"),
}
RELIGION = {
    "islam": QT_TRANSLATE_NOOP("ResidentChoices", "Islam"),
    "kristen": QT_TRANSLATE_NOOP("ResidentChoices", "Kristen"),
    "katolik": QT_TRANSLATE_NOOP("ResidentChoices", "Katolik"),
    "hindu": QT_TRANSLATE_NOOP("ResidentChoices", "Hindu"),
    "buddha": QT_TRANSLATE_NOOP("ResidentChoices", "Buddha"),
    "konghucu": QT_TRANSLATE_NOOP("ResidentChoices", "Konghucu"),
    "kepercayaan": QT_TRANSLATE_NOOP("ResidentChoices", "Kepercayaan terhadap Tuhan YME"),
}
MARITAL_STATUS = {
    "belum_kawin": QT_TRANSLATE_NOOP("ResidentChoices", "Belum kawin"),
    "kawin": QT_TRANSLATE_NOOP("ResidentChoices", "Kawin"),
    "cerai_hidup": QT_TRANSLATE_NOOP("ResidentChoices", "Cerai hidup"),
    "cerai_mati": QT_TRANSLATE_NOOP("ResidentChoices", "Cerai mati"),
}
RELATIONSHIP = {
    "kepala": QT_TRANSLATE_NOOP("ResidentChoices", "Kepala keluarga"),
    "suami": QT_TRANSLATE_NOOP("ResidentChoices", "Suami"),
    "istri": QT_TRANSLATE_NOOP("ResidentChoices", "Istri"),
    "anak": QT_TRANSLATE_NOOP("ResidentChoices", "Anak"),
    "menantu": QT_TRANSLATE_NOOP("ResidentChoices", "Menantu"),
    "cucu": QT_TRANSLATE_NOOP("ResidentChoices", "Cucu"),
    "orang_tua": QT_TRANSLATE_NOOP("ResidentChoices", "Orang tua"),
    "mertua": QT_TRANSLATE_NOOP("ResidentChoices", "Mertua"),
    "famili_lain": QT_TRANSLATE_NOOP("ResidentChoices", "Famili lain"),
    "pembantu": QT_TRANSLATE_NOOP("ResidentChoices", "Pembantu"),
    "lainnya": QT_TRANSLATE_NOOP("ResidentChoices", "Lainnya"),
}
STATUS = {
    "hidup": QT_TRANSLATE_NOOP("ResidentChoices", "Hidup"),
    "pindah": QT_TRANSLATE_NOOP("ResidentChoices", "Pindah"),
    "meninggal": QT_TRANSLATE_NOOP("ResidentChoices", "Meninggal"),
}
EVENT_KIND = {
    "pindah": QT_TRANSLATE_NOOP("ResidentChoices", "Pindah keluar"),
    "meninggal": QT_TRANSLATE_NOOP("ResidentChoices", "Meninggal"),
    "datang": QT_TRANSLATE_NOOP("ResidentChoices", "Pindah datang"),
    "lahir": QT_TRANSLATE_NOOP("ResidentChoices", "Lahir"),
    "koreksi": QT_TRANSLATE_NOOP("ResidentChoices", "Koreksi data"),
}
EDUCATION = (
    "Tidak/Belum Sekolah",
    "Belum Tamat SD/Sederajat",
    "Tamat SD/Sederajat",
    "SLTP/Sederajat",
    "SLTA/Sederajat",
    "Diploma I/II",
    "Akademi/Diploma III/S. Muda",
    "Diploma IV/Strata I",
    "Strata II",
    "Strata III",
)
OCCUPATION = (
    "Belum/Tidak Bekerja",
    "Mengurus Rumah Tangga",
    "Pelajar/Mahasiswa",
    "Pensiunan",
    "Pegawai Negeri Sipil",
    "TNI",
    "Kepolisian RI",
    "Karyawan Swasta",
    "Karyawan BUMN",
    "Wiraswasta",
    "Pedagang",
    "Petani/Pekebun",
    "Buruh Harian Lepas",
    "Guru",
    "Sopir",
    "Lainnya",
)


def label(table: dict[str, str], code: str) -> str:
    """The translated label of `code`, or the code itself when the table does not know it."""
    text = table.get(code)
    return QCoreApplication.translate("ResidentChoices", text) if text else code

"""Error codes from the services, in words a front-desk clerk understands.

One table for every expected error: `ValidationError` and `Finding` codes, `AuthError` codes,
`PermissionDenied` permissions and `StoreError` codes. Texts are Indonesian source strings translated
through the "ErrorMessages" context; `{name}` placeholders are filled from the error's params.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kelurahan_desk.core.errors import (
    AuthError,
    DeskError,
    Finding,
    NotFound,
    PermissionDenied,
    StoreError,
    ValidationError,
)
from kelurahan_desk.core.importing.row_problem import RowProblem

CONTEXT = "ErrorMessages"
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


MESSAGES: dict[str, str] = {
    # general input rules
    "required": QT_TRANSLATE_NOOP("ErrorMessages", "Wajib diisi."),
    "out_of_range": QT_TRANSLATE_NOOP("ErrorMessages", "Harus antara {min} dan {max}."),
    "too_long": QT_TRANSLATE_NOOP("ErrorMessages", "Terlalu panjang (paling banyak {max} huruf)."),
    "unknown_choice": QT_TRANSLATE_NOOP("ErrorMessages", "Pilih salah satu dari daftar."),
    "in_future": QT_TRANSLATE_NOOP("ErrorMessages", "Tanggal tidak boleh di masa depan."),
    "before_birth": QT_TRANSLATE_NOOP("ErrorMessages", "Tanggal tidak boleh sebelum tanggal lahir."),
    "date_format": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Tanggal tidak valid; tulis sebagai hari-bulan-tahun, misalnya 05-01-1990."
    ),
    "invalid_date": QT_TRANSLATE_NOOP("ErrorMessages", "Tanggal tidak dapat dibaca."),
    "invalid_number": QT_TRANSLATE_NOOP("ErrorMessages", "Harus berupa angka."),
    "setting_type": QT_TRANSLATE_NOOP("ErrorMessages", "Jenis nilai tidak sesuai."),
    "unknown_setting": QT_TRANSLATE_NOOP("ErrorMessages", "Pengaturan tidak dikenal."),
    "stale": QT_TRANSLATE_NOOP("ErrorMessages", "Data ini baru saja diubah orang lain. Muat ulang lalu coba lagi."),
    # accounts
    "username_format": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Nama pengguna hanya boleh huruf, angka, titik dan garis bawah (tanpa spasi)."
    ),
    "username_taken": QT_TRANSLATE_NOOP("ErrorMessages", "Nama pengguna ini sudah dipakai."),
    "password_too_short": QT_TRANSLATE_NOOP("ErrorMessages", "Kata sandi paling sedikit {min} karakter."),
    "passwords_differ": QT_TRANSLATE_NOOP("ErrorMessages", "Kedua kata sandi tidak sama."),
    "cannot_disable_self": QT_TRANSLATE_NOOP("ErrorMessages", "Anda tidak dapat menonaktifkan akun Anda sendiri."),
    "cannot_demote_self": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Anda tidak dapat mencabut peran administrator dari akun Anda sendiri."
    ),
    "setup_already_done": QT_TRANSLATE_NOOP("ErrorMessages", "Pengaturan awal sudah pernah dilakukan."),
    "setup_not_done": QT_TRANSLATE_NOOP("ErrorMessages", "Pengaturan awal kantor belum dilakukan."),
    # sign-in (AuthError)
    "wrong_credentials": QT_TRANSLATE_NOOP("ErrorMessages", "Nama pengguna atau kata sandi salah."),
    "wrong_password": QT_TRANSLATE_NOOP("ErrorMessages", "Kata sandi salah."),
    "account_disabled": QT_TRANSLATE_NOOP("ErrorMessages", "Akun ini dinonaktifkan. Hubungi administrator."),
    "locked": QT_TRANSLATE_NOOP("ErrorMessages", "Terlalu banyak percobaan, coba lagi dalam {seconds} detik."),
    # office profile
    "office_code_not_kelurahan": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Kode harus kode kelurahan, misalnya 32.73.01.1001."
    ),
    "office_code_fixed": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Kode kelurahan tidak dapat diubah setelah pengaturan awal."
    ),
    "city_kind": QT_TRANSLATE_NOOP("ErrorMessages", "Pilih Kota atau Kabupaten."),
    "postcode_format": QT_TRANSLATE_NOOP("ErrorMessages", "Kode pos terdiri dari 5 angka."),
    "email_format": QT_TRANSLATE_NOOP("ErrorMessages", "Alamat email tidak valid."),
    "emblem_not_png": QT_TRANSLATE_NOOP("ErrorMessages", "Lambang harus berkas gambar PNG."),
    "nip_not_digits": QT_TRANSLATE_NOOP("ErrorMessages", "NIP hanya boleh berisi angka."),
    "nip_length": QT_TRANSLATE_NOOP("ErrorMessages", "NIP harus tepat 18 angka."),
    "nip_date": QT_TRANSLATE_NOOP("ErrorMessages", "Tanggal lahir atau mulai kerja dalam NIP tidak mungkin."),
    "nip_sex": QT_TRANSLATE_NOOP("ErrorMessages", "Digit jenis kelamin dalam NIP harus 1 atau 2."),
    # NIK and KK
    "nik_not_digits": QT_TRANSLATE_NOOP("ErrorMessages", "NIK hanya boleh berisi angka."),
    "nik_length": QT_TRANSLATE_NOOP("ErrorMessages", "NIK harus tepat 16 angka."),
    "nik_date": QT_TRANSLATE_NOOP("ErrorMessages", "Tanggal lahir dalam NIK tidak mungkin."),
    "nik_serial_zero": QT_TRANSLATE_NOOP("ErrorMessages", "Nomor urut NIK tidak boleh 0000."),
    "nik_temporary_unmarked": QT_TRANSLATE_NOOP(
        "ErrorMessages", "NIK diawali 0 hanya boleh bila ditandai sebagai NIK sementara."
    ),
    "nik_temporary_not_zero": QT_TRANSLATE_NOOP("ErrorMessages", "NIK sementara harus diawali angka 0."),
    "nik_duplicate": QT_TRANSLATE_NOOP(
        "ErrorMessages", "NIK ini sudah dipakai oleh {other_name} (penduduk lain yang masih hidup)."
    ),
    "nik_duplicate_in_file": QT_TRANSLATE_NOOP(
        "ErrorMessages", "NIK ini sudah ada di baris {line} berkas ini; baris ini tidak diimpor."
    ),
    "nik_repeated_later": QT_TRANSLATE_NOOP(
        "ErrorMessages", "NIK ini muncul lagi di baris {line}; hanya baris ini yang dipakai."
    ),
    "exists_different": QT_TRANSLATE_NOOP(
        "ErrorMessages", "NIK ini sudah terdaftar dengan data yang berbeda; ubah datanya langsung di layar Penduduk."
    ),
    "exists_moved": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "NIK ini milik penduduk yang sudah tercatat pindah, dengan data yang berbeda; data yang tersimpan tidak "
        "diubah.",
    ),
    "exists_died": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "NIK ini milik penduduk yang sudah tercatat meninggal, dengan data yang berbeda; data yang tersimpan tidak "
        "diubah.",
    ),
    "date_from_nik": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Tanggal tidak dapat dibaca; dipakai tanggal lahir menurut NIK ({date})."
    ),
    "precision_lost": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Angka terpotong oleh Excel (mis. 3,27301E+15). Format kolom sebagai Teks lalu ketik ulang."
    ),
    "nik_precision_lost": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Angka NIK/KK ini mungkin terpotong oleh Excel, yang hanya menyimpan 15 angka. Format kolomnya sebagai "
        "Teks, ketik ulang angkanya, lalu impor lagi.",
    ),
    "nik_registered_to": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "NIK ini sudah terdaftar atas nama {other_name}. Periksa NIK di berkas; data yang tersimpan tidak diubah.",
    ),
    "nik_region_unknown": QT_TRANSLATE_NOOP("ErrorMessages", "Kode wilayah NIK ({prefix}) tidak ada di tabel wilayah."),
    "nik_sex_mismatch": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Jenis kelamin menurut NIK ({nik}) berbeda dengan data ({record})."
    ),
    "nik_birth_date_mismatch": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Tanggal lahir menurut NIK ({nik}) berbeda dengan data ({record})."
    ),
    "kk_not_digits": QT_TRANSLATE_NOOP("ErrorMessages", "Nomor KK hanya boleh berisi angka."),
    "kk_length": QT_TRANSLATE_NOOP("ErrorMessages", "Nomor KK harus tepat 16 angka."),
    "kk_date": QT_TRANSLATE_NOOP("ErrorMessages", "Tanggal dalam nomor KK tidak mungkin."),
    "kk_serial_zero": QT_TRANSLATE_NOOP("ErrorMessages", "Nomor urut KK tidak boleh 0000."),
    "kk_duplicate": QT_TRANSLATE_NOOP("ErrorMessages", "Nomor KK ini sudah terdaftar."),
    "not_a_member": QT_TRANSLATE_NOOP("ErrorMessages", "Penduduk ini bukan anggota keluarga tersebut."),
    "not_living": QT_TRANSLATE_NOOP("ErrorMessages", "Penduduk ini sudah tidak tercatat hidup dan tinggal di sini."),
    # regions
    "region_code_format": QT_TRANSLATE_NOOP("ErrorMessages", "Kode wilayah tidak valid."),
    "no_regions": QT_TRANSLATE_NOOP("ErrorMessages", "Berkas tidak berisi satu pun baris wilayah yang sah."),
    "invalid_code": QT_TRANSLATE_NOOP("ErrorMessages", "Kode wilayah tidak valid."),
    "missing_code": QT_TRANSLATE_NOOP("ErrorMessages", "Kode wilayah kosong."),
    "empty_name": QT_TRANSLATE_NOOP("ErrorMessages", "Nama wilayah kosong."),
    "name_too_long": QT_TRANSLATE_NOOP("ErrorMessages", "Nama wilayah terlalu panjang."),
    "invalid_name": QT_TRANSLATE_NOOP("ErrorMessages", "Nama wilayah berisi karakter yang tidak sah."),
    "duplicate_code": QT_TRANSLATE_NOOP("ErrorMessages", "Kode wilayah ganda."),
    # files being imported
    "required_column": QT_TRANSLATE_NOOP("ErrorMessages", "Kolom wajib belum dipilih: NIK dan Nama."),
    "file_too_large": QT_TRANSLATE_NOOP("ErrorMessages", "Berkas terlalu besar."),
    "unreadable_file": QT_TRANSLATE_NOOP("ErrorMessages", "Berkas tidak dapat dibaca."),
    "unsupported_format": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Format berkas tidak didukung. Simpan sebagai CSV atau Excel .xlsx."
    ),
    "no_rows": QT_TRANSLATE_NOOP("ErrorMessages", "Berkas tidak berisi baris data."),
    "no_hq_reply": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Folder {folder} tidak berisi balasan HQ untuk kantor ini. Periksa flashdisk atau foldernya; "
        "tidak ada yang berubah.",
    ),
    "not_a_region_table": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Berkas ini bukan tabel wilayah. Gunakan dump wilayah.sql atau CSV dengan kolom kode,nama."
    ),
    "no_sheet": QT_TRANSLATE_NOOP("ErrorMessages", "Berkas Excel tidak berisi lembar kerja."),
    "unreadable_sheet": QT_TRANSLATE_NOOP("ErrorMessages", "Sebagian lembar kerja tidak dapat dibaca."),
    "extra_cells": QT_TRANSLATE_NOOP("ErrorMessages", "Baris berisi lebih banyak kolom daripada judulnya."),
    "malformed_record": QT_TRANSLATE_NOOP("ErrorMessages", "Baris tidak dapat dibaca (tanda kutip tidak lengkap?)."),
    "open_quote": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        'Tanda kutip (") tidak ditutup, sehingga beberapa baris terbaca sebagai satu. Hapus tanda kutip itu di '
        "berkas lalu impor lagi.",
    ),
    "undecodable_bytes": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Berkas berisi huruf yang tidak dapat dibaca; simpan ulang sebagai CSV UTF-8."
    ),
    "missing_column": QT_TRANSLATE_NOOP("ErrorMessages", "Baris tidak memiliki kolom kode dan nama."),
    "unknown_columns": QT_TRANSLATE_NOOP("ErrorMessages", "Judul kolom tidak dikenal."),
    "malformed_row": QT_TRANSLATE_NOOP("ErrorMessages", "Baris tidak dapat dibaca."),
    "unrecognised_statement": QT_TRANSLATE_NOOP("ErrorMessages", "Perintah SQL tidak dikenal."),
    "unterminated_string": QT_TRANSLATE_NOOP("ErrorMessages", "Teks tidak ditutup tanda kutip."),
    "unterminated_statement": QT_TRANSLATE_NOOP("ErrorMessages", "Perintah SQL tidak lengkap."),
    "missing_separator": QT_TRANSLATE_NOOP("ErrorMessages", "Pemisah antarbaris hilang."),
    "empty": QT_TRANSLATE_NOOP("ErrorMessages", "Baris kosong."),
    "plan_cancelled": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Pemeriksaan dibatalkan; periksa ulang berkas sebelum menyimpan."
    ),
    # cases (complaints, requests, reports)
    "action_not_for_kind": QT_TRANSLATE_NOOP("ErrorMessages", "Tindakan ini tidak berlaku untuk jenis laporan ini."),
    "transition_refused": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Tindakan ini tidak dapat dilakukan pada tahap laporan sekarang."
    ),
    "assignee_unknown": QT_TRANSLATE_NOOP("ErrorMessages", "Petugas yang dipilih tidak dikenal atau tidak aktif."),
    "case_unknown": QT_TRANSLATE_NOOP("ErrorMessages", "Laporan yang dirujuk tidak ditemukan."),
    "duplicate_of_invalid": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Laporan tidak dapat ditandai sebagai duplikat dari dirinya sendiri atau laporan yang tidak sah.",
    ),
    "case_number_format": QT_TRANSLATE_NOOP("ErrorMessages", "Nomor laporan tidak valid."),
    "category_unknown": QT_TRANSLATE_NOOP("ErrorMessages", "Kategori tidak dikenal."),
    "category_cycle": QT_TRANSLATE_NOOP("ErrorMessages", "Kategori tidak boleh menjadi induk dari dirinya sendiri."),
    "service_code_format": QT_TRANSLATE_NOOP("ErrorMessages", "Kode layanan tidak valid."),
    "service_code_taken": QT_TRANSLATE_NOOP("ErrorMessages", "Kode layanan ini sudah dipakai."),
    "coordinates_pair": QT_TRANSLATE_NOOP("ErrorMessages", "Isi garis lintang dan garis bujur bersama-sama."),
    "nik_format": QT_TRANSLATE_NOOP("ErrorMessages", "NIK harus 16 angka."),
    "phone_format": QT_TRANSLATE_NOOP("ErrorMessages", "Nomor telepon tidak valid."),
    "resident_unknown": QT_TRANSLATE_NOOP("ErrorMessages", "Penduduk yang dipilih tidak ditemukan."),
    "too_many_attachments": QT_TRANSLATE_NOOP("ErrorMessages", "Terlalu banyak lampiran (paling banyak {max})."),
    "unknown_value": QT_TRANSLATE_NOOP("ErrorMessages", "Nilai tidak dikenal: {value}."),
    "reopen_window_passed": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Batas waktu untuk membuka kembali laporan ini sudah lewat; catat sebagai laporan baru."
    ),
    "already_extended": QT_TRANSLATE_NOOP("ErrorMessages", "Permintaan informasi hanya dapat diperpanjang satu kali."),
    "objection_exists": QT_TRANSLATE_NOOP("ErrorMessages", "Keberatan atas permintaan ini sudah dicatat."),
    "objection_not_yet_allowed": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Keberatan baru dapat diajukan setelah dijawab, ditolak, atau lewat tenggat jawaban."
    ),
    "objection_window_passed": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Masa pengajuan keberatan (30 hari kerja) sudah lewat."
    ),
    "no_open_objection": QT_TRANSLATE_NOOP("ErrorMessages", "Tidak ada keberatan yang menunggu jawaban."),
    "no_archive_folder": QT_TRANSLATE_NOOP("ErrorMessages", "Folder arsip dokumen tidak tersedia."),
    "rt_range": QT_TRANSLATE_NOOP("ErrorMessages", "RT harus angka 1 sampai 999."),
    "rw_range": QT_TRANSLATE_NOOP("ErrorMessages", "RW harus angka 1 sampai 999."),
    "holiday_override_conflict": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Tanggal {day} tidak boleh sekaligus ditambah dan dihapus dari hari libur."
    ),
    "holiday_override_taken": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Tanggal {day} sudah punya ketetapan kantor; hapus dulu yang lama."
    ),
    "holiday_override_weekend": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Hari Sabtu dan Minggu sudah bukan hari kerja; tidak perlu ditambahkan."
    ),
    "holiday_override_already_holiday": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Tanggal ini sudah hari libur nasional ({name})."
    ),
    "holiday_override_not_holiday": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Tanggal ini bukan hari libur nasional atau cuti bersama, jadi sudah hari kerja."
    ),
    # documents, keys and QR codes
    "before_issue": QT_TRANSLATE_NOOP("ErrorMessages", "Tanggal berlaku tidak boleh sebelum tanggal terbit."),
    "not_allowed_in_qr": QT_TRANSLATE_NOOP("ErrorMessages", "Data ini tidak boleh dimuat dalam kode QR."),
    "qr_not_found": QT_TRANSLATE_NOOP("ErrorMessages", "Tidak ada kode QR yang terbaca pada berkas ini."),
    "qr_tool_missing": QT_TRANSLATE_NOOP("ErrorMessages", "Alat pembaca kode QR belum terpasang di komputer ini."),
    "qr_tool_failed": QT_TRANSLATE_NOOP("ErrorMessages", "Pembacaan kode QR gagal."),
    "file_not_found": QT_TRANSLATE_NOOP("ErrorMessages", "Berkas tidak ditemukan."),
    "file_unreadable": QT_TRANSLATE_NOOP("ErrorMessages", "Berkas tidak dapat dibaca."),
    "unsupported_file_type": QT_TRANSLATE_NOOP("ErrorMessages", "Jenis berkas tidak didukung."),
    "wrong_passphrase": QT_TRANSLATE_NOOP("ErrorMessages", "Frasa sandi kunci kantor salah."),
    "not_encrypted": QT_TRANSLATE_NOOP("ErrorMessages", "Kunci kantor tidak terlindung frasa sandi."),
    "not_ed25519_private_key": QT_TRANSLATE_NOOP("ErrorMessages", "Berkas bukan kunci tanda tangan kantor yang sah."),
    "not_ed25519_public_key": QT_TRANSLATE_NOOP("ErrorMessages", "Berkas bukan kunci publik kantor yang sah."),
    # other rules
    "province_unknown": QT_TRANSLATE_NOOP("ErrorMessages", "Kode provinsi tidak dikenal."),
    "time_zone_unknown": QT_TRANSLATE_NOOP("ErrorMessages", "Zona waktu tidak dikenal."),
    "terbilang_range": QT_TRANSLATE_NOOP("ErrorMessages", "Angka terlalu besar untuk ditulis dengan huruf."),
    "not_a_demo_office": QT_TRANSLATE_NOOP("ErrorMessages", "Data contoh hanya boleh dibuat di kantor demo."),
    # musrenbang
    "ends_before_start": QT_TRANSLATE_NOOP("ErrorMessages", "Tanggal selesai tidak boleh sebelum tanggal mulai."),
    "not_in_phase": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Tindakan ini tidak dapat dilakukan pada tahap musrenbang sekarang."
    ),
    "phase_date_year": QT_TRANSLATE_NOOP("ErrorMessages", "Tanggal tahap harus dalam tahun {year}."),
    "phase_dates_order": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Tahap-tahap harus berurutan: tahap berikutnya tidak boleh dimulai sebelum tahap sebelumnya."
    ),
    "phase_order": QT_TRANSLATE_NOOP("ErrorMessages", "Tahap musrenbang harus dijalani berurutan."),
    "phases_incomplete": QT_TRANSLATE_NOOP("ErrorMessages", "Jadwal semua tahap musrenbang harus diisi."),
    "status_refused": QT_TRANSLATE_NOOP("ErrorMessages", 'Status usulan tidak dapat diubah dari "{from}" ke "{to}".'),
    "coordinates_outside_indonesia": QT_TRANSLATE_NOOP("ErrorMessages", "Koordinat berada di luar wilayah Indonesia."),
    "cycle_exists": QT_TRANSLATE_NOOP("ErrorMessages", "Musrenbang tahun {year} sudah ada."),
    "berita_acara_missing": QT_TRANSLATE_NOOP("ErrorMessages", "Terbitkan berita acara forum terlebih dahulu."),
    "berita_acara_issued": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Berita acara nomor {number} sudah terbit; data forum tidak dapat diubah lagi."
    ),
    "proposal_closed": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Usulan ini sudah diputuskan, digabung atau dibawa, sehingga tidak dapat diubah."
    ),
    "merge_invalid": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Pilih usulan yang akan digabungkan (bukan usulan itu sendiri)."
    ),
    "merge_other_cycle": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Hanya usulan dari tahun yang sama yang dapat digabungkan."
    ),
    "merge_choose_two": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Pilih paling sedikit dua usulan; usulan pertama yang dipilih menjadi usulan utama."
    ),
    "carry_not_earlier": QT_TRANSLATE_NOOP("ErrorMessages", "Usulan nomor {number} bukan dari tahun sebelumnya."),
    "carry_not_allowed": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Usulan nomor {number} sudah didanai, digabung atau sudah dibawa."
    ),
    "not_funded": QT_TRANSLATE_NOOP("ErrorMessages", "Kemajuan hanya dicatat untuk usulan yang masuk APBD."),
    "criterion_key": QT_TRANSLATE_NOOP("ErrorMessages", "Kode kriteria hanya huruf kecil, angka dan garis bawah."),
    "criterion_duplicate": QT_TRANSLATE_NOOP("ErrorMessages", "Kriteria {key} tercantum dua kali."),
    "criterion_title": QT_TRANSLATE_NOOP("ErrorMessages", "Nama kriteria wajib diisi (paling banyak 80 huruf)."),
    "too_many": QT_TRANSLATE_NOOP("ErrorMessages", "Terlalu banyak (paling banyak {max})."),
    "criterion_unknown": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Kriteria {key} tidak ada dalam daftar kriteria tahun ini."
    ),
    "override_reason_required": QT_TRANSLATE_NOOP("ErrorMessages", "Tuliskan alasan mengapa peringkat ditetapkan."),
    "time_format": QT_TRANSLATE_NOOP("ErrorMessages", "Tulis jam sebagai JJ.MM, misalnya 09.00."),
    "attendee_duplicate": QT_TRANSLATE_NOOP("ErrorMessages", "Penduduk ini sudah ada di daftar hadir."),
    "attendance_empty": QT_TRANSLATE_NOOP("ErrorMessages", "Daftar hadir masih kosong."),
    "office_key_missing": QT_TRANSLATE_NOOP("ErrorMessages", "Kunci tanda tangan kantor belum tersedia."),
    # UMKM
    "nib_format": QT_TRANSLATE_NOOP("ErrorMessages", "NIB terdiri dari 13 angka."),
    "letter_unknown": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Surat dengan nomor ini tidak ditemukan; bila surat dibuat sebelum aplikasi ini, pilih jenis dan tanggalnya.",
    ),
    "letter_already_linked": QT_TRANSLATE_NOOP("ErrorMessages", "Surat ini sudah tercatat untuk usaha ini."),
    "business_unknown": QT_TRANSLATE_NOOP("ErrorMessages", "Usaha yang dipilih tidak ditemukan."),
    # training
    "age_range": QT_TRANSLATE_NOOP("ErrorMessages", "Batas usia tertinggi tidak boleh di bawah batas terendah."),
    "session_outside_programme": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Tanggal sesi harus di antara tanggal mulai dan selesai pelatihan."
    ),
    "sessions_outside_dates": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Sesi {number} dijadwalkan pada {date}, di luar tanggal pelatihan yang baru."
    ),
    "quota_below_participants": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Kuota tidak boleh kurang dari jumlah peserta sekarang ({participants})."
    ),
    "registration_closed": QT_TRANSLATE_NOOP("ErrorMessages", "Pendaftaran pelatihan ini sudah ditutup."),
    "already_registered": QT_TRANSLATE_NOOP("ErrorMessages", "Penduduk ini sudah terdaftar pada pelatihan ini."),
    "already_cancelled": QT_TRANSLATE_NOOP("ErrorMessages", "Pendaftaran ini sudah dibatalkan."),
    "programme_status_refused": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        'Status pelatihan tidak dapat diubah dari "{from}" ke "{to}"; pelatihan yang selesai tetap selesai.',
    ),
    "registration_status_refused": QT_TRANSLATE_NOOP(
        "ErrorMessages", 'Status pendaftaran tidak dapat diubah dari "{from}" ke "{to}".'
    ),
    "certificate_issued": QT_TRANSLATE_NOOP("ErrorMessages", "Sertifikat sudah diterbitkan untuk peserta ini."),
    "not_a_participant": QT_TRANSLATE_NOOP("ErrorMessages", "Hanya peserta (bukan daftar tunggu) yang dapat dicatat."),
    "session_in_future": QT_TRANSLATE_NOOP("ErrorMessages", "Kehadiran baru dapat dicatat pada hari sesi berlangsung."),
    "certificate_not_earned": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Kehadiran belum cukup untuk sertifikat ({attended} dari {needed} sesi yang diperlukan)."
    ),
    "no_certificates": QT_TRANSLATE_NOOP("ErrorMessages", "Belum ada sertifikat yang diterbitkan."),
    "not_eligible_area": QT_TRANSLATE_NOOP("ErrorMessages", "Pelatihan ini hanya untuk warga RW {rws}."),
    "not_eligible_age": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Usia {age} tahun di luar batas usia peserta ({min}–{max} tahun)."
    ),
    "birth_date_unknown": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Tanggal lahir penduduk belum tercatat; usia tidak dapat diperiksa."
    ),
    "manage_programmes": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Akun Anda tidak berhak mengubah data musrenbang, UMKM dan pelatihan."
    ),
    # attachments
    "attachment_empty": QT_TRANSLATE_NOOP("ErrorMessages", "Berkas kosong."),
    "attachment_too_large": QT_TRANSLATE_NOOP("ErrorMessages", "Berkas terlalu besar (paling besar {max_mb} MB)."),
    "attachment_type": QT_TRANSLATE_NOOP("ErrorMessages", "Jenis berkas tidak didukung."),
    # store (StoreError)
    "already_running": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Kelurahan Desk sudah terbuka di komputer ini untuk folder data yang sama. "
        "Tutup jendela yang lain terlebih dahulu.",
    ),
    "schema_newer": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Data ini dibuat oleh versi Kelurahan Desk yang lebih baru. Pasang versi terbaru."
    ),
    "store_corrupt": QT_TRANSLATE_NOOP("ErrorMessages", "Berkas data kantor rusak. Pulihkan dari cadangan yang baik."),
    "store_closed": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Data kantor sudah ditutup (misalnya setelah pemulihan). Buka kembali aplikasi."
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Disk penuh. Kosongkan ruang lalu coba lagi; tidak ada data yang berubah."
    ),
    "io_error": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Gagal membaca atau menulis berkas (kesalahan disk). Tidak ada data yang berubah."
    ),
    "no_permission": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Akun Windows ini tidak diizinkan menulis di folder itu. Pilih folder lain atau minta bantuan petugas TI; "
        "tidak ada data yang berubah.",
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Flashdisk atau folder itu hanya dapat dibaca (terkunci). Buka kuncinya atau pilih folder lain; tidak "
        "ada data yang berubah.",
    ),
    "backup_failed": QT_TRANSLATE_NOOP("ErrorMessages", "Pencadangan gagal; data kantor tidak berubah."),
    "backup_changed": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Isi berkas cadangan ini berbeda dari saat dibuat (berubah atau rusak di flashdisk); data kantor "
        "tidak berubah. Pakai cadangan lain.",
    ),
    "restore_unrecorded": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Data kantor sudah diganti dengan isi cadangan, tetapi pemulihan itu gagal dicatat di jejak audit. "
        "Data sebelumnya tetap tersimpan di samping berkas data; buka kembali aplikasi dan periksa ruang "
        "disk.",
    ),
    "backup_dest_missing": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Folder {folder} tidak ada. Pastikan flashdisk sudah terpasang, lalu pilih foldernya lagi."
    ),
    "backup_dest_automatic": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Folder itu tempat cadangan harian otomatis, yang dihapus bergiliran. Pilih folder di flashdisk.",
    ),
    "backup_dest_inside_data": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Folder itu ada di dalam folder data kantor, jadi cadangannya ikut hilang bila disk PC ini rusak. Pilih "
        "folder di flashdisk.",
    ),
    "backup_dest_not_folder": QT_TRANSLATE_NOOP(
        "ErrorMessages", "{folder} adalah berkas, bukan folder. Pilih folder untuk menyimpan cadangan."
    ),
    "backup_invalid": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Berkas cadangan tidak valid atau rusak; data kantor tidak berubah."
    ),
    "backup_other_office": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Cadangan ini milik kantor lain ({backup}), bukan kantor ini ({current})."
    ),
    "restore_failed": QT_TRANSLATE_NOOP("ErrorMessages", "Pemulihan gagal."),
    # letters
    "drafter_cannot_approve": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Penyusun permohonan tidak boleh menyetujui atau menerbitkan surat yang sama."
    ),
    "not_the_lurah": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Akun ini bukan lurah definitif (NIP berbeda); pilih a.n., Plt. atau Plh."
    ),
    "requirements_incomplete": QT_TRANSLATE_NOOP("ErrorMessages", "Persyaratan belum lengkap: {names}."),
    "letter_type_unknown": QT_TRANSLATE_NOOP("ErrorMessages", "Jenis surat tidak dikenal atau tidak aktif."),
    "letter_type_code_format": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Kode singkat: huruf besar dan angka, paling banyak 16 (mis. SKD)."
    ),
    "letter_type_code_taken": QT_TRANSLATE_NOOP("ErrorMessages", "Kode singkat ini sudah dipakai jenis surat lain."),
    "classification_format": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Kode klasifikasi tidak valid (mis. 400.12.2.1 atau 470)."
    ),
    "unknown_placeholder": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Isian {{{name}}} tidak dikenal: bukan isian jenis surat ini."
    ),
    "placeholder_malformed": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Penulisan isian salah; tulis {{nama_isian}}, dan {{{{ }}}} untuk kurung kurawal."
    ),
    "field_key_format": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Kunci isian hanya huruf kecil, angka dan garis bawah (mis. nama_usaha)."
    ),
    "field_key_taken": QT_TRANSLATE_NOOP("ErrorMessages", "Kunci isian {key} dipakai dua kali atau sudah baku."),
    "field_label_required": QT_TRANSLATE_NOOP("ErrorMessages", "Setiap isian perlu label."),
    "field_kind_unknown": QT_TRANSLATE_NOOP("ErrorMessages", "Jenis isian tidak dikenal."),
    "field_source_unknown": QT_TRANSLATE_NOOP("ErrorMessages", "Sumber data penduduk tidak dikenal."),
    "field_choices_required": QT_TRANSLATE_NOOP("ErrorMessages", "Isian pilihan perlu daftar pilihan."),
    "template_empty": QT_TRANSLATE_NOOP("ErrorMessages", "Templat nomor surat kosong."),
    "template_braces": QT_TRANSLATE_NOOP("ErrorMessages", "Kurung kurawal pada templat nomor tidak berpasangan."),
    "template_literal": QT_TRANSLATE_NOOP("ErrorMessages", "Huruf {char} tidak boleh ada dalam nomor surat."),
    "unknown_token": QT_TRANSLATE_NOOP("ErrorMessages", "Bagian nomor {{{token}}} tidak dikenal."),
    "token_width": QT_TRANSLATE_NOOP("ErrorMessages", "Lebar angka hanya untuk {{nomor}}, ditulis {{nomor:03}}."),
    "template_missing_token": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Templat nomor harus memuat {{{token}}} agar nomor tidak pernah kembar."
    ),
    "number_too_long": QT_TRANSLATE_NOOP("ErrorMessages", "Nomor surat terlalu panjang (paling banyak {max} huruf)."),
    "number_exhausted": QT_TRANSLATE_NOOP("ErrorMessages", "Tidak ada nomor bebas pada penghitung ini."),
    "not_issued": QT_TRANSLATE_NOOP("ErrorMessages", "Surat ini belum terbit."),
    "archive_damaged": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Arsip PDF surat {number} rusak atau hilang dan tidak dapat dibuat ulang persis."
    ),
    "account_unknown": QT_TRANSLATE_NOOP("ErrorMessages", "Akun tidak ditemukan."),
    "draft_letters": QT_TRANSLATE_NOOP("ErrorMessages", "Akun Anda tidak berhak membuat permohonan surat."),
    "verify_letters": QT_TRANSLATE_NOOP("ErrorMessages", "Hanya kasi atau lurah yang boleh memverifikasi surat."),
    "approve_letters": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Hanya lurah (atau yang ditunjuk) yang boleh menyetujui surat."
    ),
    "manage_letter_types": QT_TRANSLATE_NOOP("ErrorMessages", "Hanya administrator yang boleh mengubah jenis surat."),
    # permissions (PermissionDenied carries the permission)
    "view": QT_TRANSLATE_NOOP("ErrorMessages", "Akun Anda tidak berhak melihat data ini."),
    "manage_accounts": QT_TRANSLATE_NOOP("ErrorMessages", "Hanya administrator yang boleh mengelola akun."),
    "manage_office": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Hanya administrator yang boleh mengubah data dan pengaturan kantor."
    ),
    "edit_residents": QT_TRANSLATE_NOOP("ErrorMessages", "Akun Anda tidak berhak mengubah data penduduk."),
    "import_residents": QT_TRANSLATE_NOOP("ErrorMessages", "Hanya administrator yang boleh mengimpor data penduduk."),
    "export_data": QT_TRANSLATE_NOOP("ErrorMessages", "Akun Anda tidak berhak mengekspor data."),
    "backup": QT_TRANSLATE_NOOP("ErrorMessages", "Akun Anda tidak berhak membuat cadangan."),
    "restore": QT_TRANSLATE_NOOP("ErrorMessages", "Hanya administrator yang boleh memulihkan cadangan."),
    "handle_cases": QT_TRANSLATE_NOOP("ErrorMessages", "Akun Anda tidak berhak menerima atau menangani laporan."),
    "verify_cases": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Hanya verifikator (kasi) atau lurah yang boleh memverifikasi dan mendisposisikan laporan."
    ),
    "escalate_cases": QT_TRANSLATE_NOOP("ErrorMessages", "Hanya lurah yang boleh mengeskalasi laporan."),
    "manage_categories": QT_TRANSLATE_NOOP("ErrorMessages", "Hanya administrator yang boleh mengubah kategori."),
}

FIELD_LABELS: dict[str, str] = {
    "template": QT_TRANSLATE_NOOP("ErrorMessages", "Templat nomor"),
    "body": QT_TRANSLATE_NOOP("ErrorMessages", "Isi surat"),
    "requirements_seen": QT_TRANSLATE_NOOP("ErrorMessages", "Persyaratan"),
    "nik": QT_TRANSLATE_NOOP("ErrorMessages", "NIK"),
    "kk": QT_TRANSLATE_NOOP("ErrorMessages", "No. KK"),
    "name": QT_TRANSLATE_NOOP("ErrorMessages", "Nama"),
    "birth_place": QT_TRANSLATE_NOOP("ErrorMessages", "Tempat lahir"),
    "birth_date": QT_TRANSLATE_NOOP("ErrorMessages", "Tanggal lahir"),
    "sex": QT_TRANSLATE_NOOP("ErrorMessages", "Jenis kelamin"),
    "religion": QT_TRANSLATE_NOOP("ErrorMessages", "Agama"),
    "marital_status": QT_TRANSLATE_NOOP("ErrorMessages", "Status perkawinan"),
    "occupation": QT_TRANSLATE_NOOP("ErrorMessages", "Pekerjaan"),
    "education": QT_TRANSLATE_NOOP("ErrorMessages", "Pendidikan"),
    "address": QT_TRANSLATE_NOOP("ErrorMessages", "Alamat"),
    "rt": QT_TRANSLATE_NOOP("ErrorMessages", "RT"),
    "rw": QT_TRANSLATE_NOOP("ErrorMessages", "RW"),
    "relationship": QT_TRANSLATE_NOOP("ErrorMessages", "Hubungan dalam KK"),
    "is_temporary_nik": QT_TRANSLATE_NOOP("ErrorMessages", "NIK sementara"),
    "row": QT_TRANSLATE_NOOP("ErrorMessages", "Baris"),
    "event_date": QT_TRANSLATE_NOOP("ErrorMessages", "Tanggal"),
    "username": QT_TRANSLATE_NOOP("ErrorMessages", "Nama pengguna"),
    "full_name": QT_TRANSLATE_NOOP("ErrorMessages", "Nama lengkap"),
    "password": QT_TRANSLATE_NOOP("ErrorMessages", "Kata sandi"),
    "code": QT_TRANSLATE_NOOP("ErrorMessages", "Kode"),
}

GENERIC = QT_TRANSLATE_NOOP("ErrorMessages", "Terjadi kesalahan ({code}).")
GENERIC_PERMISSION = QT_TRANSLATE_NOOP("ErrorMessages", "Akun Anda tidak berhak melakukan tindakan ini ({code}).")
NOT_FOUND = QT_TRANSLATE_NOOP(
    "ErrorMessages", "Data tidak ditemukan; mungkin sudah diubah atau dihapus. Muat ulang tampilan."
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class _Params(dict[str, Any]):
    """Parameters for a message; one the error did not carry (e.g. in an import report) shows as "…"."""

    def __missing__(self, key: str) -> str:
        return "…"


def _shown(value: Any) -> Any:
    """Dates as the clerk writes them (05-01-1990), also when they come as ISO text."""
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, str) and ISO_DATE.fullmatch(value):
        return f"{value[8:10]}-{value[5:7]}-{value[0:4]}"
    return value


def _fill(template: str, params: dict[str, Any]) -> str:
    try:
        return template.format_map(_Params({key: _shown(value) for key, value in params.items()}))
    except (IndexError, ValueError):
        return template


def code_message(code: str, params: dict[str, Any] | None = None) -> str:
    """The translated text for one code; unknown codes get the generic text with the code in it."""
    template = MESSAGES.get(code)
    if template is None:
        return tr(GENERIC).format(code=code)
    return _fill(tr(template), dict(params or {}))


def message_for(error: BaseException | Finding) -> str:
    """Short translated text for any expected error (or finding)."""
    if isinstance(error, ValidationError | Finding):
        return code_message(error.code, error.params)
    if isinstance(error, AuthError):
        return code_message(error.code, {"seconds": max(1, round(error.retry_after_s))})
    if isinstance(error, PermissionDenied):
        if error.permission in MESSAGES:
            return code_message(error.permission)
        return tr(GENERIC_PERMISSION).format(code=error.permission)
    if isinstance(error, NotFound):
        return tr(NOT_FOUND)
    if isinstance(error, StoreError):
        return code_message(error.code)
    return tr(GENERIC).format(code=type(error).__name__)


def field_label(field: str) -> str:
    text = FIELD_LABELS.get(field)
    return tr(text) if text else field


def problem_text(problem: RowProblem) -> str:
    """A refused or warned row of an imported file: codes are `"<field>:<reason>"` or a bare reason."""
    field, _, reason = problem.code.rpartition(":")
    text = code_message(reason, dict(problem.params))
    detail = problem.detail
    if field and field != "row":
        text = f"{field_label(field)}: {text}"
    if reason in ("exists_different", "exists_moved", "exists_died"):  # the detail names the fields that differ
        detail = ", ".join(field_label(name.strip()) for name in detail.split(","))
    return f"{text} [{detail}]" if detail else text


def is_expected(error: BaseException) -> bool:
    return isinstance(error, DeskError)

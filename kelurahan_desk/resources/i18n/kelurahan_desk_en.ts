<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AccountDialogs</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <source>Akun pengguna</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Akun &amp;baru…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>Atur ulang &amp;kata sandi…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <source>Ubah &amp;peran…</source>
        <translation>Change &amp;role…</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>&amp;Aktifkan</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>Nonaktifkan akun</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <source>Akun {name} tidak akan bisa masuk lagi sampai diaktifkan kembali. Lanjutkan?</source>
        <translation>Account {name} will not be able to sign in until it is enabled again. Continue?</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Akun administrator</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <source>Administrator mengelola akun petugas dan data kantor. Simpan kata sandinya baik-baik.</source>
        <translation>The administrator manages staff accounts and office data. Keep the password safe.</translation>
    </message>
    <message>
        <source>misalnya: admin</source>
        <translation>for example: admin</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>Nama &amp;lengkap</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi</source>
        <translation>&amp;Repeat password</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cadangan baik terbaru: {path}
Pulihkan dengan perintah:
{command}</source>
        <translation>Newest good backup: {path}
Restore it with the command:
{command}</translation>
    </message>
    <message>
        <source>Tidak ada cadangan yang baik di folder cadangan otomatis.</source>
        <translation>There is no good backup in the automatic backup folder.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Cadangkan data…</source>
        <translation>&amp;Back up data…</translation>
    </message>
    <message>
        <source>&amp;Pulihkan dari cadangan…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>Pencadangan belum tersedia di versi ini.</source>
        <translation>Backups are not available in this version.</translation>
    </message>
    <message>
        <source>Cadangan otomatis harian dibuat: {name}</source>
        <translation>Daily automatic backup made: {name}</translation>
    </message>
    <message>
        <source>Cadangan otomatis gagal: {why}</source>
        <translation>Automatic backup failed: {why}</translation>
    </message>
    <message>
        <source>Cadangan harian di folder data tidak dibuat. Buat cadangan lewat menu Berkas, lalu periksa ruang disk.</source>
        <translation>The daily backup in the data folder was not made. Make a backup from the File menu, then check the free disk space.</translation>
    </message>
    <message>
        <source>Pilih folder cadangan (misalnya flashdisk)</source>
        <translation>Choose the backup folder (e.g. a USB stick)</translation>
    </message>
    <message>
        <source>Mencadangkan data…</source>
        <translation>Backing up data…</translation>
    </message>
    <message>
        <source>Cadangan selesai</source>
        <translation>Backup finished</translation>
    </message>
    <message>
        <source>Data sudah dicadangkan ke:
{path}</source>
        <translation>The data was backed up to:
{path}</translation>
    </message>
    <message>
        <source>Pilih berkas cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Cadangan Kelurahan Desk (*.db *.kdbak *.zip)</source>
        <translation>Kelurahan Desk backups (*.db *.kdbak *.zip)</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Semua data akan diganti dengan isi cadangan ini. Data saat ini disimpan terpisah lebih dulu.
Lanjutkan?</source>
        <translation>All data will be replaced by this backup. The current data is kept aside first.
Continue?</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pemulihan data perlu kata sandi Anda.</source>
        <translation>Restoring data needs your password.</translation>
    </message>
    <message>
        <source>Memulihkan data…</source>
        <translation>Restoring data…</translation>
    </message>
    <message>
        <source>Pemulihan selesai</source>
        <translation>Restore finished</translation>
    </message>
    <message>
        <source>Data sudah dipulihkan. Silakan masuk kembali.</source>
        <translation>The data was restored. Please sign in again.</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Ubah peran</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>&amp;Peran</source>
        <translation>&amp;Role</translation>
    </message>
</context>
<context>
    <name>ConfirmPasswordDialog</name>
    <message>
        <source>Konfirmasi kata sandi</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <source>Masukkan kata sandi Anda untuk melanjutkan.</source>
        <translation>Enter your password to continue.</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Konfirmasi</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Alamat kantor dan lurah</source>
        <translation>Office address and lurah</translation>
    </message>
    <message>
        <source>Data ini tercetak pada kop dan tanda tangan surat. Isian kosong boleh dilengkapi nanti.</source>
        <translation>This appears on the letterhead and signature block. Empty fields can be completed later.</translation>
    </message>
</context>
<context>
    <name>EmblemPicker</name>
    <message>
        <source>Pilih gambar PNG…</source>
        <translation>Choose PNG image…</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Pilih lambang kota</source>
        <translation>Choose the city emblem</translation>
    </message>
    <message>
        <source>Gambar PNG (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Bukan PNG</source>
        <translation>Not a PNG</translation>
    </message>
    <message>
        <source>belum ada lambang</source>
        <translation>no emblem yet</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Wajib diisi.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>Harus antara {min} dan {max}.</source>
        <translation>Must be between {min} and {max}.</translation>
    </message>
    <message>
        <source>Terlalu panjang (paling banyak {max} huruf).</source>
        <translation>Too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>Pilih salah satu dari daftar.</source>
        <translation>Choose one from the list.</translation>
    </message>
    <message>
        <source>Tanggal tidak boleh di masa depan.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <source>Tanggal tidak boleh sebelum tanggal lahir.</source>
        <translation>The date cannot be before the date of birth.</translation>
    </message>
    <message>
        <source>Tanggal tidak valid; tulis sebagai hari-bulan-tahun, misalnya 05-01-1990.</source>
        <translation>Invalid date; write it as day-month-year, e.g. 05-01-1990.</translation>
    </message>
    <message>
        <source>Tanggal tidak dapat dibaca.</source>
        <translation>The date cannot be read.</translation>
    </message>
    <message>
        <source>Harus berupa angka.</source>
        <translation>Must be a number.</translation>
    </message>
    <message>
        <source>Jenis nilai tidak sesuai.</source>
        <translation>The value has the wrong type.</translation>
    </message>
    <message>
        <source>Pengaturan tidak dikenal.</source>
        <translation>Unknown setting.</translation>
    </message>
    <message>
        <source>Data ini baru saja diubah orang lain. Muat ulang lalu coba lagi.</source>
        <translation>Someone else has just changed this record. Reload and try again.</translation>
    </message>
    <message>
        <source>Nama pengguna hanya boleh huruf, angka, titik dan garis bawah (tanpa spasi).</source>
        <translation>A user name may only contain letters, digits, dots and underscores (no spaces).</translation>
    </message>
    <message>
        <source>Nama pengguna ini sudah dipakai.</source>
        <translation>This user name is already taken.</translation>
    </message>
    <message>
        <source>Kata sandi paling sedikit {min} karakter.</source>
        <translation>The password needs at least {min} characters.</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Anda tidak dapat menonaktifkan akun Anda sendiri.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>Anda tidak dapat mencabut peran administrator dari akun Anda sendiri.</source>
        <translation>You cannot remove the administrator role from your own account.</translation>
    </message>
    <message>
        <source>Pengaturan awal sudah pernah dilakukan.</source>
        <translation>The first-run setup has already been done.</translation>
    </message>
    <message>
        <source>Pengaturan awal kantor belum dilakukan.</source>
        <translation>The office setup has not been done yet.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Kata sandi salah.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <source>Akun ini dinonaktifkan. Hubungi administrator.</source>
        <translation>This account is disabled. Contact the administrator.</translation>
    </message>
    <message>
        <source>Terlalu banyak percobaan, coba lagi dalam {seconds} detik.</source>
        <translation>Too many attempts, try again in {seconds} seconds.</translation>
    </message>
    <message>
        <source>Kode harus kode kelurahan, misalnya 32.73.01.1001.</source>
        <translation>The code must be a kelurahan code, e.g. 32.73.01.1001.</translation>
    </message>
    <message>
        <source>Kode kelurahan tidak dapat diubah setelah pengaturan awal.</source>
        <translation>The kelurahan code cannot be changed after the first-run setup.</translation>
    </message>
    <message>
        <source>Pilih Kota atau Kabupaten.</source>
        <translation>Choose Kota or Kabupaten.</translation>
    </message>
    <message>
        <source>Kode pos terdiri dari 5 angka.</source>
        <translation>A postcode has 5 digits.</translation>
    </message>
    <message>
        <source>Alamat email tidak valid.</source>
        <translation>The email address is not valid.</translation>
    </message>
    <message>
        <source>Lambang harus berkas gambar PNG.</source>
        <translation>The emblem must be a PNG image file.</translation>
    </message>
    <message>
        <source>NIP hanya boleh berisi angka.</source>
        <translation>A NIP may contain digits only.</translation>
    </message>
    <message>
        <source>NIP harus tepat 18 angka.</source>
        <translation>A NIP must have exactly 18 digits.</translation>
    </message>
    <message>
        <source>Tanggal lahir atau mulai kerja dalam NIP tidak mungkin.</source>
        <translation>The birth or start date in the NIP is impossible.</translation>
    </message>
    <message>
        <source>Digit jenis kelamin dalam NIP harus 1 atau 2.</source>
        <translation>The sex digit in the NIP must be 1 or 2.</translation>
    </message>
    <message>
        <source>NIK hanya boleh berisi angka.</source>
        <translation>A NIK may contain digits only.</translation>
    </message>
    <message>
        <source>NIK harus tepat 16 angka.</source>
        <translation>A NIK must have exactly 16 digits.</translation>
    </message>
    <message>
        <source>Tanggal lahir dalam NIK tidak mungkin.</source>
        <translation>The birth date in the NIK is impossible.</translation>
    </message>
    <message>
        <source>Nomor urut NIK tidak boleh 0000.</source>
        <translation>The NIK serial cannot be 0000.</translation>
    </message>
    <message>
        <source>NIK diawali 0 hanya boleh bila ditandai sebagai NIK sementara.</source>
        <translation>A NIK starting with 0 is only allowed when marked as temporary.</translation>
    </message>
    <message>
        <source>NIK sementara harus diawali angka 0.</source>
        <translation>A temporary NIK must start with 0.</translation>
    </message>
    <message>
        <source>NIK ini sudah dipakai oleh {other_name} (penduduk lain yang masih hidup).</source>
        <translation>This NIK is already used by {other_name} (another living resident).</translation>
    </message>
    <message>
        <source>NIK ini muncul lebih dari sekali dalam berkas.</source>
        <translation>This NIK appears more than once in the file.</translation>
    </message>
    <message>
        <source>NIK ini sudah terdaftar dengan data yang berbeda; ubah datanya langsung di layar Penduduk.</source>
        <translation>This NIK is already registered with different data; change it directly in the Residents view.</translation>
    </message>
    <message>
        <source>Angka terpotong oleh Excel (mis. 3,27301E+15). Format kolom sebagai Teks lalu ketik ulang.</source>
        <translation>Excel cut off the number (e.g. 3.27301E+15). Format the column as Text and type it again.</translation>
    </message>
    <message>
        <source>Angka NIK/KK terpotong oleh Excel. Format kolom sebagai Teks lalu ketik ulang.</source>
        <translation>Excel cut off the NIK/KK digits. Format the column as Text and type it again.</translation>
    </message>
    <message>
        <source>Kode wilayah NIK ({prefix}) tidak ada di tabel wilayah.</source>
        <translation>The NIK&apos;s region code ({prefix}) is not in the region table.</translation>
    </message>
    <message>
        <source>Jenis kelamin menurut NIK ({nik}) berbeda dengan data ({record}).</source>
        <translation>The sex in the NIK ({nik}) differs from the record ({record}).</translation>
    </message>
    <message>
        <source>Tanggal lahir menurut NIK ({nik}) berbeda dengan data ({record}).</source>
        <translation>The birth date in the NIK ({nik}) differs from the record ({record}).</translation>
    </message>
    <message>
        <source>Nomor KK hanya boleh berisi angka.</source>
        <translation>A family card number may contain digits only.</translation>
    </message>
    <message>
        <source>Nomor KK harus tepat 16 angka.</source>
        <translation>A family card number must have exactly 16 digits.</translation>
    </message>
    <message>
        <source>Tanggal dalam nomor KK tidak mungkin.</source>
        <translation>The date in the family card number is impossible.</translation>
    </message>
    <message>
        <source>Nomor urut KK tidak boleh 0000.</source>
        <translation>The family card serial cannot be 0000.</translation>
    </message>
    <message>
        <source>Nomor KK ini sudah terdaftar.</source>
        <translation>This family card number is already registered.</translation>
    </message>
    <message>
        <source>Penduduk ini bukan anggota keluarga tersebut.</source>
        <translation>This resident is not a member of that family.</translation>
    </message>
    <message>
        <source>Penduduk ini sudah tidak tercatat hidup dan tinggal di sini.</source>
        <translation>This resident is no longer recorded as living here.</translation>
    </message>
    <message>
        <source>Kode wilayah tidak valid.</source>
        <translation>The region code is not valid.</translation>
    </message>
    <message>
        <source>Berkas tidak berisi satu pun baris wilayah yang sah.</source>
        <translation>The file has no valid region row.</translation>
    </message>
    <message>
        <source>Kode wilayah kosong.</source>
        <translation>The region code is empty.</translation>
    </message>
    <message>
        <source>Nama wilayah kosong.</source>
        <translation>The region name is empty.</translation>
    </message>
    <message>
        <source>Nama wilayah terlalu panjang.</source>
        <translation>The region name is too long.</translation>
    </message>
    <message>
        <source>Nama wilayah berisi karakter yang tidak sah.</source>
        <translation>The region name contains invalid characters.</translation>
    </message>
    <message>
        <source>Kode wilayah ganda.</source>
        <translation>Duplicate region code.</translation>
    </message>
    <message>
        <source>Kolom wajib belum dipilih: NIK dan Nama.</source>
        <translation>Required columns not chosen: NIK and Name.</translation>
    </message>
    <message>
        <source>Berkas terlalu besar.</source>
        <translation>The file is too large.</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibaca.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>Format berkas tidak didukung. Simpan sebagai CSV atau Excel .xlsx.</source>
        <translation>This file format is not supported. Save it as CSV or Excel .xlsx.</translation>
    </message>
    <message>
        <source>Berkas tidak berisi baris data.</source>
        <translation>The file has no data rows.</translation>
    </message>
    <message>
        <source>Berkas Excel tidak berisi lembar kerja.</source>
        <translation>The Excel file has no worksheet.</translation>
    </message>
    <message>
        <source>Sebagian lembar kerja tidak dapat dibaca.</source>
        <translation>Part of the worksheet cannot be read.</translation>
    </message>
    <message>
        <source>Baris berisi lebih banyak kolom daripada judulnya.</source>
        <translation>The row has more columns than the header.</translation>
    </message>
    <message>
        <source>Baris tidak dapat dibaca (tanda kutip tidak lengkap?).</source>
        <translation>The row cannot be read (a missing quote?).</translation>
    </message>
    <message>
        <source>Berkas berisi huruf yang tidak dapat dibaca; simpan ulang sebagai CSV UTF-8.</source>
        <translation>The file contains unreadable characters; save it again as CSV UTF-8.</translation>
    </message>
    <message>
        <source>Baris tidak memiliki kolom kode dan nama.</source>
        <translation>The row has no code and name columns.</translation>
    </message>
    <message>
        <source>Judul kolom tidak dikenal.</source>
        <translation>Unknown column headers.</translation>
    </message>
    <message>
        <source>Baris tidak dapat dibaca.</source>
        <translation>The row cannot be read.</translation>
    </message>
    <message>
        <source>Perintah SQL tidak dikenal.</source>
        <translation>Unknown SQL statement.</translation>
    </message>
    <message>
        <source>Teks tidak ditutup tanda kutip.</source>
        <translation>A text is missing its closing quote.</translation>
    </message>
    <message>
        <source>Perintah SQL tidak lengkap.</source>
        <translation>Incomplete SQL statement.</translation>
    </message>
    <message>
        <source>Pemisah antarbaris hilang.</source>
        <translation>A separator between rows is missing.</translation>
    </message>
    <message>
        <source>Baris kosong.</source>
        <translation>Empty row.</translation>
    </message>
    <message>
        <source>Pemeriksaan dibatalkan; periksa ulang berkas sebelum menyimpan.</source>
        <translation>The check was cancelled; check the file again before saving.</translation>
    </message>
    <message>
        <source>Tindakan ini tidak berlaku untuk jenis laporan ini.</source>
        <translation>This action does not apply to this kind of case.</translation>
    </message>
    <message>
        <source>Tindakan ini tidak dapat dilakukan pada tahap laporan sekarang.</source>
        <translation>This action is not possible at the case&apos;s current stage.</translation>
    </message>
    <message>
        <source>Petugas yang dipilih tidak dikenal atau tidak aktif.</source>
        <translation>The chosen officer is unknown or not active.</translation>
    </message>
    <message>
        <source>Laporan yang dirujuk tidak ditemukan.</source>
        <translation>The referenced case was not found.</translation>
    </message>
    <message>
        <source>Laporan tidak dapat ditandai sebagai duplikat dari dirinya sendiri atau laporan yang tidak sah.</source>
        <translation>A case cannot be marked as a duplicate of itself or of an invalid case.</translation>
    </message>
    <message>
        <source>Nomor laporan tidak valid.</source>
        <translation>The case number is not valid.</translation>
    </message>
    <message>
        <source>Kategori tidak dikenal.</source>
        <translation>Unknown category.</translation>
    </message>
    <message>
        <source>Kategori tidak boleh menjadi induk dari dirinya sendiri.</source>
        <translation>A category cannot be its own parent.</translation>
    </message>
    <message>
        <source>Kode layanan tidak valid.</source>
        <translation>The service code is not valid.</translation>
    </message>
    <message>
        <source>Kode layanan ini sudah dipakai.</source>
        <translation>This service code is already used.</translation>
    </message>
    <message>
        <source>Isi garis lintang dan garis bujur bersama-sama.</source>
        <translation>Fill in latitude and longitude together.</translation>
    </message>
    <message>
        <source>NIK harus 16 angka.</source>
        <translation>A NIK has 16 digits.</translation>
    </message>
    <message>
        <source>Nomor telepon tidak valid.</source>
        <translation>The telephone number is not valid.</translation>
    </message>
    <message>
        <source>Penduduk yang dipilih tidak ditemukan.</source>
        <translation>The chosen resident was not found.</translation>
    </message>
    <message>
        <source>Terlalu banyak lampiran (paling banyak {max}).</source>
        <translation>Too many attachments (at most {max}).</translation>
    </message>
    <message>
        <source>Nilai tidak dikenal: {value}.</source>
        <translation>Unknown value: {value}.</translation>
    </message>
    <message>
        <source>Batas waktu untuk membuka kembali laporan ini sudah lewat; catat sebagai laporan baru.</source>
        <translation>The time to reopen this case has passed; record it as a new case.</translation>
    </message>
    <message>
        <source>Permintaan informasi hanya dapat diperpanjang satu kali.</source>
        <translation>An information request can be extended only once.</translation>
    </message>
    <message>
        <source>Keberatan atas permintaan ini sudah dicatat.</source>
        <translation>An objection to this request has already been recorded.</translation>
    </message>
    <message>
        <source>Keberatan baru dapat diajukan setelah dijawab, ditolak, atau lewat tenggat jawaban.</source>
        <translation>An objection can only be filed after an answer, a refusal, or a missed deadline.</translation>
    </message>
    <message>
        <source>Masa pengajuan keberatan (30 hari kerja) sudah lewat.</source>
        <translation>The period for filing an objection (30 working days) has passed.</translation>
    </message>
    <message>
        <source>Tidak ada keberatan yang menunggu jawaban.</source>
        <translation>No objection is waiting for an answer.</translation>
    </message>
    <message>
        <source>Folder arsip dokumen tidak tersedia.</source>
        <translation>The document archive folder is not available.</translation>
    </message>
    <message>
        <source>RT harus angka 1 sampai 999.</source>
        <translation>RT must be a number from 1 to 999.</translation>
    </message>
    <message>
        <source>RW harus angka 1 sampai 999.</source>
        <translation>RW must be a number from 1 to 999.</translation>
    </message>
    <message>
        <source>Tanggal {day} tidak boleh sekaligus ditambah dan dihapus dari hari libur.</source>
        <translation>{day} cannot be both added to and removed from the holidays.</translation>
    </message>
    <message>
        <source>Tanggal berlaku tidak boleh sebelum tanggal terbit.</source>
        <translation>The valid-until date cannot be before the issue date.</translation>
    </message>
    <message>
        <source>Data ini tidak boleh dimuat dalam kode QR.</source>
        <translation>This data may not be put into a QR code.</translation>
    </message>
    <message>
        <source>Tidak ada kode QR yang terbaca pada berkas ini.</source>
        <translation>No QR code could be read in this file.</translation>
    </message>
    <message>
        <source>Alat pembaca kode QR belum terpasang di komputer ini.</source>
        <translation>No QR code reader is installed on this computer.</translation>
    </message>
    <message>
        <source>Pembacaan kode QR gagal.</source>
        <translation>Reading the QR code failed.</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan.</source>
        <translation>File not found.</translation>
    </message>
    <message>
        <source>Jenis berkas tidak didukung.</source>
        <translation>This file type is not supported.</translation>
    </message>
    <message>
        <source>Frasa sandi kunci kantor salah.</source>
        <translation>The office key passphrase is wrong.</translation>
    </message>
    <message>
        <source>Kunci kantor tidak terlindung frasa sandi.</source>
        <translation>The office key is not protected by a passphrase.</translation>
    </message>
    <message>
        <source>Berkas bukan kunci tanda tangan kantor yang sah.</source>
        <translation>The file is not a valid office signing key.</translation>
    </message>
    <message>
        <source>Berkas bukan kunci publik kantor yang sah.</source>
        <translation>The file is not a valid office public key.</translation>
    </message>
    <message>
        <source>Kode provinsi tidak dikenal.</source>
        <translation>Unknown province code.</translation>
    </message>
    <message>
        <source>Zona waktu tidak dikenal.</source>
        <translation>Unknown time zone.</translation>
    </message>
    <message>
        <source>Angka terlalu besar untuk ditulis dengan huruf.</source>
        <translation>The number is too large to write out in words.</translation>
    </message>
    <message>
        <source>Data contoh hanya boleh dibuat di kantor demo.</source>
        <translation>Sample data may only be made in a demo office.</translation>
    </message>
    <message>
        <source>Tanggal selesai tidak boleh sebelum tanggal mulai.</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <source>Tindakan ini tidak dapat dilakukan pada tahap musrenbang sekarang.</source>
        <translation>This action is not possible in the current musrenbang phase.</translation>
    </message>
    <message>
        <source>Tanggal tahap harus dalam tahun {year}.</source>
        <translation>Phase dates must be in {year}.</translation>
    </message>
    <message>
        <source>Tahap-tahap harus berurutan: tahap berikutnya tidak boleh dimulai sebelum tahap sebelumnya.</source>
        <translation>Phases must follow each other: a phase cannot start before the previous one.</translation>
    </message>
    <message>
        <source>Tahap musrenbang harus dijalani berurutan.</source>
        <translation>Musrenbang phases must be taken in order.</translation>
    </message>
    <message>
        <source>Jadwal semua tahap musrenbang harus diisi.</source>
        <translation>The schedule of every musrenbang phase must be filled in.</translation>
    </message>
    <message>
        <source>Berkas kosong.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Berkas terlalu besar (paling besar {max_mb} MB).</source>
        <translation>The file is too large (at most {max_mb} MB).</translation>
    </message>
    <message>
        <source>Kelurahan Desk sudah terbuka di komputer ini untuk folder data yang sama. Tutup jendela yang lain terlebih dahulu.</source>
        <translation>Kelurahan Desk is already open on this computer for the same data folder. Close the other window first.</translation>
    </message>
    <message>
        <source>Data ini dibuat oleh versi Kelurahan Desk yang lebih baru. Pasang versi terbaru.</source>
        <translation>This data was made by a newer version of Kelurahan Desk. Install the newest version.</translation>
    </message>
    <message>
        <source>Berkas data kantor rusak. Pulihkan dari cadangan yang baik.</source>
        <translation>The office data file is damaged. Restore from a good backup.</translation>
    </message>
    <message>
        <source>Data kantor sudah ditutup (misalnya setelah pemulihan). Buka kembali aplikasi.</source>
        <translation>The office data has been closed (e.g. after a restore). Open the application again.</translation>
    </message>
    <message>
        <source>Disk penuh. Kosongkan ruang lalu coba lagi; tidak ada data yang berubah.</source>
        <translation>The disk is full. Free some space and try again; no data was changed.</translation>
    </message>
    <message>
        <source>Gagal membaca atau menulis berkas (kesalahan disk). Tidak ada data yang berubah.</source>
        <translation>Reading or writing a file failed (disk error). No data was changed.</translation>
    </message>
    <message>
        <source>Pencadangan gagal; data kantor tidak berubah.</source>
        <translation>The backup failed; the office data did not change.</translation>
    </message>
    <message>
        <source>Berkas cadangan tidak valid atau rusak; data kantor tidak berubah.</source>
        <translation>The backup file is invalid or damaged; the office data did not change.</translation>
    </message>
    <message>
        <source>Cadangan ini milik kantor lain ({backup}), bukan kantor ini ({current}).</source>
        <translation>This backup belongs to another office ({backup}), not this one ({current}).</translation>
    </message>
    <message>
        <source>Pemulihan gagal.</source>
        <translation>The restore failed.</translation>
    </message>
    <message>
        <source>Akun Anda tidak berhak melihat data ini.</source>
        <translation>Your account may not see this data.</translation>
    </message>
    <message>
        <source>Hanya administrator yang boleh mengelola akun.</source>
        <translation>Only the administrator may manage accounts.</translation>
    </message>
    <message>
        <source>Hanya administrator yang boleh mengubah data dan pengaturan kantor.</source>
        <translation>Only the administrator may change office data and settings.</translation>
    </message>
    <message>
        <source>Akun Anda tidak berhak mengubah data penduduk.</source>
        <translation>Your account may not change resident data.</translation>
    </message>
    <message>
        <source>Hanya administrator yang boleh mengimpor data penduduk.</source>
        <translation>Only the administrator may import resident data.</translation>
    </message>
    <message>
        <source>Akun Anda tidak berhak mengekspor data.</source>
        <translation>Your account may not export data.</translation>
    </message>
    <message>
        <source>Akun Anda tidak berhak membuat cadangan.</source>
        <translation>Your account may not make backups.</translation>
    </message>
    <message>
        <source>Hanya administrator yang boleh memulihkan cadangan.</source>
        <translation>Only the administrator may restore a backup.</translation>
    </message>
    <message>
        <source>Akun Anda tidak berhak menerima atau menangani laporan.</source>
        <translation>Your account may not take in or handle cases.</translation>
    </message>
    <message>
        <source>Hanya verifikator (kasi) atau lurah yang boleh memverifikasi dan mendisposisikan laporan.</source>
        <translation>Only a verifier (kasi) or the lurah may verify and dispatch cases.</translation>
    </message>
    <message>
        <source>Hanya lurah yang boleh mengeskalasi laporan.</source>
        <translation>Only the lurah may escalate cases.</translation>
    </message>
    <message>
        <source>Hanya administrator yang boleh mengubah kategori.</source>
        <translation>Only the administrator may change categories.</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>KK number</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Agama</source>
        <translation>Religion</translation>
    </message>
    <message>
        <source>Status perkawinan</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Hubungan dalam KK</source>
        <translation>Relationship in family card</translation>
    </message>
    <message>
        <source>NIK sementara</source>
        <translation>Temporary NIK</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Terjadi kesalahan ({code}).</source>
        <translation>Something went wrong ({code}).</translation>
    </message>
    <message>
        <source>Akun Anda tidak berhak melakukan tindakan ini ({code}).</source>
        <translation>Your account may not do this ({code}).</translation>
    </message>
    <message>
        <source>Data tidak ditemukan; mungkin sudah diubah atau dihapus. Muat ulang tampilan.</source>
        <translation>Record not found; it may have been changed or removed. Reload the view.</translation>
    </message>
</context>
<context>
    <name>FamilyPanel</name>
    <message>
        <source>Hubungan</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Tgl. lahir</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Klik dua kali (atau Enter) untuk membuka data anggota keluarga.</source>
        <translation>Double-click (or press Enter) to open the family member&apos;s record.</translation>
    </message>
    <message>
        <source>Penduduk ini belum tercatat dalam kartu keluarga (KK).</source>
        <translation>This resident is not on a family card (KK) yet.</translation>
    </message>
    <message>
        <source>(belum ditentukan)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No. KK {kk}&lt;/b&gt;&lt;br&gt;Kepala keluarga: {head}&lt;br&gt;Alamat: {address} RT/RW {rt_rw}</source>
        <translation>&lt;b&gt;Family card (KK) {kk}&lt;/b&gt;&lt;br&gt;Head of family: {head}&lt;br&gt;Address: {address} RT/RW {rt_rw}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Pilih berkas penduduk</source>
        <translation>Choose a resident file</translation>
    </message>
    <message>
        <source>Berkas CSV atau Excel (.xlsx) dengan satu baris judul kolom, satu penduduk per baris.</source>
        <translation>A CSV or Excel (.xlsx) file with one header row and one resident per row.</translation>
    </message>
    <message>
        <source>&amp;Pilih berkas…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Data penduduk (*.csv *.xlsx *.txt);;Semua berkas (*)</source>
        <translation>Resident data (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Membaca berkas…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Berkas ini tidak dapat diimpor: {reason}</source>
        <translation>This file cannot be imported: {reason}</translation>
    </message>
    <message>
        <source>{rows} baris data, {columns} kolom. Tekan Lanjut untuk memilih kolom.</source>
        <translation>{rows} data rows, {columns} columns. Press Next to choose the columns.</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Sudah ada, data berbeda</source>
        <translation>Already present, different data</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>berkas</source>
        <translation>file</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Impor data penduduk</source>
        <translation>Import resident data</translation>
    </message>
    <message>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Terima baris yang valid</source>
        <translation>&amp;Accept the valid rows</translation>
    </message>
    <message>
        <source>Menyimpan penduduk baru…</source>
        <translation>Saving new residents…</translation>
    </message>
    <message>
        <source>{created} penduduk dan {families} KK ditambahkan.</source>
        <translation>{created} residents and {families} families added.</translation>
    </message>
    <message>
        <source>Penyimpanan dihentikan di tengah; sisanya belum disimpan.</source>
        <translation>Saving was stopped midway; the rest has not been saved.</translation>
    </message>
    <message>
        <source>Impor selesai</source>
        <translation>Import finished</translation>
    </message>
</context>
<context>
    <name>LifeEventDialog</name>
    <message>
        <source>Catat pindah keluar</source>
        <translation>Record moving out</translation>
    </message>
    <message>
        <source>Catat kematian</source>
        <translation>Record a death</translation>
    </message>
    <message>
        <source>{name} akan dicatat &lt;b&gt;pindah keluar&lt;/b&gt;. Datanya tetap tersimpan dengan status Pindah.</source>
        <translation>{name} will be recorded as &lt;b&gt;moved out&lt;/b&gt;. The record is kept with the status Moved out.</translation>
    </message>
    <message>
        <source>{name} akan dicatat &lt;b&gt;meninggal&lt;/b&gt;. Datanya tetap tersimpan dengan status Meninggal.</source>
        <translation>{name} will be recorded as &lt;b&gt;deceased&lt;/b&gt;. The record is kept with the status Deceased.</translation>
    </message>
    <message>
        <source>alamat tujuan pindah</source>
        <translation>address moved to</translation>
    </message>
    <message>
        <source>tempat meninggal</source>
        <translation>place of death</translation>
    </message>
    <message>
        <source>&amp;Tanggal</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>T&amp;ujuan</source>
        <translation>&amp;Destination</translation>
    </message>
    <message>
        <source>&amp;Tempat</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>&amp;Catatan</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Digunakan oleh {name} ({username}). Masukkan kata sandi untuk membuka.</source>
        <translation>In use by {name} ({username}). Enter the password to unlock.</translation>
    </message>
    <message>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Ganti pengguna</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Masuk — Kelurahan Desk</source>
        <translation>Sign in — Kelurahan Desk</translation>
    </message>
    <message>
        <source>Masukkan nama pengguna dan kata sandi Anda.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Isi nama pengguna.</source>
        <translation>Enter the user name.</translation>
    </message>
    <message>
        <source>Silakan coba lagi.</source>
        <translation>Please try again.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Kunci layar</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <source>Keluar &amp;akun</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Tutup aplikasi</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Pengaturan</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Pengaturan…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Tentang Kelurahan Desk</source>
        <translation>&amp;About Kelurahan Desk</translation>
    </message>
    <message>
        <source>Data kantor hanya dapat diubah administrator.</source>
        <translation>Only the administrator can change office data.</translation>
    </message>
    <message>
        <source>Pengguna: {name} ({role})</source>
        <translation>User: {name} ({role})</translation>
    </message>
    <message>
        <source>Sinkronisasi: belum diatur</source>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <source>Kantor: Kelurahan {name} ({code})</source>
        <translation>Office: Kelurahan {name} ({code})</translation>
    </message>
    <message>
        <source>Tentang Kelurahan Desk</source>
        <translation>About Kelurahan Desk</translation>
    </message>
    <message>
        <source>Sistem layanan kantor kelurahan.

Folder data: {data}
Catatan kesalahan: {logs}</source>
        <translation>The service system of a kelurahan office.

Data folder: {data}
Error logs: {logs}</translation>
    </message>
    <message>
        <source>Pekerjaan masih berjalan</source>
        <translation>Work still running</translation>
    </message>
    <message>
        <source>Data masih sedang disimpan (impor, cadangan atau pemulihan). Tutup juga?</source>
        <translation>Data is still being saved (import, backup or restore). Close anyway?</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Kolom mana berisi apa?</source>
        <translation>Which column holds what?</translation>
    </message>
    <message>
        <source>Isian sudah ditebak dari judul kolom; periksa dan ubah bila perlu. NIK dan Nama wajib (*).</source>
        <translation>The choices were guessed from the column headers; check and change them if needed. NIK and Name are required (*).</translation>
    </message>
    <message>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(kolom {number})</source>
        <translation>(column {number})</translation>
    </message>
    <message>
        <source>mis. {values}</source>
        <translation>e.g. {values}</translation>
    </message>
    <message>
        <source>Pilih kolom untuk: {fields}.</source>
        <translation>Choose a column for: {fields}.</translation>
    </message>
</context>
<context>
    <name>MessageBoxes</name>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Penduduk</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Pengaduan &amp; Laporan</source>
        <translation>Complaints &amp; Reports</translation>
    </message>
    <message>
        <source>Akun Pengguna</source>
        <translation>User Accounts</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>Akun baru</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>Nama &amp;lengkap</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>&amp;Peran</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Kata sandi awal</source>
        <translation>Initial &amp;password</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <source>NIP (bila ada)</source>
        <translation>NIP (if any)</translation>
    </message>
    <message>
        <source>&amp;Jabatan</source>
        <translation>Job &amp;title</translation>
    </message>
    <message>
        <source>Minta pemilik akun mengganti kata sandinya setelah masuk pertama kali.</source>
        <translation>Ask the account&apos;s owner to change the password after the first sign-in.</translation>
    </message>
</context>
<context>
    <name>OfficeDetailsForm</name>
    <message>
        <source>mis. Jl. Sukarasa No. 1</source>
        <translation>e.g. Jl. Sukarasa No. 1</translation>
    </message>
    <message>
        <source>mis. 022-2011234</source>
        <translation>e.g. 022-2011234</translation>
    </message>
    <message>
        <source>mis. kel.sukarasa@bandung.go.id</source>
        <translation>e.g. kel.sukarasa@bandung.go.id</translation>
    </message>
    <message>
        <source>kota tempat surat ditandatangani</source>
        <translation>town where letters are signed</translation>
    </message>
    <message>
        <source>18 angka, boleh dengan spasi</source>
        <translation>18 digits, spaces allowed</translation>
    </message>
    <message>
        <source>mis. Penata Tingkat I (III/d)</source>
        <translation>e.g. Penata Tingkat I (III/d)</translation>
    </message>
    <message>
        <source>&amp;Alamat kantor</source>
        <translation>Office &amp;address</translation>
    </message>
    <message>
        <source>&amp;Telepon</source>
        <translation>&amp;Telephone</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>Situs &amp;web</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>Kode &amp;pos</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>Tempat &amp;surat</source>
        <translation>Letter &amp;place</translation>
    </message>
    <message>
        <source>Nama &amp;lurah</source>
        <translation>&amp;Lurah&apos;s name</translation>
    </message>
    <message>
        <source>&amp;NIP lurah</source>
        <translation>Lurah&apos;s &amp;NIP</translation>
    </message>
    <message>
        <source>Pangkat/&amp;golongan</source>
        <translation>Rank/&amp;grade</translation>
    </message>
    <message>
        <source>Lambang kota</source>
        <translation>City emblem</translation>
    </message>
</context>
<context>
    <name>OfficeIdentityForm</name>
    <message>
        <source>mis. 32.73.01.1001</source>
        <translation>e.g. 32.73.01.1001</translation>
    </message>
    <message>
        <source>Kota</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>Kode &amp;kelurahan</source>
        <translation>&amp;Kelurahan code</translation>
    </message>
    <message>
        <source>&amp;Provinsi</source>
        <translation>&amp;Province</translation>
    </message>
    <message>
        <source>Kota/&amp;Kabupaten</source>
        <translation>Kota/&amp;Kabupaten</translation>
    </message>
    <message>
        <source>Nama kota/kabupaten</source>
        <translation>Kota/kabupaten name</translation>
    </message>
    <message>
        <source>K&amp;ecamatan</source>
        <translation>K&amp;ecamatan</translation>
    </message>
    <message>
        <source>Ke&amp;lurahan</source>
        <translation>Ke&amp;lurahan</translation>
    </message>
    <message>
        <source>Kode kelurahan tidak dapat diubah setelah pengaturan awal.</source>
        <translation>The kelurahan code cannot be changed after the first-run setup.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Contoh isi berkas</source>
        <translation>Sample of the file</translation>
    </message>
    <message>
        <source>Baris pertama berkas menurut pilihan kolom tadi. Bila ada yang tertukar, tekan Kembali.</source>
        <translation>The first rows of the file as the columns were chosen. If something is mixed up, press Back.</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <source>Kelurahan kantor ini</source>
        <translation>This office&apos;s kelurahan</translation>
    </message>
    <message>
        <source>Pilih dari tabel wilayah, atau ketik kode dan nama sendiri pada isian di bawah.</source>
        <translation>Choose from the region table, or type the code and names in the fields below.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kode dan nama&lt;/b&gt; (terisi otomatis setelah memilih kelurahan)</source>
        <translation>&lt;b&gt;Code and names&lt;/b&gt; (filled in when you choose a kelurahan)</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>&amp;Impor tabel wilayah…</source>
        <translation>&amp;Import region table…</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Kota/Kabupaten</source>
        <translation>Kota/Kabupaten</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Tabel wilayah berisi {count} wilayah.</source>
        <translation>The region table holds {count} regions.</translation>
    </message>
    <message>
        <source>Tabel wilayah belum ada. Impor berkas wilayah.sql atau CSV (kode,nama), atau isi manual di bawah.</source>
        <translation>There is no region table yet. Import a wilayah.sql or CSV (kode,nama) file, or fill in the fields below by hand.</translation>
    </message>
    <message>
        <source>Pilih berkas tabel wilayah</source>
        <translation>Choose a region table file</translation>
    </message>
    <message>
        <source>Tabel wilayah (*.sql *.csv);;Semua berkas (*)</source>
        <translation>Region tables (*.sql *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Mengimpor tabel wilayah…</source>
        <translation>Importing the region table…</translation>
    </message>
    <message>
        <source>{stored} wilayah diimpor; {problems} baris berkas dilewati karena tidak sah.</source>
        <translation>{stored} regions imported; {problems} rows of the file were skipped as invalid.</translation>
    </message>
    <message>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Pemeriksaan setiap baris</source>
        <translation>Checking every row</translation>
    </message>
    <message>
        <source>Belum ada data yang disimpan. Periksa laporan, lalu terima baris yang valid.</source>
        <translation>Nothing has been saved yet. Check the report, then accept the valid rows.</translation>
    </message>
    <message>
        <source>Hentikan</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Salin laporan</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Pemeriksaan dihentikan. Tekan Kembali lalu Lanjut untuk memeriksa ulang.</source>
        <translation>The check was stopped. Press Back and then Next to check again.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{total}&lt;/b&gt; baris diperiksa: &lt;b&gt;{new}&lt;/b&gt; penduduk baru siap ditambahkan ({families} KK baru), {same} sudah ada dan sama, {different} sudah ada dengan data berbeda, &lt;b&gt;{rejected}&lt;/b&gt; ditolak, {warnings} peringatan.</source>
        <translation>&lt;b&gt;{total}&lt;/b&gt; rows checked: &lt;b&gt;{new}&lt;/b&gt; new residents ready to add ({families} new families), {same} already present and identical, {different} already present with different data, &lt;b&gt;{rejected}&lt;/b&gt; refused, {warnings} warnings.</translation>
    </message>
    <message>
        <source>&amp;Terima baris yang valid</source>
        <translation>&amp;Accept the valid rows</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Atur ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Kata sandi &amp;baru</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi</source>
        <translation>&amp;Repeat password</translation>
    </message>
</context>
<context>
    <name>ResidentChoices</name>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Islam</source>
        <translation>Islam</translation>
    </message>
    <message>
        <source>Kristen</source>
        <translation>Protestant</translation>
    </message>
    <message>
        <source>Katolik</source>
        <translation>Catholic</translation>
    </message>
    <message>
        <source>Hindu</source>
        <translation>Hindu</translation>
    </message>
    <message>
        <source>Buddha</source>
        <translation>Buddhist</translation>
    </message>
    <message>
        <source>Konghucu</source>
        <translation>Confucian</translation>
    </message>
    <message>
        <source>Kepercayaan terhadap Tuhan YME</source>
        <translation>Indigenous belief (Kepercayaan)</translation>
    </message>
    <message>
        <source>Belum kawin</source>
        <translation>Not married</translation>
    </message>
    <message>
        <source>Kawin</source>
        <translation>Married</translation>
    </message>
    <message>
        <source>Cerai hidup</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <source>Cerai mati</source>
        <translation>Widowed</translation>
    </message>
    <message>
        <source>Kepala keluarga</source>
        <translation>Head of family</translation>
    </message>
    <message>
        <source>Suami</source>
        <translation>Husband</translation>
    </message>
    <message>
        <source>Istri</source>
        <translation>Wife</translation>
    </message>
    <message>
        <source>Anak</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Menantu</source>
        <translation>Child-in-law</translation>
    </message>
    <message>
        <source>Cucu</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <source>Orang tua</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Mertua</source>
        <translation>Parent-in-law</translation>
    </message>
    <message>
        <source>Famili lain</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <source>Pembantu</source>
        <translation>Household help</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Hidup</source>
        <translation>Living</translation>
    </message>
    <message>
        <source>Pindah</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <source>Meninggal</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Pindah keluar</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <source>Pindah datang</source>
        <translation>Moved in</translation>
    </message>
    <message>
        <source>Lahir</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Koreksi data</source>
        <translation>Data correction</translation>
    </message>
</context>
<context>
    <name>ResidentDetailPanel</name>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Peristiwa</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Tempat/tujuan</source>
        <translation>Place/destination</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Dicatat oleh</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>&amp;Data penduduk</source>
        <translation>Resident &amp;data</translation>
    </message>
    <message>
        <source>&amp;Keluarga</source>
        <translation>&amp;Family</translation>
    </message>
    <message>
        <source>&amp;Riwayat</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Pindah…</source>
        <translation>&amp;Moved out…</translation>
    </message>
    <message>
        <source>&amp;Meninggal…</source>
        <translation>&amp;Died…</translation>
    </message>
    <message>
        <source>Catat penduduk ini pindah keluar</source>
        <translation>Record that this resident moved out</translation>
    </message>
    <message>
        <source>Catat kematian penduduk ini</source>
        <translation>Record this resident&apos;s death</translation>
    </message>
    <message>
        <source>Penduduk baru</source>
        <translation>New resident</translation>
    </message>
    <message>
        <source>Tersimpan, dengan peringatan di atas.</source>
        <translation>Saved, with the warnings above.</translation>
    </message>
    <message>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>ResidentExport</name>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Ekspor data penduduk</source>
        <translation>Export resident data</translation>
    </message>
    <message>
        <source>Ekspor selesai</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>{count} penduduk diekspor ke:
{path}</source>
        <translation>{count} residents exported to:
{path}</translation>
    </message>
    <message>
        <source>Mengekspor data penduduk…</source>
        <translation>Exporting resident data…</translation>
    </message>
</context>
<context>
    <name>ResidentForm</name>
    <message>
        <source>Hari-bulan-tahun, misalnya 05-01-1990</source>
        <translation>Day-month-year, e.g. 05-01-1990</translation>
    </message>
    <message>
        <source>NIK &amp;sementara</source>
        <translation>&amp;Temporary NIK</translation>
    </message>
    <message>
        <source>Centang bila penduduk belum punya NIK resmi; NIK sementara diawali 0.</source>
        <translation>Tick when the resident has no official NIK yet; a temporary NIK starts with 0.</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>&amp;NIK</source>
        <translation>&amp;NIK</translation>
    </message>
    <message>
        <source>Na&amp;ma lengkap</source>
        <translation>Full na&amp;me</translation>
    </message>
    <message>
        <source>No. &amp;KK</source>
        <translation>Family &amp;card (KK)</translation>
    </message>
    <message>
        <source>Hubungan dalam KK</source>
        <translation>Relationship in family card</translation>
    </message>
    <message>
        <source>&amp;Tempat lahir</source>
        <translation>&amp;Place of birth</translation>
    </message>
    <message>
        <source>Tanggal &amp;lahir</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <source>&amp;Jenis kelamin</source>
        <translation>&amp;Sex</translation>
    </message>
    <message>
        <source>A&amp;gama</source>
        <translation>Reli&amp;gion</translation>
    </message>
    <message>
        <source>Status &amp;perkawinan</source>
        <translation>&amp;Marital status</translation>
    </message>
    <message>
        <source>Peker&amp;jaan</source>
        <translation>&amp;Occupation</translation>
    </message>
    <message>
        <source>Pen&amp;didikan</source>
        <translation>E&amp;ducation</translation>
    </message>
    <message>
        <source>&amp;Alamat</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hidup (baru)</source>
        <translation>Living (new)</translation>
    </message>
</context>
<context>
    <name>ResidentTableModel</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Tgl. lahir</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>KK number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ResidentsView</name>
    <message>
        <source>Cari nama, NIK, No. KK (kk:3273…) atau RT/RW (mis. 3/5)</source>
        <translation>Search name, NIK, family card (kk:3273…) or RT/RW (e.g. 3/5)</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>&amp;Baru</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Tambah penduduk baru (Ctrl+N)</source>
        <translation>Add a new resident (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Impor…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Ekspor…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Muat lebih banyak</source>
        <translation>Load more</translation>
    </message>
    <message>
        <source>&amp;Cari:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Tidak ada penduduk yang cocok.</source>
        <translation>No matching residents.</translation>
    </message>
    <message>
        <source>Menampilkan {shown} dari {total} penduduk</source>
        <translation>Showing {shown} of {total} residents</translation>
    </message>
    <message>
        <source>{total} penduduk</source>
        <translation>{total} residents</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Perubahan pada data ini belum disimpan. Tinggalkan dan buang perubahan itu?</source>
        <translation>The changes to this record are not saved. Leave and discard them?</translation>
    </message>
    <message>
        <source>Buang perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Petugas layanan</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>Verifikator (Kasi)</source>
        <translation>Verifier (Kasi)</translation>
    </message>
    <message>
        <source>Lurah</source>
        <translation>Lurah</translation>
    </message>
    <message>
        <source>Hanya baca</source>
        <translation>Read only</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Bahasa tampilan</source>
        <translation>Display &amp;language</translation>
    </message>
    <message>
        <source>Bahasa baru berlaku setelah aplikasi dibuka ulang.</source>
        <translation>A new language applies after the application is restarted.</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>&amp;Kunci layar setelah tidak dipakai</source>
        <translation>&amp;Lock the screen after being idle for</translation>
    </message>
    <message>
        <source>Hanya administrator yang dapat mengubah pengaturan kantor.</source>
        <translation>Only the administrator can change office settings.</translation>
    </message>
    <message>
        <source>&amp;Umum</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Data kantor</source>
        <translation>&amp;Office data</translation>
    </message>
    <message>
        <source>Kata sandi &amp;sekarang</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <source>Kata sandi &amp;baru</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi baru</source>
        <translation>&amp;Repeat new password</translation>
    </message>
    <message>
        <source>Kosongkan bila tidak ingin mengganti kata sandi.</source>
        <translation>Leave empty to keep your password.</translation>
    </message>
    <message>
        <source>&amp;Kata sandi saya</source>
        <translation>My &amp;password</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Bahasa tampilan akan berganti setelah aplikasi dibuka ulang.</source>
        <translation>The display language will change after the application is restarted.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Pengaturan awal — Kelurahan Desk</source>
        <translation>First-run setup — Kelurahan Desk</translation>
    </message>
    <message>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Periksa dan simpan</source>
        <translation>Check and save</translation>
    </message>
    <message>
        <source>Kota</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>Administrator: &lt;b&gt;{admin}&lt;/b&gt; ({username})&lt;br&gt;&lt;br&gt;Kelurahan &lt;b&gt;{village}&lt;/b&gt; ({code})&lt;br&gt;Kecamatan {district}, {kind} {city}, {province}&lt;br&gt;{address}&lt;br&gt;&lt;br&gt;Lurah: {lurah}&lt;br&gt;Lambang kota: {emblem}&lt;br&gt;&lt;br&gt;Tekan &lt;b&gt;Selesai&lt;/b&gt; untuk menyimpan.</source>
        <translation>Administrator: &lt;b&gt;{admin}&lt;/b&gt; ({username})&lt;br&gt;&lt;br&gt;Kelurahan &lt;b&gt;{village}&lt;/b&gt; ({code})&lt;br&gt;Kecamatan {district}, {kind} {city}, {province}&lt;br&gt;{address}&lt;br&gt;&lt;br&gt;Lurah: {lurah}&lt;br&gt;City emblem: {emblem}&lt;br&gt;&lt;br&gt;Press &lt;b&gt;Finish&lt;/b&gt; to save.</translation>
    </message>
    <message>
        <source>ada</source>
        <translation>present</translation>
    </message>
    <message>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <source>Kesalahan tak terduga</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga. Data yang sudah tersimpan tetap aman.
Jika terjadi lagi, salin rinciannya dan kirim ke petugas TI.</source>
        <translation>An unexpected error occurred. Data already saved is safe.
If it happens again, copy the details and send them to IT support.</translation>
    </message>
    <message>
        <source>Catatan kesalahan disimpan di: {path}</source>
        <translation>The error log is kept in: {path}</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Salin rincian</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Tersalin</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Selamat datang di Kelurahan Desk</source>
        <translation>Welcome to Kelurahan Desk</translation>
    </message>
    <message>
        <source>Pengaturan awal ini dilakukan sekali saja. Anda akan:

1. membuat akun administrator,
2. memilih kelurahan kantor ini,
3. mengisi alamat kantor, data lurah dan lambang kota.

Semua isian dapat diubah kemudian, kecuali kode kelurahan.</source>
        <translation>This setup is done only once. You will:

1. create the administrator account,
2. choose this office&apos;s kelurahan,
3. enter the office address, the lurah&apos;s data and the city emblem.

Everything can be changed later, except the kelurahan code.</translation>
    </message>
</context>
</TS>

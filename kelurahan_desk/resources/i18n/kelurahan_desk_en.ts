<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AccountDetailsDialog</name>
    <message>
        <source>Ubah data akun</source>
        <translation>Edit account details</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Nama &amp;lengkap</source>
        <translation>&amp;Full name</translation>
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
        <source>Nama, NIP dan jabatan ini tercetak pada surat; surat yang sudah terbit tidak berubah.</source>
        <translation>This name, NIP and job title print on letters; letters already issued do not change.</translation>
    </message>
</context>
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
        <translation>Disa&amp;ble</translation>
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
    <message>
        <source>Ubah &amp;data…</source>
        <translation>Edit &amp;details…</translation>
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
        <source>Nama l&amp;engkap</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>Kata &amp;sandi</source>
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
        <source>Cadangan baik terbaru: {name}
Pulihkan data kantor dari cadangan itu sekarang? Data yang rusak disimpan terpisah lebih dulu; perubahan sesudah cadangan itu dibuat tidak ikut kembali.</source>
        <translation>Newest good backup: {name}
Restore the office data from that backup now? The damaged data is kept aside first; changes made after that backup do not come back.</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Data kantor dipulihkan dari {name}.</source>
        <translation>The office data was restored from {name}.</translation>
    </message>
    <message>
        <source>Data yang rusak disimpan di:
{path}</source>
        <translation>The damaged data is kept in:
{path}</translation>
    </message>
    <message>
        <source>Tidak ada cadangan yang baik di folder cadangan otomatis.</source>
        <translation>There is no good backup in the automatic backup folder.</translation>
    </message>
    <message>
        <source>Data sebelumnya disimpan di:
{path}</source>
        <translation>The previous data was kept at:
{path}</translation>
    </message>
    <message>
        <source>Masuklah dengan akun dan kata sandi dari kantor itu.</source>
        <translation>Sign in with an account and password of that office.</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Lurah (ditandatangani sendiri)</source>
        <translation>Lurah (signed in person)</translation>
    </message>
    <message>
        <source>a.n. Lurah (atas nama)</source>
        <translation>a.n. Lurah (on behalf of)</translation>
    </message>
    <message>
        <source>Plt. Lurah (pelaksana tugas)</source>
        <translation>Plt. Lurah (acting lurah)</translation>
    </message>
    <message>
        <source>Plh. Lurah (pelaksana harian)</source>
        <translation>Plh. Lurah (daily acting lurah)</translation>
    </message>
    <message>
        <source>Setujui dan terbitkan surat</source>
        <translation>Approve and issue letter</translation>
    </message>
    <message>
        <source>mis. Sekretaris Kelurahan (kosong: jabatan akun)</source>
        <translation>e.g. Sekretaris Kelurahan (empty: the account&apos;s position)</translation>
    </message>
    <message>
        <source>pangkat/golongan (kosong: sesuai data kantor)</source>
        <translation>rank/grade (empty: as in the office details)</translation>
    </message>
    <message>
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Tanda tangan</source>
        <translation>&amp;Signature</translation>
    </message>
    <message>
        <source>&amp;Jabatan a.n.</source>
        <translation>&amp;Position (a.n.)</translation>
    </message>
    <message>
        <source>&amp;Pangkat</source>
        <translation>Ran&amp;k</translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <source>Setujui &amp;&amp; terbitkan</source>
        <translation>Approve &amp;&amp; issue</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Simpan kehadiran</source>
        <translation>Save attendance</translation>
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
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
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
    <message>
        <source>{count} berkas lampiran di folder data RUSAK dan tidak ikut dicadangkan. Hubungi petugas TI; cadangan data lainnya lengkap.</source>
        <translation>{count} attachment files in the data folder are DAMAGED and were not backed up. Contact the IT staff; the rest of the backup is complete.</translation>
    </message>
    <message>
        <source>Data sebelumnya disimpan sebagai:
{path}</source>
        <translation>The previous data was kept as:
{path}</translation>
    </message>
    <message>
        <source>Lampiran: {copied} dikembalikan, {present} sudah ada.</source>
        <translation>Attachments: {copied} brought back, {present} already there.</translation>
    </message>
    <message>
        <source>Lanjutkan?</source>
        <translation>Continue?</translation>
    </message>
</context>
<context>
    <name>BackupTexts</name>
    <message>
        <source>Cadangan Kelurahan Desk (*.db)</source>
        <translation>Kelurahan Desk backups (*.db)</translation>
    </message>
    <message>
        <source>Berkas: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <source>Kantor: Kelurahan {village} ({code})</source>
        <translation>Office: Kelurahan {village} ({code})</translation>
    </message>
    <message>
        <source>Belum ada perubahan tercatat di cadangan ini.</source>
        <translation>This backup holds no recorded change yet.</translation>
    </message>
    <message>
        <source>Perubahan terakhir: {date} {time} (catatan audit no. {seq})</source>
        <translation>Last change: {date} {time} (audit record no. {seq})</translation>
    </message>
    <message numerus="yes">
        <source>%n perubahan yang dibuat sesudah cadangan ini tidak ikut dipulihkan; semuanya tetap ada di data lama yang disimpan terpisah.</source>
        <translation>
            <numerusform>%n change made after this backup is not restored; it stays in the old data kept aside.</numerusform>
            <numerusform>%n changes made after this backup are not restored; they all stay in the old data kept aside.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n berkas lampiran atau surat terbit yang tercatat di cadangan tidak ada di folder cadangan, jadi tidak dapat dikembalikan. Salin lagi seluruh isi folder cadangan dari flashdisk bila masih ada.</source>
        <translation>
            <numerusform>%n attachment or issued-letter file listed in the backup is not in the backup folder, so it could not be brought back. Copy the whole backup folder from the USB stick again if you still have it.</numerusform>
            <numerusform>%n attachment or issued-letter files listed in the backup are not in the backup folder, so they could not be brought back. Copy the whole backup folder from the USB stick again if you still have it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Semua data akan diganti dengan isi cadangan ini. Data saat ini disimpan terpisah lebih dulu.</source>
        <translation>All data will be replaced by this backup. The current data is kept aside first.</translation>
    </message>
    <message>
        <source>Kunci tanda tangan kantor sengaja tidak ikut dalam cadangan. Surat berikutnya ditandatangani dengan kunci baru; surat lama tetap dapat diperiksa keasliannya. Bila kantor bersinkronisasi dengan HQ, daftarkan ulang kantor ke HQ.</source>
        <translation>The office's signing key is deliberately not in the backup. The next letters are signed with a new key; earlier letters can still be checked. If the office syncs with HQ, enrol the office with HQ again.</translation>
    </message>
</context>
<context>
    <name>BusinessDialog</name>
    <message>
        <source>Ubah data usaha</source>
        <translation>Edit business</translation>
    </message>
    <message>
        <source>Daftarkan usaha</source>
        <translation>Register a business</translation>
    </message>
    <message>
        <source>NIK atau nama pemilik, lalu Enter</source>
        <translation>Owner&apos;s NIK or name, then Enter</translation>
    </message>
    <message>
        <source>kosongkan bila sama dengan alamat pemilik</source>
        <translation>leave empty if the same as the owner&apos;s address</translation>
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
        <source>Tambah &amp;foto…</source>
        <translation>Add &amp;photos…</translation>
    </message>
    <message>
        <source>Rp, tanpa tanah dan bangunan</source>
        <translation>Rp, without land and buildings</translation>
    </message>
    <message>
        <source>&amp;Pemilik</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <source>&amp;Nama usaha</source>
        <translation>Business &amp;name</translation>
    </message>
    <message>
        <source>&amp;Sektor</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <source>P&amp;roduk</source>
        <translation>P&amp;roducts</translation>
    </message>
    <message>
        <source>&amp;Alamat usaha</source>
        <translation>Business &amp;address</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>&amp;Telepon</source>
        <translation>&amp;Telephone</translation>
    </message>
    <message>
        <source>&amp;Modal</source>
        <translation>&amp;Capital</translation>
    </message>
    <message>
        <source>&amp;Omzet setahun</source>
        <translation>&amp;Yearly sales</translation>
    </message>
    <message>
        <source>Tenaga &amp;kerja</source>
        <translation>&amp;Workers</translation>
    </message>
    <message>
        <source>N&amp;IB</source>
        <translation>N&amp;IB</translation>
    </message>
    <message>
        <source>Status NI&amp;B</source>
        <translation>NI&amp;B status</translation>
    </message>
    <message>
        <source>Kelas usaha:</source>
        <translation>Size class:</translation>
    </message>
    <message>
        <source>Foto:</source>
        <translation>Photos:</translation>
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
        <source>tersimpan</source>
        <translation>saved</translation>
    </message>
    <message>
        <source>(modal atau omzet belum berupa angka)</source>
        <translation>(capital or sales is not a number yet)</translation>
    </message>
    <message>
        <source>(isi modal atau omzet)</source>
        <translation>(enter capital or sales)</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <source>Bawa usulan tahun lalu</source>
        <translation>Carry over last year&apos;s proposals</translation>
    </message>
    <message>
        <source>Bawa yang dicentang</source>
        <translation>Carry over the ticked ones</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Usulan yang belum didanai dari tahun sebelumnya:</source>
        <translation>Unfunded proposals from earlier years:</translation>
    </message>
    <message>
        <source>Tidak ada usulan tahun lalu yang dapat dibawa.</source>
        <translation>No earlier proposals can be carried over.</translation>
    </message>
</context>
<context>
    <name>CaseActionDialog</name>
    <message>
        <source>Ke &amp;petugas</source>
        <translation>To an &amp;officer</translation>
    </message>
    <message>
        <source>atau ke &amp;unit</source>
        <translation>or to a &amp;unit</translation>
    </message>
    <message>
        <source>Diteruskan ke &amp;instansi</source>
        <translation>Forwarded to &amp;agency</translation>
    </message>
    <message>
        <source>Nomor kasus &amp;asli</source>
        <translation>&amp;Original case number</translation>
    </message>
    <message>
        <source>Alasan &amp;keberatan</source>
        <translation>Objection &amp;reason</translation>
    </message>
    <message>
        <source>&amp;Alasan</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Surat &amp;pemberitahuan</source>
        <translation>Notice &amp;letter</translation>
    </message>
    <message>
        <source>&amp;Jawaban / tindak lanjut</source>
        <translation>&amp;Answer / follow-up</translation>
    </message>
    <message>
        <source>&amp;Jawaban atas keberatan</source>
        <translation>&amp;Answer to the objection</translation>
    </message>
    <message>
        <source>&amp;Catatan</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Foto sebelum</source>
        <translation>Photos before</translation>
    </message>
    <message>
        <source>Foto sesudah</source>
        <translation>Photos after</translation>
    </message>
    <message>
        <source>Tambah…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Catatan boleh dikosongkan.</source>
        <translation>The note may be left empty.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>— pilih petugas —</source>
        <translation>— choose an officer —</translation>
    </message>
    <message>
        <source>Pilih petugas, atau tulis unit yang menangani.</source>
        <translation>Choose an officer, or enter the unit that will handle it.</translation>
    </message>
</context>
<context>
    <name>CaseDetailPanel</name>
    <message>
        <source>Pilih kasus di daftar.</source>
        <translation>Choose a case in the list.</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Cetak tanda te&amp;rima</source>
        <translation>Print &amp;receipt</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>Kertas struk 80 mm</source>
        <translation>80 mm receipt roll</translation>
    </message>
    <message>
        <source>Cetak A5 ke printer…</source>
        <translation>Print A5 on a printer…</translation>
    </message>
    <message>
        <source>Cetak struk 80 mm ke printer…</source>
        <translation>Print 80 mm receipt on a printer…</translation>
    </message>
    <message>
        <source>Foto dan pindaian</source>
        <translation>Photos and scans</translation>
    </message>
    <message>
        <source>Riwayat dan tindak lanjut</source>
        <translation>History and follow-up</translation>
    </message>
    <message>
        <source>⚑ dieskalasi {day}</source>
        <translation>⚑ escalated {day}</translation>
    </message>
    <message>
        <source>keberatan menunggu jawaban</source>
        <translation>objection awaiting an answer</translation>
    </message>
    <message>
        <source>ditutup</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Tidak ada tenggat berjalan. Dijanjikan: {day}.</source>
        <translation>No deadline running. Promised: {day}.</translation>
    </message>
    <message>
        <source>Tenggat {stage}: {day} ({left}). Dijanjikan: {promised}.</source>
        <translation>Deadline for {stage}: {day} ({left}). Promised: {promised}.</translation>
    </message>
    <message>
        <source>Anonim</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Dirahasiakan</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source> (dirahasiakan di daftar)</source>
        <translation> (hidden in lists)</translation>
    </message>
    <message>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Informasi diminta</source>
        <translation>Information requested</translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Cara memperoleh</source>
        <translation>Form of delivery</translation>
    </message>
    <message>
        <source>Ditangani</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Perpanjangan</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Jawaban</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Alasan ditolak</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <source>Diteruskan ke</source>
        <translation>Forwarded to</translation>
    </message>
    <message>
        <source>belum terunduh dari HQ</source>
        <translation>not downloaded from HQ yet</translation>
    </message>
    <message>
        <source>Riwayat di kantor asal:</source>
        <translation>History at the office it came from:</translation>
    </message>
    <message>
        <source>Duplikat dari</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <source>Keberatan</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>Jawaban keberatan</source>
        <translation>Answer to the objection</translation>
    </message>
    <message>
        <source>Dapat dibuka kembali</source>
        <translation>Can be reopened</translation>
    </message>
    <message>
        <source>sampai {day}</source>
        <translation>until {day}</translation>
    </message>
    <message>
        <source>[foto: {roles}]</source>
        <translation>[photos: {roles}]</translation>
    </message>
    <message>
        <source>Menunggu kasi atau lurah: {steps}.</source>
        <translation>Waiting for the kasi or the lurah: {steps}.</translation>
    </message>
    <message>
        <source>Menunggu petugas yang menangani: {steps}.</source>
        <translation>Waiting for the officer handling it: {steps}.</translation>
    </message>
</context>
<context>
    <name>CaseIntakeForm</name>
    <message>
        <source>Penduduk (cari NIK / nama)</source>
        <translation>Resident (find by NIK / name)</translation>
    </message>
    <message>
        <source>Bukan penduduk</source>
        <translation>Not a resident</translation>
    </message>
    <message>
        <source>Anonim</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Rahasiakan identitas pelapor</source>
        <translation>Keep the reporter&apos;s identity confidential</translation>
    </message>
    <message>
        <source>opsional, mis. -6.88</source>
        <translation>optional, e.g. -6.88</translation>
    </message>
    <message>
        <source>opsional, mis. 107.60</source>
        <translation>optional, e.g. 107.60</translation>
    </message>
    <message>
        <source>Tambah &amp;foto / pindaian…</source>
        <translation>Inser&amp;t photo / scan…</translation>
    </message>
    <message>
        <source>Tidak ada kasus serupa dalam 30 hari terakhir.</source>
        <translation>No similar cases in the last 30 days.</translation>
    </message>
    <message>
        <source>&amp;Simpan (Ctrl+Enter)</source>
        <translation>&amp;Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Kosongkan</source>
        <translation>Start o&amp;ver</translation>
    </message>
    <message>
        <source>&amp;Jenis</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Kat&amp;egori</source>
        <translation>Cat&amp;egory</translation>
    </message>
    <message>
        <source>&amp;Pelapor</source>
        <translation>&amp;Reporter</translation>
    </message>
    <message>
        <source>&amp;Cari penduduk</source>
        <translation>&amp;Find resident</translation>
    </message>
    <message>
        <source>&amp;Nama</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>NI&amp;K</source>
        <translation>N&amp;IK</translation>
    </message>
    <message>
        <source>&amp;Telepon / WA</source>
        <translation>&amp;Phone / WhatsApp</translation>
    </message>
    <message>
        <source>Alamat pelapor</source>
        <translation>Reporter&apos;s address</translation>
    </message>
    <message>
        <source>K&amp;anal</source>
        <translation>Ch&amp;annel</translation>
    </message>
    <message>
        <source>&amp;Uraian</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Informasi yang &amp;diminta</source>
        <translation>Information &amp;wanted</translation>
    </message>
    <message>
        <source>Tujuan penggunaan</source>
        <translation>Purpose of use</translation>
    </message>
    <message>
        <source>Cara memperoleh</source>
        <translation>Form of delivery</translation>
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
        <source>Lokasi &amp;RT/RW</source>
        <translation>&amp;Location RT/RW</translation>
    </message>
    <message>
        <source>Alamat &amp;lokasi</source>
        <translation>Lo&amp;cation address</translation>
    </message>
    <message>
        <source>Lintang / bujur</source>
        <translation>Latitude / longitude</translation>
    </message>
    <message>
        <source>Foto / pindaian</source>
        <translation>Photos / scans</translation>
    </message>
    <message>
        <source>Kasus serupa</source>
        <translation>Similar cases</translation>
    </message>
    <message>
        <source>{n} kasus serupa; centang satu untuk menautkan (Spasi).</source>
        <translation>{n} similar cases; tick one to link it (Space).</translation>
    </message>
    <message>
        <source>Simpan kasus baru</source>
        <translation>Save the new case</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>Pengaduan</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Permintaan informasi</source>
        <translation>Information request</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Aspirasi</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Diverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Didisposisikan</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Dalam proses</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Bukan wewenang / diteruskan</source>
        <translation>Not ours / forwarded</translation>
    </message>
    <message>
        <source>Duplikat</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Datang langsung</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Surat</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Dari kota (HQ)</source>
        <translation>From the city (HQ)</translation>
    </message>
    <message>
        <source>Melihat / membaca di kantor</source>
        <translation>View / read at the office</translation>
    </message>
    <message>
        <source>Salinan tercetak</source>
        <translation>Printed copy</translation>
    </message>
    <message>
        <source>Salinan elektronik (email)</source>
        <translation>Electronic copy (email)</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Verifikasi</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Disposisi</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Mulai proses</source>
        <translation>Start work</translation>
    </message>
    <message>
        <source>Selesaikan</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Tolak</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>Bukan wewenang / teruskan</source>
        <translation>Not ours / forward</translation>
    </message>
    <message>
        <source>Tandai duplikat</source>
        <translation>Mark as duplicate</translation>
    </message>
    <message>
        <source>Buka kembali</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Catat tindak lanjut</source>
        <translation>Record follow-up</translation>
    </message>
    <message>
        <source>Eskalasi</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <source>Perpanjang 7 hari kerja</source>
        <translation>Extend by 7 working days</translation>
    </message>
    <message>
        <source>Catat keberatan</source>
        <translation>Record objection</translation>
    </message>
    <message>
        <source>Jawab keberatan</source>
        <translation>Answer objection</translation>
    </message>
    <message>
        <source>verifikasi</source>
        <translation>verification</translation>
    </message>
    <message>
        <source>keputusan tindak lanjut</source>
        <translation>follow-up decision</translation>
    </message>
    <message>
        <source>jawaban</source>
        <translation>answer</translation>
    </message>
    <message>
        <source>jawaban keberatan</source>
        <translation>answer to the objection</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Sebelum</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Sesudah</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Semua kasus</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Semua yang berjalan</source>
        <translation>All open cases</translation>
    </message>
    <message>
        <source>Kasus saya</source>
        <translation>My cases</translation>
    </message>
    <message>
        <source>Belum ditugaskan</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Segera jatuh tempo</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Segera</source>
        <translation>Due soon</translation>
    </message>
    <message numerus="yes">
        <source>lewat %n hari kerja</source>
        <translation>
            <numerusform>%n working day late</numerusform>
            <numerusform>%n working days late</numerusform>
        </translation>
    </message>
    <message>
        <source>hari ini</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>%n hari kerja lagi</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseQueueFilters</name>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Cari nomor kasus, nama pelapor atau isi uraian…</source>
        <translation>Search case number, reporter&apos;s name or description…</translation>
    </message>
    <message>
        <source>Hanya yang dieskalasi</source>
        <translation>Escalated only</translation>
    </message>
    <message>
        <source>&amp;Antrian</source>
        <translation>Q&amp;ueue</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Jenis</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Kat&amp;egori</source>
        <translation>Categor&amp;y</translation>
    </message>
    <message>
        <source>&amp;Petugas</source>
        <translation>Offic&amp;er</translation>
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
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Sampai</source>
        <translation>To</translation>
    </message>
    <message>
        <source>&amp;Cari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Semua petugas</source>
        <translation>All officers</translation>
    </message>
</context>
<context>
    <name>CaseQueueView</name>
    <message>
        <source>Muat lebih banyak</source>
        <translation>Load more</translation>
    </message>
    <message>
        <source>E&amp;kspor</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Daftar ini ke CSV…</source>
        <translation>This list to CSV…</translation>
    </message>
    <message>
        <source>Daftar ini ke Excel…</source>
        <translation>This list to Excel…</translation>
    </message>
    <message>
        <source>Daftar ini ke Open311 (JSON)…</source>
        <translation>This list to Open311 (JSON)…</translation>
    </message>
    <message>
        <source>Rekap bulan ini ke Excel…</source>
        <translation>This month&apos;s recap to Excel…</translation>
    </message>
    <message>
        <source>Tidak ada kasus yang cocok.</source>
        <translation>No matching cases.</translation>
    </message>
    <message numerus="yes">
        <source>%n kasus ditampilkan{more}</source>
        <translation>
            <numerusform>%n case shown{more}</numerusform>
            <numerusform>%n cases shown{more}</numerusform>
        </translation>
    </message>
    <message>
        <source>, ada lagi</source>
        <translation>, more available</translation>
    </message>
    <message>
        <source>Simpan ekspor</source>
        <translation>Save export</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>{n} kasus diekspor ke {path}.</source>
        <translation>{n} cases exported to {path}.</translation>
    </message>
    <message>
        <source>Simpan rekap</source>
        <translation>Save recap</translation>
    </message>
    <message>
        <source>Rekap</source>
        <translation>Recap</translation>
    </message>
    <message>
        <source>belum ada yang jatuh tempo</source>
        <translation>nothing due yet</translation>
    </message>
    <message>
        <source>{n} kasus diterima bulan ini; kepatuhan tenggat {share}.</source>
        <translation>{n} cases received this month; deadlines met: {share}.</translation>
    </message>
    <message>
        <source>Cari kasus</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Muat ulang antrian</source>
        <translation>Reload the queue</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Pelapor</source>
        <translation>Reporter</translation>
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
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Tenggat</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Sisa</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>(anonim)</source>
        <translation>(anonymous)</translation>
    </message>
    <message>
        <source>(dirahasiakan)</source>
        <translation>(confidential)</translation>
    </message>
    <message>
        <source>Dieskalasi oleh lurah</source>
        <translation>Escalated by the lurah</translation>
    </message>
    <message>
        <source>Keberatan menunggu jawaban</source>
        <translation>Objection awaiting an answer</translation>
    </message>
    <message>
        <source>{left} (keberatan)</source>
        <translation>{left} (objection)</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <source>Antr&amp;ian kasus</source>
        <translation>Case &amp;queue</translation>
    </message>
    <message>
        <source>Kasus &amp;baru</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <source>Terla&amp;mbat per petugas</source>
        <translation>&amp;Overdue per officer</translation>
    </message>
    <message>
        <source>Kate&amp;gori</source>
        <translation>Cate&amp;gories</translation>
    </message>
    <message>
        <source>&amp;Hari libur</source>
        <translation>&amp;Holidays</translation>
    </message>
    <message>
        <source>Kasus {number} tersimpan. Dijanjikan {promised}. Cetak tanda terima di kanan atas (Alt+T).</source>
        <translation>Case {number} saved. Promised by {promised}. Print the receipt at the top right (Alt+R).</translation>
    </message>
    <message>
        <source>Kasus baru</source>
        <translation>New case</translation>
    </message>
</context>
<context>
    <name>CategoryEditor</name>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Aktif (dapat dipilih saat menerima kasus)</source>
        <translation>Active (can be chosen when taking in a case)</translation>
    </message>
    <message>
        <source>&amp;Kode layanan (Open311)</source>
        <translation>Service &amp;code (Open311)</translation>
    </message>
    <message>
        <source>&amp;Nama</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>In&amp;duk</source>
        <translation>&amp;Parent</translation>
    </message>
    <message>
        <source>Verifikasi (hari kerja)</source>
        <translation>Verification (working days)</translation>
    </message>
    <message>
        <source>Keputusan tindak lanjut</source>
        <translation>Follow-up decision</translation>
    </message>
    <message>
        <source>Jawaban informasi</source>
        <translation>Information answer</translation>
    </message>
    <message>
        <source>Boleh dibuka kembali</source>
        <translation>May be reopened for</translation>
    </message>
    <message>
        <source>bawaan</source>
        <translation>default</translation>
    </message>
    <message>
        <source>&amp;Urutan</source>
        <translation>Or&amp;der</translation>
    </message>
    <message>
        <source>Ba&amp;ru</source>
        <translation>Ne&amp;w</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>(paling atas)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Simpan kategori</source>
        <translation>Save the category</translation>
    </message>
    <message>
        <source>Kategori baru</source>
        <translation>New category</translation>
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
    <name>CriteriaDialog</name>
    <message>
        <source>Kriteria penilaian</source>
        <translation>Scoring criteria</translation>
    </message>
    <message>
        <source>Kriteria</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Bobot</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>&amp;Tambah kriteria</source>
        <translation>&amp;Add criterion</translation>
    </message>
    <message>
        <source>&amp;Hapus kriteria</source>
        <translation>&amp;Remove criterion</translation>
    </message>
    <message>
        <source>Kembalikan ke &amp;bawaan</source>
        <translation>Back to &amp;defaults</translation>
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
        <source>Nilai tiap kriteria 1–5; nilai usulan = Σ bobot × nilai.</source>
        <translation>Each criterion is scored 1–5; a proposal&apos;s points = Σ weight × score.</translation>
    </message>
    <message>
        <source>Jumlah bobot: {total}</source>
        <translation>Total weight: {total}</translation>
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
        <source>belum ada lambang</source>
        <translation>no emblem yet</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dibaca.</source>
        <translation>The file {name} cannot be read.</translation>
    </message>
    <message>
        <source>Gambar terlalu besar ({size} MB); paling besar 2 MB. Perkecil gambarnya lalu pilih lagi.</source>
        <translation>The picture is too large ({size} MB); at most 2 MB. Make it smaller, then choose it again.</translation>
    </message>
    <message>
        <source>Berkas {name} bukan gambar PNG. Simpan lambang sebagai PNG lalu pilih lagi.</source>
        <translation>{name} is not a PNG picture. Save the emblem as PNG, then choose it again.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Daftarkan kantor ke HQ</source>
        <translation>Enrol the office with HQ</translation>
    </message>
    <message>
        <source>Isi alamat server HQ dan kode pendaftaran sekali pakai yang diberikan HQ untuk kantor ini. Kunci kantor ini akan didaftarkan di HQ.</source>
        <translation>Enter the HQ server's address and the one-time enrolment code HQ gave for this office. This office's key will be registered with HQ.</translation>
    </message>
    <message>
        <source>Menghubungi HQ…</source>
        <translation>Contacting HQ…</translation>
    </message>
    <message>
        <source>Alamat HQ</source>
        <translation>HQ address</translation>
    </message>
    <message>
        <source>Kode pendaftaran</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <source>Daftarkan</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
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
        <source>NIK ini sudah terdaftar dengan data yang berbeda; ubah datanya langsung di layar Penduduk.</source>
        <translation>This NIK is already registered with different data; change it directly in the Residents view.</translation>
    </message>
    <message>
        <source>Angka terpotong oleh Excel (mis. 3,27301E+15). Format kolom sebagai Teks lalu ketik ulang.</source>
        <translation>Excel cut off the number (e.g. 3.27301E+15). Format the column as Text and type it again.</translation>
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
        <source>Tanggal {day} sudah punya ketetapan kantor; hapus dulu yang lama.</source>
        <translation>{day} already has an office decision; remove that one first.</translation>
    </message>
    <message>
        <source>Hari Sabtu dan Minggu sudah bukan hari kerja; tidak perlu ditambahkan.</source>
        <translation>Saturdays and Sundays are already not working days; there is no need to add them.</translation>
    </message>
    <message>
        <source>Tanggal ini sudah hari libur nasional ({name}).</source>
        <translation>This date is already a national holiday ({name}).</translation>
    </message>
    <message>
        <source>Tanggal ini bukan hari libur nasional atau cuti bersama, jadi sudah hari kerja.</source>
        <translation>This date is no national holiday or collective leave day, so it is already a working day.</translation>
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
        <source>Status usulan tidak dapat diubah dari &quot;{from}&quot; ke &quot;{to}&quot;.</source>
        <translation>A proposal&apos;s status cannot change from &quot;{from}&quot; to &quot;{to}&quot;.</translation>
    </message>
    <message>
        <source>Koordinat berada di luar wilayah Indonesia.</source>
        <translation>The coordinates are outside Indonesia.</translation>
    </message>
    <message>
        <source>Musrenbang tahun {year} sudah ada.</source>
        <translation>Musrenbang {year} already exists.</translation>
    </message>
    <message>
        <source>Terbitkan berita acara forum terlebih dahulu.</source>
        <translation>Issue the forum&apos;s minutes first.</translation>
    </message>
    <message>
        <source>Berita acara nomor {number} sudah terbit; data forum tidak dapat diubah lagi.</source>
        <translation>Minutes number {number} are issued; the forum&apos;s records can no longer change.</translation>
    </message>
    <message>
        <source>Usulan ini sudah diputuskan, digabung atau dibawa, sehingga tidak dapat diubah.</source>
        <translation>This proposal is decided, merged or carried over, so it cannot change.</translation>
    </message>
    <message>
        <source>Pilih usulan yang akan digabungkan (bukan usulan itu sendiri).</source>
        <translation>Choose the proposals to merge (not the proposal itself).</translation>
    </message>
    <message>
        <source>Hanya usulan dari tahun yang sama yang dapat digabungkan.</source>
        <translation>Only proposals of the same year can be merged.</translation>
    </message>
    <message>
        <source>Pilih paling sedikit dua usulan; usulan pertama yang dipilih menjadi usulan utama.</source>
        <translation>Select at least two proposals; the first one selected becomes the main proposal.</translation>
    </message>
    <message>
        <source>Usulan nomor {number} bukan dari tahun sebelumnya.</source>
        <translation>Proposal number {number} is not from an earlier year.</translation>
    </message>
    <message>
        <source>Usulan nomor {number} sudah didanai, digabung atau sudah dibawa.</source>
        <translation>Proposal number {number} is already funded, merged or carried over.</translation>
    </message>
    <message>
        <source>Kemajuan hanya dicatat untuk usulan yang masuk APBD.</source>
        <translation>Progress is recorded only for proposals in the city budget.</translation>
    </message>
    <message>
        <source>Kode kriteria hanya huruf kecil, angka dan garis bawah.</source>
        <translation>A criterion code has only lower-case letters, digits and underscores.</translation>
    </message>
    <message>
        <source>Kriteria {key} tercantum dua kali.</source>
        <translation>Criterion {key} is listed twice.</translation>
    </message>
    <message>
        <source>Nama kriteria wajib diisi (paling banyak 80 huruf).</source>
        <translation>A criterion needs a name (at most 80 characters).</translation>
    </message>
    <message>
        <source>Terlalu banyak (paling banyak {max}).</source>
        <translation>Too many (at most {max}).</translation>
    </message>
    <message>
        <source>Kriteria {key} tidak ada dalam daftar kriteria tahun ini.</source>
        <translation>Criterion {key} is not among this year&apos;s criteria.</translation>
    </message>
    <message>
        <source>Tuliskan alasan mengapa peringkat ditetapkan.</source>
        <translation>Write why the rank is set.</translation>
    </message>
    <message>
        <source>Tulis jam sebagai JJ.MM, misalnya 09.00.</source>
        <translation>Write the time as HH.MM, for example 09.00.</translation>
    </message>
    <message>
        <source>Penduduk ini sudah ada di daftar hadir.</source>
        <translation>This resident is already on the attendance list.</translation>
    </message>
    <message>
        <source>Daftar hadir masih kosong.</source>
        <translation>The attendance list is still empty.</translation>
    </message>
    <message>
        <source>Kunci tanda tangan kantor belum tersedia.</source>
        <translation>The office&apos;s signing key is not available yet.</translation>
    </message>
    <message>
        <source>NIB terdiri dari 13 angka.</source>
        <translation>An NIB has 13 digits.</translation>
    </message>
    <message>
        <source>Surat dengan nomor ini tidak ditemukan; bila surat dibuat sebelum aplikasi ini, pilih jenis dan tanggalnya.</source>
        <translation>No letter has this number; for a letter made before this application, choose its kind and date.</translation>
    </message>
    <message>
        <source>Surat ini sudah tercatat untuk usaha ini.</source>
        <translation>This letter is already recorded for this business.</translation>
    </message>
    <message>
        <source>Usaha yang dipilih tidak ditemukan.</source>
        <translation>The chosen business was not found.</translation>
    </message>
    <message>
        <source>Batas usia tertinggi tidak boleh di bawah batas terendah.</source>
        <translation>The highest age may not be below the lowest.</translation>
    </message>
    <message>
        <source>Tanggal sesi harus di antara tanggal mulai dan selesai pelatihan.</source>
        <translation>A session&apos;s date must be between the training&apos;s start and end.</translation>
    </message>
    <message>
        <source>Kuota tidak boleh kurang dari jumlah peserta sekarang ({participants}).</source>
        <translation>The quota may not be below the current participants ({participants}).</translation>
    </message>
    <message>
        <source>Pendaftaran pelatihan ini sudah ditutup.</source>
        <translation>Registration for this training is closed.</translation>
    </message>
    <message>
        <source>Penduduk ini sudah terdaftar pada pelatihan ini.</source>
        <translation>This resident is already registered for this training.</translation>
    </message>
    <message>
        <source>Pendaftaran ini sudah dibatalkan.</source>
        <translation>This registration is already cancelled.</translation>
    </message>
    <message>
        <source>Sertifikat sudah diterbitkan untuk peserta ini.</source>
        <translation>A certificate is already issued for this participant.</translation>
    </message>
    <message>
        <source>Hanya peserta (bukan daftar tunggu) yang dapat dicatat.</source>
        <translation>Only participants (not the waiting list) can be recorded.</translation>
    </message>
    <message>
        <source>Kehadiran baru dapat dicatat pada hari sesi berlangsung.</source>
        <translation>Attendance can be recorded from the day of the session.</translation>
    </message>
    <message>
        <source>Kehadiran belum cukup untuk sertifikat ({attended} dari {needed} sesi yang diperlukan).</source>
        <translation>Not enough attendance for a certificate ({attended} of the {needed} sessions needed).</translation>
    </message>
    <message>
        <source>Belum ada sertifikat yang diterbitkan.</source>
        <translation>No certificate has been issued yet.</translation>
    </message>
    <message>
        <source>Pelatihan ini hanya untuk warga RW {rws}.</source>
        <translation>This training is only for residents of RW {rws}.</translation>
    </message>
    <message>
        <source>Usia {age} tahun di luar batas usia peserta ({min}–{max} tahun).</source>
        <translation>Age {age} is outside the participants&apos; age range ({min}–{max}).</translation>
    </message>
    <message>
        <source>Tanggal lahir penduduk belum tercatat; usia tidak dapat diperiksa.</source>
        <translation>The resident&apos;s date of birth is not recorded; the age cannot be checked.</translation>
    </message>
    <message>
        <source>Akun Anda tidak berhak mengubah data musrenbang, UMKM dan pelatihan.</source>
        <translation>Your account may not change musrenbang, UMKM and training records.</translation>
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
        <source>Penyusun permohonan tidak boleh menyetujui atau menerbitkan surat yang sama.</source>
        <translation>The person who drafted a request may not approve or issue the same letter.</translation>
    </message>
    <message>
        <source>Akun ini bukan lurah definitif (NIP berbeda); pilih a.n., Plt. atau Plh.</source>
        <translation>This account is not the appointed lurah (different NIP); choose a.n., Plt. or Plh.</translation>
    </message>
    <message>
        <source>Persyaratan belum lengkap: {names}.</source>
        <translation>Requirements incomplete: {names}.</translation>
    </message>
    <message>
        <source>Jenis surat tidak dikenal atau tidak aktif.</source>
        <translation>Unknown or inactive letter type.</translation>
    </message>
    <message>
        <source>Kode singkat: huruf besar dan angka, paling banyak 16 (mis. SKD).</source>
        <translation>Short code: capital letters and digits, at most 16 (e.g. SKD).</translation>
    </message>
    <message>
        <source>Kode singkat ini sudah dipakai jenis surat lain.</source>
        <translation>This short code is already used by another letter type.</translation>
    </message>
    <message>
        <source>Kode klasifikasi tidak valid (mis. 400.12.2.1 atau 470).</source>
        <translation>Invalid classification code (e.g. 400.12.2.1 or 470).</translation>
    </message>
    <message>
        <source>Isian {{{name}}} tidak dikenal: bukan isian jenis surat ini.</source>
        <translation>Unknown placeholder {{{name}}}: not a field of this letter type.</translation>
    </message>
    <message>
        <source>Penulisan isian salah; tulis {{nama_isian}}, dan {{{{ }}}} untuk kurung kurawal.</source>
        <translation>Malformed placeholder; write {{nama_isian}} (with the field key), and {{{{ }}}} for literal braces.</translation>
    </message>
    <message>
        <source>Kunci isian hanya huruf kecil, angka dan garis bawah (mis. nama_usaha).</source>
        <translation>A field key has only lower-case letters, digits and underscores (e.g. nama_usaha).</translation>
    </message>
    <message>
        <source>Kunci isian {key} dipakai dua kali atau sudah baku.</source>
        <translation>Field key {key} is used twice or is a standard one.</translation>
    </message>
    <message>
        <source>Setiap isian perlu label.</source>
        <translation>Every field needs a label.</translation>
    </message>
    <message>
        <source>Jenis isian tidak dikenal.</source>
        <translation>Unknown field type.</translation>
    </message>
    <message>
        <source>Sumber data penduduk tidak dikenal.</source>
        <translation>Unknown resident data source.</translation>
    </message>
    <message>
        <source>Isian pilihan perlu daftar pilihan.</source>
        <translation>A choice field needs a list of choices.</translation>
    </message>
    <message>
        <source>Templat nomor surat kosong.</source>
        <translation>The letter number template is empty.</translation>
    </message>
    <message>
        <source>Kurung kurawal pada templat nomor tidak berpasangan.</source>
        <translation>Unbalanced braces in the number template.</translation>
    </message>
    <message>
        <source>Huruf {char} tidak boleh ada dalam nomor surat.</source>
        <translation>The character {char} is not allowed in a letter number.</translation>
    </message>
    <message>
        <source>Bagian nomor {{{token}}} tidak dikenal.</source>
        <translation>Unknown number part {{{token}}}.</translation>
    </message>
    <message>
        <source>Lebar angka hanya untuk {{nomor}}, ditulis {{nomor:03}}.</source>
        <translation>A width is only for {{nomor}}, written {{nomor:03}}.</translation>
    </message>
    <message>
        <source>Templat nomor harus memuat {{{token}}} agar nomor tidak pernah kembar.</source>
        <translation>The number template must contain {{{token}}} so that no number is ever given twice.</translation>
    </message>
    <message>
        <source>Nomor surat terlalu panjang (paling banyak {max} huruf).</source>
        <translation>The letter number is too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>Tidak ada nomor bebas pada penghitung ini.</source>
        <translation>No free number is left on this counter.</translation>
    </message>
    <message>
        <source>Surat ini belum terbit.</source>
        <translation>This letter has not been issued yet.</translation>
    </message>
    <message>
        <source>Arsip PDF surat {number} rusak atau hilang dan tidak dapat dibuat ulang persis.</source>
        <translation>The archived PDF of letter {number} is damaged or missing and cannot be made again exactly.</translation>
    </message>
    <message>
        <source>Akun tidak ditemukan.</source>
        <translation>Account not found.</translation>
    </message>
    <message>
        <source>Akun Anda tidak berhak membuat permohonan surat.</source>
        <translation>Your account may not draft letter requests.</translation>
    </message>
    <message>
        <source>Hanya kasi atau lurah yang boleh memverifikasi surat.</source>
        <translation>Only a section head (kasi) or the lurah may verify letters.</translation>
    </message>
    <message>
        <source>Hanya lurah (atau yang ditunjuk) yang boleh menyetujui surat.</source>
        <translation>Only the lurah (or a delegate) may approve letters.</translation>
    </message>
    <message>
        <source>Hanya administrator yang boleh mengubah jenis surat.</source>
        <translation>Only an administrator may change letter types.</translation>
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
        <source>Templat nomor</source>
        <translation>Number template</translation>
    </message>
    <message>
        <source>Isi surat</source>
        <translation>Letter body</translation>
    </message>
    <message>
        <source>Persyaratan</source>
        <translation>Requirements</translation>
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
    <message>
        <source>Status pelatihan tidak dapat diubah dari &quot;{from}&quot; ke &quot;{to}&quot;; pelatihan yang selesai tetap selesai.</source>
        <translation>A training&apos;s status cannot change from &quot;{from}&quot; to &quot;{to}&quot;; a finished training stays finished.</translation>
    </message>
    <message>
        <source>Status pendaftaran tidak dapat diubah dari &quot;{from}&quot; ke &quot;{to}&quot;.</source>
        <translation>A registration&apos;s status cannot change from &quot;{from}&quot; to &quot;{to}&quot;.</translation>
    </message>
    <message>
        <source>Sesi {number} dijadwalkan pada {date}, di luar tanggal pelatihan yang baru.</source>
        <translation>Session {number} is scheduled on {date}, outside the training&apos;s new dates.</translation>
    </message>
    <message>
        <source>Akun Windows ini tidak diizinkan menulis di folder itu. Pilih folder lain atau minta bantuan petugas TI; tidak ada data yang berubah.</source>
        <translation>This Windows account may not write in that folder. Choose another folder or ask the IT staff for help; nothing was changed.</translation>
    </message>
    <message>
        <source>Folder {folder} tidak ada. Pastikan flashdisk sudah terpasang, lalu pilih foldernya lagi.</source>
        <translation>The folder {folder} does not exist. Make sure the flash drive is plugged in, then choose the folder again.</translation>
    </message>
    <message>
        <source>{folder} adalah berkas, bukan folder. Pilih folder untuk menyimpan cadangan.</source>
        <translation>{folder} is a file, not a folder. Choose a folder to keep the backup in.</translation>
    </message>
    <message>
        <source>Berkas ini bukan tabel wilayah. Gunakan dump wilayah.sql atau CSV dengan kolom kode,nama.</source>
        <translation>This file is not a region table. Use a wilayah.sql dump or a CSV with the columns kode,nama.</translation>
    </message>
    <message>
        <source>Folder {folder} tidak berisi balasan HQ untuk kantor ini. Periksa flashdisk atau foldernya; tidak ada yang berubah.</source>
        <translation>The folder {folder} holds no reply from HQ for this office. Check the flash drive or the folder; nothing was changed.</translation>
    </message>
    <message>
        <source>Folder itu tempat cadangan harian otomatis, yang dihapus bergiliran. Pilih folder di flashdisk.</source>
        <translation>That folder holds the automatic daily backups, which are deleted in turn. Choose a folder on the flash drive.</translation>
    </message>
    <message>
        <source>Flashdisk atau folder itu hanya dapat dibaca (terkunci). Buka kuncinya atau pilih folder lain; tidak ada data yang berubah.</source>
        <translation>That USB stick or folder is read-only (write-protected). Unlock it or choose another folder; no data was changed.</translation>
    </message>
    <message>
        <source>Isi berkas cadangan ini berbeda dari saat dibuat (berubah atau rusak di flashdisk); data kantor tidak berubah. Pakai cadangan lain.</source>
        <translation>This backup file differs from when it was made (changed or damaged on the USB stick); the office data was not changed. Use another backup.</translation>
    </message>
    <message>
        <source>Data kantor sudah diganti dengan isi cadangan, tetapi pemulihan itu gagal dicatat di jejak audit. Data sebelumnya tetap tersimpan di samping berkas data; buka kembali aplikasi dan periksa ruang disk.</source>
        <translation>The office data has been replaced by the backup, but the restore could not be recorded in the audit trail. The previous data is still kept beside the data file; open the application again and check the free disk space.</translation>
    </message>
    <message>
        <source>Angka NIK/KK ini mungkin terpotong oleh Excel, yang hanya menyimpan 15 angka. Format kolomnya sebagai Teks, ketik ulang angkanya, lalu impor lagi.</source>
        <translation>This NIK/KK number may have been cut by Excel, which keeps only 15 digits. Format the column as Text, type the number again, then import again.</translation>
    </message>
    <message>
        <source>NIK ini sudah terdaftar atas nama {other_name}. Periksa NIK di berkas; data yang tersimpan tidak diubah.</source>
        <translation>This NIK is already registered to {other_name}. Check the NIK in the file; the stored data was not changed.</translation>
    </message>
    <message>
        <source>Tanda kutip (") tidak ditutup, sehingga beberapa baris terbaca sebagai satu. Hapus tanda kutip itu di berkas lalu impor lagi.</source>
        <translation>A quotation mark (") is not closed, so several rows were read as one. Remove that quotation mark in the file, then import again.</translation>
    </message>
    <message>
        <source>Folder itu ada di dalam folder data kantor, jadi cadangannya ikut hilang bila disk PC ini rusak. Pilih folder di flashdisk.</source>
        <translation>That folder is inside the office's data folder, so the backup would be lost with it if this PC's disk fails. Choose a folder on a USB stick.</translation>
    </message>
    <message>
        <source>NIK ini sudah ada di baris {line} berkas ini; baris ini tidak diimpor.</source>
        <translation>This NIK is already on line {line} of this file; this line is not imported.</translation>
    </message>
    <message>
        <source>NIK ini muncul lagi di baris {line}; hanya baris ini yang dipakai.</source>
        <translation>This NIK appears again on line {line}; only this line is used.</translation>
    </message>
    <message>
        <source>NIK ini milik penduduk yang sudah tercatat pindah, dengan data yang berbeda; data yang tersimpan tidak diubah.</source>
        <translation>This NIK belongs to a resident recorded as moved out, with different data; the stored data is not changed.</translation>
    </message>
    <message>
        <source>NIK ini milik penduduk yang sudah tercatat meninggal, dengan data yang berbeda; data yang tersimpan tidak diubah.</source>
        <translation>This NIK belongs to a resident recorded as deceased, with different data; the stored data is not changed.</translation>
    </message>
    <message>
        <source>Tanggal tidak dapat dibaca; dipakai tanggal lahir menurut NIK ({date}).</source>
        <translation>The date cannot be read; the birth date from the NIK ({date}) is used.</translation>
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
    <name>FieldInputs</name>
    <message>
        <source>hh-bb-tttt, mis. 28-11-2026</source>
        <translation>dd-mm-yyyy, e.g. 28-11-2026</translation>
    </message>
    <message>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>dalam rupiah, mis. 1.500.000</source>
        <translation>in rupiah, e.g. 1.500.000</translation>
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
    <name>ForumTab</name>
    <message>
        <source>Simpan data &amp;forum</source>
        <translation>Save &amp;forum details</translation>
    </message>
    <message>
        <source>Pelaksanaan forum</source>
        <translation>The forum</translation>
    </message>
    <message>
        <source>Tanggal:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Pukul:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>Tempat:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Pimpinan sidang:</source>
        <translation>Chair:</translation>
    </message>
    <message>
        <source>Notulis:</source>
        <translation>Minutes taken by:</translation>
    </message>
    <message>
        <source>Kesepakatan lain:</source>
        <translation>Other agreements:</translation>
    </message>
    <message>
        <source>Nama tamu, atau NIK / nama penduduk lalu Enter</source>
        <translation>Guest&apos;s name, or a resident&apos;s NIK / name, then Enter</translation>
    </message>
    <message>
        <source>Asal / jabatan, mis. Ketua RW 05</source>
        <translation>From / position, e.g. Head of RW 05</translation>
    </message>
    <message>
        <source>&amp;Hadir</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <source>Jadikan / batalkan &amp;delegasi</source>
        <translation>Make / unmake &amp;delegate</translation>
    </message>
    <message>
        <source>Hapus dari daftar</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <source>Daftar hadir</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <source>&amp;Terbitkan berita acara</source>
        <translation>&amp;Issue the minutes</translation>
    </message>
    <message>
        <source>Simpan &amp;PDF berita acara…</source>
        <translation>Save the &amp;minutes as PDF…</translation>
    </message>
    <message>
        <source>Simpan daftar p&amp;rioritas…</source>
        <translation>Save the prio&amp;rity list…</translation>
    </message>
    <message>
        <source>&amp;Ekspor Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <source>{n} hadir, {d} delegasi</source>
        <translation>{n} present, {d} delegates</translation>
    </message>
    <message>
        <source>Berita acara nomor {number}</source>
        <translation>Minutes number {number}</translation>
    </message>
    <message>
        <source>Berita acara belum diterbitkan (PDF dicetak sebagai DRAF).</source>
        <translation>The minutes are not issued yet (the PDF prints as a DRAFT).</translation>
    </message>
    <message>
        <source>Penduduk</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>NIK {nik} tidak ditemukan di data penduduk.</source>
        <translation>NIK {nik} is not in the resident register.</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Hapus {name} dari daftar hadir?</source>
        <translation>Remove {name} from the attendance list?</translation>
    </message>
    <message>
        <source>Terbitkan berita acara musrenbang {year}? Nomor diberikan sekali dan daftar hadir, nilai serta peringkat tidak dapat diubah lagi.</source>
        <translation>Issue the minutes of musrenbang {year}? The number is given once, and attendance, scores and ranks can no longer change.</translation>
    </message>
    <message>
        <source>Terbitkan berita acara</source>
        <translation>Issue the minutes</translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Tersimpan</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>PDF disimpan di:
{path}</source>
        <translation>PDF saved to:
{path}</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Ekspor selesai</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>{n} usulan dan daftar hadir diekspor.</source>
        <translation>{n} proposals and the attendance list exported.</translation>
    </message>
    <message>
        <source>Berita acara</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Belum ada musrenbang. Buka tahun baru untuk mulai.</source>
        <translation>No musrenbang yet. Open a new year to start.</translation>
    </message>
</context>
<context>
    <name>HolidayEditor</name>
    <message>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>libur nasional</source>
        <translation>national holiday</translation>
    </message>
    <message>
        <source>cuti bersama</source>
        <translation>collective leave (cuti bersama)</translation>
    </message>
    <message>
        <source>ketetapan kantor: libur</source>
        <translation>office decision: holiday</translation>
    </message>
    <message>
        <source>ketetapan kantor: hari kerja</source>
        <translation>office decision: working day</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hari</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Libur kantor (ditambahkan)</source>
        <translation>Office holiday (added)</translation>
    </message>
    <message>
        <source>Hari kerja (libur nasional tidak diikuti)</source>
        <translation>Working day (national holiday not observed)</translation>
    </message>
    <message>
        <source>Nama hari libur, atau alasan tetap bekerja</source>
        <translation>Name of the holiday, or why the office works</translation>
    </message>
    <message>
        <source>&amp;Simpan ketetapan</source>
        <translation>&amp;Save decision</translation>
    </message>
    <message>
        <source>Hapus ketetapan</source>
        <translation>Remove decision</translation>
    </message>
    <message>
        <source>Tombol Delete pada daftar</source>
        <translation>Delete key in the list</translation>
    </message>
    <message>
        <source>Tahu&amp;n</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>Tangga&amp;l</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <source>&amp;Jenis ketetapan</source>
        <translation>&amp;Kind of decision</translation>
    </message>
    <message>
        <source>K&amp;eterangan</source>
        <translation>D&amp;escription</translation>
    </message>
    <message>
        <source>Ketetapan kantor (berlaku untuk tenggat semua kasus yang berjalan):</source>
        <translation>Office decisions (apply to the deadlines of every running case):</translation>
    </message>
    <message>
        <source>Hanya administrator yang dapat mengubah hari libur kantor.</source>
        <translation>Only an administrator can change the office&apos;s holidays.</translation>
    </message>
    <message>
        <source>{count} hari kerja dalam setahun</source>
        <translation>{count} working days in the year</translation>
    </message>
    <message>
        <source>Hapus ketetapan kantor untuk {day}? Hari itu kembali mengikuti kalender nasional.</source>
        <translation>Remove the office decision for {day}? The day follows the national calendar again.</translation>
    </message>
    <message>
        <source>Tersimpan. Tenggat {count} kasus dihitung ulang.</source>
        <translation>Saved. The deadlines of {count} cases were recounted.</translation>
    </message>
    <message>
        <source>Tersimpan. Tidak ada tenggat kasus yang berubah.</source>
        <translation>Saved. No case deadline changed.</translation>
    </message>
    <message>
        <source>Simpan hari libur</source>
        <translation>Save the holiday</translation>
    </message>
    <message>
        <source>Hapus hari libur terpilih (di daftar)</source>
        <translation>Delete the chosen holiday (in the list)</translation>
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
    <name>InputPrompts</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Simpan PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Simpan salinan PDF</source>
        <translation>Save a copy of the PDF</translation>
    </message>
</context>
<context>
    <name>LetterRequestDialog</name>
    <message>
        <source>Permohonan surat</source>
        <translation>Letter request</translation>
    </message>
    <message>
        <source>Cari nama atau NIK pemohon, lalu Enter</source>
        <translation>Search the applicant&apos;s name or NIK, then Enter</translation>
    </message>
    <message>
        <source>Persyaratan yang sudah diperiksa</source>
        <translation>Requirements checked</translation>
    </message>
    <message>
        <source>Tambah pindaian…</source>
        <translation>Add scan…</translation>
    </message>
    <message>
        <source>Simpan &amp;draf</source>
        <translation>Save &amp;draft</translation>
    </message>
    <message>
        <source>&amp;Ajukan</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Pemohon</source>
        <translation>&amp;Applicant</translation>
    </message>
    <message>
        <source>&amp;Jenis surat</source>
        <translation>Letter &amp;type</translation>
    </message>
    <message>
        <source>berlaku {0} hari</source>
        <translation>valid {0} days</translation>
    </message>
    <message>
        <source>tanpa masa berlaku</source>
        <translation>no validity period</translation>
    </message>
    <message>
        <source>gratis</source>
        <translation>free</translation>
    </message>
    <message>
        <source>Kode {0}, kertas {1}, {2}, {3}, janji selesai {4} menit</source>
        <translation>Code {0}, paper {1}, {2}, {3}, promised within {4} minutes</translation>
    </message>
    <message>
        <source>Pilih pindaian</source>
        <translation>Choose scan</translation>
    </message>
    <message>
        <source>Gambar atau PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Image or PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>Ubah permohonan surat</source>
        <translation>Edit letter request</translation>
    </message>
</context>
<context>
    <name>LetterTableModel</name>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Diminta</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Janji selesai</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Diverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Terbit</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Dicetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Diambil</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Dicabut</source>
        <translation>Revoked</translation>
    </message>
</context>
<context>
    <name>LetterTypeEditor</name>
    <message>
        <source>Kunci</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Wajib</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Sumber data penduduk</source>
        <translation>Resident data source</translation>
    </message>
    <message>
        <source>Di tabel</source>
        <translation>In table</translation>
    </message>
    <message>
        <source>Pilihan (pisah dengan ;)</source>
        <translation>Choices (separate with ;)</translation>
    </message>
    <message>
        <source>Per kode klasifikasi</source>
        <translation>Per classification code</translation>
    </message>
    <message>
        <source>Satu untuk surat layanan</source>
        <translation>One for service letters</translation>
    </message>
    <message>
        <source>Satu untuk semua surat</source>
        <translation>One for all letters</translation>
    </message>
    <message>
        <source>Jenis surat</source>
        <translation>Letter types</translation>
    </message>
    <message>
        <source>Jenis &amp;baru</source>
        <translation>&amp;New type</translation>
    </message>
    <message>
        <source>tanpa batas</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source>Surat layanan (untuk nomor bersama)</source>
        <translation>Service letter (for the shared counter)</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Tambah isian</source>
        <translation>Add field</translation>
    </message>
    <message>
        <source>Hapus isian</source>
        <translation>Remove field</translation>
    </message>
    <message>
        <source>&amp;Simpan jenis surat</source>
        <translation>&amp;Save letter type</translation>
    </message>
    <message>
        <source>Simpan penomoran</source>
        <translation>Save numbering</translation>
    </message>
    <message>
        <source>&amp;Kode singkat</source>
        <translation>Short &amp;code</translation>
    </message>
    <message>
        <source>Kode k&amp;lasifikasi</source>
        <translation>C&amp;lassification code</translation>
    </message>
    <message>
        <source>&amp;Judul</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Berlaku (hari)</source>
        <translation>Valid (days)</translation>
    </message>
    <message>
        <source>Biaya (Rp)</source>
        <translation>Fee (Rp)</translation>
    </message>
    <message>
        <source>Janji selesai (menit)</source>
        <translation>Promised time (minutes)</translation>
    </message>
    <message>
        <source>Persyaratan
(satu per baris)</source>
        <translation>Requirements
(one per line)</translation>
    </message>
    <message>
        <source>Isian</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Isi surat (paragraf dipisah baris kosong)</source>
        <translation>Letter body (paragraphs separated by a blank line)</translation>
    </message>
    <message>
        <source>Kalimat penutup</source>
        <translation>Closing sentence</translation>
    </message>
    <message>
        <source>Penomoran surat kantor</source>
        <translation>Office letter numbering</translation>
    </message>
    <message>
        <source>Templat nomor</source>
        <translation>Number template</translation>
    </message>
    <message>
        <source>Penghitung</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source> (nonaktif)</source>
        <translation> (inactive)</translation>
    </message>
    <message>
        <source>Pratinjau memerlukan modul PDF Qt (PySide6-Pdf).</source>
        <translation>The preview needs Qt&apos;s PDF module (PySide6-Pdf).</translation>
    </message>
    <message>
        <source>Isian yang tersedia: {0}</source>
        <translation>Available fields: {0}</translation>
    </message>
    <message>
        <source>Teks</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Teks panjang</source>
        <translation>Long text</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Angka</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Uang (rupiah)</source>
        <translation>Money (rupiah)</translation>
    </message>
    <message>
        <source>Pilihan</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
</context>
<context>
    <name>LettersView</name>
    <message>
        <source>Draf</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Perlu diverifikasi</source>
        <translation>To verify</translation>
    </message>
    <message>
        <source>Perlu disetujui</source>
        <translation>To approve</translation>
    </message>
    <message>
        <source>Perlu diterbitkan</source>
        <translation>To issue</translation>
    </message>
    <message>
        <source>Siap dicetak</source>
        <translation>Ready to print</translation>
    </message>
    <message>
        <source>Siap diambil</source>
        <translation>Ready for collection</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Ditolak dan dicabut</source>
        <translation>Rejected and revoked</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Terbit</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>berlaku s.d.</source>
        <translation>valid until</translation>
    </message>
    <message>
        <source>Persyaratan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Belum lengkap</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>Pindaian</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Surat &amp;baru…</source>
        <translation>&amp;New letter…</translation>
    </message>
    <message>
        <source>Cetak &amp;semua…</source>
        <translation>Print &amp;all…</translation>
    </message>
    <message>
        <source>&amp;Jenis surat…</source>
        <translation>Letter &amp;types…</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>Outgoing &amp;register…</translation>
    </message>
    <message>
        <source>&amp;Ajukan</source>
        <translation>Sub&amp;mit</translation>
    </message>
    <message>
        <source>&amp;Kembalikan…</source>
        <translation>Send &amp;back…</translation>
    </message>
    <message>
        <source>&amp;Verifikasi</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>Set&amp;ujui…</source>
        <translation>Appr&amp;ove…</translation>
    </message>
    <message>
        <source>&amp;Terbitkan</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>T&amp;olak…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <source>&amp;Pratinjau / cetak…</source>
        <translation>&amp;Preview / print…</translation>
    </message>
    <message>
        <source>Sera&amp;hkan</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <source>&amp;Cabut…</source>
        <translation>Revo&amp;ke…</translation>
    </message>
    <message>
        <source>Daftar:</source>
        <translation>List:</translation>
    </message>
    <message numerus="yes">
        <source>%n surat</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada surat di daftar ini.</source>
        <translation>No letters in this list.</translation>
    </message>
    <message>
        <source>Anda menyusun atau mengubah permohonan ini; persetujuan harus oleh orang lain.</source>
        <translation>You drafted or changed this request; someone else must approve it.</translation>
    </message>
    <message>
        <source>Tolak permohonan</source>
        <translation>Reject request</translation>
    </message>
    <message>
        <source>Kembalikan untuk diperbaiki</source>
        <translation>Send back for correction</translation>
    </message>
    <message>
        <source>Cabut surat {0}</source>
        <translation>Revoke letter {0}</translation>
    </message>
    <message>
        <source>Mencetak surat…</source>
        <translation>Printing letters…</translation>
    </message>
    <message>
        <source>Berhenti</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Mencetak surat {0} dari {1}…</source>
        <translation>Printing letter {0} of {1}…</translation>
    </message>
    <message>
        <source>&amp;Pratinjau…</source>
        <translation>&amp;Preview…</translation>
    </message>
    <message>
        <source>{0} oleh {1}</source>
        <translation>{0} by {1}</translation>
    </message>
    <message>
        <source>dibuat</source>
        <translation>created</translation>
    </message>
    <message>
        <source>diubah</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>diajukan</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>dikembalikan</source>
        <translation>sent back</translation>
    </message>
    <message>
        <source>diverifikasi</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>disetujui</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>diterbitkan</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>dicetak</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>diserahkan</source>
        <translation>handed over</translation>
    </message>
    <message>
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>dicabut</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>Ubah &amp;isian…</source>
        <translation>&amp;Edit request…</translation>
    </message>
    <message>
        <source>tidak berlaku lagi (dicabut)</source>
        <translation>no longer valid (revoked)</translation>
    </message>
    <message>
        <source>DRAF, belum bernomor</source>
        <translation>DRAFT, not numbered yet</translation>
    </message>
    <message>
        <source>Batalkan &amp;draf…</source>
        <translation>&amp;Withdraw draft…</translation>
    </message>
    <message>
        <source>Batalkan draf</source>
        <translation>Withdraw draft</translation>
    </message>
    <message>
        <source>Tolak</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Kembalikan</source>
        <translation>Send back</translation>
    </message>
    <message>
        <source>Cabut surat</source>
        <translation>Revoke letter</translation>
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
        <translation>Des&amp;tination</translation>
    </message>
    <message>
        <source>Tem&amp;pat</source>
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
        <source>Berkas</source>
        <translation>File</translation>
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
        <source>Tampilan</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Pengaturan…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Bantuan</source>
        <translation>Help</translation>
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
    <message>
        <source>&amp;Pintasan papan ketik</source>
        <translation>&amp;Keyboard shortcuts</translation>
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
    <name>MusrenbangView</name>
    <message>
        <source>Tahun &amp;baru…</source>
        <translation>&amp;New year…</translation>
    </message>
    <message>
        <source>&amp;Jadwal tahap…</source>
        <translation>Phase &amp;schedule…</translation>
    </message>
    <message>
        <source>Musrenbang tahun:</source>
        <translation>Musrenbang year:</translation>
    </message>
    <message>
        <source>&amp;Gabungkan yang dipilih</source>
        <translation>&amp;Merge the selected</translation>
    </message>
    <message>
        <source>B&amp;awa usulan tahun lalu…</source>
        <translation>Carry over last &amp;year&apos;s…</translation>
    </message>
    <message>
        <source>&amp;1 Usulan</source>
        <translation>&amp;1 Proposals</translation>
    </message>
    <message>
        <source>&amp;2 Penilaian dan peringkat</source>
        <translation>&amp;2 Scoring and ranking</translation>
    </message>
    <message>
        <source>&amp;3 Forum dan berita acara</source>
        <translation>&amp;3 Forum and minutes</translation>
    </message>
    <message>
        <source>&amp;4 Hasil dan tindak lanjut</source>
        <translation>&amp;4 Results and follow-up</translation>
    </message>
    <message>
        <source>{year} — {phase}</source>
        <translation>{year} — {phase}</translation>
    </message>
    <message>
        <source>Tahap sekarang: {phase}</source>
        <translation>Current phase: {phase}</translation>
    </message>
    <message>
        <source>Belum ada musrenbang. Buka tahun baru untuk mulai.</source>
        <translation>No musrenbang yet. Open a new year to start.</translation>
    </message>
    <message>
        <source>Lanjut ke: {phase} ▶</source>
        <translation>Go on to: {phase} ▶</translation>
    </message>
    <message>
        <source>Tahap akhir</source>
        <translation>Last phase</translation>
    </message>
    <message numerus="yes">
        <source>%n usulan</source>
        <translation>
            <numerusform>%n proposal</numerusform>
            <numerusform>%n proposals</numerusform>
        </translation>
    </message>
    <message>
        <source>Musrenbang tahun baru</source>
        <translation>New musrenbang year</translation>
    </message>
    <message>
        <source>Tahun pelaksanaan:</source>
        <translation>Year held:</translation>
    </message>
    <message>
        <source>Pindahkan musrenbang {year} ke tahap &quot;{phase}&quot;? Tahap tidak dapat dimundurkan.</source>
        <translation>Move musrenbang {year} to the phase &quot;{phase}&quot;? A phase cannot be moved back.</translation>
    </message>
    <message>
        <source>Tahap berikut</source>
        <translation>Next phase</translation>
    </message>
    <message>
        <source>Gabungkan {n} usulan ke usulan nomor {number} ({activity})? Pengusul masing-masing tetap tercatat.</source>
        <translation>Merge {n} proposals into proposal number {number} ({activity})? Each one&apos;s proposer stays on record.</translation>
    </message>
    <message>
        <source>Gabungkan usulan</source>
        <translation>Merge proposals</translation>
    </message>
    <message>
        <source>Uba&amp;h usulan…</source>
        <translation>&amp;Edit proposal…</translation>
    </message>
    <message>
        <source>Lihat &amp;foto…</source>
        <translation>View p&amp;hotos…</translation>
    </message>
    <message>
        <source>Usulan tidak dapat diubah</source>
        <translation>The proposal cannot be edited</translation>
    </message>
    <message>
        <source>Usulan baru</source>
        <translation>New proposal</translation>
    </message>
    <message>
        <source>Buka tahun</source>
        <translation>Open year</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Penduduk</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Pengaduan &amp; Laporan</source>
        <translation>Complaints &amp; Reports</translation>
    </message>
    <message>
        <source>Musrenbang</source>
        <translation>Musrenbang</translation>
    </message>
    <message>
        <source>UMKM</source>
        <translation>UMKM</translation>
    </message>
    <message>
        <source>Pelatihan</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Surat</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Periksa Keaslian</source>
        <translation>Check authenticity</translation>
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
        <translation>Telep&amp;hone</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E&amp;mail</translation>
    </message>
    <message>
        <source>Situs &amp;web</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>Kode p&amp;os</source>
        <translation>Pos&amp;tcode</translation>
    </message>
    <message>
        <source>Tempat &amp;surat</source>
        <translation>Place of &amp;signing</translation>
    </message>
    <message>
        <source>Nama lu&amp;rah</source>
        <translation>L&amp;urah&apos;s name</translation>
    </message>
    <message>
        <source>&amp;NIP lurah</source>
        <translation>Lurah&apos;s N&amp;IP</translation>
    </message>
    <message>
        <source>Pangkat/&amp;golongan</source>
        <translation>Rank/gra&amp;de</translation>
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
        <source>Kode kelura&amp;han</source>
        <translation>Kelurahan &amp;code</translation>
    </message>
    <message>
        <source>&amp;Provinsi</source>
        <translation>P&amp;rovince</translation>
    </message>
    <message>
        <source>Kota/Ka&amp;bupaten</source>
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
    <name>OutcomeDialog</name>
    <message>
        <source>Hasil pelatihan: {name}</source>
        <translation>Training outcome: {name}</translation>
    </message>
    <message>
        <source>mis. NIB 9120301234567, usaha keripik di rumah</source>
        <translation>e.g. NIB 9120301234567, chips business at home</translation>
    </message>
    <message>
        <source>&amp;Hasil</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>&amp;Tanggal</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Keterangan</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>OverdueByOfficerView</name>
    <message>
        <source>Petugas / unit</source>
        <translation>Officer / unit</translation>
    </message>
    <message>
        <source>Berjalan</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Tenggat tertua</source>
        <translation>Oldest deadline</translation>
    </message>
    <message>
        <source>&amp;Eskalasi… (Ctrl+E)</source>
        <translation>&amp;Escalate… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Beban kerja dan keterlambatan per petugas</source>
        <translation>Workload and overdue cases per officer</translation>
    </message>
    <message>
        <source>(belum ditugaskan)</source>
        <translation>(unassigned)</translation>
    </message>
    <message numerus="yes">
        <source>%n kasus terlambat</source>
        <translation>
            <numerusform>%n case overdue</numerusform>
            <numerusform>%n cases overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Eskalasi kasus terpilih</source>
        <translation>Escalate the chosen case</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Kembalikan peringkat</source>
        <translation>Restore the rank</translation>
    </message>
    <message>
        <source>Tetapkan peringkat</source>
        <translation>Set the rank</translation>
    </message>
    <message>
        <source>Alasan (wajib), mis. kesepakatan forum karena lokasi rawan banjir</source>
        <translation>Reason (required), e.g. agreed by the forum as the site floods</translation>
    </message>
    <message>
        <source>Peringkat &amp;baru:</source>
        <translation>&amp;New rank:</translation>
    </message>
    <message>
        <source>&amp;Alasan:</source>
        <translation>&amp;Reason:</translation>
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
    <name>PhaseDatesDialog</name>
    <message>
        <source>Jadwal musrenbang {year}</source>
        <translation>Musrenbang {year} schedule</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Dimasuki</source>
        <translation>Entered</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Foto dan pindaian (*.jpg *.jpeg *.png *.webp *.pdf)</source>
        <translation>Photos and scans (*.jpg *.jpeg *.png *.webp *.pdf)</translation>
    </message>
    <message>
        <source>Insert: tambah foto atau pindaian; Delete: hapus yang dipilih</source>
        <translation>Insert: add a photo or scan; Delete: remove the chosen one</translation>
    </message>
    <message>
        <source>Pilih foto atau pindaian</source>
        <translation>Choose a photo or scan</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>◀ &amp;Sebelumnya</source>
        <translation>◀ &amp;Previous</translation>
    </message>
    <message>
        <source>Se&amp;lanjutnya ▶</source>
        <translation>&amp;Next ▶</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Tidak ada foto.</source>
        <translation>No photos.</translation>
    </message>
    <message>
        <source>{name}
(bukan gambar; tidak dapat ditampilkan di sini)</source>
        <translation>{name}
(not a picture; it cannot be shown here)</translation>
    </message>
    <message>
        <source>Foto {n} dari {total} — {name}</source>
        <translation>Photo {n} of {total} — {name}</translation>
    </message>
    <message>
        <source>Klik foto untuk memperbesar</source>
        <translation>Click a photo to enlarge it</translation>
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
    <name>ProgrammeDialog</name>
    <message>
        <source>Program pelatihan baru</source>
        <translation>New training programme</translation>
    </message>
    <message>
        <source>tanpa batas</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>kosong = semua RW; mis. 1, 2, 5</source>
        <translation>empty = every RW; e.g. 1, 2, 5</translation>
    </message>
    <message>
        <source>&amp;Judul</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Penyelenggara</source>
        <translation>&amp;Organiser</translation>
    </message>
    <message>
        <source>&amp;Tempat</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>Sasaran</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>&amp;Mulai</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Selesai</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <source>&amp;Kuota</source>
        <translation>&amp;Quota</translation>
    </message>
    <message>
        <source>Usia paling rendah</source>
        <translation>Lowest age</translation>
    </message>
    <message>
        <source>Usia paling tinggi</source>
        <translation>Highest age</translation>
    </message>
    <message>
        <source>Hanya RW</source>
        <translation>Only RW</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Ubah program pelatihan</source>
        <translation>Edit training programme</translation>
    </message>
    <message>
        <source>materi yang diajarkan, mis. pola dasar, menjahit busana muslim</source>
        <translation>what is taught, e.g. basic patterns, sewing Muslim clothing</translation>
    </message>
    <message>
        <source>mis. ibu rumah tangga, pemuda pencari kerja</source>
        <translation>e.g. housewives, young job seekers</translation>
    </message>
    <message>
        <source>M&amp;ateri</source>
        <translation>Co&amp;ntent</translation>
    </message>
    <message>
        <source>Kehadiran untuk sertifikat</source>
        <translation>Attendance for a certificate</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sekarang {seated} peserta dan {waiting} di daftar tunggu.</source>
        <translation>Now {seated} participants and {waiting} on the waiting list.</translation>
    </message>
    <message>
        <source>Kuota yang dinaikkan langsung diisi dari daftar tunggu sesuai urutannya.</source>
        <translation>A raised quota is filled at once from the waiting list, in its order.</translation>
    </message>
</context>
<context>
    <name>ProgrammeLabels</name>
    <message>
        <source>Infrastruktur</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <source>Ekonomi</source>
        <translation>Economy</translation>
    </message>
    <message>
        <source>Sosial Budaya</source>
        <translation>Social and cultural</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Digabung</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Diterima kecamatan</source>
        <translation>Accepted by the kecamatan</translation>
    </message>
    <message>
        <source>Masuk APBD</source>
        <translation>In the city budget</translation>
    </message>
    <message>
        <source>Selesai dikerjakan</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Dibawa ke tahun berikut</source>
        <translation>Carried to the next year</translation>
    </message>
    <message>
        <source>Pengumpulan usulan RW</source>
        <translation>Collecting RW proposals</translation>
    </message>
    <message>
        <source>Pra-musrenbang</source>
        <translation>Pre-musrenbang</translation>
    </message>
    <message>
        <source>Musrenbang kelurahan</source>
        <translation>Kelurahan musrenbang</translation>
    </message>
    <message>
        <source>Dikirim ke kecamatan</source>
        <translation>Sent to the kecamatan</translation>
    </message>
    <message>
        <source>Hasil diketahui</source>
        <translation>Results known</translation>
    </message>
    <message>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Unsur pemerintah</source>
        <translation>Government</translation>
    </message>
    <message>
        <source>Ketua RT/RW</source>
        <translation>RT/RW head</translation>
    </message>
    <message>
        <source>LPM</source>
        <translation>LPM</translation>
    </message>
    <message>
        <source>PKK</source>
        <translation>PKK</translation>
    </message>
    <message>
        <source>Karang taruna / pemuda</source>
        <translation>Karang taruna / youth</translation>
    </message>
    <message>
        <source>Perwakilan perempuan</source>
        <translation>Women&apos;s representative</translation>
    </message>
    <message>
        <source>Tokoh masyarakat / agama</source>
        <translation>Community / religious leader</translation>
    </message>
    <message>
        <source>Warga</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Undangan lain</source>
        <translation>Other guest</translation>
    </message>
    <message>
        <source>Kuliner / makanan dan minuman</source>
        <translation>Food and drink</translation>
    </message>
    <message>
        <source>Fesyen / konveksi</source>
        <translation>Fashion / garments</translation>
    </message>
    <message>
        <source>Kerajinan</source>
        <translation>Crafts</translation>
    </message>
    <message>
        <source>Perdagangan / warung</source>
        <translation>Trade / shop</translation>
    </message>
    <message>
        <source>Jasa</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Pertanian / perikanan</source>
        <translation>Farming / fishery</translation>
    </message>
    <message>
        <source>Digital / kreatif</source>
        <translation>Digital / creative</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Belum punya NIB</source>
        <translation>No NIB yet</translation>
    </message>
    <message>
        <source>Sedang diurus</source>
        <translation>Being applied for</translation>
    </message>
    <message>
        <source>NIB terbit</source>
        <translation>NIB issued</translation>
    </message>
    <message>
        <source>Usaha Mikro</source>
        <translation>Micro business</translation>
    </message>
    <message>
        <source>Usaha Kecil</source>
        <translation>Small business</translation>
    </message>
    <message>
        <source>Usaha Menengah</source>
        <translation>Medium business</translation>
    </message>
    <message>
        <source>Usaha Besar</source>
        <translation>Large business</translation>
    </message>
    <message>
        <source>Pendaftaran dibuka</source>
        <translation>Registration open</translation>
    </message>
    <message>
        <source>Pendaftaran ditutup</source>
        <translation>Registration closed</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Memperoleh NIB</source>
        <translation>NIB obtained</translation>
    </message>
    <message>
        <source>Memulai usaha</source>
        <translation>Business started</translation>
    </message>
    <message>
        <source>Mendapat pekerjaan</source>
        <translation>Work found</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Daftar tunggu {n}</source>
        <translation>Waiting list {n}</translation>
    </message>
    <message>
        <source>Sesi {n}</source>
        <translation>Session {n}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Peringkat</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Bidang</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Perkiraan biaya</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <source>Pengusul</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Foto</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Suara</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>bobot {weight}</source>
        <translation>weight {weight}</translation>
    </message>
    <message>
        <source>Pagu</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Kemajuan</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unsur</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Asal / jabatan</source>
        <translation>From / position</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <source>Delegasi</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <source>Nama usaha</source>
        <translation>Business name</translation>
    </message>
    <message>
        <source>Pemilik</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Kelas</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>Surat</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Hadir</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Sertifikat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Modal (Rp)</source>
        <translation>Capital (Rp)</translation>
    </message>
    <message>
        <source>Omzet setahun (Rp)</source>
        <translation>Yearly sales (Rp)</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Kemajuan pekerjaan</source>
        <translation>Work progress</translation>
    </message>
    <message>
        <source>mis. pengecoran selesai, tinggal pemasangan tutup saluran</source>
        <translation>e.g. concrete poured, drain covers still to fit</translation>
    </message>
    <message>
        <source>Tambah &amp;foto…</source>
        <translation>Add &amp;photos…</translation>
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
        <source>&amp;Persen selesai:</source>
        <translation>&amp;Percent done:</translation>
    </message>
    <message>
        <source>&amp;Tanggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Catatan:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Foto:</source>
        <translation>Photos:</translation>
    </message>
</context>
<context>
    <name>ProposalEditDialog</name>
    <message>
        <source>Musrenbang {year} sudah pada tahap &quot;{phase}&quot;. Usulan hanya dapat diubah pada tahap: {phases}.</source>
        <translation>Musrenbang {year} is already in the phase &quot;{phase}&quot;. Proposals can only be edited in these phases: {phases}.</translation>
    </message>
    <message>
        <source>Berita acara nomor {number} sudah terbit; usulan yang tercatat di dalamnya tidak dapat diubah lagi.</source>
        <translation>Minutes number {number} have been issued; the proposals recorded in them can no longer be edited.</translation>
    </message>
    <message>
        <source>Usulan nomor {number} sudah berstatus &quot;{status}&quot;, sehingga tidak dapat diubah lagi.</source>
        <translation>Proposal number {number} already has the status &quot;{status}&quot;, so it can no longer be edited.</translation>
    </message>
    <message>
        <source>Ubah usulan nomor {number}</source>
        <translation>Edit proposal number {number}</translation>
    </message>
    <message>
        <source>&amp;Batal (Esc)</source>
        <translation>&amp;Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>ProposalForm</name>
    <message>
        <source>mis. Normalisasi saluran drainase Gg. Melati</source>
        <translation>e.g. Clearing the drain of Gg. Melati</translation>
    </message>
    <message>
        <source>m, m², unit, orang …</source>
        <translation>m, m², units, people …</translation>
    </message>
    <message>
        <source>Rp, mis. 75.000.000</source>
        <translation>Rp, e.g. 75.000.000</translation>
    </message>
    <message>
        <source>mis. RW 05, PKK, Karang Taruna, atau NIK penduduk</source>
        <translation>e.g. RW 05, PKK, Karang Taruna, or a resident&apos;s NIK</translation>
    </message>
    <message>
        <source>lintang, bujur, mis. -6.8905, 107.6030</source>
        <translation>latitude, longitude, e.g. -6.8905, 107.6030</translation>
    </message>
    <message>
        <source>Tambah f&amp;oto…</source>
        <translation>Add ph&amp;otos…</translation>
    </message>
    <message>
        <source>&amp;Simpan usulan (Enter)</source>
        <translation>Save p&amp;roposal (Enter)</translation>
    </message>
    <message>
        <source>&amp;Kegiatan</source>
        <translation>&amp;Activity</translation>
    </message>
    <message>
        <source>B&amp;idang</source>
        <translation>&amp;Field</translation>
    </message>
    <message>
        <source>&amp;Lokasi</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <source>R&amp;T</source>
        <translation>R&amp;T</translation>
    </message>
    <message>
        <source>R&amp;W</source>
        <translation>R&amp;W</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Volume</translation>
    </message>
    <message>
        <source>Sat&amp;uan</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>&amp;Perkiraan biaya</source>
        <translation>Estimated &amp;cost</translation>
    </message>
    <message>
        <source>Swada&amp;ya</source>
        <translation>Community contr&amp;ibution</translation>
    </message>
    <message>
        <source>Pe&amp;ngusul</source>
        <translation>Pro&amp;poser</translation>
    </message>
    <message>
        <source>Penerima &amp;manfaat</source>
        <translation>&amp;Beneficiaries</translation>
    </message>
    <message>
        <source>Koor&amp;dinat</source>
        <translation>Coor&amp;dinates</translation>
    </message>
    <message>
        <source>Foto</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>&amp;Simpan perubahan (Enter)</source>
        <translation>&amp;Save changes (Enter)</translation>
    </message>
    <message>
        <source>Foto tersimpan</source>
        <translation>Saved photos</translation>
    </message>
    <message>
        <source>Foto baru</source>
        <translation>New photos</translation>
    </message>
</context>
<context>
    <name>ProposalPhotosDialog</name>
    <message>
        <source>Foto usulan nomor {number}</source>
        <translation>Photos of proposal number {number}</translation>
    </message>
    <message>
        <source>Foto lokasi saat diusulkan</source>
        <translation>Site photos when proposed</translation>
    </message>
    <message>
        <source>Foto lokasi</source>
        <translation>Site photo</translation>
    </message>
    <message>
        <source>Belum ada foto lokasi.</source>
        <translation>No site photos yet.</translation>
    </message>
    <message>
        <source>Kemajuan pekerjaan</source>
        <translation>Work progress</translation>
    </message>
    <message>
        <source>Belum ada laporan kemajuan.</source>
        <translation>No progress reports yet.</translation>
    </message>
    <message>
        <source>{date} — {percent} %</source>
        <translation>{date} — {percent} %</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Klik foto untuk memperbesar; panah kiri/kanan untuk foto lainnya.</source>
        <translation>Click a photo to enlarge it; left/right arrows for the other photos.</translation>
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
    <name>RankingTab</name>
    <message>
        <source>Nilai dari kantor</source>
        <translation>Scores from the office</translation>
    </message>
    <message>
        <source>Nilai dari forum</source>
        <translation>Scores from the forum</translation>
    </message>
    <message>
        <source>&amp;Tetapkan peringkat…</source>
        <translation>Set &amp;rank…</translation>
    </message>
    <message>
        <source>Kembalikan ke &amp;urutan nilai…</source>
        <translation>Back to the scored &amp;order…</translation>
    </message>
    <message>
        <source>&amp;Kriteria penilaian…</source>
        <translation>Scoring &amp;criteria…</translation>
    </message>
    <message>
        <source>Ketik nilai 1–5 pada kolom kriteria. Tanda * = peringkat ditetapkan dengan alasan.</source>
        <translation>Type scores 1–5 in the criteria columns. * = rank set by hand with a reason.</translation>
    </message>
    <message>
        <source>Bidang:</source>
        <translation>Field:</translation>
    </message>
    <message>
        <source>Usulan yang dipilih:</source>
        <translation>Selected proposal:</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>&amp;Alasan</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
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
    <name>ReceiptPrinting</name>
    <message>
        <source>Cetak tanda terima</source>
        <translation>Print receipt</translation>
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
        <source>Tabel wilayah: {added} baru, {updated} diperbarui; kini {total} wilayah.</source>
        <translation>Region table: {added} new, {updated} updated; now {total} regions.</translation>
    </message>
    <message>
        <source>{problems} baris berkas dilewati karena tidak sah.</source>
        <translation>{problems} rows of the file were skipped as invalid.</translation>
    </message>
    <message>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>No. Urut</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nomor Surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jenis Surat</source>
        <translation>Letter type</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Penanda Tangan</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Register surat keluar</source>
        <translation>Register of outgoing letters</translation>
    </message>
    <message>
        <source>&amp;Simpan Excel/CSV…</source>
        <translation>&amp;Save Excel/CSV…</translation>
    </message>
    <message>
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{0} nomor</source>
        <translation>{0} numbers</translation>
    </message>
    <message>
        <source>Register surat keluar {0}</source>
        <translation>Register of outgoing letters {0}</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
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
        <translation>Resident da&amp;ta</translation>
    </message>
    <message>
        <source>Kel&amp;uarga</source>
        <translation>&amp;Family</translation>
    </message>
    <message>
        <source>&amp;Riwayat</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>Pinda&amp;h…</source>
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
    <message>
        <source>Pilih penduduk di daftar</source>
        <translation>Choose a resident in the list</translation>
    </message>
    <message>
        <source>Simpan data penduduk</source>
        <translation>Save the resident's details</translation>
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
        <source>NIK sementara</source>
        <translation>Temporary NIK</translation>
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
        <source>Nama leng&amp;kap</source>
        <translation>Fu&amp;ll name</translation>
    </message>
    <message>
        <source>N&amp;o. KK</source>
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
        <source>Status perka&amp;winan</source>
        <translation>Marital stat&amp;us</translation>
    </message>
    <message>
        <source>&amp;Pekerjaan</source>
        <translation>&amp;Occupation</translation>
    </message>
    <message>
        <source>Pendidikan</source>
        <translation>&amp;Education</translation>
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
    <name>ResidentLookup</name>
    <message>
        <source>Ketik NIK atau nama penduduk…</source>
        <translation>Type a resident&apos;s NIK or name…</translation>
    </message>
    <message>
        <source>Dipilih: {name} (NIK {nik})</source>
        <translation>Chosen: {name} (NIK {nik})</translation>
    </message>
</context>
<context>
    <name>ResidentSources</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nomor KK</source>
        <translation>KK number</translation>
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
        <source>Tempat/tanggal lahir</source>
        <translation>Place/date of birth</translation>
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
        <source>Alamat lengkap</source>
        <translation>Full address</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
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
    <message>
        <source>L</source>
        <translation>M</translation>
    </message>
    <message>
        <source>P</source>
        <translation>F</translation>
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
        <translation>Ne&amp;w</translation>
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
        <translation>Sea&amp;rch:</translation>
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
    <message>
        <source>Cari penduduk</source>
        <translation>Search residents</translation>
    </message>
    <message>
        <source>Penduduk baru</source>
        <translation>New resident</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>Diterima &amp;kecamatan</source>
        <translation>Accepted by the &amp;kecamatan</translation>
    </message>
    <message>
        <source>Masuk &amp;APBD…</source>
        <translation>In the city &amp;budget…</translation>
    </message>
    <message>
        <source>&amp;Ditolak…</source>
        <translation>&amp;Rejected…</translation>
    </message>
    <message>
        <source>Catat ke&amp;majuan…</source>
        <translation>Record &amp;progress…</translation>
    </message>
    <message>
        <source>Usulan yang dipilih:</source>
        <translation>Selected proposal:</translation>
    </message>
    <message>
        <source>Masuk APBD</source>
        <translation>In the city budget</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Alasan:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Lihat &amp;foto…</source>
        <translation>View p&amp;hotos…</translation>
    </message>
    <message>
        <source>Pagu anggaran:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
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
    <name>ScoringModel</name>
    <message>
        <source>Peringkat hitungan: {rank}. Alasan: {reason}</source>
        <translation>Computed rank: {rank}. Reason: {reason}</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Sesi baru</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>&amp;Tanggal</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Mulai</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Selesai</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <source>&amp;Materi</source>
        <translation>&amp;Topic</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
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
        <translation>&amp;Display language</translation>
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
        <source>Buat cadangan &amp;otomatis setiap hari di folder data</source>
        <translation>Make an &amp;automatic backup every day in the data folder</translation>
    </message>
    <message>
        <source>Cadangan &amp;harian yang disimpan</source>
        <translation>Daily backups &amp;kept</translation>
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
        <source>U&amp;langi kata sandi baru</source>
        <translation>&amp;Repeat new password</translation>
    </message>
    <message>
        <source>Kosongkan bila tidak ingin mengganti kata sandi.</source>
        <translation>Leave empty to keep your password.</translation>
    </message>
    <message>
        <source>Kata sandi sa&amp;ya</source>
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
        <source>Lan&amp;jut &gt;</source>
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
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Pilih berkas cadangan</source>
        <translation>Choose the backup file</translation>
    </message>
    <message>
        <source>Data kantor di PC ini diisi dari cadangan tersebut, lalu Anda masuk dengan akun dari cadangan itu. Lanjutkan?</source>
        <translation>This PC's office data will be filled from that backup; you then sign in with an account from it. Continue?</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>ShortcutHelpDialog</name>
    <message>
        <source>Pintasan papan ketik</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Tombol</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Fungsi</source>
        <translation>What they do</translation>
    </message>
    <message>
        <source>Membuka menu; panah untuk berpindah, Enter untuk memilih</source>
        <translation>Opens the menus; arrows to move, Enter to choose</translation>
    </message>
    <message>
        <source>Alt + huruf bergaris bawah</source>
        <translation>Alt + underlined letter</translation>
    </message>
    <message>
        <source>Menekan tombol itu atau pindah ke isian itu</source>
        <translation>Presses that button or moves to that field</translation>
    </message>
    <message>
        <source>Pindah ke isian berikutnya / sebelumnya</source>
        <translation>Moves to the next / previous field</translation>
    </message>
    <message>
        <source>Tombol utama jendela (yang bergaris tebal)</source>
        <translation>The window's main button (the one drawn bold)</translation>
    </message>
    <message>
        <source>Menutup jendela kecil tanpa menjalankannya</source>
        <translation>Closes a dialog without carrying it out</translation>
    </message>
    <message>
        <source>Di halaman ini</source>
        <translation>On this page</translation>
    </message>
    <message>
        <source>Di semua halaman</source>
        <translation>On every page</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ShownDates</name>
    <message>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <source>pukul {time} {zone}</source>
        <translation>{time} {zone}</translation>
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
    <name>Sync</name>
    <message>
        <source>Daftarkan kantor ini ke HQ di menu Sinkronisasi.</source>
        <translation>Enrol this office with HQ in the Sync view.</translation>
    </message>
    <message>
        <source>HQ: {url}</source>
        <translation>HQ: {url}</translation>
    </message>
    <message>
        <source>Terakhir berhasil: {at}</source>
        <translation>Last success: {at}</translation>
    </message>
    <message>
        <source>Menunggu: {changes} perubahan, {files} lampiran</source>
        <translation>Waiting: {changes} changes, {files} attachments</translation>
    </message>
    <message>
        <source>Unduhan diterapkan: {n}</source>
        <translation>Downloads applied: {n}</translation>
    </message>
    <message>
        <source>Ditolak: {n}; konflik: {c}</source>
        <translation>Rejected: {n}; conflicts: {c}</translation>
    </message>
    <message>
        <source>Selisih jam dengan HQ: {clock}</source>
        <translation>Clock difference with HQ: {clock}</translation>
    </message>
    <message>
        <source>Masalah terakhir: {error}</source>
        <translation>Last problem: {error}</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Arah</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>Nomor data</source>
        <translation>Record id</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Diputuskan di</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Dipakai nilai dari</source>
        <translation>Value kept from</translation>
    </message>
    <message>
        <source>Nilai dipakai</source>
        <translation>Kept value</translation>
    </message>
    <message>
        <source>Nilai kalah</source>
        <translation>Losing value</translation>
    </message>
    <message>
        <source>HQ menolak: {code}</source>
        <translation>HQ refused: {code}</translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>semua terkirim</source>
        <translation>everything sent</translation>
    </message>
    <message>
        <source>{n} perubahan; {files} lampiran belum terunduh</source>
        <translation>{n} changes; {files} attachments not downloaded yet</translation>
    </message>
    <message>
        <source>menunggu {changes} perubahan, {files} lampiran</source>
        <translation>{changes} changes, {files} attachments waiting</translation>
    </message>
    <message>
        <source>Sinkronisasi: belum terdaftar di HQ</source>
        <translation>Sync: not enrolled with HQ</translation>
    </message>
    <message>
        <source>Sinkronisasi: sedang berjalan…</source>
        <translation>Sync: running…</translation>
    </message>
    <message>
        <source>terhubung</source>
        <translation>connected</translation>
    </message>
    <message>
        <source>tidak terhubung</source>
        <translation>not connected</translation>
    </message>
    <message>
        <source>HQ: {link} · terakhir {last} · {waiting}</source>
        <translation>HQ: {link} · last {last} · {waiting}</translation>
    </message>
    <message>
        <source> · {n} ditolak</source>
        <translation> · {n} rejected</translation>
    </message>
    <message>
        <source> · periksa jam komputer</source>
        <translation> · check the computer clock</translation>
    </message>
    <message>
        <source>{seconds:+.0f} detik</source>
        <translation>{seconds:+.0f} seconds</translation>
    </message>
    <message>
        <source> — jam komputer ini salah; betulkan jamnya</source>
        <translation> — this computer's clock is wrong; correct it</translation>
    </message>
    <message>
        <source>Ditolak HQ</source>
        <translation>Refused by HQ</translation>
    </message>
    <message>
        <source>Kiriman HQ tidak dapat diterapkan</source>
        <translation>HQ change could not be applied</translation>
    </message>
    <message>
        <source>Tidak dapat dikirim</source>
        <translation>Cannot be sent</translation>
    </message>
    <message>
        <source>Data sudah dihapus di sisi lain.</source>
        <translation>The record was deleted on the other side.</translation>
    </message>
    <message>
        <source>Data yang diubah tidak ada di sisi lain.</source>
        <translation>The changed record does not exist on the other side.</translation>
    </message>
    <message>
        <source>Data dengan nomor yang sama sudah ada dengan isi lain.</source>
        <translation>A record with the same id already exists with other content.</translation>
    </message>
    <message>
        <source>Data ini milik kantor lain.</source>
        <translation>This record belongs to another office.</translation>
    </message>
    <message>
        <source>Status sudah diubah di sisi lain; perubahan status ini basi.</source>
        <translation>The status was changed on the other side; this status change is stale.</translation>
    </message>
    <message>
        <source>Perubahan status ini tidak diizinkan.</source>
        <translation>This status change is not allowed.</translation>
    </message>
    <message>
        <source>Catatan ini tidak boleh diubah atau dihapus.</source>
        <translation>This entry may not be changed or deleted.</translation>
    </message>
    <message>
        <source>Kolom tidak dikenal versi ini: {detail}</source>
        <translation>Fields this version does not know: {detail}</translation>
    </message>
    <message>
        <source>Tidak dapat disimpan (data terkait tidak ada atau nomor ganda).</source>
        <translation>Could not be stored (a linked record is missing or a number is duplicated).</translation>
    </message>
    <message>
        <source>Terlalu besar untuk dikirim.</source>
        <translation>Too large to send.</translation>
    </message>
    <message>
        <source>Berisi karakter yang tidak dapat disimpan HQ.</source>
        <translation>Contains characters HQ cannot store.</translation>
    </message>
    <message>
        <source>Alamat HQ harus diawali http:// atau https://</source>
        <translation>The HQ address must start with http:// or https://</translation>
    </message>
    <message>
        <source>HQ tidak dapat dihubungi. Periksa alamat dan jaringan.</source>
        <translation>HQ cannot be reached. Check the address and the network.</translation>
    </message>
    <message>
        <source>Alamat itu tidak menjawab sebagai server HQ Kelurahan Desk.</source>
        <translation>That address does not answer as a Kelurahan Desk HQ server.</translation>
    </message>
    <message>
        <source>Kode pendaftaran ditolak HQ (salah, sudah dipakai, atau kantor belum didaftarkan di HQ).</source>
        <translation>HQ refused the enrolment code (wrong, already used, or the office is not registered at HQ).</translation>
    </message>
    <message>
        <source>Kode pendaftaran sudah kedaluwarsa. Minta kode baru ke HQ.</source>
        <translation>The enrolment code has expired. Ask HQ for a new one.</translation>
    </message>
    <message>
        <source>HQ mendaftarkan kunci lain. Hubungi HQ.</source>
        <translation>HQ registered another key. Contact HQ.</translation>
    </message>
    <message>
        <source>Data kantor belum diisi.</source>
        <translation>The office details are not filled in yet.</translation>
    </message>
    <message>
        <source>Kantor ini belum terdaftar di HQ.</source>
        <translation>This office is not enrolled with HQ yet.</translation>
    </message>
    <message>
        <source>Wajib diisi.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>HQ tidak dapat dihubungi</source>
        <translation>HQ cannot be reached</translation>
    </message>
    <message>
        <source>Kunci kantor berganti; daftarkan ulang ke HQ</source>
        <translation>The office key changed; enrol with HQ again</translation>
    </message>
    <message>
        <source>Sinkronisasi lain sedang berjalan</source>
        <translation>Another sync is running</translation>
    </message>
    <message>
        <source>{changes} perubahan, {files} lampiran</source>
        <translation>{changes} changes, {files} attachments</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Sinkronisasi dengan HQ</source>
        <translation>Sync with HQ</translation>
    </message>
    <message>
        <source>HQ</source>
        <translation>HQ</translation>
    </message>
    <message>
        <source>Koneksi</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Terakhir berhasil</source>
        <translation>Last success</translation>
    </message>
    <message>
        <source>Menunggu dikirim</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Unduhan diterapkan</source>
        <translation>Downloads applied</translation>
    </message>
    <message>
        <source>Perubahan ditolak</source>
        <translation>Rejected changes</translation>
    </message>
    <message>
        <source>Konflik</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Selisih jam dengan HQ</source>
        <translation>Clock difference with HQ</translation>
    </message>
    <message>
        <source>Jejak audit di HQ</source>
        <translation>Audit trail at HQ</translation>
    </message>
    <message>
        <source>&amp;Sinkronkan sekarang</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>&amp;Daftarkan ke HQ…</source>
        <translation>&amp;Enrol with HQ…</translation>
    </message>
    <message>
        <source>&amp;Ekspor ke flashdisk…</source>
        <translation>E&amp;xport to USB stick…</translation>
    </message>
    <message>
        <source>&amp;Impor dari flashdisk…</source>
        <translation>&amp;Import from USB stick…</translation>
    </message>
    <message>
        <source>Perubahan ditolak ({n})</source>
        <translation>Rejected changes ({n})</translation>
    </message>
    <message>
        <source>Konflik ({n})</source>
        <translation>Conflicts ({n})</translation>
    </message>
    <message>
        <source>Kantor ini belum terdaftar di HQ.</source>
        <translation>This office is not enrolled with HQ yet.</translation>
    </message>
    <message>
        <source>Siap.</source>
        <translation>Ready.</translation>
    </message>
    <message>
        <source>Sedang menyinkronkan dengan HQ…</source>
        <translation>Syncing with HQ…</translation>
    </message>
    <message>
        <source>Selesai: semua perubahan sudah sampai di HQ dan semua kiriman HQ sudah diterapkan.</source>
        <translation>Done: every change reached HQ and everything HQ sent has been applied.</translation>
    </message>
    <message>
        <source>Sebagian belum selesai; akan dicoba lagi otomatis.</source>
        <translation>Not everything went through; it will be tried again automatically.</translation>
    </message>
    <message>
        <source>Tidak terhubung ke HQ; semua perubahan tetap tersimpan dan akan dikirim nanti.</source>
        <translation>Not connected to HQ; every change stays saved and will be sent later.</translation>
    </message>
    <message>
        <source>Terhenti: {error}</source>
        <translation>Stopped: {error}</translation>
    </message>
    <message>
        <source>belum terdaftar</source>
        <translation>not enrolled</translation>
    </message>
    <message>
        <source>terhubung</source>
        <translation>connected</translation>
    </message>
    <message>
        <source>tidak terhubung</source>
        <translation>not connected</translation>
    </message>
    <message>
        <source>utuh</source>
        <translation>intact</translation>
    </message>
    <message>
        <source>TERPUTUS — hubungi HQ</source>
        <translation>BROKEN — contact HQ</translation>
    </message>
    <message>
        <source>Terdaftar</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Kantor ini sudah terdaftar di HQ {url}.</source>
        <translation>This office is now enrolled with HQ {url}.</translation>
    </message>
    <message>
        <source>Pilih folder flashdisk untuk kiriman ke HQ</source>
        <translation>Choose the USB stick folder for what goes to HQ</translation>
    </message>
    <message>
        <source>Kiriman ke HQ ditulis</source>
        <translation>Written for HQ</translation>
    </message>
    <message>
        <source>Ditulis ke {folder}: {batches} paket ({changes} perubahan) dan {files} lampiran. Bawa flashdisk ini ke HQ.</source>
        <translation>Written to {folder}: {batches} batches ({changes} changes) and {files} attachments. Take this stick to HQ.</translation>
    </message>
    <message>
        <source>Menulis kiriman ke flashdisk…</source>
        <translation>Writing to the USB stick…</translation>
    </message>
    <message>
        <source>Pilih folder flashdisk berisi balasan HQ</source>
        <translation>Choose the USB stick folder with HQ's reply</translation>
    </message>
    <message>
        <source>Diterima {acks} tanda terima dan {changes} perubahan dari HQ.</source>
        <translation>Received {acks} acknowledgements and {changes} changes from HQ.</translation>
    </message>
    <message>
        <source>Berkas yang dilewati: {n}</source>
        <translation>Files skipped: {n}</translation>
    </message>
    <message>
        <source>Balasan HQ dibaca</source>
        <translation>HQ's reply read</translation>
    </message>
    <message>
        <source>Membaca balasan HQ dari flashdisk…</source>
        <translation>Reading HQ's reply from the USB stick…</translation>
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
    <name>TrainingDialogs</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <source>Program &amp;baru…</source>
        <translation>&amp;New programme…</translation>
    </message>
    <message>
        <source>S&amp;tatus program…</source>
        <translation>Programme s&amp;tatus…</translation>
    </message>
    <message>
        <source>Pelatihan:</source>
        <translation>Training:</translation>
    </message>
    <message>
        <source>NIK atau nama penduduk, lalu Enter</source>
        <translation>Resident&apos;s NIK or name, then Enter</translation>
    </message>
    <message>
        <source>&amp;Daftarkan</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>Pendaftaran</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Bata&amp;lkan pendaftaran…</source>
        <translation>&amp;Cancel registration…</translation>
    </message>
    <message>
        <source>Catat &amp;hasil…</source>
        <translation>Record &amp;outcome…</translation>
    </message>
    <message>
        <source>&amp;Sesi baru…</source>
        <translation>New &amp;session…</translation>
    </message>
    <message>
        <source>Catat &amp;kehadiran…</source>
        <translation>Record &amp;attendance…</translation>
    </message>
    <message>
        <source>Terbitkan serti&amp;fikat</source>
        <translation>Issue certi&amp;ficates</translation>
    </message>
    <message>
        <source>Daftar peserta (&amp;PDF)…</source>
        <translation>Participant list (&amp;PDF)…</translation>
    </message>
    <message>
        <source>&amp;Ekspor Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <source>{status} · kuota {quota} · peserta {seated} · daftar tunggu {waiting} · sertifikat {certificates}</source>
        <translation>{status} · quota {quota} · participants {seated} · waiting {waiting} · certificates {certificates}</translation>
    </message>
    <message>
        <source>Belum ada program pelatihan.</source>
        <translation>No training programme yet.</translation>
    </message>
    <message>
        <source>Batalkan pendaftaran</source>
        <translation>Cancel registration</translation>
    </message>
    <message>
        <source>Alasan pembatalan {name}:</source>
        <translation>Why {name} is cancelled:</translation>
    </message>
    <message>
        <source>{name} naik dari daftar tunggu menjadi peserta.</source>
        <translation>{name} moved up from the waiting list to a seat.</translation>
    </message>
    <message>
        <source>Status program</source>
        <translation>Programme status</translation>
    </message>
    <message>
        <source>Status pelatihan:</source>
        <translation>Training status:</translation>
    </message>
    <message>
        <source>Sertifikat {done} dari {total}</source>
        <translation>Certificate {done} of {total}</translation>
    </message>
    <message>
        <source>Sertifikat</source>
        <translation>Certificates</translation>
    </message>
    <message numerus="yes">
        <source>%n sertifikat diterbitkan.</source>
        <translation>
            <numerusform>%n certificate issued.</numerusform>
            <numerusform>%n certificates issued.</numerusform>
        </translation>
    </message>
    <message>
        <source>Menerbitkan sertifikat…</source>
        <translation>Issuing certificates…</translation>
    </message>
    <message>
        <source>Simpan sertifikat</source>
        <translation>Save certificates</translation>
    </message>
    <message>
        <source>Simpan daftar peserta</source>
        <translation>Save participant list</translation>
    </message>
    <message>
        <source>Ekspor peserta</source>
        <translation>Export participants</translation>
    </message>
    <message>
        <source>&amp;Ubah program…</source>
        <translation>E&amp;dit programme…</translation>
    </message>
    <message>
        <source>Naik dari daftar tunggu menjadi peserta: {names}.</source>
        <translation>Moved up from the waiting list to participants: {names}.</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>UmkmView</name>
    <message>
        <source>Cari nama usaha, pemilik atau NIB</source>
        <translation>Search business name, owner or NIB</translation>
    </message>
    <message>
        <source>Semua sektor</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>Semua kelas</source>
        <translation>All size classes</translation>
    </message>
    <message>
        <source>Semua status NIB</source>
        <translation>Any NIB status</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Termasuk yang tutup</source>
        <translation>Include closed ones</translation>
    </message>
    <message>
        <source>&amp;Daftarkan usaha…</source>
        <translation>&amp;Register business…</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Catat &amp;surat…</source>
        <translation>Record &amp;letter…</translation>
    </message>
    <message>
        <source>&amp;Ekspor…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message numerus="yes">
        <source>%n usaha</source>
        <translation>
            <numerusform>%n business</numerusform>
            <numerusform>%n businesses</numerusform>
        </translation>
    </message>
    <message>
        <source>Catat surat</source>
        <translation>Record letter</translation>
    </message>
    <message>
        <source>Surat usaha milik pemilik:</source>
        <translation>The owner&apos;s business letters:</translation>
    </message>
    <message>
        <source>Nomor surat yang sudah terbit:</source>
        <translation>Number of the issued letter:</translation>
    </message>
    <message>
        <source>Ekspor UMKM</source>
        <translation>Export UMKM</translation>
    </message>
    <message>
        <source>Ekspor selesai</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>{n} usaha diekspor ke:
{path}</source>
        <translation>{n} businesses exported to:
{path}</translation>
    </message>
    <message>
        <source>Catat</source>
        <translation>Record</translation>
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
    <name>VerifyView</name>
    <message>
        <source>ASLI — tanda tangan cocok dan surat masih berlaku</source>
        <translation>GENUINE — the signature matches and the letter is still valid</translation>
    </message>
    <message>
        <source>DICABUT — tanda tangan cocok, tetapi surat ini sudah dicabut</source>
        <translation>REVOKED — the signature matches, but this letter has been revoked</translation>
    </message>
    <message>
        <source>KEDALUWARSA — tanda tangan cocok, tetapi masa berlakunya sudah lewat</source>
        <translation>EXPIRED — the signature matches, but its validity period has ended</translation>
    </message>
    <message>
        <source>TIDAK ASLI — isi kode QR diubah atau dipalsukan</source>
        <translation>NOT GENUINE — the QR code&apos;s content was changed or forged</translation>
    </message>
    <message>
        <source>TIDAK DAPAT DIPERIKSA — kunci kantor penerbit tidak dikenal</source>
        <translation>CANNOT BE CHECKED — the issuing office&apos;s key is unknown</translation>
    </message>
    <message>
        <source>TIDAK ASLI — bukan kode QR surat Kelurahan Desk yang utuh</source>
        <translation>NOT GENUINE — not a complete Kelurahan Desk letter QR code</translation>
    </message>
    <message>
        <source>&amp;Periksa teks</source>
        <translation>&amp;Check text</translation>
    </message>
    <message>
        <source>&amp;Buka berkas surat…</source>
        <translation>&amp;Open letter file…</translation>
    </message>
    <message>
        <source>Kunci publik kantor lain…</source>
        <translation>Another office&apos;s public key…</translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Kunci tanda tangan</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>Jenis surat</source>
        <translation>Letter type</translation>
    </message>
    <message>
        <source>Tanggal terbit</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Atas nama</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Register kantor ini</source>
        <translation>This office&apos;s register</translation>
    </message>
    <message>
        <source>Periksa keaslian surat (tanpa jaringan)</source>
        <translation>Check a letter&apos;s authenticity (offline)</translation>
    </message>
    <message>
        <source>Buka berkas surat</source>
        <translation>Open letter file</translation>
    </message>
    <message>
        <source>Surat (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Letters (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Kunci publik kantor</source>
        <translation>Office public key</translation>
    </message>
    <message>
        <source>tanpa batas</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source>tercatat</source>
        <translation>recorded</translation>
    </message>
    <message>
        <source>TIDAK tercatat di register kantor ini</source>
        <translation>NOT recorded in this office&apos;s register</translation>
    </message>
    <message>
        <source>Tempel dulu teks kode QR surat di kotak atas, atau buka berkas pindaian atau foto surat.</source>
        <translation>First paste the text of the letter's QR code in the box above, or open a scan or photo of the letter.</translation>
    </message>
    <message>
        <source>Pindai kode QR surat dengan alat pemindai (teksnya tertulis di sini) atau tempel teksnya, lalu Periksa teks. Untuk berkas PDF atau foto surat: Buka berkas surat…</source>
        <translation>Scan the letter's QR code with a scanner (its text appears here) or paste the text, then Check text. For a PDF or a photo of the letter: Open letter file…</translation>
    </message>
    <message>
        <source>Untuk surat kantor lain: pilih berkas kunci publik (.pem) yang diberikan kantor itu.</source>
        <translation>For another office's letter: choose the public key file (.pem) that office gave you.</translation>
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
    <message>
        <source>&lt;b&gt;Mengganti PC kantor?&lt;/b&gt; Kantor yang sudah berjalan tidak diatur ulang: pulihkan datanya dari cadangan terakhir (misalnya di flash disk). Akun dan kata sandi ikut kembali.</source>
        <translation>&lt;b&gt;Replacing the office PC?&lt;/b&gt; An office already at work is not set up again: restore its data from the latest backup (on a flash drive, for example). Accounts and passwords come back with it.</translation>
    </message>
    <message>
        <source>&amp;Pulihkan dari cadangan…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
</context>
</TS>

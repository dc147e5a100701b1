<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>CtlContext</name>
    <message>
        <source>tidak ada pendaftar dengan NIK ini</source>
        <translation>no applicant has this NIK</translation>
    </message>
    <message>
        <source>tidak ada pendaftar yang cocok</source>
        <translation>no applicant found</translation>
    </message>
    <message>
        <source>Tercatat tetapi belum mendaftar: %1</source>
        <translation>Listed but not registered: %1</translation>
    </message>
    <message>
        <source>masih ada hasil lain; persempit pencarian</source>
        <translation>more results; narrow the search</translation>
    </message>
    <message>
        <source>%1  (pendaftar %2)</source>
        <translation>%1  (applicant %2)</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Kelayakan saat ini untuk gelombang %1:</source>
        <translation>Eligibility now for wave %1:</translation>
    </message>
    <message>
        <source>Permintaan ke sistem pendaftaran:</source>
        <translation>Requests to the registration system:</translation>
    </message>
    <message>
        <source>daftar</source>
        <translation>list</translation>
    </message>
    <message>
        <source>sumber</source>
        <translation>source</translation>
    </message>
    <message>
        <source>tercatat</source>
        <translation>listed</translation>
    </message>
    <message>
        <source>mendaftar</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>NIK terverifikasi</source>
        <translation>NIK verified</translation>
    </message>
    <message>
        <source>ikut gelombang</source>
        <translation>joined a wave</translation>
    </message>
    <message>
        <source>terpilih</source>
        <translation>selected</translation>
    </message>
    <message>
        <source>(tidak dicatat)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>prakerjactl: memperbarui basis data ke skema %1 (%2); dengan jutaan pendaftar ini dapat memakan waktu beberapa menit</source>
        <translation>prakerjactl: upgrading the database to schema %1 (%2); with millions of applicants this can take minutes</translation>
    </message>
    <message>
        <source>diumumkan: terpilih %1, ditarik saat pemeriksaan ulang %2, diganti peringkat berikutnya %3</source>
        <translation>announced: selected %1, withdrawn at the re-check %2, replaced by the next in rank %3</translation>
    </message>
    <message>
        <source>ditarik %1 %2</source>
        <translation>withdrawn %1 %2</translation>
    </message>
    <message>
        <source>per peserta %1, program %2</source>
        <translation>per participant %1, programme %2</translation>
    </message>
    <message>
        <source>gelombang %1</source>
        <translation>wave %1</translation>
    </message>
    <message>
        <source>terikat %1, sisa %2, gelombang yang masih mungkin %3 (anggaran %4, pool %5)</source>
        <translation>committed %1, remaining %2, waves still possible %3 (budget %4, pool %5)</translation>
    </message>
    <message>
        <source>terikat dan realisasi per gelombang:</source>
        <translation>committed and actual per wave:</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>terikat %1  belanja pelatihan %2  insentif dibayar %3  survei dibayar %4  dikembalikan %5  belum tersalurkan %6</source>
        <translation>committed %1  spent on training %2  incentives paid %3  surveys paid %4  returned %5  outstanding %6</translation>
    </message>
    <message>
        <source>gelombang %1: terikat %2 = belanja %3 + insentif %4 + survei %5 + dikembalikan %6 + belum tersalurkan %7</source>
        <translation>wave %1: committed %2 = spent %3 + incentives %4 + surveys %5 + returned %6 + outstanding %7</translation>
    </message>
    <message>
        <source>OK: %1 gelombang seimbang dan sesuai dengan hitungan ulang</source>
        <translation>OK: %1 waves balance and agree with a recount</translation>
    </message>
    <message>
        <source>%1 peserta dicabut; %2 kembali ke anggaran</source>
        <translation>revoked %1 participants; returned %2 to the budget</translation>
    </message>
    <message>
        <source>%1 baris ditulis ke %2</source>
        <translation>%1 rows written to %2</translation>
    </message>
    <message>
        <source>%1 jam</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 pelatihan</source>
        <translation>%1 trainings</translation>
    </message>
    <message>
        <source>kolom tidak dikenal: %1 (diabaikan)</source>
        <translation>unknown column: %1 (ignored)</translation>
    </message>
    <message>
        <source>baris %1: %2: %3</source>
        <translation>line %1: %2: %3</translation>
    </message>
    <message>
        <source>baru %1, diperbarui %2, tidak berubah %3, ditolak %4</source>
        <translation>new %1, updated %2, unchanged %3, rejected %4</translation>
    </message>
    <message>
        <source>(uji coba: tidak ada yang ditulis)</source>
        <translation>(dry run: nothing written)</translation>
    </message>
    <message>
        <source>(semua atau tidak sama sekali: tidak ada yang ditulis)</source>
        <translation>(all or nothing: nothing written)</translation>
    </message>
    <message>
        <source>%1 pelatihan ditulis ke %2</source>
        <translation>%1 trainings written to %2</translation>
    </message>
    <message>
        <source>pelatihan %1: %2: %3</source>
        <translation>training %1: %2: %3</translation>
    </message>
    <message>
        <source>%1: diubah %2, ditolak %3</source>
        <translation>%1: changed %2, refused %3</translation>
    </message>
    <message>
        <source>(diabaikan: %1)</source>
        <translation>(dismissed: %1)</translation>
    </message>
    <message>
        <source>%1 tanda</source>
        <translation>%1 flags</translation>
    </message>
    <message>
        <source>%1 pada pelatihan %2 diabaikan</source>
        <translation>dismissed %1 on training %2</translation>
    </message>
    <message>
        <source>%1 pelatihan demo ditambahkan</source>
        <translation>%1 demo trainings added</translation>
    </message>
    <message>
        <source>katalog tidak kosong; tidak ada yang ditambahkan</source>
        <translation>the catalogue is not empty; nothing added</translation>
    </message>
    <message>
        <source>pool %1, memenuhi syarat %2, terpilih %3</source>
        <translation>pool %1, eligible %2, selected %3</translation>
    </message>
    <message>
        <source>uji coba gelombang %1: %2</source>
        <translation>dry run of wave %1: %2</translation>
    </message>
    <message>
        <source>undian gelombang %1: %2</source>
        <translation>draw of wave %1: %2</translation>
    </message>
    <message>
        <source>benih %1 (sha256 %2)</source>
        <translation>seed %1 (sha256 %2)</translation>
    </message>
    <message>
        <source>aturan gelombang</source>
        <translation>the wave's rules</translation>
    </message>
    <message>
        <source>pool ditulis ke %1 (gelombang, aturan, dan benih atau komitmennya di %1.json)</source>
        <translation>pool written to %1 (wave, rules and seed or commitment in %1.json)</translation>
    </message>
    <message>
        <source>TIDAK COCOK: %1</source>
        <translation>MISMATCH: %1</translation>
    </message>
    <message>
        <source>pendaftar pertama yang berbeda: %1</source>
        <translation>first differing applicant: %1</translation>
    </message>
    <message>
        <source>diterima %1, duplikat %2, ditolak %3</source>
        <translation>accepted %1, duplicates %2, rejected %3</translation>
    </message>
    <message>
        <source>(terhenti)</source>
        <translation>(interrupted)</translation>
    </message>
    <message>
        <source>%1, baris tidak diimpor %2</source>
        <translation>%1, lines not imported %2</translation>
    </message>
    <message>
        <source>laporan penolakan tidak dapat ditulis: %1</source>
        <translation>cannot write the reject report: %1</translation>
    </message>
    <message>
        <source>laporan penolakan tidak dapat ditulis seluruhnya: %1</source>
        <translation>the reject report could not be written completely: %1</translation>
    </message>
    <message>
        <source>basis data demo: konsol menawarkan simulator hari peluncuran</source>
        <translation>demo database: the console offers the launch-day simulator</translation>
    </message>
    <message>
        <source>basis data %1 (skema %2)</source>
        <translation>database %1 (schema %2)</translation>
    </message>
    <message>
        <source>berkas kunci %1</source>
        <translation>key file %1</translation>
    </message>
    <message>
        <source>administrator %1 dibuat</source>
        <translation>administrator %1 created</translation>
    </message>
    <message>
        <source>mengambil alih %1 NIK dari impor berkas yang sama yang terputus</source>
        <translation>took over %1 NIKs of an interrupted import of the same file</translation>
    </message>
    <message>
        <source>impor %1 ('prakerjactl import remove %1' membatalkannya)</source>
        <translation>import %1 ('prakerjactl import remove %1' takes it back)</translation>
    </message>
    <message>
        <source>dihapus %1</source>
        <translation>removed %1</translation>
    </message>
    <message>
        <source>terputus, diambil alih oleh impor %1</source>
        <translation>interrupted, taken over by import %1</translation>
    </message>
    <message>
        <source>terputus (masih berjalan, atau dihentikan paksa: impor ulang berkasnya)</source>
        <translation>interrupted (running, or killed: import the file again)</translation>
    </message>
    <message>
        <source>berlaku</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>impor %1 dihapus: %2 NIK keluar dari daftar</source>
        <translation>import %1 removed: %2 NIKs left the list</translation>
    </message>
    <message>
        <source>generasi %1: pendaftar %2, baris referensi %3, baris audit %4</source>
        <translation>generation %1: applicants %2, reference rows %3, audit rows %4</translation>
    </message>
    <message>
        <source>rotasi terputus; jalankan 'prakerjactl key rotate' lagi untuk melanjutkan</source>
        <translation>rotation interrupted; run 'prakerjactl key rotate' again to resume</translation>
    </message>
    <message>
        <source>generasi %1, aktif %2</source>
        <translation>generations %1, active %2</translation>
    </message>
    <message>
        <source>rotasi ke generasi %1 sedang berjalan</source>
        <translation>rotation to generation %1 in progress</translation>
    </message>
    <message>
        <source>indeks nama: %1 / %2</source>
        <translation>name index: %1 / %2</translation>
    </message>
    <message>
        <source>permintaan %1</source>
        <translation>request %1</translation>
    </message>
    <message>
        <source>indeks nama: %1 pendaftar terindeks</source>
        <translation>name index: %1 applicants indexed</translation>
    </message>
    <message>
        <source>ditangguhkan: %1</source>
        <translation>suspended: %1</translation>
    </message>
    <message>
        <source>platform %1 ditambahkan</source>
        <translation>platform %1 added</translation>
    </message>
    <message>
        <source>platform %1 disimpan (versi %2)</source>
        <translation>platform %1 saved (version %2)</translation>
    </message>
    <message>
        <source>platform %1 ditangguhkan; %2 pelatihan dikeluarkan dari katalog</source>
        <translation>platform %1 suspended; %2 trainings taken out of the catalogue</translation>
    </message>
    <message>
        <source>platform %1 dipulihkan; %2 pelatihan diterbitkan kembali</source>
        <translation>platform %1 reinstated; %2 trainings published again</translation>
    </message>
    <message>
        <source>(bawaan %1)</source>
        <translation>(default %1)</translation>
    </message>
    <message>
        <source>%1: pembelian %2, belanja %3, tingkat selesai %4, median hari dari seleksi sampai pembelian %5</source>
        <translation>%1: purchases %2, spent %3, completion %4, median days from selection to purchase %5</translation>
    </message>
    <message>
        <source>semua gelombang</source>
        <translation>all waves</translation>
    </message>
    <message>
        <source>kolom: pembelian, rupiah, tingkat selesai, median hari dari seleksi sampai pembelian</source>
        <translation>columns: purchases, rupiah, completion rate, median days from selection to purchase</translation>
    </message>
    <message>
        <source>per platform:</source>
        <translation>per platform:</translation>
    </message>
    <message>
        <source>pelatihan teratas menurut pembelian:</source>
        <translation>top trainings by purchases:</translation>
    </message>
    <message>
        <source>kategori menurut belanja:</source>
        <translation>categories by spending:</translation>
    </message>
    <message>
        <source>operator %1 (%2) ditambahkan, id %3</source>
        <translation>operator %1 (%2) added, id %3</translation>
    </message>
    <message>
        <source>nama</source>
        <translation>name</translation>
    </message>
    <message>
        <source>peran</source>
        <translation>role</translation>
    </message>
    <message>
        <source>keadaan</source>
        <translation>state</translation>
    </message>
    <message>
        <source>masuk terakhir (WIB)</source>
        <translation>last sign-in (WIB)</translation>
    </message>
    <message>
        <source>nonaktif</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>terkunci</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>kata sandi %1 diubah</source>
        <translation>password of %1 changed</translation>
    </message>
    <message>
        <source>operator %1 dinonaktifkan</source>
        <translation>operator %1 disabled</translation>
    </message>
    <message>
        <source>operator %1 diaktifkan</source>
        <translation>operator %1 enabled</translation>
    </message>
    <message>
        <source>operator %1 dibuka kuncinya</source>
        <translation>operator %1 unlocked</translation>
    </message>
    <message>
        <source>gelombang %1 dibuat (direncanakan); komitmen benih sha256 %2</source>
        <translation>wave %1 created (planned); seed commitment sha256 %2</translation>
    </message>
    <message>
        <source>kuota %1  pool %2  terpilih %3</source>
        <translation>quota %1  pool %2  selected %3</translation>
    </message>
    <message>
        <source>(disegel sampai undian)</source>
        <translation>(sealed until the draw)</translation>
    </message>
    <message>
        <source>gelombang %1: dibuka</source>
        <translation>wave %1: open done</translation>
    </message>
    <message>
        <source>gelombang %1: ditutup</source>
        <translation>wave %1: close done</translation>
    </message>
    <message>
        <source>gelombang %1: dibatalkan</source>
        <translation>wave %1: cancel done</translation>
    </message>
    <message>
        <source>sudah tersimpan sebelum gagal: baris 1-%1, %2; jalankan ulang masukan yang sama untuk melanjutkan dari sana</source>
        <translation>committed before the failure: lines 1-%1, %2; a re-run of the same input continues from there</translation>
    </message>
    <message>
        <source>rotasi selesai; generasi lama tidak dipakai lagi. Cadangkan berkas kunci sekarang.</source>
        <translation>rotation complete; old generations retired. Back up the key file now.</translation>
    </message>
    <message>
        <source>operator %1 kini %2 (berlaku saat masuk berikutnya)</source>
        <translation>operator %1 is now %2 (from their next sign-in)</translation>
    </message>
    <message>
        <source>gelombang %1: tidak ada data bergabung yang tersimpan setelah gelombang ditutup</source>
        <translation>wave %1: no joins stored after its close</translation>
    </message>
    <message>
        <source>gelombang %1: %2 data bergabung tersimpan setelah gelombang ditutup (dari %3 sampai %4), tidak masuk pool-nya</source>
        <translation>wave %1: %2 joins stored after its close (from %3 to %4), left out of its pool</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Berkas tidak dapat dibuka: %1</source>
        <translation>Cannot open %1</translation>
    </message>
    <message>
        <source>Dibatalkan; tidak ada yang ditulis</source>
        <translation>Cancelled; nothing was written</translation>
    </message>
    <message>
        <source>JSON tidak valid</source>
        <translation>malformed JSON</translation>
    </message>
    <message>
        <source>baris terlalu panjang</source>
        <translation>line too long</translation>
    </message>
    <message>
        <source>kolom wajib tidak ada</source>
        <translation>missing field</translation>
    </message>
    <message>
        <source>nilai kolom tidak valid</source>
        <translation>invalid field</translation>
    </message>
    <message>
        <source>jenis kejadian tidak dikenal</source>
        <translation>unknown event type</translation>
    </message>
    <message>
        <source>tanggal lahir tidak sesuai dengan NIK</source>
        <translation>birth date contradicts the NIK</translation>
    </message>
    <message>
        <source>NIK sudah dipakai pendaftar lain</source>
        <translation>NIK already registered by another applicant</translation>
    </message>
    <message>
        <source>email sudah dipakai pendaftar lain</source>
        <translation>email already registered by another applicant</translation>
    </message>
    <message>
        <source>NIK belum terdaftar</source>
        <translation>event for an unknown NIK</translation>
    </message>
    <message>
        <source>gelombang tidak sedang dibuka pada waktu kejadian</source>
        <translation>the wave is not open at the event's time</translation>
    </message>
    <message>
        <source>bukan peserta aktif</source>
        <translation>not an active participant</translation>
    </message>
    <message>
        <source>pelatihan tidak terbit di platform itu pada waktu kejadian</source>
        <translation>the training is not published on that platform at the event's time</translation>
    </message>
    <message>
        <source>harga melebihi sisa saldo pelatihan</source>
        <translation>the price exceeds the remaining credit</translation>
    </message>
    <message>
        <source>pelatihan itu belum dibeli</source>
        <translation>that training was not bought</translation>
    </message>
    <message>
        <source>belum menyelesaikan pelatihan</source>
        <translation>no training completed</translation>
    </message>
    <message>
        <source>jumlah melebihi ketentuan</source>
        <translation>the amount exceeds the rule</translation>
    </message>
    <message>
        <source>NIK harus 16 digit</source>
        <translation>NIK must have 16 digits</translation>
    </message>
    <message>
        <source>NIK hanya boleh berisi angka</source>
        <translation>NIK may contain digits only</translation>
    </message>
    <message>
        <source>Kode provinsi pada NIK tidak dikenal</source>
        <translation>Unknown province code in NIK</translation>
    </message>
    <message>
        <source>Kode kabupaten/kota pada NIK tidak dikenal</source>
        <translation>Unknown regency/city code in NIK</translation>
    </message>
    <message>
        <source>Kode kecamatan pada NIK tidak dikenal</source>
        <translation>Unknown district code in NIK</translation>
    </message>
    <message>
        <source>Tanggal lahir pada NIK tidak valid</source>
        <translation>Birth date in NIK is not a valid date</translation>
    </message>
    <message>
        <source>Nomor urut NIK tidak boleh 0000</source>
        <translation>NIK serial number must not be 0000</translation>
    </message>
    <message>
        <source>NIK tidak valid</source>
        <translation>Invalid NIK</translation>
    </message>
    <message>
        <source>2–32 huruf besar, angka atau garis bawah</source>
        <translation>2–32 capital letters, digits or underscores</translation>
    </message>
    <message>
        <source>nama wajib diisi</source>
        <translation>the name is required</translation>
    </message>
    <message>
        <source>alamat http:// atau https://</source>
        <translation>an http:// or https:// address</translation>
    </message>
    <message>
        <source>bukan alamat email</source>
        <translation>not an email address</translation>
    </message>
    <message>
        <source>tanggal TTTT-BB-HH</source>
        <translation>a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>berakhir sebelum mulai</source>
        <translation>ends before it starts</translation>
    </message>
    <message>
        <source>persentase 0 sampai 100</source>
        <translation>a percentage from 0 to 100</translation>
    </message>
    <message>
        <source>aturan bukan objek JSON: %1</source>
        <translation>rules are not a JSON object: %1</translation>
    </message>
    <message>
        <source>kriteria tingkat '%1' tidak dikenal</source>
        <translation>unknown tier criterion '%1'</translation>
    </message>
    <message>
        <source>province_quotas harus off, pool atau weights</source>
        <translation>province_quotas must be off, pool or weights</translation>
    </message>
    <message>
        <source>province_weights harus bilangan bulat 0 sampai 10^15</source>
        <translation>province_weights must be whole numbers from 0 to 10^15</translation>
    </message>
    <message>
        <source>tabel bobot baris %1: harus 'provinsi,bobot'</source>
        <translation>weight table line %1: expected 'province,weight'</translation>
    </message>
    <message>
        <source>tabel bobot kosong</source>
        <translation>the weight table is empty</translation>
    </message>
    <message>
        <source>urutan tingkat harus diakhiri 'everyone' dan paling banyak 8 tingkat</source>
        <translation>the tier order must end with 'everyone' and have at most 8 tiers</translation>
    </message>
    <message>
        <source>usia minimum atau batas per KK di luar rentang</source>
        <translation>minimum age or family-card cap out of range</translation>
    </message>
    <message>
        <source>kuota provinsi menurut bobot memerlukan tabel bobot</source>
        <translation>province quotas by weight need a weight table</translation>
    </message>
    <message>
        <source>Peran %1 tidak memiliki izin %2</source>
        <translation>Role %1 lacks permission %2</translation>
    </message>
    <message>
        <source>platform wajib diisi</source>
        <translation>the platform is required</translation>
    </message>
    <message>
        <source>kode wajib diisi</source>
        <translation>the code is required</translation>
    </message>
    <message>
        <source>huruf, angka, titik, garis bawah atau tanda hubung, paling banyak 64</source>
        <translation>letters, digits, dot, underscore or hyphen, at most 64</translation>
    </message>
    <message>
        <source>judul wajib diisi</source>
        <translation>the title is required</translation>
    </message>
    <message>
        <source>paling banyak %1 karakter</source>
        <translation>at most %1 characters</translation>
    </message>
    <message>
        <source>kategori wajib diisi</source>
        <translation>the category is required</translation>
    </message>
    <message>
        <source>harga harus lebih dari 0</source>
        <translation>the price must be more than 0</translation>
    </message>
    <message>
        <source>%1 melebihi kredit pelatihan %2</source>
        <translation>%1 is above the training credit of %2</translation>
    </message>
    <message>
        <source>jam pelatihan dari 1 sampai %1</source>
        <translation>hours from 1 to %1</translation>
    </message>
    <message>
        <source>paling banyak 500 karakter</source>
        <translation>at most 500 characters</translation>
    </message>
    <message>
        <source>pelatihan luring hanya dengan izin kesehatan (health_clearance)</source>
        <translation>offline training only with health clearance (health_clearance)</translation>
    </message>
    <message>
        <source>tingkat wajib diisi</source>
        <translation>the level is required</translation>
    </message>
    <message>
        <source>'%1' bukan Pemula, Menengah atau Mahir</source>
        <translation>'%1' is not Beginner, Intermediate or Advanced</translation>
    </message>
    <message>
        <source>'%1' bukan online atau offline</source>
        <translation>'%1' is not online or offline</translation>
    </message>
    <message>
        <source>harga wajib diisi</source>
        <translation>the price is required</translation>
    </message>
    <message>
        <source>'%1' bukan rupiah utuh (1000000 atau 1.000.000)</source>
        <translation>'%1' is not whole rupiah (1000000 or 1.000.000)</translation>
    </message>
    <message>
        <source>'%1' bukan jumlah jam</source>
        <translation>'%1' is not a number of hours</translation>
    </message>
    <message>
        <source>'%1' bukan true atau false</source>
        <translation>'%1' is not true or false</translation>
    </message>
    <message>
        <source>Baris judul kolom tidak ada</source>
        <translation>The header row is missing</translation>
    </message>
    <message>
        <source>Kolom %1 tidak ada di baris judul</source>
        <translation>Column %1 is missing from the header</translation>
    </message>
    <message>
        <source>tanda kutip tidak ditutup</source>
        <translation>unterminated quote</translation>
    </message>
    <message>
        <source>%1 kolom, judul punya %2</source>
        <translation>%1 fields, the header has %2</translation>
    </message>
    <message>
        <source>Bukan larik JSON berisi objek: %1</source>
        <translation>Not a JSON array of objects: %1</translation>
    </message>
    <message>
        <source>bukan objek JSON</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>Berkas kunci tidak ditemukan: %1</source>
        <translation>Key file not found: %1</translation>
    </message>
    <message>
        <source>Berkas kunci %1 dapat dibaca pengguna lain; jalankan chmod 600</source>
        <translation>Key file %1 is accessible by other users; run chmod 600</translation>
    </message>
    <message>
        <source>Folder berkas kunci %1 dapat ditulis pengguna lain; jalankan chmod 700</source>
        <translation>The key file's folder %1 is writable by other users; run chmod 700</translation>
    </message>
    <message>
        <source>Berkas kunci tidak dapat dibaca: %1</source>
        <translation>Cannot read key file: %1</translation>
    </message>
    <message>
        <source>Berkas kunci rusak: %1</source>
        <translation>Key file is corrupt: %1</translation>
    </message>
    <message>
        <source>Berkas kunci sudah ada: %1</source>
        <translation>Key file already exists: %1</translation>
    </message>
    <message>
        <source>Berkas kunci tidak dapat ditulis: %1</source>
        <translation>Cannot write key file: %1</translation>
    </message>
    <message>
        <source>Folder berkas kunci tidak dapat disinkronkan ke disk</source>
        <translation>Cannot sync the key file's folder to disk</translation>
    </message>
    <message>
        <source>Kata sandi minimal %1 karakter</source>
        <translation>Password must have at least %1 characters</translation>
    </message>
    <message>
        <source>Kata sandi terlalu umum atau memuat nama pengguna</source>
        <translation>Password is too common or contains the user name</translation>
    </message>
    <message>
        <source>Kata sandi mudah ditebak (kata umum, urutan, baris papan ketik atau pengulangan); pakai beberapa kata yang tidak umum</source>
        <translation>Password is easy to guess (common words, sequences, keyboard rows or repeats); use several uncommon words</translation>
    </message>
    <message>
        <source>Data pribadi tidak dapat didekripsi (kunci salah atau data diubah)</source>
        <translation>Personal data cannot be decrypted (wrong key or tampered data)</translation>
    </message>
    <message>
        <source>hanya gelombang yang sudah diundi yang dapat diumumkan</source>
        <translation>only a drawn wave can be announced</translation>
    </message>
    <message>
        <source>Gelombang %1 baru saja diumumkan oleh operator lain (status %2); pengumuman ini tidak menulis apa pun</source>
        <translation>Wave %1 was just announced by another operator (now %2); this announcement wrote nothing</translation>
    </message>
    <message>
        <source>tidak dikenal: %1</source>
        <translation>unknown: %1</translation>
    </message>
    <message>
        <source>%1 sudah ada di baris %2</source>
        <translation>%1 already on line %2</translation>
    </message>
    <message>
        <source>Pelatihan %1 tidak ada</source>
        <translation>No training %1</translation>
    </message>
    <message>
        <source>platform: tidak dikenal: %1</source>
        <translation>platform: unknown: %1</translation>
    </message>
    <message>
        <source>category: tidak dikenal: %1</source>
        <translation>category: unknown: %1</translation>
    </message>
    <message>
        <source>code: %1 sudah ada di %2</source>
        <translation>code: %1 already exists on %2</translation>
    </message>
    <message>
        <source>%1/%2: tidak dapat '%3' dari status %4</source>
        <translation>%1/%2: cannot '%3' from status %4</translation>
    </message>
    <message>
        <source>Penolakan memerlukan alasan</source>
        <translation>A rejection needs a reason</translation>
    </message>
    <message>
        <source>%1/%2: platform %1 ditangguhkan</source>
        <translation>%1/%2: platform %1 is suspended</translation>
    </message>
    <message>
        <source>Pengabaian tanda memerlukan alasan</source>
        <translation>Dismissing a flag needs a reason</translation>
    </message>
    <message>
        <source>Hanya basis data demo yang dapat melanjutkan demo setelah seleksi</source>
        <translation>Only a demo database can continue the demo past selection</translation>
    </message>
    <message>
        <source>Belum ada pendaftar yang bergabung dengan gelombang %1: jalankan simulasi hari peluncuran dahulu</source>
        <translation>Nobody has joined wave %1 yet: run the launch-day simulation first</translation>
    </message>
    <message>
        <source>Gelombang %1 belum dapat diumumkan: pendaftar terakhir bergabung pada %2, sesudah saat ini</source>
        <translation>Wave %1 cannot be announced yet: its last join is at %2, after now</translation>
    </message>
    <message>
        <source>Gelombang %1 ditutup pada %2, sesudah saat ini: belum dapat diumumkan</source>
        <translation>Wave %1 closes at %2, after now: it cannot be announced yet</translation>
    </message>
    <message>
        <source>Gelombang %1 dibatalkan: demo tidak dapat dilanjutkan</source>
        <translation>Wave %1 is cancelled: the demo cannot continue</translation>
    </message>
    <message>
        <source>hanya gelombang yang ditutup yang dapat diundi</source>
        <translation>only a closed wave can be drawn</translation>
    </message>
    <message>
        <source>uji coba memerlukan gelombang yang belum diumumkan</source>
        <translation>a dry run needs a wave not yet announced</translation>
    </message>
    <message>
        <source>Gelombang sebelumnya sudah diundi tetapi belum diumumkan</source>
        <translation>An earlier wave is drawn but not yet announced</translation>
    </message>
    <message>
        <source>Gelombang %1 baru saja diundi oleh operator lain (status %2); undian ini tidak menulis apa pun</source>
        <translation>Wave %1 was just drawn by another operator (now %2); this draw wrote nothing</translation>
    </message>
    <message>
        <source>hanya gelombang yang sudah diundi yang memiliki hasil</source>
        <translation>only a drawn wave has results</translation>
    </message>
    <message>
        <source>hanya gelombang yang sudah diundi yang dapat diverifikasi</source>
        <translation>only a drawn wave can be verified</translation>
    </message>
    <message>
        <source>benih yang dibuka tidak cocok dengan komitmen yang diumumkan</source>
        <translation>the revealed seed does not match the published commitment</translation>
    </message>
    <message>
        <source>pendaftar %1: tersimpan %2 peringkat %3 (%4), undian ulang %5 peringkat %6 (%7)</source>
        <translation>applicant %1: stored %2 rank %3 (%4), re-run %5 rank %6 (%7)</translation>
    </message>
    <message>
        <source>pendaftar %1: tabel seleksi tidak sesuai dengan hasil tersimpan</source>
        <translation>applicant %1: the selections table disagrees with the stored outcome</translation>
    </message>
    <message>
        <source>pendaftar %1: ada di tabel seleksi tetapi tidak di kumpulan</source>
        <translation>applicant %1: in the selections table but not in the pool</translation>
    </message>
    <message>
        <source>gelombang mencatat %1 terpilih, hasil tersimpan memuat %2</source>
        <translation>the wave records %1 selected, the outcome holds %2</translation>
    </message>
    <message>
        <source>%1 anggota, %2 terpilih: hasil tersimpan sama dengan undian ulang</source>
        <translation>%1 members, %2 selected: the stored outcome matches the re-run</translation>
    </message>
    <message>
        <source>berkas %1 tidak ada</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>Rotasi kunci sedang berjalan; selesaikan dulu dengan 'prakerjactl key rotate'</source>
        <translation>A key rotation is in progress; finish it with 'prakerjactl key rotate'</translation>
    </message>
    <message>
        <source>Kunci telah dirotasi sejak proses ini dimulai; jalankan ulang</source>
        <translation>The keys were rotated since this process started; run it again</translation>
    </message>
    <message>
        <source>Rotasi kunci memerlukan semua kursi lain tertutup; masih terhubung: %1</source>
        <translation>Key rotation needs every other seat closed; still connected: %1</translation>
    </message>
    <message>
        <source>Berkas kunci tidak memuat generasi %1 yang sedang dirotasi</source>
        <translation>The key file lacks generation %1 that the rotation is moving to</translation>
    </message>
    <message>
        <source>Generasi aktif berkas kunci bukan %1</source>
        <translation>The key file's active generation is not %1</translation>
    </message>
    <message>
        <source>Rotasi berhenti sebelum log audit: %1. Kunci lama dipertahankan.</source>
        <translation>Rotation stopped before the audit log: %1. The old key is kept.</translation>
    </message>
    <message>
        <source>Email tidak lengkap: tidak ada nama sebelum '@'</source>
        <translation>Incomplete email: nothing before the '@'</translation>
    </message>
    <message>
        <source>Email tidak lengkap: tidak ada domain setelah '@' (contoh: nama@contoh.id)</source>
        <translation>Incomplete email: no domain after the '@' (for example name@contoh.id)</translation>
    </message>
    <message>
        <source>Domain email '%1' tidak lengkap (contoh: contoh.id)</source>
        <translation>The email domain '%1' is incomplete (for example contoh.id)</translation>
    </message>
    <message>
        <source>Ketik NIK, nomor telepon, email, atau nama</source>
        <translation>Type a NIK, phone number, email or name</translation>
    </message>
    <message>
        <source>NIK harus 16 digit; yang diketik %1 digit. Periksa kembali angka di KTP.</source>
        <translation>A NIK has 16 digits; %1 were typed. Check the number on the ID card again.</translation>
    </message>
    <message>
        <source>Nomor telepon tidak valid: %1 digit. Nomor seluler Indonesia berawalan 08 (atau +628) dengan 10 sampai 13 digit.</source>
        <translation>Not a valid phone number: %1 digits. Indonesian mobile numbers start with 08 (or +628) and have 10 to 13 digits.</translation>
    </message>
    <message>
        <source>%1 digit bukan NIK (16 digit) dan bukan nomor telepon (08…)</source>
        <translation>%1 digits are neither a NIK (16 digits) nor a phone number (08…)</translation>
    </message>
    <message>
        <source>NIK hanya berisi angka; ada huruf di posisi: %1</source>
        <translation>A NIK has digits only; letters at position: %1</translation>
    </message>
    <message>
        <source>Ketik paling sedikit 3 huruf dari salah satu kata nama</source>
        <translation>Type at least 3 letters of one word of the name</translation>
    </message>
    <message>
        <source>'%1' bukan %2 yang valid</source>
        <translation>'%1' is not a valid %2</translation>
    </message>
    <message>
        <source>Pendaftar %1 tidak ditemukan</source>
        <translation>Applicant %1 not found</translation>
    </message>
    <message>
        <source>Agen hanya melihat %1 hasil pertama; persempit pencarian</source>
        <translation>Agents see only the first %1 results; narrow the search</translation>
    </message>
    <message>
        <source>Hanya administrator yang boleh membuka nomor KK</source>
        <translation>Only administrators may reveal the family-card number</translation>
    </message>
    <message>
        <source>Tulis alasan membuka data ini (paling sedikit %1 karakter)</source>
        <translation>Type why you reveal this (at least %1 characters)</translation>
    </message>
    <message>
        <source>Data ini tidak diisi oleh pendaftar</source>
        <translation>The applicant did not give this</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah, atau akun sedang terkunci</source>
        <translation>Wrong user name or password, or the account is locked for now</translation>
    </message>
    <message>
        <source>Operator %1 tidak ada</source>
        <translation>No operator named %1</translation>
    </message>
    <message>
        <source>Nama pengguna 3–64 karakter: huruf, angka, titik, garis bawah, tanda hubung</source>
        <translation>User names have 3–64 characters: letters, digits, dot, underscore, hyphen</translation>
    </message>
    <message>
        <source>Administrator pertama sudah ada</source>
        <translation>The first administrator already exists</translation>
    </message>
    <message>
        <source>Akun dinonaktifkan</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <source>Akun sendiri tidak dapat dinonaktifkan</source>
        <translation>You cannot disable your own account</translation>
    </message>
    <message>
        <source>Administrator aktif terakhir tidak dapat dinonaktifkan</source>
        <translation>The last active administrator cannot be disabled</translation>
    </message>
    <message>
        <source>Peran tidak dikenal</source>
        <translation>Unknown role</translation>
    </message>
    <message>
        <source>Peran akun sendiri tidak dapat diubah</source>
        <translation>You cannot change your own role</translation>
    </message>
    <message>
        <source>Operator %1 sudah berperan %2</source>
        <translation>Operator %1 already has the role %2</translation>
    </message>
    <message>
        <source>Administrator aktif terakhir harus tetap administrator</source>
        <translation>The last active administrator must stay an administrator</translation>
    </message>
    <message>
        <source>code: %1 sudah ada</source>
        <translation>code: %1 already exists</translation>
    </message>
    <message>
        <source>Penangguhan memerlukan alasan</source>
        <translation>A suspension needs a reason</translation>
    </message>
    <message>
        <source>Platform %1 sudah ditangguhkan</source>
        <translation>Platform %1 is already suspended</translation>
    </message>
    <message>
        <source>Platform %1 tidak ditangguhkan</source>
        <translation>Platform %1 is not suspended</translation>
    </message>
    <message>
        <source>Sumber daftar harus diisi (1 sampai %1 karakter), misalnya "Disnaker Kota Bandung"</source>
        <translation>The list's source must be given (1 to %1 characters), for example "Disnaker Kota Bandung"</translation>
    </message>
    <message>
        <source>Jenis permintaan tidak dikenal</source>
        <translation>Unknown kind of request</translation>
    </message>
    <message>
        <source>Keterangan permintaan paling panjang %1 karakter</source>
        <translation>The request's note may have at most %1 characters</translation>
    </message>
    <message>
        <source>Tulis ejaan nama yang benar (1 sampai %1 karakter)</source>
        <translation>Type the correct spelling of the name (1 to %1 characters)</translation>
    </message>
    <message>
        <source>Nama baru hanya untuk permintaan perbaikan ejaan nama</source>
        <translation>A new name belongs only to a name-correction request</translation>
    </message>
    <message>
        <source>--since harus 0 atau lebih</source>
        <translation>--since must be 0 or more</translation>
    </message>
    <message>
        <source>tidak dapat diubah di sini</source>
        <translation>cannot be changed here</translation>
    </message>
    <message>
        <source>pilih id atau en</source>
        <translation>choose id or en</translation>
    </message>
    <message>
        <source>pilih true atau false</source>
        <translation>choose true or false</translation>
    </message>
    <message>
        <source>bilangan bulat dari %1 sampai %2</source>
        <translation>a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>Tulis catatan panggilan (1 sampai %1 karakter)</source>
        <translation>Write the call note (1 to %1 characters)</translation>
    </message>
    <message>
        <source>Tiket %1 tidak ditemukan</source>
        <translation>Ticket %1 not found</translation>
    </message>
    <message>
        <source>Tiket %1 sudah selesai</source>
        <translation>Ticket %1 is already resolved</translation>
    </message>
    <message>
        <source>Gelombang %1 berstatus %2; %3</source>
        <translation>Wave %1 is %2; %3</translation>
    </message>
    <message>
        <source>Kuota harus positif dan tanggal berurutan: buka &lt; tutup &lt;= pengumuman &lt;= pelatihan</source>
        <translation>Quota must be positive and dates in order: opens &lt; closes &lt;= announce &lt;= training</translation>
    </message>
    <message>
        <source>Gelombang %1 sudah ada</source>
        <translation>Wave %1 already exists</translation>
    </message>
    <message>
        <source>tidak dapat menjadi %1</source>
        <translation>it cannot become %1</translation>
    </message>
    <message>
        <source>Isi berkas basis data atau alamat server</source>
        <translation>Enter a database file or a server address</translation>
    </message>
    <message>
        <source>Basis data tidak ditemukan: %1 (jalankan 'prakerjactl init')</source>
        <translation>Database not found: %1 (run 'prakerjactl init')</translation>
    </message>
    <message>
        <source>Nilai tidak dapat didekripsi saat rotasi kunci: %1; tidak ada yang diubah pada batch ini</source>
        <translation>A value could not be decrypted during key rotation: %1; this batch was not changed</translation>
    </message>
    <message>
        <source>Basis data tidak dapat dibuka: %1</source>
        <translation>Cannot open database: %1</translation>
    </message>
    <message>
        <source>Kesalahan basis data: %1</source>
        <translation>Database error: %1</translation>
    </message>
    <message>
        <source>Basis data %1 belum berisi skema konsol (jalankan 'prakerjactl init' dengan peran pemilik)</source>
        <translation>Database %1 holds no console schema yet (run 'prakerjactl init' as the owner role)</translation>
    </message>
    <message>
        <source>Basis data %1 dapat dibaca pengguna lain; jalankan chmod 600 (dan chmod 700 foldernya)</source>
        <translation>Database %1 is accessible by other users; run chmod 600 on it (and chmod 700 on its folder)</translation>
    </message>
    <message>
        <source>Berkas kunci tidak cocok dengan basis data ini; tidak ada yang diubah</source>
        <translation>The key file does not belong to this database; nothing was changed</translation>
    </message>
    <message>
        <source>Kata sandi basis data tidak boleh ada di --db atau PRAKERJA_DB; gunakan ~/.pgpass, PGPASSFILE atau PGPASSWORD (docs/deployment.md)</source>
        <translation>The database password must not be part of --db or PRAKERJA_DB; use ~/.pgpass, PGPASSFILE or PGPASSWORD (docs/deployment.md)</translation>
    </message>
    <message>
        <source>Alamat basis data tidak valid: %1</source>
        <translation>Invalid database address: %1</translation>
    </message>
    <message>
        <source>Gagal menulis ke basis data: %1</source>
        <translation>Writing to the database failed: %1</translation>
    </message>
    <message>
        <source>Nama pengguna sudah dipakai</source>
        <translation>User name already taken</translation>
    </message>
    <message>
        <source>Data hasil undian rusak</source>
        <translation>The stored outcome is corrupt</translation>
    </message>
    <message>
        <source>Platform tidak dikenal: %1</source>
        <translation>Unknown platform: %1</translation>
    </message>
    <message>
        <source>Platform %1 sudah diubah orang lain (versi Anda %2, tersimpan %3)</source>
        <translation>Someone else changed platform %1 (your version %2, stored %3)</translation>
    </message>
    <message>
        <source>Koneksi PostgreSQL terputus: %1</source>
        <translation>The PostgreSQL connection was lost: %1</translation>
    </message>
    <message>
        <source>Impor %1 tidak ada</source>
        <translation>No import %1</translation>
    </message>
    <message>
        <source>Impor %1 sudah dihapus</source>
        <translation>Import %1 was already removed</translation>
    </message>
    <message>
        <source>Impor %1 terputus dan NIK-nya diambil alih oleh impor %2: hapus impor %2</source>
        <translation>Import %1 was interrupted and import %2 took over its NIKs: remove import %2</translation>
    </message>
    <message>
        <source>Permintaan %1 tidak dapat didekripsi saat rotasi kunci</source>
        <translation>Request %1 could not be decrypted during key rotation</translation>
    </message>
    <message>
        <source>PRAGMA data_version tidak menjawab</source>
        <translation>PRAGMA data_version gave no answer</translation>
    </message>
    <message>
        <source>Pelatihan ini sudah diubah orang lain: Anda menyunting versi %1, yang tersimpan versi %2. Tidak ada yang ditimpa.</source>
        <translation>Someone else changed this training: you edited version %1, the stored one is version %2. Nothing was overwritten.</translation>
    </message>
    <message>
        <source>trainings_fts_insert tidak ada</source>
        <translation>trainings_fts_insert is missing</translation>
    </message>
    <message>
        <source>Gelombang %1 tidak ada</source>
        <translation>Wave %1 does not exist</translation>
    </message>
    <message>
        <source>Kunci generasi %1 untuk benih gelombang %2 tidak ada</source>
        <translation>Key generation %1 of wave %2's seed is missing</translation>
    </message>
    <message>
        <source>Kunci untuk benih undian tidak ada di berkas kunci</source>
        <translation>The key file lacks the key that sealed the seed</translation>
    </message>
    <message>
        <source>Benih undian tidak cocok dengan komitmennya</source>
        <translation>The seed does not match its commitment</translation>
    </message>
    <message>
        <source>refresh read too few events</source>
        <translation>refresh read too few events</translation>
    </message>
    <message>
        <source>applicants still has %1 indexes</source>
        <translation>applicants still has %1 indexes</translation>
    </message>
    <message>
        <source>Pencarian tidak menemukan pendaftar</source>
        <translation>A lookup did not find its applicant</translation>
    </message>
    <message>
        <source>Berkas tidak dapat ditulis: %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>Sebutkan operator dengan --user NAMA atau PRAKERJA_USER</source>
        <translation>Name the operator with --user NAME or PRAKERJA_USER</translation>
    </message>
    <message>
        <source>Berkas kata sandi tidak dapat dibaca: %1</source>
        <translation>Cannot read the password file %1</translation>
    </message>
    <message>
        <source>Berkas kata sandi %1 dapat dibaca pengguna lain; jalankan chmod 600</source>
        <translation>Password file %1 is readable by other users; run chmod 600</translation>
    </message>
    <message>
        <source>Berkas kata sandi %1 kosong</source>
        <translation>The password file %1 is empty</translation>
    </message>
    <message>
        <source>Tanpa terminal, beri kata sandi dengan --password-file FILE (atau PRAKERJA_PASSWORD)</source>
        <translation>Without a terminal, give the password with --password-file FILE (or PRAKERJA_PASSWORD)</translation>
    </message>
    <message>
        <source>Kata sandi dari PRAKERJA_PASSWORD atau terminal</source>
        <translation>Password from PRAKERJA_PASSWORD or a terminal</translation>
    </message>
    <message>
        <source>Kata sandi baru dari PRAKERJA_NEW_PASSWORD atau terminal (dua kali sama)</source>
        <translation>New password from PRAKERJA_NEW_PASSWORD or a terminal (typed twice alike)</translation>
    </message>
    <message>
        <source>Server basis data tidak terjangkau. Coba lagi sebentar lagi; bila berlanjut, hubungi administrator.</source>
        <translation>The database server cannot be reached. Try again in a moment; if it persists, call the administrator.</translation>
    </message>
    <message>
        <source>Server basis data %1 tidak terjangkau: periksa alamatnya dan bahwa server berjalan.</source>
        <translation>The database server %1 cannot be reached: check its address and that the server is running.</translation>
    </message>
</context>
<context>
    <name>PageWidgets</name>
    <message>
        <source>%1 dan %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>Hanya untuk %1.</source>
        <translation>Only for %1.</translation>
    </message>
    <message>
        <source>Halaman ini hanya untuk %1; peran Anda (%2) tidak dapat membukanya.</source>
        <translation>This page is only for %1; your role (%2) cannot open it.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Memperbarui basis data ke skema %1 dari %2 …&lt;br&gt;Dengan jutaan pendaftar ini dapat memakan waktu beberapa menit; jangan tutup konsol.</source>
        <translation>Upgrading the database to schema %1 of %2 …&lt;br&gt;With millions of applicants this can take minutes; do not close the console.</translation>
    </message>
    <message>
        <source>Konsol Operator Prakerja</source>
        <translation>Prakerja Operator Console</translation>
    </message>
    <message>
        <source>Gelombang %1 dibuat</source>
        <translation>Wave %1 created</translation>
    </message>
    <message>
        <source>Gelombang %1 dibuka</source>
        <translation>Wave %1 opened</translation>
    </message>
    <message>
        <source>Gelombang %1 ditutup</source>
        <translation>Wave %1 closed</translation>
    </message>
    <message>
        <source>Gelombang %1 dibatalkan</source>
        <translation>Wave %1 cancelled</translation>
    </message>
    <message>
        <source>Gelombang %1 diumumkan: %2 peserta, anggaran terikat %3; %4 ditarik saat pemeriksaan ulang, %5 pengganti</source>
        <translation>Wave %1 announced: %2 participants, budget committed %3; %4 withdrawn at the re-check, %5 replacements</translation>
    </message>
    <message>
        <source>Cocok: %1</source>
        <translation>Match: %1</translation>
    </message>
    <message>
        <source>TIDAK COCOK: %1</source>
        <translation>MISMATCH: %1</translation>
    </message>
    <message>
        <source>Ubah sambungan…</source>
        <translation>Change connection…</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Tidak dapat menulis %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>Dibuat %1</source>
        <translation>Made %1</translation>
    </message>
    <message>
        <source>Dibuat %1 oleh %2</source>
        <translation>Made %1 by %2</translation>
    </message>
    <message>
        <source>Program Kartu Prakerja · Konsol Operator</source>
        <translation>Kartu Prakerja programme · Operator Console</translation>
    </message>
    <message>
        <source>Halaman %1 dari %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>Harga berbeda antarplatform</source>
        <translation>Prices apart across platforms</translation>
    </message>
    <message>
        <source>Harga di atas 2× median kategori</source>
        <translation>Price above 2× the category median</translation>
    </message>
    <message>
        <source>Harga per jam tinggi</source>
        <translation>High price per hour</translation>
    </message>
    <message>
        <source>Deskripsi terlalu pendek</source>
        <translation>Description too short</translation>
    </message>
    <message>
        <source>Deskripsi disalin</source>
        <translation>Copied description</translation>
    </message>
    <message>
        <source>Luring tanpa izin kesehatan</source>
        <translation>Offline without health clearance</translation>
    </message>
    <message>
        <source>URL kosong atau tidak sah</source>
        <translation>Empty or invalid URL</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Analis kementerian</source>
        <translation>Ministry analyst</translation>
    </message>
    <message>
        <source>Kurator katalog</source>
        <translation>Catalogue curator</translation>
    </message>
    <message>
        <source>Agen call center</source>
        <translation>Call-centre agent</translation>
    </message>
    <message>
        <source>Ditangguhkan</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Kirim ulang email verifikasi</source>
        <translation>Resend the verification email</translation>
    </message>
    <message>
        <source>Periksa ulang NIK ke Dukcapil</source>
        <translation>Re-check the NIK with the civil registry</translation>
    </message>
    <message>
        <source>Perbaiki ejaan nama</source>
        <translation>Correct the spelling of the name</translation>
    </message>
    <message>
        <source>Daftar Kemnaker</source>
        <translation>Kemnaker list</translation>
    </message>
    <message>
        <source>Usaha mikro / PHK / dirumahkan</source>
        <translation>Micro business / laid off / furloughed</translation>
    </message>
    <message>
        <source>Bukan penerima bansos (DTKS)</source>
        <translation>Not on DTKS</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Everyone else</translation>
    </message>
    <message>
        <source>Memenuhi syarat</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Belum 18 tahun pada tanggal penutupan</source>
        <translation>Under 18 at the closing date</translation>
    </message>
    <message>
        <source>Email belum terverifikasi</source>
        <translation>Email not verified</translation>
    </message>
    <message>
        <source>NIK belum terverifikasi</source>
        <translation>NIK not verified</translation>
    </message>
    <message>
        <source>Telepon belum terverifikasi</source>
        <translation>Phone not verified</translation>
    </message>
    <message>
        <source>Terdaftar sebagai pelajar (Dapodik)</source>
        <translation>Student (on dapodik)</translation>
    </message>
    <message>
        <source>Termasuk daftar pengecualian</source>
        <translation>On the exclusion list</translation>
    </message>
    <message>
        <source>Sudah menjadi peserta gelombang sebelumnya</source>
        <translation>Already a participant of an earlier wave</translation>
    </message>
    <message>
        <source>Kepesertaan dicabut</source>
        <translation>Participation revoked</translation>
    </message>
    <message>
        <source>Batas peserta per Kartu Keluarga tercapai</source>
        <translation>Family-card cap reached</translation>
    </message>
    <message>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Email terverifikasi</source>
        <translation>Email verified</translation>
    </message>
    <message>
        <source>NIK terverifikasi</source>
        <translation>NIK verified</translation>
    </message>
    <message>
        <source>NIK ditolak</source>
        <translation>NIK rejected</translation>
    </message>
    <message>
        <source>Telepon terverifikasi</source>
        <translation>Phone verified</translation>
    </message>
    <message>
        <source>Tes selesai</source>
        <translation>Test completed</translation>
    </message>
    <message>
        <source>Bergabung gelombang</source>
        <translation>Joined a wave</translation>
    </message>
    <message>
        <source>Lolos seleksi</source>
        <translation>Selected</translation>
    </message>
    <message>
        <source>Tidak lolos</source>
        <translation>Not selected</translation>
    </message>
    <message>
        <source>Membeli pelatihan</source>
        <translation>Training bought</translation>
    </message>
    <message>
        <source>Menyelesaikan pelatihan</source>
        <translation>Training completed</translation>
    </message>
    <message>
        <source>Insentif bulan ke-1</source>
        <translation>Incentive month 1</translation>
    </message>
    <message>
        <source>Mengisi survei</source>
        <translation>Survey completed</translation>
    </message>
    <message>
        <source>Insentif bulan ke-2</source>
        <translation>Incentive month 2</translation>
    </message>
    <message>
        <source>Insentif bulan ke-3</source>
        <translation>Incentive month 3</translation>
    </message>
    <message>
        <source>Insentif 4 bulan lengkap</source>
        <translation>All four incentive months</translation>
    </message>
    <message>
        <source>Verifikasi email</source>
        <translation>Email verification</translation>
    </message>
    <message>
        <source>Unggah foto</source>
        <translation>Photo upload</translation>
    </message>
    <message>
        <source>Verifikasi NIK</source>
        <translation>NIK verification</translation>
    </message>
    <message>
        <source>Nomor telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Tes</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Gelombang dan seleksi</source>
        <translation>Wave and selection</translation>
    </message>
    <message>
        <source>Pelatihan</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Insentif</source>
        <translation>Incentive</translation>
    </message>
    <message>
        <source>Perbaikan data</source>
        <translation>Data correction</translation>
    </message>
    <message>
        <source>Pengaduan</source>
        <translation>Complaint</translation>
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
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Terbit</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Dihentikan</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Pemula</source>
        <translation>Beginner</translation>
    </message>
    <message>
        <source>Menengah</source>
        <translation>Intermediate</translation>
    </message>
    <message>
        <source>Mahir</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>Luring</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Daring</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Direncanakan</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Dibuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Sudah diundi</source>
        <translation>Drawn</translation>
    </message>
    <message>
        <source>Diumumkan</source>
        <translation>Announced</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Pelatihan yang sama: %1 di %2, %3 di %4 (selisih %5)</source>
        <translation>The same training: %1 on %2, %3 on %4 (%5 apart)</translation>
    </message>
    <message>
        <source>%1, lebih dari %2× median kategori %3 (%4)</source>
        <translation>%1, more than %2× the median of category %3 (%4)</translation>
    </message>
    <message>
        <source>%1 per jam, lebih dari %2× median kategori (%3 per jam)</source>
        <translation>%1 per hour, more than %2× the category median (%3 per hour)</translation>
    </message>
    <message>
        <source>Deskripsi %1 karakter, kurang dari %2</source>
        <translation>Description of %1 characters, fewer than %2</translation>
    </message>
    <message>
        <source>Deskripsi sama dengan %1/%2 "%3"</source>
        <translation>Same description as %1/%2 "%3"</translation>
    </message>
    <message>
        <source>Pelatihan luring tanpa izin kesehatan</source>
        <translation>Offline training without health clearance</translation>
    </message>
    <message>
        <source>URL kosong</source>
        <translation>Empty URL</translation>
    </message>
    <message>
        <source>URL bukan http/https: %1</source>
        <translation>URL is not http/https: %1</translation>
    </message>
    <message>
        <source>Gelombang %1</source>
        <translation>Wave %1</translation>
    </message>
    <message>
        <source>Terkena PHK</source>
        <translation>Laid off</translation>
    </message>
    <message>
        <source>Dirumahkan</source>
        <translation>Furloughed</translation>
    </message>
    <message>
        <source>Usaha mikro</source>
        <translation>Micro business</translation>
    </message>
    <message>
        <source>Pencari kerja</source>
        <translation>Job seeker</translation>
    </message>
    <message>
        <source>Pekerja</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Tidak diisi</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Tidak ditemukan di Dukcapil</source>
        <translation>Not found in the registry</translation>
    </message>
    <message>
        <source>Data tidak cocok</source>
        <translation>Data mismatch</translation>
    </message>
    <message>
        <source>Meninggal dunia</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Tanpa alasan</source>
        <translation>No reason given</translation>
    </message>
    <message>
        <source>Pembelian, pelatihan tidak diketahui</source>
        <translation>Purchase, training unknown</translation>
    </message>
    <message>
        <source>Ekspor log audit</source>
        <translation>Audit log exported</translation>
    </message>
    <message>
        <source>Verifikasi log audit</source>
        <translation>Audit log verified</translation>
    </message>
    <message>
        <source>Akun terkunci</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Gagal masuk</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>Impor feed pendaftaran</source>
        <translation>Registration feed imported</translation>
    </message>
    <message>
        <source>Simulasi hari peluncuran</source>
        <translation>Launch-day simulation</translation>
    </message>
    <message>
        <source>Rotasi kunci</source>
        <translation>Key rotation</translation>
    </message>
    <message>
        <source>Rotasi kunci dimulai</source>
        <translation>Key rotation started</translation>
    </message>
    <message>
        <source>Operator ditambahkan</source>
        <translation>Operator added</translation>
    </message>
    <message>
        <source>Operator dinonaktifkan</source>
        <translation>Operator disabled</translation>
    </message>
    <message>
        <source>Operator diaktifkan</source>
        <translation>Operator enabled</translation>
    </message>
    <message>
        <source>Administrator pertama dibuat</source>
        <translation>First administrator created</translation>
    </message>
    <message>
        <source>Kata sandi diubah</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Peran operator diubah</source>
        <translation>Operator role changed</translation>
    </message>
    <message>
        <source>Operator dibuka kuncinya</source>
        <translation>Operator unlocked</translation>
    </message>
    <message>
        <source>Kartu tanpa pelatihan dicabut</source>
        <translation>Cards without training revoked</translation>
    </message>
    <message>
        <source>Ditolak: tanpa izin</source>
        <translation>Refused: not permitted</translation>
    </message>
    <message>
        <source>Impor terputus diambil alih</source>
        <translation>Interrupted import taken over</translation>
    </message>
    <message>
        <source>Impor daftar NIK</source>
        <translation>NIK list imported</translation>
    </message>
    <message>
        <source>Impor daftar NIK dihapus</source>
        <translation>NIK list import removed</translation>
    </message>
    <message>
        <source>Pengaturan diubah</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <source>Gelombang diumumkan</source>
        <translation>Wave announced</translation>
    </message>
    <message>
        <source>Gelombang dibatalkan</source>
        <translation>Wave cancelled</translation>
    </message>
    <message>
        <source>Gelombang ditutup</source>
        <translation>Wave closed</translation>
    </message>
    <message>
        <source>Gelombang dibuat</source>
        <translation>Wave created</translation>
    </message>
    <message>
        <source>Undian</source>
        <translation>Draw</translation>
    </message>
    <message>
        <source>Uji coba undian</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <source>Ekspor pool gelombang</source>
        <translation>Wave pool exported</translation>
    </message>
    <message>
        <source>Gelombang dibuka</source>
        <translation>Wave opened</translation>
    </message>
    <message>
        <source>Verifikasi undian</source>
        <translation>Draw verified</translation>
    </message>
    <message>
        <source>diterima</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>duplikat</source>
        <translation>duplicates</translation>
    </message>
    <message>
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>terpilih</source>
        <translation>selected</translation>
    </message>
    <message>
        <source>ditarik</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>pengganti</source>
        <translation>replacements</translation>
    </message>
    <message>
        <source>terikat</source>
        <translation>committed</translation>
    </message>
    <message>
        <source>dikembalikan</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>jumlah</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>dicabut</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>dihapus</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>NIK diambil alih</source>
        <translation>NIKs taken over</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>pool</translation>
    </message>
    <message>
        <source>memenuhi syarat</source>
        <translation>eligible</translation>
    </message>
    <message>
        <source>kuota</source>
        <translation>quota</translation>
    </message>
    <message>
        <source>anggota</source>
        <translation>members</translation>
    </message>
    <message>
        <source>baris</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>penarikan</source>
        <translation>withdrawals</translation>
    </message>
    <message>
        <source>pengguna tidak dikenal</source>
        <translation>unknown user</translation>
    </message>
    <message>
        <source>akun terkunci</source>
        <translation>account locked</translation>
    </message>
    <message>
        <source>akun dinonaktifkan</source>
        <translation>account disabled</translation>
    </message>
    <message>
        <source>dibatalkan</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>kata sandi salah, kegagalan ke-%1 dari %2</source>
        <translation>wrong password, failure %1 of %2</translation>
    </message>
    <message>
        <source>Kepesertaan dicabut (gelombang %1)</source>
        <translation>Participation revoked (wave %1)</translation>
    </message>
    <message>
        <source>Peserta gelombang %1</source>
        <translation>Participant of wave %1</translation>
    </message>
    <message>
        <source>Sudah bergabung dengan gelombang</source>
        <translation>Joined a wave</translation>
    </message>
    <message>
        <source>Mendaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>NIK tidak ditemukan di data kependudukan (Dukcapil). Pastikan NIK sesuai KTP-el dan sudah terdaftar di Disdukcapil setempat.</source>
        <translation>The NIK was not found in the civil registry (Dukcapil). Check it against the e-KTP and that it is registered with the local civil-registry office.</translation>
    </message>
    <message>
        <source>Data tidak cocok dengan Dukcapil: nama, tanggal lahir atau nomor KK berbeda dari yang tercatat.</source>
        <translation>The data does not match the civil registry: name, birth date or family-card number differs from the record.</translation>
    </message>
    <message>
        <source>NIK tercatat atas nama penduduk yang telah meninggal dunia di Dukcapil.</source>
        <translation>The civil registry records the holder of this NIK as deceased.</translation>
    </message>
    <message>
        <source>Ditolak oleh Dukcapil dengan alasan "%1".</source>
        <translation>Rejected by the civil registry with reason "%1".</translation>
    </message>
    <message>
        <source>NIK ditolak: %1</source>
        <translation>NIK rejected: %1</translation>
    </message>
    <message>
        <source>NIK terverifikasi (Dukcapil)</source>
        <translation>NIK verified (civil registry)</translation>
    </message>
    <message>
        <source>Telepon terverifikasi (OTP)</source>
        <translation>Phone verified (OTP)</translation>
    </message>
    <message>
        <source>Tes selesai, nilai %1</source>
        <translation>Test completed, score %1</translation>
    </message>
    <message>
        <source>Bergabung dengan gelombang %1</source>
        <translation>Joined wave %1</translation>
    </message>
    <message>
        <source>Diumumkan sebagai peserta gelombang %1</source>
        <translation>Announced as a participant of wave %1</translation>
    </message>
    <message>
        <source>Membeli pelatihan pertama</source>
        <translation>Bought a first training</translation>
    </message>
    <message>
        <source>Kartu Prakerja dicabut</source>
        <translation>Kartu Prakerja revoked</translation>
    </message>
    <message>
        <source>Gelombang %1: menunggu undian; pengumuman %2.</source>
        <translation>Wave %1: waiting for the draw; announcement on %2.</translation>
    </message>
    <message>
        <source>terpenuhi</source>
        <translation>met</translation>
    </message>
    <message>
        <source>Berusia %1 tahun pada %2</source>
        <translation>Aged %1 on %2</translation>
    </message>
    <message>
        <source>email belum terverifikasi</source>
        <translation>email not verified yet</translation>
    </message>
    <message>
        <source>NIK ditolak Dukcapil</source>
        <translation>NIK rejected by the civil registry</translation>
    </message>
    <message>
        <source>telepon belum terverifikasi</source>
        <translation>phone not verified yet</translation>
    </message>
    <message>
        <source>Bukan pelajar (Dapodik)</source>
        <translation>Not a student (Dapodik)</translation>
    </message>
    <message>
        <source>Tidak termasuk daftar pengecualian</source>
        <translation>Not on the exclusion list</translation>
    </message>
    <message>
        <source>Belum pernah menjadi peserta</source>
        <translation>Not a participant already</translation>
    </message>
    <message>
        <source>Kartu dicabut karena tidak membeli pelatihan sebelum %1.</source>
        <translation>The card was revoked: no training bought before %1.</translation>
    </message>
    <message>
        <source>Harus membeli pelatihan pertama paling lambat %1 (%2 WIB), atau kartu dicabut.</source>
        <translation>Must buy a first training by %1 (%2 WIB), or the card is revoked.</translation>
    </message>
    <message>
        <source>tercatat di daftar pekerja terdampak Kemnaker</source>
        <translation>on the Kemnaker list of affected workers</translation>
    </message>
    <message>
        <source>usaha mikro, terkena PHK, atau dirumahkan</source>
        <translation>micro business, laid off or furloughed</translation>
    </message>
    <message>
        <source>bukan penerima bansos (DTKS)</source>
        <translation>not receiving social aid (DTKS)</translation>
    </message>
    <message>
        <source>pendaftar lainnya</source>
        <translation>everyone else</translation>
    </message>
    <message>
        <source>belum berusia %1 tahun pada %2</source>
        <translation>not yet %1 years old on %2</translation>
    </message>
    <message>
        <source>email belum terverifikasi saat gelombang ditutup (%1)</source>
        <translation>email not verified when the wave closed (%1)</translation>
    </message>
    <message>
        <source>NIK belum terverifikasi di Dukcapil saat gelombang ditutup (%1)</source>
        <translation>NIK not verified with the civil registry when the wave closed (%1)</translation>
    </message>
    <message>
        <source>nomor telepon belum terverifikasi (OTP) saat gelombang ditutup (%1)</source>
        <translation>phone number not verified (OTP) when the wave closed (%1)</translation>
    </message>
    <message>
        <source>tercatat sebagai pelajar di Dapodik</source>
        <translation>recorded as a student in Dapodik (the education registry)</translation>
    </message>
    <message>
        <source>tercatat di daftar pengecualian (ASN, TNI/Polri, pejabat, perangkat desa)</source>
        <translation>on the exclusion list (civil servants, armed forces/police, officials)</translation>
    </message>
    <message>
        <source>sudah menjadi peserta di gelombang sebelumnya</source>
        <translation>already a participant of an earlier wave</translation>
    </message>
    <message>
        <source>kepesertaan sebelumnya dicabut (tidak membeli pelatihan dalam 30 hari)</source>
        <translation>an earlier participation was revoked (no training bought within 30 days)</translation>
    </message>
    <message>
        <source>Kartu Keluarga yang sama sudah memiliki %1 peserta (batas %2 per KK)</source>
        <translation>the same family card already has %1 participants (limit %2 per card)</translation>
    </message>
    <message>
        <source>kuota provinsi %1 (%2 kursi)</source>
        <translation>the %1 province quota (%2 places)</translation>
    </message>
    <message>
        <source>kuota nasional %1 kursi</source>
        <translation>the national quota of %1 places</translation>
    </message>
    <message>
        <source>%1: TERPILIH. Peringkat %2 dalam %3.</source>
        <translation>%1: SELECTED. Rank %2 within %3.</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1: TIDAK TERPILIH. Prioritas tingkat %2 (%3), peringkat %4; peserta terakhir yang terpilih dalam %5 ada di peringkat %6. Dapat ikut gelombang berikutnya tanpa mendaftar ulang.</source>
        <translation>%1: NOT SELECTED. Priority tier %2 (%3), rank %4; the last selected member of %5 was at rank %6. May join the next wave without registering again.</translation>
    </message>
    <message>
        <source>%1: DITARIK pada pemeriksaan ulang sebelum pengumuman (peringkat %2): %3.</source>
        <translation>%1: WITHDRAWN at the re-check before the announcement (rank %2): %3.</translation>
    </message>
    <message>
        <source>%1: TIDAK MEMENUHI SYARAT: %2.</source>
        <translation>%1: NOT ELIGIBLE: %2.</translation>
    </message>
    <message>
        <source>sudah diambil sistem pendaftaran pada %1</source>
        <translation>collected by the registration system on %1</translation>
    </message>
    <message>
        <source>menunggu diambil sistem pendaftaran</source>
        <translation>waiting for the registration system</translation>
    </message>
    <message>
        <source>Verifikasi dibatalkan setelah %1 baris</source>
        <translation>Verification cancelled after %1 rows</translation>
    </message>
    <message>
        <source>Rantai audit utuh: %1 baris, id terakhir %2</source>
        <translation>Audit chain intact: %1 rows, last id %2</translation>
    </message>
    <message>
        <source>baris %1 tidak cocok dengan rantai (diubah, disisipkan atau ditukar)</source>
        <translation>row %1 does not match the chain (edited, inserted or reordered)</translation>
    </message>
    <message>
        <source>baris %1 hilang (dihapus)</source>
        <translation>row %1 is missing (deleted)</translation>
    </message>
    <message>
        <source>baris mulai %1 dihapus dari akhir log</source>
        <translation>rows from %1 on were deleted from the end</translation>
    </message>
    <message>
        <source>baris %1 dan seterusnya ditambahkan di luar konsol</source>
        <translation>row %1 and later were added outside the console</translation>
    </message>
    <message>
        <source>baris %1 mencatat bahwa baris sebelumnya telah dihapus</source>
        <translation>row %1 records that rows had been removed before it</translation>
    </message>
    <message>
        <source>jangkar rantai hilang atau dipalsukan (mulai baris %1)</source>
        <translation>the chain's anchor is missing or forged (from row %1)</translation>
    </message>
    <message>
        <source>baris %1 dibuat dengan kunci yang tidak ada di berkas kunci</source>
        <translation>row %1 was made with a key that is not in the key file</translation>
    </message>
    <message>
        <source>Rantai audit RUSAK: %1</source>
        <translation>Audit chain BROKEN: %1</translation>
    </message>
    <message>
        <source>Data pribadi dibuka</source>
        <translation>Personal data revealed</translation>
    </message>
    <message>
        <source>Pencarian pendaftar</source>
        <translation>Applicant search</translation>
    </message>
    <message>
        <source>Kartu pendaftar dilihat</source>
        <translation>Applicant card viewed</translation>
    </message>
    <message>
        <source>Pelatihan dibuat</source>
        <translation>Training created</translation>
    </message>
    <message>
        <source>Katalog demo diisi</source>
        <translation>Demo catalogue filled</translation>
    </message>
    <message>
        <source>Tanda kurasi diabaikan</source>
        <translation>Curation flag dismissed</translation>
    </message>
    <message>
        <source>Pelatihan diubah</source>
        <translation>Training edited</translation>
    </message>
    <message>
        <source>Ekspor katalog</source>
        <translation>Catalogue exported</translation>
    </message>
    <message>
        <source>Impor katalog</source>
        <translation>Catalogue imported</translation>
    </message>
    <message>
        <source>Rotasi kunci dihentikan</source>
        <translation>Key rotation aborted</translation>
    </message>
    <message>
        <source>Permintaan diambil sistem pendaftaran</source>
        <translation>Requests collected by the registration system</translation>
    </message>
    <message>
        <source>Platform ditambahkan</source>
        <translation>Platform added</translation>
    </message>
    <message>
        <source>Platform diubah</source>
        <translation>Platform edited</translation>
    </message>
    <message>
        <source>Platform diaktifkan kembali</source>
        <translation>Platform reinstated</translation>
    </message>
    <message>
        <source>Platform ditangguhkan</source>
        <translation>Platform suspended</translation>
    </message>
    <message>
        <source>Permintaan diajukan</source>
        <translation>Request raised</translation>
    </message>
    <message>
        <source>Pengaturan lama dipindahkan</source>
        <translation>Earlier settings moved in</translation>
    </message>
    <message>
        <source>Tiket dibuat</source>
        <translation>Ticket added</translation>
    </message>
    <message>
        <source>Tiket diselesaikan</source>
        <translation>Ticket resolved</translation>
    </message>
    <message>
        <source>peran: %1</source>
        <translation>role: %1</translation>
    </message>
    <message>
        <source>%1 pelatihan</source>
        <translation>%1 trainings</translation>
    </message>
    <message>
        <source>baris %1–%2: %3</source>
        <translation>lines %1–%2: %3</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>Konsol Operator Prakerja</source>
        <translation>Prakerja Operator Console</translation>
    </message>
</context>
<context>
    <name>prakerja::ApplicantResultsModel</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>lebih dari %1 pendaftar</source>
        <translation>more than %1 applicants</translation>
    </message>
    <message>
        <source>%1 pendaftar</source>
        <translation>%1 applicants</translation>
    </message>
</context>
<context>
    <name>prakerja::ApplicantsPage</name>
    <message>
        <source>Pendaftar</source>
        <translation>Applicants</translation>
    </message>
    <message>
        <source>Pencarian pendaftar hanya untuk agen call center, analis dan administrator. Peran Anda (%1) tidak memiliki izin %2.</source>
        <translation>Applicant search is for call-centre agents, analysts and administrators. Your role (%1) lacks the %2 permission.</translation>
    </message>
    <message>
        <source>NIK (16 digit), nomor telepon, email, atau nama</source>
        <translation>NIK (16 digits), phone number, email or name</translation>
    </message>
    <message>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Cari pendaftar</source>
        <translation>Find an applicant</translation>
    </message>
    <message>
        <source>Tiket</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Pilih pendaftar di daftar hasil untuk melihat kartunya.</source>
        <translation>Choose an applicant in the results to see the card.</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Tampilkan data ini tanpa samaran (dengan alasan, tercatat di log audit)</source>
        <translation>Show this unmasked (with a reason, recorded in the audit log)</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Catatan panggilan</source>
        <translation>Call notes</translation>
    </message>
    <message>
        <source>Tandai selesai</source>
        <translation>Mark resolved</translation>
    </message>
    <message>
        <source>Apa yang ditanyakan penelepon dan apa jawaban Anda</source>
        <translation>What the caller asked and what you answered</translation>
    </message>
    <message>
        <source>Tambah catatan</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Minta sistem pendaftaran</source>
        <translation>Ask the registration system</translation>
    </message>
    <message>
        <source>Permintaan tercatat dan diambil sistem pendaftaran; konsol ini tidak mengubah data pendaftar.</source>
        <translation>Requests are recorded and collected by the registration system; this console does not change the applicant's data.</translation>
    </message>
    <message>
        <source>Ejaan nama yang benar</source>
        <translation>Correct spelling of the name</translation>
    </message>
    <message>
        <source>Keterangan untuk sistem pendaftaran (boleh kosong)</source>
        <translation>Note for the registration system (optional)</translation>
    </message>
    <message>
        <source>Kirim permintaan</source>
        <translation>Send request</translation>
    </message>
    <message>
        <source>Tiket terbuka saya</source>
        <translation>My open tickets</translation>
    </message>
    <message>
        <source>Antrean tim (semua agen)</source>
        <translation>Team queue (all agents)</translation>
    </message>
    <message>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Semua umur</source>
        <translation>Any age</translation>
    </message>
    <message>
        <source>Lebih dari 1 jam</source>
        <translation>Older than 1 hour</translation>
    </message>
    <message>
        <source>Lebih dari 1 hari</source>
        <translation>Older than 1 day</translation>
    </message>
    <message>
        <source>Lebih dari 3 hari</source>
        <translation>Older than 3 days</translation>
    </message>
    <message>
        <source>Lebih dari 7 hari</source>
        <translation>Older than 7 days</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Dibuat (WIB)</source>
        <translation>Opened (WIB)</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>No. pendaftar</source>
        <translation>Applicant no.</translation>
    </message>
    <message>
        <source>Agen</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Isi catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Buka kartu pendaftar</source>
        <translation>Open the applicant's card</translation>
    </message>
    <message>
        <source>baru saja</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>%1 menit</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>%1 jam</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 hari</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1 tiket terbuka milik Anda</source>
        <translation>%1 open tickets of yours</translation>
    </message>
    <message>
        <source>%1 tiket terbuka di antrean tim</source>
        <translation>%1 open tickets in the team queue</translation>
    </message>
    <message>
        <source>Ditampilkan: %1 tiket kategori %2</source>
        <translation>Shown: %1 tickets in %2</translation>
    </message>
    <message>
        <source>Tiket (%1 terbuka)</source>
        <translation>Tickets (%1 open)</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>Family card no.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mencari…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>(agen melihat %1 hasil pertama; persempit pencarian)</source>
        <translation>(agents see the first %1 results; narrow the search)</translation>
    </message>
    <message>
        <source>(indeks nama sedang diperbarui: %1 pendaftar terbaru belum dapat dicari dengan nama)</source>
        <translation>(name index updating: the %1 newest applicants cannot be found by name yet)</translation>
    </message>
    <message>
        <source>NIK ini belum terdaftar di Prakerja, tetapi tercatat di: %1. Tercatat bukan berarti mendaftar: minta penelepon mendaftar di situs Prakerja.</source>
        <translation>This NIK has not registered with Prakerja, but it is listed on: %1. Being listed is not registering: ask the caller to register on the Prakerja site.</translation>
    </message>
    <message>
        <source>Tidak ada pendaftar yang cocok.</source>
        <translation>No applicant matches.</translation>
    </message>
    <message>
        <source>tidak diisi</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Alasan NIK ditolak:</source>
        <translation>Why the NIK was rejected:</translation>
    </message>
    <message>
        <source>Riwayat (WIB)</source>
        <translation>History (WIB)</translation>
    </message>
    <message>
        <source>Gelombang</source>
        <translation>Waves</translation>
    </message>
    <message>
        <source>Kelayakan saat ini untuk gelombang %1</source>
        <translation>Eligibility now for wave %1</translation>
    </message>
    <message>
        <source>Pembelian pelatihan</source>
        <translation>Training purchase</translation>
    </message>
    <message>
        <source>Tercatat di daftar</source>
        <translation>On the lists</translation>
    </message>
    <message>
        <source>Permintaan ke sistem pendaftaran</source>
        <translation>Requests to the registration system</translation>
    </message>
    <message>
        <source>selesai</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>terbuka</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Hasil pencarian</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Kartu pendaftar</source>
        <translation>Applicant card</translation>
    </message>
</context>
<context>
    <name>prakerja::AuditPage</name>
    <message>
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>Tindakan, mis. operator atau auth.sign_in</source>
        <translation>Action, e.g. operator or auth.sign_in</translation>
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
        <source>&amp;Terapkan</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>◀ Lebih baru</source>
        <translation>◀ Newer</translation>
    </message>
    <message>
        <source>Lebih lama ▶</source>
        <translation>Older ▶</translation>
    </message>
    <message>
        <source>&amp;Ekspor CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>&amp;Verifikasi rantai</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Log audit tidak dapat dibaca: %1</source>
        <translation>Audit log cannot be read: %1</translation>
    </message>
    <message>
        <source>%1 baris diekspor ke %2</source>
        <translation>%1 rows exported to %2</translation>
    </message>
    <message>
        <source>Ekspor gagal: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Halaman %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Ekspor log audit</source>
        <translation>Audit log exported</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Memverifikasi rantai HMAC…</source>
        <translation>Verifying the HMAC chain…</translation>
    </message>
    <message>
        <source>Verifikasi gagal: %1</source>
        <translation>Verification failed: %1</translation>
    </message>
    <message>
        <source>Baris log audit</source>
        <translation>Audit log rows</translation>
    </message>
</context>
<context>
    <name>prakerja::AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Waktu (WIB)</source>
        <translation>Time (WIB)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Sasaran</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>prakerja::BudgetPanel</name>
    <message>
        <source>Anggaran program</source>
        <translation>Programme budget</translation>
    </message>
    <message>
        <source>Terikat</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Sisa</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Gelombang yang masih mungkin</source>
        <translation>Waves still possible</translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Belum tersalurkan</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Dibelanjakan untuk pelatihan, insentif dan insentif survei yang sudah dibayar.</source>
        <translation>Spent on training, incentives and survey incentives already paid.</translation>
    </message>
    <message>
        <source>Yang masih menjadi hak peserta aktif: terikat − realisasi − dikembalikan, per gelombang.</source>
        <translation>What active participants are still entitled to: committed − actual − returned, per wave.</translation>
    </message>
    <message>
        <source>Gelombang dengan kuota gelombang terakhir: yang lebih kecil dari sisa anggaran ÷ (kuota × biaya per peserta) dan pendaftar terverifikasi NIK yang belum menjadi peserta ÷ kuota.</source>
        <translation>Waves with the latest wave's quota: the smaller of the remaining budget ÷ (quota × cost per participant) and the NIK-verified applicants not yet participants ÷ quota.</translation>
    </message>
    <message>
        <source>Anggaran tidak dapat dibaca: %1</source>
        <translation>The budget could not be read: %1</translation>
    </message>
    <message>
        <source>%1 peserta aktif</source>
        <translation>%1 active participants</translation>
    </message>
    <message>
        <source>cukup untuk %1 peserta lagi</source>
        <translation>enough for %1 more participants</translation>
    </message>
    <message>
        <source>menurut anggaran %1 · menurut pool %2</source>
        <translation>by budget %1 · by pool %2</translation>
    </message>
    <message>
        <source>pelatihan %1 · insentif %2 · survei %3</source>
        <translation>training %1 · incentives %2 · surveys %3</translation>
    </message>
    <message>
        <source>dari %1 terikat saat pengumuman</source>
        <translation>of %1 committed at the announcements</translation>
    </message>
    <message numerus="yes">
        <source>neraca seimbang di %n gelombang</source>
        <translation><numerusform>the ledger balances in %n wave</numerusform><numerusform>the ledger balances in %n waves</numerusform></translation>
    </message>
    <message>
        <source>neraca tidak seimbang</source>
        <translation>the ledger does not balance</translation>
    </message>
    <message>
        <source>%1 dari %2 terpakai</source>
        <translation>%1 of %2 used</translation>
    </message>
    <message>
        <source>%1 per peserta · diperbarui %2</source>
        <translation>%1 per participant · updated %2</translation>
    </message>
    <message>
        <source>Terikat %1 · sisa %2 · %3 dari anggaran terpakai</source>
        <translation>Committed %1 · remaining %2 · %3 of the budget used</translation>
    </message>
</context>
<context>
    <name>prakerja::CataloguePage</name>
    <message>
        <source>Katalog pelatihan</source>
        <translation>Training catalogue</translation>
    </message>
    <message>
        <source>Katalog yang terbit, untuk menjawab peserta.</source>
        <translation>The published catalogue, for answering participants.</translation>
    </message>
    <message>
        <source>Cari judul atau deskripsi…</source>
        <translation>Search title or description…</translation>
    </message>
    <message>
        <source>Semua platform</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Semua tingkat</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Semua moda</source>
        <translation>All modes</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Harga min</source>
        <translation>Min price</translation>
    </message>
    <message>
        <source>Harga maks</source>
        <translation>Max price</translation>
    </message>
    <message>
        <source>Bertanda</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <source>Ajukan terpilih</source>
        <translation>Submit selected</translation>
    </message>
    <message>
        <source>Setujui terpilih</source>
        <translation>Approve selected</translation>
    </message>
    <message>
        <source>Terbitkan terpilih</source>
        <translation>Publish selected</translation>
    </message>
    <message>
        <source>Hentikan terpilih</source>
        <translation>Retire selected</translation>
    </message>
    <message>
        <source>&amp;Impor…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Ekspor…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Tanda diabaikan dan dicatat di log audit.</source>
        <translation>Flag dismissed and recorded in the audit log.</translation>
    </message>
    <message>
        <source>Impor katalog</source>
        <translation>Catalogue imported</translation>
    </message>
    <message>
        <source>Impor selesai: %1 baru, %2 diperbarui, %3 tidak berubah, %4 ditolak.</source>
        <translation>Import done: %1 new, %2 updated, %3 unchanged, %4 rejected.</translation>
    </message>
    <message>
        <source>Tidak ada yang ditulis: %1 baris ditolak.</source>
        <translation>Nothing was written: %1 rows rejected.</translation>
    </message>
    <message>
        <source>%1 pelatihan diekspor.</source>
        <translation>%1 trainings exported.</translation>
    </message>
    <message>
        <source>Mencari…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>%1 pelatihan</source>
        <translation>%1 trainings</translation>
    </message>
    <message>
        <source>Tersimpan: %1 (versi %2).</source>
        <translation>Saved: %1 (version %2).</translation>
    </message>
    <message>
        <source>Versi tersimpan dimuat; suntingan Anda dibuang.</source>
        <translation>The stored version is loaded; your edits were dropped.</translation>
    </message>
    <message>
        <source>Ubah status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Terapkan '%1' pada %2 pelatihan terpilih? Yang tidak boleh akan dilewati dan dilaporkan.</source>
        <translation>Apply '%1' to the %2 selected trainings? Those it does not apply to are skipped and reported.</translation>
    </message>
    <message>
        <source>… dan %1 lainnya</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>'%1': %2 diubah, %3 ditolak.</source>
        <translation>'%1': %2 changed, %3 refused.</translation>
    </message>
    <message>
        <source>Status diubah.</source>
        <translation>Status changed.</translation>
    </message>
    <message>
        <source>Impor pelatihan mitra</source>
        <translation>Import partner trainings</translation>
    </message>
    <message>
        <source>CSV atau JSON (*.csv *.json);;Semua berkas (*)</source>
        <translation>CSV or JSON (*.csv *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Ekspor katalog</source>
        <translation>Catalogue exported</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Daftar pelatihan</source>
        <translation>List of trainings</translation>
    </message>
    <message>
        <source>Cari pelatihan…</source>
        <translation>Search trainings…</translation>
    </message>
</context>
<context>
    <name>prakerja::ChartPanel</name>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Simpan grafik sebagai PNG</source>
        <translation>Save the chart as PNG</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Simpan data grafik sebagai CSV</source>
        <translation>Save the chart's data as CSV</translation>
    </message>
    <message>
        <source>Belum ada data.</source>
        <translation>No data yet.</translation>
    </message>
    <message>
        <source>Simpan grafik</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>Gambar PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Gagal menyimpan %1</source>
        <translation>Could not save %1</translation>
    </message>
    <message>
        <source>Simpan data</source>
        <translation>Save data</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Gagal menyimpan %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Grafik; datanya dapat disimpan sebagai CSV.</source>
        <translation>Chart; its data can be saved as CSV.</translation>
    </message>
</context>
<context>
    <name>prakerja::ConfirmDialog</name>
    <message>
        <source>Ketik &lt;b&gt;%1&lt;/b&gt; untuk melanjutkan:</source>
        <translation>Type &lt;b&gt;%1&lt;/b&gt; to continue:</translation>
    </message>
</context>
<context>
    <name>prakerja::ConflictDialog</name>
    <message>
        <source>Pelatihan sudah diubah orang lain</source>
        <translation>Someone else changed this training</translation>
    </message>
    <message>
        <source>Anda menyunting versi %1, tetapi %2 menyimpan versi %3 pada %4. Tidak ada yang ditimpa. Bandingkan keduanya dan pilih.</source>
        <translation>You edited version %1, but %2 saved version %3 at %4. Nothing was overwritten. Compare both and choose.</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Versi Anda</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>Versi tersimpan (%1)</source>
        <translation>Stored version (%1)</translation>
    </message>
    <message>
        <source>Simpan versi &amp;saya</source>
        <translation>Save &amp;my version</translation>
    </message>
    <message>
        <source>Pakai versi &amp;tersimpan</source>
        <translation>Take the &amp;stored version</translation>
    </message>
</context>
<context>
    <name>prakerja::ConnectionDialog</name>
    <message>
        <source>Sambungkan ke basis data</source>
        <translation>Connect to a database</translation>
    </message>
    <message>
        <source>Basis data</source>
        <translation>Database</translation>
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
        <source>Dipakai saat konsol dimulai ulang: %1</source>
        <translation>Used when the console starts again: %1</translation>
    </message>
    <message>
        <source>Satu komputer: berkas SQLite (mis. ~/prakerja.db). Banyak komputer sekaligus: server PostgreSQL, mis. postgresql://konsol@db1/prakerja?sslmode=verify-full atau host=db1 dbname=prakerja user=konsol. Kata sandi tidak ditulis di sini: konsol membacanya dari berkas ~/.pgpass atau variabel PGPASSWORD.</source>
        <translation>One computer: an SQLite file (e.g. ~/prakerja.db). Many computers at once: a PostgreSQL server, e.g. postgresql://konsol@db1/prakerja?sslmode=verify-full or host=db1 dbname=prakerja user=konsol. The password is not written here: the console reads it from the file ~/.pgpass or the variable PGPASSWORD.</translation>
    </message>
</context>
<context>
    <name>prakerja::DashboardPage</name>
    <message>
        <source>Corong pendaftaran</source>
        <translation>Registration funnel</translation>
    </message>
    <message>
        <source>Menunggu data…</source>
        <translation>Waiting for data…</translation>
    </message>
    <message>
        <source>Jeda</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Jeda atau lanjutkan pembaruan langsung (Ctrl+P)</source>
        <translation>Pause or resume live updates (Ctrl+P)</translation>
    </message>
    <message>
        <source>Laporan PDF…</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <source>Waktu menurut umpan pendaftaran (WIB): "jam terakhir", "24 jam terakhir" dan "menit terakhir" dihitung mundur dari kejadian terbaru, bukan dari jam dinding. Baris umpan yang ditolak tidak pernah dihitung.</source>
        <translation>Times follow the registration feed (WIB): "last hour", "last 24 hours" and "last minute" count back from the newest event, not the wall clock. Rejected feed lines never count.</translation>
    </message>
    <message>
        <source>Corong per tahap (dengan penurunan dari tahap sebelumnya)</source>
        <translation>Funnel by stage (with the drop from the previous stage)</translation>
    </message>
    <message>
        <source>Pendaftaran per menit</source>
        <translation>Registrations per minute</translation>
    </message>
    <message>
        <source>Pendaftar per segmen</source>
        <translation>Applicants by segment</translation>
    </message>
    <message>
        <source>Bergabung per gelombang</source>
        <translation>Joined per wave</translation>
    </message>
    <message>
        <source>Penolakan NIK per alasan</source>
        <translation>NIK rejections by reason</translation>
    </message>
    <message>
        <source>Belum ada pendaftaran: corong terisi begitu umpan pendaftaran masuk.</source>
        <translation>No registrations yet: the funnel fills as soon as the registration feed arrives.</translation>
    </message>
    <message>
        <source>Belum ada pendaftaran, jadi belum ada provinsi untuk ditampilkan.</source>
        <translation>No registrations yet, so there are no provinces to show.</translation>
    </message>
    <message>
        <source>Belum ada pendaftaran, jadi belum ada segmen untuk ditampilkan.</source>
        <translation>No registrations yet, so there are no segments to show.</translation>
    </message>
    <message>
        <source>Belum ada pendaftar yang bergabung dengan gelombang.</source>
        <translation>No applicant has joined a wave yet.</translation>
    </message>
    <message>
        <source>Belum ada NIK yang ditolak Dukcapil.</source>
        <translation>No NIK has been rejected by the population registry yet.</translation>
    </message>
    <message>
        <source>Satu jam terakhir</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <source>24 jam terakhir</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>Data per %1 · kejadian terbaru %2 (waktu umpan, WIB). Baris umpan yang ditolak tidak pernah dihitung.</source>
        <translation>Data as of %1 · newest event %2 (feed time, WIB). Rejected feed lines are never counted.</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Dari pendaftar</source>
        <translation>Of registered</translation>
    </message>
    <message>
        <source>Dari tahap sebelumnya</source>
        <translation>Of previous stage</translation>
    </message>
    <message>
        <source>Rentang khusus</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <source>Kumulatif</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>Menit puncak</source>
        <translation>Peak minute</translation>
    </message>
    <message>
        <source>WIB</source>
        <translation>WIB</translation>
    </message>
    <message>
        <source>per menit</source>
        <translation>per minute</translation>
    </message>
    <message>
        <source>kumulatif</source>
        <translation>cumulative</translation>
    </message>
    <message>
        <source>Lanjutkan</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>● Basis data tidak terjangkau: %1 — menyambung ulang otomatis…</source>
        <translation>● Database unreachable: %1 — reconnecting automatically…</translation>
    </message>
    <message>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>❚❚ Dijeda · tampilan per %1 · data terbaru %2</source>
        <translation>❚❚ Paused · showing %1 · latest data %2</translation>
    </message>
    <message>
        <source>● Langsung · diperbarui %1 · kejadian terbaru %2</source>
        <translation>● Live · updated %1 · latest event %2</translation>
    </message>
    <message>
        <source> · tersambung kembali</source>
        <translation> · reconnected</translation>
    </message>
    <message>
        <source>%1 · %2 (−%3 · %4)</source>
        <translation>%1 · %2 (−%3 · %4)</translation>
    </message>
    <message>
        <source>Menit puncak: %1/menit, %2</source>
        <translation>Peak minute: %1/minute, %2</translation>
    </message>
    <message>
        <source>Puncak: %1 pendaftaran dalam satu menit pada %2 · %3 pendaftaran dalam rentang ini%4</source>
        <translation>Peak: %1 registrations in one minute at %2 · %3 registrations in this range%4</translation>
    </message>
    <message>
        <source> · titik = rata-rata per %1 menit</source>
        <translation> · point = average per %1 minutes</translation>
    </message>
    <message>
        <source>Belum ada pendaftaran dalam rentang ini.</source>
        <translation>No registrations in this range yet.</translation>
    </message>
    <message>
        <source>Sejak kejadian pertama</source>
        <translation>Since the first event</translation>
    </message>
    <message>
        <source>Laporan corong pendaftaran Prakerja</source>
        <translation>Prakerja registration funnel report</translation>
    </message>
    <message>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Per provinsi (dari NIK): %1</source>
        <translation>By province (from the NIK): %1</translation>
    </message>
    <message>
        <source>Tahap yang dihitung per provinsi</source>
        <translation>The stage counted per province</translation>
    </message>
    <message numerus="yes">
        <source>Lainnya (%n provinsi di luar sepuluh teratas): %1 orang (%2), tidak digambar agar sepuluh teratas tetap terbaca.</source>
        <translation><numerusform>Others (%n province outside the top ten): %1 people (%2), not drawn so that the top ten stay readable.</numerusform><numerusform>Others (%n provinces outside the top ten): %1 people (%2), not drawn so that the top ten stay readable.</numerusform></translation>
    </message>
    <message>
        <source>Persentase = bagian dari tahap sebelumnya (%1) di provinsi itu.</source>
        <translation>Percentage = share of the stage before (%1) in that province.</translation>
    </message>
    <message>
        <source>%1 · %2 (%3 · −%4)</source>
        <translation>%1 · %2 (%3 · −%4)</translation>
    </message>
    <message>
        <source>Isi dasbor</source>
        <translation>Dashboard contents</translation>
    </message>
</context>
<context>
    <name>prakerja::HelpBrowser</name>
    <message>
        <source>Panduan</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Panduan tidak ditemukan. Pasang paket prakerja-console, atau setel PRAKERJA_MANUAL_DIR ke folder docs/manual.</source>
        <translation>The manual was not found. Install the prakerja-console package, or set PRAKERJA_MANUAL_DIR to the docs/manual folder.</translation>
    </message>
</context>
<context>
    <name>prakerja::ImportDialog</name>
    <message>
        <source>Impor data</source>
        <translation>Import data</translation>
    </message>
    <message>
        <source>Feed pendaftaran (JSON Lines)</source>
        <translation>Registration feed (JSON Lines)</translation>
    </message>
    <message>
        <source>Daftar NIK %1</source>
        <translation>NIK list %1</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Siapa yang mengumpulkan daftar ini, mis. Disnaker Kota Bandung</source>
        <translation>Who collected this list, e.g. Disnaker Kota Bandung</translation>
    </message>
    <message>
        <source>Sumber daftar</source>
        <translation>List source</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Simpan laporan penolakan…</source>
        <translation>Save reject report…</translation>
    </message>
    <message>
        <source>Hapus impor ini…</source>
        <translation>Remove this import…</translation>
    </message>
    <message>
        <source>Mengembalikan daftar NIK seperti sebelum impor ini, juga data undian pendaftar</source>
        <translation>Restores the NIK list as it was before this import, and the applicants' draw inputs with it</translation>
    </message>
    <message>
        <source>Mulai impor</source>
        <translation>Start import</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Pilih berkas</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>Data (*.jsonl *.json *.csv *.txt);;Semua berkas (*)</source>
        <translation>Data (*.jsonl *.json *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Pilih berkas yang ada dan dapat dibaca</source>
        <translation>Choose a file that exists and can be read</translation>
    </message>
    <message>
        <source>Menghitung NIK dalam berkas…</source>
        <translation>Counting the NIKs in the file…</translation>
    </message>
    <message>
        <source>Impor daftar NIK?</source>
        <translation>Import the NIK list?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Berkas: %2&lt;br&gt;&lt;b&gt;%3&lt;/b&gt; baris NIK akan diperiksa dan ditambahkan ke daftar; NIK yang sudah ada dilewati. Daftar ini ikut menentukan kelayakan dan prioritas undian berikutnya.&lt;br&gt;&lt;br&gt;Impor dapat diambil kembali dengan «Hapus impor ini».</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;File: %2&lt;br&gt;&lt;b&gt;%3&lt;/b&gt; NIK lines will be checked and added to the list; NIKs already on it are skipped. The list takes part in the eligibility and priority of the next draws.&lt;br&gt;&lt;br&gt;The import can be taken back with «Remove this import».</translation>
    </message>
    <message>
        <source>Sumber: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Impor dibatalkan; tidak ada yang ditulis.</source>
        <translation>Import cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Diterima %1 · duplikat %2 · ditolak %3</source>
        <translation>Accepted %1 · duplicates %2 · rejected %3</translation>
    </message>
    <message>
        <source>Impor gagal: %1</source>
        <translation>Import failed: %1</translation>
    </message>
    <message>
        <source>Impor %1 dihapus: %2 NIK keluar dari daftar; daftar kembali seperti sebelumnya.</source>
        <translation>Import %1 removed: %2 NIKs left the list; the list is as it was before.</translation>
    </message>
    <message>
        <source> — dibatalkan; batch yang sudah tersimpan tetap ada, impor ulang akan melewatinya</source>
        <translation> — cancelled; batches already stored stay, and importing again skips them</translation>
    </message>
    <message>
        <source> (menampilkan %1 penolakan pertama)</source>
        <translation> (showing the first %1 rejects)</translation>
    </message>
    <message>
        <source>Hapus impor %1?</source>
        <translation>Remove import %1?</translation>
    </message>
    <message>
        <source>NIK yang ditambahkan impor ini (%1, berkas %2) keluar dari daftar, dan data undian pendaftar kembali seperti sebelum impor. NIK dari impor lain tetap ada. Tercatat di log audit.</source>
        <translation>The NIKs this import added (%1, file %2) leave the list, and the applicants' draw inputs return to what they were before it. NIKs from other imports stay. Recorded in the audit log.</translation>
    </message>
    <message>
        <source>Hapus impor</source>
        <translation>Remove import</translation>
    </message>
    <message>
        <source>Menghapus impor…</source>
        <translation>Removing the import…</translation>
    </message>
    <message>
        <source>Simpan laporan penolakan</source>
        <translation>Save reject report</translation>
    </message>
    <message>
        <source>Membatalkan setelah batch ini…</source>
        <translation>Cancelling after this batch…</translation>
    </message>
</context>
<context>
    <name>prakerja::ImportPreviewDialog</name>
    <message>
        <source>Pratinjau impor: %1</source>
        <translation>Import preview: %1</translation>
    </message>
    <message>
        <source>%1 baru, %2 diperbarui (kembali diajukan), %3 tidak berubah, %4 ditolak.</source>
        <translation>%1 new, %2 updated (back to submitted), %3 unchanged, %4 rejected.</translation>
    </message>
    <message>
        <source>Kolom tidak dikenal diabaikan: %1.</source>
        <translation>Unknown columns ignored: %1.</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Platform/kode</source>
        <translation>Platform/code</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Putusan</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Tidak berubah</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Tulis semua atau tidak sama sekali (tidak ada yang ditulis bila ada baris ditolak)</source>
        <translation>All or nothing (nothing is written when any row is rejected)</translation>
    </message>
    <message>
        <source>&amp;Tulis %1 baris sah</source>
        <translation>&amp;Write %1 valid rows</translation>
    </message>
</context>
<context>
    <name>prakerja::LoginDialog</name>
    <message>
        <source>Masuk — Konsol Operator Prakerja</source>
        <translation>Sign in — Prakerja Operator Console</translation>
    </message>
    <message>
        <source>Administrator pertama — Konsol Operator Prakerja</source>
        <translation>First administrator — Prakerja Operator Console</translation>
    </message>
    <message>
        <source>Konsol terkunci — Konsol Operator Prakerja</source>
        <translation>Console locked — Prakerja Operator Console</translation>
    </message>
    <message>
        <source>Basis data ini belum memiliki operator. Buat akun administrator pertama.</source>
        <translation>This database has no operators yet. Create the first administrator account.</translation>
    </message>
    <message>
        <source>Konsol dikunci karena tidak aktif. Masukkan kata sandi Anda untuk melanjutkan.</source>
        <translation>The console locked itself after inactivity. Enter your password to continue.</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Memeriksa kata sandi…</source>
        <translation>Checking password…</translation>
    </message>
    <message>
        <source>Buat dan masuk</source>
        <translation>Create and sign in</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Keluar dari konsol</source>
        <translation>Quit the console</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>prakerja::MainWindow</name>
    <message>
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Pendaftar</source>
        <translation>Applicants</translation>
    </message>
    <message>
        <source>Gelombang</source>
        <translation>Waves</translation>
    </message>
    <message>
        <source>Katalog pelatihan</source>
        <translation>Training catalogue</translation>
    </message>
    <message>
        <source>Mitra platform</source>
        <translation>Partner platforms</translation>
    </message>
    <message>
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Daftar platform</source>
        <translation>Platforms</translation>
    </message>
    <message>
        <source>Belanja pelatihan</source>
        <translation>Training spending</translation>
    </message>
    <message>
        <source>Basis data: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Hentikan simulasi</source>
        <translation>Stop simulation</translation>
    </message>
    <message>
        <source>Halaman ini untuk %1.</source>
        <translation>This page is for %1.</translation>
    </message>
    <message>
        <source>Peran Anda (%1) tidak memerlukannya.</source>
        <translation>Your role (%1) does not need it.</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Impor feed atau daftar NIK…</source>
        <translation>&amp;Import feed or NIK list…</translation>
    </message>
    <message>
        <source>&amp;Sambungkan ke basis data…</source>
        <translation>&amp;Connect to a database…</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Buka</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Alat</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>Jalankan simulasi hari peluncuran</source>
        <translation>Run the launch-day simulation</translation>
    </message>
    <message>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Tentang</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Tentang Konsol Operator Prakerja</source>
        <translation>About the Prakerja Operator Console</translation>
    </message>
    <message>
        <source>Konsol Operator Prakerja %1
Kode wilayah: cahyadsn/wilayah (MIT), © Cahya DSN.</source>
        <translation>Prakerja Operator Console %1
Region codes: cahyadsn/wilayah (MIT), © Cahya DSN.</translation>
    </message>
    <message>
        <source>Simulasi berjalan: %1 kejadian</source>
        <translation>Simulation running: %1 events</translation>
    </message>
    <message>
        <source>Simulasi selesai</source>
        <translation>Simulation finished</translation>
    </message>
    <message>
        <source>Simulasi gagal: %1</source>
        <translation>Simulation failed: %1</translation>
    </message>
    <message>
        <source>Simulasi dimulai…</source>
        <translation>Simulation starting…</translation>
    </message>
    <message>
        <source>%1 pendaftar</source>
        <translation>%1 applicants</translation>
    </message>
    <message>
        <source>Lanjutkan demo setelah seleksi (pengumuman, pembelian, insentif)</source>
        <translation>Continue the demo past selection (announcement, purchases, incentives)</translation>
    </message>
    <message>
        <source>&amp;Panduan halaman ini</source>
        <translation>&amp;Manual for this page</translation>
    </message>
    <message>
        <source>Demo setelah seleksi: %1 pembelian, penyelesaian, insentif dan survei</source>
        <translation>Demo past selection: %1 purchases, completions, incentives and surveys</translation>
    </message>
    <message>
        <source>Simulasi dihentikan</source>
        <translation>Simulation stopped</translation>
    </message>
    <message>
        <source>Demo setelah seleksi: gelombang 1 diundi dan diumumkan…</source>
        <translation>Demo past selection: wave 1 is being drawn and announced…</translation>
    </message>
    <message>
        <source>Basis data tidak terjangkau — mencoba lagi…</source>
        <translation>Database unreachable — retrying…</translation>
    </message>
</context>
<context>
    <name>prakerja::OperatorsPage</name>
    <message>
        <source>melihat dasbor</source>
        <translation>see the dashboard</translation>
    </message>
    <message>
        <source>mencari pendaftar</source>
        <translation>search applicants</translation>
    </message>
    <message>
        <source>membuka NIK dan kontak pendaftar</source>
        <translation>reveal applicants' NIK and contacts</translation>
    </message>
    <message>
        <source>mencatat tiket pendaftar</source>
        <translation>record applicant tickets</translation>
    </message>
    <message>
        <source>mengimpor feed pendaftaran</source>
        <translation>import the registration feed</translation>
    </message>
    <message>
        <source>mengimpor daftar NIK</source>
        <translation>import NIK lists</translation>
    </message>
    <message>
        <source>mengelola katalog pelatihan</source>
        <translation>manage the training catalogue</translation>
    </message>
    <message>
        <source>mengelola platform mitra</source>
        <translation>manage partner platforms</translation>
    </message>
    <message>
        <source>melihat gelombang</source>
        <translation>see the waves</translation>
    </message>
    <message>
        <source>membuat, membuka, menutup dan membatalkan gelombang</source>
        <translation>create, open, close and cancel waves</translation>
    </message>
    <message>
        <source>menjalankan undian dan mengumumkannya</source>
        <translation>run draws and announce them</translation>
    </message>
    <message>
        <source>mencabut kartu peserta</source>
        <translation>revoke participants' cards</translation>
    </message>
    <message>
        <source>mengekspor data</source>
        <translation>export data</translation>
    </message>
    <message>
        <source>melihat log audit</source>
        <translation>see the audit log</translation>
    </message>
    <message>
        <source>memverifikasi log audit</source>
        <translation>verify the audit log</translation>
    </message>
    <message>
        <source>mengelola operator</source>
        <translation>manage operators</translation>
    </message>
    <message>
        <source>merotasi kunci enkripsi</source>
        <translation>rotate the encryption keys</translation>
    </message>
    <message>
        <source>mengubah pengaturan program</source>
        <translation>change the programme settings</translation>
    </message>
    <message>
        <source>%1 dan %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>Peran &lt;b&gt;%1&lt;/b&gt; berubah dari %2 menjadi &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>The role of &lt;b&gt;%1&lt;/b&gt; changes from %2 to &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Sesudahnya %1 juga dapat %2.</source>
        <translation>Afterwards %1 can also %2.</translation>
    </message>
    <message>
        <source>%1 tidak lagi dapat %2.</source>
        <translation>%1 will no longer be able to %2.</translation>
    </message>
    <message>
        <source>Berlaku saat %1 masuk berikutnya; sesi yang sedang terbuka tetap memakai peran lama sampai keluar atau terkunci. Perubahan dicatat di log audit.</source>
        <translation>It applies when %1 next signs in; a session already open keeps the old role until it is signed out or locked. The change is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>Kata sandi sendiri dapat diubah dengan 'prakerjactl user passwd'.</source>
        <translation>You can change your own password with 'prakerjactl user passwd'.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
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
        <source>Masuk terakhir (WIB)</source>
        <translation>Last sign-in (WIB)</translation>
    </message>
    <message>
        <source>Kata sandi diubah</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>&amp;Buka kunci</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Atur ulang &amp;kata sandi</source>
        <translation>Reset &amp;password</translation>
    </message>
    <message>
        <source>Ubah &amp;peran</source>
        <translation>Change &amp;role</translation>
    </message>
    <message>
        <source>Mengubah peran operator terpilih menjadi peran di sebelah kiri</source>
        <translation>Changes the selected operator's role to the role on the left</translation>
    </message>
    <message>
        <source>Tambah operator</source>
        <translation>Add operator</translation>
    </message>
    <message>
        <source>&amp;Tambah</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Kunci enkripsi</source>
        <translation>Encryption key</translation>
    </message>
    <message>
        <source>&amp;Rotasi kunci</source>
        <translation>&amp;Rotate key</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Mengenkripsi ulang semua NIK, KK, email dan telepon dengan kunci baru; dapat dilanjutkan bila terputus. Cadangkan berkas kunci sesudahnya.</source>
        <translation>Re-encrypts every NIK, KK, email and phone under a new key; resumable if interrupted. Back up the key file afterwards.</translation>
    </message>
    <message>
        <source>Rotasi kunci?</source>
        <translation>Rotate keys?</translation>
    </message>
    <message>
        <source>Semua NIK, KK, email dan telepon dienkripsi ulang dengan generasi kunci baru dan kunci lama dipensiunkan. Pada jutaan pendaftar ini memakan waktu lama; rotasi dapat dihentikan dan dilanjutkan.&lt;br&gt;&lt;br&gt;Sesudahnya &lt;b&gt;cadangkan berkas kunci&lt;/b&gt;: cadangan lama tidak dapat membuka data lagi, dan konsol perlu dimulai ulang.</source>
        <translation>Every NIK, KK, email and phone is re-encrypted under a new key generation and the old keys are retired. With millions of applicants this takes long; the rotation can be stopped and resumed.&lt;br&gt;&lt;br&gt;Afterwards &lt;b&gt;back up the key file&lt;/b&gt;: old backups can no longer open the data, and the console must be restarted.</translation>
    </message>
    <message>
        <source>Mulai rotasi</source>
        <translation>Start rotation</translation>
    </message>
    <message>
        <source>Rotasi berjalan…</source>
        <translation>Rotation running…</translation>
    </message>
    <message>
        <source>Rotasi gagal: %1</source>
        <translation>Rotation failed: %1</translation>
    </message>
    <message>
        <source>Rotasi dihentikan; tekan Rotasi kunci lagi untuk melanjutkan.</source>
        <translation>Rotation stopped; press Rotate key again to resume.</translation>
    </message>
    <message>
        <source>Rotasi selesai; kunci lama dipensiunkan. Cadangkan berkas kunci sekarang dan mulai ulang konsol.</source>
        <translation>Rotation finished; the old key is retired. Back up the key file now and restart the console.</translation>
    </message>
    <message>
        <source>Nonaktifkan %1?</source>
        <translation>Disable %1?</translation>
    </message>
    <message>
        <source>Operator &lt;b&gt;%1&lt;/b&gt; (%2) tidak dapat masuk lagi sampai seorang administrator mengaktifkannya kembali. Sesi yang sedang terbuka terkunci pada penguncian berikutnya.</source>
        <translation>Operator &lt;b&gt;%1&lt;/b&gt; (%2) can no longer sign in until an administrator enables the account again. An open session locks at its next lock.</translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Operator %1 ditambahkan</source>
        <translation>Operator %1 added</translation>
    </message>
    <message>
        <source>Kata sandi %1 diatur ulang</source>
        <translation>Password of %1 reset</translation>
    </message>
    <message>
        <source>Operator %1 dinonaktifkan</source>
        <translation>Operator %1 disabled</translation>
    </message>
    <message>
        <source>Operator %1 diaktifkan kembali</source>
        <translation>Operator %1 enabled again</translation>
    </message>
    <message>
        <source>Peran %1 diubah; berlaku saat %1 masuk berikutnya</source>
        <translation>Role of %1 changed; it applies when %1 next signs in</translation>
    </message>
    <message>
        <source>Kunci operator %1 dibuka</source>
        <translation>Operator %1 unlocked</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <source>Menambahkan…</source>
        <translation>Adding…</translation>
    </message>
    <message>
        <source>Ubah peran %1?</source>
        <translation>Change the role of %1?</translation>
    </message>
    <message>
        <source>Ubah peran</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Mengubah peran…</source>
        <translation>Changing the role…</translation>
    </message>
    <message>
        <source>&amp;Aktifkan</source>
        <translation>&amp;Enable</translation>
    </message>
    <message>
        <source>Daftar operator</source>
        <translation>List of operators</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Terkunci sampai %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>prakerja::PlatformDialog</name>
    <message>
        <source>Tambah platform mitra</source>
        <translation>Add a partner platform</translation>
    </message>
    <message>
        <source>Ubah platform %1</source>
        <translation>Edit platform %1</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Situs web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Narahubung</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Email narahubung</source>
        <translation>Contact email</translation>
    </message>
    <message>
        <source>TTTT-BB-HH</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Perjanjian mulai</source>
        <translation>Agreement starts</translation>
    </message>
    <message>
        <source>Perjanjian berakhir</source>
        <translation>Agreement ends</translation>
    </message>
    <message>
        <source>persen, mis. 12,5</source>
        <translation>per cent, e.g. 12,5</translation>
    </message>
    <message>
        <source>Komisi (%)</source>
        <translation>Commission (%)</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>prakerja::PlatformsPage</name>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
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
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Komisi</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Perjanjian</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Narahubung</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&amp;Tambah…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Tan&amp;gguhkan…</source>
        <translation>S&amp;uspend…</translation>
    </message>
    <message>
        <source>&amp;Pulihkan</source>
        <translation>&amp;Reinstate</translation>
    </message>
    <message>
        <source>Tangguhkan %1</source>
        <translation>Suspend %1</translation>
    </message>
    <message>
        <source>Pelatihannya yang terbit (%1) keluar dari katalog sampai dipulihkan. Alasan:</source>
        <translation>Its published trainings (%1) leave the catalogue until it is reinstated. Reason:</translation>
    </message>
    <message>
        <source>Tersimpan dan dicatat di log audit.</source>
        <translation>Saved and recorded in the audit log.</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Daftar mitra platform</source>
        <translation>List of partner platforms</translation>
    </message>
</context>
<context>
    <name>prakerja::RevealDialog</name>
    <message>
        <source>Buka %1</source>
        <translation>Reveal %1</translation>
    </message>
    <message>
        <source>Tuliskan alasan membuka %1, misalnya "penelepon lolos pertanyaan identitas". Alasan dan nama Anda dicatat di log audit.</source>
        <translation>Type why you reveal the %1, for example "the caller passed the identity questions". The reason and your name go to the audit log.</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>prakerja::SettingsPage</name>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Tampilan</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Berlaku saat konsol dibuka lagi.</source>
        <translation>Takes effect when the console is next opened.</translation>
    </message>
    <message>
        <source>Pengaturan program hanya dapat diubah oleh %1.</source>
        <translation>Programme settings can only be changed by %1.</translation>
    </message>
    <message>
        <source>Keamanan masuk</source>
        <translation>Sign-in security</translation>
    </message>
    <message>
        <source>Kunci konsol setelah &amp;tidak aktif</source>
        <translation>Lock the console after &amp;inactivity</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Kunci akun setelah &amp;gagal masuk</source>
        <translation>Lock an account after &amp;failed sign-ins</translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia (Indonesian)</translation>
    </message>
    <message>
        <source>English (bahasa Inggris)</source>
        <translation>English</translation>
    </message>
    <message>
        <source> kali</source>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;Lama akun terkunci</source>
        <translation>Account &amp;lock duration</translation>
    </message>
    <message>
        <source>Anggaran program</source>
        <translation>Programme budget</translation>
    </message>
    <message>
        <source>&amp;Total anggaran (Rp)</source>
        <translation>&amp;Total budget (Rp)</translation>
    </message>
    <message>
        <source>Bantuan pelatihan per peserta</source>
        <translation>Training credit per participant</translation>
    </message>
    <message>
        <source>Insentif per bulan</source>
        <translation>Incentive per month</translation>
    </message>
    <message>
        <source>Bulan insentif</source>
        <translation>Incentive months</translation>
    </message>
    <message>
        <source> bulan</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Insentif per survei</source>
        <translation>Incentive per survey</translation>
    </message>
    <message>
        <source>Jumlah survei</source>
        <translation>Number of surveys</translation>
    </message>
    <message>
        <source> survei</source>
        <translation> surveys</translation>
    </message>
    <message>
        <source>Aturan bawaan gelombang baru</source>
        <translation>Default rules for new waves</translation>
    </message>
    <message>
        <source>Telepon harus terverifikasi</source>
        <translation>Phone must be verified</translation>
    </message>
    <message>
        <source>Peserta per kartu keluarga</source>
        <translation>Participants per family card</translation>
    </message>
    <message>
        <source> orang</source>
        <translation> people</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Kecepatan simulasi saat pertama dibuka</source>
        <translation>Simulation speed on first start</translation>
    </message>
    <message>
        <source>× (0 = mati)</source>
        <translation>× (0 = off)</translation>
    </message>
    <message>
        <source>Isi nilai &amp;bawaan</source>
        <translation>Fill in &amp;defaults</translation>
    </message>
    <message>
        <source>Mengisi kolom dengan nilai bawaan; belum disimpan sebelum Simpan ditekan.</source>
        <translation>Fills the fields with the defaults; nothing is saved until Save is pressed.</translation>
    </message>
    <message>
        <source>&amp;Urungkan perubahan</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Nilai bawaan diisi; tekan Simpan untuk memakainya.</source>
        <translation>Defaults filled in; press Save to use them.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Tidak tersimpan: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Tersimpan dan tercatat di log audit. Bahasa berlaku saat konsol dibuka lagi.</source>
        <translation>Saved and recorded in the audit log. The language takes effect when the console is next opened.</translation>
    </message>
    <message>
        <source>Tersimpan dan tercatat di log audit.</source>
        <translation>Saved and recorded in the audit log.</translation>
    </message>
    <message>
        <source>Isi pengaturan</source>
        <translation>Settings contents</translation>
    </message>
</context>
<context>
    <name>prakerja::SpendingPanel</name>
    <message>
        <source>Gelombang:</source>
        <translation>Wave:</translation>
    </message>
    <message>
        <source>Semua gelombang</source>
        <translation>All waves</translation>
    </message>
    <message>
        <source>Muat &amp;ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Pembelian</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>Rupiah</source>
        <translation>Rupiah</translation>
    </message>
    <message>
        <source>Tingkat selesai</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <source>Median hari</source>
        <translation>Median days</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Pelatihan teratas</source>
        <translation>Top trainings</translation>
    </message>
    <message>
        <source>Kategori menurut belanja</source>
        <translation>Categories by spending</translation>
    </message>
    <message>
        <source>Median jumlah hari dari pengumuman kelulusan peserta sampai pembelian pelatihan.</source>
        <translation>Median number of days from the participant's selection announcement to the training purchase.</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Laporan belanja tidak dapat dibaca: %1</source>
        <translation>The spending report could not be read: %1</translation>
    </message>
    <message>
        <source>Belum ada pembelian pelatihan%1.</source>
        <translation>No training purchases yet%1.</translation>
    </message>
    <message>
        <source> di gelombang %1</source>
        <translation> in wave %1</translation>
    </message>
    <message>
        <source>%1 pembelian, %2 dibelanjakan, %3 selesai, median %4 hari dari pengumuman ke pembelian.</source>
        <translation>%1 purchases, %2 spent, %3 completed, median %4 days from announcement to purchase.</translation>
    </message>
</context>
<context>
    <name>prakerja::StageTile</name>
    <message>
        <source>100 % · tahap pertama</source>
        <translation>100 % · first stage</translation>
    </message>
    <message>
        <source>%1 dari pendaftar · %2 dari tahap sebelumnya</source>
        <translation>%1 of registrations · %2 of previous stage</translation>
    </message>
    <message>
        <source>+%1 pada menit terakhir</source>
        <translation>+%1 in the last minute</translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation>%1: %2 · %3</translation>
    </message>
</context>
<context>
    <name>prakerja::TrainingEditor</name>
    <message>
        <source>Pilih pelatihan di tabel.</source>
        <translation>Choose a training in the table.</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Tingkat</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Moda</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Izin kesehatan dan keselamatan ada</source>
        <translation>Health and safety clearance given</translation>
    </message>
    <message>
        <source>rupiah, mis. 350.000</source>
        <translation>rupiah, e.g. 350.000</translation>
    </message>
    <message>
        <source>Harga (Rp)</source>
        <translation>Price (Rp)</translation>
    </message>
    <message>
        <source>Durasi (jam)</source>
        <translation>Duration (hours)</translation>
    </message>
    <message>
        <source>Deskripsi</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Tolak…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Terbitkan</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Hentikan</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Tolak pelatihan</source>
        <translation>Reject training</translation>
    </message>
    <message>
        <source>Alasan penolakan:</source>
        <translation>Reason for rejecting:</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Pemeriksaan</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Alasan mengabaikan tanda</source>
        <translation>Reason for dismissing the flag</translation>
    </message>
    <message>
        <source>&amp;Abaikan tanda</source>
        <translation>&amp;Dismiss flag</translation>
    </message>
    <message>
        <source>Tanda kurasi</source>
        <translation>Curation flags</translation>
    </message>
    <message>
        <source>Waktu (WIB)</source>
        <translation>Time (WIB)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Menjadi</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source> — ditahan selama platform ditangguhkan</source>
        <translation> — held while the platform is suspended</translation>
    </message>
    <message>
        <source> — alasan: %1</source>
        <translation> — reason: %1</translation>
    </message>
    <message>
        <source>%1 · versi %2 · diubah %3 oleh %4</source>
        <translation>%1 · version %2 · changed %3 by %4</translation>
    </message>
    <message>
        <source>%1 (diabaikan: %2)</source>
        <translation>%1 (dismissed: %2)</translation>
    </message>
    <message>
        <source>Tanda kurasi (%1)</source>
        <translation>Curation flags (%1)</translation>
    </message>
    <message>
        <source>bukan rupiah utuh (350000 atau 350.000)</source>
        <translation>not whole rupiah (350000 or 350.000)</translation>
    </message>
</context>
<context>
    <name>prakerja::TrainingTableModel</name>
    <message>
        <source>%1 (ditahan)</source>
        <translation>%1 (held)</translation>
    </message>
    <message>
        <source>⚑ %1</source>
        <translation>⚑ %1</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Tingkat</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Moda</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Jam</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tanda</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>%1
%2 · %3 · %4 · %5 jam</source>
        <translation>%1
%2 · %3 · %4 · %5 hours</translation>
    </message>
</context>
<context>
    <name>prakerja::WavesPage</name>
    <message>
        <source>Gelombang</source>
        <translation>Waves</translation>
    </message>
    <message>
        <source>Buat…</source>
        <translation>Create…</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Batalkan gelombang</source>
        <translation>Cancel wave</translation>
    </message>
    <message>
        <source>Uji coba undian</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <source>Bandingkan aturan…</source>
        <translation>Compare rules…</translation>
    </message>
    <message>
        <source>Undi</source>
        <translation>Draw</translation>
    </message>
    <message>
        <source>Umumkan</source>
        <translation>Announce</translation>
    </message>
    <message>
        <source>Verifikasi</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Dibuka (WIB)</source>
        <translation>Opens (WIB)</translation>
    </message>
    <message>
        <source>Ditutup (WIB)</source>
        <translation>Closes (WIB)</translation>
    </message>
    <message>
        <source>Kuota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Terpilih</source>
        <translation>Selected</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Daftar gelombang</source>
        <translation>Waves</translation>
    </message>
    <message>
        <source>Cakupan daftar rujukan</source>
        <translation>Reference-list coverage</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Dari NIK di tiap daftar rujukan, per sumber: berapa yang sudah mendaftar Prakerja, NIK-nya terverifikasi, ikut gelombang dan terpilih. Tercatat di daftar bukan berarti mendaftar.</source>
        <translation>Of the NIKs on each reference list, by source: how many have registered with Prakerja, had the NIK verified, joined a wave and were selected. Being listed is not registering.</translation>
    </message>
    <message>
        <source>Daftar</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tercatat</source>
        <translation>Listed</translation>
    </message>
    <message>
        <source>Mendaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Belum mendaftar</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>NIK terverifikasi</source>
        <translation>NIK verified</translation>
    </message>
    <message>
        <source>Ikut gelombang</source>
        <translation>Joined a wave</translation>
    </message>
    <message>
        <source>Riwayat impor daftar</source>
        <translation>List import history</translation>
    </message>
    <message>
        <source>Waktu (WIB)</source>
        <translation>Time (WIB)</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>NIK ditambahkan</source>
        <translation>NIKs added</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Belum ada daftar rujukan yang diimpor: tabel ini terisi setelah daftar Dapodik, DTKS, Kemnaker atau pengecualian diimpor (Berkas › Impor feed atau daftar NIK…).</source>
        <translation>No reference list imported yet: this table fills once a Dapodik, DTKS, Kemnaker or exclusion list is imported (File › Import feed or NIK list…).</translation>
    </message>
    <message>
        <source>(sumber tidak dicatat)</source>
        <translation>(source not recorded)</translation>
    </message>
    <message>
        <source>dihapus %1</source>
        <translation>removed %1</translation>
    </message>
    <message>
        <source>berlaku</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>Membuat gelombang…</source>
        <translation>Creating the wave…</translation>
    </message>
    <message>
        <source>Gelombang %1</source>
        <translation>Wave %1</translation>
    </message>
    <message>
        <source>Gelombang %1 (%2)</source>
        <translation>Wave %1 (%2)</translation>
    </message>
    <message>
        <source>ikut otomatis ke gelombang berikutnya</source>
        <translation>move to the next wave automatically</translation>
    </message>
    <message>
        <source>harus bergabung lagi ke gelombang berikutnya</source>
        <translation>must join the next wave again</translation>
    </message>
    <message>
        <source>Tutup gelombang %1?</source>
        <translation>Close wave %1?</translation>
    </message>
    <message>
        <source>Tutup gelombang</source>
        <translation>Close wave</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; ditutup: tidak ada lagi pendaftar yang dapat bergabung, dan gelombang tidak dapat dibuka kembali.&lt;br&gt;&lt;br&gt;Pool saat ini: &lt;b&gt;%2&lt;/b&gt; anggota · kuota &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; closes: no more applicants can join, and the wave cannot be opened again.&lt;br&gt;&lt;br&gt;Pool now: &lt;b&gt;%2&lt;/b&gt; members · quota &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Waktu tutup terencana %1 — menutup sekarang %2 lebih awal.</source>
        <translation>Planned closing time %1 — closing now is %2 early.</translation>
    </message>
    <message>
        <source>Batalkan gelombang %1?</source>
        <translation>Cancel wave %1?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; dibatalkan dan tidak dapat diundi atau diumumkan lagi. Pembatalan tidak dapat diurungkan.&lt;br&gt;&lt;br&gt;Anggota: &lt;b&gt;%2&lt;/b&gt; — mereka harus bergabung lagi ke gelombang berikutnya.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; is cancelled and can no longer be drawn or announced. Cancelling cannot be undone.&lt;br&gt;&lt;br&gt;Members: &lt;b&gt;%2&lt;/b&gt; — they must join the next wave again.</translation>
    </message>
    <message>
        <source>Hasil undian gelombang ini (%1 terpilih) dihapus.</source>
        <translation>This wave's draw result (%1 selected) is deleted.</translation>
    </message>
    <message>
        <source>Undi gelombang %1?</source>
        <translation>Draw wave %1?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; diundi sekarang: benih diungkap dan hasilnya tidak dapat diulang.&lt;br&gt;&lt;br&gt;Pool: &lt;b&gt;%2&lt;/b&gt; anggota yang bergabung sampai penutupan (ditambah pendaftar ulang dari gelombang sebelumnya bila ada) · kuota &lt;b&gt;%3&lt;/b&gt;&lt;br&gt;Tidak terpilih: sekitar &lt;b&gt;%4&lt;/b&gt;, yang %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; is drawn now: the seed is revealed and the result cannot be redone.&lt;br&gt;&lt;br&gt;Pool: &lt;b&gt;%2&lt;/b&gt; members who joined by the close (plus repeat applicants from earlier waves, if any) · quota &lt;b&gt;%3&lt;/b&gt;&lt;br&gt;Not selected: about &lt;b&gt;%4&lt;/b&gt;, who %5.</translation>
    </message>
    <message>
        <source>Umumkan gelombang %1?</source>
        <translation>Announce wave %1?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; diumumkan: kelayakan diperiksa ulang, lalu &lt;b&gt;%2&lt;/b&gt; terpilih menjadi peserta (dari pool %3).&lt;br&gt;&lt;br&gt;Anggaran yang terikat: &lt;b&gt;%4&lt;/b&gt; (%2 × %5)&lt;br&gt;Sisa anggaran program setelahnya: %6&lt;br&gt;Yang tidak terpilih %7.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; is announced: eligibility is checked again, then &lt;b&gt;%2&lt;/b&gt; selected become participants (from a pool of %3).&lt;br&gt;&lt;br&gt;Budget committed: &lt;b&gt;%4&lt;/b&gt; (%2 × %5)&lt;br&gt;Programme budget left afterwards: %6&lt;br&gt;Those not selected %7.</translation>
    </message>
    <message>
        <source>Waktu tutup terencana %1 belum tiba (%2 lagi).</source>
        <translation>The planned closing time %1 has not come yet (%2 from now).</translation>
    </message>
    <message>
        <source>Pengumuman terencana %1 — mengumumkan sekarang %2 lebih awal.</source>
        <translation>Planned announcement %1 — announcing now is %2 early.</translation>
    </message>
    <message>
        <source>Sedang berjalan…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <source>Aturan pembanding (JSON)</source>
        <translation>Comparison rules (JSON)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Anggaran&lt;/b&gt;&lt;br&gt;Per peserta %1 · program %2&lt;br&gt;Terikat %3 · sisa %4&lt;br&gt;Perkiraan gelombang yang masih mungkin: %5 (anggaran %6, pool %7)</source>
        <translation>&lt;b&gt;Budget&lt;/b&gt;&lt;br&gt;Per participant %1 · programme %2&lt;br&gt;Committed %3 · remaining %4&lt;br&gt;Forecast of waves still possible: %5 (budget %6, pool %7)</translation>
    </message>
    <message>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Hasil undian tersimpan: </source>
        <translation>Stored draw results: </translation>
    </message>
    <message>
        <source>Uji coba (tidak ada yang ditulis): </source>
        <translation>Dry run (nothing written): </translation>
    </message>
    <message>
        <source>Undian selesai: </source>
        <translation>Draw finished: </translation>
    </message>
    <message>
        <source>pool %1, memenuhi syarat %2, terpilih %3</source>
        <translation>pool %1, eligible %2, selected %3</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Belum ada gelombang.</source>
        <translation>No waves yet.</translation>
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
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Dibuka %3 · ditutup %4&lt;br&gt;Pengumuman %5 · pelatihan %6&lt;br&gt;Kuota %7 · pool %8 · terpilih %9&lt;br&gt;Sisa pool ke gelombang berikut: %10&lt;br&gt;&lt;br&gt;&lt;b&gt;Aturan&lt;/b&gt; (versi %11)&lt;br&gt;Usia minimum %12 · email wajib %13 · NIK wajib %14 · telepon wajib %15&lt;br&gt;Bukan pelajar (Dapodik) %16 · bukan daftar pengecualian %17 · maks. %18 peserta per KK&lt;br&gt;Urutan prioritas:&lt;br&gt;%19&lt;br&gt;Bonus pendaftar ulang: %20 · kuota provinsi: %21&lt;br&gt;&lt;br&gt;&lt;b&gt;Komitmen benih&lt;/b&gt; (SHA-256)&lt;br&gt;&lt;tt&gt;%22&lt;/tt&gt;&lt;br&gt;&lt;b&gt;Benih&lt;/b&gt;&lt;br&gt;&lt;tt&gt;%23&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Opens %3 · closes %4&lt;br&gt;Announcement %5 · training %6&lt;br&gt;Quota %7 · pool %8 · selected %9&lt;br&gt;Unselected pool to the next wave: %10&lt;br&gt;&lt;br&gt;&lt;b&gt;Rules&lt;/b&gt; (version %11)&lt;br&gt;Minimum age %12 · email required %13 · NIK required %14 · phone required %15&lt;br&gt;Not a student (Dapodik) %16 · not on the exclusion list %17 · at most %18 participants per family card&lt;br&gt;Priority order:&lt;br&gt;%19&lt;br&gt;Repeat-applicant bonus: %20 · province quotas: %21&lt;br&gt;&lt;br&gt;&lt;b&gt;Seed commitment&lt;/b&gt; (SHA-256)&lt;br&gt;&lt;tt&gt;%22&lt;/tt&gt;&lt;br&gt;&lt;b&gt;Seed&lt;/b&gt;&lt;br&gt;&lt;tt&gt;%23&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>%1 sejauh ini</source>
        <translation>%1 so far</translation>
    </message>
    <message>
        <source>otomatis</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>harus bergabung lagi</source>
        <translation>must join again</translation>
    </message>
    <message>
        <source>sebanding pool</source>
        <translation>in proportion to the pool</translation>
    </message>
    <message>
        <source>tabel bobot</source>
        <translation>weight table</translation>
    </message>
    <message>
        <source>(disegel sampai undian)</source>
        <translation>(sealed until the draw)</translation>
    </message>
    <message>
        <source>Grafik hasil muncul setelah uji coba undian atau undian.</source>
        <translation>Result charts appear after a dry run or the draw.</translation>
    </message>
    <message>
        <source>Memuat hasil undian…</source>
        <translation>Loading the draw results…</translation>
    </message>
    <message>
        <source>Undian hanya dapat dijalankan oleh %1.</source>
        <translation>Only %1 can run the draw.</translation>
    </message>
    <message>
        <source> — uji coba, bukan hasil undian</source>
        <translation> — dry run, not a draw result</translation>
    </message>
    <message>
        <source>Tingkat %1 · %2</source>
        <translation>Tier %1 · %2</translation>
    </message>
    <message>
        <source>Terpilih per provinsi (10 terbesar)</source>
        <translation>Selected by province (ten largest)</translation>
    </message>
    <message>
        <source>Tanggal ini tumpang tindih dengan gelombang %1 yang sedang dibuka (%2 – %3). Pendaftar dapat bergabung ke dua gelombang sekaligus. Tekan OK lagi untuk tetap membuat.</source>
        <translation>These dates overlap wave %1, which is open (%2 – %3). Applicants could join both waves at once. Press OK again to create it anyway.</translation>
    </message>
    <message>
        <source>Grafik</source>
        <translation>Charts</translation>
    </message>
    <message numerus="yes">
        <source>%n hari</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n jam</source>
        <translation><numerusform>%n hour</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n menit</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message>
        <source>Aturan gelombang</source>
        <translation>Wave rules</translation>
    </message>
    <message>
        <source>Aturan pembanding</source>
        <translation>Comparison rules</translation>
    </message>
    <message>
        <source>Tingkat %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>Tingkat</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Terpilih per tingkat prioritas</source>
        <translation>Selected by priority tier</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Terpilih per jenis kelamin</source>
        <translation>Selected by sex</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Usia</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Terpilih per kelompok usia</source>
        <translation>Selected by age band</translation>
    </message>
    <message>
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Segmen</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Terpilih per segmen</source>
        <translation>Selected by segment</translation>
    </message>
    <message>
        <source>Pool vs kuota</source>
        <translation>Pool vs quota</translation>
    </message>
    <message>
        <source>Pool, memenuhi syarat, kuota, terpilih</source>
        <translation>Pool, eligible, quota, selected</translation>
    </message>
    <message>
        <source>Memenuhi syarat</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Daftar Kemnaker</source>
        <translation>Kemnaker list</translation>
    </message>
    <message>
        <source>Cakupan daftar Kemnaker (pekerja terdampak)</source>
        <translation>Coverage of the Kemnaker list (affected workers)</translation>
    </message>
    <message>
        <source>Di pool</source>
        <translation>In the pool</translation>
    </message>
    <message>
        <source>Gelombang baru</source>
        <translation>New wave</translation>
    </message>
    <message>
        <source>Otomatis ke gelombang berikut</source>
        <translation>Automatically into the next wave</translation>
    </message>
    <message>
        <source>Harus bergabung lagi</source>
        <translation>Must join again</translation>
    </message>
    <message>
        <source>Telepon harus terverifikasi</source>
        <translation>Phone must be verified</translation>
    </message>
    <message>
        <source>Kuota per provinsi sebanding pool</source>
        <translation>Province quotas in proportion to the pool</translation>
    </message>
    <message>
        <source>Dibuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Sisa pool</source>
        <translation>Unselected pool</translation>
    </message>
    <message>
        <source>Maks. peserta per KK</source>
        <translation>Max. participants per family card</translation>
    </message>
    <message>
        <source>Waktu tutup harus setelah waktu buka.</source>
        <translation>The closing time must be after the opening time.</translation>
    </message>
    <message>
        <source>Rincian gelombang</source>
        <translation>Wave details</translation>
    </message>
</context>
</TS>
<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>PageWidgets</name>
    <message>
        <location filename="../../ui/PageWidgets.cpp" line="27" />
        <source>%1 dan %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <location filename="../../ui/PageWidgets.cpp" line="32" />
        <source>Hanya untuk %1.</source>
        <translation>Only for %1.</translation>
    </message>
    <message>
        <location filename="../../ui/PageWidgets.cpp" line="37" />
        <source>Halaman ini hanya untuk %1; peran Anda (%2) tidak dapat membukanya.</source>
        <translation>This page is only for %1; your role (%2) cannot open it.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/ConsoleStartup.cpp" line="33" />
        <source>Memperbarui basis data ke skema %1 dari %2 …&lt;br&gt;Dengan jutaan pendaftar ini dapat memakan waktu beberapa menit; jangan tutup konsol.</source>
        <translation>Upgrading the database to schema %1 of %2 …&lt;br&gt;With millions of applicants this can take minutes; do not close the console.</translation>
    </message>
    <message>
        <location filename="../../ui/ConsoleStartup.cpp" line="56" />
        <source>Konsol Operator Prakerja</source>
        <translation>Prakerja Operator Console</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../../ui/ReportWriter.cpp" line="40" />
        <source>Tidak dapat menulis %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <location filename="../../ui/ReportWriter.cpp" line="46" />
        <source>Dibuat %1</source>
        <translation>Made %1</translation>
    </message>
    <message>
        <location filename="../../ui/ReportWriter.cpp" line="47" />
        <source>Dibuat %1 oleh %2</source>
        <translation>Made %1 by %2</translation>
    </message>
    <message>
        <location filename="../../ui/ReportWriter.cpp" line="55" />
        <source>Program Kartu Prakerja · Konsol Operator</source>
        <translation>Kartu Prakerja programme · Operator Console</translation>
    </message>
    <message>
        <location filename="../../ui/ReportWriter.cpp" line="64" />
        <source>Halaman %1 dari %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <location filename="../../ui/Translations.cpp" line="32" />
        <source>Konsol Operator Prakerja</source>
        <translation>Prakerja Operator Console</translation>
    </message>
</context>
<context>
    <name>prakerja::ApplicantsPage</name>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="42" />
        <source>Pendaftar</source>
        <translation>Applicants</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="44" />
        <source>Pencarian pendaftar hanya untuk agen call center, analis dan administrator. Peran Anda (%1) tidak memiliki izin %2.</source>
        <translation>Applicant search is for call-centre agents, analysts and administrators. Your role (%1) lacks the %2 permission.</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="65" />
        <source>NIK (16 digit), nomor telepon, email, atau nama</source>
        <translation>NIK (16 digits), phone number, email or name</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="68" />
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="107" />
        <source>Cari pendaftar</source>
        <translation>Find an applicant</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="108" />
        <location filename="../../ui/ApplicantsPage.cpp" line="379" />
        <source>Tiket</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="140" />
        <source>Pilih pendaftar di daftar hasil untuk melihat kartunya.</source>
        <translation>Choose an applicant in the results to see the card.</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="156" />
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="158" />
        <source>Tampilkan data ini tanpa samaran (dengan alasan, tercatat di log audit)</source>
        <translation>Show this unmasked (with a reason, recorded in the audit log)</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="167" />
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="170" />
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="179" />
        <source>Catatan panggilan</source>
        <translation>Call notes</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="193" />
        <location filename="../../ui/ApplicantsPage.cpp" line="308" />
        <source>Tandai selesai</source>
        <translation>Mark resolved</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="200" />
        <source>Apa yang ditanyakan penelepon dan apa jawaban Anda</source>
        <translation>What the caller asked and what you answered</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="203" />
        <source>Tambah catatan</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="207" />
        <source>Minta sistem pendaftaran</source>
        <translation>Ask the registration system</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="209" />
        <source>Permintaan tercatat dan diambil sistem pendaftaran; konsol ini tidak mengubah data pendaftar.</source>
        <translation>Requests are recorded and collected by the registration system; this console does not change the applicant's data.</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="220" />
        <source>Ejaan nama yang benar</source>
        <translation>Correct spelling of the name</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="227" />
        <source>Keterangan untuk sistem pendaftaran (boleh kosong)</source>
        <translation>Note for the registration system (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="230" />
        <source>Kirim permintaan</source>
        <translation>Send request</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="259" />
        <source>Tiket terbuka saya</source>
        <translation>My open tickets</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="260" />
        <source>Antrean tim (semua agen)</source>
        <translation>Team queue (all agents)</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="267" />
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="273" />
        <source>Semua umur</source>
        <translation>Any age</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="274" />
        <source>Lebih dari 1 jam</source>
        <translation>Older than 1 hour</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="275" />
        <source>Lebih dari 1 hari</source>
        <translation>Older than 1 day</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="276" />
        <source>Lebih dari 3 hari</source>
        <translation>Older than 3 days</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="277" />
        <source>Lebih dari 7 hari</source>
        <translation>Older than 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="280" />
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="292" />
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="292" />
        <source>Dibuat (WIB)</source>
        <translation>Opened (WIB)</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="292" />
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="292" />
        <source>No. pendaftar</source>
        <translation>Applicant no.</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="292" />
        <source>Agen</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="292" />
        <source>Isi catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="305" />
        <source>Buka kartu pendaftar</source>
        <translation>Open the applicant's card</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="333" />
        <source>baru saja</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="335" />
        <source>%1 menit</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="337" />
        <source>%1 jam</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="338" />
        <source>%1 hari</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="368" />
        <source>%1 tiket terbuka milik Anda</source>
        <translation>%1 open tickets of yours</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="369" />
        <source>%1 tiket terbuka di antrean tim</source>
        <translation>%1 open tickets in the team queue</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="375" />
        <source>Ditampilkan: %1 tiket kategori %2</source>
        <translation>Shown: %1 tickets in %2</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="379" />
        <source>Tiket (%1 terbuka)</source>
        <translation>Tickets (%1 open)</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="419" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="421" />
        <source>No. KK</source>
        <translation>Family card no.</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="423" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="425" />
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="456" />
        <source>Mencari…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="474" />
        <source>(agen melihat %1 hasil pertama; persempit pencarian)</source>
        <translation>(agents see the first %1 results; narrow the search)</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="477" />
        <source>(indeks nama sedang diperbarui: %1 pendaftar terbaru belum dapat dicari dengan nama)</source>
        <translation>(name index updating: the %1 newest applicants cannot be found by name yet)</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="485" />
        <source>NIK ini belum terdaftar di Prakerja, tetapi tercatat di: %1. Tercatat bukan berarti mendaftar: minta penelepon mendaftar di situs Prakerja.</source>
        <translation>This NIK has not registered with Prakerja, but it is listed on: %1. Being listed is not registering: ask the caller to register on the Prakerja site.</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="490" />
        <source>Tidak ada pendaftar yang cocok.</source>
        <translation>No applicant matches.</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="516" />
        <location filename="../../ui/ApplicantsPage.cpp" line="518" />
        <source>tidak diisi</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="531" />
        <source>Alasan NIK ditolak:</source>
        <translation>Why the NIK was rejected:</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="532" />
        <source>Riwayat (WIB)</source>
        <translation>History (WIB)</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="537" />
        <source>Gelombang</source>
        <translation>Waves</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="543" />
        <source>Kelayakan saat ini untuk gelombang %1</source>
        <translation>Eligibility now for wave %1</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="550" />
        <source>Pembelian pelatihan</source>
        <translation>Training purchase</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="555" />
        <source>Tercatat di daftar</source>
        <translation>On the lists</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="558" />
        <source>Permintaan ke sistem pendaftaran</source>
        <translation>Requests to the registration system</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="570" />
        <source>selesai</source>
        <translation>resolved</translation>
    </message>
    <message>
        <location filename="../../ui/ApplicantsPage.cpp" line="570" />
        <source>terbuka</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>prakerja::AuditPage</name>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="28" />
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="39" />
        <source>Operator</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="42" />
        <source>Tindakan, mis. operator atau auth.sign_in</source>
        <translation>Action, e.g. operator or auth.sign_in</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="47" />
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="53" />
        <source>Sampai</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="59" />
        <source>&amp;Terapkan</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="90" />
        <source>◀ Lebih baru</source>
        <translation>◀ Newer</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="92" />
        <source>Lebih lama ▶</source>
        <translation>Older ▶</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="96" />
        <source>&amp;Ekspor CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="106" />
        <source>&amp;Verifikasi rantai</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="112" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="132" />
        <source>Log audit tidak dapat dibaca: %1</source>
        <translation>Audit log cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="144" />
        <source>%1 baris diekspor ke %2</source>
        <translation>%1 rows exported to %2</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="145" />
        <source>Ekspor gagal: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="182" />
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="182" />
        <source>Halaman %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="189" />
        <source>Ekspor log audit</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="190" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="194" />
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="206" />
        <source>Memverifikasi rantai HMAC…</source>
        <translation>Verifying the HMAC chain…</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="217" />
        <source>Verifikasi gagal: %1</source>
        <translation>Verification failed: %1</translation>
    </message>
</context>
<context>
    <name>prakerja::AuditTableModel</name>
    <message>
        <location filename="../../models/itemmodels/AuditTableModel.cpp" line="62" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/AuditTableModel.cpp" line="64" />
        <source>Waktu (WIB)</source>
        <translation>Time (WIB)</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/AuditTableModel.cpp" line="66" />
        <source>Operator</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/AuditTableModel.cpp" line="68" />
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/AuditTableModel.cpp" line="70" />
        <source>Sasaran</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/AuditTableModel.cpp" line="72" />
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>prakerja::BudgetPanel</name>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="67" />
        <location filename="../../ui/BudgetPanel.cpp" line="127" />
        <source>Anggaran program</source>
        <translation>Programme budget</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="85" />
        <source>Terikat</source>
        <translation>Committed</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="86" />
        <source>Sisa</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="87" />
        <source>Gelombang yang masih mungkin</source>
        <translation>Waves still possible</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="97" />
        <source>Realisasi</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="98" />
        <source>Belum tersalurkan</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="99" />
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="101" />
        <source>Dibelanjakan untuk pelatihan, insentif dan insentif survei yang sudah dibayar.</source>
        <translation>Spent on training, incentives and survey incentives already paid.</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="103" />
        <source>Yang masih menjadi hak peserta aktif: terikat − realisasi − dikembalikan, per gelombang.</source>
        <translation>What active participants are still entitled to: committed − actual − returned, per wave.</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="104" />
        <source>Gelombang dengan kuota gelombang terakhir: yang lebih kecil dari sisa anggaran ÷ (kuota × biaya per peserta) dan pendaftar terverifikasi NIK yang belum menjadi peserta ÷ kuota.</source>
        <translation>Waves with the latest wave's quota: the smaller of the remaining budget ÷ (quota × cost per participant) and the NIK-verified applicants not yet participants ÷ quota.</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="158" />
        <source>Anggaran tidak dapat dibaca: %1</source>
        <translation>The budget could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="172" />
        <source>%1 peserta aktif</source>
        <translation>%1 active participants</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="175" />
        <source>cukup untuk %1 peserta lagi</source>
        <translation>enough for %1 more participants</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="178" />
        <source>menurut anggaran %1 · menurut pool %2</source>
        <translation>by budget %1 · by pool %2</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="183" />
        <source>pelatihan %1 · insentif %2 · survei %3</source>
        <translation>training %1 · incentives %2 · surveys %3</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="185" />
        <source>dari %1 terikat saat pengumuman</source>
        <translation>of %1 committed at the announcements</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/BudgetPanel.cpp" line="187" />
        <source>neraca seimbang di %n gelombang</source>
        <translation><numerusform>the ledger balances in %n wave</numerusform><numerusform>the ledger balances in %n waves</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="188" />
        <source>neraca tidak seimbang</source>
        <translation>the ledger does not balance</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="194" />
        <source>%1 dari %2 terpakai</source>
        <translation>%1 of %2 used</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="195" />
        <source>%1 per peserta · diperbarui %2</source>
        <translation>%1 per participant · updated %2</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="197" />
        <source>Terikat %1 · sisa %2 · %3 dari anggaran terpakai</source>
        <translation>Committed %1 · remaining %2 · %3 of the budget used</translation>
    </message>
</context>
<context>
    <name>prakerja::CataloguePage</name>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="57" />
        <source>Katalog pelatihan</source>
        <translation>Training catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="59" />
        <source>Katalog yang terbit, untuk menjawab peserta.</source>
        <translation>The published catalogue, for answering participants.</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="67" />
        <source>Cari judul atau deskripsi…</source>
        <translation>Search title or description…</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="77" />
        <source>Semua platform</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="78" />
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="79" />
        <source>Semua tingkat</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="82" />
        <source>Semua moda</source>
        <translation>All modes</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="85" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="92" />
        <source>Harga min</source>
        <translation>Min price</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="95" />
        <source>Harga maks</source>
        <translation>Max price</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="100" />
        <source>Bertanda</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="111" />
        <source>Ajukan terpilih</source>
        <translation>Submit selected</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="112" />
        <source>Setujui terpilih</source>
        <translation>Approve selected</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="113" />
        <source>Terbitkan terpilih</source>
        <translation>Publish selected</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="114" />
        <source>Hentikan terpilih</source>
        <translation>Retire selected</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="123" />
        <source>&amp;Impor…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="129" />
        <source>&amp;Ekspor…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="248" />
        <source>Tanda diabaikan dan dicatat di log audit.</source>
        <translation>Flag dismissed and recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="269" />
        <source>Impor katalog</source>
        <translation>Catalogue import</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="280" />
        <source>Impor selesai: %1 baru, %2 diperbarui, %3 tidak berubah, %4 ditolak.</source>
        <translation>Import done: %1 new, %2 updated, %3 unchanged, %4 rejected.</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="285" />
        <source>Tidak ada yang ditulis: %1 baris ditolak.</source>
        <translation>Nothing was written: %1 rows rejected.</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="291" />
        <source>%1 pelatihan diekspor.</source>
        <translation>%1 trainings exported.</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="343" />
        <source>Mencari…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="365" />
        <source>%1 pelatihan</source>
        <translation>%1 trainings</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="397" />
        <source>Tersimpan: %1 (versi %2).</source>
        <translation>Saved: %1 (version %2).</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="412" />
        <source>Versi tersimpan dimuat; suntingan Anda dibuang.</source>
        <translation>The stored version is loaded; your edits were dropped.</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="435" />
        <source>Ubah status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="436" />
        <source>Terapkan '%1' pada %2 pelatihan terpilih? Yang tidak boleh akan dilewati dan dilaporkan.</source>
        <translation>Apply '%1' to the %2 selected trainings? Those it does not apply to are skipped and reported.</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="455" />
        <source>… dan %1 lainnya</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="456" />
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="457" />
        <source>'%1': %2 diubah, %3 ditolak.</source>
        <translation>'%1': %2 changed, %3 refused.</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="463" />
        <source>Status diubah.</source>
        <translation>Status changed.</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="473" />
        <source>Impor pelatihan mitra</source>
        <translation>Import partner trainings</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="474" />
        <source>CSV atau JSON (*.csv *.json);;Semua berkas (*)</source>
        <translation>CSV or JSON (*.csv *.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="481" />
        <source>Ekspor katalog</source>
        <translation>Export catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="482" />
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>prakerja::ChartPanel</name>
    <message>
        <location filename="../../ui/ChartPanel.cpp" line="39" />
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/ChartPanel.cpp" line="41" />
        <source>Simpan grafik sebagai PNG</source>
        <translation>Save the chart as PNG</translation>
    </message>
    <message>
        <location filename="../../ui/ChartPanel.cpp" line="42" />
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/ChartPanel.cpp" line="44" />
        <source>Simpan data grafik sebagai CSV</source>
        <translation>Save the chart's data as CSV</translation>
    </message>
    <message>
        <location filename="../../ui/ChartPanel.cpp" line="61" />
        <source>Belum ada data.</source>
        <translation>No data yet.</translation>
    </message>
    <message>
        <location filename="../../ui/ChartPanel.cpp" line="215" />
        <source>Simpan grafik</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location filename="../../ui/ChartPanel.cpp" line="216" />
        <source>Gambar PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/ChartPanel.cpp" line="218" />
        <source>Gagal menyimpan %1</source>
        <translation>Could not save %1</translation>
    </message>
    <message>
        <location filename="../../ui/ChartPanel.cpp" line="224" />
        <source>Simpan data</source>
        <translation>Save data</translation>
    </message>
    <message>
        <location filename="../../ui/ChartPanel.cpp" line="225" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/ChartPanel.cpp" line="229" />
        <source>Gagal menyimpan %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
</context>
<context>
    <name>prakerja::ConfirmDialog</name>
    <message>
        <location filename="../../ui/ConfirmDialog.cpp" line="46" />
        <source>Ketik &lt;b&gt;%1&lt;/b&gt; untuk melanjutkan:</source>
        <translation>Type &lt;b&gt;%1&lt;/b&gt; to continue:</translation>
    </message>
</context>
<context>
    <name>prakerja::ConflictDialog</name>
    <message>
        <location filename="../../ui/ConflictDialog.cpp" line="17" />
        <source>Pelatihan sudah diubah orang lain</source>
        <translation>Someone else changed this training</translation>
    </message>
    <message>
        <location filename="../../ui/ConflictDialog.cpp" line="20" />
        <source>Anda menyunting versi %1, tetapi %2 menyimpan versi %3 pada %4. Tidak ada yang ditimpa. Bandingkan keduanya dan pilih.</source>
        <translation>You edited version %1, but %2 saved version %3 at %4. Nothing was overwritten. Compare both and choose.</translation>
    </message>
    <message>
        <location filename="../../ui/ConflictDialog.cpp" line="31" />
        <source>Kolom</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/ConflictDialog.cpp" line="31" />
        <source>Versi Anda</source>
        <translation>Your version</translation>
    </message>
    <message>
        <location filename="../../ui/ConflictDialog.cpp" line="31" />
        <source>Versi tersimpan (%1)</source>
        <translation>Stored version (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/ConflictDialog.cpp" line="59" />
        <source>Simpan versi &amp;saya</source>
        <translation>Save &amp;my version</translation>
    </message>
    <message>
        <location filename="../../ui/ConflictDialog.cpp" line="61" />
        <source>Pakai versi &amp;tersimpan</source>
        <translation>Take the &amp;stored version</translation>
    </message>
</context>
<context>
    <name>prakerja::ConnectionDialog</name>
    <message>
        <location filename="../../ui/ConnectionDialog.cpp" line="16" />
        <source>Sambungkan ke basis data</source>
        <translation>Connect to a database</translation>
    </message>
    <message>
        <location filename="../../ui/ConnectionDialog.cpp" line="18" />
        <source>Satu kursi: berkas SQLite (mis. ~/prakerja.db). Banyak kursi: server PostgreSQL, mis. postgresql://konsol@db1/prakerja?sslmode=verify-full atau host=db1 dbname=prakerja user=konsol. Kata sandi tidak ditulis di sini: libpq membacanya dari ~/.pgpass atau PGPASSWORD.</source>
        <translation>One seat: an SQLite file (e.g. ~/prakerja.db). Many seats: a PostgreSQL server, e.g. postgresql://konsol@db1/prakerja?sslmode=verify-full or host=db1 dbname=prakerja user=konsol. The password is not written here: libpq reads it from ~/.pgpass or PGPASSWORD.</translation>
    </message>
    <message>
        <location filename="../../ui/ConnectionDialog.cpp" line="27" />
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/ConnectionDialog.cpp" line="37" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/ConnectionDialog.cpp" line="38" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/ConnectionDialog.cpp" line="56" />
        <source>Dipakai saat konsol dimulai ulang: %1</source>
        <translation>Used when the console starts again: %1</translation>
    </message>
</context>
<context>
    <name>prakerja::DashboardPage</name>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="103" />
        <source>Corong pendaftaran</source>
        <translation>Registration funnel</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="107" />
        <source>Menunggu data…</source>
        <translation>Waiting for data…</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="110" />
        <location filename="../../ui/DashboardPage.cpp" line="313" />
        <source>Jeda</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="114" />
        <source>Jeda atau lanjutkan pembaruan langsung (Ctrl+P)</source>
        <translation>Pause or resume live updates (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="116" />
        <source>Laporan PDF…</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="122" />
        <source>Waktu menurut umpan pendaftaran (WIB): "jam terakhir", "24 jam terakhir" dan "menit terakhir" dihitung mundur dari kejadian terbaru, bukan dari jam dinding. Baris umpan yang ditolak tidak pernah dihitung.</source>
        <translation>Times follow the registration feed (WIB): "last hour", "last 24 hours" and "last minute" count back from the newest event, not the wall clock. Rejected feed lines never count.</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="142" />
        <source>Corong per tahap (dengan penurunan dari tahap sebelumnya)</source>
        <translation>Funnel by stage (with the drop from the previous stage)</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="144" />
        <location filename="../../ui/DashboardPage.cpp" line="224" />
        <source>Pendaftaran per menit</source>
        <translation>Registrations per minute</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="145" />
        <source>Pendaftar per provinsi (dari NIK)</source>
        <translation>Applicants by province (from the NIK)</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="146" />
        <source>Pendaftar per segmen</source>
        <translation>Applicants by segment</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="147" />
        <source>Bergabung per gelombang</source>
        <translation>Joined per wave</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="148" />
        <source>Penolakan NIK per alasan</source>
        <translation>NIK rejections by reason</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="151" />
        <source>Belum ada pendaftaran: corong terisi begitu umpan pendaftaran masuk.</source>
        <translation>No registrations yet: the funnel fills as soon as the registration feed arrives.</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="153" />
        <source>Belum ada pendaftaran, jadi belum ada provinsi untuk ditampilkan.</source>
        <translation>No registrations yet, so there are no provinces to show.</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="154" />
        <source>Belum ada pendaftaran, jadi belum ada segmen untuk ditampilkan.</source>
        <translation>No registrations yet, so there are no segments to show.</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="155" />
        <source>Belum ada pendaftar yang bergabung dengan gelombang.</source>
        <translation>No applicant has joined a wave yet.</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="156" />
        <source>Belum ada NIK yang ditolak Dukcapil.</source>
        <translation>No NIK has been rejected by the population registry yet.</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="187" />
        <source>Satu jam terakhir</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="188" />
        <source>24 jam terakhir</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="620" />
        <source>Data per %1 · kejadian terbaru %2 (waktu umpan, WIB). Baris umpan yang ditolak tidak pernah dihitung.</source>
        <translation>Data as of %1 · newest event %2 (feed time, WIB). Rejected feed lines are never counted.</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="624" />
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="624" />
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="624" />
        <source>Dari pendaftar</source>
        <translation>Of registered</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="624" />
        <source>Dari tahap sebelumnya</source>
        <translation>Of previous stage</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="191" />
        <source>Rentang khusus</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="226" />
        <source>Kumulatif</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="228" />
        <location filename="../../ui/DashboardPage.cpp" line="539" />
        <source>Menit puncak</source>
        <translation>Peak minute</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="236" />
        <source>WIB</source>
        <translation>WIB</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="239" />
        <source>per menit</source>
        <translation>per minute</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="242" />
        <source>kumulatif</source>
        <translation>cumulative</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="313" />
        <source>Lanjutkan</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="339" />
        <source>● Basis data tidak terjangkau: %1 — menyambung ulang otomatis…</source>
        <translation>● Database unreachable: %1 — reconnecting automatically…</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="346" />
        <location filename="../../ui/DashboardPage.cpp" line="623" />
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="348" />
        <source>❚❚ Dijeda · tampilan per %1 · data terbaru %2</source>
        <translation>❚❚ Paused · showing %1 · latest data %2</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="354" />
        <source>● Langsung · diperbarui %1 · kejadian terbaru %2</source>
        <translation>● Live · updated %1 · latest event %2</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="355" />
        <source> · tersambung kembali</source>
        <translation> · reconnected</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="499" />
        <source>%1 · %2 (−%3 · %4)</source>
        <translation>%1 · %2 (−%3 · %4)</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="535" />
        <source>Menit puncak: %1/menit, %2</source>
        <translation>Peak minute: %1/minute, %2</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="561" />
        <source>Puncak: %1 pendaftaran dalam satu menit pada %2 · %3 pendaftaran dalam rentang ini%4</source>
        <translation>Peak: %1 registrations in one minute at %2 · %3 registrations in this range%4</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="564" />
        <source> · titik = rata-rata per %1 menit</source>
        <translation> · point = average per %1 minutes</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="152" />
        <source>Belum ada pendaftaran dalam rentang ini.</source>
        <translation>No registrations in this range yet.</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="190" />
        <source>Sejak kejadian pertama</source>
        <translation>Since the first event</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/DashboardPage.cpp" line="597" />
        <source>Lainnya (%n provinsi di luar sepuluh teratas): %1 pendaftar (%2), tidak digambar agar sepuluh teratas tetap terbaca.</source>
        <translation><numerusform>Others (%n province outside the top ten): %1 applicants (%2), not drawn so that the top ten stay readable.</numerusform><numerusform>Others (%n provinces outside the top ten): %1 applicants (%2), not drawn so that the top ten stay readable.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="617" />
        <source>Laporan corong pendaftaran Prakerja</source>
        <translation>Prakerja registration funnel report</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="640" />
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="641" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>prakerja::ImportDialog</name>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="40" />
        <source>Impor data</source>
        <translation>Import data</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="46" />
        <source>Feed pendaftaran (JSON Lines)</source>
        <translation>Registration feed (JSON Lines)</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="49" />
        <source>Daftar NIK %1</source>
        <translation>NIK list %1</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="50" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="54" />
        <source>Siapa yang mengumpulkan daftar ini, mis. Disnaker Kota Bandung</source>
        <translation>Who collected this list, e.g. Disnaker Kota Bandung</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="56" />
        <source>Sumber daftar</source>
        <translation>List source</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="64" />
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="67" />
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="82" />
        <source>Baris</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="82" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="82" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="88" />
        <source>Simpan laporan penolakan…</source>
        <translation>Save reject report…</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="90" />
        <source>Hapus impor ini…</source>
        <translation>Remove this import…</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="92" />
        <source>Mengembalikan daftar NIK seperti sebelum impor ini, juga data undian pendaftar</source>
        <translation>Restores the NIK list as it was before this import, and the applicants' draw inputs with it</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="94" />
        <source>Mulai impor</source>
        <translation>Start import</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="97" />
        <location filename="../../ui/ImportDialog.cpp" line="282" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="140" />
        <source>Pilih berkas</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="141" />
        <source>Data (*.jsonl *.json *.csv *.txt);;Semua berkas (*)</source>
        <translation>Data (*.jsonl *.json *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="159" />
        <source>Pilih berkas yang ada dan dapat dibaca</source>
        <translation>Choose a file that exists and can be read</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="175" />
        <source>Menghitung NIK dalam berkas…</source>
        <translation>Counting the NIKs in the file…</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="208" />
        <source>Impor daftar NIK?</source>
        <translation>Import the NIK list?</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="209" />
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Berkas: %2&lt;br&gt;&lt;b&gt;%3&lt;/b&gt; baris NIK akan diperiksa dan ditambahkan ke daftar; NIK yang sudah ada dilewati. Daftar ini ikut menentukan kelayakan dan prioritas undian berikutnya.&lt;br&gt;&lt;br&gt;Impor dapat diambil kembali dengan «Hapus impor ini».</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;File: %2&lt;br&gt;&lt;b&gt;%3&lt;/b&gt; NIK lines will be checked and added to the list; NIKs already on it are skipped. The list takes part in the eligibility and priority of the next draws.&lt;br&gt;&lt;br&gt;The import can be taken back with «Remove this import».</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="215" />
        <source>Sumber: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="216" />
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="218" />
        <source>Impor dibatalkan; tidak ada yang ditulis.</source>
        <translation>Import cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="234" />
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="239" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="268" />
        <source>Diterima %1 · duplikat %2 · ditolak %3</source>
        <translation>Accepted %1 · duplicates %2 · rejected %3</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="285" />
        <source>Impor gagal: %1</source>
        <translation>Import failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="291" />
        <source>Impor %1 dihapus: %2 NIK keluar dari daftar; daftar kembali seperti sebelumnya.</source>
        <translation>Import %1 removed: %2 NIKs left the list; the list is as it was before.</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="301" />
        <source> — dibatalkan; batch yang sudah tersimpan tetap ada, impor ulang akan melewatinya</source>
        <translation> — cancelled; batches already stored stay, and importing again skips them</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="304" />
        <source> (menampilkan %1 penolakan pertama)</source>
        <translation> (showing the first %1 rejects)</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="312" />
        <source>Hapus impor %1?</source>
        <translation>Remove import %1?</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="313" />
        <source>NIK yang ditambahkan impor ini (%1, berkas %2) keluar dari daftar, dan data undian pendaftar kembali seperti sebelum impor. NIK dari impor lain tetap ada. Tercatat di log audit.</source>
        <translation>The NIKs this import added (%1, file %2) leave the list, and the applicants' draw inputs return to what they were before it. NIKs from other imports stay. Recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="316" />
        <source>Hapus impor</source>
        <translation>Remove import</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="322" />
        <source>Menghapus impor…</source>
        <translation>Removing the import…</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="330" />
        <source>Simpan laporan penolakan</source>
        <translation>Save reject report</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="348" />
        <source>Membatalkan setelah batch ini…</source>
        <translation>Cancelling after this batch…</translation>
    </message>
</context>
<context>
    <name>prakerja::ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/ImportPreviewDialog.cpp" line="19" />
        <source>Pratinjau impor: %1</source>
        <translation>Import preview: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ImportPreviewDialog.cpp" line="21" />
        <source>%1 baru, %2 diperbarui (kembali diajukan), %3 tidak berubah, %4 ditolak.</source>
        <translation>%1 new, %2 updated (back to submitted), %3 unchanged, %4 rejected.</translation>
    </message>
    <message>
        <location filename="../../ui/ImportPreviewDialog.cpp" line="25" />
        <source>Kolom tidak dikenal diabaikan: %1.</source>
        <translation>Unknown columns ignored: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/ImportPreviewDialog.cpp" line="32" />
        <source>Baris</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/ImportPreviewDialog.cpp" line="32" />
        <source>Platform/kode</source>
        <translation>Platform/code</translation>
    </message>
    <message>
        <location filename="../../ui/ImportPreviewDialog.cpp" line="32" />
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/ImportPreviewDialog.cpp" line="32" />
        <source>Putusan</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../ui/ImportPreviewDialog.cpp" line="32" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/ImportPreviewDialog.cpp" line="41" />
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/ImportPreviewDialog.cpp" line="44" />
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../ui/ImportPreviewDialog.cpp" line="47" />
        <source>Tidak berubah</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/ImportPreviewDialog.cpp" line="50" />
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/ImportPreviewDialog.cpp" line="70" />
        <source>Tulis semua atau tidak sama sekali (tidak ada yang ditulis bila ada baris ditolak)</source>
        <translation>All or nothing (nothing is written when any row is rejected)</translation>
    </message>
    <message>
        <location filename="../../ui/ImportPreviewDialog.cpp" line="75" />
        <source>&amp;Tulis %1 baris sah</source>
        <translation>&amp;Write %1 valid rows</translation>
    </message>
</context>
<context>
    <name>prakerja::LoginDialog</name>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="21" />
        <source>Masuk — Konsol Operator Prakerja</source>
        <translation>Sign in — Prakerja Operator Console</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="24" />
        <source>Administrator pertama — Konsol Operator Prakerja</source>
        <translation>First administrator — Prakerja Operator Console</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="27" />
        <source>Konsol terkunci — Konsol Operator Prakerja</source>
        <translation>Console locked — Prakerja Operator Console</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="34" />
        <source>Basis data ini belum memiliki operator. Buat akun administrator pertama.</source>
        <translation>This database has no operators yet. Create the first administrator account.</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="35" />
        <source>Konsol dikunci karena tidak aktif. Masukkan kata sandi Anda untuk melanjutkan.</source>
        <translation>The console locked itself after inactivity. Enter your password to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="49" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="51" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="56" />
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="60" />
        <source>Memeriksa kata sandi…</source>
        <translation>Checking password…</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="66" />
        <source>Buat dan masuk</source>
        <translation>Create and sign in</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="67" />
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="68" />
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="69" />
        <source>Keluar dari konsol</source>
        <translation>Quit the console</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="69" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="92" />
        <source>Kedua kata sandi tidak sama</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>prakerja::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="86" />
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="88" />
        <source>Pendaftar</source>
        <translation>Applicants</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="90" />
        <source>Gelombang</source>
        <translation>Waves</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="91" />
        <source>Katalog pelatihan</source>
        <translation>Training catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="92" />
        <source>Mitra platform</source>
        <translation>Partner platforms</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="93" />
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="94" />
        <source>Operator</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="95" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="64" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="53" />
        <source>Daftar platform</source>
        <translation>Platforms</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="54" />
        <source>Belanja pelatihan</source>
        <translation>Training spending</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="103" />
        <location filename="../../ui/MainWindow.cpp" line="119" />
        <source>Basis data: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="108" />
        <source>Hentikan simulasi</source>
        <translation>Stop simulation</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="120" />
        <source>Basis data tidak terjangkau: %1 — mencoba lagi…</source>
        <translation>Database unreachable: %1 — retrying…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="191" />
        <source>Halaman ini untuk %1.</source>
        <translation>This page is for %1.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="193" />
        <source>Peran Anda (%1) tidak memerlukannya.</source>
        <translation>Your role (%1) does not need it.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="208" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="209" />
        <source>&amp;Impor feed atau daftar NIK…</source>
        <translation>&amp;Import feed or NIK list…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="215" />
        <source>&amp;Sambungkan ke basis data…</source>
        <translation>&amp;Connect to a database…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="221" />
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="223" />
        <source>&amp;Buka</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="230" />
        <source>&amp;Alat</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="231" />
        <source>Jalankan simulasi hari peluncuran</source>
        <translation>Run the launch-day simulation</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="235" />
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="236" />
        <source>Tentang</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="237" />
        <source>Tentang Konsol Operator Prakerja</source>
        <translation>About the Prakerja Operator Console</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="238" />
        <source>Konsol Operator Prakerja %1
Kode wilayah: cahyadsn/wilayah (MIT), © Cahya DSN.</source>
        <translation>Prakerja Operator Console %1
Region codes: cahyadsn/wilayah (MIT), © Cahya DSN.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="255" />
        <source>Simulasi berjalan: %1 kejadian</source>
        <translation>Simulation running: %1 events</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="259" />
        <source>Simulasi selesai</source>
        <translation>Simulation finished</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="259" />
        <source>Simulasi gagal: %1</source>
        <translation>Simulation failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="269" />
        <source>Simulasi dimulai…</source>
        <translation>Simulation starting…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="274" />
        <source>%1 pendaftar</source>
        <translation>%1 applicants</translation>
    </message>
</context>
<context>
    <name>prakerja::OperatorsPage</name>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="32" />
        <source>melihat dasbor</source>
        <translation>see the dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="34" />
        <source>mencari pendaftar</source>
        <translation>search applicants</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="36" />
        <source>membuka NIK dan kontak pendaftar</source>
        <translation>reveal applicants' NIK and contacts</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="38" />
        <source>mencatat tiket pendaftar</source>
        <translation>record applicant tickets</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="40" />
        <source>mengimpor feed pendaftaran</source>
        <translation>import the registration feed</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="42" />
        <source>mengimpor daftar NIK</source>
        <translation>import NIK lists</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="44" />
        <source>mengelola katalog pelatihan</source>
        <translation>manage the training catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="46" />
        <source>mengelola platform mitra</source>
        <translation>manage partner platforms</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="48" />
        <source>melihat gelombang</source>
        <translation>see the waves</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="50" />
        <source>membuat, membuka, menutup dan membatalkan gelombang</source>
        <translation>create, open, close and cancel waves</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="52" />
        <source>menjalankan undian dan mengumumkannya</source>
        <translation>run draws and announce them</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="54" />
        <source>mencabut kartu peserta</source>
        <translation>revoke participants' cards</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="56" />
        <source>mengekspor data</source>
        <translation>export data</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="58" />
        <source>melihat log audit</source>
        <translation>see the audit log</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="60" />
        <source>memverifikasi log audit</source>
        <translation>verify the audit log</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="62" />
        <source>mengelola operator</source>
        <translation>manage operators</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="64" />
        <source>merotasi kunci enkripsi</source>
        <translation>rotate the encryption keys</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="66" />
        <source>mengubah pengaturan program</source>
        <translation>change the programme settings</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="77" />
        <source>%1 dan %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="91" />
        <source>Peran &lt;b&gt;%1&lt;/b&gt; berubah dari %2 menjadi &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>The role of &lt;b&gt;%1&lt;/b&gt; changes from %2 to &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="95" />
        <source>Sesudahnya %1 juga dapat %2.</source>
        <translation>Afterwards %1 can also %2.</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="97" />
        <source>%1 tidak lagi dapat %2.</source>
        <translation>%1 will no longer be able to %2.</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="99" />
        <source>Berlaku saat %1 masuk berikutnya; sesi yang sedang terbuka tetap memakai peran lama sampai keluar atau terkunci. Perubahan dicatat di log audit.</source>
        <translation>It applies when %1 next signs in; a session already open keeps the old role until it is signed out or locked. The change is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="109" />
        <source>Operator</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="112" />
        <source>Kata sandi sendiri dapat diubah dengan 'prakerjactl user passwd'.</source>
        <translation>You can change your own password with 'prakerjactl user passwd'.</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="120" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="120" />
        <location filename="../../ui/OperatorsPage.cpp" line="182" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="120" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="120" />
        <source>Masuk terakhir (WIB)</source>
        <translation>Last sign-in (WIB)</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="120" />
        <source>Kata sandi diubah</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="131" />
        <location filename="../../ui/OperatorsPage.cpp" line="439" />
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="133" />
        <source>&amp;Buka kunci</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="138" />
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="139" />
        <source>Atur ulang &amp;kata sandi</source>
        <translation>Reset &amp;password</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="145" />
        <source>Ubah &amp;peran</source>
        <translation>Change &amp;role</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="147" />
        <source>Mengubah peran operator terpilih menjadi peran di sebelah kiri</source>
        <translation>Changes the selected operator's role to the role on the left</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="162" />
        <source>Tambah operator</source>
        <translation>Add operator</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="178" />
        <source>&amp;Tambah</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="180" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="183" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="184" />
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="196" />
        <source>Kunci enkripsi</source>
        <translation>Encryption key</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="198" />
        <source>&amp;Rotasi kunci</source>
        <translation>&amp;Rotate key</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="203" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="206" />
        <source>Mengenkripsi ulang semua NIK, KK, email dan telepon dengan kunci baru; dapat dilanjutkan bila terputus. Cadangkan berkas kunci sesudahnya.</source>
        <translation>Re-encrypts every NIK, KK, email and phone under a new key; resumable if interrupted. Back up the key file afterwards.</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="219" />
        <source>Rotasi kunci?</source>
        <translation>Rotate keys?</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="220" />
        <source>Semua NIK, KK, email dan telepon dienkripsi ulang dengan generasi kunci baru dan kunci lama dipensiunkan. Pada jutaan pendaftar ini memakan waktu lama; rotasi dapat dihentikan dan dilanjutkan.&lt;br&gt;&lt;br&gt;Sesudahnya &lt;b&gt;cadangkan berkas kunci&lt;/b&gt;: cadangan lama tidak dapat membuka data lagi, dan konsol perlu dimulai ulang.</source>
        <translation>Every NIK, KK, email and phone is re-encrypted under a new key generation and the old keys are retired. With millions of applicants this takes long; the rotation can be stopped and resumed.&lt;br&gt;&lt;br&gt;Afterwards &lt;b&gt;back up the key file&lt;/b&gt;: old backups can no longer open the data, and the console must be restarted.</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="224" />
        <source>Mulai rotasi</source>
        <translation>Start rotation</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="231" />
        <source>Rotasi berjalan…</source>
        <translation>Rotation running…</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="245" />
        <source>Rotasi gagal: %1</source>
        <translation>Rotation failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="247" />
        <source>Rotasi dihentikan; tekan Rotasi kunci lagi untuk melanjutkan.</source>
        <translation>Rotation stopped; press Rotate key again to resume.</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="250" />
        <source>Rotasi selesai; kunci lama dipensiunkan. Cadangkan berkas kunci sekarang dan mulai ulang konsol.</source>
        <translation>Rotation finished; the old key is retired. Back up the key file now and restart the console.</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="273" />
        <source>Nonaktifkan %1?</source>
        <translation>Disable %1?</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="274" />
        <source>Operator &lt;b&gt;%1&lt;/b&gt; (%2) tidak dapat masuk lagi sampai seorang administrator mengaktifkannya kembali. Sesi yang sedang terbuka terkunci pada penguncian berikutnya.</source>
        <translation>Operator &lt;b&gt;%1&lt;/b&gt; (%2) can no longer sign in until an administrator enables the account again. An open session locks at its next lock.</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="277" />
        <source>Nonaktifkan</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="320" />
        <source>nonaktif</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="321" />
        <source>terkunci sampai %1</source>
        <translation>locked until %1</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="322" />
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="364" />
        <source>Operator %1 ditambahkan</source>
        <translation>Operator %1 added</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="366" />
        <source>Kata sandi %1 diatur ulang</source>
        <translation>Password of %1 reset</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="368" />
        <source>Operator %1 dinonaktifkan</source>
        <translation>Operator %1 disabled</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="370" />
        <source>Operator %1 diaktifkan kembali</source>
        <translation>Operator %1 enabled again</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="372" />
        <source>Peran %1 diubah; berlaku saat %1 masuk berikutnya</source>
        <translation>Role of %1 changed; it applies when %1 next signs in</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="374" />
        <source>Kunci operator %1 dibuka</source>
        <translation>Operator %1 unlocked</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="383" />
        <source>Kedua kata sandi tidak sama</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="388" />
        <source>Menambahkan…</source>
        <translation>Adding…</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="413" />
        <source>Ubah peran %1?</source>
        <translation>Change the role of %1?</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="415" />
        <source>Ubah peran</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="420" />
        <source>Mengubah peran…</source>
        <translation>Changing the role…</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="438" />
        <source>&amp;Aktifkan</source>
        <translation>&amp;Enable</translation>
    </message>
</context>
<context>
    <name>prakerja::PlatformDialog</name>
    <message>
        <location filename="../../ui/PlatformDialog.cpp" line="19" />
        <source>Tambah platform mitra</source>
        <translation>Add a partner platform</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformDialog.cpp" line="19" />
        <source>Ubah platform %1</source>
        <translation>Edit platform %1</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformDialog.cpp" line="39" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformDialog.cpp" line="41" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformDialog.cpp" line="43" />
        <source>Situs web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformDialog.cpp" line="45" />
        <source>Narahubung</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformDialog.cpp" line="47" />
        <source>Email narahubung</source>
        <translation>Contact email</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformDialog.cpp" line="49" />
        <location filename="../../ui/PlatformDialog.cpp" line="52" />
        <source>TTTT-BB-HH</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformDialog.cpp" line="50" />
        <source>Perjanjian mulai</source>
        <translation>Agreement starts</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformDialog.cpp" line="53" />
        <source>Perjanjian berakhir</source>
        <translation>Agreement ends</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformDialog.cpp" line="58" />
        <source>persen, mis. 12,5</source>
        <translation>per cent, e.g. 12,5</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformDialog.cpp" line="59" />
        <source>Komisi (%)</source>
        <translation>Commission (%)</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformDialog.cpp" line="63" />
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformDialog.cpp" line="66" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformDialog.cpp" line="67" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>prakerja::PlatformsPage</name>
    <message>
        <location filename="../../ui/PlatformsPage.cpp" line="31" />
        <source>Mitra platform</source>
        <translation>Partner platforms</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformsPage.cpp" line="34" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformsPage.cpp" line="34" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformsPage.cpp" line="34" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformsPage.cpp" line="37" />
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformsPage.cpp" line="37" />
        <source>Komisi</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformsPage.cpp" line="37" />
        <source>Perjanjian</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformsPage.cpp" line="37" />
        <source>Narahubung</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformsPage.cpp" line="53" />
        <source>&amp;Tambah…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformsPage.cpp" line="55" />
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformsPage.cpp" line="57" />
        <source>Tan&amp;gguhkan…</source>
        <translation>S&amp;uspend…</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformsPage.cpp" line="59" />
        <source>&amp;Pulihkan</source>
        <translation>&amp;Reinstate</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformsPage.cpp" line="84" />
        <source>Tangguhkan %1</source>
        <translation>Suspend %1</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformsPage.cpp" line="85" />
        <source>Pelatihannya yang terbit (%1) keluar dari katalog sampai dipulihkan. Alasan:</source>
        <translation>Its published trainings (%1) leave the catalogue until it is reinstated. Reason:</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformsPage.cpp" line="99" />
        <source>Tersimpan dan dicatat di log audit.</source>
        <translation>Saved and recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/PlatformsPage.cpp" line="146" />
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
</context>
<context>
    <name>prakerja::RevealDialog</name>
    <message>
        <location filename="../../ui/RevealDialog.cpp" line="15" />
        <source>Buka %1</source>
        <translation>Reveal %1</translation>
    </message>
    <message>
        <location filename="../../ui/RevealDialog.cpp" line="17" />
        <source>Tuliskan alasan membuka %1, misalnya "penelepon lolos pertanyaan identitas". Alasan dan nama Anda dicatat di log audit.</source>
        <translation>Type why you reveal the %1, for example "the caller passed the identity questions". The reason and your name go to the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/RevealDialog.cpp" line="25" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/RevealDialog.cpp" line="28" />
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/RevealDialog.cpp" line="29" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>prakerja::SettingsPage</name>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="28" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="65" />
        <source>Tampilan</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="73" />
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="74" />
        <source>Berlaku saat konsol dibuka lagi.</source>
        <translation>Takes effect when the console is next opened.</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="81" />
        <source>Pengaturan program hanya dapat diubah oleh %1.</source>
        <translation>Programme settings can only be changed by %1.</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="89" />
        <source>Keamanan masuk</source>
        <translation>Sign-in security</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="91" />
        <source>Kunci konsol setelah &amp;tidak aktif</source>
        <translation>Lock the console after &amp;inactivity</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="91" />
        <location filename="../../ui/SettingsPage.cpp" line="93" />
        <source> menit</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="92" />
        <source>Kunci akun setelah &amp;gagal masuk</source>
        <translation>Lock an account after &amp;failed sign-ins</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="71" />
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia (Indonesian)</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="72" />
        <source>English (bahasa Inggris)</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="92" />
        <source> kali</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="93" />
        <source>&amp;Lama akun terkunci</source>
        <translation>Account &amp;lock duration</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="95" />
        <source>Anggaran program</source>
        <translation>Programme budget</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="105" />
        <source>&amp;Total anggaran (Rp)</source>
        <translation>&amp;Total budget (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="109" />
        <source>Bantuan pelatihan per peserta</source>
        <translation>Training credit per participant</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="110" />
        <source>Insentif per bulan</source>
        <translation>Incentive per month</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="111" />
        <source>Bulan insentif</source>
        <translation>Incentive months</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="111" />
        <source> bulan</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="112" />
        <source>Insentif per survei</source>
        <translation>Incentive per survey</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="113" />
        <source>Jumlah survei</source>
        <translation>Number of surveys</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="113" />
        <source> survei</source>
        <translation> surveys</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="115" />
        <source>Aturan bawaan gelombang baru</source>
        <translation>Default rules for new waves</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="116" />
        <source>Telepon harus terverifikasi</source>
        <translation>Phone must be verified</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="120" />
        <source>Peserta per kartu keluarga</source>
        <translation>Participants per family card</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="120" />
        <source> orang</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="122" />
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="123" />
        <source>Kecepatan simulasi saat pertama dibuka</source>
        <translation>Simulation speed on first start</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="123" />
        <source>× (0 = mati)</source>
        <translation>× (0 = off)</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="130" />
        <source>Isi nilai &amp;bawaan</source>
        <translation>Fill in &amp;defaults</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="132" />
        <source>Mengisi kolom dengan nilai bawaan; belum disimpan sebelum Simpan ditekan.</source>
        <translation>Fills the fields with the defaults; nothing is saved until Save is pressed.</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="133" />
        <source>&amp;Urungkan perubahan</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="135" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="219" />
        <source>Nilai bawaan diisi; tekan Simpan untuk memakainya.</source>
        <translation>Defaults filled in; press Save to use them.</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="255" />
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="268" />
        <source>Tidak tersimpan: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="283" />
        <source>Tersimpan dan tercatat di log audit. Bahasa berlaku saat konsol dibuka lagi.</source>
        <translation>Saved and recorded in the audit log. The language takes effect when the console is next opened.</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="284" />
        <source>Tersimpan dan tercatat di log audit.</source>
        <translation>Saved and recorded in the audit log.</translation>
    </message>
</context>
<context>
    <name>prakerja::SpendingPanel</name>
    <message>
        <location filename="../../ui/SpendingPanel.cpp" line="63" />
        <source>Gelombang:</source>
        <translation>Wave:</translation>
    </message>
    <message>
        <location filename="../../ui/SpendingPanel.cpp" line="67" />
        <source>Semua gelombang</source>
        <translation>All waves</translation>
    </message>
    <message>
        <location filename="../../ui/SpendingPanel.cpp" line="69" />
        <source>Muat &amp;ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../ui/SpendingPanel.cpp" line="81" />
        <source>Pembelian</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <location filename="../../ui/SpendingPanel.cpp" line="81" />
        <source>Rupiah</source>
        <translation>Rupiah</translation>
    </message>
    <message>
        <location filename="../../ui/SpendingPanel.cpp" line="81" />
        <source>Tingkat selesai</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <location filename="../../ui/SpendingPanel.cpp" line="82" />
        <source>Median hari</source>
        <translation>Median days</translation>
    </message>
    <message>
        <location filename="../../ui/SpendingPanel.cpp" line="83" />
        <location filename="../../ui/SpendingPanel.cpp" line="85" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../ui/SpendingPanel.cpp" line="85" />
        <source>Pelatihan teratas</source>
        <translation>Top trainings</translation>
    </message>
    <message>
        <location filename="../../ui/SpendingPanel.cpp" line="86" />
        <source>Kategori menurut belanja</source>
        <translation>Categories by spending</translation>
    </message>
    <message>
        <location filename="../../ui/SpendingPanel.cpp" line="87" />
        <source>Median jumlah hari dari pengumuman kelulusan peserta sampai pembelian pelatihan.</source>
        <translation>Median number of days from the participant's selection announcement to the training purchase.</translation>
    </message>
    <message>
        <location filename="../../ui/SpendingPanel.cpp" line="123" />
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/SpendingPanel.cpp" line="131" />
        <source>Laporan belanja tidak dapat dibaca: %1</source>
        <translation>The spending report could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/SpendingPanel.cpp" line="147" />
        <source>Belum ada pembelian pelatihan%1.</source>
        <translation>No training purchases yet%1.</translation>
    </message>
    <message>
        <location filename="../../ui/SpendingPanel.cpp" line="148" />
        <source> di gelombang %1</source>
        <translation> in wave %1</translation>
    </message>
    <message>
        <location filename="../../ui/SpendingPanel.cpp" line="151" />
        <source>%1 pembelian, %2 dibelanjakan, %3 selesai, median %4 hari dari pengumuman ke pembelian.</source>
        <translation>%1 purchases, %2 spent, %3 completed, median %4 days from announcement to purchase.</translation>
    </message>
</context>
<context>
    <name>prakerja::StageTile</name>
    <message>
        <location filename="../../ui/StageTile.cpp" line="42" />
        <source>100 % · tahap pertama</source>
        <translation>100 % · first stage</translation>
    </message>
    <message>
        <location filename="../../ui/StageTile.cpp" line="45" />
        <source>%1 dari pendaftar · %2 dari tahap sebelumnya</source>
        <translation>%1 of registrations · %2 of previous stage</translation>
    </message>
    <message>
        <location filename="../../ui/StageTile.cpp" line="47" />
        <source>+%1 pada menit terakhir</source>
        <translation>+%1 in the last minute</translation>
    </message>
    <message>
        <location filename="../../ui/StageTile.cpp" line="48" />
        <source>%1: %2 · %3</source>
        <translation>%1: %2 · %3</translation>
    </message>
</context>
<context>
    <name>prakerja::TrainingEditor</name>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="45" />
        <location filename="../../ui/TrainingEditor.cpp" line="216" />
        <source>Pilih pelatihan di tabel.</source>
        <translation>Choose a training in the table.</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="69" />
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="72" />
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="77" />
        <source>Tingkat</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="82" />
        <source>Moda</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="83" />
        <source>Izin kesehatan dan keselamatan ada</source>
        <translation>Health and safety clearance given</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="88" />
        <source>rupiah, mis. 350.000</source>
        <translation>rupiah, e.g. 350.000</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="89" />
        <source>Harga (Rp)</source>
        <translation>Price (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="92" />
        <source>Durasi (jam)</source>
        <translation>Duration (hours)</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="96" />
        <source>Deskripsi</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="99" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="103" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="108" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="113" />
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="113" />
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="114" />
        <source>Tolak…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="114" />
        <source>Terbitkan</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="115" />
        <source>Hentikan</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="127" />
        <source>Tolak pelatihan</source>
        <translation>Reject training</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="127" />
        <source>Alasan penolakan:</source>
        <translation>Reason for rejecting:</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="136" />
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="140" />
        <source>Pemeriksaan</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="140" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="145" />
        <source>Alasan mengabaikan tanda</source>
        <translation>Reason for dismissing the flag</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="146" />
        <source>&amp;Abaikan tanda</source>
        <translation>&amp;Dismiss flag</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="151" />
        <location filename="../../ui/TrainingEditor.cpp" line="263" />
        <source>Tanda kurasi</source>
        <translation>Curation flags</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="154" />
        <source>Waktu (WIB)</source>
        <translation>Time (WIB)</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="154" />
        <source>Operator</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="154" />
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="154" />
        <source>Kolom</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="154" />
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="154" />
        <source>Menjadi</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="156" />
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="236" />
        <source> — ditahan selama platform ditangguhkan</source>
        <translation> — held while the platform is suspended</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="238" />
        <source> — alasan: %1</source>
        <translation> — reason: %1</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="239" />
        <source>%1 · versi %2 · diubah %3 oleh %4</source>
        <translation>%1 · version %2 · changed %3 by %4</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="260" />
        <source>%1 (diabaikan: %2)</source>
        <translation>%1 (dismissed: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="263" />
        <source>Tanda kurasi (%1)</source>
        <translation>Curation flags (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="304" />
        <source>bukan rupiah utuh (350000 atau 350.000)</source>
        <translation>not whole rupiah (350000 or 350.000)</translation>
    </message>
</context>
<context>
    <name>prakerja::TrainingTableModel</name>
    <message>
        <location filename="../../models/itemmodels/TrainingTableModel.cpp" line="57" />
        <source>%1 (ditahan)</source>
        <translation>%1 (held)</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/TrainingTableModel.cpp" line="61" />
        <source>⚑ %1</source>
        <translation>⚑ %1</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/TrainingTableModel.cpp" line="74" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/TrainingTableModel.cpp" line="76" />
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/TrainingTableModel.cpp" line="78" />
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/TrainingTableModel.cpp" line="80" />
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/TrainingTableModel.cpp" line="82" />
        <source>Tingkat</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/TrainingTableModel.cpp" line="84" />
        <source>Moda</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/TrainingTableModel.cpp" line="86" />
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/TrainingTableModel.cpp" line="88" />
        <source>Jam</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/TrainingTableModel.cpp" line="90" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../models/itemmodels/TrainingTableModel.cpp" line="92" />
        <source>Tanda</source>
        <translation>Flags</translation>
    </message>
</context>
<context>
    <name>prakerja::WavesPage</name>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="147" />
        <source>Gelombang</source>
        <translation>Waves</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="158" />
        <source>Buat…</source>
        <translation>Create…</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="159" />
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="160" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="161" />
        <location filename="../../ui/WavesPage.cpp" line="452" />
        <source>Batalkan gelombang</source>
        <translation>Cancel wave</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="162" />
        <source>Uji coba undian</source>
        <translation>Dry-run draw</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="163" />
        <source>Bandingkan aturan…</source>
        <translation>Compare rules…</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="164" />
        <location filename="../../ui/WavesPage.cpp" line="463" />
        <source>Undi</source>
        <translation>Draw</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="165" />
        <location filename="../../ui/WavesPage.cpp" line="476" />
        <source>Umumkan</source>
        <translation>Announce</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="166" />
        <source>Verifikasi</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="175" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="190" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="190" />
        <location filename="../../ui/WavesPage.cpp" line="813" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="190" />
        <source>Dibuka (WIB)</source>
        <translation>Opens (WIB)</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="190" />
        <source>Ditutup (WIB)</source>
        <translation>Closes (WIB)</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="190" />
        <location filename="../../ui/WavesPage.cpp" line="769" />
        <location filename="../../ui/WavesPage.cpp" line="816" />
        <source>Kuota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="191" />
        <location filename="../../ui/WavesPage.cpp" line="769" />
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="191" />
        <location filename="../../ui/WavesPage.cpp" line="306" />
        <location filename="../../ui/WavesPage.cpp" line="769" />
        <location filename="../../ui/WavesPage.cpp" line="774" />
        <source>Terpilih</source>
        <translation>Selected</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="191" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="203" />
        <source>Daftar gelombang</source>
        <translation>Waves</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="204" />
        <source>Cakupan daftar rujukan</source>
        <translation>Reference-list coverage</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="248" />
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="289" />
        <source>Dari NIK di tiap daftar rujukan, per sumber: berapa yang sudah mendaftar Prakerja, NIK-nya terverifikasi, ikut gelombang dan terpilih. Tercatat di daftar bukan berarti mendaftar.</source>
        <translation>Of the NIKs on each reference list, by source: how many have registered with Prakerja, had the NIK verified, joined a wave and were selected. Being listed is not registering.</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="304" />
        <location filename="../../ui/WavesPage.cpp" line="319" />
        <source>Daftar</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="304" />
        <location filename="../../ui/WavesPage.cpp" line="319" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="304" />
        <source>Tercatat</source>
        <translation>Listed</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="304" />
        <source>Mendaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="305" />
        <source>Belum mendaftar</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="305" />
        <source>NIK terverifikasi</source>
        <translation>NIK verified</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="305" />
        <source>Ikut gelombang</source>
        <translation>Joined a wave</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="314" />
        <source>Riwayat impor daftar</source>
        <translation>List import history</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="319" />
        <source>Waktu (WIB)</source>
        <translation>Time (WIB)</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="319" />
        <source>Petugas</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="320" />
        <source>NIK ditambahkan</source>
        <translation>NIKs added</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="320" />
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="320" />
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="351" />
        <source>Belum ada daftar rujukan yang diimpor: tabel ini terisi setelah daftar Dapodik, DTKS, Kemnaker atau pengecualian diimpor (Berkas › Impor feed atau daftar NIK…).</source>
        <translation>No reference list imported yet: this table fills once a Dapodik, DTKS, Kemnaker or exclusion list is imported (File › Import feed or NIK list…).</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="358" />
        <location filename="../../ui/WavesPage.cpp" line="378" />
        <source>(sumber tidak dicatat)</source>
        <translation>(source not recorded)</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="382" />
        <source>dihapus %1</source>
        <translation>removed %1</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="383" />
        <source>berlaku</source>
        <translation>in force</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="426" />
        <source>Membuat gelombang…</source>
        <translation>Creating the wave…</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="434" />
        <source>Gelombang %1</source>
        <translation>Wave %1</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="435" />
        <source>Gelombang %1 (%2)</source>
        <translation>Wave %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="436" />
        <source>ikut otomatis ke gelombang berikutnya</source>
        <translation>move to the next wave automatically</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="437" />
        <source>harus bergabung lagi ke gelombang berikutnya</source>
        <translation>must join the next wave again</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="441" />
        <source>Tutup gelombang %1?</source>
        <translation>Close wave %1?</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="442" />
        <source>Tutup gelombang</source>
        <translation>Close wave</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="443" />
        <source>&lt;b&gt;%1&lt;/b&gt; ditutup: tidak ada lagi pendaftar yang dapat bergabung, dan gelombang tidak dapat dibuka kembali.&lt;br&gt;&lt;br&gt;Pool saat ini: &lt;b&gt;%2&lt;/b&gt; anggota · kuota &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; closes: no more applicants can join, and the wave cannot be opened again.&lt;br&gt;&lt;br&gt;Pool now: &lt;b&gt;%2&lt;/b&gt; members · quota &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="447" />
        <source>Waktu tutup terencana %1 — menutup sekarang %2 lebih awal.</source>
        <translation>Planned closing time %1 — closing now is %2 early.</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="451" />
        <source>Batalkan gelombang %1?</source>
        <translation>Cancel wave %1?</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="453" />
        <source>&lt;b&gt;%1&lt;/b&gt; dibatalkan dan tidak dapat diundi atau diumumkan lagi. Pembatalan tidak dapat diurungkan.&lt;br&gt;&lt;br&gt;Anggota: &lt;b&gt;%2&lt;/b&gt; — mereka harus bergabung lagi ke gelombang berikutnya.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; is cancelled and can no longer be drawn or announced. Cancelling cannot be undone.&lt;br&gt;&lt;br&gt;Members: &lt;b&gt;%2&lt;/b&gt; — they must join the next wave again.</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="458" />
        <source>Hasil undian gelombang ini (%1 terpilih) dihapus.</source>
        <translation>This wave's draw result (%1 selected) is deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="462" />
        <source>Undi gelombang %1?</source>
        <translation>Draw wave %1?</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="464" />
        <source>&lt;b&gt;%1&lt;/b&gt; diundi sekarang: benih diungkap dan hasilnya tidak dapat diulang.&lt;br&gt;&lt;br&gt;Pool: &lt;b&gt;%2&lt;/b&gt; anggota yang bergabung sampai penutupan (ditambah pendaftar ulang dari gelombang sebelumnya bila ada) · kuota &lt;b&gt;%3&lt;/b&gt;&lt;br&gt;Tidak terpilih: sekitar &lt;b&gt;%4&lt;/b&gt;, yang %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; is drawn now: the seed is revealed and the result cannot be redone.&lt;br&gt;&lt;br&gt;Pool: &lt;b&gt;%2&lt;/b&gt; members who joined by the close (plus repeat applicants from earlier waves, if any) · quota &lt;b&gt;%3&lt;/b&gt;&lt;br&gt;Not selected: about &lt;b&gt;%4&lt;/b&gt;, who %5.</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="475" />
        <source>Umumkan gelombang %1?</source>
        <translation>Announce wave %1?</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="477" />
        <source>&lt;b&gt;%1&lt;/b&gt; diumumkan: kelayakan diperiksa ulang, lalu &lt;b&gt;%2&lt;/b&gt; terpilih menjadi peserta (dari pool %3).&lt;br&gt;&lt;br&gt;Anggaran yang terikat: &lt;b&gt;%4&lt;/b&gt; (%2 × %5)&lt;br&gt;Sisa anggaran program setelahnya: %6&lt;br&gt;Yang tidak terpilih %7.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; is announced: eligibility is checked again, then &lt;b&gt;%2&lt;/b&gt; selected become participants (from a pool of %3).&lt;br&gt;&lt;br&gt;Budget committed: &lt;b&gt;%4&lt;/b&gt; (%2 × %5)&lt;br&gt;Programme budget left afterwards: %6&lt;br&gt;Those not selected %7.</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="484" />
        <source>Waktu tutup terencana %1 belum tiba (%2 lagi).</source>
        <translation>The planned closing time %1 has not come yet (%2 from now).</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="487" />
        <source>Pengumuman terencana %1 — mengumumkan sekarang %2 lebih awal.</source>
        <translation>Planned announcement %1 — announcing now is %2 early.</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="512" />
        <source>Sedang berjalan…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="519" />
        <source>Aturan pembanding (JSON)</source>
        <translation>Comparison rules (JSON)</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="519" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="577" />
        <source>&lt;b&gt;Anggaran&lt;/b&gt;&lt;br&gt;Per peserta %1 · program %2&lt;br&gt;Terikat %3 · sisa %4&lt;br&gt;Perkiraan gelombang yang masih mungkin: %5 (anggaran %6, pool %7)</source>
        <translation>&lt;b&gt;Budget&lt;/b&gt;&lt;br&gt;Per participant %1 · programme %2&lt;br&gt;Committed %3 · remaining %4&lt;br&gt;Forecast of waves still possible: %5 (budget %6, pool %7)</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="587" />
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="592" />
        <source>Hasil undian tersimpan: </source>
        <translation>Stored draw results: </translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="593" />
        <source>Uji coba (tidak ada yang ditulis): </source>
        <translation>Dry run (nothing written): </translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="594" />
        <source>Undian selesai: </source>
        <translation>Draw finished: </translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="597" />
        <source>pool %1, memenuhi syarat %2, terpilih %3</source>
        <translation>pool %1, eligible %2, selected %3</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="600" />
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="609" />
        <source>Belum ada gelombang.</source>
        <translation>No waves yet.</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="616" />
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="616" />
        <location filename="../../ui/WavesPage.cpp" line="641" />
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="618" />
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Dibuka %3 · ditutup %4&lt;br&gt;Pengumuman %5 · pelatihan %6&lt;br&gt;Kuota %7 · pool %8 · terpilih %9&lt;br&gt;Sisa pool ke gelombang berikut: %10&lt;br&gt;&lt;br&gt;&lt;b&gt;Aturan&lt;/b&gt; (versi %11)&lt;br&gt;Usia minimum %12 · email wajib %13 · NIK wajib %14 · telepon wajib %15&lt;br&gt;Bukan pelajar (Dapodik) %16 · bukan daftar pengecualian %17 · maks. %18 peserta per KK&lt;br&gt;Urutan prioritas:&lt;br&gt;%19&lt;br&gt;Bonus pendaftar ulang: %20 · kuota provinsi: %21&lt;br&gt;&lt;br&gt;&lt;b&gt;Komitmen benih&lt;/b&gt; (SHA-256)&lt;br&gt;&lt;tt&gt;%22&lt;/tt&gt;&lt;br&gt;&lt;b&gt;Benih&lt;/b&gt;&lt;br&gt;&lt;tt&gt;%23&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Opens %3 · closes %4&lt;br&gt;Announcement %5 · training %6&lt;br&gt;Quota %7 · pool %8 · selected %9&lt;br&gt;Unselected pool to the next wave: %10&lt;br&gt;&lt;br&gt;&lt;b&gt;Rules&lt;/b&gt; (version %11)&lt;br&gt;Minimum age %12 · email required %13 · NIK required %14 · phone required %15&lt;br&gt;Not a student (Dapodik) %16 · not on the exclusion list %17 · at most %18 participants per family card&lt;br&gt;Priority order:&lt;br&gt;%19&lt;br&gt;Repeat-applicant bonus: %20 · province quotas: %21&lt;br&gt;&lt;br&gt;&lt;b&gt;Seed commitment&lt;/b&gt; (SHA-256)&lt;br&gt;&lt;tt&gt;%22&lt;/tt&gt;&lt;br&gt;&lt;b&gt;Seed&lt;/b&gt;&lt;br&gt;&lt;tt&gt;%23&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="630" />
        <source>%1 sejauh ini</source>
        <translation>%1 so far</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="633" />
        <source>otomatis</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="633" />
        <source>harus bergabung lagi</source>
        <translation>must join again</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="642" />
        <source>sebanding pool</source>
        <translation>in proportion to the pool</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="643" />
        <source>tabel bobot</source>
        <translation>weight table</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="644" />
        <source>(disegel sampai undian)</source>
        <translation>(sealed until the draw)</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="650" />
        <source>Grafik hasil muncul setelah uji coba undian atau undian.</source>
        <translation>Result charts appear after a dry run or the draw.</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="652" />
        <source>Memuat hasil undian…</source>
        <translation>Loading the draw results…</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="682" />
        <source>Undian hanya dapat dijalankan oleh %1.</source>
        <translation>Only %1 can run the draw.</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="715" />
        <source> — uji coba, bukan hasil undian</source>
        <translation> — dry run, not a draw result</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="730" />
        <source>Tingkat %1 · %2</source>
        <translation>Tier %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="748" />
        <source>Terpilih per provinsi (10 terbesar)</source>
        <translation>Selected by province (ten largest)</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="837" />
        <source>Tanggal ini tumpang tindih dengan gelombang %1 yang sedang dibuka (%2 – %3). Pendaftar dapat bergabung ke dua gelombang sekaligus. Tekan OK lagi untuk tetap membuat.</source>
        <translation>These dates overlap wave %1, which is open (%2 – %3). Applicants could join both waves at once. Press OK again to create it anyway.</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="704" />
        <source>Grafik</source>
        <translation>Charts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/WavesPage.cpp" line="130" />
        <source>%n hari</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/WavesPage.cpp" line="131" />
        <source>%n jam</source>
        <translation><numerusform>%n hour</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/WavesPage.cpp" line="132" />
        <source>%n menit</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="713" />
        <source>Aturan gelombang</source>
        <translation>Wave rules</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="713" />
        <source>Aturan pembanding</source>
        <translation>Comparison rules</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="731" />
        <source>Tingkat %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="733" />
        <source>Tingkat</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="733" />
        <source>Terpilih per tingkat prioritas</source>
        <translation>Selected by priority tier</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="748" />
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="750" />
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="750" />
        <source>Terpilih per jenis kelamin</source>
        <translation>Selected by sex</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="750" />
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="750" />
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="761" />
        <source>Usia</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="761" />
        <source>Terpilih per kelompok usia</source>
        <translation>Selected by age band</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="763" />
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="766" />
        <source>Segmen</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="766" />
        <source>Terpilih per segmen</source>
        <translation>Selected by segment</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="768" />
        <source>Pool vs kuota</source>
        <translation>Pool vs quota</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="768" />
        <source>Pool, memenuhi syarat, kuota, terpilih</source>
        <translation>Pool, eligible, quota, selected</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="769" />
        <location filename="../../ui/WavesPage.cpp" line="774" />
        <source>Memenuhi syarat</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="773" />
        <source>Daftar Kemnaker</source>
        <translation>Kemnaker list</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="773" />
        <source>Cakupan daftar Kemnaker (pekerja terdampak)</source>
        <translation>Coverage of the Kemnaker list (affected workers)</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="774" />
        <source>Di pool</source>
        <translation>In the pool</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="783" />
        <source>Gelombang baru</source>
        <translation>New wave</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="799" />
        <source>Otomatis ke gelombang berikut</source>
        <translation>Automatically into the next wave</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="800" />
        <source>Harus bergabung lagi</source>
        <translation>Must join again</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="802" />
        <source>Telepon harus terverifikasi</source>
        <translation>Phone must be verified</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="807" />
        <source>Kuota per provinsi sebanding pool</source>
        <translation>Province quotas in proportion to the pool</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="814" />
        <source>Dibuka</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="815" />
        <source>Ditutup</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="817" />
        <source>Sisa pool</source>
        <translation>Unselected pool</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="819" />
        <source>Maks. peserta per KK</source>
        <translation>Max. participants per family card</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="828" />
        <source>Waktu tutup harus setelah waktu buka.</source>
        <translation>The closing time must be after the opening time.</translation>
    </message>
</context>
</TS>
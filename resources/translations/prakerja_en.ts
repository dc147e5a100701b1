<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>PageWidgets</name>
    <message>
        <location filename="../../ui/PageWidgets.cpp" line="18" />
        <source>Halaman ini hanya untuk administrator. Peran Anda (%1) tidak memiliki izin %2.</source>
        <translation>This page is for administrators. Your role (%1) lacks the %2 permission.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/ConsoleStartup.cpp" line="34" />
        <source>Memperbarui basis data ke skema %1 dari %2 …&lt;br&gt;Dengan jutaan pendaftar ini dapat memakan waktu beberapa menit; jangan tutup konsol.</source>
        <translation>Upgrading the database to schema %1 of %2 …&lt;br&gt;With millions of applicants this can take minutes; do not close the console.</translation>
    </message>
    <message>
        <location filename="../../ui/ConsoleStartup.cpp" line="57" />
        <source>Konsol Operator Prakerja</source>
        <translation>Prakerja Operator Console</translation>
    </message>
</context>
<context>
    <name>prakerja::AuditPage</name>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="27" />
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="38" />
        <source>Operator</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="41" />
        <source>Tindakan, mis. operator atau auth.sign_in</source>
        <translation>Action, e.g. operator or auth.sign_in</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="46" />
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="52" />
        <source>Sampai</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="58" />
        <source>&amp;Terapkan</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="89" />
        <source>◀ Lebih baru</source>
        <translation>◀ Newer</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="91" />
        <source>Lebih lama ▶</source>
        <translation>Older ▶</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="95" />
        <source>&amp;Ekspor CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="105" />
        <source>&amp;Verifikasi rantai</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="111" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="131" />
        <source>Log audit tidak dapat dibaca: %1</source>
        <translation>Audit log cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="143" />
        <source>%1 baris diekspor ke %2</source>
        <translation>%1 rows exported to %2</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="144" />
        <source>Ekspor gagal: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="181" />
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="181" />
        <source>Halaman %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="188" />
        <source>Ekspor log audit</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="189" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="193" />
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="205" />
        <source>Memverifikasi rantai HMAC…</source>
        <translation>Verifying the HMAC chain…</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.cpp" line="216" />
        <source>Verifikasi gagal: %1</source>
        <translation>Verification failed: %1</translation>
    </message>
</context>
<context>
    <name>prakerja::BudgetPanel</name>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="74" />
        <location filename="../../ui/BudgetPanel.cpp" line="119" />
        <source>Anggaran program</source>
        <translation>Programme budget</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="92" />
        <source>Terikat</source>
        <translation>Committed</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="93" />
        <source>Sisa</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="94" />
        <source>Gelombang yang masih mungkin</source>
        <translation>Waves still possible</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="96" />
        <source>Gelombang dengan kuota gelombang terakhir: yang lebih kecil dari sisa anggaran ÷ (kuota × biaya per peserta) dan pendaftar terverifikasi NIK yang belum menjadi peserta ÷ kuota.</source>
        <translation>Waves with the latest wave's quota: the smaller of the remaining budget ÷ (quota × cost per participant) and the NIK-verified applicants not yet participants ÷ quota.</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="150" />
        <source>Anggaran tidak dapat dibaca: %1</source>
        <translation>The budget could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="164" />
        <source>%1 peserta aktif</source>
        <translation>%1 active participants</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="168" />
        <source>cukup untuk %1 peserta lagi</source>
        <translation>enough for %1 more participants</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="171" />
        <source>menurut anggaran %1 · menurut pool %2</source>
        <translation>by budget %1 · by pool %2</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="176" />
        <source>%1 dari %2 terpakai</source>
        <translation>%1 of %2 used</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="177" />
        <source>%1 per peserta · diperbarui %2</source>
        <translation>%1 per participant · updated %2</translation>
    </message>
    <message>
        <location filename="../../ui/BudgetPanel.cpp" line="179" />
        <source>Terikat %1 · sisa %2 · %3 dari anggaran terpakai</source>
        <translation>Committed %1 · remaining %2 · %3 of the budget used</translation>
    </message>
</context>
<context>
    <name>prakerja::CataloguePage</name>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="56" />
        <source>Katalog pelatihan</source>
        <translation>Training catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="58" />
        <source>Katalog yang terbit, untuk menjawab peserta.</source>
        <translation>The published catalogue, for answering participants.</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="66" />
        <source>Cari judul atau deskripsi…</source>
        <translation>Search title or description…</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="76" />
        <source>Semua platform</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="77" />
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="78" />
        <source>Semua tingkat</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="81" />
        <source>Semua moda</source>
        <translation>All modes</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="84" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="91" />
        <source>Harga min</source>
        <translation>Min price</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="94" />
        <source>Harga maks</source>
        <translation>Max price</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="97" />
        <source>Bertanda</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="108" />
        <source>Ajukan terpilih</source>
        <translation>Submit selected</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="109" />
        <source>Setujui terpilih</source>
        <translation>Approve selected</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="110" />
        <source>Terbitkan terpilih</source>
        <translation>Publish selected</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="111" />
        <source>Hentikan terpilih</source>
        <translation>Retire selected</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="120" />
        <source>&amp;Impor…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="126" />
        <source>&amp;Ekspor…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="213" />
        <source>Tanda diabaikan dan dicatat di log audit.</source>
        <translation>Flag dismissed and recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="234" />
        <source>Impor katalog</source>
        <translation>Catalogue import</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="245" />
        <source>Impor selesai: %1 baru, %2 diperbarui, %3 tidak berubah, %4 ditolak.</source>
        <translation>Import done: %1 new, %2 updated, %3 unchanged, %4 rejected.</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="250" />
        <source>Tidak ada yang ditulis: %1 baris ditolak.</source>
        <translation>Nothing was written: %1 rows rejected.</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="256" />
        <source>%1 pelatihan diekspor.</source>
        <translation>%1 trainings exported.</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="296" />
        <source>Mencari…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="315" />
        <source>%1 pelatihan</source>
        <translation>%1 trainings</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="347" />
        <source>Tersimpan: %1 (versi %2).</source>
        <translation>Saved: %1 (version %2).</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="362" />
        <source>Versi tersimpan dimuat; suntingan Anda dibuang.</source>
        <translation>The stored version is loaded; your edits were dropped.</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="385" />
        <source>Ubah status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="386" />
        <source>Terapkan '%1' pada %2 pelatihan terpilih? Yang tidak boleh akan dilewati dan dilaporkan.</source>
        <translation>Apply '%1' to the %2 selected trainings? Those it does not apply to are skipped and reported.</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="405" />
        <source>… dan %1 lainnya</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="406" />
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="407" />
        <source>'%1': %2 diubah, %3 ditolak.</source>
        <translation>'%1': %2 changed, %3 refused.</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="413" />
        <source>Status diubah.</source>
        <translation>Status changed.</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="423" />
        <source>Impor pelatihan mitra</source>
        <translation>Import partner trainings</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="424" />
        <source>CSV atau JSON (*.csv *.json);;Semua berkas (*)</source>
        <translation>CSV or JSON (*.csv *.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="431" />
        <source>Ekspor katalog</source>
        <translation>Export catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/CataloguePage.cpp" line="432" />
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>prakerja::ChartPanel</name>
    <message>
        <location filename="../../ui/ChartPanel.cpp" line="34" />
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/ChartPanel.cpp" line="36" />
        <source>Simpan grafik sebagai PNG</source>
        <translation>Save the chart as PNG</translation>
    </message>
    <message>
        <location filename="../../ui/ChartPanel.cpp" line="37" />
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/ChartPanel.cpp" line="39" />
        <source>Simpan data grafik sebagai CSV</source>
        <translation>Save the chart's data as CSV</translation>
    </message>
    <message>
        <location filename="../../ui/ChartPanel.cpp" line="106" />
        <source>(belum ada data)</source>
        <translation>(no data yet)</translation>
    </message>
    <message>
        <location filename="../../ui/ChartPanel.cpp" line="153" />
        <source>Simpan grafik</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location filename="../../ui/ChartPanel.cpp" line="154" />
        <source>Gambar PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/ChartPanel.cpp" line="156" />
        <source>Gagal menyimpan %1</source>
        <translation>Could not save %1</translation>
    </message>
    <message>
        <location filename="../../ui/ChartPanel.cpp" line="162" />
        <source>Simpan data</source>
        <translation>Save data</translation>
    </message>
    <message>
        <location filename="../../ui/ChartPanel.cpp" line="163" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/ChartPanel.cpp" line="167" />
        <source>Gagal menyimpan %1: %2</source>
        <translation>Could not save %1: %2</translation>
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
    <name>prakerja::DashboardPage</name>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="80" />
        <source>Corong pendaftaran</source>
        <translation>Registration funnel</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="84" />
        <source>Menunggu data…</source>
        <translation>Waiting for data…</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="87" />
        <location filename="../../ui/DashboardPage.cpp" line="258" />
        <source>Jeda</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="91" />
        <source>Jeda atau lanjutkan pembaruan langsung (Ctrl+P)</source>
        <translation>Pause or resume live updates (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="93" />
        <source>Laporan PDF…</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="99" />
        <source>Waktu menurut umpan pendaftaran (WIB): "jam terakhir", "24 jam terakhir" dan "menit terakhir" dihitung mundur dari kejadian terbaru, bukan dari jam dinding. Baris umpan yang ditolak tidak pernah dihitung.</source>
        <translation>Times follow the registration feed (WIB): "last hour", "last 24 hours" and "last minute" count back from the newest event, not the wall clock. Rejected feed lines never count.</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="119" />
        <source>Corong per tahap (dengan penurunan dari tahap sebelumnya)</source>
        <translation>Funnel by stage (with the drop from the previous stage)</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="121" />
        <location filename="../../ui/DashboardPage.cpp" line="175" />
        <source>Pendaftaran per menit</source>
        <translation>Registrations per minute</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="122" />
        <source>Pendaftar per provinsi (dari NIK)</source>
        <translation>Applicants by province (from the NIK)</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="123" />
        <source>Pendaftar per segmen</source>
        <translation>Applicants by segment</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="124" />
        <source>Bergabung per gelombang</source>
        <translation>Joined per wave</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="125" />
        <source>Penolakan NIK per alasan</source>
        <translation>NIK rejections by reason</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="139" />
        <source>Satu jam terakhir</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="140" />
        <source>24 jam terakhir</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="141" />
        <source>Seluruh gelombang</source>
        <translation>Whole wave</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="142" />
        <source>Rentang khusus</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="177" />
        <source>Kumulatif</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="179" />
        <location filename="../../ui/DashboardPage.cpp" line="476" />
        <source>Menit puncak</source>
        <translation>Peak minute</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="187" />
        <source>WIB</source>
        <translation>WIB</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="190" />
        <source>per menit</source>
        <translation>per minute</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="193" />
        <source>kumulatif</source>
        <translation>cumulative</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="258" />
        <source>Lanjutkan</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="284" />
        <source>● Basis data tidak terjangkau: %1 — menyambung ulang otomatis…</source>
        <translation>● Database unreachable: %1 — reconnecting automatically…</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="291" />
        <location filename="../../ui/DashboardPage.cpp" line="561" />
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="293" />
        <source>❚❚ Dijeda · tampilan per %1 · data terbaru %2</source>
        <translation>❚❚ Paused · showing %1 · latest data %2</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="299" />
        <source>● Langsung · diperbarui %1 · kejadian terbaru %2</source>
        <translation>● Live · updated %1 · latest event %2</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="300" />
        <source> · tersambung kembali</source>
        <translation> · reconnected</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="438" />
        <source>%1 · %2 (−%3 · %4)</source>
        <translation>%1 · %2 (−%3 · %4)</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="472" />
        <source>Menit puncak: %1/menit, %2</source>
        <translation>Peak minute: %1/minute, %2</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="497" />
        <source>Puncak: %1 pendaftaran dalam satu menit pada %2 · %3 pendaftaran dalam rentang ini%4</source>
        <translation>Peak: %1 registrations in one minute at %2 · %3 registrations in this range%4</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="500" />
        <source> · titik = rata-rata per %1 menit</source>
        <translation> · point = average per %1 minutes</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="502" />
        <source>Belum ada pendaftaran dalam rentang ini.</source>
        <translation>No registrations in this range yet.</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="540" />
        <location filename="../../ui/DashboardPage.cpp" line="553" />
        <source>Laporan corong pendaftaran Prakerja</source>
        <translation>Prakerja registration funnel report</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="544" />
        <source>Tidak dapat menulis %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="559" />
        <source>Data per %1 · kejadian terbaru %2 (waktu umpan, WIB)</source>
        <translation>Data as of %1 · latest event %2 (feed time, WIB)</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="568" />
        <source>%1 dari pendaftar · %2 dari tahap sebelumnya</source>
        <translation>%1 of registrations · %2 of previous stage</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="597" />
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../ui/DashboardPage.cpp" line="598" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>prakerja::ImportDialog</name>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="34" />
        <source>Impor data</source>
        <translation>Import data</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="40" />
        <source>Feed pendaftaran (JSON Lines)</source>
        <translation>Registration feed (JSON Lines)</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="43" />
        <source>Daftar NIK %1</source>
        <translation>NIK list %1</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="44" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="48" />
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="51" />
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="66" />
        <source>Baris</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="66" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="66" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="72" />
        <source>Simpan laporan penolakan…</source>
        <translation>Save reject report…</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="74" />
        <source>Mulai impor</source>
        <translation>Start import</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="77" />
        <location filename="../../ui/ImportDialog.cpp" line="178" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="118" />
        <source>Pilih berkas</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="119" />
        <source>Data (*.jsonl *.json *.csv *.txt);;Semua berkas (*)</source>
        <translation>Data (*.jsonl *.json *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="137" />
        <source>Pilih berkas yang ada dan dapat dibaca</source>
        <translation>Choose a file that exists and can be read</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="146" />
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="150" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="165" />
        <source>Diterima %1 · duplikat %2 · ditolak %3</source>
        <translation>Accepted %1 · duplicates %2 · rejected %3</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="181" />
        <source>Impor gagal: %1</source>
        <translation>Import failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="187" />
        <source> — dibatalkan; batch yang sudah tersimpan tetap ada, impor ulang akan melewatinya</source>
        <translation> — cancelled; batches already stored stay, and importing again skips them</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="190" />
        <source> (menampilkan %1 penolakan pertama)</source>
        <translation> (showing the first %1 rejects)</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="196" />
        <source>Simpan laporan penolakan</source>
        <translation>Save reject report</translation>
    </message>
    <message>
        <location filename="../../ui/ImportDialog.cpp" line="214" />
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
        <location filename="../../ui/MainWindow.cpp" line="35" />
        <source>Konsol Operator Prakerja — %1</source>
        <translation>Prakerja Operator Console — %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="53" />
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="54" />
        <location filename="../../ui/MainWindow.cpp" line="55" />
        <source>Pendaftar</source>
        <translation>Applicants</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="56" />
        <source>Pencarian pendaftar berdasarkan NIK, email atau telepon untuk agen call center, dengan data pribadi tersamar dan tercatat.</source>
        <translation>Applicant lookup by NIK, email or phone for call-centre agents, with personal data masked and audited.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="58" />
        <source>Gelombang</source>
        <translation>Waves</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="59" />
        <source>Katalog pelatihan</source>
        <translation>Training catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="60" />
        <source>Mitra platform</source>
        <translation>Partner platforms</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="61" />
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="62" />
        <source>Operator</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="63" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="68" />
        <location filename="../../ui/MainWindow.cpp" line="82" />
        <source>Basis data: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="72" />
        <source>Hentikan simulasi</source>
        <translation>Stop simulation</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="83" />
        <source>Basis data tidak terjangkau: %1 — mencoba lagi…</source>
        <translation>Database unreachable: %1 — retrying…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="111" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="112" />
        <source>&amp;Impor feed atau daftar NIK…</source>
        <translation>&amp;Import feed or NIK list…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="119" />
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="121" />
        <source>&amp;Buka</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="126" />
        <source>&amp;Alat</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="127" />
        <source>Jalankan simulasi hari peluncuran</source>
        <translation>Run the launch-day simulation</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="130" />
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="131" />
        <source>Tentang</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="132" />
        <source>Tentang Konsol Operator Prakerja</source>
        <translation>About the Prakerja Operator Console</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="133" />
        <source>Konsol Operator Prakerja %1
Kode wilayah: cahyadsn/wilayah (MIT), © Cahya DSN.</source>
        <translation>Prakerja Operator Console %1
Region codes: cahyadsn/wilayah (MIT), © Cahya DSN.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="145" />
        <source>Simulasi berjalan: %1 kejadian</source>
        <translation>Simulation running: %1 events</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="149" />
        <source>Simulasi selesai</source>
        <translation>Simulation finished</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="149" />
        <source>Simulasi gagal: %1</source>
        <translation>Simulation failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="159" />
        <source>Simulasi dimulai…</source>
        <translation>Simulation starting…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="164" />
        <source>%1 pendaftar</source>
        <translation>%1 applicants</translation>
    </message>
</context>
<context>
    <name>prakerja::OperatorsPage</name>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="26" />
        <source>Operator</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="29" />
        <source>Kata sandi sendiri dapat diubah dengan 'prakerjactl user passwd'.</source>
        <translation>You can change your own password with 'prakerjactl user passwd'.</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="37" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="37" />
        <location filename="../../ui/OperatorsPage.cpp" line="89" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="37" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="37" />
        <source>Masuk terakhir (WIB)</source>
        <translation>Last sign-in (WIB)</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="37" />
        <source>Kata sandi diubah</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="48" />
        <location filename="../../ui/OperatorsPage.cpp" line="285" />
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="50" />
        <source>&amp;Buka kunci</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="55" />
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="56" />
        <source>Atur ulang &amp;kata sandi</source>
        <translation>Reset &amp;password</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="69" />
        <source>Tambah operator</source>
        <translation>Add operator</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="85" />
        <source>&amp;Tambah</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="87" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="90" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="91" />
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="97" />
        <source>Kunci enkripsi</source>
        <translation>Encryption key</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="99" />
        <source>&amp;Rotasi kunci</source>
        <translation>&amp;Rotate key</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="104" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="107" />
        <source>Mengenkripsi ulang semua NIK, KK, email dan telepon dengan kunci baru; dapat dilanjutkan bila terputus. Cadangkan berkas kunci sesudahnya.</source>
        <translation>Re-encrypts every NIK, KK, email and phone under a new key; resumable if interrupted. Back up the key file afterwards.</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="123" />
        <source>Rotasi berjalan…</source>
        <translation>Rotation running…</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="137" />
        <source>Rotasi gagal: %1</source>
        <translation>Rotation failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="139" />
        <source>Rotasi dihentikan; tekan Rotasi kunci lagi untuk melanjutkan.</source>
        <translation>Rotation stopped; press Rotate key again to resume.</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="142" />
        <source>Rotasi selesai; kunci lama dipensiunkan. Cadangkan berkas kunci sekarang dan mulai ulang konsol.</source>
        <translation>Rotation finished; the old key is retired. Back up the key file now and restart the console.</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="200" />
        <source>nonaktif</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="201" />
        <source>terkunci sampai %1</source>
        <translation>locked until %1</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="202" />
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="240" />
        <source>Operator %1 ditambahkan</source>
        <translation>Operator %1 added</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="242" />
        <source>Kata sandi %1 diatur ulang</source>
        <translation>Password of %1 reset</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="244" />
        <source>Operator %1 dinonaktifkan</source>
        <translation>Operator %1 disabled</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="246" />
        <source>Operator %1 diaktifkan kembali</source>
        <translation>Operator %1 enabled again</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="248" />
        <source>Kunci operator %1 dibuka</source>
        <translation>Operator %1 unlocked</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="257" />
        <source>Kedua kata sandi tidak sama</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="262" />
        <source>Menambahkan…</source>
        <translation>Adding…</translation>
    </message>
    <message>
        <location filename="../../ui/OperatorsPage.cpp" line="284" />
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
        <location filename="../../ui/SettingsPage.cpp" line="72" />
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="73" />
        <source>Berlaku saat konsol dibuka lagi.</source>
        <translation>Takes effect when the console is next opened.</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="80" />
        <source>Pengaturan program hanya dapat diubah oleh peran dengan izin %1 (administrator).</source>
        <translation>Programme settings can only be changed by a role with the %1 permission (administrator).</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="88" />
        <source>Keamanan masuk</source>
        <translation>Sign-in security</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="89" />
        <source>Kunci konsol setelah &amp;tidak aktif</source>
        <translation>Lock the console after &amp;inactivity</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="89" />
        <location filename="../../ui/SettingsPage.cpp" line="91" />
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="90" />
        <source>Kunci akun setelah &amp;gagal masuk</source>
        <translation>Lock an account after &amp;failed sign-ins</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="90" />
        <source> kali</source>
        <translation> times</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="91" />
        <source>&amp;Lama akun terkunci</source>
        <translation>Account &amp;lock duration</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="93" />
        <source>Anggaran program</source>
        <translation>Programme budget</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="103" />
        <source>&amp;Total anggaran (Rp)</source>
        <translation>&amp;Total budget (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="107" />
        <source>Bantuan pelatihan per peserta</source>
        <translation>Training credit per participant</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="108" />
        <source>Insentif per bulan</source>
        <translation>Incentive per month</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="109" />
        <source>Bulan insentif</source>
        <translation>Incentive months</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="109" />
        <source> bulan</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="110" />
        <source>Insentif per survei</source>
        <translation>Incentive per survey</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="111" />
        <source>Jumlah survei</source>
        <translation>Number of surveys</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="111" />
        <source> survei</source>
        <translation> surveys</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="113" />
        <source>Aturan bawaan gelombang baru</source>
        <translation>Default rules for new waves</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="114" />
        <source>Telepon harus terverifikasi</source>
        <translation>Phone must be verified</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="118" />
        <source>Peserta per kartu keluarga</source>
        <translation>Participants per family card</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="118" />
        <source> orang</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="120" />
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="121" />
        <source>Kecepatan simulasi saat pertama dibuka</source>
        <translation>Simulation speed on first start</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="121" />
        <source>× (0 = mati)</source>
        <translation>× (0 = off)</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="128" />
        <source>Isi nilai &amp;bawaan</source>
        <translation>Fill in &amp;defaults</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="130" />
        <source>Mengisi kolom dengan nilai bawaan; belum disimpan sebelum Simpan ditekan.</source>
        <translation>Fills the fields with the defaults; nothing is saved until Save is pressed.</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="131" />
        <source>&amp;Urungkan perubahan</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="133" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="203" />
        <source>Nilai bawaan diisi; tekan Simpan untuk memakainya.</source>
        <translation>Defaults filled in; press Save to use them.</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="238" />
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="252" />
        <source>Tidak tersimpan: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="262" />
        <source>Tersimpan dan tercatat di log audit. Bahasa berlaku saat konsol dibuka lagi.</source>
        <translation>Saved and recorded in the audit log. The language takes effect when the console is next opened.</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.cpp" line="263" />
        <source>Tersimpan dan tercatat di log audit.</source>
        <translation>Saved and recorded in the audit log.</translation>
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
        <location filename="../../ui/TrainingEditor.cpp" line="43" />
        <location filename="../../ui/TrainingEditor.cpp" line="211" />
        <source>Pilih pelatihan di tabel.</source>
        <translation>Choose a training in the table.</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="67" />
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="70" />
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="75" />
        <source>Tingkat</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="80" />
        <source>Moda</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="81" />
        <source>Izin kesehatan dan keselamatan ada</source>
        <translation>Health and safety clearance given</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="86" />
        <source>rupiah, mis. 350.000</source>
        <translation>rupiah, e.g. 350.000</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="87" />
        <source>Harga (Rp)</source>
        <translation>Price (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="90" />
        <source>Durasi (jam)</source>
        <translation>Duration (hours)</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="94" />
        <source>Deskripsi</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="97" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="101" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="104" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="109" />
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="109" />
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="110" />
        <source>Tolak…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="110" />
        <source>Terbitkan</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="111" />
        <source>Hentikan</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="122" />
        <source>Tolak pelatihan</source>
        <translation>Reject training</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="122" />
        <source>Alasan penolakan:</source>
        <translation>Reason for rejecting:</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="131" />
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="135" />
        <source>Pemeriksaan</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="135" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="140" />
        <source>Alasan mengabaikan tanda</source>
        <translation>Reason for dismissing the flag</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="141" />
        <source>&amp;Abaikan tanda</source>
        <translation>&amp;Dismiss flag</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="146" />
        <location filename="../../ui/TrainingEditor.cpp" line="258" />
        <source>Tanda kurasi</source>
        <translation>Curation flags</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="149" />
        <source>Waktu (WIB)</source>
        <translation>Time (WIB)</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="149" />
        <source>Operator</source>
        <translation>Operators</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="149" />
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="149" />
        <source>Kolom</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="149" />
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="149" />
        <source>Menjadi</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="151" />
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="231" />
        <source> — ditahan selama platform ditangguhkan</source>
        <translation> — held while the platform is suspended</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="233" />
        <source> — alasan: %1</source>
        <translation> — reason: %1</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="234" />
        <source>%1 · versi %2 · diubah %3 oleh %4</source>
        <translation>%1 · version %2 · changed %3 by %4</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="255" />
        <source>%1 (diabaikan: %2)</source>
        <translation>%1 (dismissed: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="258" />
        <source>Tanda kurasi (%1)</source>
        <translation>Curation flags (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/TrainingEditor.cpp" line="299" />
        <source>bukan rupiah utuh (350000 atau 350.000)</source>
        <translation>not whole rupiah (350000 or 350.000)</translation>
    </message>
</context>
<context>
    <name>prakerja::WavesPage</name>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="117" />
        <source>Gelombang</source>
        <translation>Waves</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="128" />
        <source>Buat…</source>
        <translation>Create…</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="129" />
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="130" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="131" />
        <source>Batalkan gelombang</source>
        <translation>Cancel wave</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="132" />
        <source>Uji coba undian</source>
        <translation>Dry-run draw</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="133" />
        <source>Bandingkan aturan…</source>
        <translation>Compare rules…</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="134" />
        <source>Undi</source>
        <translation>Draw</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="135" />
        <source>Umumkan</source>
        <translation>Announce</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="136" />
        <source>Verifikasi</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="145" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="160" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="160" />
        <location filename="../../ui/WavesPage.cpp" line="539" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="160" />
        <source>Dibuka (WIB)</source>
        <translation>Opens (WIB)</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="160" />
        <source>Ditutup (WIB)</source>
        <translation>Closes (WIB)</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="160" />
        <location filename="../../ui/WavesPage.cpp" line="497" />
        <location filename="../../ui/WavesPage.cpp" line="542" />
        <source>Kuota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="161" />
        <location filename="../../ui/WavesPage.cpp" line="497" />
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="161" />
        <location filename="../../ui/WavesPage.cpp" line="497" />
        <location filename="../../ui/WavesPage.cpp" line="502" />
        <source>Terpilih</source>
        <translation>Selected</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="161" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="204" />
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="244" />
        <source>Membuat gelombang…</source>
        <translation>Creating the wave…</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="257" />
        <source>Sedang berjalan…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="264" />
        <source>Aturan pembanding (JSON)</source>
        <translation>Comparison rules (JSON)</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="264" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="319" />
        <source>&lt;b&gt;Anggaran&lt;/b&gt;&lt;br&gt;Per peserta %1 · program %2&lt;br&gt;Terikat %3 · sisa %4&lt;br&gt;Perkiraan gelombang yang masih mungkin: %5 (anggaran %6, pool %7)</source>
        <translation>&lt;b&gt;Budget&lt;/b&gt;&lt;br&gt;Per participant %1 · programme %2&lt;br&gt;Committed %3 · remaining %4&lt;br&gt;Forecast of waves still possible: %5 (budget %6, pool %7)</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="329" />
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="334" />
        <source>Hasil undian tersimpan: </source>
        <translation>Stored draw results: </translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="335" />
        <source>Uji coba (tidak ada yang ditulis): </source>
        <translation>Dry run (nothing written): </translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="336" />
        <source>Undian selesai: </source>
        <translation>Draw finished: </translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="339" />
        <source>pool %1, memenuhi syarat %2, terpilih %3</source>
        <translation>pool %1, eligible %2, selected %3</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="342" />
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="351" />
        <source>Belum ada gelombang.</source>
        <translation>No waves yet.</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="358" />
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="358" />
        <location filename="../../ui/WavesPage.cpp" line="380" />
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="360" />
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Dibuka %3 · ditutup %4&lt;br&gt;Pengumuman %5 · pelatihan %6&lt;br&gt;Kuota %7 · pool %8 · terpilih %9&lt;br&gt;Sisa pool ke gelombang berikut: %10&lt;br&gt;&lt;br&gt;&lt;b&gt;Aturan&lt;/b&gt; (versi %11)&lt;br&gt;Usia minimum %12 · email wajib %13 · NIK wajib %14 · telepon wajib %15&lt;br&gt;Bukan pelajar (Dapodik) %16 · bukan daftar pengecualian %17 · maks. %18 peserta per KK&lt;br&gt;Urutan prioritas:&lt;br&gt;%19&lt;br&gt;Bonus pendaftar ulang: %20 · kuota provinsi: %21&lt;br&gt;&lt;br&gt;&lt;b&gt;Komitmen benih&lt;/b&gt; (SHA-256)&lt;br&gt;&lt;tt&gt;%22&lt;/tt&gt;&lt;br&gt;&lt;b&gt;Benih&lt;/b&gt;&lt;br&gt;&lt;tt&gt;%23&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;Opens %3 · closes %4&lt;br&gt;Announcement %5 · training %6&lt;br&gt;Quota %7 · pool %8 · selected %9&lt;br&gt;Unselected pool to the next wave: %10&lt;br&gt;&lt;br&gt;&lt;b&gt;Rules&lt;/b&gt; (version %11)&lt;br&gt;Minimum age %12 · email required %13 · NIK required %14 · phone required %15&lt;br&gt;Not a student (Dapodik) %16 · not on the exclusion list %17 · at most %18 participants per family card&lt;br&gt;Priority order:&lt;br&gt;%19&lt;br&gt;Repeat-applicant bonus: %20 · province quotas: %21&lt;br&gt;&lt;br&gt;&lt;b&gt;Seed commitment&lt;/b&gt; (SHA-256)&lt;br&gt;&lt;tt&gt;%22&lt;/tt&gt;&lt;br&gt;&lt;b&gt;Seed&lt;/b&gt;&lt;br&gt;&lt;tt&gt;%23&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="372" />
        <source>otomatis</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="372" />
        <source>harus bergabung lagi</source>
        <translation>must join again</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="381" />
        <source>sebanding pool</source>
        <translation>in proportion to the pool</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="382" />
        <source>tabel bobot</source>
        <translation>weight table</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="383" />
        <source>(disegel sampai undian)</source>
        <translation>(sealed until the draw)</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="389" />
        <source>Grafik hasil muncul setelah uji coba undian atau undian.</source>
        <translation>Result charts appear after a dry run or the draw.</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="391" />
        <source>Memuat hasil undian…</source>
        <translation>Loading the draw results…</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="419" />
        <source>Peran Anda tidak boleh menjalankan undian (run_draw).</source>
        <translation>Your role may not run the draw (run_draw).</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="441" />
        <source>Grafik</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="450" />
        <source>Aturan gelombang</source>
        <translation>Wave rules</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="450" />
        <source>Aturan pembanding</source>
        <translation>Comparison rules</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="462" />
        <source>Tingkat %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="463" />
        <source>Tingkat</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="463" />
        <source>Terpilih per tingkat prioritas</source>
        <translation>Selected by priority tier</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="476" />
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="476" />
        <source>Terpilih per provinsi (10 terbesar, kode wilayah)</source>
        <translation>Selected by province (top 10, region code)</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="478" />
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="478" />
        <source>Terpilih per jenis kelamin</source>
        <translation>Selected by sex</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="478" />
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="478" />
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="489" />
        <source>Usia</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="489" />
        <source>Terpilih per kelompok usia</source>
        <translation>Selected by age band</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="491" />
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="494" />
        <source>Segmen</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="494" />
        <source>Terpilih per segmen</source>
        <translation>Selected by segment</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="496" />
        <source>Pool vs kuota</source>
        <translation>Pool vs quota</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="496" />
        <source>Pool, memenuhi syarat, kuota, terpilih</source>
        <translation>Pool, eligible, quota, selected</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="497" />
        <location filename="../../ui/WavesPage.cpp" line="502" />
        <source>Memenuhi syarat</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="501" />
        <source>Daftar Kemnaker</source>
        <translation>Kemnaker list</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="501" />
        <source>Cakupan daftar Kemnaker (pekerja terdampak)</source>
        <translation>Coverage of the Kemnaker list (affected workers)</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="502" />
        <source>Di pool</source>
        <translation>In the pool</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="511" />
        <source>Gelombang baru</source>
        <translation>New wave</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="527" />
        <source>Otomatis ke gelombang berikut</source>
        <translation>Automatically into the next wave</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="528" />
        <source>Harus bergabung lagi</source>
        <translation>Must join again</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="530" />
        <source>Telepon harus terverifikasi</source>
        <translation>Phone must be verified</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="535" />
        <source>Kuota per provinsi sebanding pool</source>
        <translation>Province quotas in proportion to the pool</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="540" />
        <source>Dibuka</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="541" />
        <source>Ditutup</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="543" />
        <source>Sisa pool</source>
        <translation>Unselected pool</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="545" />
        <source>Maks. peserta per KK</source>
        <translation>Max. participants per family card</translation>
    </message>
    <message>
        <location filename="../../ui/WavesPage.cpp" line="553" />
        <source>Waktu tutup harus setelah waktu buka.</source>
        <translation>The closing time must be after the opening time.</translation>
    </message>
</context>
</TS>
#include "DemoCatalogue.h"

#include <QCryptographicHash>

namespace prakerja {

namespace {

struct Template
{
    const char16_t* category;
    qint64 basePrice; // rupiah for the first edition
    const char16_t* subject; // what participants learn, for the description
    std::initializer_list<const char16_t*> titles;
};

const Template kTemplates[] = {
    {u"digital",
     350000,
     u"menggunakan komputer, internet dan aplikasi kantor untuk bekerja",
     {u"Pengenalan Teknologi Informasi untuk Pemula", u"Dasar Microsoft Excel untuk Kantor",
      u"Membuat Website dengan WordPress", u"Pemrograman Python Dasar", u"Mengelola Toko Online",
      u"Keamanan Siber untuk UMKM", u"Analisis Data dengan Spreadsheet", u"Pemrograman Aplikasi Android"}},
    {u"finance",
     300000,
     u"mencatat transaksi, menyusun laporan dan mengelola uang usaha",
     {u"Akuntansi untuk Pemula", u"Pembukuan Sederhana untuk UMKM", u"Mengelola Keuangan Pribadi",
      u"Perpajakan untuk Usaha Kecil", u"Menyusun Laporan Keuangan", u"Manajemen Arus Kas Usaha"}},
    {u"sales",
     250000,
     u"menawarkan produk, melayani pelanggan dan menutup penjualan",
     {u"Belajar Menjadi Telemarketer", u"Teknik Penjualan Langsung", u"Pemasaran Digital untuk UMKM",
      u"Copywriting untuk Iklan Online", u"Layanan Pelanggan yang Prima", u"Fotografi Produk untuk Jualan Online"}},
    {u"hospitality",
     280000,
     u"melayani tamu hotel, penginapan dan wisata sesuai standar",
     {u"Dasar Keterampilan Housekeeping", u"Menjadi Resepsionis Hotel", u"Pemandu Wisata Lokal",
      u"Pelayanan Tamu di Restoran", u"Mengelola Homestay"}},
    {u"food",
     260000,
     u"mengolah, menyajikan dan menjual makanan serta minuman dengan aman",
     {u"Manajemen Warung Kopi", u"Membuat Kue Kering untuk Dijual", u"Barista Profesional", u"Usaha Katering Rumahan",
      u"Keamanan Pangan dan Kebersihan Dapur", u"Membuat Minuman Kekinian"}},
    {u"language",
     300000,
     u"bercakap dan menulis untuk keperluan kerja sehari-hari",
     {u"Bahasa Inggris Praktis untuk Pelaku Pariwisata", u"Bahasa Inggris untuk Wawancara Kerja",
      u"Bahasa Jepang Dasar untuk Pekerja Migran", u"Bahasa Mandarin Percakapan", u"Bahasa Korea untuk Pemula",
      u"Menulis Surat Lamaran dalam Bahasa Inggris"}},
    {u"community",
     200000,
     u"berbicara di depan umat dan masyarakat serta mengelola kegiatan bersama",
     {u"Pelatihan Da'i Muda", u"Kepemimpinan Organisasi Masyarakat", u"Pengelolaan Zakat dan Wakaf",
      u"Fasilitator Pemberdayaan Desa", u"Public Speaking untuk Pemula"}},
    {u"creative",
     275000,
     u"membuat foto, video, tulisan dan acara yang menarik penonton",
     {u"Menjadi MC Andal", u"Fotografi dengan Ponsel", u"Membuat Video untuk YouTube", u"Menulis Konten Kreatif",
      u"Editing Video dengan Ponsel", u"Ilustrasi Digital"}},
    {u"trades",
     400000,
     u"bekerja aman dengan alat dan mesin serta memperbaiki peralatan",
     {u"Dasar Pengelasan", u"Teknisi AC Rumah Tangga", u"Servis Sepeda Motor", u"Instalasi Listrik Rumah",
      u"Menjahit Pakaian", u"Perbaikan Ponsel"}},
    {u"agriculture",
     250000,
     u"menanam, beternak dan membudidayakan ikan untuk dijual",
     {u"Budidaya Ikan Lele", u"Hidroponik Skala Rumah", u"Budidaya Jamur Tiram", u"Pertanian Organik",
      u"Beternak Ayam Kampung", u"Pengolahan Hasil Perikanan"}},
    {u"health",
     320000,
     u"merawat orang lain dan menjaga kesehatan keluarga",
     {u"Perawatan Lansia di Rumah", u"Pertolongan Pertama", u"Asisten Apoteker", u"Pijat Bayi",
      u"Gizi Seimbang untuk Keluarga"}},
    {u"other",
     180000,
     u"bersiap memasuki dunia kerja dan memulai usaha sendiri",
     {u"Persiapan Kerja dan Wawancara", u"Kewirausahaan untuk Pemula", u"Manajemen Waktu dan Produktivitas",
      u"Menyusun CV yang Menarik", u"Etika Kerja Profesional"}},
};

struct PlatformInfo
{
    const char16_t* code;
    const char16_t* prefix;
    const char16_t* url;
    int priceFactor; // per mille
};
const PlatformInfo kPlatforms[] = {
    {u"TOKOPEDIA", u"TKP", u"https://www.tokopedia.com/prakerja/", 1000},
    {u"SKILLACADEMY", u"SKA", u"https://skillacademy.com/kelas/", 1080},
    {u"MAUBELAJARAPA", u"MBA", u"https://maubelajarapa.com/kelas/", 960},
    {u"BUKALAPAK", u"BL", u"https://www.bukalapak.com/prakerja/", 990},
    {u"PINTARIA", u"PIN", u"https://pintaria.com/pelatihan/", 1050},
    {u"SEKOLAHMU", u"SKM", u"https://www.sekolah.mu/prakerja/", 1020},
    {u"PIJARMAHIR", u"PJM", u"https://pijarmahir.id/kelas/", 970},
    {u"SISNAKER", u"SIS", u"https://sisnaker.kemnaker.go.id/pelatihan/", 950},
};

const char16_t* const kEditions[] = {u"", u" — Kelas Intensif", u" — Tingkat Lanjut"};

quint32 hash(int a, int b, int c = 0)
{
    quint32 h = 2166136261u;
    for (int v : {a, b, c}) {
        h ^= static_cast<quint32>(v);
        h *= 16777619u;
        h ^= h >> 13;
    }
    return h;
}

qint64 roundPrice(qint64 value)
{
    return (value + 500) / 1000 * 1000;
}

} // namespace

const QStringList& DemoCatalogue::examples()
{
    static const QStringList titles = {QStringLiteral("Pengenalan Teknologi Informasi untuk Pemula"),
                                       QStringLiteral("Akuntansi untuk Pemula"),
                                       QStringLiteral("Pelatihan Da'i Muda"),
                                       QStringLiteral("Menjadi MC Andal"),
                                       QStringLiteral("Manajemen Warung Kopi"),
                                       QStringLiteral("Bahasa Inggris Praktis untuk Pelaku Pariwisata"),
                                       QStringLiteral("Dasar Keterampilan Housekeeping"),
                                       QStringLiteral("Belajar Menjadi Telemarketer")};
    return titles;
}

QList<Training> DemoCatalogue::generate(qint64 credit)
{
    QList<Training> out;
    int serial[std::size(kPlatforms)] = {};
    int titleIndex = 0;
    for (const Template& tpl : kTemplates) {
        for (const char16_t* rawTitle : tpl.titles) {
            ++titleIndex;
            const QString title = QString::fromUtf16(rawTitle);
            const bool example = examples().contains(title);
            const int baseHours = 4 + static_cast<int>(hash(titleIndex, 7) % 20);
            for (int p = 0; p < static_cast<int>(std::size(kPlatforms)); ++p) {
                // Each title on about three platforms in four; the examples on all of them.
                if (!example && hash(titleIndex, p) % 4 == 0)
                    continue;
                const PlatformInfo& platform = kPlatforms[p];
                for (int e = 0; e < 3; ++e) {
                    Training t;
                    t.platform = QString::fromUtf16(platform.code);
                    t.code = QStringLiteral("%1-%2")
                                 .arg(QString::fromUtf16(platform.prefix))
                                 .arg(++serial[p], 4, 10, QLatin1Char('0'));
                    t.title = title + QString::fromUtf16(kEditions[e]);
                    t.category = QString::fromUtf16(tpl.category);
                    t.level = static_cast<TrainingLevel>(e + 1);
                    t.durationHours = baseHours * (e + 1);
                    const qint64 base = tpl.basePrice * (10 + 5 * e) / 10;
                    t.price = std::min(credit, roundPrice(base * platform.priceFactor / 1000));
                    t.description
                        = QStringLiteral("%1: pelatihan %2 selama %3 jam. Peserta belajar %4, dengan latihan, "
                                         "studi kasus dan sertifikat dari %5.")
                              .arg(t.title, TrainingRules::levelName(t.level).toLower())
                              .arg(t.durationHours)
                              .arg(QString::fromUtf16(tpl.subject), t.platform);
                    t.url = QString::fromUtf16(platform.url) + t.code.toLower();
                    const quint32 h = hash(titleIndex, p, e);
                    // A few practical trainings held in person, once health standards allow.
                    if ((t.category == u"trades" || t.category == u"food") && h % 9 == 0) {
                        t.mode = TrainingMode::Offline;
                        t.healthClearance = true;
                    }
                    const quint32 s = h % 100;
                    t.status = s < 84 ? TrainingStatus::Published
                        : s < 90      ? TrainingStatus::Submitted
                        : s < 93      ? TrainingStatus::Approved
                        : s < 96      ? TrainingStatus::Draft
                        : s < 98      ? TrainingStatus::Rejected
                                      : TrainingStatus::Retired;
                    if (t.status == TrainingStatus::Rejected)
                        t.rejectReason = QStringLiteral("Materi belum sesuai standar kompetensi");
                    if (example && e == 0)
                        t.status = TrainingStatus::Published;
                    out << t;
                }
            }
        }
    }
    // What the curation checks exist for: prices far apart for the same content, a short or
    // copied description, a missing link.
    for (int i = 0; i < out.size(); ++i) {
        Training& t = out[i];
        if (examples().contains(t.title))
            continue;
        if (i % 97 == 13)
            t.price = std::min(credit, t.price * 2);
        else if (i % 131 == 29)
            t.description = t.title + QStringLiteral(".");
        else if (i % 149 == 31 && i > 0)
            t.description = out[i - 1].description;
        else if (i % 173 == 37)
            t.url.clear();
    }
    return out;
}

QList<Training> DemoCatalogue::synthetic(int n, qint64 credit)
{
    const QList<Training> base = generate(credit);
    QList<Training> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        Training t = base[i % base.size()];
        if (t.mode == TrainingMode::Offline)
            t.healthClearance = true;
        if (i >= base.size())
            t.code += QStringLiteral("-%1").arg(i / base.size());
        out << t;
    }
    return out;
}

} // namespace prakerja

#include "FeedReject.h"

#include <QHash>

namespace prakerja {

namespace {

const QHash<QString, const char*>& reasonTexts()
{
    static const QHash<QString, const char*> texts = {
        {QStringLiteral("malformed_json"), QT_TRANSLATE_NOOP("Error", "JSON tidak valid")},
        {QStringLiteral("line_too_long"), QT_TRANSLATE_NOOP("Error", "baris terlalu panjang")},
        {QStringLiteral("missing_field"), QT_TRANSLATE_NOOP("Error", "kolom wajib tidak ada")},
        {QStringLiteral("invalid_field"), QT_TRANSLATE_NOOP("Error", "nilai kolom tidak valid")},
        {QStringLiteral("unknown_event"), QT_TRANSLATE_NOOP("Error", "jenis kejadian tidak dikenal")},
        {QStringLiteral("birth_date_mismatch"), QT_TRANSLATE_NOOP("Error", "tanggal lahir tidak sesuai dengan NIK")},
        {QStringLiteral("nik_taken"), QT_TRANSLATE_NOOP("Error", "NIK sudah dipakai pendaftar lain")},
        {QStringLiteral("email_taken"), QT_TRANSLATE_NOOP("Error", "email sudah dipakai pendaftar lain")},
        {QStringLiteral("unknown_nik"), QT_TRANSLATE_NOOP("Error", "NIK belum terdaftar")},
        {QStringLiteral("wave_not_open"),
         QT_TRANSLATE_NOOP("Error", "gelombang tidak sedang dibuka pada waktu kejadian")},
        {QStringLiteral("not_participant"), QT_TRANSLATE_NOOP("Error", "bukan peserta aktif")},
        {QStringLiteral("training_not_published"),
         QT_TRANSLATE_NOOP("Error", "pelatihan tidak terbit di platform itu pada waktu kejadian")},
        {QStringLiteral("over_credit"), QT_TRANSLATE_NOOP("Error", "harga melebihi sisa saldo pelatihan")},
        {QStringLiteral("not_bought"), QT_TRANSLATE_NOOP("Error", "pelatihan itu belum dibeli")},
        {QStringLiteral("not_completed"), QT_TRANSLATE_NOOP("Error", "belum menyelesaikan pelatihan")},
        {QStringLiteral("amount_over_rule"), QT_TRANSLATE_NOOP("Error", "jumlah melebihi ketentuan")},
    };
    return texts;
}

} // namespace

Error feedReject(const QString& code, const QString& detail)
{
    const char* text = reasonTexts().value(code, nullptr);
    const QString reason = text ? Error::tr(text) : code;
    return makeError(code, detail.isEmpty() ? reason : reason + QStringLiteral(": ") + detail);
}

} // namespace prakerja

#include "FeedReject.h"

#include <QHash>
#include <QPair>

namespace prakerja {

namespace {

const QHash<QString, QPair<QString, QString>>& reasonTexts()
{
    static const QHash<QString, QPair<QString, QString>> texts = {
        {QStringLiteral("malformed_json"), {QStringLiteral("JSON tidak valid"), QStringLiteral("malformed JSON")}},
        {QStringLiteral("line_too_long"), {QStringLiteral("baris terlalu panjang"), QStringLiteral("line too long")}},
        {QStringLiteral("missing_field"), {QStringLiteral("kolom wajib tidak ada"), QStringLiteral("missing field")}},
        {QStringLiteral("invalid_field"), {QStringLiteral("nilai kolom tidak valid"), QStringLiteral("invalid field")}},
        {QStringLiteral("unknown_event"),
         {QStringLiteral("jenis kejadian tidak dikenal"), QStringLiteral("unknown event type")}},
        {QStringLiteral("birth_date_mismatch"),
         {QStringLiteral("tanggal lahir tidak sesuai dengan NIK"), QStringLiteral("birth date contradicts the NIK")}},
        {QStringLiteral("nik_taken"),
         {QStringLiteral("NIK sudah dipakai pendaftar lain"),
          QStringLiteral("NIK already registered by another applicant")}},
        {QStringLiteral("email_taken"),
         {QStringLiteral("email sudah dipakai pendaftar lain"),
          QStringLiteral("email already registered by another applicant")}},
        {QStringLiteral("unknown_nik"),
         {QStringLiteral("NIK belum terdaftar"), QStringLiteral("event for an unknown NIK")}},
        {QStringLiteral("wave_not_open"),
         {QStringLiteral("gelombang tidak sedang dibuka pada waktu kejadian"),
          QStringLiteral("the wave is not open at the event's time")}},
        {QStringLiteral("not_participant"),
         {QStringLiteral("bukan peserta aktif"), QStringLiteral("not an active participant")}},
        {QStringLiteral("training_not_published"),
         {QStringLiteral("pelatihan tidak terbit di platform itu pada waktu kejadian"),
          QStringLiteral("the training is not published on that platform at the event's time")}},
        {QStringLiteral("over_credit"),
         {QStringLiteral("harga melebihi sisa saldo pelatihan"),
          QStringLiteral("the price exceeds the remaining credit")}},
        {QStringLiteral("not_bought"),
         {QStringLiteral("pelatihan itu belum dibeli"), QStringLiteral("that training was not bought")}},
        {QStringLiteral("not_completed"),
         {QStringLiteral("belum menyelesaikan pelatihan"), QStringLiteral("no training completed")}},
        {QStringLiteral("amount_over_rule"),
         {QStringLiteral("jumlah melebihi ketentuan"), QStringLiteral("the amount exceeds the rule")}},
    };
    return texts;
}

} // namespace

Error feedReject(const QString& code, const QString& detail)
{
    const auto texts = reasonTexts().value(code, {code, code});
    if (detail.isEmpty())
        return makeError(code, texts.first, texts.second);
    return makeError(code, texts.first + QStringLiteral(": ") + detail, texts.second + QStringLiteral(": ") + detail);
}

} // namespace prakerja

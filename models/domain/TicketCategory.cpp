#include "TicketCategory.h"

#include "EnumTable.h"
#include "Error.h"

namespace prakerja {

namespace {
constexpr EnumEntry<TicketCategory> kCategories[] = {
    {TicketCategory::EmailVerification, u"email_verification", QT_TRANSLATE_NOOP("Text", "Verifikasi email")},
    {TicketCategory::PhotoUpload, u"photo_upload", QT_TRANSLATE_NOOP("Text", "Unggah foto")},
    {TicketCategory::NikVerification, u"nik_verification", QT_TRANSLATE_NOOP("Text", "Verifikasi NIK")},
    {TicketCategory::Phone, u"phone", QT_TRANSLATE_NOOP("Text", "Nomor telepon")},
    {TicketCategory::Test, u"test", QT_TRANSLATE_NOOP("Text", "Tes")},
    {TicketCategory::WaveSelection, u"wave_selection", QT_TRANSLATE_NOOP("Text", "Gelombang dan seleksi")},
    {TicketCategory::Training, u"training", QT_TRANSLATE_NOOP("Text", "Pelatihan")},
    {TicketCategory::Incentive, u"incentive", QT_TRANSLATE_NOOP("Text", "Insentif")},
    {TicketCategory::DataCorrection, u"data_correction", QT_TRANSLATE_NOOP("Text", "Perbaikan data")},
    {TicketCategory::Complaint, u"complaint", QT_TRANSLATE_NOOP("Text", "Pengaduan")},
    {TicketCategory::Other, u"other", QT_TRANSLATE_NOOP("Text", "Lainnya")},
};
} // namespace

QList<TicketCategory> ticketCategories()
{
    QList<TicketCategory> out;
    for (const auto& i : kCategories)
        out << i.value;
    return out;
}

QString ticketCategoryName(TicketCategory category)
{
    const QString name = enumName(kCategories, category);
    return name.isEmpty() ? QStringLiteral("other") : name;
}

QString ticketCategoryLabel(TicketCategory category)
{
    return enumLabel(kCategories, category);
}

std::optional<TicketCategory> ticketCategoryFromName(QStringView name)
{
    return enumFromName(kCategories, name);
}

} // namespace prakerja

#include "TicketCategory.h"

#include "EnumTable.h"
#include "Error.h"

namespace prakerja {

namespace {
constexpr EnumEntry<TicketCategory> kCategories[] = {
    {TicketCategory::EmailVerification, u"email_verification", u"Verifikasi email", u"Email verification"},
    {TicketCategory::PhotoUpload, u"photo_upload", u"Unggah foto", u"Photo upload"},
    {TicketCategory::NikVerification, u"nik_verification", u"Verifikasi NIK", u"NIK verification"},
    {TicketCategory::Phone, u"phone", u"Nomor telepon", u"Phone"},
    {TicketCategory::Test, u"test", u"Tes", u"Test"},
    {TicketCategory::WaveSelection, u"wave_selection", u"Gelombang dan seleksi", u"Wave and selection"},
    {TicketCategory::Training, u"training", u"Pelatihan", u"Training"},
    {TicketCategory::Incentive, u"incentive", u"Insentif", u"Incentive"},
    {TicketCategory::DataCorrection, u"data_correction", u"Perbaikan data", u"Data correction"},
    {TicketCategory::Complaint, u"complaint", u"Pengaduan", u"Complaint"},
    {TicketCategory::Other, u"other", u"Lainnya", u"Other"},
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

#include "TicketCategory.h"

#include "Error.h"

namespace prakerja {

namespace {
struct Info
{
    TicketCategory category;
    const char16_t* name;
    const char16_t* labelId;
    const char16_t* labelEn;
};
constexpr Info kCategories[] = {
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
    for (const Info& i : kCategories)
        out << i.category;
    return out;
}

QString ticketCategoryName(TicketCategory category)
{
    for (const Info& i : kCategories)
        if (i.category == category)
            return QString::fromUtf16(i.name);
    return QStringLiteral("other");
}

QString ticketCategoryLabel(TicketCategory category)
{
    for (const Info& i : kCategories)
        if (i.category == category)
            return QString::fromUtf16(Error::english() ? i.labelEn : i.labelId);
    return {};
}

std::optional<TicketCategory> ticketCategoryFromName(QStringView name)
{
    for (const Info& i : kCategories)
        if (name == QStringView(i.name))
            return i.category;
    return std::nullopt;
}

} // namespace prakerja

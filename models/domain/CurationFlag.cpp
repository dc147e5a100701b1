#include "CurationFlag.h"

#include "Error.h"

namespace prakerja {

namespace {
struct CheckInfo
{
    CurationCheck check;
    const char16_t* name;
    const char16_t* labelId;
    const char16_t* labelEn;
};
constexpr CheckInfo kChecks[] = {
    {CurationCheck::PriceSpread, u"price_spread", u"Harga berbeda antarplatform", u"Prices apart across platforms"},
    {CurationCheck::CategoryMedian, u"category_median", u"Harga di atas 2× median kategori",
     u"Price above 2× the category median"},
    {CurationCheck::PricePerHour, u"price_per_hour", u"Harga per jam tinggi", u"High price per hour"},
    {CurationCheck::ShortDescription, u"short_description", u"Deskripsi terlalu pendek", u"Description too short"},
    {CurationCheck::CopiedDescription, u"copied_description", u"Deskripsi disalin", u"Copied description"},
    {CurationCheck::OfflineWithoutClearance, u"offline_without_clearance", u"Luring tanpa izin kesehatan",
     u"Offline without health clearance"},
    {CurationCheck::DeadUrl, u"dead_url", u"URL kosong atau tidak sah", u"Empty or invalid URL"},
};
static_assert(std::size(kChecks) == kCurationCheckCount);
} // namespace

QString CurationFlag::reason() const
{
    return Error::english() ? reasonEn : reasonId;
}

QString curationCheckName(CurationCheck check)
{
    return QString::fromUtf16(kChecks[static_cast<int>(check) - 1].name);
}

QString curationCheckLabel(CurationCheck check)
{
    const CheckInfo& c = kChecks[static_cast<int>(check) - 1];
    return QString::fromUtf16(Error::english() ? c.labelEn : c.labelId);
}

std::optional<CurationCheck> curationCheckFromName(QStringView name)
{
    for (const auto& c : kChecks)
        if (name == QStringView(c.name))
            return c.check;
    return std::nullopt;
}

} // namespace prakerja

#include "CurationFlag.h"

#include "EnumTable.h"
#include "Error.h"
#include "domain/Language.h"

namespace prakerja {

namespace {
constexpr EnumEntry<CurationCheck> kChecks[] = {
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
    return Language::english() ? reasonEn : reasonId;
}

QString curationCheckName(CurationCheck check)
{
    return enumName(kChecks, check);
}

QString curationCheckLabel(CurationCheck check)
{
    return enumLabel(kChecks, check);
}

std::optional<CurationCheck> curationCheckFromName(QStringView name)
{
    return enumFromName(kChecks, name);
}

} // namespace prakerja

#include "CurationFlag.h"

#include "EnumTable.h"
#include "Error.h"
#include "domain/Language.h"

namespace prakerja {

namespace {
constexpr EnumEntry<CurationCheck> kChecks[] = {
    {CurationCheck::PriceSpread, u"price_spread", QT_TRANSLATE_NOOP("Text", "Harga berbeda antarplatform")},
    {CurationCheck::CategoryMedian, u"category_median", QT_TRANSLATE_NOOP("Text", "Harga di atas 2× median kategori")},
    {CurationCheck::PricePerHour, u"price_per_hour", QT_TRANSLATE_NOOP("Text", "Harga per jam tinggi")},
    {CurationCheck::ShortDescription, u"short_description", QT_TRANSLATE_NOOP("Text", "Deskripsi terlalu pendek")},
    {CurationCheck::CopiedDescription, u"copied_description", QT_TRANSLATE_NOOP("Text", "Deskripsi disalin")},
    {CurationCheck::OfflineWithoutClearance, u"offline_without_clearance",
     QT_TRANSLATE_NOOP("Text", "Luring tanpa izin kesehatan")},
    {CurationCheck::DeadUrl, u"dead_url", QT_TRANSLATE_NOOP("Text", "URL kosong atau tidak sah")},
};
static_assert(std::size(kChecks) == kCurationCheckCount);
} // namespace

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

#pragma once
// What the curation checks flag on a training (what no platform checks for itself), with the
// reason in words; a curator may dismiss a flag with a reason of their own.

#include <QString>
#include <optional>

namespace prakerja {

enum class CurationCheck : quint8 {
    PriceSpread = 1, // the same training elsewhere at a price more than 25 % apart
    CategoryMedian = 2, // more than twice its category's median price
    PricePerHour = 3, // price per hour far above its category's
    ShortDescription = 4,
    CopiedDescription = 5,
    OfflineWithoutClearance = 6,
    DeadUrl = 7, // empty or not http/https
};
constexpr int kCurationCheckCount = 7;

struct CurationFlag
{
    qint64 trainingId = 0;
    CurationCheck check = CurationCheck::PriceSpread;
    QString reasonText; // in the language the process runs in
    bool dismissed = false;
    QString dismissReason;
    const QString& reason() const { return reasonText; }
};

QString curationCheckName(CurationCheck check); // "price_spread"
QString curationCheckLabel(CurationCheck check); // in the UI language
std::optional<CurationCheck> curationCheckFromName(QStringView name);

} // namespace prakerja

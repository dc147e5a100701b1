#include "SpendingReport.h"

#include "domain/Error.h"
#include "domain/Language.h"

#include <QHash>
#include <algorithm>

namespace prakerja {

double SpendingReport::median(const QMap<qint64, qint64>& histogram)
{
    qint64 n = 0;
    for (qint64 c : histogram)
        n += c;
    if (n == 0)
        return -1;
    // The values at positions (n-1)/2 and n/2 (0-based) of the sorted list.
    const qint64 lowPos = (n - 1) / 2, highPos = n / 2;
    qint64 seen = 0;
    double low = 0, high = 0;
    bool haveLow = false;
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
        const qint64 next = seen + it.value();
        if (!haveLow && lowPos < next) {
            low = static_cast<double>(it.key());
            haveLow = true;
        }
        if (highPos < next) {
            high = static_cast<double>(it.key());
            break;
        }
        seen = next;
    }
    return (low + high) / 2.0;
}

SpendingReport SpendingReport::build(int wave, const QList<TrainingSpending>& rows)
{
    SpendingReport r;
    r.wave = wave;
    QHash<QString, qsizetype> platformAt, categoryAt;
    QHash<QString, QMap<qint64, qint64>> platformDays;
    QMap<qint64, qint64> allDays;
    const QString unknown = Text::tr("Pembelian, pelatihan tidak diketahui");
    for (const TrainingSpending& t : rows) {
        SpendingRow row;
        row.key = t.trainingId > 0 ? t.platformCode + u'/' + t.trainingCode : QString();
        row.label = t.title;
        row.platform = t.platformCode;
        row.platformName = t.platformName;
        row.purchases = t.purchases;
        row.rupiah = t.rupiah;
        row.completions = t.completions;
        row.medianDays = median(t.daysToPurchase);
        r.trainings << row;

        if (t.trainingId == 0)
            row.label = unknown;
        if (!platformAt.contains(t.platformCode)) {
            platformAt.insert(t.platformCode, r.platforms.size());
            SpendingRow p;
            p.key = t.platformCode;
            p.label = t.trainingId == 0 ? unknown : t.platformName;
            p.platform = t.platformCode;
            p.platformName = p.label;
            r.platforms << p;
        }
        SpendingRow& p = r.platforms[platformAt.value(t.platformCode)];
        p.purchases += t.purchases;
        p.rupiah += t.rupiah;
        p.completions += t.completions;
        for (auto it = t.daysToPurchase.cbegin(); it != t.daysToPurchase.cend(); ++it) {
            platformDays[t.platformCode][it.key()] += it.value();
            allDays[it.key()] += it.value();
        }
        if (!categoryAt.contains(t.category)) {
            categoryAt.insert(t.category, r.categories.size());
            const QString name = Language::english() ? t.categoryNameEn : t.categoryNameId;
            SpendingRow c;
            c.key = t.category;
            c.label = t.trainingId == 0 ? unknown : name;
            r.categories << c;
        }
        SpendingRow& c = r.categories[categoryAt.value(t.category)];
        c.purchases += t.purchases;
        c.rupiah += t.rupiah;
        c.completions += t.completions;
        r.total.purchases += t.purchases;
        r.total.rupiah += t.rupiah;
        r.total.completions += t.completions;
    }
    for (SpendingRow& p : r.platforms)
        p.medianDays = median(platformDays.value(p.key));
    r.total.medianDays = median(allDays);
    // The unknown training ("") sorts last everywhere.
    const auto byMoney = [](const SpendingRow& a, const SpendingRow& b) {
        if (a.key.isEmpty() != b.key.isEmpty())
            return b.key.isEmpty();
        if (a.rupiah != b.rupiah)
            return a.rupiah > b.rupiah;
        if (a.purchases != b.purchases)
            return a.purchases > b.purchases;
        return a.key < b.key;
    };
    const auto byPurchases = [](const SpendingRow& a, const SpendingRow& b) {
        if (a.key.isEmpty() != b.key.isEmpty())
            return b.key.isEmpty();
        if (a.purchases != b.purchases)
            return a.purchases > b.purchases;
        if (a.rupiah != b.rupiah)
            return a.rupiah > b.rupiah;
        return a.key < b.key;
    };
    std::sort(r.platforms.begin(), r.platforms.end(), byMoney);
    std::sort(r.categories.begin(), r.categories.end(), byMoney);
    std::sort(r.trainings.begin(), r.trainings.end(), byPurchases);
    return r;
}

} // namespace prakerja

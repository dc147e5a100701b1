#include "DrawReport.h"

#include "domain/IndonesianFormat.h"
#include "domain/Stage.h"

namespace prakerja {

namespace {
int ageBand(int age)
{
    if (age < 25)
        return 0;
    if (age < 35)
        return 1;
    if (age < 45)
        return 2;
    if (age < 55)
        return 3;
    return 4;
}

QStringList lines(const DrawReport& r)
{
    QStringList out;
    out << QStringLiteral("pool %1").arg(r.pool) << QStringLiteral("eligible %1").arg(r.eligible)
        << QStringLiteral("quota %1").arg(r.quota) << QStringLiteral("selected %1").arg(r.selected)
        << QStringLiteral("withdrawn %1").arg(r.withdrawn);
    for (int k = 1; k < kEligibilityCount; ++k)
        out << QStringLiteral("ineligible.%1 %2")
                   .arg(eligibilityName(static_cast<Eligibility>(k)))
                   .arg(r.ineligibleByReason[static_cast<size_t>(k)]);
    for (auto it = r.selectedByTier.cbegin(); it != r.selectedByTier.cend(); ++it)
        out << QStringLiteral("selected.tier.%1 %2").arg(it.key()).arg(it.value());
    for (auto it = r.selectedByProvince.cbegin(); it != r.selectedByProvince.cend(); ++it)
        out << QStringLiteral("selected.province.%1 %2").arg(it.key()).arg(it.value());
    out << QStringLiteral("selected.sex.male %1").arg(r.selectedBySex[1])
        << QStringLiteral("selected.sex.female %1").arg(r.selectedBySex[2]);
    for (int b = 0; b < DrawReport::kAgeBands; ++b)
        out << QStringLiteral("selected.age.%1 %2")
                   .arg(DrawReport::ageBandLabel(b))
                   .arg(r.selectedByAgeBand[static_cast<size_t>(b)]);
    for (auto it = r.selectedBySegment.cbegin(); it != r.selectedBySegment.cend(); ++it)
        out << QStringLiteral("selected.segment.%1 %2")
                   .arg(it.key() == 0 ? QStringLiteral("unknown") : segmentName(static_cast<Segment>(it.key())))
                   .arg(it.value());
    out << QStringLiteral("kemnaker.in_pool %1").arg(r.kemnakerInPool)
        << QStringLiteral("kemnaker.eligible %1").arg(r.kemnakerEligible)
        << QStringLiteral("kemnaker.selected %1").arg(r.kemnakerSelected);
    return out;
}
} // namespace

QString DrawReport::ageBandLabel(int band)
{
    static const char* const labels[kAgeBands] = {"18-24", "25-34", "35-44", "45-54", "55+"};
    return QString::fromLatin1(labels[std::clamp(band, 0, kAgeBands - 1)]);
}

DrawReport DrawReport::from(const SelectionPool& pool, qint64 quota, const CivilDate& closingDate)
{
    DrawReport r;
    r.pool = pool.size();
    r.quota = quota;
    const bool inputs = pool.refs.size() == pool.id.size() && pool.birthYmd.size() == pool.id.size();
    for (size_t i = 0; i < pool.id.size(); ++i) {
        const auto status = static_cast<OutcomeStatus>(pool.status[i]);
        const auto reason = static_cast<Eligibility>(pool.reason[i]);
        const bool kemnaker = inputs && (pool.refs[i] & SelectionPool::OnKemnaker);
        r.kemnakerInPool += kemnaker;
        if (status == OutcomeStatus::Withdrawn)
            ++r.withdrawn;
        if (status == OutcomeStatus::Ineligible)
            ++r.ineligibleByReason[pool.reason[i] < kEligibilityCount ? pool.reason[i] : 0];
        else if (status != OutcomeStatus::Withdrawn || reason == Eligibility::Eligible) {
            ++r.eligible;
            r.kemnakerEligible += kemnaker;
        }
        if (status != OutcomeStatus::Selected)
            continue;
        ++r.selected;
        r.kemnakerSelected += kemnaker;
        ++r.selectedByTier[pool.tier[i]];
        ++r.selectedByProvince[pool.province[i]];
        if (inputs) {
            ++r.selectedBySex[std::min<size_t>(pool.sex[i], 2)];
            ++r.selectedBySegment[pool.segment[i]];
            ++r.selectedByAgeBand[static_cast<size_t>(
                ageBand(CivilDate::fromYmd(pool.birthYmd[i]).ageOn(closingDate)))];
        }
    }
    // Withdrawn members were eligible at the draw but count as ineligible now.
    return r;
}

QString DrawReport::toText() const
{
    return lines(*this).join(u'\n') + u'\n';
}

QString DrawReport::compare(const DrawReport& a, const DrawReport& b, qint64 selectedInBoth)
{
    const QStringList la = lines(a), lb = lines(b);
    QMap<QString, QPair<QString, QString>> rows;
    QStringList order;
    for (const QString& l : la) {
        const QString key = l.section(u' ', 0, 0);
        rows[key].first = l.section(u' ', 1);
        order << key;
    }
    for (const QString& l : lb) {
        const QString key = l.section(u' ', 0, 0);
        if (!rows.contains(key))
            order << key;
        rows[key].second = l.section(u' ', 1);
    }
    QString out = QStringLiteral("%1 %2 %3\n")
                      .arg(QStringLiteral("measure"), -32)
                      .arg(QStringLiteral("A"), 12)
                      .arg(QStringLiteral("B"), 12);
    for (const QString& key : order)
        out += QStringLiteral("%1 %2 %3\n")
                   .arg(key, -32)
                   .arg(rows[key].first.isEmpty() ? QStringLiteral("0") : rows[key].first, 12)
                   .arg(rows[key].second.isEmpty() ? QStringLiteral("0") : rows[key].second, 12);
    out += QStringLiteral("%1 %2\n").arg(QStringLiteral("selected.in_both"), -32).arg(selectedInBoth, 12);
    return out;
}

} // namespace prakerja

#pragma once
// What a draw (or a dry run) gives, as plain data for charts and tables: selected by tier,
// province, sex, age band and segment; pool versus quota; ineligible by reason; coverage of
// the kemnaker whitelist. Two reports compare side by side (ui/ renders them).

#include "domain/CivilDate.h"
#include "domain/SelectionPool.h"

#include <QMap>
#include <QString>
#include <array>

namespace prakerja {

struct DrawReport
{
    static constexpr int kAgeBands = 5; // 18-24, 25-34, 35-44, 45-54, 55+
    qint64 pool = 0, eligible = 0, quota = 0, selected = 0, withdrawn = 0;
    std::array<qint64, kEligibilityCount> ineligibleByReason{};
    QMap<int, qint64> selectedByTier, selectedByProvince, selectedBySegment;
    std::array<qint64, 3> selectedBySex{}; // index Sex value (1 male, 2 female)
    std::array<qint64, kAgeBands> selectedByAgeBand{};
    qint64 kemnakerInPool = 0, kemnakerEligible = 0, kemnakerSelected = 0;

    // Needs the evaluation inputs (sex, segment, birth dates, refs) still in the pool.
    static DrawReport from(const SelectionPool& pool, qint64 quota, const CivilDate& closingDate);
    static QString ageBandLabel(int band);
    // Plain text, one "key value" per line (the CLI prints it, tests compare it).
    QString toText() const;
    // Side by side with another report, and how many selected both share.
    static QString compare(const DrawReport& a, const DrawReport& b, qint64 selectedInBoth);
};

} // namespace prakerja

#pragma once
// The selection engine: eligibility with a reason for every rejection, priority tiers in the
// published order, a lottery key from the wave's seed and the applicant's blind id, ranking,
// quotas (optionally per province by largest remainder) and the family-card cap, all on the
// columnar pool in memory. Pure computation: loading and storing live in store/.
// The algorithm is specified in docs/selection.md; keep the two in step.

#include "domain/CivilDate.h"
#include "domain/RuleSet.h"
#include "domain/SelectionPool.h"

#include <QByteArray>
#include <QMap>
#include <functional>

namespace prakerja {

class SelectionEngine
{
public:
    // Called with a percentage (0-100) between steps; returning false cancels the draw.
    using Progress = std::function<bool(int percent)>;

    struct DrawResult
    {
        bool cancelled = false;
        qint64 ranked = 0; // members in the ranking (eligible at the draw)
        qint64 selected = 0;
        QMap<int, qint64> provinceQuotas; // empty without province quotas
    };

    // Fills reason and tier from the inputs. `closingDate` is the wave's closing date in WIB.
    static void evaluate(SelectionPool& pool, const RuleSet& rules, const CivilDate& closingDate);
    // One member's eligibility and tier (the same rules as evaluate()).
    static Eligibility eligibilityOf(const SelectionPool& pool, qint64 i, const RuleSet& rules, int cutoffYmd);
    static quint8 tierOf(const SelectionPool& pool, qint64 i, const RuleSet& rules);

    // Ranks every member whose reason is eligible (or family_card_cap, re-decided here) or
    // whose status is withdrawn, then walks the ranking filling the quota: fills status and rank
    // (and reason = family_card_cap where the cap stops someone). Withdrawn members keep their
    // rank but are never selected, so the next in rank takes their place.
    static DrawResult draw(SelectionPool& pool, const QByteArray& seed, qint64 quota, const RuleSet& rules,
                           const Progress& progress = {});

    // First 8 bytes of SHA-256(seed || blind id), read as a big-endian unsigned integer.
    static quint64 lotteryKey(const QByteArray& seed, const BlindId& blindId);
    // `quota` split in proportion to `weights` by largest remainder; ties to the lower code.
    static QMap<int, qint64> largestRemainder(qint64 quota, const QMap<int, qint64>& weights);
};

} // namespace prakerja

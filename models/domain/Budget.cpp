#include "Budget.h"

#include <algorithm>

namespace prakerja {

BudgetForecast BudgetForecast::compute(const Budget& budget, qint64 committed, qint64 quota, qint64 poolRemaining)
{
    BudgetForecast f;
    f.committed = committed;
    f.remaining = budget.total - committed;
    const qint64 each = budget.perParticipant();
    f.participantsAffordable = each > 0 ? std::max<qint64>(0, f.remaining) / each : 0;
    f.wavesByBudget = quota > 0 ? f.participantsAffordable / quota : 0;
    f.wavesByPool = quota > 0 ? std::max<qint64>(0, poolRemaining) / quota : 0;
    f.wavesPossible = std::min(f.wavesByBudget, f.wavesByPool);
    return f;
}

} // namespace prakerja

#include "BudgetService.h"

#include "engine/FunnelTracker.h"
#include "store/MoneyStore.h"
#include "store/ParticipantStore.h"
#include "store/WaveRepository.h"

#include <algorithm>

namespace prakerja {

Result<BudgetView> BudgetService::budget(const Session& session)
{
    if (const Status s = session.require(Permission::ViewWaves); !s)
        return s.error();
    WaveRepository repo(m_db);
    BudgetView view;
    view.budget = m_budget;
    view.ledger = repo.ledger();
    view.activeParticipants = ParticipantStore(m_db).activeCount();
    // The pool still available, approximated from the funnel's totals (never a scan of the
    // applicants): NIK-verified applicants who are not yet participants.
    const Result<FunnelSnapshot> funnel = FunnelTracker::current(m_db);
    if (!funnel)
        return funnel.error();
    const qint64 poolRemaining = funnel->total(EventType::NikVerified) - view.activeParticipants;
    qint64 quota = Wave::kDefaultQuota;
    if (auto waves = repo.list(); waves && !waves->isEmpty())
        quota = waves->last().quota;
    view.forecast = BudgetForecast::compute(m_budget, repo.committed(), quota, poolRemaining);
    auto waves = MoneyStore(m_db).ledger();
    if (!waves)
        return waves.error();
    view.waves = waves.value();
    for (const WaveMoney& m : std::as_const(view.waves))
        view.totals += m;
    return view;
}

Result<BudgetCheck> BudgetService::verify(const Session& session)
{
    if (const Status s = session.require(Permission::ViewWaves); !s)
        return s.error();
    auto both = MoneyStore(m_db).ledgerAndRecount();
    if (!both)
        return both.error();
    BudgetCheck check;
    check.ledger = both->first;
    check.recount = both->second;
    for (const WaveMoney& m : std::as_const(check.ledger)) {
        if (!m.balances() || m.outstanding < 0)
            check.problems << QStringLiteral(
                                  "wave %1: committed %2 != spent %3 + incentives %4 + surveys %5 + returned %6"
                                  " + outstanding %7")
                                  .arg(m.wave)
                                  .arg(m.committed)
                                  .arg(m.spent)
                                  .arg(m.incentives)
                                  .arg(m.surveys)
                                  .arg(m.returned)
                                  .arg(m.outstanding);
        const auto other = std::find_if(check.recount.cbegin(), check.recount.cend(),
                                        [&](const WaveMoney& r) { return r.wave == m.wave; });
        if (other == check.recount.cend() || !(*other == m))
            check.problems << QStringLiteral("wave %1: the ledger differs from a recount of purchases, payouts and"
                                             " participants (spent %2/%3, incentives %4/%5, surveys %6/%7,"
                                             " returned %8/%9, outstanding %10/%11)")
                                  .arg(m.wave)
                                  .arg(m.spent)
                                  .arg(other == check.recount.cend() ? 0 : other->spent)
                                  .arg(m.incentives)
                                  .arg(other == check.recount.cend() ? 0 : other->incentives)
                                  .arg(m.surveys)
                                  .arg(other == check.recount.cend() ? 0 : other->surveys)
                                  .arg(m.returned)
                                  .arg(other == check.recount.cend() ? 0 : other->returned)
                                  .arg(m.outstanding)
                                  .arg(other == check.recount.cend() ? 0 : other->outstanding);
    }
    return check;
}

} // namespace prakerja

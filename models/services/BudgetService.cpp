#include "BudgetService.h"

#include "engine/FunnelTracker.h"
#include "store/ParticipantStore.h"
#include "store/WaveRepository.h"

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
    return view;
}

} // namespace prakerja

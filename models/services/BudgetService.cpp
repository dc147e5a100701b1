#include "BudgetService.h"

#include "store/ParticipantStore.h"
#include "store/StageTotals.h"
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
    // The pool still available, approximated from the maintained stage totals (never a scan):
    // NIK-verified applicants who are not yet participants.
    const StageTotals totals = StageTotals::read(m_db);
    const qint64 poolRemaining = totals.value(EventType::NikVerified) - view.activeParticipants;
    qint64 quota = Wave::kDefaultQuota;
    if (auto waves = repo.list(); waves && !waves->isEmpty())
        quota = waves->last().quota;
    view.forecast = BudgetForecast::compute(m_budget, repo.committed(), quota, poolRemaining);
    return view;
}

} // namespace prakerja

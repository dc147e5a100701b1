#pragma once
// The budget as the Waves page, the dashboard and `wave budget` show it.

#include "domain/Budget.h"
#include "store/WaveRepository.h"

namespace prakerja {

struct BudgetView
{
    Budget budget;
    QList<LedgerEntry> ledger;
    BudgetForecast forecast;
    qint64 activeParticipants = 0;
};

} // namespace prakerja

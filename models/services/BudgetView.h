#pragma once
// The budget as the Waves page, the dashboard and `wave budget` show it.

#include "domain/Budget.h"
#include "domain/WaveMoney.h"
#include "store/WaveRepository.h"

#include <QStringList>

namespace prakerja {

struct BudgetView
{
    Budget budget;
    QList<LedgerEntry> ledger;
    BudgetForecast forecast;
    qint64 activeParticipants = 0;
    // Committed beside actuals, per announced wave, and their sum.
    QList<WaveMoney> waves;
    WaveMoney totals;
};

// `budget verify`: the maintained ledger against a recount from the rows, wave by wave.
struct BudgetCheck
{
    QList<WaveMoney> ledger, recount;
    QStringList problems; // empty when every wave balances and agrees with its recount
    bool ok() const { return problems.isEmpty(); }
};

} // namespace prakerja

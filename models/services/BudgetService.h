#pragma once
// The programme's money: the ledger of commitments and returns, and the forecast of waves
// still possible.

#include "domain/Budget.h"
#include "domain/Error.h"
#include "domain/Session.h"
#include "services/BudgetView.h"

namespace prakerja {

class Database;

class BudgetService
{
public:
    BudgetService(Database& db, const Budget& budget) : m_db(db), m_budget(budget) { }

    Result<BudgetView> budget(const Session& session);
    // Checks committed = spent + incentives + surveys + returned + outstanding per wave, and that
    // the maintained figures equal a recount from purchases, payouts and participants.
    Result<BudgetCheck> verify(const Session& session);

private:
    Database& m_db;
    Budget m_budget;
};

} // namespace prakerja

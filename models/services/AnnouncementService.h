#pragma once
// After the draw: the announcement (the re-check, participants, the Selected events and the
// money committed) and revoking participants who bought no training in time (money returned).

#include "domain/Budget.h"
#include "domain/Error.h"
#include "domain/Session.h"
#include "services/AnnounceOutcome.h"

#include <functional>

namespace prakerja {

class Database;

class AnnouncementService
{
public:
    using Progress = std::function<bool(int percent)>; // false cancels

    AnnouncementService(Database& db, const Budget& budget) : m_db(db), m_budget(budget) { }

    // Re-checks eligibility, withdraws anyone now ineligible (the next in rank takes the
    // place), records participants, the budget and the Selected events.
    Result<AnnounceOutcome> announce(const Session& session, int number, const Progress& progress = {});
    // Revokes active participants with no purchase within `days` of their announcement.
    Result<RevokeOutcome> revokeExpired(const Session& session, qint64 now, int days = 30);

private:
    Database& m_db;
    Budget m_budget;
};

} // namespace prakerja

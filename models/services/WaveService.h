#pragma once
// A wave's life cycle, for the GUI and the CLI alike: create, list, check, open, close and
// cancel. The draw, its results and verification are DrawService's; the announcement and
// revocations AnnouncementService's; the money BudgetService's. Each call checks the operator's
// permission and audits what it changes in the same transaction.

#include "ProgrammeSettings.h"
#include "domain/Error.h"
#include "domain/Session.h"
#include "domain/Wave.h"
#include "services/WaveDraft.h"
#include "store/WaveRepository.h"

namespace prakerja {

class Database;

class WaveService
{
public:
    explicit WaveService(Database& db) : m_db(db) { }
    // A rule set with the programme's defaults for new waves (phone verification, family-card cap).
    static RuleSet configuredRules(const ProgrammeSettings& programme);

    Result<Wave> create(const Session& session, const WaveDraft& draft);
    Result<QList<Wave>> list(const Session& session);
    Result<Wave> get(const Session& session, int number);
    // Joins stored after the wave's close (left out of its pool), for `wave check`.
    Result<LateJoins> check(const Session& session, int number);
    Status open(const Session& session, int number);
    Status close(const Session& session, int number);
    // Also voids a drawn wave's stored outcome.
    Status cancel(const Session& session, int number);

private:
    Status transition(const Session& session, int number, WaveStatus to, const char* action);

    Database& m_db;
};

} // namespace prakerja

#pragma once
// A wave's draw: the dry run (nothing written but an audit row), the draw itself, its stored
// results for the charts, verification by re-running it, and the pool's export. The parallel
// steps are DrawPipeline's (engine) and PoolLoader's (store); this decides what is written.

#include "domain/Error.h"
#include "domain/RuleSet.h"
#include "domain/Session.h"
#include "services/DrawOutcome.h"

#include <functional>
#include <optional>

namespace prakerja {

class Database;

class DrawService
{
public:
    using Progress = std::function<bool(int percent)>; // false cancels

    explicit DrawService(Database& db) : m_db(db) { }

    // The draw with `rules` (the wave's own if none), nothing written but an audit row.
    Result<DrawOutcome> dryRun(const Session& session, int number, const std::optional<RuleSet>& rules = {},
                               const Progress& progress = {});
    // The draw: loads, evaluates, ranks and writes every member's outcome in one transaction,
    // revealing the seed. Cancelled (progress returns false) it leaves nothing written.
    Result<DrawOutcome> draw(const Session& session, int number, const Progress& progress = {});
    // A drawn wave's stored outcome as the draw reported it (the charts). The stored pool keeps
    // what the draw decided on; sex, birth date, segment and lists come from the applicants as
    // they are now (all but the lists are fixed at registration).
    Result<DrawOutcome> results(const Session& session, int number, const Progress& progress = {});
    // Re-runs the draw from the stored pool and the revealed seed and compares.
    Result<VerifyOutcome> verify(const Session& session, int number, const Progress& progress = {});
    // The pool with the draw's inputs (CSV) and, beside it (PATH.json), the wave, its rules and
    // its commitment (the seed once drawn).
    Status exportPool(const Session& session, int number, const QString& path);

private:
    Result<DrawOutcome> run(const Session& session, int number, const std::optional<RuleSet>& rules, bool write,
                            const Progress& progress);

    Database& m_db;
};

} // namespace prakerja

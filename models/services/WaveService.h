#pragma once
// Waves and their selection, for the GUI and the CLI alike: create, open, close, cancel, dry
// run (no writes), draw, the re-check and announcement, verification, pool export, the budget
// ledger and revoking participants who bought no training. Each call checks the operator's
// permission and audits what it changes in the same transaction.

#include "ProgrammeSettings.h"
#include "domain/Budget.h"
#include "domain/Error.h"
#include "domain/Session.h"
#include "domain/Wave.h"
#include "engine/DrawReport.h"
#include "store/WaveRepository.h"

#include <functional>
#include <optional>
#include <vector>

namespace prakerja {

class Database;

struct WaveDraft
{
    int number = 0; // 0: the next free number
    QString name;
    qint64 opensAt = 0, closesAt = 0, announceAt = 0, trainingStartsAt = 0;
    qint64 quota = Wave::kDefaultQuota;
    RollOver rollOver = RollOver::Automatic;
    RuleSet rules;
};

struct DrawOutcome
{
    int wave = 0;
    bool dryRun = false;
    qint64 pool = 0, ranked = 0, selected = 0;
    QMap<int, qint64> provinceQuotas;
    DrawReport report;
    std::vector<quint32> selectedIds; // ascending
    // Phase timings (ms) and the engine's memory, for the bench and the GUI. A draw writes the
    // pool's inputs (inputsMs) while it evaluates and ranks; writeMs is what remains after.
    double loadMs = 0, evaluateMs = 0, rankMs = 0, inputsMs = 0, writeMs = 0;
    qint64 engineBytes = 0;
};

struct AnnounceOutcome
{
    qint64 selected = 0, withdrawn = 0, replacements = 0;
    QList<QPair<quint32, Eligibility>> withdrawals; // selected applicants withdrawn, with the reason
};

struct VerifyOutcome
{
    bool matches = false;
    qint64 members = 0;
    qint64 firstDifferingApplicant = -1;
    QString detail; // what differs, for people (English: the CLI and the audit log)
    QString detailId; // the same in Indonesian
    // In the user's language, as Error::message().
    QString detailForUser() const { return Error::english() ? detail : detailId; }
};

struct RevokeOutcome
{
    qint64 revoked = 0;
    qint64 returned = 0; // rupiah
};

struct BudgetView
{
    Budget budget;
    QList<LedgerEntry> ledger;
    BudgetForecast forecast;
    qint64 activeParticipants = 0;
};

class WaveService
{
public:
    using Progress = std::function<bool(int percent)>; // false cancels

    explicit WaveService(Database& db, const Budget& budget = Budget()) : m_db(db), m_budget(budget) { }
    // A rule set with the programme's defaults for new waves (phone verification, family-card cap).
    static RuleSet configuredRules(const ProgrammeSettings& programme);

    Result<Wave> create(const Session& session, const WaveDraft& draft);
    Result<QList<Wave>> list(const Session& session);
    Result<Wave> get(const Session& session, int number);
    // Joins stored after the wave's close (left out of its pool), for `wave check`.
    Result<LateJoins> check(const Session& session, int number);
    Status open(const Session& session, int number);
    Status close(const Session& session, int number);
    Status cancel(const Session& session, int number);

    // The draw with `rules` (the wave's own if none), nothing written but an audit row.
    Result<DrawOutcome> dryRun(const Session& session, int number, const std::optional<RuleSet>& rules = {},
                               const Progress& progress = {});
    // The draw: loads, evaluates, ranks and writes every member's outcome in one transaction,
    // revealing the seed. Cancelled (progress returns false) it leaves nothing written.
    Result<DrawOutcome> draw(const Session& session, int number, const Progress& progress = {});
    // Re-checks eligibility, withdraws anyone now ineligible (the next in rank takes the
    // place), records participants, the budget and the Selected events.
    Result<AnnounceOutcome> announce(const Session& session, int number, const Progress& progress = {});
    // A drawn wave's stored outcome as the draw reported it (the charts). The stored pool keeps
    // what the draw decided on; sex, birth date, segment and lists come from the applicants as
    // they are now (all but the lists are fixed at registration).
    Result<DrawOutcome> results(const Session& session, int number, const Progress& progress = {});
    // Re-runs the draw from the stored pool and the revealed seed and compares.
    Result<VerifyOutcome> verify(const Session& session, int number, const Progress& progress = {});
    // The pool with the draw's inputs (CSV) and, beside it (PATH.json), the wave, its rules and
    // its commitment (the seed once drawn).
    Status exportPool(const Session& session, int number, const QString& path);

    Result<RevokeOutcome> revokeExpired(const Session& session, qint64 now, int days = 30);
    Result<BudgetView> budget(const Session& session);

private:
    Status transition(const Session& session, int number, WaveStatus to, const char* action);
    Result<DrawOutcome> run(const Session& session, int number, const std::optional<RuleSet>& rules, bool write,
                            const Progress& progress);

    Database& m_db;
    Budget m_budget;
};

} // namespace prakerja

#pragma once
// Applies validated feed records to the database: the applicant's current state, the
// append-only event log and wave membership, all in the caller's batch transaction (the
// funnel's totals are folded from the log by FunnelTracker, docs/funnel.md). Decides duplicates (replays) and
// database-level rejects.

#include "domain/Error.h"
#include "domain/FeedRecord.h"

#include <QElapsedTimer>
#include <QHash>
#include <memory>
#include <utility>
#include <vector>

namespace prakerja {

class Database;
class NativeStatement;

class FeedWriter
{
public:
    // Failed: the database refused a write (disk full, I/O error); the batch must be rolled back.
    enum class Outcome { Accepted, Duplicate, Rejected, Failed };

    explicit FeedWriter(Database& db);
    ~FeedWriter();
    FeedWriter(const FeedWriter&) = delete;
    FeedWriter& operator=(const FeedWriter&) = delete;

    Status begin();
    Status commit();
    void rollback();
    // `error` is set when the outcome is Rejected or Failed.
    Outcome apply(const FeedRecord& record, Error* error);
    // The records in their order, with the outcomes (and errors) apply() would give one after the
    // other: outcomes[i] and errors[i] are records[i]'s. Stops at the first Failed (the outcomes
    // from there on are Failed). On PostgreSQL a run of registrations goes through COPY
    // (applyRegistrations); on SQLite this is apply() per record.
    void applyAll(const std::vector<const FeedRecord*>& records, std::vector<Outcome>& outcomes,
                  std::vector<Error>& errors);
    // Runs of registrations shorter than this take apply() per record on PostgreSQL too.
    static constexpr size_t kCopyRun = 16;

private:
    // PostgreSQL: COPY the run into a temporary staging table, one INSERT … SELECT … ON CONFLICT
    // DO NOTHING RETURNING in the run's order, then the taken NIKs and emails judged as apply()
    // judges them, and the accepted rows' draw rows and events through COPY. False on a failure.
    bool applyRegistrations(const FeedRecord* const* records, size_t count, Outcome* outcomes, Error* errors);
    Outcome applyRegistered(const FeedRecord& r, Error* error);
    Outcome applyStage(const FeedRecord& r, Error* error);
    // training_bought with its training, training_completed, incentive_paid, survey_completed.
    Outcome applyMoney(qint64 applicantId, const FeedRecord& r, Error* error);
    Outcome applyBareBought(qint64 applicantId, const FeedRecord& r, Error* error);
    bool addEvent(qint64 applicantId, const FeedRecord& r, Error* error);
    // An event past selection: `wave` the participant's, `ordinal` its number among the
    // participant's events of that type (events.score; the funnel counts by it).
    bool addEvent(qint64 applicantId, const FeedRecord& r, int wave, qint64 ordinal, Error* error);
    bool run(NativeStatement& statement, Error* error);

    struct TrainingRef
    {
        qint64 id = 0, platformId = 0;
        int status = 0;
        std::vector<std::pair<qint64, QString>> changes; // status changes: (at, the status before)
        bool publishedAt(qint64 at) const;
    };
    // The training with these codes (cached for the batch: the catalogue may change between
    // batches); nullptr when there is none.
    const TrainingRef* training(const QString& platform, const QString& code, Error* error);
    static Error storageError(const NativeStatement& statement);

    Database& m_db;
    std::unique_ptr<NativeStatement> m_insertApplicant, m_findByNik, m_findByEmail, m_findListed, m_insertEvent,
        m_insertDraw, m_markDraw, m_joinWave, m_waveWindow, m_isMember;
    std::unique_ptr<NativeStatement> m_participant, m_findTraining, m_trainingChanges, m_findPurchase, m_insertPurchase,
        m_completePurchase, m_spend, m_complete, m_insertPayout, m_payIncentive, m_paySurvey, m_countBare,
        m_updateActuals;
    QHash<QString, std::shared_ptr<TrainingRef>> m_trainings; // "platform\ncode" → training, this batch
    struct Actuals
    {
        qint64 spent = 0, incentives = 0, surveys = 0;
    };
    QHash<int, Actuals> m_actualDeltas; // per wave, written at commit
    bool m_lookupFailed = false;
    QHash<int, std::shared_ptr<NativeStatement>> m_stageUpdates;
    // PostgreSQL: the other seats hear of new data through NOTIFY, at most once a second
    // (PostgresCommitDetector); a commit inside that second leaves it pending for the next one
    // or for the destructor.
    QElapsedTimer m_sinceNotify;
    bool m_notifyPending = false;
    // The staging table of applyRegistrations exists on this connection (it goes with a rollback)
    // and holds rows of an earlier run in this transaction.
    bool m_stageReady = false;
    bool m_stageDirty = false;
};

} // namespace prakerja

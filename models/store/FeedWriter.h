#pragma once
// Applies validated feed records to the database: the applicant's current state, the
// append-only event log and wave membership, all in the caller's batch transaction (the
// funnel's totals are folded from the log by FunnelTracker, docs/funnel.md). Decides duplicates (replays) and
// database-level rejects.

#include "domain/Error.h"
#include "domain/FeedRecord.h"

#include <QHash>
#include <memory>

namespace prakerja {

class Database;
class SqliteStatement;

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

private:
    Outcome applyRegistered(const FeedRecord& r, Error* error);
    Outcome applyStage(const FeedRecord& r, Error* error);
    bool addEvent(qint64 applicantId, const FeedRecord& r, Error* error);
    static Error storageError(const SqliteStatement& statement);

    Database& m_db;
    std::unique_ptr<SqliteStatement> m_insertApplicant, m_findByNik, m_findByEmail, m_findListed, m_insertEvent,
        m_insertDraw, m_markDraw, m_joinWave, m_waveWindow, m_isMember;
    QHash<int, std::shared_ptr<SqliteStatement>> m_stageUpdates;
};

} // namespace prakerja

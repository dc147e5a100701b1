#pragma once
// The seam through which the funnel learns that another process committed: SQLite polls
// PRAGMA data_version (SqliteCommitDetector); PostgreSQL answers from LISTEN/NOTIFY with a
// periodic counter check behind it (PostgresCommitDetector).

#include "domain/Error.h"

#include <memory>

namespace prakerja {

class Database;

class CommitDetector
{
public:
    virtual ~CommitDetector() = default;
    // True when something may have been committed since the previous call (always on the
    // first call); an error when the database no longer answers.
    virtual Result<bool> poll() = 0;

    // The detector that fits the connection's backend.
    static std::unique_ptr<CommitDetector> forDatabase(Database& db);
};

} // namespace prakerja

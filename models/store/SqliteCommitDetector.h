#pragma once
// CommitDetector for SQLite: PRAGMA data_version changes when another connection commits
// (not on this connection's own commits), and costs microseconds to read.

#include "CommitDetector.h"

namespace prakerja {

class SqliteCommitDetector : public CommitDetector
{
public:
    explicit SqliteCommitDetector(Database& db) : m_db(db) { }
    Result<bool> poll() override;

private:
    Database& m_db;
    qint64 m_version = -1;
};

} // namespace prakerja

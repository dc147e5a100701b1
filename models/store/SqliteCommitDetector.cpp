#include "SqliteCommitDetector.h"

#include "Database.h"
#include "PostgresCommitDetector.h"

namespace prakerja {

std::unique_ptr<CommitDetector> CommitDetector::forDatabase(Database& db)
{
    if (db.isPostgres())
        return std::make_unique<PostgresCommitDetector>(db);
    return std::make_unique<SqliteCommitDetector>(db);
}

Result<bool> SqliteCommitDetector::poll()
{
    auto q = m_db.exec(QStringLiteral("PRAGMA data_version"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(QStringLiteral("sql"), Error::tr("PRAGMA data_version tidak menjawab"));
    const qint64 version = q.value().value(0).toLongLong();
    const bool changed = version != m_version;
    m_version = version;
    return changed;
}

} // namespace prakerja

#include "PostgresCommitDetector.h"

#include "Database.h"

#include <QSqlQuery>
#include <libpq-fe.h>

namespace prakerja {

Result<bool> PostgresCommitDetector::poll()
{
    bool changed = false;
    if (!m_listening) {
        // Not through Database::exec: LISTEN cannot be a prepared statement.
        QSqlQuery q(m_db.sql());
        if (!q.exec(QStringLiteral("LISTEN %1").arg(QLatin1StringView(kChannel))))
            return sqlError(q);
        m_listening = true;
        changed = true; // the first call
    }
    pg_conn* conn = m_db.postgres();
    if (PQconsumeInput(conn) == 0) {
        const QString detail = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        return makeError(QStringLiteral("sql"), Error::tr("Koneksi PostgreSQL terputus: %1").arg(detail));
    }
    while (PGnotify* n = PQnotifies(conn)) {
        changed = true;
        ++m_notifications;
        PQfreemem(n);
    }
    if (changed || !m_sinceCounter.isValid() || m_sinceCounter.elapsed() >= kCounterEveryMs) {
        m_sinceCounter.start();
        const qint64 counter = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM events")).toLongLong();
        changed = changed || counter != m_counter;
        m_counter = counter;
    }
    return changed;
}

} // namespace prakerja

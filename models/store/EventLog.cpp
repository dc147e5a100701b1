#include "EventLog.h"

#include "Database.h"

#include <QSqlQuery>

namespace prakerja {

Status EventLog::append(EventType type, const std::vector<quint32>& applicants, qint64 at, int wave)
{
    QSqlQuery event(m_db.sql());
    if (!event.prepare(QStringLiteral("INSERT INTO events (applicant_id, type, at, wave) VALUES (?, ?, ?, ?)")))
        return sqlError(event);
    for (quint32 id : applicants) {
        event.addBindValue(static_cast<qint64>(id));
        event.addBindValue(static_cast<int>(type));
        event.addBindValue(at);
        event.addBindValue(wave);
        if (!event.exec())
            return sqlError(event);
    }
    return Status::success();
}

} // namespace prakerja

#include "SettingsStore.h"

#include "Database.h"

namespace prakerja {

Result<QHash<QString, QString>> SettingsStore::load() const
{
    auto rows = m_db.exec(QStringLiteral("SELECT name, value FROM programme_settings"));
    if (!rows)
        return rows.error();
    QHash<QString, QString> values;
    QSqlQuery& q = rows.value();
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    return values;
}

Status SettingsStore::put(const QString& name, const QString& value, qint64 at)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO programme_settings (name, value, changed_at) VALUES (?, ?, ?)"
                                      " ON CONFLICT (name) DO UPDATE SET value = excluded.value,"
                                      " changed_at = excluded.changed_at"),
                       {name, value, at});
    return q ? Status::success() : Status(q.error());
}

} // namespace prakerja

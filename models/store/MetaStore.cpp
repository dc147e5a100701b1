#include "MetaStore.h"

#include "Database.h"

namespace prakerja {

namespace {
const QString kDemoKey = QStringLiteral("database.demo");
}

bool MetaStore::isDemo()
{
    return m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {kDemoKey}).toString() == u"1";
}

Status MetaStore::markDemo()
{
    auto q = m_db.exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')"), {kDemoKey});
    if (!q)
        return q.error();
    return Status::success();
}

QVariant MetaStore::value(const QString& key)
{
    return m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
}

Status MetaStore::set(const QString& key, const QVariant& value)
{
    // PostgreSQL's meta.value is BYTEA (SQLite's BLOB column takes any type): a number or text
    // goes in as its text, which reads back through QVariant's conversions as before.
    const QVariant stored = m_db.isPostgres() && !value.isNull() && value.typeId() != QMetaType::QByteArray
        ? QVariant(value.toString().toUtf8())
        : value;
    auto q = m_db.exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"), {key, stored});
    return q ? Status::success() : Status(q.error());
}

Status MetaStore::remove(const QString& key)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM meta WHERE key = ?"), {key});
    return q ? Status::success() : Status(q.error());
}

Status MetaStore::removeWithPrefix(const QString& prefix, const QString& keep)
{
    // substr, not LIKE: a prefix is taken literally.
    auto q = keep.isEmpty()
        ? m_db.exec(QStringLiteral("DELETE FROM meta WHERE substr(key, 1, ?) = ?"), {prefix.size(), prefix})
        : m_db.exec(QStringLiteral("DELETE FROM meta WHERE substr(key, 1, ?) = ? AND key <> ?"),
                    {prefix.size(), prefix, keep});
    return q ? Status::success() : Status(q.error());
}

} // namespace prakerja

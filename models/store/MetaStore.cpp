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

} // namespace prakerja

#include "StreamingPass.h"

#include "Database.h"

namespace prakerja {

StreamingPass::StreamingPass(Database& db)
    : m_db(db)
    , m_cacheSize(db.scalar(QStringLiteral("PRAGMA cache_size")))
    , m_mmapSize(db.scalar(QStringLiteral("PRAGMA mmap_size")))
{
    m_db.exec(QStringLiteral("PRAGMA cache_size = -16384"));
    m_db.exec(QStringLiteral("PRAGMA mmap_size = 68719476736"));
}

StreamingPass::~StreamingPass()
{
    m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize.toLongLong()));
    m_db.exec(QStringLiteral("PRAGMA mmap_size = %1").arg(m_mmapSize.toLongLong()));
}

} // namespace prakerja

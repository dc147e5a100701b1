#pragma once
// For one pass that streams through whole tables (the draw's pool): a small page cache is as
// fast and keeps the memory per pool member to the engine's arrays, and reading through a
// memory map instead of read() copies halves the scan of the applicants (measured at 10M; the
// map is file cache, not the process's own memory). The connection's ingest-sized settings
// come back when the pass ends.

#include <QVariant>

namespace prakerja {

class Database;

class StreamingPass
{
    Q_DISABLE_COPY(StreamingPass)
public:
    explicit StreamingPass(Database& db);
    ~StreamingPass();

private:
    Database& m_db;
    QVariant m_cacheSize;
    QVariant m_mmapSize;
};

} // namespace prakerja

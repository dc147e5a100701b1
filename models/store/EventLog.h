#pragma once
// The events table's writer outside the feed: announcements append one Selected event per
// participant. The feed's hot path (FeedWriter) writes the same table with native statements,
// batched; docs/architecture.md names both writers and why.

#include "domain/Error.h"
#include "domain/Stage.h"

#include <vector>

namespace prakerja {

class Database;

class EventLog
{
public:
    explicit EventLog(Database& db) : m_db(db) { }
    // One `type` event per applicant at `at` for `wave`.
    // Needs an open transaction (the caller's, with whatever the events record).
    Status append(EventType type, const std::vector<quint32>& applicants, qint64 at, int wave);

private:
    Database& m_db;
};

} // namespace prakerja

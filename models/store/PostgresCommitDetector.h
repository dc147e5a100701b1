#pragma once
// CommitDetector for PostgreSQL: LISTEN on the writers' channel (kChannel; the feed writer sends
// at most one NOTIFY per second, and one after its last batch), read from libpq's queue without
// a round trip; and, because a notification can be lost (a seat reconnecting, a writer killed
// between its commit and its NOTIFY), a periodic check of a counter (the newest event id) every
// kCounterEveryMs, so a seat catches up even then.

#include "CommitDetector.h"

#include <QElapsedTimer>

namespace prakerja {

class PostgresCommitDetector : public CommitDetector
{
public:
    static constexpr char kChannel[] = "prakerja_events";
    static constexpr int kCounterEveryMs = 2000;

    explicit PostgresCommitDetector(Database& db) : m_db(db) { }
    Result<bool> poll() override;
    // Notifications received so far (tests tell NOTIFY from the counter check by it).
    qint64 notificationsSeen() const { return m_notifications; }

private:
    Database& m_db;
    bool m_listening = false;
    qint64 m_counter = -1;
    qint64 m_notifications = 0;
    QElapsedTimer m_sinceCounter;
};

} // namespace prakerja

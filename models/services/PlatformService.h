#pragma once
// Partner platforms: listing with trainings counted by status, adding and editing (optimistic
// locking), suspending with a reason (its published trainings leave the catalogue, held) and
// reinstating (the held ones are published again). All audited; curators and administrators.

#include "domain/Platform.h"
#include "domain/Session.h"

#include <QList>

namespace prakerja {

class Database;

struct PlatformSummary
{
    Platform platform;
    QList<qint64> trainingsByStatus; // index = TrainingStatus value (0 unused)
    qint64 held = 0;
    // An agent sees the published catalogue only: the other statuses' counts are not given (zero).
    bool publishedOnly = false;
    qint64 total() const;
};

class PlatformService
{
public:
    explicit PlatformService(Database& db) : m_db(db) { }

    Result<QList<PlatformSummary>> list(const Session& session);
    Result<Platform> add(const Session& session, const Platform& platform);
    // Saves over the version `edited` was read at; the code stays; status through suspend/reinstate.
    Result<Platform> edit(const Session& session, const Platform& edited);
    // The number of trainings taken out of (suspend) or returned to (reinstate) the catalogue.
    Result<int> suspend(const Session& session, const QString& code, const QString& reason);
    Result<int> reinstate(const Session& session, const QString& code);

private:
    Database& m_db;
};

} // namespace prakerja

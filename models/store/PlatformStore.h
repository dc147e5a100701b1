#pragma once
// The platforms table (partner platforms; the eight of 2020 are seeded by migration 15).
// Updates name the version they read, like trainings.

#include "domain/Platform.h"

#include <QList>

namespace prakerja {

class Database;

class PlatformStore
{
public:
    explicit PlatformStore(Database& db) : m_db(db) { }

    Result<QList<Platform>> list();
    Result<Platform> byCode(const QString& code);
    Result<qint64> insert(const Platform& platform, qint64 at);
    // Error "version_conflict" when the stored version is not `platform.version`.
    Status update(const Platform& platform, qint64 at);

private:
    Database& m_db;
};

} // namespace prakerja

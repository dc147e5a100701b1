#pragma once
// Owner of programme_settings: the programme-wide settings (lockout, idle lock, budget, new
// waves' defaults, the demo feed), one row per changed setting, shared by every seat that opens
// the database. Names and values are text; what they mean is the services' (ProgrammeSettings).

#include "domain/Error.h"

#include <QHash>
#include <QString>

namespace prakerja {

class Database;

class SettingsStore
{
public:
    explicit SettingsStore(Database& db) : m_db(db) { }

    // Every stored setting, name → value.
    Result<QHash<QString, QString>> load() const;
    // Inside the caller's transaction (the audit row of the change is written in the same one).
    Status put(const QString& name, const QString& value, qint64 at);

private:
    Database& m_db;
};

} // namespace prakerja

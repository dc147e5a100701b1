#pragma once
// The programme-wide settings as the database held them when loaded: a policy object that the
// services applying it (sign-in lockout, budget, new waves, idle lock, demo feed) are handed.
// Stored in programme_settings (store/SettingsStore), so that every seat applies the same
// values and only SettingsService, audited, changes them; a file edit changes nothing.

#include "Settings.h"
#include "domain/Budget.h"
#include "domain/Error.h"

#include <QHash>
#include <QVariant>

namespace prakerja {

class Database;

class ProgrammeSettings
{
public:
    // Built-in defaults only (Settings::defaultValue).
    ProgrammeSettings() = default;
    static Result<ProgrammeSettings> load(Database& db);

    // The stored value, or the default when none was stored. Only for programme keys.
    QVariant value(Settings::Key key) const;
    void set(Settings::Key key, const QVariant& value) { m_values.insert(key, value); }

    Budget budget() const;
    int idleLockMinutes() const { return value(Settings::Key::IdleLockMinutes).toInt(); }
    double demoSimulatorSpeed() const { return value(Settings::Key::DemoSimulatorSpeed).toDouble(); }

    // The text a value is stored as, and back ("true"/"false" for a boolean).
    static QString toText(const QVariant& value);
    static QVariant fromText(Settings::Key key, const QString& text);

private:
    QHash<Settings::Key, QVariant> m_values;
};

} // namespace prakerja

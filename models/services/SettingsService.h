#pragma once
// Changing the console's settings. The programme-wide ones (lockout, idle lock, budget, new
// waves' defaults, the demo feed) need manage_settings; the language is each operator's own.
// Every change is checked against its range and recorded in the audit log ("settings.change",
// old → new) before it is applied, all or nothing. Settings themselves stay in Settings (one
// QSettings per OS user), which only the thread that owns it writes: record() does the checks
// and the audit rows, apply() the values.

#include "Session.h"
#include "Settings.h"
#include "domain/Error.h"

#include <QList>

namespace prakerja {

class Database;

class SettingsService
{
public:
    struct Change
    {
        Settings::Key key;
        QVariant from;
        QVariant to;
    };

    // The settings an operator may see and change, in the order the page shows them.
    static const QList<Settings::Key>& editableKeys();
    static bool isPersonal(Settings::Key key);
    // Inclusive range of an integer setting (a boolean is 0–1); the language has none.
    static std::pair<qint64, qint64> range(Settings::Key key);
    // The value as stored (qint64, bool or "id"/"en"), or an error naming the setting.
    static Result<QVariant> normalise(Settings::Key key, const QVariant& value);
    // A value as people read it: true/false for a boolean, the number or text otherwise.
    static QString shown(const QVariant& value);
    // Permission and value of one change, without writing anything.
    static Status check(const Session& session, Settings::Key key, const QVariant& value);

    explicit SettingsService(Database& db) : m_db(db) { }
    // Checks every change, then appends one audit row per change in one transaction.
    Status record(const Session& session, const QList<Change>& changes);
    // Records, then applies to `settings` (for callers on the thread that owns it: the CLI).
    Status change(const Session& session, Settings& settings, const QList<Change>& changes);

private:
    Database& m_db;
};

} // namespace prakerja

#pragma once
// Changing the console's settings. The programme-wide ones (lockout, idle lock, budget, new
// waves' defaults, the demo feed) need manage_settings; the language is each operator's own.
// Every change is checked against its range and recorded in the audit log ("settings.change",
// old → new), all or nothing: record() writes the programme-wide values to the database
// (programme_settings) in the same transaction as their audit rows; the personal ones (the
// language) are applied to this OS user's Settings by the caller on the thread that owns it.

#include "ProgrammeSettings.h"
#include "Settings.h"
#include "domain/Error.h"
#include "domain/Session.h"

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

    // The value in force: the programme's from `programme`, a personal one from Settings.
    static QVariant current(Settings::Key key, const ProgrammeSettings& programme);

    explicit SettingsService(Database& db) : m_db(db) { }
    // Checks every change, then stores the programme-wide ones and appends one audit row per
    // change in one transaction. Returns the programme settings as stored afterwards.
    Result<ProgrammeSettings> record(const Session& session, const QList<Change>& changes);
    // Records, then applies the personal ones to `settings` (the thread that owns it: the CLI).
    Result<ProgrammeSettings> change(const Session& session, Settings& settings, const QList<Change>& changes);
    // Moves programme settings that an older version kept in this OS user's QSettings into the
    // database, once: a value already in the database wins; the file keeps none afterwards.
    Status adoptLegacy(Settings& settings);

private:
    Database& m_db;
};

} // namespace prakerja

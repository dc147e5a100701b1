#pragma once
// Every setting of the console is a key of this enum with a default. The personal ones (language,
// window state, last page, last user) live in this OS user's QSettings, read and written here;
// the programme-wide ones live in the database (ProgrammeSettings, changed only through
// SettingsService) and pass through here only as changed() notifications within the process.
// Components listen to changed() instead of reading QSettings themselves.

#include <QObject>
#include <QSettings>
#include <QVariant>

namespace prakerja {

class Settings : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY(Settings)
public:
    enum class Key {
        Language, // "id" or "en"
        IdleLockMinutes,
        LockoutFailures,
        LockoutMinutes,
        DemoSimulatorSpeed, // 0 disables the first-start demo feed
        MainWindowGeometry,
        MainWindowState,
        LastPage,
        LastUser,
        CatalogueSplitter, // the Catalogue page's table/editor split (QSplitter::saveState)
        // Waves: money per participant (rupiah) and the programme's budget; defaults for new waves.
        BudgetTotal,
        BudgetTrainingCredit,
        BudgetMonthlyIncentive,
        BudgetIncentiveMonths,
        BudgetSurveyIncentive,
        BudgetSurveys,
        WaveRequirePhoneVerified,
        WaveFamilyCardCap,
        // The console's database when neither --db nor PRAKERJA_DB names one (the connection
        // dialog): a file path or a PostgreSQL URI / keyword string, never with a password.
        DatabaseTarget,
    };
    Q_ENUM(Key)

    static Settings& instance();

    static bool isProgramme(Key key);
    static const QList<Key>& programmeKeys();

    // Personal keys only.
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    // Tells this process's listeners that a programme setting now has `value` (it is stored in
    // the database already).
    void notifyApplied(Key key, const QVariant& value) { Q_EMIT changed(key, value); }
    // A programme setting that an older version kept in this QSettings file (invalid when there
    // is none), and its removal: SettingsService moves such values into the database once.
    QVariant legacyValue(Key key) const;
    void removeLegacy(Key key) { m_settings.remove(name(key)); }
    static QVariant defaultValue(Key key);
    // Writes pending values and reads what another process (prakerjactl) wrote meanwhile.
    void sync() { m_settings.sync(); }
    static QString name(Key key);

Q_SIGNALS:
    void changed(prakerja::Settings::Key key, const QVariant& value);

private:
    Settings();
    mutable QSettings m_settings;
};

} // namespace prakerja

#pragma once
// The one typed wrapper over QSettings: every setting is a key of this enum with a default.
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
        // Waves: money per participant (rupiah) and the programme's budget; defaults for new waves.
        BudgetTotal,
        BudgetTrainingCredit,
        BudgetMonthlyIncentive,
        BudgetIncentiveMonths,
        BudgetSurveyIncentive,
        BudgetSurveys,
        WaveRequirePhoneVerified,
        WaveFamilyCardCap,
    };
    Q_ENUM(Key)

    static Settings& instance();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
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

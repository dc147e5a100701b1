#include "Settings.h"

#include "domain/Budget.h"

#include <QMetaEnum>

namespace prakerja {

Settings::Settings()
    : m_settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("prakerja"), QStringLiteral("console"))
{ }

Settings& Settings::instance()
{
    static Settings settings;
    return settings;
}

QString Settings::name(Key key)
{
    return QString::fromLatin1(QMetaEnum::fromType<Key>().valueToKey(static_cast<int>(key)));
}

QVariant Settings::defaultValue(Key key)
{
    switch (key) {
    case Key::Language:
        return QStringLiteral("id");
    case Key::IdleLockMinutes:
        return 15;
    case Key::LockoutFailures:
        return 5;
    case Key::LockoutMinutes:
        return 15;
    case Key::DemoSimulatorSpeed:
        return 60;
    case Key::MainWindowGeometry:
    case Key::MainWindowState:
    case Key::CatalogueSplitter:
        return QByteArray();
    case Key::LastPage:
        return 0;
    case Key::LastUser:
        return QString();
    case Key::BudgetTotal:
        return Budget().total;
    case Key::BudgetTrainingCredit:
        return Budget().trainingCredit;
    case Key::BudgetMonthlyIncentive:
        return Budget().monthlyIncentive;
    case Key::BudgetIncentiveMonths:
        return Budget().incentiveMonths;
    case Key::BudgetSurveyIncentive:
        return Budget().surveyIncentive;
    case Key::BudgetSurveys:
        return Budget().surveys;
    case Key::WaveRequirePhoneVerified:
        return true;
    case Key::WaveFamilyCardCap:
        return 2;
    case Key::DatabaseTarget:
        return QString();
    }
    return {};
}

bool Settings::isProgramme(Key key)
{
    return programmeKeys().contains(key);
}

const QList<Settings::Key>& Settings::programmeKeys()
{
    static const QList<Key> keys = {Key::IdleLockMinutes,
                                    Key::LockoutFailures,
                                    Key::LockoutMinutes,
                                    Key::DemoSimulatorSpeed,
                                    Key::BudgetTotal,
                                    Key::BudgetTrainingCredit,
                                    Key::BudgetMonthlyIncentive,
                                    Key::BudgetIncentiveMonths,
                                    Key::BudgetSurveyIncentive,
                                    Key::BudgetSurveys,
                                    Key::WaveRequirePhoneVerified,
                                    Key::WaveFamilyCardCap};
    return keys;
}

QVariant Settings::legacyValue(Key key) const
{
    return isProgramme(key) ? m_settings.value(name(key)) : QVariant();
}

QVariant Settings::value(Key key) const
{
    Q_ASSERT(!isProgramme(key));
    return m_settings.value(name(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant& value)
{
    Q_ASSERT(!isProgramme(key));
    if (m_settings.value(name(key), defaultValue(key)) == value)
        return;
    m_settings.setValue(name(key), value);
    Q_EMIT changed(key, value);
}

} // namespace prakerja

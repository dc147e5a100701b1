#include "ProgrammeSettings.h"

#include "store/SettingsStore.h"

namespace prakerja {

Result<ProgrammeSettings> ProgrammeSettings::load(Database& db)
{
    const auto stored = SettingsStore(db).load();
    if (!stored)
        return stored.error();
    ProgrammeSettings settings;
    for (Settings::Key key : Settings::programmeKeys())
        if (const auto it = stored->constFind(Settings::name(key)); it != stored->constEnd())
            settings.set(key, fromText(key, it.value()));
    return settings;
}

QVariant ProgrammeSettings::value(Settings::Key key) const
{
    Q_ASSERT(Settings::isProgramme(key));
    return m_values.value(key, Settings::defaultValue(key));
}

Budget ProgrammeSettings::budget() const
{
    using K = Settings::Key;
    Budget b;
    b.total = value(K::BudgetTotal).toLongLong();
    b.trainingCredit = value(K::BudgetTrainingCredit).toLongLong();
    b.monthlyIncentive = value(K::BudgetMonthlyIncentive).toLongLong();
    b.incentiveMonths = value(K::BudgetIncentiveMonths).toInt();
    b.surveyIncentive = value(K::BudgetSurveyIncentive).toLongLong();
    b.surveys = value(K::BudgetSurveys).toInt();
    return b;
}

QString ProgrammeSettings::toText(const QVariant& value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

QVariant ProgrammeSettings::fromText(Settings::Key key, const QString& text)
{
    if (Settings::defaultValue(key).typeId() == QMetaType::Bool)
        return QVariant(text == u"true");
    return QVariant(text.toLongLong());
}

} // namespace prakerja

#include "SettingsService.h"

#include "domain/IndonesianFormat.h"
#include "domain/Timestamp.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SettingsStore.h"

#include <QRegularExpression>

namespace prakerja {

namespace {
Error invalid(Settings::Key key, const QString& problem)
{
    return makeError(QStringLiteral("invalid_setting"), QStringLiteral("%1: %2").arg(Settings::name(key), problem));
}
} // namespace

QString SettingsService::shown(const QVariant& value)
{
    return value.typeId() == QMetaType::Bool ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                             : value.toString();
}

const QList<Settings::Key>& SettingsService::editableKeys()
{
    using K = Settings::Key;
    static const QList<K> keys = {K::Language,
                                  K::IdleLockMinutes,
                                  K::LockoutFailures,
                                  K::LockoutMinutes,
                                  K::BudgetTotal,
                                  K::BudgetTrainingCredit,
                                  K::BudgetMonthlyIncentive,
                                  K::BudgetIncentiveMonths,
                                  K::BudgetSurveyIncentive,
                                  K::BudgetSurveys,
                                  K::WaveRequirePhoneVerified,
                                  K::WaveFamilyCardCap,
                                  K::DemoSimulatorSpeed};
    return keys;
}

bool SettingsService::isPersonal(Settings::Key key)
{
    return key == Settings::Key::Language;
}

std::pair<qint64, qint64> SettingsService::range(Settings::Key key)
{
    using K = Settings::Key;
    switch (key) {
    case K::IdleLockMinutes:
        return {1, 240};
    case K::LockoutFailures:
        return {3, 20};
    case K::LockoutMinutes:
        return {1, 1440};
    case K::BudgetTotal:
        return {0, 1'000'000'000'000'000}; // Rp 1 quadrillion: far above any programme
    case K::BudgetTrainingCredit:
    case K::BudgetMonthlyIncentive:
    case K::BudgetSurveyIncentive:
        return {0, 1'000'000'000};
    case K::BudgetIncentiveMonths:
        return {0, 24};
    case K::BudgetSurveys:
        return {0, 12};
    case K::WaveRequirePhoneVerified:
        return {0, 1};
    case K::WaveFamilyCardCap:
        return {1, 10};
    case K::DemoSimulatorSpeed:
        return {0, 3600};
    default:
        return {0, 0};
    }
}

Result<QVariant> SettingsService::normalise(Settings::Key key, const QVariant& value)
{
    if (!editableKeys().contains(key))
        return invalid(key, Error::tr("tidak dapat diubah di sini"));
    if (key == Settings::Key::Language) {
        const QString lang = value.toString().trimmed().toLower();
        if (lang != u"id" && lang != u"en")
            return invalid(key, Error::tr("pilih id atau en"));
        return QVariant(lang);
    }
    if (key == Settings::Key::WaveRequirePhoneVerified) {
        const QString text = value.toString().trimmed().toLower();
        if (value.typeId() == QMetaType::Bool)
            return QVariant(value.toBool());
        if (text == u"true" || text == u"1" || text == u"ya")
            return QVariant(true);
        if (text == u"false" || text == u"0" || text == u"tidak")
            return QVariant(false);
        return invalid(key, Error::tr("pilih true atau false"));
    }
    // Digits, with or without Indonesian thousands separators (20.000.000.000.000); "1.5" is
    // neither, rather than fifteen.
    static const QRegularExpression digits(QStringLiteral("^(\\d+|\\d{1,3}(\\.\\d{3})+)$"));
    QString text = value.toString().trimmed();
    bool ok = digits.match(text).hasMatch();
    const qint64 number = ok ? text.remove(u'.').toLongLong(&ok) : 0;
    const auto [low, high] = range(key);
    if (!ok || number < low || number > high)
        return invalid(key,
                       Error::tr("bilangan bulat dari %1 sampai %2")
                           .arg(IndonesianFormat::number(low), IndonesianFormat::number(high)));
    return QVariant(number);
}

Status SettingsService::check(const Session& session, Settings::Key key, const QVariant& value)
{
    if (!isPersonal(key))
        if (const Status s = session.require(Permission::ManageSettings); !s)
            return s;
    const Result<QVariant> normal = normalise(key, value);
    return normal ? Status::success() : Status(normal.error());
}

QVariant SettingsService::current(Settings::Key key, const ProgrammeSettings& programme)
{
    return Settings::isProgramme(key) ? programme.value(key) : Settings::instance().value(key);
}

Result<ProgrammeSettings> SettingsService::record(const Session& session, const QList<Change>& changes)
{
    for (const Change& c : changes)
        if (const Status s = check(session, c.key, c.to); !s)
            return s.error();
    if (const Status s = m_db.beginImmediate(); !s)
        return s.error();
    AuditLog audit(m_db);
    SettingsStore store(m_db);
    const qint64 now = Timestamp::nowMs();
    for (const Change& c : changes) {
        const QVariant to = *normalise(c.key, c.to);
        Status s = audit.append(session, QStringLiteral("settings.change"),
                                QStringLiteral("setting:%1").arg(Settings::name(c.key)),
                                QStringLiteral("%1 → %2").arg(shown(c.from), shown(to)));
        if (s && Settings::isProgramme(c.key))
            s = store.put(Settings::name(c.key), ProgrammeSettings::toText(to), now);
        if (!s) {
            m_db.rollback();
            return s.error();
        }
    }
    if (const Status s = m_db.commit(); !s)
        return s.error();
    return ProgrammeSettings::load(m_db);
}

Result<ProgrammeSettings> SettingsService::change(const Session& session, Settings& settings,
                                                  const QList<Change>& changes)
{
    auto stored = record(session, changes);
    if (!stored)
        return stored;
    for (const Change& c : changes)
        if (!Settings::isProgramme(c.key))
            settings.setValue(c.key, *normalise(c.key, c.to));
    return stored;
}

Status SettingsService::adoptLegacy(Settings& settings)
{
    QList<std::pair<Settings::Key, QVariant>> found;
    for (Settings::Key key : Settings::programmeKeys())
        if (const QVariant v = settings.legacyValue(key); v.isValid()) {
            if (const Result<QVariant> normal = normalise(key, v); normal)
                found.append({key, *normal});
            else // out of range (edited by hand): the default applies, as it did then
                settings.removeLegacy(key);
        }
    if (found.isEmpty())
        return Status::success();
    const auto stored = SettingsStore(m_db).load();
    if (!stored)
        return stored.error();
    if (const Status s = m_db.beginImmediate(); !s)
        return s;
    AuditLog audit(m_db);
    SettingsStore store(m_db);
    const qint64 now = Timestamp::nowMs();
    for (const auto& [key, value] : found) {
        if (stored->contains(Settings::name(key)))
            continue;
        Status s = store.put(Settings::name(key), ProgrammeSettings::toText(value), now);
        if (s)
            s = audit.append(Session::system(), QStringLiteral("settings.adopt"),
                             QStringLiteral("setting:%1").arg(Settings::name(key)), shown(value));
        if (!s) {
            m_db.rollback();
            return s;
        }
    }
    if (const Status s = m_db.commit(); !s)
        return s;
    for (const auto& [key, value] : found)
        settings.removeLegacy(key);
    return Status::success();
}

} // namespace prakerja

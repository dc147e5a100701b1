// SettingsService: ranges and normal forms, who may change what, and the audit rows that every
// change leaves (all of a save or none of it).
#include "TestSupport.h"

#include "services/OperatorService.h"
#include "services/SettingsService.h"

#include <QSettings>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace prakerja;
using namespace prakerja::test;
using Key = Settings::Key;

namespace {
const Session kAdmin(1, QStringLiteral("admin"), Role::Administrator);
const Session kAgent(2, QStringLiteral("agen"), Role::CallCentreAgent);

QStringList auditRows(Database& db)
{
    QStringList out;
    auto q = db.exec(QStringLiteral("SELECT action, target, details FROM audit_log ORDER BY id"));
    while (q.value().next())
        out << QStringLiteral("%1 %2 %3")
                   .arg(q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString());
    return out;
}
} // namespace

class TestSettingsService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void normalFormsAndRanges();
    void programmeSettingsNeedThePermission();
    void recordsEveryChangeOrNone();
    void changeAppliesAfterRecording();
    void legacyFileValuesMoveInOnce();

private:
    QTemporaryDir m_config;
};

void TestSettingsService::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
}

void TestSettingsService::normalFormsAndRanges()
{
    QCOMPARE(*SettingsService::normalise(Key::BudgetTotal, QStringLiteral("20.000.000.000.000")),
             QVariant(qint64(20'000'000'000'000)));
    QCOMPARE(*SettingsService::normalise(Key::LockoutFailures, 5), QVariant(qint64(5)));
    QCOMPARE(*SettingsService::normalise(Key::Language, QStringLiteral(" EN ")), QVariant(QStringLiteral("en")));
    QCOMPARE(*SettingsService::normalise(Key::WaveRequirePhoneVerified, QStringLiteral("tidak")), QVariant(false));
    QCOMPARE(*SettingsService::normalise(Key::DemoSimulatorSpeed, 0), QVariant(qint64(0)));
    for (const auto& [key, value] : QList<QPair<Key, QVariant>>{{Key::LockoutFailures, 2},
                                                                {Key::IdleLockMinutes, 0},
                                                                {Key::IdleLockMinutes, QStringLiteral("lima")},
                                                                {Key::IdleLockMinutes, QStringLiteral("1.5")},
                                                                {Key::BudgetTotal, QStringLiteral("20.000.00")},
                                                                {Key::BudgetTotal, -1},
                                                                {Key::WaveFamilyCardCap, 11},
                                                                {Key::Language, QStringLiteral("fr")},
                                                                {Key::WaveRequirePhoneVerified, QStringLiteral("x")},
                                                                {Key::MainWindowGeometry, QByteArray("g")}}) {
        const Result<QVariant> r = SettingsService::normalise(key, value);
        QVERIFY2(!r, qPrintable(Settings::name(key)));
        QCOMPARE(r.error().code, QStringLiteral("invalid_setting"));
        QVERIFY(r.error().message().startsWith(Settings::name(key)));
    }
}

void TestSettingsService::programmeSettingsNeedThePermission()
{
    QVERIFY(SettingsService::check(kAdmin, Key::LockoutMinutes, 30));
    QVERIFY(SettingsService::check(kAgent, Key::Language, QStringLiteral("en")));
    const Status denied = SettingsService::check(kAgent, Key::LockoutMinutes, 30);
    QVERIFY(!denied);
    QVERIFY(denied.error().message().contains(QStringLiteral("manage_settings")));
}

void TestSettingsService::recordsEveryChangeOrNone()
{
    ScratchDatabase scratch;
    SettingsService service(scratch.db());
    QVERIFY(service.record(kAdmin,
                           {{Key::IdleLockMinutes, 15, 30}, {Key::BudgetTotal, qint64(1), QStringLiteral("2.000")}}));
    QCOMPARE(auditRows(scratch.db()),
             (QStringList{QStringLiteral("settings.change setting:IdleLockMinutes 15 → 30"),
                          QStringLiteral("settings.change setting:BudgetTotal 1 → 2000")}));
    // One bad value, or one change the role may not make, and nothing of the save is recorded.
    QVERIFY(!service.record(kAdmin, {{Key::IdleLockMinutes, 30, 45}, {Key::LockoutFailures, 5, 1}}));
    QVERIFY(!service.record(
        kAgent, {{Key::Language, QStringLiteral("id"), QStringLiteral("en")}, {Key::LockoutMinutes, 15, 30}}));
    QCOMPARE(auditRows(scratch.db()).size(), 2);
    QVERIFY(service.record(kAgent, {{Key::Language, QStringLiteral("id"), QStringLiteral("en")}}));
    QCOMPARE(auditRows(scratch.db()).last(), QStringLiteral("settings.change setting:Language id → en"));
}

void TestSettingsService::changeAppliesAfterRecording()
{
    ScratchDatabase scratch;
    Settings& settings = Settings::instance();
    const auto changed = SettingsService(scratch.db())
                             .change(kAdmin, settings,
                                     {{Key::LockoutMinutes, 15, QStringLiteral("45")},
                                      {Key::Language, QStringLiteral("id"), QStringLiteral("en")}});
    QVERIFY(changed.ok());
    QCOMPARE(changed->value(Key::LockoutMinutes).toLongLong(), 45);
    QCOMPARE(ProgrammeSettings::load(scratch.db())->value(Key::LockoutMinutes).toLongLong(), 45);
    QCOMPARE(settings.value(Key::Language).toString(), QStringLiteral("en")); // the personal one, in QSettings
    QVERIFY(!SettingsService(scratch.db()).change(kAgent, settings, {{Key::LockoutMinutes, 45, 60}}));
    QCOMPARE(ProgrammeSettings::load(scratch.db())->value(Key::LockoutMinutes).toLongLong(), 45);
    QCOMPARE(auditRows(scratch.db()).size(), 2);
    settings.setValue(Key::Language, QStringLiteral("id"));
}

// Programme settings that an older version kept in the OS user's settings file move into the
// database once; afterwards editing that file changes nothing (it cannot loosen the lockout).
void TestSettingsService::legacyFileValuesMoveInOnce()
{
    ScratchDatabase scratch;
    QSettings file(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("prakerja"), QStringLiteral("console"));
    file.setValue(QStringLiteral("LockoutFailures"), 7);
    file.setValue(QStringLiteral("IdleLockMinutes"), 9999); // out of range: dropped, the default applies
    file.sync();
    Settings& settings = Settings::instance();
    settings.sync();
    QVERIFY(SettingsService(scratch.db()).adoptLegacy(settings));
    QCOMPARE(ProgrammeSettings::load(scratch.db())->value(Key::LockoutFailures).toLongLong(), 7);
    QCOMPARE(ProgrammeSettings::load(scratch.db())->value(Key::IdleLockMinutes).toInt(), 15);
    QCOMPARE(auditRows(scratch.db()).last(), QStringLiteral("settings.adopt setting:LockoutFailures 7"));
    file.sync();
    QVERIFY(!file.contains(QStringLiteral("LockoutFailures")));
    QVERIFY(!file.contains(QStringLiteral("IdleLockMinutes")));

    // A later edit of the file (a lower lockout) does not override the database.
    file.setValue(QStringLiteral("LockoutFailures"), 3);
    file.sync();
    settings.sync();
    QVERIFY(SettingsService(scratch.db()).adoptLegacy(settings));
    QCOMPARE(ProgrammeSettings::load(scratch.db())->value(Key::LockoutFailures).toLongLong(), 7);
    QCOMPARE(OperatorService::Policy::from(ProgrammeSettings::load(scratch.db()).value()).maxFailures, 7);
    QCOMPARE(auditRows(scratch.db()).size(), 1);
}

QTEST_GUILESS_MAIN(TestSettingsService)
#include "tst_settingsservice.moc"

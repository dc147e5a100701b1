// The Settings page offscreen: stored values shown, a save recorded in the audit log and then
// applied, an invalid budget refused next to its field, defaults filled without saving, and
// the programme settings read-only for a role without manage_settings.
#include "SettingsPage.h"
#include "TestSupport.h"

#include "services/OperatorService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace prakerja;
using namespace prakerja::test;
using Key = Settings::Key;

namespace {
const Session kAdmin(1, QStringLiteral("admin"), Role::Administrator);
const Session kAnalyst(2, QStringLiteral("analis"), Role::Analyst);
const QString kPassword = QStringLiteral("kopi-tubruk-pagi-hari");

qint64 settingsChanges(Database& db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings.change'")).toLongLong();
}
// A programme setting as the database holds it.
QVariant stored(Database& db, Key key)
{
    const auto programme = ProgrammeSettings::load(db);
    return programme ? programme->value(key) : QVariant();
}
} // namespace

class TestSettingsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void savesThroughTheAuditLog();
    void invalidBudgetShownAtTheField();
    void defaultsFillTheFieldsOnly();
    void analystChangesOnlyTheLanguage();
    void showingAgainReadsOtherWriters();

private:
    QTemporaryDir m_config;
};

void TestSettingsPage::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
}

void TestSettingsPage::init()
{
    Settings::instance().setValue(Key::Language, Settings::defaultValue(Key::Language));
}

void TestSettingsPage::savesThroughTheAuditLog()
{
    ScratchDatabase scratch;
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    QVERIFY(workspace.ok());
    SettingsPage page(*workspace.value(), kAdmin);
    page.show();
    auto* idle = page.findChild<QSpinBox*>(QStringLiteral("settingIdleLockMinutes"));
    auto* total = page.findChild<QLineEdit*>(QStringLiteral("settingBudgetTotal"));
    auto* save = page.findChild<QPushButton*>(QStringLiteral("settingsSave"));
    QCOMPARE(idle->value(), 15);
    QCOMPARE(total->text(), QStringLiteral("20.000.000.000.000"));
    QVERIFY(!save->isEnabled());

    idle->setValue(30);
    page.findChild<QCheckBox*>(QStringLiteral("settingWaveRequirePhoneVerified"))->setChecked(false);
    QVERIFY(save->isEnabled());
    QCOMPARE(stored(scratch.db(), Key::IdleLockMinutes).toInt(), 15); // nothing before Save
    QTest::mouseClick(save, Qt::LeftButton);
    auto* status = page.findChild<QLabel*>(QStringLiteral("settingsStatus"));
    QTRY_VERIFY(status->text().contains(QStringLiteral("Tersimpan")));
    // In the database, for every seat; and in force in this console at once.
    QCOMPARE(stored(scratch.db(), Key::IdleLockMinutes).toInt(), 30);
    QCOMPARE(stored(scratch.db(), Key::WaveRequirePhoneVerified).toBool(), false);
    QCOMPARE(workspace.value()->programme().idleLockMinutes(), 30);
    QCOMPARE(settingsChanges(scratch.db()), 2);
    QVERIFY(!save->isEnabled());
}

void TestSettingsPage::invalidBudgetShownAtTheField()
{
    ScratchDatabase scratch;
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    SettingsPage page(*workspace.value(), kAdmin);
    page.show();
    auto* total = page.findChild<QLineEdit*>(QStringLiteral("settingBudgetTotal"));
    auto* error = page.findChild<QLabel*>(QStringLiteral("settingBudgetTotalError"));
    auto* save = page.findChild<QPushButton*>(QStringLiteral("settingsSave"));
    total->selectAll();
    QTest::keyClicks(total, QStringLiteral("dua puluh triliun"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("BudgetTotal")));
    QVERIFY(!save->isEnabled());
    total->selectAll();
    QTest::keyClicks(total, QStringLiteral("25.000.000.000.000"));
    QVERIFY(!error->isVisible());
    QVERIFY(save->isEnabled());
}

void TestSettingsPage::defaultsFillTheFieldsOnly()
{
    ScratchDatabase scratch;
    QVERIFY(SettingsService(scratch.db()).record(kAdmin, {{Key::IdleLockMinutes, 15, 60}}));
    const int recorded = settingsChanges(scratch.db());
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    SettingsPage page(*workspace.value(), kAdmin);
    page.show();
    auto* idle = page.findChild<QSpinBox*>(QStringLiteral("settingIdleLockMinutes"));
    QCOMPARE(idle->value(), 60);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("settingsDefaults")), Qt::LeftButton);
    QCOMPARE(idle->value(), 15);
    QCOMPARE(stored(scratch.db(), Key::IdleLockMinutes).toInt(), 60);
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("settingsSave"))->isEnabled());
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("settingsRevert")), Qt::LeftButton);
    QCOMPARE(idle->value(), 60);
    QCOMPARE(settingsChanges(scratch.db()), recorded);
}

void TestSettingsPage::analystChangesOnlyTheLanguage()
{
    ScratchDatabase scratch;
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    SettingsPage page(*workspace.value(), kAnalyst);
    page.show();
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("settingsReadOnly"))->isVisible());
    QVERIFY(!page.findChild<QSpinBox*>(QStringLiteral("settingIdleLockMinutes"))->isEnabled());
    QVERIFY(!page.findChild<QLineEdit*>(QStringLiteral("settingBudgetTotal"))->isEnabled());
    auto* language = page.findChild<QComboBox*>(QStringLiteral("settingLanguage"));
    QVERIFY(language->isEnabled());
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("settingsSave")), Qt::LeftButton);
    QTRY_VERIFY(page.findChild<QLabel*>(QStringLiteral("settingsStatus"))->text().contains(QStringLiteral("Bahasa")));
    QCOMPARE(Settings::instance().value(Key::Language).toString(), QStringLiteral("en"));
    QCOMPARE(settingsChanges(scratch.db()), 1);
}

// prakerjactl, another process (or another seat), changes a programme setting in the database;
// the page reads it again when shown, unless the operator has unsaved edits.
void TestSettingsPage::showingAgainReadsOtherWriters()
{
    ScratchDatabase scratch;
    OperatorService::Policy fast;
    fast.iterations = 1000;
    QVERIFY(OperatorService(scratch.db(), fast).createFirstAdministrator(QStringLiteral("admin"), kPassword));
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    SettingsPage page(*workspace.value(), kAdmin);
    page.show();
    auto* idle = page.findChild<QSpinBox*>(QStringLiteral("settingIdleLockMinutes"));
    QCOMPARE(idle->value(), 15);
    page.hide();
    const CtlRun set = runCtl(
        {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("IdleLockMinutes"), QStringLiteral("90")},
        {{QStringLiteral("PRAKERJA_DB"), scratch.dbPath()},
         {QStringLiteral("PRAKERJA_KEY_FILE"), scratch.keyPath()},
         {QStringLiteral("PRAKERJA_USER"), QStringLiteral("admin")},
         {QStringLiteral("PRAKERJA_PASSWORD"), kPassword},
         {QStringLiteral("XDG_CONFIG_HOME"), m_config.path()}});
    QVERIFY2(set.code == 0, set.err.constData());
    page.show();
    QTRY_COMPARE(idle->value(), 90);
    idle->setValue(100); // an unsaved edit survives hiding and showing
    page.hide();
    page.show();
    QCOMPARE(idle->value(), 100);
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"

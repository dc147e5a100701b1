// The Dashboard's budget panel, offscreen: a wave drawn and announced through WaveService on
// another connection reaches the panel when the page is shown again (committed, remaining
// against the total from Settings, share used, waves still possible by budget and by pool);
// an unreadable database says so; the panel follows the permission matrix.
#include "BudgetPanel.h"
#include "DashboardPage.h"
#include "TestSupport.h"

#include "domain/Timestamp.h"
#include "security/Crypto.h"
#include "services/AnnouncementService.h"
#include "services/DrawService.h"
#include "services/SettingsService.h"
#include "services/WaveService.h"
#include "store/BulkApplicantWriter.h"

#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace prakerja;
using namespace prakerja::test;

namespace {

WaveDraft draft(int quota)
{
    WaveDraft d;
    d.number = 1;
    d.name = QStringLiteral("Gelombang Uji");
    d.opensAt = 1586826000000; // 2020-04-14 08:00 WIB
    d.closesAt = 1587027600000;
    d.announceAt = d.closesAt + Timestamp::kDay;
    d.trainingStartsAt = d.announceAt + Timestamp::kDay;
    d.quota = quota;
    return d;
}

QString text(const BudgetPanel* panel, const char* name)
{
    const auto* l = panel->findChild<QLabel*>(QLatin1StringView(name));
    return l ? l->text() : QStringLiteral("<no %1>").arg(QLatin1StringView(name));
}

} // namespace

class TestDashboardBudget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsCommittedRemainingAndForecast();
    void panelFollowsThePermission();

private:
    void setSmallBudget(Database& db);
    QTemporaryDir m_config;
};

void TestDashboardBudget::initTestCase()
{
    // Personal settings of our own (QSettings under XDG_CONFIG_HOME).
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
}

// A programme budget of Rp 1 billion, so that one wave of 50 is a visible share and the budget,
// not the pool, is the limit. Stored in the database, as another seat would have set it.
void TestDashboardBudget::setSmallBudget(Database& db)
{
    QVERIFY(SettingsService(db).record(Session::system(),
                                       {{Settings::Key::BudgetTotal, QVariant(), qint64(1'000'000'000)}}));
    const auto programme = ProgrammeSettings::load(db);
    QVERIFY(programme.ok());
    QCOMPARE(programme->budget().total, qint64(1'000'000'000));
    QCOMPARE(programme->budget().perParticipant(), qint64(3'550'000));
}

void TestDashboardBudget::showsCommittedRemainingAndForecast()
{
    ScratchDatabase scratch;
    setSmallBudget(scratch.db());
    addWaveOnePool(scratch.db(), 600);
    // The pool side of the forecast reads the funnel's totals: 600 NIK-verified.
    {
        QVERIFY(scratch.db().beginImmediate());
        BulkApplicantWriter events(scratch.db());
        for (int id = 1; id <= 600; ++id)
            QVERIFY2(events.event(id, EventType::NikVerified, 0), qPrintable(events.errorMessage()));
        QVERIFY(scratch.db().commit());
    }
    WaveService waves(scratch.db());
    DrawService draws(scratch.db());
    AnnouncementService announcements(scratch.db(), Budget());
    QVERIFY(waves.create(Session::system(), draft(50)).ok());
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    QVERIFY(workspace.ok());

    DashboardPage page(nullptr, *workspace.value(), Session(2, QStringLiteral("analis"), Role::Analyst));
    page.resize(1200, 900);
    page.show();
    BudgetPanel* panel = page.findChild<BudgetPanel*>(QStringLiteral("budgetPanel"));
    QVERIFY(panel);
    QCOMPARE(page.budgetPanel(), panel);
    auto* used = panel->findChild<QProgressBar*>(QStringLiteral("budgetUsed"));
    QVERIFY(used);

    // Nothing committed: Rp 1 billion buys 281 participants, 5 waves of 50; the pool 12.
    QTRY_COMPARE(text(panel, "budgetCommitted"), QStringLiteral("Rp 0"));
    QCOMPARE(text(panel, "budgetRemaining"), QStringLiteral("Rp 1.000.000.000"));
    QCOMPARE(text(panel, "budgetShare"), QStringLiteral("0,00 % dari Rp 1.000.000.000 terpakai"));
    QCOMPARE(used->value(), 0);
    QCOMPARE(text(panel, "budgetParticipants"), QStringLiteral("0 peserta aktif"));
    QCOMPARE(text(panel, "budgetAffordable"), QStringLiteral("cukup untuk 281 peserta lagi"));
    QCOMPARE(text(panel, "budgetWaves"), QStringLiteral("5"));
    QCOMPARE(text(panel, "budgetWavesDetail"), QStringLiteral("menurut anggaran 5 · menurut pool 12"));
    QVERIFY(text(panel, "budgetNote").startsWith(QStringLiteral("Rp 3.550.000 per peserta")));
    QVERIFY(panel->findChild<QLabel*>(QStringLiteral("budgetStatus"))->isHidden());

    // Draw and announce: 50 participants × Rp 3.550.000 committed in the ledger.
    QVERIFY(waves.open(Session::system(), 1));
    QVERIFY(waves.close(Session::system(), 1));
    QVERIFY(draws.draw(Session::system(), 1).ok());
    auto announced = announcements.announce(Session::system(), 1);
    QVERIFY(announced.ok());
    QCOMPARE(announced->selected, qint64(50));

    // Showing the page again reads the budget again.
    QTRY_VERIFY(!panel->job()->busy());
    page.hide();
    page.show();
    QTRY_COMPARE(text(panel, "budgetCommitted"), QStringLiteral("Rp 177.500.000"));
    QCOMPARE(text(panel, "budgetRemaining"), QStringLiteral("Rp 822.500.000"));
    QCOMPARE(text(panel, "budgetShare"), QStringLiteral("17,75 % dari Rp 1.000.000.000 terpakai"));
    QCOMPARE(used->value(), 178); // per mille, rounded
    QCOMPARE(text(panel, "budgetParticipants"), QStringLiteral("50 peserta aktif"));
    // Rp 822,5 million buys 231 more: 4 waves of 50; the pool has 600 − 50 = 550: 11.
    QCOMPARE(text(panel, "budgetAffordable"), QStringLiteral("cukup untuk 231 peserta lagi"));
    QCOMPARE(text(panel, "budgetWaves"), QStringLiteral("4"));
    QCOMPARE(text(panel, "budgetWavesDetail"), QStringLiteral("menurut anggaran 4 · menurut pool 11"));
    // Committed beside actual: nothing spent or paid yet, all of it outstanding.
    QCOMPARE(text(panel, "budgetActual"), QStringLiteral("Rp 0"));
    QCOMPARE(text(panel, "budgetOutstanding"), QStringLiteral("Rp 177.500.000"));
    QCOMPARE(text(panel, "budgetReturned"), QStringLiteral("Rp 0"));
    QCOMPARE(text(panel, "budgetReturnedDetail"), QStringLiteral("neraca seimbang di 1 gelombang"));

    // The PDF report carries the panel: one image more than without it.
    const auto imagesInPdf = [&](const QString& name) {
        const QString path = scratch.path(name);
        const Status exported = page.exportPdf(path);
        QFile file(path);
        return exported.ok() && file.open(QIODevice::ReadOnly) ? file.readAll().count("/Subtype /Image") : -1;
    };
    const qsizetype withPanel = imagesInPdf(QStringLiteral("with.pdf"));
    panel->hide();
    const qsizetype withoutPanel = imagesInPdf(QStringLiteral("without.pdf"));
    panel->show();
    QVERIFY(withoutPanel >= 0); // the charts are vectors
    QCOMPARE(withPanel, withoutPanel + 1);
    // The header names who made the report.
    const QString reportText = pdfText(scratch.path(QStringLiteral("with.pdf")));
    QVERIFY2(reportText.contains(QStringLiteral("oleh analis")), qPrintable(reportText.left(400)));

    // The database goes away: the panel says so and keeps the last figures.
    QTRY_VERIFY(!panel->job()->busy());
    QVERIFY(QFile::rename(scratch.dbPath(), scratch.path(QStringLiteral("moved.db"))));
    panel->refresh();
    auto* status = panel->findChild<QLabel*>(QStringLiteral("budgetStatus"));
    QTRY_VERIFY(!status->isHidden());
    QVERIFY2(status->text().startsWith(QStringLiteral("Anggaran tidak dapat dibaca")), qPrintable(status->text()));
    QCOMPARE(text(panel, "budgetCommitted"), QStringLiteral("Rp 177.500.000"));
    QTRY_VERIFY(!panel->job()->busy());
}

void TestDashboardBudget::panelFollowsThePermission()
{
    ScratchDatabase scratch;
    setSmallBudget(scratch.db());
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    QVERIFY(workspace.ok());
    for (Role role : {Role::Administrator, Role::Analyst, Role::CatalogueCurator, Role::CallCentreAgent}) {
        DashboardPage page(nullptr, *workspace.value(), Session(3, QStringLiteral("operator"), role));
        page.show();
        BudgetPanel* panel = page.findChild<BudgetPanel*>(QStringLiteral("budgetPanel"));
        QCOMPARE(panel != nullptr, roleHas(role, Permission::ViewWaves));
        if (panel) // the service agrees: the read succeeds for this role
            QTRY_COMPARE(text(panel, "budgetRemaining"), QStringLiteral("Rp 1.000.000.000"));
        QTRY_VERIFY(!panel || !panel->job()->busy());
    }
    // Without a workspace and session (as the funnel-only tests build it) there is no panel.
    DashboardPage bare(nullptr);
    QVERIFY(!bare.budgetPanel());
    QVERIFY(!bare.findChild<BudgetPanel*>());
}

QTEST_MAIN(TestDashboardBudget)
#include "tst_dashboardbudget.moc"

// The Partner platforms page's spending tab, offscreen: a simulated wave's purchases reach the
// tables (per platform, top trainings, categories) with the figures of SpendingService's report
// and a recount; the wave filter reads again; agents are refused by the service.
#include "SpendingPanel.h"
#include "TestSupport.h"

#include "domain/IndonesianFormat.h"
#include "services/FeedService.h"
#include "services/SpendingService.h"
#include "services/Workspace.h"

#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace prakerja;
using namespace prakerja::test;

class TestSpendingPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsPlatformsTrainingsAndCategories();
    void agentsAreRefused();

private:
    QTemporaryDir m_config;
};

void TestSpendingPanel::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
}

void TestSpendingPanel::showsPlatformsTrainingsAndCategories()
{
    ScratchDatabase scratch;
    addMoneyCatalogue(scratch.db());
    announceWaveThroughFeed(scratch.db(), 60, 1);
    PostSelectionOptions options;
    options.seed = 3;
    QVERIFY(FeedService(scratch.db(), Session::system()).simulateAfterSelection(1, options, {}));
    auto expected = SpendingService(scratch.db()).report(Session::system(), 0);
    QVERIFY(expected);
    const qint64 purchases = scratch.db().scalar(QStringLiteral("SELECT COUNT(*) FROM purchases")).toLongLong();
    const qint64 rupiah = scratch.db().scalar(QStringLiteral("SELECT SUM(price) FROM purchases")).toLongLong();
    QCOMPARE(expected->total.purchases, purchases);

    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    QVERIFY(workspace.ok());
    SpendingPanel panel(*workspace.value(), Session(2, QStringLiteral("analis"), Role::Analyst));
    QSignalSpy loaded(&panel, &SpendingPanel::loaded);
    panel.resize(1200, 800);
    panel.show();
    QTRY_VERIFY(!loaded.isEmpty());
    QCOMPARE(loaded.takeFirst().at(0).toBool(), true);
    auto* summary = panel.findChild<QLabel*>(QStringLiteral("spendingSummary"));
    auto* platforms = panel.findChild<QTableWidget*>(QStringLiteral("spendingPlatforms"));
    auto* trainings = panel.findChild<QTableWidget*>(QStringLiteral("spendingTrainings"));
    auto* categories = panel.findChild<QTableWidget*>(QStringLiteral("spendingCategories"));
    QVERIFY(summary && platforms && trainings && categories);
    QVERIFY2(
        summary->text().startsWith(QStringLiteral("%1 pembelian, %2 dibelanjakan")
                                       .arg(IndonesianFormat::number(purchases), IndonesianFormat::rupiah(rupiah))),
        qPrintable(summary->text()));
    // Two platforms bought from, by money: names, not codes; figures in Indonesian.
    QCOMPARE(platforms->rowCount(), 2);
    QCOMPARE(platforms->item(0, 0)->text(), expected->platforms[0].label);
    QVERIFY(platforms->item(0, 0)->text() == u"Tokopedia" || platforms->item(0, 0)->text() == u"Pintaria");
    qint64 sum = 0;
    for (int row = 0; row < platforms->rowCount(); ++row) {
        QCOMPARE(platforms->item(row, 2)->text(), IndonesianFormat::rupiah(expected->platforms[row].rupiah));
        sum += expected->platforms[row].rupiah;
        QVERIFY(platforms->item(row, 3)->text().endsWith(QStringLiteral(" %")));
    }
    QCOMPARE(sum, rupiah);
    QCOMPARE(trainings->rowCount(), expected->trainings.size());
    QCOMPARE(trainings->item(0, 2)->text(), IndonesianFormat::number(expected->trainings[0].purchases));
    QVERIFY(trainings->item(0, 1)->text() == u"Tokopedia" || trainings->item(0, 1)->text() == u"Pintaria");
    QCOMPARE(categories->rowCount(), 1);
    QCOMPARE(categories->item(0, 0)->text(), QStringLiteral("Akuntansi dan keuangan"));

    // Wave 2 has no purchases: the filter reads again.
    panel.findChild<QSpinBox*>(QStringLiteral("spendingWave"))->setValue(2);
    QTRY_COMPARE(summary->text(), QStringLiteral("Belum ada pembelian pelatihan di gelombang 2."));
    QCOMPARE(platforms->rowCount(), 0);
    panel.findChild<QSpinBox*>(QStringLiteral("spendingWave"))->setValue(0);
    QTRY_COMPARE(platforms->rowCount(), 2);
}

void TestSpendingPanel::agentsAreRefused()
{
    ScratchDatabase scratch;
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    QVERIFY(workspace.ok());
    SpendingPanel panel(*workspace.value(), Session(3, QStringLiteral("agen"), Role::CallCentreAgent));
    QSignalSpy loaded(&panel, &SpendingPanel::loaded);
    panel.show();
    QTRY_VERIFY(!loaded.isEmpty());
    QCOMPARE(loaded.takeFirst().at(0).toBool(), false);
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("spendingSummary"))
                ->text()
                .startsWith(QStringLiteral("Laporan belanja tidak dapat dibaca")));
}

QTEST_MAIN(TestSpendingPanel)
#include "tst_spendingpanel.moc"

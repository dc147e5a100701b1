// The Audit page and its model offscreen: keyset paging with a bounded cache under
// QAbstractItemModelTester, filters, CSV export, verification with progress (intact and after
// tampering), and the "not permitted" state for other roles.
#include "AuditPage.h"
#include "TestSupport.h"

#include "domain/Timestamp.h"

#include "itemmodels/AuditTableModel.h"
#include "services/AuditJob.h"
#include "store/AuditLog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace prakerja;
using namespace prakerja::test;

namespace {

const Session kAdmin(1, QStringLiteral("admin"), Role::Administrator);
const Session kAnalyst(2, QStringLiteral("analis"), Role::Analyst);

void fill(Database& db, int rows)
{
    AuditLog log(db);
    QVERIFY(db.beginImmediate());
    for (int i = 1; i <= rows; ++i)
        QVERIFY(log.append(i % 3 ? kAdmin : kAnalyst,
                           i % 2 ? QStringLiteral("wave.create") : QStringLiteral("operator.add"),
                           QStringLiteral("t:%1").arg(i)));
    QVERIFY(db.commit());
}

} // namespace

class TestAuditPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelPagesByIdWithBoundedCache();
    void filtersExportsAndVerifies();
    void tamperedChainShownAsBroken();
    void otherRolesSeeNotPermitted();
    void dateBoundsStartOnTodayInWib();
};

void TestAuditPage::modelPagesByIdWithBoundedCache()
{
    ScratchDatabase scratch;
    fill(scratch.db(), 450);
    AuditJob job(WorkspacePaths{scratch.dbPath(), scratch.keyPath()}, scratch.keys(), kAdmin);
    AuditTableModel model(&job);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(100);
    model.setFilter({});
    QTRY_COMPARE(model.rowCount(), 100);
    QCOMPARE(model.data(model.index(0, AuditTableModel::Id)).toLongLong(), 450); // newest first
    QCOMPARE(model.data(model.index(99, AuditTableModel::Id)).toLongLong(), 351);
    QVERIFY(!model.hasPreviousPage());
    for (int page = 2; page <= 5; ++page) {
        QVERIFY(model.hasNextPage());
        model.nextPage();
        QTRY_COMPARE(model.pageNumber(), page);
        QTRY_VERIFY(!model.isLoading());
    }
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.data(model.index(49, AuditTableModel::Id)).toLongLong(), 1);
    QVERIFY(!model.hasNextPage());
    // Back: served from the cache, at once.
    model.previousPage();
    QVERIFY(!model.isLoading());
    QCOMPARE(model.data(model.index(0, AuditTableModel::Id)).toLongLong(), 150);
    QVERIFY(model.cachedPages() <= AuditTableModel::kCachedPages);
    // Filter: only the analyst's rows (every third).
    AuditFilter f;
    f.operatorName = QStringLiteral("analis");
    model.setFilter(f);
    QVERIFY(model.isLoading());
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 100);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.data(model.index(r, AuditTableModel::Operator)).toString(), QStringLiteral("analis"));
    QCOMPARE(model.cachedPages(), 1);
}

void TestAuditPage::filtersExportsAndVerifies()
{
    ScratchDatabase scratch;
    fill(scratch.db(), 30);
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    QVERIFY(workspace.ok());
    AuditPage page(*workspace.value(), kAdmin);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* table = page.findChild<QTableView*>(QStringLiteral("auditTable"));
    QTRY_COMPARE(table->model()->rowCount(), 30);

    auto* action = page.findChild<QLineEdit*>(QStringLiteral("auditAction"));
    QTest::keyClicks(action, QStringLiteral("operator"));
    QTest::keyClick(action, Qt::Key_Return);
    QTRY_COMPARE(table->model()->rowCount(), 15);
    for (int r = 0; r < 15; ++r) {
        // In words on the page; the code stays in the tooltip (and the export below).
        QCOMPARE(table->model()->index(r, AuditTableModel::Action).data().toString(),
                 QStringLiteral("Operator ditambahkan"));
        QCOMPARE(table->model()->index(r, AuditTableModel::Action).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("operator.add"));
    }

    const QString csv = scratch.path(QStringLiteral("audit.csv"));
    page.setExportPathForTest(csv);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("auditExport")), Qt::LeftButton);
    auto* status = page.findChild<QLabel*>(QStringLiteral("auditStatus"));
    QTRY_VERIFY(status->text().contains(QStringLiteral("15 baris")));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 16);
    QVERIFY(lines[0].startsWith("id,time_wib"));

    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("auditVerify")), Qt::LeftButton);
    QTRY_VERIFY(status->text().contains(QStringLiteral("utuh")));
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("auditVerify"))->isEnabled());
}

void TestAuditPage::tamperedChainShownAsBroken()
{
    ScratchDatabase scratch;
    fill(scratch.db(), 3000);
    QVERIFY(scratch.db().exec(QStringLiteral("UPDATE audit_log SET target = 'wave:999' WHERE id = 2345")));
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    AuditPage page(*workspace.value(), kAdmin);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("auditVerify")), Qt::LeftButton);
    auto* status = page.findChild<QLabel*>(QStringLiteral("auditStatus"));
    QTRY_VERIFY(status->text().contains(QStringLiteral("RUSAK")));
    QVERIFY(status->text().contains(QStringLiteral("2345")));
}

void TestAuditPage::otherRolesSeeNotPermitted()
{
    ScratchDatabase scratch;
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    AuditPage page(*workspace.value(), kAnalyst);
    page.show();
    auto* denied = page.findChild<QLabel*>(QStringLiteral("notPermitted"));
    QVERIFY(denied);
    QVERIFY(denied->isVisible());
    QVERIFY2(denied->text().contains(QStringLiteral("Administrator")), qPrintable(denied->text())); // who can
    QVERIFY(!denied->text().contains(QStringLiteral("view_audit"))); // never the permission's code
    QVERIFY(!page.findChild<QTableView*>());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("auditVerify")));
}

// The date bounds are WIB days, like the table's times: their default is today in Jakarta.
// With the machine's clock twelve hours behind UTC, its own date differs from WIB's for 19
// hours of every day.
void TestAuditPage::dateBoundsStartOnTodayInWib()
{
    const QByteArray oldTz = qgetenv("TZ");
    qputenv("TZ", "Etc/GMT+12");
    tzset();
    ScratchDatabase scratch;
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    QVERIFY(workspace.ok());
    AuditPage page(*workspace.value(), kAdmin);
    const CivilDate today = Timestamp::dateWib(QDateTime::currentMSecsSinceEpoch());
    const QDate expected(today.year, today.month, today.day);
    QCOMPARE(page.findChild<QDateEdit*>(QStringLiteral("auditFrom"))->date(), expected);
    QCOMPARE(page.findChild<QDateEdit*>(QStringLiteral("auditTo"))->date(), expected);
    if (oldTz.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", oldTz);
    tzset();
}

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"

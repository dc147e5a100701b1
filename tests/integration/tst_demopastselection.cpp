// The console's demo past selection (DemoService, FeedService::simulateDemoPastSelection): a
// launch day replayed to end before now, then wave 1 created, drawn and announced now and the
// participants' money fed after it; the dates in order, the ledger balanced. Refused on a
// database that is not a demo and when the joins lie after now.
#include "TestSupport.h"

#include "domain/Timestamp.h"
#include "services/BudgetService.h"
#include "services/CatalogService.h"
#include "services/DemoService.h"
#include "services/FeedService.h"
#include "store/MetaStore.h"

#include <QTest>

using namespace prakerja;
using namespace prakerja::test;

namespace {
const Session kAdmin(1, QStringLiteral("admin"), Role::Administrator);

qint64 scalar(Database& db, const QString& sql)
{
    return db.scalar(sql).toLongLong();
}

// A small launch day through the ingest path, its first registration `startMs`.
void replay(Database& db, qint64 startMs)
{
    SimulatorOptions day;
    day.registrations = 4000;
    day.hours = 2;
    day.startMs = startMs;
    auto run = FeedService(db, kAdmin).simulate(day, {});
    QVERIFY(run);
    QVERIFY(run->accepted > 4000);
}
} // namespace

class TestDemoPastSelection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void announcedNowAndTheMoneyFollows();
    void refusedOutsideADemo();
    void refusedWhenTheJoinsLieAfterNow();
};

void TestDemoPastSelection::announcedNowAndTheMoneyFollows()
{
    ScratchDatabase s;
    Database& db = s.db();
    QVERIFY(MetaStore(db).markDemo());
    QVERIFY(CatalogService(db, {}).seedDemo(kAdmin));
    const qint64 before = Timestamp::nowMs();
    replay(db, before - 2 * Timestamp::kHour); // the day ends now, as the console's demo
    const qint64 joins = scalar(db, QStringLiteral("SELECT COUNT(*) FROM wave_members WHERE wave = 1"));
    QVERIFY(joins > 30);

    auto fed = FeedService(db, kAdmin).simulateDemoPastSelection(PostSelectionOptions{}, {});
    QVERIFY2(fed, fed ? "" : qPrintable(fed.error().message()));
    QVERIFY(fed->accepted > 0);
    QCOMPARE(fed->rejected, 0);

    // Wave 1 announced now, after its last join; two thirds of the joins selected.
    const qint64 announced = scalar(db, QStringLiteral("SELECT announced_at FROM waves WHERE number = 1"));
    QVERIFY(announced >= before && announced <= Timestamp::nowMs());
    QVERIFY(scalar(db, QStringLiteral("SELECT closes_at FROM waves WHERE number = 1"))
            > scalar(db, QStringLiteral("SELECT MAX(joined_at) FROM wave_members WHERE wave = 1")));
    QVERIFY(scalar(db, QStringLiteral("SELECT closes_at FROM waves WHERE number = 1")) <= announced);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM participants WHERE wave = 1")), joins * 2 / 3);
    // Every purchase after the announcement, every completion after its purchase.
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM purchases")) > 0);
    QVERIFY(scalar(db, QStringLiteral("SELECT MIN(bought_at) FROM purchases")) > announced);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM purchases WHERE completed_at < bought_at")), 0);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM payouts")) > 0);
    auto check = BudgetService(db, Budget()).verify(kAdmin);
    QVERIFY(check);
    QVERIFY2(check->ok(), qPrintable(check->problems.join(u'\n')));

    // Again: the wave is announced already, the same feed is replayed as duplicates.
    auto again = FeedService(db, kAdmin).simulateDemoPastSelection(PostSelectionOptions{}, {});
    QVERIFY(again);
    QCOMPARE(again->accepted, 0);
    QCOMPARE(again->duplicates, fed->accepted);
}

void TestDemoPastSelection::refusedOutsideADemo()
{
    ScratchDatabase s;
    QVERIFY(CatalogService(s.db(), {}).seedDemo(kAdmin));
    replay(s.db(), Timestamp::nowMs() - 2 * Timestamp::kHour);
    auto fed = FeedService(s.db(), kAdmin).simulateDemoPastSelection(PostSelectionOptions{}, {});
    QVERIFY(!fed);
    QCOMPARE(fed.error().code, QStringLiteral("not_demo"));
    QCOMPARE(scalar(s.db(), QStringLiteral("SELECT COUNT(*) FROM waves")), 0);
    // An agent may not run the draw.
    QVERIFY(MetaStore(s.db()).markDemo());
    auto agent = DemoService(s.db()).announceWave(Session(2, QStringLiteral("agen"), Role::CallCentreAgent));
    QVERIFY(!agent);
    QCOMPARE(scalar(s.db(), QStringLiteral("SELECT COUNT(*) FROM waves")), 0);
}

void TestDemoPastSelection::refusedWhenTheJoinsLieAfterNow()
{
    ScratchDatabase s;
    QVERIFY(MetaStore(s.db()).markDemo());
    QVERIFY(CatalogService(s.db(), {}).seedDemo(kAdmin));
    replay(s.db(), Timestamp::nowMs()); // a day that runs ahead of the clock
    auto announced = DemoService(s.db()).announceWave(kAdmin);
    QVERIFY(!announced);
    QCOMPARE(announced.error().code, QStringLiteral("joins_after_now"));
    QCOMPARE(scalar(s.db(), QStringLiteral("SELECT COUNT(*) FROM waves")), 0);
}

QTEST_GUILESS_MAIN(TestDemoPastSelection)
#include "tst_demopastselection.moc"

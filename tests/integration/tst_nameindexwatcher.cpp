// The always-on name-index watcher: applicants ingested while the console runs become
// findable by name without any page asking, off the GUI thread; it stops cleanly.
#include "TestSupport.h"

#include "io/FeedIngestor.h"
#include "services/LookupService.h"
#include "services/NameIndexWatcher.h"
#include "store/NameIndex.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

using namespace prakerja;
using namespace prakerja::test;
using namespace Qt::StringLiterals;

namespace {
void ingest(Database& db, int from, int to, const QString& name)
{
    QByteArray feed;
    for (int k = from; k <= to; ++k)
        feed += uR"({"event":"registered","at":"2020-04-11T19:00:03+07:00","nik":"%1","name":"%2",)"
                u"\"email\":\"p%3@contoh.id\",\"birth_date\":\"1990-05-15\"}\n"_s
                    .arg(makeNik(CivilDate{1990, 5, 15}, Sex::Female, k), name)
                    .arg(k)
                    .toUtf8();
    QBuffer buffer;
    buffer.setData(feed);
    buffer.open(QIODevice::ReadOnly);
    QVERIFY(FeedIngestor(db).ingest(FeedIngestor::linesOf(buffer)).ok());
}

qint64 behind(Database& db)
{
    auto s = NameIndex(db).state();
    return s ? s->behind() : -1;
}
} // namespace

class TestNameIndexWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsTheIndexCaughtUp();
};

void TestNameIndexWatcher::keepsTheIndexCaughtUp()
{
    ScratchDatabase scratch;
    Database& db = scratch.db();
    ingest(db, 1, 30, u"Dewi Lestari"_s);
    QCOMPARE(behind(db), 30);
    {
        NameIndexWatcher watcher(WorkspacePaths{scratch.dbPath(), scratch.keyPath()}, scratch.keys(), nullptr, 50);
        QSignalSpy runs(&watcher, &NameIndexWatcher::caughtUp);
        QTRY_COMPARE(behind(db), 0);
        // New registrations while it runs: caught up by the timer, nobody asks.
        ingest(db, 31, 40, u"Rudi Hartono"_s);
        QCOMPARE(behind(db), 10);
        QTRY_COMPARE(behind(db), 0);
        QTRY_VERIFY(!runs.isEmpty());
        QVERIFY(runs.last().at(1).toString().isEmpty()); // no error
        const Session admin(3, u"admin"_s, Role::Administrator);
        const auto page = LookupService(db, admin).search(LookupQuery::recognise(u"rudi hart"_s));
        QVERIFY(page.ok());
        QCOMPARE(page->hits.size(), 10);
        QCOMPARE(page->indexBehind, 0);
        watcher.poke(); // destroyed while (possibly) running: it stops and waits
    }
    QCOMPARE(behind(db), 0);
}

QTEST_GUILESS_MAIN(TestNameIndexWatcher)
#include "tst_nameindexwatcher.moc"

// Call notes: open -> resolved, my open tickets, the team queue by category and age with
// counts, permissions and audit rows.
#include "TestSupport.h"

#include "domain/Timestamp.h"
#include "io/FeedIngestor.h"
#include "services/TicketService.h"

#include <QBuffer>
#include <QTest>

using namespace prakerja;
using namespace prakerja::test;
using namespace Qt::StringLiterals;

class TestTicketService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lifecycleQueueAndCounts();
};

void TestTicketService::lifecycleQueueAndCounts()
{
    ScratchDatabase scratch;
    Database& db = scratch.db();
    QByteArray feed;
    for (int k = 1; k <= 3; ++k)
        feed += registeredLine(makeNik(CivilDate{1990, 5, 15}, Sex::Male, k), u"a%1@contoh.id"_s.arg(k),
                               CivilDate{1990, 5, 15})
            + '\n';
    QBuffer buffer;
    buffer.setData(feed);
    buffer.open(QIODevice::ReadOnly);
    QVERIFY(FeedIngestor(db).ingest(FeedIngestor::linesOf(buffer)).ok());
    const Session agent1(7, u"agen1"_s, Role::CallCentreAgent), agent2(8, u"agen2"_s, Role::CallCentreAgent);
    TicketService t1(db, agent1), t2(db, agent2);
    auto a = t1.add(1, TicketCategory::EmailVerification, u"email tidak masuk"_s);
    auto b = t1.add(2, TicketCategory::WaveSelection, u"kenapa tidak terpilih"_s);
    auto c = t2.add(1, TicketCategory::EmailVerification, u"menelepon lagi"_s);
    QVERIFY(a.ok() && b.ok() && c.ok());
    QCOMPARE(t1.add(1, TicketCategory::Other, u"   "_s).error().code, u"ticket_text"_s);
    QCOMPARE(t1.add(999, TicketCategory::Other, u"x"_s).error().code, u"applicant_not_found"_s);
    QCOMPARE(t1.myOpen()->size(), 2);
    QCOMPARE(t2.myOpen()->size(), 1);
    const qint64 now = Timestamp::nowMs();
    auto counts = t1.queueCounts(0, now);
    QCOMPARE(counts->value(TicketCategory::EmailVerification), 2);
    QCOMPARE(counts->value(TicketCategory::WaveSelection), 1);
    QCOMPARE(t1.queue(TicketCategory::EmailVerification, 0, now)->size(), 2);
    // Older than an hour: none yet; an hour later, all three.
    QCOMPARE(t1.queue(std::nullopt, Timestamp::kHour, now)->size(), 0);
    QCOMPARE(t1.queue(std::nullopt, Timestamp::kHour, now + 2 * Timestamp::kHour)->size(), 3);
    // Resolve: once.
    QVERIFY(t2.resolve(a.value()));
    QCOMPARE(t2.resolve(a.value()).error().code, u"ticket_resolved"_s);
    QCOMPARE(t1.myOpen()->size(), 1);
    QCOMPARE(t1.queueCounts(0, now)->value(TicketCategory::EmailVerification), 1);
    const auto onApplicant = t1.forApplicant(1).value();
    QCOMPARE(onApplicant.size(), 2);
    QVERIFY(onApplicant[0].resolved);
    QCOMPARE(onApplicant[0].resolvedBy, u"agen2"_s);
    QCOMPARE(onApplicant[0].operatorName, u"agen1"_s);
    QVERIFY(!onApplicant[1].resolved);
    // Analysts read but do not write notes; curators do neither.
    const Session analyst(9, u"analis"_s, Role::Analyst), curator(10, u"kurator"_s, Role::CatalogueCurator);
    QVERIFY(!TicketService(db, analyst).add(1, TicketCategory::Other, u"x"_s).ok());
    QVERIFY(TicketService(db, analyst).forApplicant(1).ok());
    QVERIFY(!TicketService(db, curator).forApplicant(1).ok());
    QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'ticket.add' AND target = 'applicant:1'"_s)
                 .toLongLong(),
             2);
    QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'ticket.resolve'"_s).toLongLong(), 1);
}

QTEST_GUILESS_MAIN(TestTicketService)
#include "tst_ticketservice.moc"

// The money past selection through the feed (docs/feed.md): training_bought with its training,
// training_completed, incentive_paid and survey_completed, each rule and reject with its line
// and code, replays, the old bare training_bought; and the ledger of actuals balancing after a
// simulated wave with revocations (docs/selection.md, Budget).
#include "TestSupport.h"

#include "domain/Clock.h"
#include "domain/Timestamp.h"
#include "engine/FunnelTracker.h"
#include "io/FeedIngestor.h"
#include "io/PostSelectionSimulator.h"
#include "services/AnnouncementService.h"
#include "services/BudgetService.h"
#include "services/DrawService.h"
#include "services/FeedService.h"
#include "services/SpendingService.h"
#include "services/WaveService.h"

#include <QBuffer>
#include <QHash>
#include <QSet>
#include <QTest>
#include <algorithm>
#include <array>

using namespace prakerja;
using namespace prakerja::test;

namespace {

using Run = IngestRun;

Run ingest(Database& db, const QByteArray& feed)
{
    return ingestFeed(db, feed, 4);
}

qint64 scalar(Database& db, const QString& sql, const QVariantList& values = {})
{
    return db.scalar(sql, values).toLongLong();
}

const qint64 kAnnounced = kMoneyAnnouncedMs;

QString nikOf(int serial)
{
    return moneyParticipantNik(serial);
}

QByteArray line(const char* event, const QString& nik, const char* at, const QString& fields = {})
{
    return stageLine(QString::fromLatin1(event), nik, QString::fromLatin1(at), fields) + '\n';
}

void addCatalogue(Database& db)
{
    addMoneyCatalogue(db);
}

void announceWave(Database& db, int people, int outsiders = 1)
{
    announceWaveThroughFeed(db, people, outsiders);
}

QString bought(const char* platform, const char* training, qint64 price)
{
    return QStringLiteral(R"("platform":"%1","training":"%2","price":%3)")
        .arg(QLatin1StringView(platform), QLatin1StringView(training))
        .arg(price);
}

QString training(const char* platform, const char* code)
{
    return QStringLiteral(R"("platform":"%1","training":"%2")")
        .arg(QLatin1StringView(platform), QLatin1StringView(code));
}

QString paid(int month, qint64 amount, const char* channel = "BNI")
{
    return QStringLiteral(R"("month":%1,"amount":%2,"channel":"%3")")
        .arg(month)
        .arg(amount)
        .arg(QLatin1StringView(channel));
}

} // namespace

class TestMoneyFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void purchasesFollowTheRules();
    void completionsIncentivesAndSurveys();
    void bareTrainingBoughtStillCounts();
    void ledgerBalancesAfterASimulatedWaveWithRevocations();
    void funnelStagesEqualANaiveRecount();
    void platformReportEqualsARecount();
};

void TestMoneyFeed::purchasesFollowTheRules()
{
    ScratchDatabase s;
    addCatalogue(s.db());
    announceWave(s.db(), 3);
    const QString p1 = nikOf(1), p2 = nikOf(2), outsider = nikOf(4);
    QByteArray feed;
    feed += line("training_bought", p1, "2020-04-18T09:00:00+07:00", bought("TOKOPEDIA", "AKT-01", 750'000)); // 1 ok
    feed
        += line("training_bought", p1, "2020-04-18T09:00:00+07:00", bought("TOKOPEDIA", "AKT-01", 750'000)); // 2 replay
    feed += line("training_bought", p1, "2020-04-19T09:00:00+07:00",
                 bought("TOKOPEDIA", "MC-02", 300'000)); // 3 over credit
    feed += line("training_bought", p1, "2020-04-19T09:00:00+07:00", bought("PINTARIA", "KOPI-03", 200'000)); // 4 ok
    feed += line("training_bought", outsider, "2020-04-19T09:00:00+07:00", bought("PINTARIA", "KOPI-03", 200'000)); // 5
    feed += line("training_bought", p2, "2020-04-19T09:00:00+07:00", bought("PINTARIA", "DRAFT-04", 100'000)); // 6
    feed += line("training_bought", p2, "2020-04-19T09:00:00+07:00", bought("PINTARIA", "NOPE-99", 100'000)); // 7
    feed += line("training_bought", p2, "2020-04-19T09:00:00+07:00",
                 bought("TOKOPEDIA", "KOPI-03", 200'000)); // 8 other platform
    feed += line("training_bought", p2, "2020-04-19T09:00:00+07:00",
                 bought("PINTARIA", "LATE-05", 150'000)); // 9 not yet
    feed += line("training_bought", p2, "2020-04-21T09:00:00+07:00", bought("PINTARIA", "LATE-05", 150'000)); // 10 ok
    feed += line("training_bought", nikOf(3), "2020-04-17T12:00:00+07:00",
                 bought("PINTARIA", "KOPI-03", 200'000)); // 11 before announcement
    feed += line("training_bought", nikOf(3), "2020-04-18T09:00:00+07:00",
                 QStringLiteral(R"("platform":"PINTARIA","training":"KOPI-03")")); // 12 no price
    feed += line("training_bought", nikOf(3), "2020-04-18T09:00:00+07:00",
                 QStringLiteral(R"("platform":"PINTARIA","training":"KOPI-03","price":"200000")")); // 13 a string
    feed += line("training_bought", nikOf(3), "2020-04-18T09:00:00+07:00",
                 QStringLiteral(R"("platform":"PINTARIA","training":"KOPI-03","price":-5)")); // 14 negative
    feed += line("training_bought", nikOf(3), "2020-04-18T09:00:00+07:00",
                 QStringLiteral(R"("platform":"PINTARIA","price":200000)")); // 15 no training
    const Run run = ingest(s.db(), feed);
    QCOMPARE(run.summary.accepted, 3);
    QCOMPARE(run.summary.duplicates, 1);
    const QList<QPair<qint64, QString>> expected = {
        {3, QStringLiteral("over_credit")},
        {5, QStringLiteral("not_participant")},
        {6, QStringLiteral("training_not_published")},
        {7, QStringLiteral("training_not_published")},
        {8, QStringLiteral("training_not_published")},
        {9, QStringLiteral("training_not_published")},
        {11, QStringLiteral("not_participant")},
        {12, QStringLiteral("missing_field")},
        {13, QStringLiteral("invalid_field")},
        {14, QStringLiteral("invalid_field")},
        {15, QStringLiteral("missing_field")},
    };
    QCOMPARE(run.rejects, expected);
    QCOMPARE(scalar(s.db(), QStringLiteral("SELECT COUNT(*) FROM purchases")), 3);
    QCOMPARE(scalar(s.db(), QStringLiteral("SELECT spent FROM wave_actuals WHERE wave = 1")), 1'100'000);
    QCOMPARE(scalar(s.db(), QStringLiteral("SELECT spent FROM participants ORDER BY applicant_id LIMIT 1")), 950'000);
    // The first purchase stops the clock; the funnel counts buyers, not purchases.
    QCOMPARE(scalar(s.db(), QStringLiteral("SELECT training_bought_at FROM applicants WHERE id = 1")),
             *Timestamp::parseIso8601(u"2020-04-18T09:00:00+07:00"));
    QCOMPARE(stageTotal(s.db(), EventType::TrainingBought), 2);
    // A replay of the whole feed changes nothing.
    const qint64 events = scalar(s.db(), QStringLiteral("SELECT COUNT(*) FROM events"));
    const Run again = ingest(s.db(), feed);
    QCOMPARE(again.summary.accepted, 0);
    QCOMPARE(again.summary.duplicates, 4);
    QCOMPARE(scalar(s.db(), QStringLiteral("SELECT COUNT(*) FROM events")), events);
    QCOMPARE(scalar(s.db(), QStringLiteral("SELECT spent FROM wave_actuals WHERE wave = 1")), 1'100'000);
}

void TestMoneyFeed::completionsIncentivesAndSurveys()
{
    ScratchDatabase s;
    addCatalogue(s.db());
    announceWave(s.db(), 2);
    const QString p1 = nikOf(1), p2 = nikOf(2), outsider = nikOf(3);
    QByteArray feed;
    feed += line("training_bought", p1, "2020-04-18T09:00:00+07:00", bought("TOKOPEDIA", "AKT-01", 750'000)); // 1
    feed += line("training_bought", p2, "2020-04-18T09:00:00+07:00", bought("TOKOPEDIA", "MC-02", 300'000)); // 2
    feed += line("training_completed", p1, "2020-04-25T09:00:00+07:00", training("TOKOPEDIA", "MC-02")); // 3 not bought
    feed += line("training_completed", p1, "2020-04-17T09:00:00+07:00", training("TOKOPEDIA", "AKT-01")); // 4 before
    feed += line("incentive_paid", p1, "2020-04-26T09:00:00+07:00", paid(1, 600'000)); // 5 not completed yet
    feed += line("training_completed", p1, "2020-04-25T09:00:00+07:00",
                 training("TOKOPEDIA", "AKT-01") + QStringLiteral(R"(,"certificate":"SRT-0001")")); // 6 ok
    feed += line("training_completed", p1, "2020-04-26T09:00:00+07:00", training("TOKOPEDIA", "AKT-01")); // 7 replay
    feed += line("incentive_paid", p1, "2020-04-26T09:00:00+07:00", paid(1, 700'000)); // 8 above the rule
    feed += line("incentive_paid", p1, "2020-04-26T09:00:00+07:00", paid(5, 600'000)); // 9 month 5
    feed += line("incentive_paid", p1, "2020-04-26T09:00:00+07:00",
                 QStringLiteral(R"("month":1,"amount":600000)")); // 10 no channel
    feed += line("incentive_paid", p1, "2020-04-26T09:00:00+07:00", paid(1, 600'000, "Bank BNI")); // 11 ok
    feed += line("incentive_paid", p1, "2020-04-27T09:00:00+07:00", paid(1, 600'000, "OVO")); // 12 month once
    feed += line("incentive_paid", p2, "2020-04-26T09:00:00+07:00", paid(1, 600'000)); // 13 p2 did not finish
    feed += line("survey_completed", p1, "2020-04-27T09:00:00+07:00", QStringLiteral(R"("number":1)")); // 14 ok
    feed += line("survey_completed", p1, "2020-04-28T09:00:00+07:00", QStringLiteral(R"("number":1)")); // 15 replay
    feed += line("survey_completed", p1, "2020-04-28T09:00:00+07:00", QStringLiteral(R"("number":4)")); // 16
    feed += line("survey_completed", outsider, "2020-04-28T09:00:00+07:00", QStringLiteral(R"("number":1)")); // 17
    feed
        += line("training_completed", p2, "2020-04-25T09:00:00+07:00",
                training("TOKOPEDIA", "MC-02") + QStringLiteral(R"(,"certificate":"%1")").arg(QString(65, u'x'))); // 18
    for (int month = 2; month <= 4; ++month) // 19-21
        feed += line("incentive_paid", p1,
                     QStringLiteral("2020-0%1-26T09:00:00+07:00").arg(month + 3).toLatin1().constData(),
                     paid(month, 600'000));
    feed += line("incentive_paid", p1, "2020-08-26T09:00:00+07:00", paid(4, 600'000)); // 22 replay
    const Run run = ingest(s.db(), feed);
    const QList<QPair<qint64, QString>> expected = {
        {3, QStringLiteral("not_bought")},       {4, QStringLiteral("not_bought")},
        {5, QStringLiteral("not_completed")},    {8, QStringLiteral("amount_over_rule")},
        {9, QStringLiteral("invalid_field")},    {10, QStringLiteral("missing_field")},
        {13, QStringLiteral("not_completed")},   {16, QStringLiteral("invalid_field")},
        {17, QStringLiteral("not_participant")}, {18, QStringLiteral("invalid_field")},
    };
    QCOMPARE(run.rejects, expected);
    QCOMPARE(run.summary.accepted, 8);
    QCOMPARE(run.summary.duplicates, 4);
    QCOMPARE(
        scalar(s.db(), QStringLiteral("SELECT certificate = 'SRT-0001' FROM purchases WHERE completed_at IS NOT NULL")),
        1);
    QCOMPARE(scalar(s.db(), QStringLiteral("SELECT incentives FROM wave_actuals WHERE wave = 1")), 2'400'000);
    QCOMPARE(scalar(s.db(), QStringLiteral("SELECT surveys FROM wave_actuals WHERE wave = 1")), 50'000);
    QCOMPARE(s.db().scalar(QStringLiteral("SELECT channel FROM payouts WHERE kind = 1 AND number = 1")).toString(),
             QStringLiteral("Bank BNI"));
    // The funnel: one completer, one with a first month, one with all four, one survey.
    for (const auto& [stage, total] : QList<QPair<int, int>>{{11, 1}, {12, 1}, {14, 1}, {15, 1}, {16, 1}, {13, 1}})
        QCOMPARE(stageTotal(s.db(), static_cast<EventType>(stage)), total);
    const Run again = ingest(s.db(), feed);
    QCOMPARE(again.summary.accepted, 0);
    QCOMPARE(scalar(s.db(), QStringLiteral("SELECT incentives FROM wave_actuals WHERE wave = 1")), 2'400'000);
}

void TestMoneyFeed::bareTrainingBoughtStillCounts()
{
    ScratchDatabase s;
    addCatalogue(s.db());
    announceWave(s.db(), 1);
    QByteArray feed;
    feed += line("training_bought", nikOf(1), "2020-04-18T09:00:00+07:00"); // an old feed's purchase
    feed += line("training_bought", nikOf(1), "2020-04-19T09:00:00+07:00"); // later: a duplicate, as before
    feed += line("training_bought", nikOf(2), "2020-04-18T09:00:00+07:00"); // not a participant: accepted as before
    feed += line("training_bought", nikOf(1), "2020-04-20T09:00:00+07:00", bought("TOKOPEDIA", "AKT-01", 750'000));
    const Run run = ingest(s.db(), feed);
    QVERIFY(run.rejects.isEmpty());
    QCOMPARE(run.summary.accepted, 3);
    QCOMPARE(run.summary.duplicates, 1);
    QCOMPARE(scalar(s.db(), QStringLiteral("SELECT COUNT(*) FROM purchases WHERE training_id IS NULL")), 2);
    QCOMPARE(stageTotal(s.db(), EventType::TrainingBought), 2);
    QCOMPARE(scalar(s.db(), QStringLiteral("SELECT purchases FROM participants WHERE applicant_id = 1")), 2);
}

void TestMoneyFeed::ledgerBalancesAfterASimulatedWaveWithRevocations()
{
    ScratchDatabase s;
    addCatalogue(s.db());
    const int people = 200;
    announceWave(s.db(), people, 0);
    PostSelectionOptions options;
    options.seed = 7;
    options.lateShare = 0.03; // a few buy after the 30 days: revoked, their remainder returns
    FeedService feed(s.db(), Session::system());
    // LATE-05 (published only from 20 April) out of the catalogue: then nothing is refused.
    QVERIFY(s.db().exec(QStringLiteral("UPDATE trainings SET status = 6 WHERE code = 'LATE-05'")).ok());
    QSet<QString> codes;
    auto run = feed.simulateAfterSelection(1, options, {[&](qint64, const Error& e) { codes.insert(e.code); }, {}});
    QVERIFY(run);
    QVERIFY2(codes.isEmpty(), qPrintable(QStringList(codes.begin(), codes.end()).join(u' ')));
    QCOMPARE(run->rejected, 0);
    QVERIFY(run->accepted > people * 4);
    BudgetService budgets(s.db(), Budget());
    auto before = budgets.verify(Session::system());
    QVERIFY2(before, before ? "" : qPrintable(before.error().message()));
    QVERIFY2(before->ok(), qPrintable(before->problems.join(u'\n')));
    AnnouncementService announcements(s.db(), Budget());
    auto revoked = announcements.revokeExpired(Session::system(), kAnnounced + 60 * Timestamp::kDay);
    QVERIFY(revoked);
    const qint64 nonBuyers
        = scalar(s.db(),
                 QStringLiteral("SELECT COUNT(*) FROM participants WHERE first_purchase_at IS NULL"
                                " OR first_purchase_at > announced_at + CAST(30 AS BIGINT) * 86400000"));
    QCOMPARE(revoked->revoked, nonBuyers);
    QVERIFY(revoked->revoked > 0);
    // The late buyers keep what they spent; the rest of their commitment returns.
    const qint64 lateUsed = scalar(s.db(),
                                   QStringLiteral("SELECT COALESCE(SUM(spent + incentives + surveys), 0)"
                                                  " FROM participants WHERE status = 2"));
    QVERIFY(lateUsed > 0);
    QCOMPARE(revoked->returned, Budget().cost(revoked->revoked) - lateUsed);
    auto after = budgets.verify(Session::system());
    QVERIFY(after);
    QVERIFY2(after->ok(), qPrintable(after->problems.join(u'\n')));
    QCOMPARE(after->ledger.size(), 1);
    const WaveMoney m = after->ledger.first();
    QCOMPARE(m.committed, Budget().cost(people));
    QCOMPARE(m.returned, revoked->returned);
    QVERIFY(m.spent > 0 && m.incentives > 0 && m.surveys > 0 && m.outstanding > 0);
    QCOMPARE(m.committed, m.spent + m.incentives + m.surveys + m.returned + m.outstanding);
    // A tampered actual is caught.
    QVERIFY(s.db().exec(QStringLiteral("UPDATE wave_actuals SET spent = spent + 1")).ok());
    auto tampered = budgets.verify(Session::system());
    QVERIFY(tampered);
    QVERIFY(!tampered->ok());
    QVERIFY(s.db().exec(QStringLiteral("UPDATE wave_actuals SET spent = spent - 1")).ok());
    // A revoked card buys nothing more.
    const QString revokedNik = [&] {
        for (int k = 1; k <= people; ++k)
            if (scalar(s.db(), QStringLiteral("SELECT status FROM participants WHERE applicant_id = ?"), {k}) == 2)
                return nikOf(k);
        return QString();
    }();
    QVERIFY(!revokedNik.isEmpty());
    const Run late = ingest(
        s.db(),
        line("training_bought", revokedNik, "2020-07-01T09:00:00+07:00", bought("PINTARIA", "KOPI-03", 200'000)));
    QCOMPARE(late.rejects, (QList<QPair<qint64, QString>>{{1, QStringLiteral("not_participant")}}));
}

void TestMoneyFeed::funnelStagesEqualANaiveRecount()
{
    ScratchDatabase s;
    addCatalogue(s.db());
    const int people = 150;
    announceWave(s.db(), people, 20);
    FunnelTracker tracker(s.db());
    QVERIFY(tracker.load());
    QVERIFY(tracker.refresh());
    QVERIFY(tracker.checkpoint()); // a saved state before the money arrives: the rest is incremental
    PostSelectionOptions options;
    options.seed = 11;
    QVERIFY(FeedService(s.db(), Session::system()).simulateAfterSelection(1, options, {}));
    // A few old-feed purchases and a replay of part of the money.
    QVERIFY(ingest(s.db(), line("training_bought", nikOf(people + 1), "2020-04-20T09:00:00+07:00")).rejects.isEmpty());
    QVERIFY(tracker.refresh());
    const FunnelSnapshot live = tracker.snapshot();
    // The naive way: the rows themselves, not the event log.
    const auto naive = [&](const char* sql) { return scalar(s.db(), QString::fromLatin1(sql)); };
    QCOMPARE(live.total(EventType::Selected), naive("SELECT COUNT(*) FROM participants"));
    QCOMPARE(live.total(EventType::TrainingBought), naive("SELECT COUNT(DISTINCT applicant_id) FROM purchases"));
    QCOMPARE(live.total(EventType::TrainingCompleted),
             naive("SELECT COUNT(DISTINCT applicant_id) FROM purchases WHERE completed_at IS NOT NULL"));
    QCOMPARE(live.total(EventType::IncentivePaid),
             naive("SELECT COUNT(DISTINCT applicant_id) FROM payouts WHERE kind = 1"));
    QCOMPARE(live.total(EventType::IncentiveMonth2),
             naive("SELECT COUNT(*) FROM (SELECT applicant_id FROM payouts WHERE kind = 1 GROUP BY applicant_id"
                   " HAVING COUNT(*) >= 2) x"));
    QCOMPARE(live.total(EventType::IncentiveComplete),
             naive("SELECT COUNT(*) FROM (SELECT applicant_id FROM payouts WHERE kind = 1 GROUP BY applicant_id"
                   " HAVING COUNT(*) = 4) x"));
    QCOMPARE(live.total(EventType::SurveyCompleted),
             naive("SELECT COUNT(DISTINCT applicant_id) FROM payouts WHERE kind = 2"));
    QVERIFY(live.total(EventType::IncentiveComplete) > 0);
    QVERIFY(live.total(EventType::TrainingBought) > live.total(EventType::TrainingCompleted));
    // Per wave, the same (the outsider's old-feed purchase has no wave).
    const StageCounts wave1 = live.perWaveStages.value(1);
    QCOMPARE(wave1[size_t(EventType::TrainingBought)],
             naive("SELECT COUNT(DISTINCT applicant_id) FROM purchases WHERE wave = 1"));
    QCOMPARE(wave1[size_t(EventType::IncentiveComplete)], live.total(EventType::IncentiveComplete));
    // The GROUP BY recomputation of the whole log agrees.
    auto recomputed = FunnelTracker::recompute(s.db());
    QVERIFY(recomputed);
    QCOMPARE(recomputed->totals, live.totals);
    QCOMPARE(recomputed->perWaveStages, live.perWaveStages);
    QCOMPARE(recomputed->perProvince, live.perProvince);
    QVERIFY(recomputed.value() == live);
    // A cold open reads the saved aggregates: the same.
    QVERIFY(tracker.checkpoint());
    FunnelTracker cold(s.db());
    QVERIFY(cold.load());
    QVERIFY(cold.snapshot().perWaveStages == live.perWaveStages);
    QCOMPARE(cold.snapshot().totals, live.totals);
}

void TestMoneyFeed::platformReportEqualsARecount()
{
    ScratchDatabase s;
    addCatalogue(s.db());
    announceWave(s.db(), 120, 1);
    PostSelectionOptions options;
    options.seed = 5;
    QVERIFY(FeedService(s.db(), Session::system()).simulateAfterSelection(1, options, {}));
    QVERIFY(ingest(s.db(), line("training_bought", nikOf(121), "2020-04-20T09:00:00+07:00")).rejects.isEmpty());
    auto report = SpendingService(s.db()).report(Session::system(), 0);
    QVERIFY(report);
    const SpendingReport& r = report.value();
    QCOMPARE(r.total.purchases, scalar(s.db(), QStringLiteral("SELECT COUNT(*) FROM purchases")));
    QCOMPARE(r.total.rupiah, scalar(s.db(), QStringLiteral("SELECT SUM(price) FROM purchases")));
    // Per platform: a recount in C++ from the purchase rows.
    QHash<QString, std::array<qint64, 3>> recount; // purchases, rupiah, completions
    QHash<QString, QList<qint64>> days;
    auto rows = s.db().exec(QStringLiteral(
        "SELECT COALESCE(pl.code, ''), pu.price, pu.completed_at IS NOT NULL, pu.bought_at - p.announced_at"
        " FROM purchases pu LEFT JOIN trainings t ON t.id = pu.training_id LEFT JOIN platforms pl ON pl.id = "
        "t.platform_id"
        " LEFT JOIN participants p ON p.applicant_id = pu.applicant_id"));
    QVERIFY(rows);
    while (rows.value().next()) {
        auto& c = recount[rows->value(0).toString()];
        ++c[0];
        c[1] += rows->value(1).toLongLong();
        c[2] += rows->value(2).toLongLong();
        if (!rows->value(3).isNull())
            days[rows->value(0).toString()] << rows->value(3).toLongLong() / Timestamp::kDay;
    }
    QCOMPARE(r.platforms.size(), recount.size());
    for (const SpendingRow& p : r.platforms) {
        QCOMPARE(p.purchases, recount.value(p.key)[0]);
        QCOMPARE(p.rupiah, recount.value(p.key)[1]);
        QCOMPARE(p.completions, recount.value(p.key)[2]);
        QList<qint64> d = days.value(p.key);
        std::sort(d.begin(), d.end());
        const double median = d.isEmpty() ? -1 : (d[(d.size() - 1) / 2] + d[d.size() / 2]) / 2.0;
        QCOMPARE(p.medianDays, median);
    }
    QCOMPARE(r.platforms.last().key, QString()); // the unknown training last
    QCOMPARE(r.platforms.last().purchases, 1);
    // Sorted by money; the top training has the most purchases.
    for (qsizetype i = 1; i + 1 < r.platforms.size(); ++i)
        QVERIFY(r.platforms[i - 1].rupiah >= r.platforms[i].rupiah);
    for (qsizetype i = 1; i + 1 < r.trainings.size(); ++i)
        QVERIFY(r.trainings[i - 1].purchases >= r.trainings[i].purchases);
    qint64 categories = 0;
    for (const SpendingRow& c : r.categories)
        categories += c.rupiah;
    QCOMPARE(categories, r.total.rupiah);
    // One wave only: the same here (everyone is in wave 1 but the outsider).
    auto wave1 = SpendingService(s.db()).report(Session::system(), 1);
    QVERIFY(wave1);
    QCOMPARE(wave1->total.purchases, r.total.purchases - 1);
    // Agents do not see the money.
    QVERIFY(SpendingService::table(r).size() > r.platforms.size());
    QCOMPARE(SpendingService(s.db()).report(Session(1, QStringLiteral("agen"), Role::CallCentreAgent), 0).error().code,
             QStringLiteral("permission_denied"));
}

QTEST_GUILESS_MAIN(TestMoneyFeed)
#include "tst_moneyfeed.moc"

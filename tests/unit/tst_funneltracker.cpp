// FunnelTracker and FunnelReport: exact totals, per-minute, per-province, per-wave and reason
// counts for fixture feeds with out-of-order events, duplicates and rejected lines; restart
// equality; agreement with the applicants' stage columns and with the naive GROUP BY.
#include "TestSupport.h"

#include "domain/Timestamp.h"
#include "engine/FunnelReport.h"
#include "engine/FunnelTracker.h"
#include "io/FeedIngestor.h"
#include "io/RegistrationSimulator.h"
#include "services/DrawService.h"
#include "services/WaveService.h"

#include <QtTest>
#include <optional>

using namespace prakerja;
using namespace prakerja::test;

namespace {

// Applicants who reached `stage`, from their own columns: a count the tracker does not read.
qint64 applicantsAtStage(Database& db, EventType stage)
{
    static const QHash<EventType, QString> columns{{EventType::Registered, QStringLiteral("registered_at")},
                                                   {EventType::EmailVerified, QStringLiteral("email_verified_at")},
                                                   {EventType::NikVerified, QStringLiteral("nik_verified_at")},
                                                   {EventType::PhoneVerified, QStringLiteral("phone_verified_at")},
                                                   {EventType::TestCompleted, QStringLiteral("test_completed_at")},
                                                   {EventType::JoinedBatch, QStringLiteral("joined_batch_at")}};
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM applicants WHERE %1 IS NOT NULL").arg(columns.value(stage)))
        .toLongLong();
}

IngestSummary ingest(Database& db, const QList<QByteArray>& lines)
{
    FeedIngestor ingestor(db);
    qsizetype next = 0;
    auto result = ingestor.ingest([&](QByteArray& line) {
        if (next == lines.size())
            return FeedIngestor::Next::End;
        line = lines[next++];
        return FeedIngestor::Next::Line;
    });
    Q_ASSERT(result.ok());
    return result.value();
}

QString wib(const char* hhmmss)
{
    return QStringLiteral("2020-04-11T%1+07:00").arg(QLatin1StringView(hhmmss));
}

qint64 minuteKey(const char* hhmm)
{
    return FunnelTracker::minuteOf(
        *Timestamp::parseIso8601(wib(hhmm).replace(QStringLiteral("+07:00"), QStringLiteral(":00+07:00"))));
}

// Names the first difference between two snapshots, for failure messages.
QByteArray difference(const FunnelSnapshot& a, const FunnelSnapshot& b)
{
    const auto counts = [](const StageCounts& c) {
        QStringList parts;
        for (qint64 v : c)
            parts << QString::number(v);
        return parts.join(u',');
    };
    QString d;
    if (a.cursor != b.cursor || a.oldestAt != b.oldestAt || a.newestAt != b.newestAt)
        d = QStringLiteral("cursor/times %1 %2 %3 vs %4 %5 %6")
                .arg(a.cursor)
                .arg(a.oldestAt)
                .arg(a.newestAt)
                .arg(b.cursor)
                .arg(b.oldestAt)
                .arg(b.newestAt);
    else if (a.totals != b.totals)
        d = QStringLiteral("totals %1 vs %2").arg(counts(a.totals), counts(b.totals));
    else if (a.perMinute != b.perMinute)
        d = QStringLiteral("perMinute %1 vs %2 keys").arg(a.perMinute.size()).arg(b.perMinute.size());
    else if (a.perProvince != b.perProvince)
        d = QStringLiteral("perProvince %1 vs %2 keys").arg(a.perProvince.size()).arg(b.perProvince.size());
    else if (a.perSegment != b.perSegment)
        d = QStringLiteral("perSegment %1 vs %2 keys").arg(a.perSegment.size()).arg(b.perSegment.size());
    else if (a.perWave != b.perWave)
        d = QStringLiteral("perWave");
    else if (a.nikRejections != b.nikRejections)
        d = QStringLiteral("nikRejections");
    return d.toUtf8();
}

#define COMPARE_SNAPSHOTS(a, b) QVERIFY2((a) == (b), difference((a), (b)).constData())

const CivilDate kBirth{1990, 5, 15};

// The fixture: four applicants in three provinces, lines out of time order, replays,
// rejected lines (taken email, malformed NIK, unknown NIK) and repeated wave joins.
struct Fixture
{
    QString a = makeNik(kBirth, Sex::Male, 1, 317101);
    QString b = makeNik(kBirth, Sex::Male, 2, 327301);
    QString c = makeNik(kBirth, Sex::Male, 3, 117101);
    QString d = makeNik(kBirth, Sex::Male, 4, 317101);
    QString e = makeNik(kBirth, Sex::Male, 5, 317101);

    QList<QByteArray> part1() const
    {
        return {
            registeredLine(a, QStringLiteral("a@example.id"), kBirth, wib("19:00:10"),
                           QStringLiteral(R"("segment":"laid_off")")),
            registeredLine(b, QStringLiteral("b@example.id"), kBirth, wib("19:00:50"),
                           QStringLiteral(R"("segment":"micro_business")")),
            registeredLine(c, QStringLiteral("c@example.id"), kBirth, wib("19:01:20")),
            registeredLine(d, QStringLiteral("d@example.id"), kBirth, wib("18:59:30")), // out of order
            registeredLine(a, QStringLiteral("a@example.id"), kBirth, wib("19:00:10"),
                           QStringLiteral(R"("segment":"laid_off")")), // replay
            registeredLine(e, QStringLiteral("a@example.id"), kBirth, wib("19:01:40")), // email taken: rejected
            registeredLine(QStringLiteral("123"), QStringLiteral("x@example.id"), kBirth, wib("19:01:45")), // rejected
            stageLine(QStringLiteral("email_verified"), a, wib("19:02:05")),
            stageLine(QStringLiteral("email_verified"), b, wib("19:02:40")),
            stageLine(QStringLiteral("email_verified"), a, wib("19:02:59")), // stage already reached
            stageLine(QStringLiteral("email_verified"), e, wib("19:02:59")), // unknown NIK: rejected
        };
    }
    QList<QByteArray> part2() const
    {
        return {
            stageLine(QStringLiteral("nik_verified"), a, wib("19:03:00")),
            stageLine(QStringLiteral("nik_rejected"), b, wib("19:03:10"), QStringLiteral(R"("reason":"not_found")")),
            stageLine(QStringLiteral("nik_rejected"), c, wib("19:03:20"), QStringLiteral(R"("reason":"mismatch")")),
            stageLine(QStringLiteral("nik_rejected"), b, wib("19:03:10"),
                      QStringLiteral(R"("reason":"not_found")")), // replay
            stageLine(QStringLiteral("phone_verified"), a, wib("19:04:00")),
            stageLine(QStringLiteral("test_completed"), a, wib("19:04:30"), QStringLiteral(R"("score":80)")),
            stageLine(QStringLiteral("joined_batch"), a, wib("19:05:00"), QStringLiteral(R"("wave":1)")),
            stageLine(QStringLiteral("joined_batch"), a, wib("19:06:00"), QStringLiteral(R"("wave":2)")), // second wave
            stageLine(QStringLiteral("joined_batch"), b, wib("19:05:30"), QStringLiteral(R"("wave":1)")),
            stageLine(QStringLiteral("joined_batch"), a, wib("19:07:00"),
                      QStringLiteral(R"("wave":1)")), // replay of wave 1
        };
    }
};

} // namespace

class TestFunnelTracker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyDatabase();
    void fixtureCounts();
    void reportRows();
    void restartEqualsRunThrough();
    void concurrentCheckpointsStayConsistent();
    void simulatedFeedMatchesNaiveAndApplicants();
    void minuteSeriesBuckets();
    void lateJoinsLeaveTheWaveFigure();
};

void TestFunnelTracker::emptyDatabase()
{
    ScratchDatabase scratch;
    FunnelTracker tracker(scratch.db());
    QVERIFY(tracker.load().ok());
    QCOMPARE(tracker.refresh().value(), 0);
    QVERIFY(tracker.snapshot().isEmpty());
    QCOMPARE(FunnelReport::stageRows(tracker.snapshot()).size(), 6);
    COMPARE_SNAPSHOTS(tracker.snapshot(), FunnelTracker::recompute(scratch.db()).value());
}

void TestFunnelTracker::fixtureCounts()
{
    ScratchDatabase scratch;
    Fixture f;
    const IngestSummary s1 = ingest(scratch.db(), f.part1());
    QCOMPARE(s1.rejected, 3);
    QCOMPARE(s1.duplicates, 2);
    const IngestSummary s2 = ingest(scratch.db(), f.part2());
    QCOMPARE(s2.duplicates, 2);

    FunnelTracker tracker(scratch.db());
    QVERIFY(tracker.load().ok());
    QVERIFY(tracker.refresh().ok());
    const FunnelSnapshot s = tracker.snapshot();
    QCOMPARE(s.total(EventType::Registered), 4);
    QCOMPARE(s.total(EventType::EmailVerified), 2);
    QCOMPARE(s.total(EventType::NikVerified), 1);
    QCOMPARE(s.total(EventType::NikRejected), 2);
    QCOMPARE(s.total(EventType::PhoneVerified), 1);
    QCOMPARE(s.total(EventType::TestCompleted), 1);
    QCOMPARE(s.total(EventType::JoinedBatch), 2); // applicants, not joins
    QCOMPARE(s.perWave, (QMap<int, qint64>{{1, 2}, {2, 1}}));
    QCOMPARE(s.nikRejections,
             (QMap<QString, qint64>{{QStringLiteral("mismatch"), 1}, {QStringLiteral("not_found"), 1}}));

    // Per minute, by feed time (the out-of-order registration lands in its own minute).
    const auto reg = [&](const char* hhmm) { return s.perMinute.value(minuteKey(hhmm))[1]; };
    QCOMPARE(reg("18:59"), 1);
    QCOMPARE(reg("19:00"), 2);
    QCOMPARE(reg("19:01"), 1);
    QCOMPARE(s.perMinute.value(minuteKey("19:05"))[7], 2);
    QCOMPARE(s.perMinute.value(minuteKey("19:06"))[7], 0); // A's second wave is not a new funnel join
    qint64 registeredInMinutes = 0;
    for (const StageCounts& c : s.perMinute)
        registeredInMinutes += c[1];
    QCOMPARE(registeredInMinutes, 4);

    // Per province, from the NIK.
    QCOMPARE(s.perProvince.value(31)[1], 2);
    QCOMPARE(s.perProvince.value(32)[1], 1);
    QCOMPARE(s.perProvince.value(11)[1], 1);
    QCOMPARE(s.perProvince.value(31)[3], 1);
    QCOMPARE(s.perSegment.value(static_cast<int>(Segment::LaidOff))[1], 1);
    QCOMPARE(s.perSegment.value(static_cast<int>(Segment::Unknown))[1], 2);

    QCOMPARE(s.oldestAt, *Timestamp::parseIso8601(wib("18:59:30")));
    QCOMPARE(s.newestAt, *Timestamp::parseIso8601(wib("19:06:00")));

    // Same numbers as the applicants' own stage columns and as the naive GROUP BY.
    for (EventType stage : kFunnelStages)
        QCOMPARE(s.total(stage), applicantsAtStage(scratch.db(), stage));
    COMPARE_SNAPSHOTS(s, FunnelTracker::recompute(scratch.db()).value());
}

void TestFunnelTracker::reportRows()
{
    ScratchDatabase scratch;
    Fixture f;
    ingest(scratch.db(), f.part1() + f.part2());
    FunnelTracker tracker(scratch.db());
    QVERIFY(tracker.load().ok());
    QVERIFY(tracker.refresh().ok());
    const FunnelSnapshot s = tracker.snapshot();

    const QList<FunnelReport::StageRow> rows = FunnelReport::stageRows(s);
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows[1].stage, EventType::EmailVerified);
    QCOMPARE(rows[1].shareOfRegistered, 0.5);
    QCOMPARE(rows[1].dropFromPrevious, 2);
    QCOMPARE(rows[2].shareOfPrevious, 0.5);
    QCOMPARE(rows[5].count, 2);
    QCOMPARE(rows[5].shareOfPrevious, 2.0); // joined without a test: the feed allows it
    // The last complete feed minute before 19:06 is 19:05: two first joins.
    QCOMPARE(rows[5].lastMinute, 2);
    QCOMPARE(rows[0].lastMinute, 0);

    const auto provinces = FunnelReport::provinces(s, 2);
    QCOMPARE(provinces.size(), 3);
    QCOMPARE(provinces[0].key, QStringLiteral("31"));
    QCOMPARE(provinces[0].count, 2);
    QCOMPARE(provinces[0].share, 0.5);
    QCOMPARE(provinces[2].key, QStringLiteral("others"));
    QCOMPARE(provinces[2].count, 1);

    const FunnelReport::Table minutes = FunnelReport::minuteTable(s, 0, std::numeric_limits<qint64>::max() / 2);
    QCOMPARE(minutes.header.value(0), QStringLiteral("minute_wib"));
    QCOMPARE(minutes.rows.first().value(0), QStringLiteral("2020-04-11T18:59:00+07:00"));
    QCOMPARE(minutes.rows.first().value(1), QStringLiteral("1"));
    QCOMPARE(FunnelReport::countsInRange(s, *Timestamp::parseIso8601(wib("19:00:00")),
                                         *Timestamp::parseIso8601(wib("19:02:00")))[1],
             3);
}

void TestFunnelTracker::restartEqualsRunThrough()
{
    ScratchDatabase scratch;
    Fixture f;
    ingest(scratch.db(), f.part1());
    {
        FunnelTracker first(scratch.db());
        QVERIFY(first.load().ok());
        QVERIFY(first.refresh().ok());
        QVERIFY(first.hasUnsavedChanges());
        QVERIFY(first.checkpoint().ok());
        QVERIFY(!first.hasUnsavedChanges());
    }
    ingest(scratch.db(), f.part2());
    scratch.reopen();

    // Restarted: loads the checkpoint, reads only what came after it.
    FunnelTracker restarted(scratch.db());
    QVERIFY(restarted.load().ok());
    const qint64 cursorAfterLoad = restarted.cursor();
    QVERIFY(cursorAfterLoad > 0);
    const Result<qint64> read = restarted.refresh();
    QCOMPARE(read.value(), static_cast<qint64>(f.part2().size() - 2)); // the two replays never reached the log

    // Ran through: one tracker from the start, in small steps.
    FunnelTracker through(scratch.db());
    while (through.refresh(3).value() > 0) { }
    COMPARE_SNAPSHOTS(restarted.snapshot(), through.snapshot());
    QVERIFY(restarted.checkpoint().ok());

    // A cold open after the final checkpoint needs no events at all.
    FunnelTracker cold(scratch.db());
    QVERIFY(cold.load().ok());
    COMPARE_SNAPSHOTS(cold.snapshot(), through.snapshot());
    QCOMPARE(cold.refresh().value(), 0);
}

void TestFunnelTracker::concurrentCheckpointsStayConsistent()
{
    // Two trackers (the GUI and a CLI run) save alternately at different cursors: the stored
    // state always equals the log up to the stored cursor.
    ScratchDatabase scratch;
    Fixture f;
    ingest(scratch.db(), f.part1());
    FunnelTracker slow(scratch.db());
    FunnelTracker fast(scratch.db());
    QVERIFY(slow.load().ok() && fast.load().ok());
    QVERIFY(slow.refresh(2).ok());
    QVERIFY(fast.refresh().ok());
    QVERIFY(fast.checkpoint().ok());
    QVERIFY(slow.checkpoint().ok()); // behind the stored cursor: skipped
    ingest(scratch.db(), f.part2());
    QVERIFY(slow.refresh().ok());
    QVERIFY(slow.checkpoint().ok());
    FunnelTracker loaded(scratch.db());
    QVERIFY(loaded.load().ok());
    COMPARE_SNAPSHOTS(loaded.snapshot(), FunnelTracker::recompute(scratch.db()).value());
}

void TestFunnelTracker::simulatedFeedMatchesNaiveAndApplicants()
{
    ScratchDatabase scratch;
    SimulatorOptions options;
    options.registrations = 3000;
    options.hours = 1;
    options.badShare = 0.05;
    options.seed = 7;
    RegistrationSimulator simulator(options);
    FunnelTracker tracker(scratch.db());
    QVERIFY(tracker.load().ok());
    // Ingest in chunks with refreshes and checkpoints in between, restarting once.
    bool more = true;
    int round = 0;
    while (more) {
        QList<QByteArray> lines;
        QByteArray line;
        while (lines.size() < 1500) {
            const FeedIngestor::Next n = simulator.next(line);
            if (n == FeedIngestor::Next::End) {
                more = false;
                break;
            }
            if (n == FeedIngestor::Next::Line)
                lines << line;
        }
        ingest(scratch.db(), lines);
        QVERIFY(tracker.refresh().ok());
        if (++round % 2 == 0)
            QVERIFY(tracker.checkpoint().ok());
    }
    const FunnelSnapshot s = tracker.snapshot();
    QVERIFY(s.total(EventType::Registered) > 2500);
    QVERIFY(s.total(EventType::JoinedBatch) > 0);
    QVERIFY(!s.nikRejections.isEmpty());
    for (EventType stage : kFunnelStages)
        QCOMPARE(s.total(stage), applicantsAtStage(scratch.db(), stage));
    QCOMPARE(s.total(EventType::NikRejected),
             scratch.db()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = ?"), {int(EventType::NikRejected)})
                 .toLongLong());
    COMPARE_SNAPSHOTS(s, FunnelTracker::recompute(scratch.db()).value());
    QVERIFY(tracker.checkpoint().ok());
    FunnelTracker restarted(scratch.db());
    QVERIFY(restarted.load().ok());
    COMPARE_SNAPSHOTS(restarted.snapshot(), s);
}

void TestFunnelTracker::minuteSeriesBuckets()
{
    FunnelSnapshot s;
    const qint64 base = *Timestamp::parseIso8601(QStringLiteral("2020-04-11T12:00:00+07:00"));
    const qint64 m0 = FunnelTracker::minuteOf(base);
    s.perMinute[m0 - 5][1] = 7; // before the range: counts in the cumulative line only
    s.perMinute[m0][1] = 3;
    s.perMinute[m0 + 2][1] = 10;
    s.perMinute[m0 + 3][1] = 4;
    s.oldestAt = (m0 - 5) * Timestamp::kMinute;
    s.newestAt = (m0 + 3) * Timestamp::kMinute + 5000;
    const auto series = FunnelReport::minuteSeries(s, EventType::Registered, base, base + 4 * Timestamp::kMinute);
    QCOMPARE(series.perBucket.size(), 4);
    QCOMPARE(series.perBucket[1].y(), 0.0);
    QCOMPARE(series.peakValue, 10);
    QCOMPARE(series.peakMinuteMs, base + 2 * Timestamp::kMinute);
    QCOMPARE(series.cumulative.last().y(), 24.0);
    QCOMPARE(series.totalInRange, 17);
    const auto coarse = FunnelReport::minuteSeries(s, EventType::Registered, base, base + 4 * Timestamp::kMinute, 2);
    QCOMPARE(coarse.bucketMinutes, 2);
    QCOMPARE(coarse.perBucket.size(), 2);
    QCOMPARE(coarse.perBucket[1].y(), 14.0);
    QCOMPARE(coarse.peakValue, 10); // the peak is a single minute whatever the bucket size
    const auto hour = FunnelReport::rangeBounds(s, FunnelReport::Range::LastHour);
    QCOMPARE(hour.second, (m0 + 4) * Timestamp::kMinute);
    QCOMPARE(hour.second - hour.first, Timestamp::kHour);
    // Registrations live (their newest minute is the newest event's): the same bounds.
    QCOMPARE(FunnelReport::rangeBounds(s, FunnelReport::Range::LastHour, EventType::Registered), hour);
    // A purchase 40 days later: the registrations' ranges stay on the registrations' own minutes,
    // the newest event's range moves on.
    const qint64 later = m0 + 40 * 24 * 60;
    s.perMinute[later][static_cast<size_t>(EventType::TrainingBought)] = 1;
    s.newestAt = later * Timestamp::kMinute + 1000;
    const auto registrations = FunnelReport::rangeBounds(s, FunnelReport::Range::LastHour, EventType::Registered);
    QCOMPARE(registrations.second, (m0 + 4) * Timestamp::kMinute);
    QCOMPARE(registrations.second - registrations.first, Timestamp::kHour);
    const auto whole = FunnelReport::rangeBounds(s, FunnelReport::Range::WholeWave, EventType::Registered);
    QCOMPARE(whole.first, (m0 - 5) * Timestamp::kMinute);
    QCOMPARE(whole.second, (m0 + 4) * Timestamp::kMinute);
    QCOMPARE(FunnelReport::rangeBounds(s, FunnelReport::Range::LastHour).second, (later + 1) * Timestamp::kMinute);
}

void TestFunnelTracker::lateJoinsLeaveTheWaveFigure()
{
    // Joins an older version stored after the wave's close: the draw leaves them out of the
    // pool, and the dashboard's "joined" figure for the wave must equal that pool.
    ScratchDatabase scratch;
    WaveService waves(scratch.db());
    WaveDraft d;
    d.number = 1;
    d.opensAt = *Timestamp::parseIso8601(wib("18:00:00"));
    d.closesAt = *Timestamp::parseIso8601(wib("19:05:15"));
    d.announceAt = d.closesAt + Timestamp::kDay;
    d.trainingStartsAt = d.announceAt + Timestamp::kDay;
    QVERIFY(waves.create(Session::system(), d));
    QVERIFY(waves.open(Session::system(), 1));
    Fixture f;
    ingest(scratch.db(), f.part1());
    // a joins wave 1 at 19:05:00 (inside), then wave 2 (unknown to the console: counted).
    ingest(scratch.db(),
           {stageLine(QStringLiteral("joined_batch"), f.a, wib("19:05:00"), QStringLiteral(R"("wave":1)")),
            stageLine(QStringLiteral("joined_batch"), f.a, wib("19:06:00"), QStringLiteral(R"("wave":2)"))});
    // Optional so that it can go before the connection it reads is reopened below (its prepared
    // statements would keep the old connection from closing).
    std::optional<FunnelTracker> tracker;
    tracker.emplace(scratch.db());
    QVERIFY(tracker->load().ok());
    QVERIFY(tracker->refresh().ok());
    QVERIFY(tracker->checkpoint().ok());
    QVERIFY(waves.close(Session::system(), 1));

    // As an older version stored them: two more applicants joined wave 1 after its close.
    const auto storeLateJoin = [&](const char* at) {
        const qint64 id = scratch.db()
                              .scalar(QStringLiteral("SELECT id FROM applicants WHERE id NOT IN (SELECT applicant_id"
                                                     " FROM wave_members) ORDER BY id LIMIT 1"))
                              .toLongLong();
        const qint64 ms = *Timestamp::parseIso8601(wib(at));
        QVERIFY(
            scratch.db()
                .exec(QStringLiteral("INSERT INTO events (applicant_id, type, at, wave) VALUES (?, 7, ?, 1)"), {id, ms})
                .ok());
        QVERIFY(scratch.db()
                    .exec(QStringLiteral("INSERT INTO wave_members (wave, applicant_id, joined_at) VALUES (1, ?, ?)"),
                          {id, ms})
                    .ok());
    };
    storeLateJoin("19:05:30");
    storeLateJoin("19:20:00");
    QCOMPARE(waves.check(Session::system(), 1)->count, 2);
    const auto dry = DrawService(scratch.db()).dryRun(Session::system(), 1);
    QVERIFY(dry);
    QCOMPARE(dry->pool, 1);

    QVERIFY(tracker->refresh().ok());
    QCOMPARE(tracker->snapshot().perWave.value(1), dry->pool);
    QCOMPARE(tracker->snapshot().perWave.value(2), 1);
    QCOMPARE(tracker->snapshot().total(EventType::JoinedBatch), 3); // the funnel stage still counts applicants
    COMPARE_SNAPSHOTS(tracker->snapshot(), FunnelTracker::recompute(scratch.db()).value());
    QVERIFY(tracker->checkpoint().ok());

    // A database whose stored figure still holds the late joins (as an older version saved it):
    // migration 17 recounts it. SQLite only: a PostgreSQL database is always created at the current
    // schema, so migrations' data conversions do not run there (docs/deployment.md, "Dialect").
    if (testingPostgres())
        return;
    QVERIFY(scratch.db()
                .exec(QStringLiteral("UPDATE funnel_aggregates SET count = 3 WHERE dimension = 5 AND key = 1"))
                .ok());
    QVERIFY(scratch.db().exec(QStringLiteral("DELETE FROM schema_version WHERE version = 17")).ok());
    tracker.reset();
    scratch.reopen();
    FunnelTracker restarted(scratch.db());
    QVERIFY(restarted.load().ok());
    QCOMPARE(restarted.snapshot().perWave.value(1), dry->pool);
    QCOMPARE(restarted.snapshot().perWave.value(2), 1);
    QCOMPARE(FunnelReport::waves(restarted.snapshot()).value(0).count, dry->pool);
}

QTEST_GUILESS_MAIN(TestFunnelTracker)
#include "tst_funneltracker.moc"

// prakerjactl bench funnel: the FunnelTracker's incremental refresh and cold open beside the
// naive way (GROUP BY over the whole event log), measured in one run on one scratch database.
// Not a test: it prints figures and never fails on time.
#include "BenchCommands.h"

#include "BenchDatabase.h"

#include "domain/RegionTable.h"
#include "domain/Timestamp.h"
#include "engine/FunnelTracker.h"
#include "store/BulkApplicantWriter.h"
#include "store/CommitDetector.h"
#include "store/Database.h"
#include "store/PostgresCommitDetector.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator64>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>

namespace prakerja::ctl {

namespace {

double msSince(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

// Writes applicants and their events straight into the tables (the bench measures reading the
// log, not ingest; `bench ingest` measures that). Blind indexes are placeholders in key order,
// so the unique indexes append.
class LogGenerator
{
public:
    explicit LogGenerator(Database& db) : m_writer(db), m_rng(20200411)
    {
        for (int code : RegionTable::instance().provinces())
            m_provinces << code;
    }

    // One applicant with the launch day's conversions; returns the events written.
    qint64 applicant(qint64 id, qint64 at)
    {
        QByteArray nik(16, '\0'), email(16, '\x01');
        for (int i = 0; i < 8; ++i) {
            nik[15 - i] = static_cast<char>((id >> (8 * i)) & 0xff);
            email[15 - i] = nik[15 - i];
        }
        // Skewed towards the first provinces, as Java's are.
        const qsizetype p = static_cast<qsizetype>(std::min<quint64>(
            static_cast<quint64>(m_provinces.size() - 1), m_rng.bounded(quint64(8)) * m_rng.bounded(quint64(6))));
        BulkApplicant a;
        a.id = id;
        a.nikBi = nik;
        a.emailBi = email;
        a.province = m_provinces.value(p);
        a.regency = a.province * 100 + 1;
        a.district = a.province * 10000 + 101;
        a.segment = static_cast<int>(m_rng.bounded(6));
        a.registeredAt = at;
        if (!m_writer.applicant(a))
            qFatal("bench applicant insert failed: %s", qPrintable(m_writer.errorMessage()));
        qint64 written = event(id, EventType::Registered, at);
        qint64 t = at;
        const auto later = [&] { return t += 1000 + static_cast<qint64>(m_rng.bounded(quint64(3'600'000))); };
        if (m_rng.bounded(100) < 74) {
            written += event(id, EventType::EmailVerified, later());
            const quint32 nikRoll = m_rng.bounded(100);
            if (nikRoll < 60) {
                written += event(id, EventType::NikVerified, later());
                if (m_rng.bounded(100) < 80)
                    written += event(id, EventType::PhoneVerified, later());
                if (m_rng.bounded(100) < 40)
                    written += event(id, EventType::TestCompleted, later());
                if (m_rng.bounded(100) < 12) {
                    written += event(id, EventType::JoinedBatch, later(), 1);
                    if (m_rng.bounded(100) < 10)
                        written += event(id, EventType::JoinedBatch, later(), 2);
                }
            } else if (nikRoll < 70) {
                static const char* const kReasons[] = {"not_found", "mismatch", "deceased"};
                written += event(id, EventType::NikRejected, later(), 0, kReasons[m_rng.bounded(3)]);
            }
        }
        return written;
    }

    qint64 event(qint64 id, EventType type, qint64 at, qint64 wave = 0, const char* reason = nullptr)
    {
        if (!m_writer.event(id, type, at, wave, reason))
            qFatal("bench event insert failed: %s", qPrintable(m_writer.errorMessage()));
        return 1;
    }

    // Stage events for earlier applicants, so that an increment is a realistic mix.
    qint64 followUp(qint64 id, qint64 at)
    {
        if (m_rng.bounded(100) < 60)
            return event(id, EventType::JoinedBatch, at, 3);
        return event(id, EventType::NikRejected, at, 0, "not_found");
    }

private:
    BulkApplicantWriter m_writer;
    QRandomGenerator64 m_rng;
    QList<int> m_provinces;
};

} // namespace

int benchFunnel(CtlContext& ctx)
{
    const qint64 applicants = ctx.option(QStringLiteral("applicants")).value_or(QStringLiteral("1000000")).toLongLong();
    const int rounds = ctx.option(QStringLiteral("rounds")).value_or(QStringLiteral("10")).toInt();
    const std::optional<QString> keep = ctx.option(QStringLiteral("keep"));
    if (!ctx.finishArguments() || applicants < 1000 || rounds < 1)
        return ctx.usage(QStringLiteral("usage: bench funnel --applicants N [--rounds R] [--keep DIR]"
                                        " (with --db postgresql://…: on a scratch database made on that server)"));
    QTemporaryDir scratch;
    const QString dir = keep ? *keep : scratch.path();
    QDir().mkpath(dir);
    // With --db postgresql://…: a scratch database on that server, the same figures.
    BenchDatabase where(ctx.paths().database, dir + QStringLiteral("/bench-funnel.db"));
    if (const Status s = where.create(); !s)
        return ctx.fail(s.error());
    const QString dbPath = where.location();
    ctx.out() << "database  : " << where.describe() << '\n';
    auto keys = KeyFile::create(dir + QStringLiteral("/bench-funnel.key"));
    if (!keys)
        return ctx.fail(keys.error());
    auto opened = Database::open(dbPath, keys.value(), Database::OpenMode::CreateIfMissing);
    if (!opened)
        return ctx.fail(opened.error());
    Database& writer = *opened.value();

    // The log: N applicants over 21 simulated hours, in batches of 100,000 per transaction.
    ctx.out() << "generating " << applicants << " applicants and their events (direct SQL, not timed) …\n";
    ctx.out().flush();
    QElapsedTimer timer;
    timer.start();
    LogGenerator generator(writer);
    const qint64 start = 1586581200000; // 2020-04-11T12:00:00+07:00
    const qint64 spanMs = 21 * Timestamp::kHour;
    qint64 events = 0;
    for (qint64 id = 1; id <= applicants; ++id) {
        if ((id - 1) % 100'000 == 0)
            writer.beginImmediate();
        events += generator.applicant(id, start + spanMs * (id - 1) / applicants);
        if (id % 100'000 == 0 || id == applicants)
            writer.commit();
    }
    if (!writer.isPostgres())
        writer.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    ctx.out() << QStringLiteral("log       : %1 applicants, %2 events, %3 MiB, generated in %4 s\n")
                     .arg(applicants)
                     .arg(events)
                     .arg(static_cast<double>(where.bytes(&writer)) / 1048576.0, 0, 'f', 0)
                     .arg(msSince(timer) / 1000.0, 0, 'f', 1);
    ctx.out().flush();

    // First catch-up over the whole log (once per database), then its checkpoint.
    auto readerDb = Database::open(dbPath, keys.value());
    if (!readerDb)
        return ctx.fail(readerDb.error());
    std::unique_ptr<Database> reader = std::move(readerDb).value();
    auto tracker = std::make_unique<FunnelTracker>(*reader);
    tracker->load();
    timer.restart();
    const Result<qint64> first = tracker->refresh();
    const double catchUpMs = msSince(timer);
    if (!first)
        return ctx.fail(first.error());
    timer.restart();
    if (const Status s = tracker->checkpoint(); !s)
        return ctx.fail(s.error());
    const double checkpointMs = msSince(timer);

    // Incremental: another connection commits 1,000 events; the tracker notices (data_version)
    // and folds them in.
    std::unique_ptr<CommitDetector> detector = CommitDetector::forDatabase(*reader);
    detector->poll();
    std::vector<double> incremental;
    qint64 nextId = applicants + 1;
    qint64 at = start + spanMs;
    for (int r = 0; r < rounds; ++r) {
        writer.beginImmediate();
        qint64 written = 0;
        while (written < 1000) {
            at += 50;
            // Half new applicants (with their conversions), half wave joins and NIK rejections of
            // earlier ones (a join may be an applicant's second: the first-join lookup runs).
            if (QRandomGenerator::global()->bounded(2) == 0)
                written += generator.applicant(nextId++, at);
            else
                written += generator.followUp(
                    1 + static_cast<qint64>(QRandomGenerator::global()->bounded(static_cast<quint32>(applicants))), at);
        }
        // PostgreSQL: the feed writer's NOTIFY with the commit (FeedWriter::commit), which the
        // reader's detector hears; its arrival is part of what a seat waits for.
        if (writer.isPostgres())
            writer.exec(
                QStringLiteral("SELECT pg_notify('%1', '')").arg(QLatin1StringView(PostgresCommitDetector::kChannel)));
        writer.commit();
        timer.restart();
        Result<bool> changed = detector->poll();
        for (int wait = 0; writer.isPostgres() && changed && !changed.value() && wait < 2000; ++wait) {
            QThread::usleep(500);
            changed = detector->poll();
        }
        const Result<qint64> read = changed && changed.value() ? tracker->refresh() : Result<qint64>(qint64(0));
        incremental.push_back(msSince(timer));
        if (!read || read.value() < 1000)
            return ctx.fail(makeError(QStringLiteral("bench"), Error::tr("refresh read too few events")));
    }
    std::sort(incremental.begin(), incremental.end());
    const double incrementalMs = incremental[incremental.size() / 2];
    tracker->checkpoint();

    // Cold open: a restarted process opens its connection and loads the persisted aggregates.
    std::vector<double> cold;
    FunnelSnapshot coldSnapshot;
    for (int r = 0; r < std::min(rounds, 5); ++r) {
        timer.restart();
        auto db = Database::open(dbPath, keys.value());
        FunnelTracker restarted(*db.value());
        restarted.load();
        restarted.refresh();
        cold.push_back(msSince(timer));
        coldSnapshot = restarted.snapshot();
    }
    std::sort(cold.begin(), cold.end());
    const double coldMs = cold[cold.size() / 2];

    // The naive way: every aggregate recomputed by GROUP BY over the whole log; and the least
    // a naive dashboard could do, the per-stage counts alone.
    timer.restart();
    const Result<FunnelSnapshot> naive = FunnelTracker::recompute(*reader);
    const double naiveMs = msSince(timer);
    if (!naive)
        return ctx.fail(naive.error());
    timer.restart();
    reader->scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT type, COUNT(*) FROM events GROUP BY type) AS t"));
    const double naiveTotalsMs = msSince(timer);
    const bool same = naive.value() == tracker->snapshot() && coldSnapshot == tracker->snapshot();

    QTextStream& out = ctx.out();
    out << QStringLiteral("first catch-up over the whole log (once per database): %1 ms, checkpoint %2 ms\n")
               .arg(catchUpMs, 0, 'f', 0)
               .arg(checkpointMs, 0, 'f', 1);
    out << QStringLiteral("incremental refresh, 1,000 new events: median %1 ms, worst %2 ms (%3 rounds)\n")
               .arg(incrementalMs, 0, 'f', 2)
               .arg(incremental.back(), 0, 'f', 2)
               .arg(rounds);
    out << QStringLiteral("cold open (connect + load aggregates + refresh): median %1 ms\n").arg(coldMs, 0, 'f', 1);
    out << QStringLiteral("naive: GROUP BY over the whole log, all aggregates: %1 ms; stage counts only: %2 ms\n")
               .arg(naiveMs, 0, 'f', 0)
               .arg(naiveTotalsMs, 0, 'f', 0);
    out << QStringLiteral("ratios: naive (all) / incremental = %1x; naive (stage counts only) / incremental = %2x;"
                          " naive (all) / cold open = %3x\n")
               .arg(naiveMs / incrementalMs, 0, 'f', 0)
               .arg(naiveTotalsMs / incrementalMs, 0, 'f', 0)
               .arg(naiveMs / coldMs, 0, 'f', 1);
    out << QStringLiteral("check: tracker %1 the naive recomputation and the cold-opened tracker\n")
               .arg(same ? QStringLiteral("equals") : QStringLiteral("DIFFERS FROM"));
    return same ? kOk : kFailed;
}

} // namespace prakerja::ctl

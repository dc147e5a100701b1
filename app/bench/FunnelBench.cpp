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
#include "store/DatabaseTarget.h"
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

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

struct FunnelFigures
{
    QString backend, where;
    qint64 events = 0, bytes = 0;
    double generateSeconds = 0;
    double catchUpMs = 0, checkpointMs = 0;
    // Incremental rounds: hearing the other connection's commit (data_version / NOTIFY), the
    // refresh alone, and both (what a seat waits for).
    double hearMs = 0, refreshMs = 0, refreshWorstMs = 0, incrementalMs = 0, incrementalWorstMs = 0;
    // Cold open: its parts (medians) and the whole.
    double openMs = 0, loadMs = 0, coldRefreshMs = 0, coldMs = 0;
    double naiveMs = 0, naiveTotalsMs = 0;
    bool same = false;
};

Result<FunnelFigures> funnelOn(CtlContext& ctx, BenchDatabase& where, const KeyFile& keys, qint64 applicants,
                               int rounds)
{
    FunnelFigures f;
    f.backend = where.backendName();
    f.where = where.describe();
    if (const Status s = where.create(); !s)
        return s.error();
    const QString dbPath = where.location();
    ctx.out() << "database  : " << f.where << '\n';
    auto opened = Database::open(dbPath, keys, Database::OpenMode::CreateIfMissing);
    if (!opened)
        return opened.error();
    Database& writer = *opened.value();

    // The log: N applicants over 21 simulated hours, in batches of 100,000 per transaction.
    ctx.out() << "generating " << applicants << " applicants and their events (direct SQL, not timed) …\n";
    ctx.out().flush();
    QElapsedTimer timer;
    timer.start();
    LogGenerator generator(writer);
    const qint64 start = 1586581200000; // 2020-04-11T12:00:00+07:00
    const qint64 spanMs = 21 * Timestamp::kHour;
    for (qint64 id = 1; id <= applicants; ++id) {
        if ((id - 1) % 100'000 == 0)
            writer.beginImmediate();
        f.events += generator.applicant(id, start + spanMs * (id - 1) / applicants);
        if (id % 100'000 == 0 || id == applicants)
            writer.commit();
    }
    if (!writer.isPostgres())
        writer.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    f.generateSeconds = msSince(timer) / 1000.0;
    f.bytes = where.bytes(&writer);
    ctx.out() << QStringLiteral("log       : %1 applicants, %2 events, %3 MiB, generated in %4 s\n")
                     .arg(applicants)
                     .arg(f.events)
                     .arg(static_cast<double>(f.bytes) / 1048576.0, 0, 'f', 0)
                     .arg(f.generateSeconds, 0, 'f', 1);
    ctx.out().flush();

    // First catch-up over the whole log (once per database), then its checkpoint.
    auto readerDb = Database::open(dbPath, keys);
    if (!readerDb)
        return readerDb.error();
    std::unique_ptr<Database> reader = std::move(readerDb).value();
    auto tracker = std::make_unique<FunnelTracker>(*reader);
    tracker->load();
    timer.restart();
    const Result<qint64> first = tracker->refresh();
    f.catchUpMs = msSince(timer);
    if (!first)
        return first.error();
    timer.restart();
    if (const Status s = tracker->checkpoint(); !s)
        return s.error();
    f.checkpointMs = msSince(timer);

    // Incremental: another connection commits 1,000 events; the tracker notices (data_version
    // or NOTIFY) and folds them in. The increments are the same on every backend (seeded).
    std::unique_ptr<CommitDetector> detector = CommitDetector::forDatabase(*reader);
    detector->poll();
    std::vector<double> hear, refresh, incremental;
    QRandomGenerator picks(20200412);
    qint64 nextId = applicants + 1;
    qint64 at = start + spanMs;
    for (int r = 0; r < rounds; ++r) {
        writer.beginImmediate();
        qint64 written = 0;
        while (written < 1000) {
            at += 50;
            // Half new applicants (with their conversions), half wave joins and NIK rejections of
            // earlier ones (a join may be an applicant's second: the first-join lookup runs).
            if (picks.bounded(2) == 0)
                written += generator.applicant(nextId++, at);
            else
                written
                    += generator.followUp(1 + static_cast<qint64>(picks.bounded(static_cast<quint32>(applicants))), at);
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
        const double heard = msSince(timer);
        const Result<qint64> read = changed && changed.value() ? tracker->refresh() : Result<qint64>(qint64(0));
        const double total = msSince(timer);
        hear.push_back(heard);
        refresh.push_back(total - heard);
        incremental.push_back(total);
        if (!read || read.value() < 1000)
            return makeError(QStringLiteral("bench"), Error::tr("refresh read too few events"));
    }
    f.hearMs = median(hear);
    f.refreshMs = median(refresh);
    f.refreshWorstMs = *std::max_element(refresh.begin(), refresh.end());
    f.incrementalMs = median(incremental);
    f.incrementalWorstMs = *std::max_element(incremental.begin(), incremental.end());
    tracker->checkpoint();

    // Cold open: a restarted process opens its connection and loads the persisted aggregates.
    std::vector<double> open, load, coldRefresh, cold;
    FunnelSnapshot coldSnapshot;
    for (int r = 0; r < std::min(rounds, 5); ++r) {
        timer.restart();
        auto db = Database::open(dbPath, keys);
        if (!db)
            return db.error();
        const double connected = msSince(timer);
        FunnelTracker restarted(*db.value());
        restarted.load();
        const double loaded = msSince(timer);
        restarted.refresh();
        const double total = msSince(timer);
        open.push_back(connected);
        load.push_back(loaded - connected);
        coldRefresh.push_back(total - loaded);
        cold.push_back(total);
        coldSnapshot = restarted.snapshot();
    }
    f.openMs = median(open);
    f.loadMs = median(load);
    f.coldRefreshMs = median(coldRefresh);
    f.coldMs = median(cold);

    // The naive way: every aggregate recomputed by GROUP BY over the whole log; and the least
    // a naive dashboard could do, the per-stage counts alone.
    timer.restart();
    const Result<FunnelSnapshot> naive = FunnelTracker::recompute(*reader);
    f.naiveMs = msSince(timer);
    if (!naive)
        return naive.error();
    timer.restart();
    reader->scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT type, COUNT(*) FROM events GROUP BY type) AS t"));
    f.naiveTotalsMs = msSince(timer);
    f.same = naive.value() == tracker->snapshot() && coldSnapshot == tracker->snapshot();
    return f;
}

void printFigures(QTextStream& out, const FunnelFigures& f, int rounds, bool named)
{
    const QString who = named ? QStringLiteral("%1 ").arg(f.backend, -11) : QString();
    const QString indent = named ? QString(12, u' ') : QString();
    out << who
        << QStringLiteral("first catch-up over the whole log (once per database): %1 ms, checkpoint %2 ms\n")
               .arg(f.catchUpMs, 0, 'f', 0)
               .arg(f.checkpointMs, 0, 'f', 1);
    out << indent
        << QStringLiteral("incremental refresh, 1,000 new events: median %1 ms, worst %2 ms (%3 rounds)\n")
               .arg(f.incrementalMs, 0, 'f', 2)
               .arg(f.incrementalWorstMs, 0, 'f', 2)
               .arg(rounds);
    out << indent
        << QStringLiteral("  of which hearing the commit %1 ms, the refresh itself %2 ms (worst %3 ms)\n")
               .arg(f.hearMs, 0, 'f', 2)
               .arg(f.refreshMs, 0, 'f', 2)
               .arg(f.refreshWorstMs, 0, 'f', 2);
    out << indent
        << QStringLiteral("cold open (connect + load aggregates + refresh): median %1 ms"
                          " (connect %2 ms, load %3 ms, refresh %4 ms)\n")
               .arg(f.coldMs, 0, 'f', 1)
               .arg(f.openMs, 0, 'f', 1)
               .arg(f.loadMs, 0, 'f', 1)
               .arg(f.coldRefreshMs, 0, 'f', 1);
    out << indent
        << QStringLiteral("naive: GROUP BY over the whole log, all aggregates: %1 ms; stage counts only: %2 ms\n")
               .arg(f.naiveMs, 0, 'f', 0)
               .arg(f.naiveTotalsMs, 0, 'f', 0);
    out << indent
        << QStringLiteral("ratios: naive (all) / incremental = %1x; naive (stage counts only) / incremental = %2x;"
                          " naive (all) / cold open = %3x\n")
               .arg(f.naiveMs / f.incrementalMs, 0, 'f', 0)
               .arg(f.naiveTotalsMs / f.incrementalMs, 0, 'f', 0)
               .arg(f.naiveMs / f.coldMs, 0, 'f', 1);
    out << indent
        << QStringLiteral("check: tracker %1 the naive recomputation and the cold-opened tracker\n")
               .arg(f.same ? QStringLiteral("equals") : QStringLiteral("DIFFERS FROM"));
}

} // namespace

int benchFunnel(CtlContext& ctx)
{
    const qint64 applicants = ctx.option(QStringLiteral("applicants")).value_or(QStringLiteral("1000000")).toLongLong();
    const int rounds = ctx.option(QStringLiteral("rounds")).value_or(QStringLiteral("10")).toInt();
    const std::optional<QString> keep = ctx.option(QStringLiteral("keep"));
    const std::optional<QString> compare = ctx.option(QStringLiteral("compare"));
    if (!ctx.finishArguments() || applicants < 1000 || rounds < 1
        || (compare && !DatabaseTarget::looksLikePostgres(*compare)))
        return ctx.usage(QStringLiteral(
            "usage: bench funnel --applicants N [--rounds R] [--keep DIR] [--compare postgresql://…]"
            " (with --db postgresql://…: on a scratch database made on that server; --compare: SQLite in a scratch"
            " file and that server, the same log, side by side)"));
    QTemporaryDir scratch;
    const QString dir = keep ? *keep : scratch.path();
    QDir().mkpath(dir);
    auto keys = KeyFile::create(dir + QStringLiteral("/bench-funnel.key"));
    if (!keys)
        return ctx.fail(keys.error());
    const QString sqlitePath = dir + QStringLiteral("/bench-funnel.db");
    std::vector<FunnelFigures> runs;
    // With --compare: the same log on both, SQLite first, then the server (each dropped after
    // its run); with --db postgresql://…: a scratch database on that server.
    const QStringList servers = compare ? QStringList{QString(), *compare} : QStringList{ctx.paths().database};
    for (const QString& server : servers) {
        BenchDatabase where(server, sqlitePath);
        auto figures = funnelOn(ctx, where, keys.value(), applicants, rounds);
        if (!figures)
            return ctx.fail(figures.error());
        runs.push_back(figures.value());
    }

    QTextStream& out = ctx.out();
    bool same = true;
    for (const FunnelFigures& f : runs) {
        printFigures(out, f, rounds, runs.size() > 1);
        same = same && f.same;
    }
    if (runs.size() == 2)
        out << QStringLiteral("PostgreSQL / SQLite: incremental refresh %1x (the refresh itself %2x), cold open %3x"
                              " (the issue's target for the refresh: within 2x)\n")
                   .arg(runs[1].incrementalMs / runs[0].incrementalMs, 0, 'f', 2)
                   .arg(runs[1].refreshMs / runs[0].refreshMs, 0, 'f', 2)
                   .arg(runs[1].coldMs / runs[0].coldMs, 0, 'f', 1);
    return same ? kOk : kFailed;
}

} // namespace prakerja::ctl

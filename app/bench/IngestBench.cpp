// prakerjactl bench …: speed figures measured side by side with a baseline in one run.
// Benchmarks are commands, not tests: they print figures and never fail on time.
#include "BenchCommands.h"

#include "BenchDatabase.h"

#include "domain/FeedRecord.h"
#include "domain/Nik.h"
#include "domain/Timestamp.h"
#include "io/FeedIngestor.h"
#include "io/FeedParser.h"
#include "io/RegistrationSimulator.h"
#include "security/PiiCipher.h"
#include "store/Database.h"
#include "store/DatabaseTarget.h"
#include "store/FeedWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <sys/resource.h>
#include <unistd.h>

namespace prakerja::ctl {

namespace {

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// User + system CPU seconds of this process, all threads.
double processCpuSeconds()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    const auto seconds
        = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// A kept folder (--keep) may hold an earlier run's files: a bench starts from scratch.
void removeBenchFiles(const QString& dir, std::initializer_list<const char*> names)
{
    for (const char* name : names)
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(dir + QLatin1Char('/') + QLatin1StringView(name) + QLatin1StringView(suffix));
}

// Writes `count` valid registrations from the simulator to `path` (not timed).
Status writeBenchFeed(CtlContext& ctx, const QString& path, qint64 count)
{
    ctx.out() << "generating " << count << " registrations (simulator, not timed) …\n";
    ctx.out().flush();
    SimulatorOptions options;
    options.registrations = count;
    options.badShare = 0;
    options.registrationsOnly = true;
    RegistrationSimulator simulator(options);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(QStringLiteral("output"), out.errorString());
    QByteArray line;
    while (simulator.next(line) != FeedIngestor::Next::End) {
        line += '\n';
        out.write(line);
    }
    return Status::success();
}

// The naive way: QJsonDocument per line, one INSERT per transaction through Qt SQL.
qint64 naiveIngest(Database& db, QFile& feed, qint64 sample)
{
    PiiCipher cipher(db.keys());
    QSqlQuery insertApplicant(db.sql()), insertEvent(db.sql());
    insertApplicant.prepare(QStringLiteral(
        "INSERT INTO applicants (nik_bi, nik_ct, kk_bi, kk_ct, email_bi, email_ct, phone_bi, phone_ct, name_ct, sex,"
        " birth_date, province, regency, district, segment, registered_at, key_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insertEvent.prepare(QStringLiteral("INSERT INTO events (applicant_id, type, at) VALUES (?, 1, ?)"));
    qint64 done = 0;
    while (done < sample && !feed.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(feed.readLine()).object();
        const qint64 at = *Timestamp::parseIso8601(o.value(QStringLiteral("at")).toString());
        const auto nik = Nik::parse(o.value(QStringLiteral("nik")).toString(), Timestamp::dateWib(at));
        if (!nik)
            continue;
        const QByteArray nikBytes = nik->digits().toLatin1();
        const QByteArray nikBi = cipher.blindIndex(PiiField::Nik, nikBytes);
        const QByteArray email = PiiCipher::normaliseEmail(o.value(QStringLiteral("email")).toString());
        const QByteArray kk = o.value(QStringLiteral("kk")).toString().toLatin1();
        const QByteArray phone = PiiCipher::normalisePhone(o.value(QStringLiteral("phone")).toString());
        db.beginImmediate();
        const QVariantList values
            = {nikBi,
               cipher.encrypt(PiiField::Nik, nikBytes, nikBi),
               cipher.blindIndex(PiiField::Kk, kk),
               cipher.encrypt(PiiField::Kk, kk, nikBi),
               cipher.blindIndex(PiiField::Email, email),
               cipher.encrypt(PiiField::Email, email, nikBi),
               cipher.blindIndex(PiiField::Phone, phone),
               cipher.encrypt(PiiField::Phone, phone, nikBi),
               cipher.encrypt(PiiField::Name, o.value(QStringLiteral("name")).toString().toUtf8(), nikBi),
               static_cast<int>(nik->sex()),
               nik->birthDate().toYmd(),
               nik->provinceCode(),
               nik->regencyCode(),
               nik->districtCode(),
               0,
               at,
               cipher.activeKeyId()};
        for (const QVariant& v : values)
            insertApplicant.addBindValue(v);
        if (insertApplicant.exec()) {
            insertEvent.addBindValue(db.insertedId(insertApplicant));
            insertEvent.addBindValue(at);
            insertEvent.exec();
            ++done;
        }
        db.commit();
    }
    return done;
}

struct IngestFigures
{
    QString backend, where;
    qint64 size = 0, accepted = 0, rejected = 0, naiveCount = 0, marginalAccepted = 0, bytes = 0;
    double realSeconds = 0, naiveSeconds = 0, marginalSeconds = 0;
    double clientCpu = 0, serverCpu = -1; // seconds over the real path; the server's when measurable
    double realRate() const { return static_cast<double>(accepted) / realSeconds; }
    double marginalRate() const { return static_cast<double>(marginalAccepted) / marginalSeconds; }
    double naiveRate() const { return static_cast<double>(naiveCount) / naiveSeconds; }
};

// bench ingest on one backend: the first `size` lines of the feed through the real path, then
// `sample` lines the naive way and `sample` more through the real path, on the database of size N.
Result<IngestFigures> ingestOn(CtlContext& ctx, BenchDatabase& where, const KeyFile& keys, const QString& feedPath,
                               qint64 size, qint64 sample, qint64 postSelection)
{
    if (const Status s = where.create(); !s)
        return s.error();
    IngestFigures f;
    f.backend = where.backendName();
    f.where = where.describe();
    f.size = size;
    ctx.out() << "database  : " << f.where << '\n';
    ctx.out().flush();
    auto db = Database::open(where.location(), keys, Database::OpenMode::CreateIfMissing);
    if (!db)
        return db.error();
    QFile feed(feedPath);
    feed.open(QIODevice::ReadOnly);
    // The real path (prakerjactl ingest's FeedIngestor) over the next `count` lines of the feed.
    auto realPath = [&](qint64 count) {
        const FeedIngestor::LineSource all = FeedIngestor::linesOf(feed);
        qint64 taken = 0;
        FeedIngestor ingestor(*db.value());
        return ingestor.ingest([&](QByteArray& line) { return taken++ < count ? all(line) : FeedIngestor::Next::End; });
    };
    const double serverBefore = where.serverCpuSeconds(db.value().get());
    const double clientBefore = processCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    const Result<IngestSummary> real = realPath(size);
    f.realSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    f.clientCpu = processCpuSeconds() - clientBefore;
    if (serverBefore >= 0)
        f.serverCpu = where.serverCpuSeconds(db.value().get()) - serverBefore;
    else if (!where.isPostgres())
        f.serverCpu = 0; // SQLite writes in the bench's own process
    if (!real)
        return real.error();
    f.accepted = real->accepted;
    f.rejected = real->rejected;
    timer.restart();
    f.naiveCount = naiveIngest(*db.value(), feed, sample);
    f.naiveSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    const Result<IngestSummary> marginal = realPath(sample);
    f.marginalSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!marginal)
        return marginal.error();
    f.marginalAccepted = marginal->accepted;
    if (postSelection > 0)
        if (const int code = benchPostSelectionMix(ctx, *db.value(), feedPath, size + 2 * sample, postSelection);
            code != kOk)
            return makeError(QStringLiteral("bench"), QStringLiteral("post-selection mix failed"));
    if (where.isPostgres())
        f.bytes = where.bytes(db.value().get());
    db.value().reset(); // SQLite: the file after its last checkpoint
    if (!where.isPostgres())
        f.bytes = where.bytes(nullptr);
    return f;
}

int benchIngest(CtlContext& ctx)
{
    const qint64 size = ctx.option(QStringLiteral("size")).value_or(QStringLiteral("1000000")).toLongLong();
    const qint64 sample = ctx.option(QStringLiteral("baseline-sample")).value_or(QStringLiteral("10000")).toLongLong();
    const std::optional<QString> keep = ctx.option(QStringLiteral("keep"));
    const std::optional<QString> compare = ctx.option(QStringLiteral("compare"));
    const qint64 postSelection
        = ctx.option(QStringLiteral("post-selection")).value_or(QStringLiteral("0")).toLongLong();
    if (!ctx.finishArguments() || size < 1 || sample < 1 || postSelection < 0
        || (compare && !DatabaseTarget::looksLikePostgres(*compare)))
        return ctx.usage(
            QStringLiteral("usage: bench ingest --size N [--baseline-sample N] [--post-selection LINES] [--keep DIR]"
                           " [--compare postgresql://…]  (with --db postgresql://…: on a scratch database made on"
                           " that server; --compare: SQLite in a scratch file and that server, the same feed, side by"
                           " side)"));
    QTemporaryDir scratch;
    const QString dir = keep ? *keep : scratch.path();
    QDir().mkpath(dir);
    removeBenchFiles(dir, {"bench.db", "bench.key"});
    const QString feedPath = dir + QStringLiteral("/bench-feed.jsonl");
    // N registrations for the real path, then two samples of fresh people: one for the naive
    // baseline and one more for the real path, both measured on the database of size N.
    // With --post-selection: as many fresh registrations again, measured beside the mix.
    const qint64 total = size + 2 * sample + postSelection;
    if (const Status s = writeBenchFeed(ctx, feedPath, total); !s)
        return ctx.fail(s.error());
    const qint64 rssBefore = peakRssKiB();
    auto keys = KeyFile::create(dir + QStringLiteral("/bench.key"));
    if (!keys)
        return ctx.fail(keys.error());
    const QString sqlitePath = dir + QStringLiteral("/bench.db");
    std::vector<IngestFigures> runs;
    if (compare) {
        // The same feed on both, one after the other: SQLite first, then the server.
        for (const QString& server : {QString(), *compare}) {
            BenchDatabase where(server, sqlitePath);
            auto figures = ingestOn(ctx, where, keys.value(), feedPath, size, sample, postSelection);
            if (!figures)
                return ctx.fail(figures.error());
            runs.push_back(figures.value());
        }
    } else {
        BenchDatabase where(ctx.paths().database, sqlitePath);
        auto figures = ingestOn(ctx, where, keys.value(), feedPath, size, sample, postSelection);
        if (!figures)
            return ctx.fail(figures.error());
        runs.push_back(figures.value());
    }

    for (const IngestFigures& f : runs) {
        const QString who = runs.size() > 1 ? QStringLiteral("%1 ").arg(f.backend, -11) : QString();
        const QString indent = runs.size() > 1 ? QString(12, u' ') : QString();
        ctx.out() << who
                  << QStringLiteral(
                         "real path : %1 registrations in %2 s = %3 /s on average (accepted %4, rejected %5)\n")
                         .arg(f.size)
                         .arg(f.realSeconds, 0, 'f', 2)
                         .arg(f.realRate(), 0, 'f', 0)
                         .arg(f.accepted)
                         .arg(f.rejected);
        ctx.out() << indent
                  << QStringLiteral("at size N : real path %1 /s, naive %2 /s (%3 each, QJsonDocument + one INSERT per "
                                    "transaction through Qt SQL)\n")
                         .arg(f.marginalRate(), 0, 'f', 0)
                         .arg(f.naiveRate(), 0, 'f', 0)
                         .arg(sample);
        ctx.out() << indent
                  << QStringLiteral("ratio     : %1x (real / naive, same database, same size)\n")
                         .arg(f.marginalRate() / f.naiveRate(), 0, 'f', 1);
        if (f.serverCpu >= 0) {
            // The work per registration, wherever it ran: two cores can do at most 2 / (client +
            // server) of it per second, and one server backend at most 1 / server.
            const double perRow = 1e6 / static_cast<double>(std::max<qint64>(1, f.accepted));
            const double client = f.clientCpu * perRow, server = f.serverCpu * perRow;
            ctx.out() << indent
                      << QStringLiteral("CPU       : %1 µs in this process + %2 µs in the server per registration;"
                                        " two cores allow at most %3 /s\n")
                             .arg(client, 0, 'f', 1)
                             .arg(server, 0, 'f', 1)
                             .arg(2e6 / (client + server), 0, 'f', 0);
        }
        const qint64 stored = f.accepted + f.naiveCount + f.marginalAccepted;
        ctx.out() << indent
                  << QStringLiteral("database  : %1 MiB for %2 applicants (%3 bytes each)\n")
                         .arg(static_cast<double>(f.bytes) / 1048576.0, 0, 'f', 1)
                         .arg(stored)
                         .arg(f.bytes / std::max<qint64>(1, stored));
    }
    if (runs.size() == 2)
        ctx.out() << QStringLiteral("PostgreSQL / SQLite: %1x on average over N, %2x at size N (the issue's target at "
                                    "1M: at least 1.0x)\n")
                         .arg(runs[1].realRate() / runs[0].realRate(), 0, 'f', 2)
                         .arg(runs[1].marginalRate() / runs[0].marginalRate(), 0, 'f', 2);
    ctx.out() << QStringLiteral("peak RSS  : %1 MiB before ingest, %2 MiB after\n")
                     .arg(static_cast<double>(rssBefore) / 1024.0, 0, 'f', 1)
                     .arg(static_cast<double>(peakRssKiB()) / 1024.0, 0, 'f', 1);
    return kOk;
}

// SQLite cannot drop a UNIQUE column constraint, so a scratch database loses its blind-index
// indexes by rebuilding the (still empty) applicants table without them.
Status dropBlindIndexIndexes(Database& db)
{
    QString create
        = db.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'applicants'"))
              .toString();
    create.replace(QStringLiteral(" UNIQUE"), QString());
    create.replace(QStringLiteral("CREATE TABLE applicants"), QStringLiteral("CREATE TABLE applicants_plain"));
    for (const QString& sql :
         {QStringLiteral("PRAGMA foreign_keys=OFF"), QStringLiteral("DROP INDEX applicants_phone"), create,
          QStringLiteral("DROP TABLE applicants"), QStringLiteral("ALTER TABLE applicants_plain RENAME TO applicants"),
          QStringLiteral("PRAGMA foreign_keys=ON")}) {
        if (auto q = db.exec(sql); !q)
            return q.error();
    }
    const qint64 left = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                                 " AND tbl_name = 'applicants'"))
                            .toLongLong();
    if (left != 0)
        return makeError(QStringLiteral("bench"), Error::tr("applicants still has %1 indexes").arg(left));
    return Status::success();
}

// Where the real path's time goes: the same registrations through the real path (two threads),
// then on one thread parsed alone and written alone, into the shipped schema and into one
// without the blind-index indexes. The parts bound what any arrangement of the real path can
// reach on this machine.
int benchIngestCeiling(CtlContext& ctx)
{
    const qint64 size = ctx.option(QStringLiteral("size")).value_or(QStringLiteral("1000000")).toLongLong();
    const std::optional<QString> keep = ctx.option(QStringLiteral("keep"));
    if (!ctx.finishArguments() || size < 1)
        return ctx.usage(QStringLiteral("usage: bench ingest-ceiling --size N [--keep DIR]"));
    QTemporaryDir scratch;
    const QString dir = keep ? *keep : scratch.path();
    QDir().mkpath(dir);
    removeBenchFiles(dir, {"bench.key", "real.db", "shipped.db", "plain.db"});
    const QString feedPath = dir + QStringLiteral("/bench-feed.jsonl");
    if (const Status s = writeBenchFeed(ctx, feedPath, size); !s)
        return ctx.fail(s.error());
    auto keys = KeyFile::create(dir + QStringLiteral("/bench.key"));
    if (!keys)
        return ctx.fail(keys.error());
    auto openScratch = [&](const QString& name) {
        return Database::open(dir + name, keys.value(), Database::OpenMode::CreateIfMissing);
    };
    auto real = openScratch(QStringLiteral("/real.db"));
    auto shipped = openScratch(QStringLiteral("/shipped.db"));
    auto plain = openScratch(QStringLiteral("/plain.db"));
    for (const auto* db : {&real, &shipped, &plain})
        if (!*db)
            return ctx.fail(db->error());
    if (const Status s = dropBlindIndexIndexes(*plain.value()); !s)
        return ctx.fail(s.error());

    QFile feed(feedPath);
    feed.open(QIODevice::ReadOnly);
    QElapsedTimer timer;
    timer.start();
    const Result<IngestSummary> realRun = FeedIngestor(*real.value()).ingest(FeedIngestor::linesOf(feed));
    const double realSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!realRun)
        return ctx.fail(realRun.error());
    real.value().reset();

    // The same lines again, one batch at a time: read and parse, then write the batch into each
    // database with the writer and transaction size the real path uses.
    feed.seek(0);
    const FeedIngestor::LineSource lines = FeedIngestor::linesOf(feed);
    PiiCipher cipher(keys.value());
    FeedParser parser(cipher);
    struct Store
    {
        Database* db;
        std::unique_ptr<FeedWriter> writer;
        qint64 accepted = 0;
        qint64 nanoseconds = 0;
    };
    Store stores[] = {{shipped.value().get(), std::make_unique<FeedWriter>(*shipped.value())},
                      {plain.value().get(), std::make_unique<FeedWriter>(*plain.value())}};
    for (Store& store : stores)
        store.db->setAutoCheckpointPages(FeedIngestor::kCheckpointPages);
    qint64 parseNanoseconds = 0, lineNumber = 0, parsed = 0;
    std::vector<FeedRecord> batch;
    QByteArray line;
    for (bool more = true; more;) {
        batch.clear();
        timer.restart();
        while (static_cast<int>(batch.size()) < FeedIngestor::kDefaultBatchSize) {
            if (lines(line) == FeedIngestor::Next::End) {
                more = false;
                break;
            }
            Result<FeedRecord> record = parser.parse(line, ++lineNumber);
            if (record)
                batch.push_back(std::move(record.value()));
        }
        parseNanoseconds += timer.nsecsElapsed();
        parsed += static_cast<qint64>(batch.size());
        for (Store& store : stores) {
            timer.restart();
            if (const Status s = store.writer->begin(); !s)
                return ctx.fail(s.error());
            std::vector<const FeedRecord*> records;
            for (const FeedRecord& record : batch)
                records.push_back(&record);
            std::vector<FeedWriter::Outcome> outcomes;
            std::vector<Error> errors;
            store.writer->applyAll(records, outcomes, errors);
            for (size_t i = 0; i < outcomes.size(); ++i) {
                if (outcomes[i] == FeedWriter::Outcome::Failed)
                    return ctx.fail(errors[i]);
                store.accepted += outcomes[i] == FeedWriter::Outcome::Accepted ? 1 : 0;
            }
            if (const Status s = store.writer->commit(); !s)
                return ctx.fail(s.error());
            store.nanoseconds += timer.nsecsElapsed();
        }
    }

    const double n = static_cast<double>(size);
    auto figure = [&](const QString& what, double seconds, qint64 count) {
        ctx.out() << QStringLiteral("%1: %2 µs per registration = %3 /s (%4 accepted)\n")
                         .arg(what, -40)
                         .arg(seconds * 1e6 / n, 5, 'f', 1)
                         .arg(static_cast<double>(count) / seconds, 7, 'f', 0)
                         .arg(count);
    };
    const double parseSeconds = static_cast<double>(parseNanoseconds) / 1e9;
    const double shippedSeconds = static_cast<double>(stores[0].nanoseconds) / 1e9;
    const double plainSeconds = static_cast<double>(stores[1].nanoseconds) / 1e9;
    figure(QStringLiteral("real path (two threads)"), realSeconds, realRun->accepted);
    figure(QStringLiteral("read + parse + encrypt alone (one thread)"), parseSeconds, parsed);
    figure(QStringLiteral("write alone, shipped schema"), shippedSeconds, stores[0].accepted);
    figure(QStringLiteral("write alone, no blind-index indexes"), plainSeconds, stores[1].accepted);
    // One writer thread: the rate is at most 1 / write; two cores: at most 2 / (parse + write).
    const double ceiling = std::min(n / shippedSeconds, 2.0 * n / (parseSeconds + shippedSeconds));
    const double plainCeiling = std::min(n / plainSeconds, 2.0 * n / (parseSeconds + plainSeconds));
    ctx.out() << QStringLiteral("ceiling on 2 cores: %1 /s with the shipped schema (the real path reaches %2 %); "
                                "%3 /s without the blind-index indexes\n")
                     .arg(ceiling, 0, 'f', 0)
                     .arg(100.0 * realRun->accepted / realSeconds / ceiling, 0, 'f', 0)
                     .arg(plainCeiling, 0, 'f', 0);
    return kOk;
}

} // namespace

QList<Command> benchCommands()
{
    return {
        {{QStringLiteral("bench"), QStringLiteral("ingest")},
         benchIngest,
         "bench ingest --size N [--post-selection L] [--compare URI]  ingest speed: real path vs a naive"
         " baseline; the post-selection mix vs registrations only; --db postgresql://… runs it on that server,"
         " --compare postgresql://… on SQLite and that server side by side"},
        {{QStringLiteral("bench"), QStringLiteral("ingest-ceiling")},
         benchIngestCeiling,
         "bench ingest-ceiling --size N   where ingest's time goes, and the most two cores allow"},
        {{QStringLiteral("bench"), QStringLiteral("funnel")},
         benchFunnel,
         "bench funnel --applicants N [--compare URI]  funnel refresh: incremental and cold open vs GROUP BY;"
         " --compare postgresql://… on SQLite and that server side by side"},
        {{QStringLiteral("bench"), QStringLiteral("selection")},
         benchSelection,
         "bench selection --pool N --quota Q [--compare URI]   engine draw vs one SQL statement; --db"
         " postgresql://… runs it on that server, --compare postgresql://… on SQLite and that server side by side"}};
}

} // namespace prakerja::ctl

// prakerjactl bench …: speed figures measured side by side with a baseline in one run.
// Benchmarks are commands, not tests: they print figures and never fail on time.
#include "BenchCommands.h"

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

// `bench … --db postgresql://…` (or a keyword string): the bench's database is a scratch one made
// on that server for the run (the role needs CREATEDB) and dropped at the end.
class ServerScratch
{
public:
    explicit ServerScratch(const QString& server) : m_server(DatabaseTarget::parse(server).value())
    {
        m_name = QStringLiteral("prakerja_bench_%1").arg(::getpid());
    }
    ~ServerScratch() { run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)); }
    ServerScratch(const ServerScratch&) = delete;
    ServerScratch& operator=(const ServerScratch&) = delete;
    Status create()
    {
        run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        return run(QStringLiteral("CREATE DATABASE %1").arg(m_name));
    }
    // libpq takes the last value of a repeated keyword: the scratch database's name wins.
    QString location() const { return m_server.conninfo() + QStringLiteral(" dbname='%1'").arg(m_name); }

private:
    Status run(const QString& sql)
    {
        const QString connection = QStringLiteral("bench-server");
        Status result = Status::success();
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            admin.setConnectOptions(m_server.conninfo());
            if (!admin.open()) {
                result = sqlError(admin);
            } else {
                QSqlQuery q(admin);
                if (!q.exec(sql))
                    result = sqlError(q);
            }
            admin.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return result;
    }

    DatabaseTarget m_server;
    QString m_name;
};

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

int benchIngest(CtlContext& ctx)
{
    const qint64 size = ctx.option(QStringLiteral("size")).value_or(QStringLiteral("1000000")).toLongLong();
    const qint64 sample = ctx.option(QStringLiteral("baseline-sample")).value_or(QStringLiteral("10000")).toLongLong();
    const std::optional<QString> keep = ctx.option(QStringLiteral("keep"));
    const qint64 postSelection
        = ctx.option(QStringLiteral("post-selection")).value_or(QStringLiteral("0")).toLongLong();
    if (!ctx.finishArguments() || size < 1 || sample < 1 || postSelection < 0)
        return ctx.usage(
            QStringLiteral("usage: bench ingest --size N [--baseline-sample N] [--post-selection LINES] [--keep DIR]"
                           " (with --db postgresql://…: on a scratch database made on that server)"));
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
    std::unique_ptr<ServerScratch> server;
    if (DatabaseTarget::looksLikePostgres(ctx.paths().database)) {
        server = std::make_unique<ServerScratch>(ctx.paths().database);
        if (const Status s = server->create(); !s)
            return ctx.fail(s.error());
    }
    const QString location = server ? server->location() : dir + QStringLiteral("/bench.db");
    ctx.out() << "database  : " << (server ? DatabaseTarget::parse(location).value().describe() : location) << '\n';
    auto db = Database::open(location, keys.value(), Database::OpenMode::CreateIfMissing);
    if (!db)
        return ctx.fail(db.error());
    QFile feed(feedPath);
    feed.open(QIODevice::ReadOnly);
    // The real path (prakerjactl ingest's FeedIngestor) over the next `count` lines of the feed.
    auto realPath = [&](qint64 count) {
        const FeedIngestor::LineSource all = FeedIngestor::linesOf(feed);
        qint64 taken = 0;
        FeedIngestor ingestor(*db.value());
        return ingestor.ingest([&](QByteArray& line) { return taken++ < count ? all(line) : FeedIngestor::Next::End; });
    };
    QElapsedTimer timer;
    timer.start();
    const Result<IngestSummary> real = realPath(size);
    const double realSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!real)
        return ctx.fail(real.error());
    timer.restart();
    const qint64 naiveCount = naiveIngest(*db.value(), feed, sample);
    const double naiveSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    const Result<IngestSummary> marginal = realPath(sample);
    const double marginalSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!marginal)
        return ctx.fail(marginal.error());
    if (postSelection > 0)
        if (const int code = benchPostSelectionMix(ctx, *db.value(), feedPath, size + 2 * sample, postSelection);
            code != kOk)
            return code;
    const qint64 serverBytes
        = server ? db.value()->scalar(QStringLiteral("SELECT pg_database_size(current_database())")).toLongLong() : 0;
    db.value().reset();
    const qint64 dbBytes = server ? serverBytes : QFileInfo(dir + QStringLiteral("/bench.db")).size();

    const double realRate = static_cast<double>(real->accepted) / realSeconds;
    const double marginalRate = static_cast<double>(marginal->accepted) / marginalSeconds;
    const double naiveRate = static_cast<double>(naiveCount) / naiveSeconds;
    ctx.out() << QStringLiteral("real path : %1 registrations in %2 s = %3 /s on average (accepted %4, rejected %5)\n")
                     .arg(size)
                     .arg(realSeconds, 0, 'f', 2)
                     .arg(realRate, 0, 'f', 0)
                     .arg(real->accepted)
                     .arg(real->rejected);
    ctx.out() << QStringLiteral("at size N : real path %1 /s, naive %2 /s (%3 each, QJsonDocument + one INSERT per "
                                "transaction through Qt SQL)\n")
                     .arg(marginalRate, 0, 'f', 0)
                     .arg(naiveRate, 0, 'f', 0)
                     .arg(sample);
    ctx.out() << QStringLiteral("ratio     : %1x (real / naive, same database, same size)\n")
                     .arg(marginalRate / naiveRate, 0, 'f', 1);
    ctx.out() << QStringLiteral("database  : %1 MiB for %2 applicants (%3 bytes each)\n")
                     .arg(static_cast<double>(dbBytes) / 1048576.0, 0, 'f', 1)
                     .arg(real->accepted + naiveCount + marginal->accepted)
                     .arg(dbBytes / std::max<qint64>(1, real->accepted + naiveCount + marginal->accepted));
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
            for (const FeedRecord& record : batch) {
                Error error;
                const FeedWriter::Outcome outcome = store.writer->apply(record, &error);
                if (outcome == FeedWriter::Outcome::Failed)
                    return ctx.fail(error);
                store.accepted += outcome == FeedWriter::Outcome::Accepted ? 1 : 0;
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
    return {{{QStringLiteral("bench"), QStringLiteral("ingest")},
             benchIngest,
             "bench ingest --size N [--post-selection L]  ingest speed: real path vs a naive baseline;"
             " the post-selection mix vs registrations only; --db postgresql://… runs it on that server"},
            {{QStringLiteral("bench"), QStringLiteral("ingest-ceiling")},
             benchIngestCeiling,
             "bench ingest-ceiling --size N   where ingest's time goes, and the most two cores allow"},
            {{QStringLiteral("bench"), QStringLiteral("funnel")},
             benchFunnel,
             "bench funnel --applicants N     funnel refresh: incremental and cold open vs GROUP BY"},
            {{QStringLiteral("bench"), QStringLiteral("selection")},
             benchSelection,
             "bench selection --pool N --quota Q   engine draw vs one SQL statement"}};
}

} // namespace prakerja::ctl

// prakerjactl bench …: speed figures measured side by side with a baseline in one run.
// Benchmarks are commands, not tests: they print figures and never fail on time.
#include "Commands.h"

#include "domain/Nik.h"
#include "domain/Timestamp.h"
#include "engine/RegistrationSimulator.h"
#include "io/FeedIngestor.h"
#include "security/PiiCipher.h"
#include "store/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

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

// The naive way: QJsonDocument per line, one INSERT per transaction through Qt SQL.
qint64 naiveIngest(Database& db, QFile& feed, qint64 sample)
{
    PiiCipher cipher(db.keys());
    QSqlQuery insertApplicant(db.sql()), insertEvent(db.sql());
    insertApplicant.prepare(QStringLiteral(
        "INSERT INTO applicants (nik_bi, nik_ct, kk_bi, kk_ct, email_bi, email_ct, phone_bi, phone_ct, name, sex,"
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
        const QVariantList values = {nikBi,
                                     cipher.encrypt(PiiField::Nik, nikBytes, nikBi),
                                     cipher.blindIndex(PiiField::Kk, kk),
                                     cipher.encrypt(PiiField::Kk, kk, nikBi),
                                     cipher.blindIndex(PiiField::Email, email),
                                     cipher.encrypt(PiiField::Email, email, nikBi),
                                     cipher.blindIndex(PiiField::Phone, phone),
                                     cipher.encrypt(PiiField::Phone, phone, nikBi),
                                     o.value(QStringLiteral("name")).toString(),
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
            insertEvent.addBindValue(insertApplicant.lastInsertId());
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
    if (!ctx.finishArguments() || size < 1 || sample < 1)
        return ctx.usage(QStringLiteral("usage: bench ingest --size N [--baseline-sample N] [--keep DIR]"));
    QTemporaryDir scratch;
    const QString dir = keep ? *keep : scratch.path();
    QDir().mkpath(dir);
    const QString feedPath = dir + QStringLiteral("/bench-feed.jsonl");
    // N registrations for the real path, then two samples of fresh people: one for the naive
    // baseline and one more for the real path, both measured on the database of size N.
    const qint64 total = size + 2 * sample;
    ctx.out() << "generating " << total << " registrations (simulator, not timed) …\n";
    ctx.out().flush();
    {
        SimulatorOptions options;
        options.registrations = total;
        options.badShare = 0;
        options.registrationsOnly = true;
        RegistrationSimulator simulator(options);
        QFile out(feedPath);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return ctx.fail(makeError(QStringLiteral("output"), out.errorString(), out.errorString()));
        QByteArray line;
        while (simulator.next(line) != FeedIngestor::Next::End) {
            line += '\n';
            out.write(line);
        }
    }
    const qint64 rssBefore = peakRssKiB();
    auto keys = KeyFile::create(dir + QStringLiteral("/bench.key"));
    if (!keys)
        return ctx.fail(keys.error());
    auto db = Database::open(dir + QStringLiteral("/bench.db"), keys.value(), Database::OpenMode::CreateIfMissing);
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
    db.value().reset();
    const qint64 dbBytes = QFileInfo(dir + QStringLiteral("/bench.db")).size();

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

} // namespace

QList<Command> benchCommands()
{
    return {{{QStringLiteral("bench"), QStringLiteral("ingest")},
             benchIngest,
             "bench ingest --size N           ingest speed: real path vs a naive baseline"}};
}

} // namespace prakerja::ctl

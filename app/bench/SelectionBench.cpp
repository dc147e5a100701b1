// prakerjactl bench selection: the engine's full draw (load, filter, rank, write outcomes)
// beside the same draw as one SQL statement with window functions, on the same scratch pool.
// A benchmark, not a test: it prints figures and never fails on time.
#include "BenchCommands.h"

#include "BenchDatabase.h"

#include "domain/Timestamp.h"
#include "engine/SelectionEngine.h"
#include "security/Crypto.h"
#include "services/DrawService.h"
#include "store/BulkApplicantWriter.h"
#include "store/Database.h"
#include "store/DatabaseTarget.h"
#include "store/DrawInputs.h"
#include "store/WaveRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator64>
#include <QTemporaryDir>
#include <QtEndian>
#include <cstring>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

namespace prakerja::ctl {

namespace {

qint64 procStatusKiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(static_cast<qsizetype>(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// The SQL side's lottery: the same bytes as SelectionEngine::lotteryKey, with the sign bit
// flipped so that SQLite's signed ordering equals the engine's unsigned one.
void lotteryFunction(sqlite3_context* context, int, sqlite3_value** argv)
{
    const QByteArray seed(static_cast<const char*>(sqlite3_value_blob(argv[0])), sqlite3_value_bytes(argv[0]));
    BlindId bi{};
    if (sqlite3_value_bytes(argv[1]) == 16)
        std::memcpy(bi.data(), sqlite3_value_blob(argv[1]), 16);
    const quint64 key = SelectionEngine::lotteryKey(seed, bi) ^ (quint64(1) << 63);
    sqlite3_result_int64(context, static_cast<sqlite3_int64>(key));
}

// Scratch pool: applicants with random blind ids and random bytes of the real ciphertexts'
// sizes (NIK and KK 45, email 51, phone 42 bytes; a name of 18 characters), so that rows are as
// wide as the feed's; families of about three, the funnel's verification shares, reference
// lists, all joined to wave 1. The same rows on either backend (the generator's seed is fixed).
bool buildPool(Database& db, qint64 n, QTextStream& out)
{
    db.exec(QStringLiteral("PRAGMA cache_size = -1000000")); // nothing on PostgreSQL
    QRandomGenerator64 rng(20200411);
    static const int provinces[] = {11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51,
                                    52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 94};
    BulkApplicantWriter writer(db);
    std::array<quint64, 96> block; // 768 random bytes
    for (quint64& word : block)
        word = rng.generate();
    const qint64 families = std::max<qint64>(1, n / 3);
    const qint64 at = 1586606400000; // 2020-04-11
    static const QByteArray name = QByteArrayLiteral("Nama Pendaftar Uji");
    // PostgreSQL answers each statement with a round trip: smaller transactions, more progress.
    const qint64 perTransaction = db.isPostgres() ? 100'000 : 1'000'000;
    QElapsedTimer timer;
    timer.start();
    for (qint64 id = 1; id <= n; ++id) {
        if (id % perTransaction == 1 || perTransaction == 1) {
            if (id > 1 && !db.commit())
                return false;
            if (!db.beginImmediate())
                return false;
        }
        quint64 bi[2] = {rng.generate(), rng.generate()};
        const quint64 family = rng.bounded(static_cast<quint64>(families)) + 1;
        quint64 kk[2] = {qToBigEndian(family * 0x9E3779B97F4A7C15ULL), family};
        const quint64 r = rng.generate();
        const int year = 1960 + static_cast<int>(r % 47);
        const int percent = static_cast<int>((r >> 24) % 100);
        // Reference lists: kemnaker 5 %, dtks 20 %, dapodik 2 %, exclusion 1 % of the pool.
        const int draw = static_cast<int>((r >> 56) % 100);
        const int list = draw < 5 ? 3 : draw < 25 ? 2 : draw < 27 ? 1 : draw < 28 ? 4 : 0;
        const quint64 phone[2] = {rng.generate(), rng.generate()};
        // Ciphertext stand-ins: slices of one random block, at an offset that moves per row.
        const char* noise = reinterpret_cast<const char*>(block.data()) + (id * 7) % 512;
        const QByteArrayView blindNik(reinterpret_cast<const char*>(bi), 16);
        BulkApplicant a;
        a.id = id;
        a.nikBi = a.emailBi = blindNik;
        a.kkBi = QByteArrayView(reinterpret_cast<const char*>(kk), 16);
        a.nikCt = QByteArrayView(noise, 45);
        a.kkCt = QByteArrayView(noise + 50, 45);
        a.emailCt = QByteArrayView(noise + 100, 51);
        a.phoneBi = QByteArrayView(reinterpret_cast<const char*>(phone), 16);
        a.phoneCt = QByteArrayView(noise + 160, 42);
        a.nameCt = name;
        a.sex = static_cast<int>((r >> 32) % 2) + 1;
        a.birthDate = year * 10000 + static_cast<int>((r >> 8) % 12 + 1) * 100 + static_cast<int>((r >> 16) % 28 + 1);
        a.province = provinces[(r >> 40) % std::size(provinces)];
        a.regency = a.province * 100 + 1;
        a.district = a.province * 10000 + 101;
        a.segment = static_cast<int>((r >> 48) % 6);
        a.registeredAt = at;
        a.joinedBatchAt = at;
        a.lastWave = 1;
        // What FeedWriter and ReferenceImporter would have stored (store/DrawInputs.h).
        qint64 inputs
            = DrawInputs::pack(a.sex, a.province, a.segment, a.birthDate) | (list ? DrawInputs::listBit(list) : 0);
        const auto stage = [&](std::optional<qint64>& column, bool reached, qint64 bit) {
            if (reached) {
                column = at;
                inputs |= bit;
            }
        };
        stage(a.emailVerifiedAt, percent < 95, DrawInputs::kEmailVerified);
        stage(a.nikVerifiedAt, percent < 90, DrawInputs::kNikVerified);
        stage(a.phoneVerifiedAt, percent < 85, DrawInputs::kPhoneVerified);
        if (!writer.applicant(a) || !writer.drawRow(id, blindNik, a.kkBi.first(8), inputs)
            || !writer.waveMember(1, id, at) || (list && !writer.referenceEntry(list, blindNik))) {
            qWarning("insert: %s", qPrintable(writer.errorMessage()));
            return false;
        }
        if (id % perTransaction == 0) {
            out << "  " << id << " applicants built (" << timer.elapsed() / 1000 << " s)\n";
            out.flush();
        }
    }
    if (!db.commit())
        return false;
    // What a live database has done by the time it draws: SQLite's WAL copied into the file;
    // PostgreSQL's autovacuum has analysed the tables and set the visibility map.
    if (db.isPostgres())
        return db.exec(QStringLiteral("VACUUM ANALYZE")).ok();
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

} // namespace

namespace {

struct SelectionFigures
{
    QString backend, where;
    qint64 pool = 0;
    double engineSeconds = 0, bytesPerMember = 0;
    qint64 filePeakMiB = 0;
    DrawOutcome engine;
    bool sqlRan = false;
    double sqlSeconds = 0;
    qint64 sqlSelected = 0;
    bool same = false;
};

// The engine's line: the whole draw and where its time went (DrawOutcome's phases).
void printEngine(QTextStream& out, const QString& who, const SelectionFigures& f)
{
    const DrawOutcome& e = f.engine;
    const QString indent(who.size(), u' ');
    out << who
        << QStringLiteral("engine : full draw of %1 in %2 s; selected %3; peak memory %4 B/member (engine arrays %5"
                          " B/member; mapped file pages %6 MiB)\n")
               .arg(f.pool)
               .arg(f.engineSeconds, 0, 'f', 2)
               .arg(e.selected)
               .arg(f.bytesPerMember, 0, 'f', 1)
               .arg(static_cast<double>(e.engineBytes) / static_cast<double>(f.pool), 0, 'f', 1)
               .arg(f.filePeakMiB);
    out << indent
        << QStringLiteral("phases : load %1 s; evaluate %2 s + rank+quota %3 s on one thread while the other writes"
                          " the pool's inputs in %4 s; then results %5 s, selections %6 s, wave record %7 s, audit"
                          " %8 s, commit %9 s\n")
               .arg(e.loadMs / 1000, 0, 'f', 2)
               .arg(e.evaluateMs / 1000, 0, 'f', 2)
               .arg(e.rankMs / 1000, 0, 'f', 2)
               .arg(e.inputsMs / 1000, 0, 'f', 2)
               .arg(e.resultsMs / 1000, 0, 'f', 2)
               .arg(e.selectionsMs / 1000, 0, 'f', 2)
               .arg(e.recordMs / 1000, 0, 'f', 2)
               .arg(e.auditMs / 1000, 0, 'f', 2)
               .arg(e.commitMs / 1000, 0, 'f', 2);
}

// The same draw as one SQL statement: eligibility by CASE, priority by joins on the reference
// lists, the family-card cap and the quota by ROW_NUMBER() windows. The lottery is the engine's
// hash, SHA-256(seed || blind id), its first 8 bytes as an unsigned big-endian number: on SQLite
// a function of the connection (the sign bit flipped, so that SQLite's signed order is the
// engine's unsigned one); on PostgreSQL computed in SQL (sha256(), and the 8 bytes compared as
// bytea, byte by byte, which is that same unsigned order).
Status sqlDraw(Database& db, const QByteArray& seed, qint64 quota, const CivilDate& closing, SelectionFigures& f)
{
    QString lottery;
    if (db.isPostgres()) {
        lottery = QStringLiteral("substring(sha256(?::bytea || a.nik_bi) FROM 1 FOR 8)");
    } else {
        sqlite3_create_function(db.native(), "lottery", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, lotteryFunction,
                                nullptr, nullptr);
        lottery = QStringLiteral("lottery(?, a.nik_bi)");
    }
    for (const QString& sql : {QStringLiteral("DROP TABLE IF EXISTS bench_sql_outcome"),
                               QStringLiteral("CREATE TABLE bench_sql_outcome (applicant_id INTEGER, reason INTEGER,"
                                              " tier INTEGER, rank INTEGER, status INTEGER)")})
        if (auto q = db.exec(sql); !q)
            return q.error();
    const int cutoff = (closing.year - 18) * 10000 + closing.month * 100 + closing.day;
    const QString sql
        = QStringLiteral(
              "WITH p AS ("
              "  SELECT a.id, a.kk_bi,"
              "   CASE WHEN a.birth_date > %1 THEN 1 WHEN a.email_verified_at IS NULL THEN 2"
              "        WHEN a.nik_verified_at IS NULL THEN 3 WHEN a.phone_verified_at IS NULL THEN 4"
              "        WHEN d.nik_bi IS NOT NULL THEN 5 WHEN x.nik_bi IS NOT NULL THEN 6 ELSE 0 END AS reason,"
              "   CASE WHEN k.nik_bi IS NOT NULL THEN 0 WHEN a.segment IN (1, 2, 3) THEN 1"
              "        WHEN t.nik_bi IS NULL THEN 2 ELSE 3 END AS tier,"
              "   %3 AS lot"
              "  FROM wave_members w JOIN applicants a ON a.id = w.applicant_id"
              "  LEFT JOIN reference_lists d ON d.list = 1 AND d.nik_bi = a.nik_bi"
              "  LEFT JOIN reference_lists t ON t.list = 2 AND t.nik_bi = a.nik_bi"
              "  LEFT JOIN reference_lists k ON k.list = 3 AND k.nik_bi = a.nik_bi"
              "  LEFT JOIN reference_lists x ON x.list = 4 AND x.nik_bi = a.nik_bi"
              "  WHERE w.wave = 1),"
              " f AS (SELECT *, ROW_NUMBER() OVER (PARTITION BY reason = 0, kk_bi ORDER BY tier, lot, id) AS fam"
              "  FROM p),"
              " r AS (SELECT *, CASE WHEN reason = 0 AND (kk_bi IS NULL OR fam <= 2) THEN"
              "   ROW_NUMBER() OVER (PARTITION BY reason = 0 AND (kk_bi IS NULL OR fam <= 2) ORDER BY tier, lot, id)"
              "   END AS pos"
              "  FROM f)"
              " INSERT INTO bench_sql_outcome SELECT id, reason, tier, pos,"
              "  CASE WHEN pos <= %2 THEN 1 WHEN pos IS NOT NULL THEN 2 ELSE 0 END FROM r")
              .arg(cutoff)
              .arg(quota)
              .arg(lottery);
    QElapsedTimer timer;
    timer.start();
    if (const Status s = db.beginImmediate(); !s)
        return s;
    if (auto q = db.exec(sql, {seed}); !q) {
        db.rollback();
        return q.error();
    }
    if (const Status s = db.commit(); !s)
        return s;
    f.sqlSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    f.sqlRan = true;

    // Same draw? Compare the selected sets.
    auto q
        = db.exec(QStringLiteral("SELECT applicant_id FROM bench_sql_outcome WHERE status = 1 ORDER BY applicant_id"));
    if (!q)
        return q.error();
    std::vector<quint32> sqlSelected;
    while (q.value().next())
        sqlSelected.push_back(static_cast<quint32>(q.value().value(0).toLongLong()));
    f.sqlSelected = static_cast<qint64>(sqlSelected.size());
    f.same = sqlSelected == f.engine.selectedIds;
    return Status::success();
}

// The scratch pool of one backend: built unless a kept one is reused.
Status preparePool(CtlContext& ctx, BenchDatabase& where, const KeyFile& keys, bool reuse, qint64 n)
{
    if (!reuse)
        if (const Status s = where.create(); !s)
            return s;
    ctx.out() << "database : " << where.describe() << (reuse ? " (kept pool reused)" : "") << '\n';
    ctx.out().flush();
    auto db = Database::open(where.location(), keys, Database::OpenMode::CreateIfMissing);
    if (!db)
        return db.error();
    if (reuse)
        return Status::success();
    ctx.out() << "building a scratch pool of " << n << " (not timed) …\n";
    ctx.out().flush();
    if (!buildPool(*db.value(), n, ctx.out()))
        return makeError(QStringLiteral("bench"), QStringLiteral("building the pool failed"));
    return Status::success();
}

// The wave's seed: fixed, so that every run on either backend draws the same lottery and the two
// sides of --compare must select the same people.
QByteArray benchSeed()
{
    return Crypto::sha256(QByteArrayLiteral("prakerjactl bench selection"));
}

// One engine draw on one backend: a fresh wave on a fresh connection with default cache settings.
Result<SelectionFigures> drawOnce(BenchDatabase& where, const KeyFile& keys, qint64 n, qint64 quota)
{
    SelectionFigures f;
    f.backend = where.backendName();
    f.where = where.describe();
    f.pool = n;
    auto db = Database::open(where.location(), keys);
    if (!db)
        return db.error();
    const Session system = Session::system();
    DrawService draws(*db.value());
    for (const char* table : {"wave_outcome_chunks", "wave_outcome_results", "selections", "waves"})
        if (auto q = db.value()->exec(QStringLiteral("DELETE FROM ") + QLatin1StringView(table)); !q)
            return q.error();
    // The deletes above leave the previous run's outcomes in the WAL (SQLite) or as dead rows
    // (PostgreSQL); a live database checkpoints continually and autovacuum clears dead rows, and a
    // wave is drawn once, so each draw starts from a checkpointed, vacuumed database.
    if (db.value()->isPostgres())
        db.value()->exec(QStringLiteral("VACUUM wave_outcome_chunks, wave_outcome_results, selections, waves"));
    else
        db.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    // Wave 1 as WaveService::create makes it, with the bench's fixed seed.
    Wave w;
    w.number = 1;
    w.name = QStringLiteral("Gelombang 1");
    w.opensAt = 1586826000000; // 2020-04-14 08:00 WIB
    w.closesAt = 1587027600000; // 2020-04-16 16:00 WIB
    w.announceAt = w.closesAt + Timestamp::kDay;
    w.trainingStartsAt = w.announceAt + Timestamp::kDay;
    w.quota = quota;
    w.createdAt = Timestamp::nowMs();
    const QByteArray seed = benchSeed();
    w.seedCommitment = Crypto::sha256(seed);
    WaveRepository repo(*db.value());
    if (const Status s = repo.insert(w, seed); !s)
        return s.error();
    repo.setStatus(1, WaveStatus::Closed);
    // The process's own memory (anonymous pages), sampled every 2 ms during the draw; the
    // database's memory-mapped file pages are the OS file cache and are reported apart.
    const qint64 anonBefore = procStatusKiB("RssAnon:");
    std::atomic<bool> drawing{true};
    std::atomic<qint64> anonPeak{anonBefore}, filePeak{0};
    std::thread sampler([&] {
        while (drawing.load()) {
            anonPeak = std::max(anonPeak.load(), procStatusKiB("RssAnon:"));
            filePeak = std::max(filePeak.load(), procStatusKiB("RssFile:"));
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    });
    QElapsedTimer timer;
    timer.start();
    auto engine = draws.draw(system, 1);
    f.engineSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    drawing = false;
    sampler.join();
    if (!engine)
        return engine.error();
    f.engine = std::move(engine).value();
    f.bytesPerMember = static_cast<double>(anonPeak.load() - anonBefore) * 1024.0 / static_cast<double>(n);
    f.filePeakMiB = filePeak.load() / 1024;
    return f;
}

// The SQL baseline on one backend, after its draws.
Status sqlOn(BenchDatabase& where, const KeyFile& keys, qint64 quota, SelectionFigures& f)
{
    auto db = Database::open(where.location(), keys);
    if (!db)
        return db.error();
    return sqlDraw(*db.value(), benchSeed(), quota, CivilDate{2020, 4, 16}, f);
}

} // namespace

int benchSelection(CtlContext& ctx)
{
    const qint64 n = ctx.option(QStringLiteral("pool")).value_or(QStringLiteral("1000000")).toLongLong();
    const qint64 quota = ctx.option(QStringLiteral("quota")).value_or(QStringLiteral("164000")).toLongLong();
    const int rounds = ctx.option(QStringLiteral("rounds")).value_or(QStringLiteral("1")).toInt();
    const std::optional<QString> keep = ctx.option(QStringLiteral("keep"));
    const std::optional<QString> compare = ctx.option(QStringLiteral("compare"));
    const bool skipSql = ctx.flag(QStringLiteral("no-sql"));
    if (!ctx.finishArguments() || n < 1 || quota < 1 || n > 2'000'000'000 || rounds < 1
        || (compare && !DatabaseTarget::looksLikePostgres(*compare)))
        return ctx.usage(QStringLiteral(
            "usage: bench selection --pool N --quota Q [--rounds R] [--keep DIR] [--no-sql] [--compare"
            " postgresql://…]  (the engine's full draw, with its phases, beside the same draw as one SQL statement;"
            " with --db postgresql://…: on a scratch database made on that server; --compare: on a scratch SQLite"
            " file and on that server, the same pool and quota side by side, with the ratio PostgreSQL / SQLite;"
            " --rounds R: R draws on each side, alternating, and the median; --keep DIR keeps the pools (the"
            " SQLite file and key in DIR, the server's database prakerja_bench_selection) and reuses them)"));
    QTemporaryDir scratch;
    const QString dir = keep ? *keep : scratch.path();
    QDir().mkpath(dir);
    const QString sqlitePath = dir + QStringLiteral("/selection.db");
    const QString keyPath = dir + QStringLiteral("/selection.key");
    // A kept pool (the SQLite file in DIR, the server's prakerja_bench_selection) is reused with
    // the key file kept beside it; a new key file means new pools.
    const bool keptKey = keep && QFileInfo::exists(keyPath);
    auto keys = keptKey ? KeyFile::load(keyPath) : KeyFile::create(keyPath);
    if (!keys)
        return ctx.fail(keys.error());
    // With --compare: SQLite first, then the server, the same pool (same generator) and quota.
    const QStringList servers = compare ? QStringList{QString(), *compare} : QStringList{ctx.paths().database};
    std::vector<std::unique_ptr<BenchDatabase>> sides;
    for (const QString& server : servers) {
        sides.push_back(std::make_unique<BenchDatabase>(server, sqlitePath));
        BenchDatabase& where = *sides.back();
        if (keep)
            where.keepAs(QStringLiteral("prakerja_bench_selection"));
        if (const Status s = preparePool(ctx, where, keys.value(), keptKey && where.exists(), n); !s)
            return ctx.fail(s.error());
    }
    // The draws, the sides alternating round by round (the machine's other load falls on both).
    QTextStream& out = ctx.out();
    const bool both = sides.size() > 1;
    std::vector<std::vector<SelectionFigures>> draws(sides.size());
    for (int r = 0; r < rounds; ++r) {
        for (size_t i = 0; i < sides.size(); ++i) {
            auto figures = drawOnce(*sides[i], keys.value(), n, quota);
            if (!figures)
                return ctx.fail(figures.error());
            printEngine(out, both ? QStringLiteral("%1 ").arg(figures->backend, -11) : QString(), figures.value());
            out.flush();
            draws[i].push_back(std::move(figures).value());
        }
    }
    // Each side's median draw (by its time) stands for it.
    std::vector<SelectionFigures> runs;
    for (std::vector<SelectionFigures>& side : draws) {
        std::sort(side.begin(), side.end(), [](const SelectionFigures& a, const SelectionFigures& b) {
            return a.engineSeconds < b.engineSeconds;
        });
        runs.push_back(side[side.size() / 2]);
    }
    if (!skipSql)
        for (size_t i = 0; i < sides.size(); ++i)
            if (const Status s = sqlOn(*sides[i], keys.value(), quota, runs[i]); !s)
                return ctx.fail(s.error());
    if (both || rounds > 1) {
        out << '\n';
        for (size_t i = 0; i < runs.size(); ++i) {
            const QString who = both ? QStringLiteral("%1 ").arg(runs[i].backend, -11) : QString();
            if (rounds > 1) {
                QStringList times;
                for (const SelectionFigures& f : draws[i])
                    times << QString::number(f.engineSeconds, 'f', 2);
                out << who << "draws  : " << times.join(u' ') << " s; the median:\n";
            }
            printEngine(out, who, runs[i]);
        }
    }
    bool allSame = true;
    for (const SelectionFigures& f : runs) {
        if (!f.sqlRan)
            continue;
        const QString who = both ? QStringLiteral("%1 ").arg(f.backend, -11) : QString();
        out << who
            << QStringLiteral("sql    : the same draw as one statement (window functions) in %1 s; selected %2\n")
                   .arg(f.sqlSeconds, 0, 'f', 2)
                   .arg(f.sqlSelected);
        out << who
            << QStringLiteral("ratio  : engine %1x faster; same selected set: %2\n")
                   .arg(f.sqlSeconds / f.engineSeconds, 0, 'f', 1)
                   .arg(f.same ? QStringLiteral("yes") : QStringLiteral("NO"));
        allSame = allSame && f.same;
    }
    if (both) {
        const bool sameDraw = runs[0].engine.selectedIds == runs[1].engine.selectedIds
            && runs[0].engine.ranked == runs[1].engine.ranked;
        out << QStringLiteral("PostgreSQL / SQLite: engine draw %1x (%2 s / %3 s%4; the issue's target: within 2x);"
                              " same selected set on both: %5\n")
                   .arg(runs[1].engineSeconds / runs[0].engineSeconds, 0, 'f', 2)
                   .arg(runs[1].engineSeconds, 0, 'f', 2)
                   .arg(runs[0].engineSeconds, 0, 'f', 2)
                   .arg(rounds > 1 ? QStringLiteral(", medians of %1").arg(rounds) : QString())
                   .arg(sameDraw ? QStringLiteral("yes") : QStringLiteral("NO"));
        allSame = allSame && sameDraw;
    }
    return allSame ? kOk : kFailed;
}

} // namespace prakerja::ctl

// prakerjactl bench selection: the engine's full draw (load, filter, rank, write outcomes)
// beside the same draw as one SQL statement with window functions, on the same scratch pool.
// A benchmark, not a test: it prints figures and never fails on time.
#include "BenchCommands.h"

#include "domain/Timestamp.h"
#include "engine/SelectionEngine.h"
#include "services/DrawService.h"
#include "services/WaveService.h"
#include "store/BulkApplicantWriter.h"
#include "store/Database.h"
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

#include <array>
#include <atomic>
#include <chrono>
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

bool execNative(sqlite3* h, const char* sql)
{
    char* error = nullptr;
    if (sqlite3_exec(h, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        qWarning("%s: %s", sql, error);
        sqlite3_free(error);
        return false;
    }
    return true;
}

// Scratch pool: applicants with random blind ids and random bytes of the real ciphertexts'
// sizes (NIK and KK 45, email 51, phone 42 bytes; a name of 18 characters), so that rows are as
// wide as the feed's; families of about three, the funnel's verification shares, reference
// lists, all joined to wave 1.
bool buildPool(Database& db, qint64 n, QTextStream& out)
{
    sqlite3* h = db.native();
    execNative(h, "PRAGMA cache_size = -1000000");
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
    QElapsedTimer timer;
    timer.start();
    for (qint64 id = 1; id <= n; ++id) {
        if (id % 1'000'000 == 1) {
            if (id > 1)
                execNative(h, "COMMIT");
            execNative(h, "BEGIN");
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
        if (id % 1'000'000 == 0) {
            out << "  " << id << " applicants built (" << timer.elapsed() / 1000 << " s)\n";
            out.flush();
        }
    }
    execNative(h, "COMMIT");
    execNative(h, "PRAGMA wal_checkpoint(TRUNCATE)");
    return true;
}

} // namespace

int benchSelection(CtlContext& ctx)
{
    const qint64 n = ctx.option(QStringLiteral("pool")).value_or(QStringLiteral("1000000")).toLongLong();
    const qint64 quota = ctx.option(QStringLiteral("quota")).value_or(QStringLiteral("164000")).toLongLong();
    const std::optional<QString> keep = ctx.option(QStringLiteral("keep"));
    const bool skipSql = ctx.flag(QStringLiteral("no-sql"));
    if (!ctx.finishArguments() || n < 1 || quota < 1 || n > 2'000'000'000)
        return ctx.usage(QStringLiteral("usage: bench selection --pool N --quota Q [--keep DIR] [--no-sql]"));
    QTemporaryDir scratch;
    const QString dir = keep ? *keep : scratch.path();
    QDir().mkpath(dir);
    const QString dbPath = dir + QStringLiteral("/selection.db");
    const bool reuse = keep && QFileInfo::exists(dbPath);
    auto keys = reuse ? KeyFile::load(dir + QStringLiteral("/selection.key"))
                      : KeyFile::create(dir + QStringLiteral("/selection.key"));
    if (!keys)
        return ctx.fail(keys.error());
    const CivilDate closing{2020, 4, 16};
    {
        auto db = Database::open(dbPath, keys.value(), Database::OpenMode::CreateIfMissing);
        if (!db)
            return ctx.fail(db.error());
        if (!reuse) {
            ctx.out() << "building a scratch pool of " << n << " (not timed) …\n";
            ctx.out().flush();
            if (!buildPool(*db.value(), n, ctx.out()))
                return kFailed;
        }
    }
    // Each side gets a fresh wave on a fresh connection with default cache settings.
    auto db = Database::open(dbPath, keys.value());
    if (!db)
        return ctx.fail(db.error());
    const Session system = Session::system();
    WaveService waves(*db.value());
    DrawService draws(*db.value());
    db.value()->exec(QStringLiteral("DELETE FROM wave_outcome_chunks"));
    db.value()->exec(QStringLiteral("DELETE FROM wave_outcome_results"));
    db.value()->exec(QStringLiteral("DELETE FROM selections"));
    db.value()->exec(QStringLiteral("DELETE FROM waves"));
    // The deletes above leave the previous run's outcomes in the WAL; a live database checkpoints
    // continually, so each side starts from a checkpointed file.
    db.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    WaveDraft draft;
    draft.number = 1;
    draft.opensAt = 1586826000000; // 2020-04-14 08:00 WIB
    draft.closesAt = 1587027600000; // 2020-04-16 16:00 WIB
    draft.announceAt = draft.closesAt + Timestamp::kDay;
    draft.trainingStartsAt = draft.announceAt + Timestamp::kDay;
    draft.quota = quota;
    auto wave = waves.create(system, draft);
    if (!wave)
        return ctx.fail(wave.error());
    WaveRepository(*db.value()).setStatus(1, WaveStatus::Closed);
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
    const double engineSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    drawing = false;
    sampler.join();
    if (!engine)
        return ctx.fail(engine.error());
    const double bytesPerMember = static_cast<double>(anonPeak.load() - anonBefore) * 1024.0 / static_cast<double>(n);
    auto drawn = WaveRepository(*db.value()).get(1);
    const QByteArray seed = drawn ? drawn->seed : QByteArray();

    ctx.out() << QStringLiteral(
                     "engine : full draw of %1 in %2 s (load %3 s; evaluate %4 s + rank+quota %5 s on one thread"
                     " while the other writes the pool's inputs in %11 s; then outcomes %6 s);"
                     " selected %7; peak memory %8 B/member (engine arrays %9 B/member; mapped file pages %10 MiB)\n")
                     .arg(n)
                     .arg(engineSeconds, 0, 'f', 2)
                     .arg(engine->loadMs / 1000, 0, 'f', 2)
                     .arg(engine->evaluateMs / 1000, 0, 'f', 2)
                     .arg(engine->rankMs / 1000, 0, 'f', 2)
                     .arg(engine->writeMs / 1000, 0, 'f', 2)
                     .arg(engine->selected)
                     .arg(bytesPerMember, 0, 'f', 1)
                     .arg(static_cast<double>(engine->engineBytes) / static_cast<double>(n), 0, 'f', 1)
                     .arg(filePeak.load() / 1024)
                     .arg(engine->inputsMs / 1000, 0, 'f', 2);
    ctx.out().flush();
    if (skipSql)
        return kOk;

    // The same draw as one SQL statement: eligibility by CASE, priority by joins on the
    // reference lists, the family-card cap and the quota by ROW_NUMBER() windows.
    sqlite3* h = db.value()->native();
    sqlite3_create_function(h, "lottery", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, lotteryFunction, nullptr,
                            nullptr);
    execNative(h, "DROP TABLE IF EXISTS bench_sql_outcome");
    execNative(h,
               "CREATE TABLE bench_sql_outcome (applicant_id INTEGER, reason INTEGER, tier INTEGER, rank INTEGER,"
               " status INTEGER)");
    const int cutoff = (closing.year - 18) * 10000 + closing.month * 100 + closing.day;
    const QByteArray sql
        = QStringLiteral(
              "WITH p AS ("
              "  SELECT a.id, a.kk_bi,"
              "   CASE WHEN a.birth_date > %1 THEN 1 WHEN a.email_verified_at IS NULL THEN 2"
              "        WHEN a.nik_verified_at IS NULL THEN 3 WHEN a.phone_verified_at IS NULL THEN 4"
              "        WHEN d.nik_bi IS NOT NULL THEN 5 WHEN x.nik_bi IS NOT NULL THEN 6 ELSE 0 END AS reason,"
              "   CASE WHEN k.nik_bi IS NOT NULL THEN 0 WHEN a.segment IN (1, 2, 3) THEN 1"
              "        WHEN t.nik_bi IS NULL THEN 2 ELSE 3 END AS tier,"
              "   lottery(?1, a.nik_bi) AS lot"
              "  FROM wave_members w JOIN applicants a ON a.id = w.applicant_id"
              "  LEFT JOIN reference_lists d ON d.list = 1 AND d.nik_bi = a.nik_bi"
              "  LEFT JOIN reference_lists t ON t.list = 2 AND t.nik_bi = a.nik_bi"
              "  LEFT JOIN reference_lists k ON k.list = 3 AND k.nik_bi = a.nik_bi"
              "  LEFT JOIN reference_lists x ON x.list = 4 AND x.nik_bi = a.nik_bi"
              "  WHERE w.wave = 1),"
              " f AS (SELECT *, ROW_NUMBER() OVER (PARTITION BY reason = 0, kk_bi ORDER BY tier, lot, id) AS fam FROM "
              "p),"
              " r AS (SELECT *, CASE WHEN reason = 0 AND (kk_bi IS NULL OR fam <= 2) THEN"
              "   ROW_NUMBER() OVER (PARTITION BY reason = 0 AND (kk_bi IS NULL OR fam <= 2) ORDER BY tier, lot, id) "
              "END AS pos"
              "  FROM f)"
              " INSERT INTO bench_sql_outcome SELECT id, reason, tier, pos,"
              "  CASE WHEN pos <= %2 THEN 1 WHEN pos IS NOT NULL THEN 2 ELSE 0 END FROM r")
              .arg(cutoff)
              .arg(quota)
              .toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(h, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
        return ctx.fail(makeError(QStringLiteral("sql"), QString::fromUtf8(sqlite3_errmsg(h))));
    sqlite3_bind_blob(statement, 1, seed.constData(), static_cast<int>(seed.size()), SQLITE_TRANSIENT);
    timer.restart();
    execNative(h, "BEGIN IMMEDIATE");
    const int rc = sqlite3_step(statement);
    execNative(h, "COMMIT");
    const double sqlSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        return ctx.fail(makeError(QStringLiteral("sql"), QString::fromUtf8(sqlite3_errmsg(h))));

    // Same draw? Compare the selected sets.
    std::vector<quint32> sqlSelected;
    sqlite3_stmt* q = nullptr;
    sqlite3_prepare_v2(h, "SELECT applicant_id FROM bench_sql_outcome WHERE status = 1 ORDER BY applicant_id", -1, &q,
                       nullptr);
    while (sqlite3_step(q) == SQLITE_ROW)
        sqlSelected.push_back(static_cast<quint32>(sqlite3_column_int64(q, 0)));
    sqlite3_finalize(q);
    const bool same = sqlSelected == engine->selectedIds;
    ctx.out() << QStringLiteral("sql    : the same draw as one statement (window functions) in %1 s; selected %2\n")
                     .arg(sqlSeconds, 0, 'f', 2)
                     .arg(sqlSelected.size());
    ctx.out() << QStringLiteral("ratio  : engine %1x faster; same selected set: %2\n")
                     .arg(sqlSeconds / engineSeconds, 0, 'f', 1)
                     .arg(same ? QStringLiteral("yes") : QStringLiteral("NO"));
    return kOk;
}

} // namespace prakerja::ctl

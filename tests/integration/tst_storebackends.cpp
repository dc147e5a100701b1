// The store seam on both backends (docs/deployment.md): ctest runs this once on SQLite and once
// as `postgresql/integration/tst_storebackends` on the throwaway cluster. What `--db` accepts,
// the dialect's rewrites, the schema the migrations make (the same schema_version), and the
// commands that work on both: init, operators, settings, audit list and verify, key status;
// four writer processes at once leave exact counts and an intact audit chain.
#include "TestSupport.h"

#include "engine/FunnelTracker.h"
#include "store/CommitDetector.h"
#include "store/Database.h"
#include "store/DatabaseTarget.h"
#include "store/Migrations.h"
#include "store/NativeStatement.h"
#include "store/PostgresCommitDetector.h"
#include "store/SqlDialect.h"
#include "store/TrainingStore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <sqlite3.h>

using namespace prakerja;
using namespace prakerja::test;
using namespace Qt::StringLiterals;

namespace {
const QString kAdminPassword = QStringLiteral("kopi-tubruk-pagi-hari");
const QString kUserPassword = QStringLiteral("nasi-goreng-kampung-99");
} // namespace

class TestStoreBackends : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void targetParsing_data();
    void targetParsing();
    void passwordIsRefused_data();
    void passwordIsRefused();
    void dialectRewrites();
    void schemaIsTheSame();
    void reopenAppliesNothing();
    void commandsWork();
    void fourWritersAtOnce();
    void hotPathsAnswer();
    void secondSeatSeesIngest();
    void catalogueSearchIsIndexed();
    void unreachableServerInWords();

private:
    QList<QPair<QString, QString>> environment(const ScratchDatabase& scratch, const QTemporaryDir& home,
                                               const QString& user = QStringLiteral("admin"),
                                               const QString& password = kAdminPassword) const;
};

void TestStoreBackends::targetParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("conninfo");
    QTest::addColumn<QString>("described");
    QTest::newRow("path") << QStringLiteral("/home/siti/prakerja.db") << false << QString()
                          << QStringLiteral("SQLite /home/siti/prakerja.db");
    QTest::newRow("relative path with =")
        << QStringLiteral("data/a=b.db") << false << QString() << QStringLiteral("SQLite data/a=b.db");
    QTest::newRow("uri") << QStringLiteral("postgresql://konsol@db1.kemnaker.go.id:5433/prakerja?sslmode=verify-full")
                         << true
                         << QStringLiteral("host='db1.kemnaker.go.id' port='5433' user='konsol' dbname='prakerja'"
                                           " sslmode='verify-full'")
                         << QStringLiteral("PostgreSQL prakerja @ db1.kemnaker.go.id:5433");
    QTest::newRow("keywords") << QStringLiteral("host=/run/pg dbname=prakerja user=konsol") << true
                              << QStringLiteral("host='/run/pg' dbname='prakerja' user='konsol'")
                              << QStringLiteral("PostgreSQL prakerja @ /run/pg:5432");
    QTest::newRow("quoted keyword") << QStringLiteral("dbname='pra kerja' host=db1") << true
                                    << QStringLiteral("dbname='pra kerja' host='db1'")
                                    << QStringLiteral("PostgreSQL pra kerja @ db1:5432");
}

void TestStoreBackends::targetParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, postgres);
    QFETCH(QString, conninfo);
    QFETCH(QString, described);
    const auto target = DatabaseTarget::parse(text);
    QVERIFY(target.ok());
    QCOMPARE(target.value().isPostgres(), postgres);
    QCOMPARE(target.value().conninfo(), conninfo);
    QCOMPARE(target.value().describe(), described);
}

void TestStoreBackends::passwordIsRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("uri") << QStringLiteral("postgresql://konsol:rahasia@db1/prakerja");
    QTest::newRow("keywords") << QStringLiteral("host=db1 dbname=prakerja password=rahasia");
}

void TestStoreBackends::passwordIsRefused()
{
    QFETCH(QString, text);
    const auto target = DatabaseTarget::parse(text);
    QVERIFY(!target.ok());
    QCOMPARE(target.error().code, QStringLiteral("db_password_in_target"));
    QVERIFY(!target.error().message().contains(QStringLiteral("rahasia")));
}

void TestStoreBackends::dialectRewrites()
{
    using B = DatabaseTarget::Backend;
    const QString ignore = QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)");
    QCOMPARE(SqlDialect::dml(B::Sqlite, ignore), ignore);
    QCOMPARE(SqlDialect::dml(B::Postgres, ignore),
             QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    QCOMPARE(SqlDialect::dml(B::Postgres, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")),
             QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value ="
                            " excluded.value"));
    QCOMPARE(SqlDialect::dml(B::Postgres, QStringLiteral("PRAGMA foreign_keys=ON")), QString());
    QCOMPARE(
        SqlDialect::ddl(B::Postgres,
                        QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v BLOB NOT NULL) WITHOUT ROWID")),
        QStringLiteral("CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, v BYTEA NOT NULL)"));
    QCOMPARE(SqlDialect::ddl(B::Postgres, QStringLiteral("CREATE TABLE s (id INTEGER PRIMARY KEY CHECK (id = 1))")),
             QStringLiteral("CREATE TABLE s (id BIGINT PRIMARY KEY CHECK (id = 1))"));
    QCOMPARE(SqlDialect::ddl(B::Postgres, QStringLiteral("UPDATE applicants SET x = 1")), QString());
    QCOMPARE(SqlDialect::ddl(B::Postgres, QStringLiteral("INSERT INTO a (x) SELECT x FROM b")), QString());
    QCOMPARE(SqlDialect::ddl(B::Postgres, QStringLiteral("INSERT INTO a (x) VALUES (1)")),
             QStringLiteral("INSERT INTO a (x) VALUES (1)"));
}

void TestStoreBackends::schemaIsTheSame()
{
    ScratchDatabase scratch;
    Database& db = scratch.db();
    QCOMPARE(db.isPostgres(), testingPostgres());
    QCOMPARE(db.target().isPostgres(), testingPostgres());
    QCOMPARE(db.native() != nullptr, !testingPostgres());
    QCOMPARE(db.postgres() != nullptr, testingPostgres());
    int latest = 0;
    for (const Migration& m : sqliteMigrations())
        latest = std::max(latest, m.version);
    QCOMPARE(db.schemaVersion(), latest);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), int(sqliteMigrations().size()));
    // Every table of docs/architecture.md's owner table exists on both (the FTS index aside).
    QStringList tables = db.sql().tables();
    for (const char* table : {"meta",
                              "schema_version",
                              "applicants",
                              "applicant_draw",
                              "events",
                              "wave_members",
                              "reference_lists",
                              "reference_imports",
                              "reference_sources",
                              "name_tokens",
                              "name_index_state",
                              "tickets",
                              "request_outbox",
                              "platforms",
                              "trainings",
                              "training_history",
                              "training_categories",
                              "curation_dismissals",
                              "operators",
                              "audit_log",
                              "funnel_aggregates",
                              "funnel_state",
                              "purchases",
                              "payouts",
                              "wave_actuals",
                              "waves",
                              "budget_ledger",
                              "participants",
                              "wave_outcome_chunks",
                              "wave_outcome_results",
                              "selections",
                              "programme_settings"})
        QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
    // The migrations' seed rows are there on both.
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM platforms")).toInt(), 8);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM training_categories")).toInt(), 12);
    // The key check values were recorded, and a second key file is refused without a change.
    QVERIFY(db.scalar(QStringLiteral("SELECT COUNT(*) FROM meta WHERE key LIKE 'keycheck.%'")).toInt() >= 1);
    QTemporaryDir other;
    const auto wrong = KeyFile::create(other.filePath(QStringLiteral("other.key")));
    QVERIFY(wrong.ok());
    const auto refused = Database::open(scratch.dbPath(), wrong.value());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("wrong_key"));
    // Names compare without case on both (SQLite NOCASE, PostgreSQL's ICU `nocase`).
    QVERIFY(db.exec(QStringLiteral("INSERT INTO operators (name, role, password_hash, created_at, password_changed_at)"
                                   " VALUES ('Siti', 1, 'x', 0, 0)"))
                .ok());
    QVERIFY(!db.exec(QStringLiteral("INSERT INTO operators (name, role, password_hash, created_at, password_changed_at)"
                                    " VALUES ('SITI', 1, 'x', 0, 0)"))
                 .ok());
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM operators WHERE name = 'siti'")).toInt(), 1);
    // Transactions: inTransaction follows BEGIN and COMMIT on both.
    QVERIFY(!db.inTransaction());
    QVERIFY(db.beginImmediate());
    QVERIFY(db.inTransaction());
    QVERIFY(db.commit());
    QVERIFY(!db.inTransaction());
}

void TestStoreBackends::reopenAppliesNothing()
{
    ScratchDatabase scratch;
    const int migrations = scratch.db().scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt();
    scratch.reopen();
    QCOMPARE(scratch.db().scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), migrations);
}

QList<QPair<QString, QString>> TestStoreBackends::environment(const ScratchDatabase& scratch, const QTemporaryDir& home,
                                                              const QString& user, const QString& password) const
{
    return {
        {QStringLiteral("PRAKERJA_DB"), scratch.dbPath()},
        {QStringLiteral("PRAKERJA_KEY_FILE"), scratch.keyPath()},
        {QStringLiteral("PRAKERJA_USER"), user},
        {QStringLiteral("PRAKERJA_PASSWORD"), password},
        {QStringLiteral("PRAKERJA_NEW_PASSWORD"), kUserPassword},
        {QStringLiteral("PRAKERJA_LANG"), QStringLiteral("en")},
        {QStringLiteral("HOME"), home.path()},
        {QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config"))},
    };
}

void TestStoreBackends::commandsWork()
{
    ScratchDatabase scratch;
    scratch.close(); // the commands open it themselves
    QTemporaryDir home;
    const auto env = environment(scratch, home);
    const auto ctl = [&](const QStringList& args) { return runCtl(args, env); };
    CtlRun r = ctl({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")});
    QVERIFY2(r.code == 0, r.err.constData());
    r = ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("analis"), QStringLiteral("--role"),
             QStringLiteral("analyst")});
    QVERIFY2(r.code == 0, r.err.constData());
    r = ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ANALIS"), QStringLiteral("--role"),
             QStringLiteral("agent")});
    QVERIFY2(r.code != 0, "a name differing only in case was accepted");
    r = ctl({QStringLiteral("user"), QStringLiteral("list")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("analis"));
    QVERIFY(r.out.contains("analyst"));
    r = ctl(
        {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("LockoutFailures"), QStringLiteral("7")});
    QVERIFY2(r.code == 0, r.err.constData());
    r = ctl({QStringLiteral("settings"), QStringLiteral("list")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("LockoutFailures") && r.out.contains('7'), r.out.constData());
    // A wrong password is refused and counted; the right one still signs in.
    r = runCtl({QStringLiteral("user"), QStringLiteral("list")},
               environment(scratch, home, QStringLiteral("analis"), QStringLiteral("salah-sekali-kata-sandi")));
    QVERIFY(r.code != 0);
    r = runCtl({QStringLiteral("audit"), QStringLiteral("verify")},
               environment(scratch, home, QStringLiteral("analis"), kUserPassword));
    QCOMPARE(r.code, 4); // analysts may not verify: denied (exit 4), not a database error
    r = ctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"), QStringLiteral("operator")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("analis"), r.out.constData());
    r = ctl({QStringLiteral("key"), QStringLiteral("status")});
    QVERIFY2(r.code == 0, r.err.constData());
    r = ctl({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
}

void TestStoreBackends::fourWritersAtOnce()
{
    ScratchDatabase scratch;
    scratch.close();
    QTemporaryDir home;
    const auto env = environment(scratch, home);
    QVERIFY(runCtl({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}, env).code == 0);
    // Four processes, each adding five operators (each an operator row and an audit row in one
    // transaction) and changing a setting, all at the same time.
    constexpr int kWriters = 4, kEach = 5;
    QString script;
    for (int i = 0; i < kEach; ++i)
        script += QStringLiteral("\"$PRAKERJACTL\" user add w${W}o%1 --role agent >/dev/null || exit 1\n").arg(i);
    script += QStringLiteral("\"$PRAKERJACTL\" settings set IdleLockMinutes $((10 + W)) >/dev/null || exit 1\n");
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int w = 0; w < kWriters; ++w) {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
        pe.remove(QStringLiteral("DISPLAY"));
        for (const auto& [name, value] : env)
            pe.insert(name, value);
        pe.insert(QStringLiteral("W"), QString::number(w));
        p->setProcessEnvironment(pe);
        p->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
        writers.push_back(std::move(p));
    }
    for (auto& p : writers) {
        QVERIFY(p->waitForFinished(300'000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    }
    {
        auto db = Database::open(scratch.dbPath(), scratch.keys());
        QVERIFY(db.ok());
        Database& d = *db.value();
        QCOMPARE(d.scalar(QStringLiteral("SELECT COUNT(*) FROM operators")).toInt(), 1 + kWriters * kEach);
        QCOMPARE(d.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'operator.add'")).toInt(),
                 kWriters * kEach);
        QCOMPARE(d.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'settings.change'")).toInt(),
                 kWriters);
        // Ids are gapless and unique: one chain, no fork.
        QCOMPARE(d.scalar(QStringLiteral("SELECT COUNT(DISTINCT id) FROM audit_log")).toLongLong(),
                 d.scalar(QStringLiteral("SELECT MAX(id) FROM audit_log")).toLongLong());
    }
    const CtlRun verify = runCtl({QStringLiteral("audit"), QStringLiteral("verify")}, env);
    QVERIFY2(verify.code == 0, QByteArray(verify.out + verify.err).constData());
}

// Every command that once went through SQLite's native handle, on both backends: each either
// works with the same result or (on PostgreSQL, where it is not ported yet) is refused with the
// clear `postgres_unsupported` message; none crashes (runCtl reports a crash as -2).
void TestStoreBackends::hotPathsAnswer()
{
    ScratchDatabase scratch;
    scratch.close();
    QTemporaryDir home;
    const auto env = environment(scratch, home);
    const auto ctl = [&](const QStringList& args, const QByteArray& input = {}) { return runCtl(args, env, input); };
    const auto refusedOnPostgres
        = [](const CtlRun& r) { return r.code == 1 && r.err.contains("not available on a PostgreSQL database yet"); };
    QVERIFY(ctl({u"init"_s, u"--admin"_s, u"admin"_s}).code == 0);
    // 30 applicants through the feed: all verify email, 20 their NIK, 10 join wave 1.
    QByteArray feed;
    QStringList niks;
    for (int k = 1; k <= 30; ++k) {
        const CivilDate birth{1980 + k % 20, 1 + k % 12, 1 + k % 28};
        const QString nik = makeNik(birth, k % 2 ? Sex::Male : Sex::Female, k);
        niks << nik;
        feed += registeredLine(nik, u"orang%1@contoh.id"_s.arg(k), birth, u"2020-04-11T19:00:03+07:00"_s,
                               u"\"phone\":\"0812%1\",\"kk\":\"31710100000%2\""_s.arg(10000000 + k).arg(10000 + k))
            + '\n';
        feed += stageLine(u"email_verified"_s, nik) + '\n';
        if (k <= 20)
            feed += stageLine(u"nik_verified"_s, nik) + '\n';
        if (k <= 10)
            feed += stageLine(u"joined_batch"_s, nik, u"2020-04-12T10:00:00+07:00"_s, u"\"wave\":1"_s) + '\n';
    }
    feed += registeredLine(niks.first(), u"lain@contoh.id"_s, CivilDate{1981, 2, 2}) + '\n'; // NIK taken
    CtlRun r = ctl({u"ingest"_s, u"-"_s}, feed);
    QVERIFY2(r.code >= 0, "ingest crashed");
    QCOMPARE(r.code, 1); // the taken NIK is a reject
    QVERIFY2(r.err.contains("nik_taken") || r.out.contains("nik_taken"), QByteArray(r.out + r.err).constData());
    // The same feed again: every line a duplicate or the same reject, nothing new.
    r = ctl({u"ingest"_s, u"-"_s}, feed);
    QVERIFY2(r.code >= 0, "second ingest crashed");
    r = ctl({u"funnel"_s, u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject funnel = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(funnel.value(u"registered"_s).toInt(), 30);
    QCOMPARE(funnel.value(u"email_verified"_s).toInt(), 30);
    QCOMPARE(funnel.value(u"nik_verified"_s).toInt(), 20);
    QCOMPARE(funnel.value(u"joined_batch"_s).toInt(), 10);
    // The agents' lookup: by NIK (blind index) and by name (the token index).
    r = ctl({u"lookup"_s, u"--nik"_s, niks.at(4), u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("\"id\":5") || r.out.contains("\"id\": 5"), r.out.constData());
    r = ctl({u"index"_s, u"names"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    r = ctl({u"lookup"_s, u"--name"_s, u"siti amin"_s, u"--limit"_s, u"50"_s, u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.out.count("\"id\""), 30);
    r = ctl({u"applicant"_s, u"card"_s, u"5"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    // A reference list.
    const QString list = scratch.path(u"dtks.txt"_s);
    {
        QFile f(list);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write((niks.at(0) + u'\n' + niks.at(1) + u"\n1234\n"_s).toUtf8());
    }
    r = ctl({u"import"_s, u"reference"_s, u"dtks"_s, list});
    QVERIFY2(r.code >= 0, "reference import crashed");
    QVERIFY2(r.code == 1 && QByteArray(r.out + r.err).contains("accepted 2, duplicates 0, rejected 1"),
             QByteArray(r.out + r.err).constData());
    // The catalogue and its word search (FTS5 on SQLite, a tsvector on PostgreSQL).
    r = ctl({u"catalog"_s, u"demo"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    r = ctl({u"catalog"_s, u"list"_s, u"--search"_s, u"warung kopi"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("Manajemen Warung Kopi"), r.out.constData());
    r = ctl({u"catalog"_s, u"list"_s, u"--search"_s, u"kafe"_s, u"--json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    // The simulator writes through the feed path.
    r = ctl({u"simulate"_s, u"--registrations"_s, u"300"_s, u"--speed"_s, u"max"_s, u"--seed"_s, u"7"_s});
    QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
    // A wave and its draw.
    r = ctl({u"wave"_s, u"create"_s, u"--opens"_s, u"2020-04-11T08:00:00+07:00"_s, u"--closes"_s,
             u"2020-04-16T16:00:00+07:00"_s, u"--quota"_s, u"5"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(ctl({u"wave"_s, u"open"_s, u"1"_s}).code == 0);
    QVERIFY(ctl({u"wave"_s, u"close"_s, u"1"_s}).code == 0);
    r = ctl({u"wave"_s, u"draw"_s, u"1"_s});
    QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
    QVERIFY2(r.out.contains("selected 5"), r.out.constData());
    r = ctl({u"wave"_s, u"verify"_s, u"1"_s});
    QVERIFY2(r.code == 0 && r.out.startsWith("OK"), QByteArray(r.out + r.err).constData());
    r = ctl({u"wave"_s, u"announce"_s, u"1"_s});
    QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
    r = ctl({u"applicant"_s, u"card"_s, u"1"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    // Two administrators draw wave 2 at the same moment: one draw, the other refused, once.
    r = ctl({u"wave"_s, u"create"_s, u"--opens"_s, u"2020-04-17T08:00:00+07:00"_s, u"--closes"_s,
             u"2020-04-23T16:00:00+07:00"_s, u"--quota"_s, u"5"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(ctl({u"wave"_s, u"open"_s, u"2"_s}).code == 0);
    QVERIFY(ctl({u"wave"_s, u"close"_s, u"2"_s}).code == 0);
    std::vector<std::unique_ptr<QProcess>> admins;
    for (int i = 0; i < 2; ++i) {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
        pe.remove(u"DISPLAY"_s);
        for (const auto& [name, value] : env)
            pe.insert(name, value);
        p->setProcessEnvironment(pe);
        p->start(qEnvironmentVariable("PRAKERJACTL"), {u"wave"_s, u"draw"_s, u"2"_s});
        admins.push_back(std::move(p));
    }
    int drew = 0;
    for (auto& p : admins) {
        QVERIFY(p->waitForFinished(120'000));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        const QByteArray err = p->readAllStandardError();
        if (p->exitCode() == 0)
            ++drew;
        else
            QVERIFY2(err.contains("was just drawn by another operator") || err.contains("Wave 2 is drawn"),
                     err.constData());
    }
    QCOMPARE(drew, 1);
    // Key rotation.
    r = ctl({u"key"_s, u"rotate"_s});
    QVERIFY2(r.code >= 0, "key rotate crashed");
    QVERIFY2(r.code == 0 || refusedOnPostgres(r), QByteArray(r.out + r.err).constData());
    r = ctl({u"audit"_s, u"verify"_s});
    QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
    auto db = Database::open(scratch.dbPath(), KeyFile::load(scratch.keyPath()).value());
    QVERIFY(db.ok());
    QCOMPARE(db.value()
                 ->scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'wave.draw' AND target = 'wave:2'"_s)
                 .toInt(),
             1);
}

// Two processes on one database: this one is a seat watching the funnel (the dashboard's
// CommitDetector and FunnelTracker), another process ingests. The watching seat learns of the
// commit within a second of it (PostgreSQL: the writer's NOTIFY, not the 2 s counter check;
// SQLite: data_version) and its funnel then equals `prakerjactl funnel --json`.
void TestStoreBackends::secondSeatSeesIngest()
{
    ScratchDatabase scratch;
    QTemporaryDir home;
    const auto env = environment(scratch, home);
    scratch.close();
    QVERIFY(runCtl({u"init"_s, u"--admin"_s, u"admin"_s}, env).code == 0);
    scratch.reopen();
    Database& seat = scratch.db();
    auto detector = CommitDetector::forDatabase(seat);
    FunnelTracker tracker(seat);
    QVERIFY(tracker.load());
    QVERIFY(detector->poll().ok()); // the first call: always "changed"
    QVERIFY(tracker.refresh());
    // Quiet: nothing committed since.
    const auto quiet = detector->poll();
    QVERIFY(quiet.ok());
    QVERIFY(!quiet.value());
    QByteArray feed;
    for (int k = 1; k <= 40; ++k) {
        const CivilDate birth{1985, 1 + k % 12, 1 + k % 28};
        feed += registeredLine(makeNik(birth, Sex::Female, k), u"seat%1@contoh.id"_s.arg(k), birth) + '\n';
    }
    const CtlRun ingest = runCtl({u"ingest"_s, u"-"_s}, env, feed);
    QVERIFY2(ingest.code == 0, ingest.err.constData());
    QElapsedTimer sinceCommit;
    sinceCommit.start();
    bool changed = false;
    while (!changed && sinceCommit.elapsed() < 1000) {
        const auto polled = detector->poll();
        QVERIFY(polled.ok());
        changed = polled.value();
        if (!changed)
            QThread::msleep(20);
    }
    QVERIFY2(changed, "the other seat's commit was not seen within 1 s");
    if (testingPostgres()) {
        const auto* listener = dynamic_cast<const PostgresCommitDetector*>(detector.get());
        QVERIFY(listener);
        QVERIFY2(listener->notificationsSeen() > 0, "no NOTIFY reached the seat");
    }
    QVERIFY(tracker.refresh());
    QCOMPARE(tracker.snapshot().total(EventType::Registered), 40);
    const CtlRun funnel = runCtl({u"funnel"_s, u"--json"_s}, env);
    QVERIFY2(funnel.code == 0, funnel.err.constData());
    QCOMPARE(QJsonDocument::fromJson(funnel.out).object().value(u"registered"_s).toInt(), 40);
}

// PostgreSQL's word search has its GIN index (migration 31) on the very expression the store
// searches with (the planner uses an expression index only for the same expression); SQLite
// skips that statement (FTS5 is its index).
void TestStoreBackends::catalogueSearchIsIndexed()
{
    const QString statement = SqlDialect::postgresOnly(u"CREATE INDEX x ON t USING gin (c)"_s);
    QCOMPARE(SqlDialect::ddl(DatabaseTarget::Backend::Sqlite, statement), QString());
    QCOMPARE(SqlDialect::ddl(DatabaseTarget::Backend::Postgres, statement), u"CREATE INDEX x ON t USING gin (c)"_s);
    ScratchDatabase scratch;
    Database& db = scratch.db();
    if (!db.isPostgres()) {
        QCOMPARE(db.scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'trainings_search'"_s).toInt(), 0);
        return;
    }
    QCOMPARE(db.scalar(u"SELECT count(*) FROM pg_indexes WHERE indexname = 'trainings_search'"_s).toInt(), 1);
    // EXPLAIN cannot be prepared: run unprepared, on the store's own connection.
    QSqlQuery q(db.sql());
    QVERIFY(q.exec(u"SET enable_seqscan = off"_s));
    QVERIFY(q.exec(u"EXPLAIN SELECT t.id FROM trainings t WHERE "_s + TrainingStore::postgresSearchVector(u"t."_s)
                   + u" @@ to_tsquery('simple', 'kopi:*')"_s));
    QString text;
    while (q.next())
        text += q.value(0).toString() + u'\n';
    QVERIFY2(text.contains(u"trainings_search"_s), qPrintable(text));
    QVERIFY(q.exec(u"RESET enable_seqscan"_s));
}

// A server nobody answers at, and a connection the server has closed, are one Indonesian
// sentence with the code db_unreachable, not libpq's English (which goes to the log).
void TestStoreBackends::unreachableServerInWords()
{
    ScratchDatabase scratch;
    QTemporaryDir nowhere;
    const auto none
        = Database::open(u"host=%1 port=5432 user=prakerja dbname=prakerja"_s.arg(nowhere.path()), scratch.keys());
    QVERIFY(!none);
    QCOMPARE(none.error().code, u"db_unreachable"_s);
    QVERIFY2(none.error().message().contains(u"tidak terjangkau"_s), qPrintable(none.error().message()));
    QVERIFY(!none.error().message().contains(u"No such file"_s));
    Database& db = scratch.db();
    if (!db.isPostgres())
        return;
    QVERIFY(!db.exec(u"SELECT pg_terminate_backend(pg_backend_pid())"_s));
    const auto lost = db.exec(u"SELECT 1"_s);
    QVERIFY(!lost);
    QCOMPARE(lost.error().code, u"db_unreachable"_s);
    NativeStatement statement(db, "SELECT 1");
    QVERIFY(statement.step() != SQLITE_ROW);
    QCOMPARE(statement.error().code, u"db_unreachable"_s);
    QVERIFY2(statement.error().message().contains(u"tidak terjangkau"_s), qPrintable(statement.error().message()));
}

QTEST_GUILESS_MAIN(TestStoreBackends)

#include "tst_storebackends.moc"

// The registration feed end to end: store, migrations, keys, ingest rules and privacy at rest.
#include "TestStorage.h"

#include "domain/SelectionPool.h"
#include "domain/Timestamp.h"
#include "engine/FunnelTracker.h"
#include "io/FeedIngestor.h"
#include "io/ReferenceImporter.h"
#include "security/PiiCipher.h"
#include "services/DrawService.h"
#include "services/FeedService.h"
#include "services/WaveService.h"
#include "store/DrawInputs.h"
#include "store/Migrations.h"
#include "store/ReferenceImportStore.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>
#include <algorithm>

using namespace prakerja;
using namespace prakerja::test;

namespace {

using Run = IngestRun;

Run ingest(Database& db, const QByteArray& feed)
{
    return ingestFeed(db, feed, 3);
}

qint64 count(Database& db, const char* table)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1StringView(table)).toLongLong();
}

const CivilDate kBirth{1990, 5, 15};
const QString kNik = Nik::compose(317101, kBirth, Sex::Male, 1);

} // namespace

class TestIngest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void migratesEmptyFile();
    void appliesAMigrationNumberedBelowTheNewest();
    void upgradesTheSelectionTables();
    void acceptsAFullJourney();
    void replayChangesNothing();
    void joinsOnlyWhileTheWaveIsOpen();
    void rejectsWithLineAndReason_data();
    void rejectsWithLineAndReason();
    void rejectedLinesLeaveNoTrace();
    void wrongKeyRefusedAndNothingChanged();
    void rawFilesHoldNoPii();
    void referenceListsValidateAndDeduplicate();
    void referenceListsReachTheDrawInputs();
    void referenceImportTakenBack();
    void interruptedImportTakenOverByItsRerun();
    void blankAndCrlfLines();
    void storageFailureRollsBackTheBatch();
    void backgroundCheckpointCopiesTheWal();
    void slowFeedCommittedWhileItArrives();
};

void TestIngest::migratesEmptyFile()
{
    bool announced = false; // creating a database is not an upgrade
    Database::setMigrationNotice([&](int, const QString&) { announced = true; });
    ScratchDatabase s;
    Database::setMigrationNotice({});
    QVERIFY(!announced);
    // The newest version (the list is appended to in the order areas land, not by number).
    const auto newest = std::max_element(sqliteMigrations().cbegin(), sqliteMigrations().cend(),
                                         [](const Migration& a, const Migration& b) { return a.version < b.version; });
    QCOMPARE(s.db().schemaVersion(), newest->version);
    QCOMPARE(s.db().scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(),
             int(sqliteMigrations().size()));
    if (!testingPostgres()) {
        QCOMPARE(s.db().scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(s.db().scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    }
    const int version = s.db().schemaVersion();
    s.reopen(); // re-applying is a no-op
    QCOMPARE(s.db().schemaVersion(), version);
    QCOMPARE(s.db().scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(),
             int(sqliteMigrations().size()));
}

void TestIngest::appliesAMigrationNumberedBelowTheNewest()
{
    if (testingPostgres())
        QSKIP("the fixture drops a table that other tables' foreign keys name, which PostgreSQL refuses; the"
              " order of applying is the same code on both backends");
    ScratchDatabase s;
    // As if migration 2 had been written after a database already had the later ones.
    QVERIFY(s.db().exec(QStringLiteral("DROP TABLE operators")).ok());
    QVERIFY(s.db().exec(QStringLiteral("DELETE FROM schema_version WHERE version = 2")).ok());
    s.reopen();
    QVERIFY(s.db().exec(QStringLiteral("SELECT COUNT(*) FROM operators")).ok());
    QCOMPARE(s.db().scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version WHERE version = 2")).toInt(), 1);
}

void TestIngest::upgradesTheSelectionTables()
{
    // A database as migration 8 left it: the draw inputs in an applicants column, selections
    // keyed by rank. Migrations 9 and 10 move both without losing a value.
    if (testingPostgres())
        QSKIP("a PostgreSQL database is always created at the current schema: migrations' data conversions of"
              " older SQLite layouts do not run there (docs/deployment.md, \"Dialect\")");
    ScratchDatabase s;
    QByteArray feed
        = registeredLine(kNik, QStringLiteral("a@example.id"), kBirth, QStringLiteral("2020-04-11T19:00:03+07:00"),
                         QStringLiteral(R"("kk":"3171010101150001")"))
        + '\n';
    feed += stageLine(QStringLiteral("email_verified"), kNik) + '\n';
    feed += registeredLine(makeNik(CivilDate{1985, 1, 2}, Sex::Female, 7), QStringLiteral("b@example.id"),
                           CivilDate{1985, 1, 2})
        + '\n';
    QCOMPARE(ingest(s.db(), feed).summary.accepted, 3);
    for (const char* sql : {
             "DROP TABLE applicant_draw",
             "ALTER TABLE applicants ADD COLUMN draw_inputs INTEGER NOT NULL DEFAULT 0",
             "DROP TABLE selections",
             "CREATE TABLE selections (wave INTEGER NOT NULL, rank INTEGER NOT NULL, applicant_id INTEGER NOT NULL,"
             " province INTEGER NOT NULL, tier INTEGER NOT NULL, status INTEGER NOT NULL,"
             " reason INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (wave, rank)) WITHOUT ROWID",
             "CREATE INDEX selections_applicant ON selections(applicant_id)",
             "INSERT INTO selections VALUES (1, 7, 2, 31, 1, 1, 0)",
             "DELETE FROM schema_version WHERE version IN (9, 10)",
         })
        QVERIFY2(s.db().exec(QString::fromLatin1(sql)).ok(), sql);
    QVERIFY(s.db()
                .exec(QStringLiteral("UPDATE applicants SET draw_inputs = ")
                      + QLatin1StringView(DrawInputs::kExpressionSql))
                .ok());
    QList<int> announced; // the CLI and the console say what they upgrade
    Database::setMigrationNotice([&](int version, const QString&) { announced << version; });
    s.reopen();
    Database::setMigrationNotice({});
    QCOMPARE(announced, QList<int>({9, 10}));
    QCOMPARE(s.db().scalar(QStringLiteral("SELECT COUNT(*) FROM applicant_draw")).toInt(), 2);
    QCOMPARE(s.db().scalar(QLatin1StringView(DrawInputs::kDriftSql)).toInt(), 0);
    QCOMPARE(s.db()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('applicants')"
                                        " WHERE name = 'draw_inputs'"))
                 .toInt(),
             0);
    QCOMPARE(s.db().scalar(QStringLiteral("SELECT rank FROM selections WHERE wave = 1 AND applicant_id = 2")).toInt(),
             7);
}

void TestIngest::acceptsAFullJourney()
{
    ScratchDatabase s;
    QByteArray feed;
    feed
        += registeredLine(kNik, QStringLiteral("Siti@Example.id"), kBirth, QStringLiteral("2020-04-11T19:00:03+07:00"),
                          QStringLiteral(R"("kk":"3171010101150001","phone":"+62 812-3456-7890","segment":"laid_off")"))
        + '\n';
    feed += stageLine(QStringLiteral("email_verified"), kNik) + '\n';
    feed += stageLine(QStringLiteral("nik_verified"), kNik) + '\n';
    feed += stageLine(QStringLiteral("phone_verified"), kNik) + '\n';
    feed += stageLine(QStringLiteral("test_completed"), kNik, QStringLiteral("2020-04-11T21:00:00+07:00"),
                      QStringLiteral(R"("score":87)"))
        + '\n';
    feed += stageLine(QStringLiteral("joined_batch"), kNik, QStringLiteral("2020-04-11T22:00:00+07:00"),
                      QStringLiteral(R"("wave":1)"))
        + '\n';
    const Run run = ingest(s.db(), feed);
    QCOMPARE(run.summary.accepted, 6);
    QCOMPARE(run.summary.rejected, 0);
    QCOMPARE(count(s.db(), "applicants"), 1);
    QCOMPARE(count(s.db(), "events"), 6);
    QCOMPARE(count(s.db(), "wave_members"), 1);
    for (EventType stage : kFunnelStages)
        QCOMPARE(stageTotal(s.db(), stage), 1);
    // Derived, non-personal fields are in the clear; times are UTC.
    auto q = s.db()
                 .exec(QStringLiteral("SELECT sex, birth_date, province, regency, district, segment, registered_at,"
                                      " test_score, last_wave, nik_ct, email_ct, phone_ct, nik_bi FROM applicants"))
                 .value();
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), int(Sex::Male));
    QCOMPARE(q.value(1).toInt(), 19900515);
    QCOMPARE(q.value(2).toInt(), 31);
    QCOMPARE(q.value(3).toInt(), 3171);
    QCOMPARE(q.value(4).toInt(), 317101);
    QCOMPARE(q.value(5).toInt(), int(Segment::LaidOff));
    QCOMPARE(q.value(6).toLongLong(), 1586606403000); // 2020-04-11T12:00:03Z
    QCOMPARE(q.value(7).toInt(), 87);
    QCOMPARE(q.value(8).toInt(), 1);
    PiiCipher cipher(s.keys());
    const QByteArray bi = q.value(12).toByteArray();
    QCOMPARE(cipher.decrypt(PiiField::Nik, q.value(9).toByteArray(), bi).value(), kNik.toLatin1());
    QCOMPARE(cipher.decrypt(PiiField::Email, q.value(10).toByteArray(), bi).value(), QByteArray("Siti@Example.id"));
    QCOMPARE(cipher.decrypt(PiiField::Phone, q.value(11).toByteArray(), bi).value(), QByteArray("6281234567890"));
    // The selection engine's packed inputs follow every stage (store/DrawInputs.h).
    const qint64 inputs = s.db().scalar(QStringLiteral("SELECT inputs FROM applicant_draw")).toLongLong();
    QCOMPARE(inputs,
             DrawInputs::pack(int(Sex::Male), 31, int(Segment::LaidOff), 19900515) | DrawInputs::kEmailVerified
                 | DrawInputs::kNikVerified | DrawInputs::kPhoneVerified);
    QCOMPARE(s.db().scalar(QLatin1StringView(DrawInputs::kDriftSql)).toInt(), 0);
    // Exact lookup by blind index of the normalised value.
    QCOMPARE(s.db()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM applicants WHERE email_bi = ?"),
                         {cipher.blindIndex(PiiField::Email, PiiCipher::normaliseEmail(u"siti@example.ID"))})
                 .toInt(),
             1);
}

void TestIngest::joinsOnlyWhileTheWaveIsOpen()
{
    ScratchDatabase s;
    WaveService waves(s.db());
    DrawService draws(s.db());
    WaveDraft d;
    d.number = 1;
    d.opensAt = *Timestamp::parseIso8601(u"2020-04-11T12:00:00+07:00");
    d.closesAt = *Timestamp::parseIso8601(u"2020-04-16T16:00:00+07:00");
    d.announceAt = d.closesAt + Timestamp::kDay;
    d.trainingStartsAt = d.announceAt + Timestamp::kDay;
    QVERIFY(waves.create(Session::system(), d));
    const QString nik1 = Nik::compose(317101, kBirth, Sex::Male, 1), nik2 = Nik::compose(317101, kBirth, Sex::Male, 2),
                  nik3 = Nik::compose(317101, kBirth, Sex::Male, 3);
    const auto join = [](const QString& nik, const char* at, int wave = 1) -> QByteArray {
        return stageLine(QStringLiteral("joined_batch"), nik, QString::fromLatin1(at),
                         QStringLiteral(R"("wave":%1)").arg(wave))
            + '\n';
    };
    QByteArray feed;
    int serial = 0;
    for (const QString& nik : {nik1, nik2, nik3})
        feed += registeredLine(nik, QStringLiteral("p%1@contoh.id").arg(++serial), kBirth,
                               QStringLiteral("2020-04-11T13:00:00+07:00"))
            + '\n';
    feed += join(nik1, "2020-04-12T10:00:00+07:00"); // line 4: planned, not open yet
    Run run = ingest(s.db(), feed);
    QCOMPARE(run.rejects, (QList<QPair<qint64, QString>>{{4, QStringLiteral("wave_not_open")}}));
    QVERIFY(waves.open(Session::system(), 1));
    feed = join(nik1, "2020-04-12T10:00:00+07:00"); // line 1: open, inside the dates
    feed += join(nik3, "2020-04-16T16:00:01+07:00"); // line 2: a second after the close
    feed += join(nik2, "2020-04-11T11:59:59+07:00"); // line 3: before the opening
    feed += join(nik2, "2020-04-12T10:00:00+07:00", 9); // line 4: a wave the console does not know
    run = ingest(s.db(), feed);
    QCOMPARE(run.summary.accepted, 2);
    QCOMPARE(
        run.rejects,
        (QList<QPair<qint64, QString>>{{2, QStringLiteral("wave_not_open")}, {3, QStringLiteral("wave_not_open")}}));
    QVERIFY(waves.close(Session::system(), 1));
    feed = join(nik2, "2020-04-13T10:00:00+07:00"); // line 1: closed, though inside the dates
    feed += join(nik1, "2020-04-12T10:00:00+07:00"); // line 2: the replay of an accepted join
    run = ingest(s.db(), feed);
    QCOMPARE(run.summary.duplicates, 1);
    QCOMPARE(run.rejects, (QList<QPair<qint64, QString>>{{1, QStringLiteral("wave_not_open")}}));
    QCOMPARE(s.db().scalar(QStringLiteral("SELECT COUNT(*) FROM wave_members WHERE wave = 1")).toInt(), 1);
    // A join stored after the close before the feed refused them: reported, and not in the pool.
    QVERIFY(s.db()
                .exec(QStringLiteral("INSERT INTO wave_members (wave, applicant_id, joined_at)"
                                     " SELECT 1, id, ? FROM applicants WHERE id NOT IN"
                                     " (SELECT applicant_id FROM wave_members WHERE wave = 1)"),
                      {d.closesAt + 60'000})
                .ok());
    auto late = waves.check(Session::system(), 1);
    QVERIFY(late);
    QCOMPARE(late->count, 2);
    QCOMPARE(late->earliest, d.closesAt + 60'000);
    auto dry = draws.dryRun(Session::system(), 1);
    QVERIFY(dry);
    QCOMPARE(dry->pool, 1);
}

void TestIngest::replayChangesNothing()
{
    ScratchDatabase s;
    QByteArray feed;
    for (int i = 1; i <= 20; ++i) {
        const QString nik = Nik::compose(317101, kBirth, Sex::Female, i);
        feed += registeredLine(nik, QStringLiteral("p%1@example.id").arg(i), kBirth) + '\n';
        feed += stageLine(QStringLiteral("email_verified"), nik) + '\n';
        feed += stageLine(QStringLiteral("nik_rejected"), nik, QStringLiteral("2020-04-11T20:30:00+07:00"),
                          QStringLiteral(R"("reason":"not_found")"))
            + '\n';
        feed += stageLine(QStringLiteral("joined_batch"), nik, QStringLiteral("2020-04-11T22:00:00+07:00"),
                          QStringLiteral(R"("wave":2)"))
            + '\n';
    }
    const Run first = ingest(s.db(), feed);
    QCOMPARE(first.summary.accepted, 80);
    // Ingest lets the WAL grow between checkpoints, and only while it runs.
    if (!testingPostgres())
        QCOMPARE(s.db().scalar(QStringLiteral("PRAGMA wal_autocheckpoint")).toInt(), Database::kDefaultCheckpointPages);
    const auto before = FunnelTracker::recompute(s.db());
    QVERIFY(before.ok());
    const qint64 events = count(s.db(), "events");
    const Run second = ingest(s.db(), feed);
    QCOMPARE(second.summary.accepted, 0);
    QCOMPARE(second.summary.duplicates, 80);
    QCOMPARE(second.summary.rejected, 0);
    QCOMPARE(count(s.db(), "events"), events);
    QCOMPARE(count(s.db(), "applicants"), 20);
    const auto after = FunnelTracker::recompute(s.db());
    QVERIFY(after.ok());
    QVERIFY(after.value() == before.value());
}

void TestIngest::rejectsWithLineAndReason_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("code");
    const QString other = Nik::compose(317101, kBirth, Sex::Male, 2);
    QTest::newRow("malformed json") << QByteArray(R"({"event":"registered",)") << "malformed_json";
    QTest::newRow("not an object") << QByteArray("[]") << "malformed_json";
    QTest::newRow("missing nik") << QByteArray(R"({"event":"email_verified","at":"2020-04-11T19:00:03+07:00"})")
                                 << "missing_field";
    QTest::newRow("missing email") << QByteArray(R"({"event":"registered","at":"2020-04-11T19:00:03+07:00","nik":")"
                                                 + other.toLatin1() + R"(","name":"A","birth_date":"1990-05-15"})")
                                   << "missing_field";
    QTest::newRow("missing at") << QByteArray(R"({"event":"email_verified","nik":"3171011505900001"})")
                                << "missing_field";
    QTest::newRow("unknown event") << stageLine(QStringLiteral("signed_up"), kNik) << "unknown_event";
    QTest::newRow("time without offset") << stageLine(QStringLiteral("email_verified"), kNik,
                                                      QStringLiteral("2020-04-11T19:00:03"))
                                         << "invalid_field";
    QTest::newRow("invalid nik region") << registeredLine(QStringLiteral("9971011505900001"), QStringLiteral("x@y.id"),
                                                          kBirth)
                                        << "nik_province";
    QTest::newRow("invalid nik length") << registeredLine(QStringLiteral("317101150590001"), QStringLiteral("x@y.id"),
                                                          kBirth)
                                        << "nik_length";
    QTest::newRow("birth date contradicts nik")
        << registeredLine(other, QStringLiteral("x@y.id"), CivilDate{1990, 5, 16}) << "birth_date_mismatch";
    QTest::newRow("nik taken") << registeredLine(kNik, QStringLiteral("someone.else@y.id"), kBirth) << "nik_taken";
    QTest::newRow("email taken") << registeredLine(other, QStringLiteral("first@example.id"), kBirth) << "email_taken";
    QTest::newRow("unknown nik") << stageLine(QStringLiteral("email_verified"), other) << "unknown_nik";
    QTest::newRow("score out of range") << stageLine(QStringLiteral("test_completed"), kNik,
                                                     QStringLiteral("2020-04-11T21:00:00+07:00"),
                                                     QStringLiteral(R"("score":101)"))
                                        << "invalid_field";
    QTest::newRow("wave not a number") << stageLine(QStringLiteral("joined_batch"), kNik,
                                                    QStringLiteral("2020-04-11T21:00:00+07:00"),
                                                    QStringLiteral(R"("wave":"one")"))
                                       << "invalid_field";
    QTest::newRow("unknown segment") << registeredLine(other, QStringLiteral("new@y.id"), kBirth,
                                                       QStringLiteral("2020-04-11T19:00:03+07:00"),
                                                       QStringLiteral(R"("segment":"retired")"))
                                     << "invalid_field";
    QTest::newRow("bad phone") << registeredLine(other, QStringLiteral("new@y.id"), kBirth,
                                                 QStringLiteral("2020-04-11T19:00:03+07:00"),
                                                 QStringLiteral(R"("phone":"021-555-1234")"))
                               << "invalid_field";
    QTest::newRow("bad email") << registeredLine(other, QStringLiteral("not-an-email"), kBirth) << "invalid_field";
}

void TestIngest::rejectsWithLineAndReason()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, code);
    ScratchDatabase s;
    QByteArray feed = registeredLine(kNik, QStringLiteral("first@example.id"), kBirth) + '\n';
    feed += '\n'; // line 2 is blank: line numbers count it
    feed += line + '\n'; // line 3
    feed += stageLine(QStringLiteral("email_verified"), kNik) + '\n'; // the rest still goes in
    const Run run = ingest(s.db(), feed);
    QCOMPARE(run.summary.accepted, 2);
    QCOMPARE(run.summary.rejected, 1);
    QCOMPARE(run.rejects.size(), 1);
    QCOMPARE(run.rejects[0].first, 3);
    QCOMPARE(run.rejects[0].second, code);
}

void TestIngest::rejectedLinesLeaveNoTrace()
{
    ScratchDatabase s;
    QByteArray feed = registeredLine(kNik, QStringLiteral("first@example.id"), kBirth) + '\n';
    feed += registeredLine(kNik, QStringLiteral("second@example.id"), kBirth,
                           QStringLiteral("2020-04-11T19:05:00+07:00"))
        + '\n';
    const Run run = ingest(s.db(), feed);
    QCOMPARE(run.summary.rejected, 1);
    QCOMPARE(count(s.db(), "applicants"), 1);
    QCOMPARE(count(s.db(), "events"), 1);
    QCOMPARE(stageTotal(s.db(), EventType::Registered), 1);
}

void TestIngest::wrongKeyRefusedAndNothingChanged()
{
    ScratchDatabase s;
    ingest(s.db(), registeredLine(kNik, QStringLiteral("first@example.id"), kBirth) + '\n');
    s.close();
    // SQLite: the stored bytes (file and WAL). PostgreSQL: every table's rows, read through a
    // connection with the right key (the server's pages change by themselves: hint bits, vacuum).
    const auto fingerprint = [&] {
        if (!testingPostgres())
            return storedBytes(s);
        s.reopen();
        QByteArray rows;
        auto tables = s.db().exec(QStringLiteral("SELECT table_name FROM information_schema.tables"
                                                 " WHERE table_schema = 'public' ORDER BY 1"));
        QStringList names;
        while (tables.ok() && tables.value().next())
            names << tables.value().value(0).toString();
        for (const QString& table : std::as_const(names))
            rows += table.toUtf8() + ':'
                + s.db()
                      .scalar(QStringLiteral("SELECT md5(COALESCE(string_agg(t::text, '|' ORDER BY t::text), ''))"
                                             " FROM %1 t")
                                  .arg(table))
                      .toByteArray()
                + '\n';
        s.close();
        return rows;
    };
    const QByteArray before = fingerprint();
    QVERIFY(!before.isEmpty());
    QTemporaryDir other;
    const KeyFile wrong = KeyFile::create(other.filePath(QStringLiteral("w.key"))).value();
    const auto opened = Database::open(s.dbPath(), wrong, Database::OpenMode::MustExist);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("wrong_key"));
    QVERIFY(!opened.error().message().isEmpty());
    QVERIFY(fingerprint() == before);
}

void TestIngest::rawFilesHoldNoPii()
{
    ScratchDatabase s;
    QByteArray feed;
    QList<QByteArray> secrets;
    for (int i = 1; i <= 200; ++i) {
        const QString nik = Nik::compose(327301, CivilDate{1985, 1, 1 + i % 28}, Sex::Male, i);
        const QString kk = QStringLiteral("32730101011%1").arg(i, 5, 10, QLatin1Char('0'));
        const QString email = QStringLiteral("warga.%1@contoh.id").arg(i);
        const QString phone = QStringLiteral("0813%1").arg(10000000 + i);
        feed += registeredLine(nik, email, CivilDate{1985, 1, 1 + i % 28}, QStringLiteral("2020-04-11T19:00:03+07:00"),
                               QStringLiteral(R"("kk":"%1","phone":"%2")").arg(kk, phone))
            + '\n';
        secrets << nik.toLatin1() << kk.toLatin1() << email.toLatin1() << phone.toLatin1()
                << PiiCipher::normalisePhone(phone);
    }
    QBuffer reference;
    reference.setData(secrets[0] + '\n' + secrets[5] + '\n');
    reference.open(QIODevice::ReadOnly);
    QVERIFY(ReferenceImporter(s.db(), ReferenceList::Kemnaker).import(reference).ok());
    QCOMPARE(ingest(s.db(), feed).summary.accepted, 200);
    // Read the files while the connection is open, so that the WAL is there too.
    const QByteArray raw = storedBytes(s);
    QVERIFY(raw.size() > 100'000);
    for (const QByteArray& secret : secrets)
        QVERIFY2(!raw.contains(secret), secret.constData());
    // Names are encrypted too (migration 11), and their search tokens are keyed hashes.
    QVERIFY(!raw.contains("Siti Aminah"));
    QVERIFY(!raw.contains("Aminah"));
}

void TestIngest::referenceListsValidateAndDeduplicate()
{
    ScratchDatabase s;
    QBuffer csv;
    csv.setData("nama,nik\n\"Budi, S.Kom\"," + kNik.toLatin1() + "\nAni,31710115059000\nAgus," + kNik.toLatin1()
                + "\n");
    csv.open(QIODevice::ReadOnly);
    QList<QPair<qint64, QString>> rejects;
    ReferenceImporter importer(s.db(), ReferenceList::Dtks);
    importer.setRejectSink([&](qint64 line, const Error& e) { rejects.append({line, e.code}); });
    const Result<IngestSummary> result = importer.import(csv);
    QVERIFY(result.ok());
    QCOMPARE(result->accepted, 1);
    QCOMPARE(result->duplicates, 1);
    QCOMPARE(result->rejected, 1);
    QCOMPARE(rejects.value(0), qMakePair(qint64(3), QStringLiteral("nik_length")));
    csv.seek(0);
    QCOMPARE(ReferenceImporter(s.db(), ReferenceList::Dtks).import(csv)->accepted, 0); // replay
    QCOMPARE(count(s.db(), "reference_lists"), 1);
}

void TestIngest::referenceListsReachTheDrawInputs()
{
    // A list imported before the registration and one imported after both end up in the
    // applicant's packed selection inputs, as the rebuild statement would compute them.
    ScratchDatabase s;
    const QString other = makeNik(CivilDate{1985, 1, 2}, Sex::Female, 7);
    const auto importList = [&](ReferenceList list, const QString& nik) {
        QBuffer file;
        file.setData(nik.toLatin1() + '\n');
        file.open(QIODevice::ReadOnly);
        QCOMPARE(ReferenceImporter(s.db(), list).import(file)->accepted, 1);
    };
    importList(ReferenceList::Kemnaker, kNik);
    QByteArray feed = registeredLine(kNik, QStringLiteral("a@example.id"), kBirth) + '\n';
    feed += registeredLine(other, QStringLiteral("b@example.id"), CivilDate{1985, 1, 2}) + '\n';
    QCOMPARE(ingest(s.db(), feed).summary.accepted, 2);
    importList(ReferenceList::Dtks, other);
    importList(ReferenceList::Exclusion, kNik);
    const auto lists = [&](int id) {
        return DrawInputs::lists(
            s.db()
                .scalar(QStringLiteral("SELECT inputs FROM applicant_draw WHERE applicant_id = ?"), {id})
                .toLongLong());
    };
    QCOMPARE(lists(1), quint8(SelectionPool::OnKemnaker | SelectionPool::OnExclusion));
    QCOMPARE(lists(2), quint8(SelectionPool::OnDtks));
    QCOMPARE(s.db().scalar(QLatin1StringView(DrawInputs::kDriftSql)).toInt(), 0);
}

void TestIngest::referenceImportTakenBack()
{
    // A wrongly imported list is taken back: the list and the applicants' draw inputs are as they
    // were before it, NIKs an earlier import brought stay, and both steps are audited.
    ScratchDatabase s;
    const QString other = makeNik(CivilDate{1985, 1, 2}, Sex::Female, 7);
    QByteArray feed = registeredLine(kNik, QStringLiteral("a@example.id"), kBirth) + '\n';
    feed += registeredLine(other, QStringLiteral("b@example.id"), CivilDate{1985, 1, 2}) + '\n';
    QCOMPARE(ingest(s.db(), feed).summary.accepted, 2);
    FeedService service(s.db(), Session::system());
    const auto importNiks = [&](const QStringList& niks) {
        QTemporaryFile file;
        file.open();
        file.write((niks.join(u'\n') + u'\n').toLatin1());
        file.seek(0);
        auto result = service.importReference(ReferenceList::Dtks, file, {});
        return result ? result.value() : IngestSummary{};
    };
    const IngestSummary first = importNiks({kNik});
    QCOMPARE(first.accepted, 1);
    const qint64 inputsBefore
        = s.db().scalar(QStringLiteral("SELECT SUM(inputs) FROM applicant_draw")).toLongLong(); // kNik on DTKS
    const IngestSummary wrong = importNiks({kNik, other}); // kNik again (a duplicate), other new
    QCOMPARE(wrong.accepted, 1);
    QCOMPARE(wrong.duplicates, 1);
    QVERIFY(wrong.importId > first.importId);
    QVERIFY(s.db().scalar(QStringLiteral("SELECT SUM(inputs) FROM applicant_draw")).toLongLong() != inputsBefore);
    auto removed = service.removeReferenceImport(wrong.importId);
    QVERIFY2(removed, removed ? "" : qPrintable(removed.error().message()));
    QCOMPARE(removed->accepted, 1);
    QCOMPARE(s.db().scalar(QStringLiteral("SELECT COUNT(*) FROM reference_lists")).toInt(), 1);
    QCOMPARE(s.db().scalar(QStringLiteral("SELECT SUM(inputs) FROM applicant_draw")).toLongLong(), inputsBefore);
    QCOMPARE(s.db().scalar(QLatin1StringView(DrawInputs::kDriftSql)).toInt(), 0);
    QCOMPARE(service.removeReferenceImport(wrong.importId).error().code, QStringLiteral("already_removed"));
    const auto imports = service.referenceImports();
    QCOMPARE(imports->size(), 2);
    QVERIFY(imports->at(0).removedAt > 0);
    QCOMPARE(imports->at(1).removedAt, 0);
    QCOMPARE(s.db()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'reference.remove_import'"
                                        " AND details = 'removed=1'"))
                 .toInt(),
             1);
    // A role without import_reference cannot take an import back.
    FeedService curator(s.db(), Session(5, QStringLiteral("kurator"), Role::CatalogueCurator));
    QCOMPARE(curator.removeReferenceImport(first.importId).error().code, QStringLiteral("permission_denied"));
}

void TestIngest::interruptedImportTakenOverByItsRerun()
{
    // A killed import keeps the batches it committed under its own id. The re-run of the same file
    // takes them over, so that removing the re-run takes back everything the file brought.
    ScratchDatabase s;
    const QString other = makeNik(CivilDate{1985, 1, 2}, Sex::Female, 7);
    QByteArray feed = registeredLine(kNik, QStringLiteral("a@example.id"), kBirth) + '\n';
    feed += registeredLine(other, QStringLiteral("b@example.id"), CivilDate{1985, 1, 2}) + '\n';
    QCOMPARE(ingest(s.db(), feed).summary.accepted, 2);
    const qint64 inputsBefore = s.db().scalar(QStringLiteral("SELECT SUM(inputs) FROM applicant_draw")).toLongLong();
    const auto writeFile = [&](const QString& name, const QStringList& niks) {
        QFile file(s.path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write((niks.join(u'\n') + u'\n').toLatin1());
    };
    writeFile(QStringLiteral("dtks.csv"), {kNik});
    // What a kill after the first committed batch leaves: the import row never finished.
    ReferenceImportStore store(s.db());
    const auto killed = store.begin(ReferenceList::Dtks, 1, QStringLiteral("system"), QStringLiteral("dtks.csv"));
    QVERIFY(killed);
    {
        QFile part(s.path(QStringLiteral("dtks.csv")));
        QVERIFY(part.open(QIODevice::ReadOnly));
        ReferenceImporter importer(s.db(), ReferenceList::Dtks);
        importer.setImportId(killed.value());
        QCOMPARE(importer.import(part)->accepted, 1);
    }
    FeedService service(s.db(), Session::system());
    QVERIFY(service.referenceImports()->at(0).interrupted);

    // Another file's import does not take it over.
    writeFile(QStringLiteral("lain.csv"), {kNik});
    QFile otherFile(s.path(QStringLiteral("lain.csv")));
    QVERIFY(otherFile.open(QIODevice::ReadOnly));
    const auto unrelated = service.importReference(ReferenceList::Dtks, otherFile, {});
    QVERIFY(unrelated);
    QCOMPARE(unrelated->adopted, 0);
    QCOMPARE(unrelated->duplicates, 1);

    // The re-run of the whole file.
    writeFile(QStringLiteral("dtks.csv"), {kNik, other});
    QFile whole(s.path(QStringLiteral("dtks.csv")));
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const auto rerun = service.importReference(ReferenceList::Dtks, whole, {});
    QVERIFY(rerun);
    QCOMPARE(rerun->accepted, 1);
    QCOMPARE(rerun->duplicates, 1);
    QCOMPARE(rerun->adopted, 1);
    const auto imports = service.referenceImports();
    QCOMPARE(imports->size(), 3);
    QCOMPARE(imports->at(0).id, rerun->importId);
    QCOMPARE(imports->at(0).added, 2); // its own NIK and the one it took over
    QVERIFY(!imports->at(0).interrupted);
    QCOMPARE(imports->at(2).id, killed.value());
    QCOMPARE(imports->at(2).mergedInto, rerun->importId);
    QVERIFY(!imports->at(2).interrupted);
    QCOMPARE(s.db()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'reference.adopt_import'"
                                        " AND details = 'adopted=1'"))
                 .toInt(),
             1);
    QCOMPARE(service.removeReferenceImport(killed.value()).error().code, QStringLiteral("merged"));

    // Removing the re-run takes back both NIKs: the list and the draw inputs as before the file.
    auto removed = service.removeReferenceImport(rerun->importId);
    QVERIFY2(removed, removed ? "" : qPrintable(removed.error().message()));
    QCOMPARE(removed->accepted, 2);
    QCOMPARE(s.db().scalar(QStringLiteral("SELECT COUNT(*) FROM reference_lists")).toInt(), 0);
    QCOMPARE(s.db().scalar(QStringLiteral("SELECT SUM(inputs) FROM applicant_draw")).toLongLong(), inputsBefore);
    QCOMPARE(s.db().scalar(QLatin1StringView(DrawInputs::kDriftSql)).toInt(), 0);
}

void TestIngest::blankAndCrlfLines()
{
    ScratchDatabase s;
    const QByteArray feed = registeredLine(kNik, QStringLiteral("a@b.id"), kBirth) + "\r\n\r\n"
        + stageLine(QStringLiteral("email_verified"), kNik);
    const Run run = ingest(s.db(), feed);
    QCOMPARE(run.summary.accepted, 2);
    QCOMPARE(run.summary.rejected, 0);
}

void TestIngest::storageFailureRollsBackTheBatch()
{
    ScratchDatabase s;
    // The database refuses the third write of the batch (as a full disk would).
    refuseInserts(s.db(), QStringLiteral("refuse"), QStringLiteral("events"), QStringLiteral("NEW.type = 2"),
                  QStringLiteral("simulated I/O error"), true);
    const QString other = Nik::compose(317101, kBirth, Sex::Female, 2);
    QBuffer buffer;
    buffer.setData(registeredLine(kNik, QStringLiteral("a@b.id"), kBirth) + '\n'
                   + registeredLine(other, QStringLiteral("c@d.id"), kBirth) + '\n'
                   + stageLine(QStringLiteral("email_verified"), kNik) + '\n');
    buffer.open(QIODevice::ReadOnly);
    const Result<IngestSummary> result = FeedIngestor(s.db()).ingest(FeedIngestor::linesOf(buffer));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("storage"));
    QVERIFY(result.error().message().contains(QStringLiteral("simulated I/O error")));
    QCOMPARE(count(s.db(), "applicants"), 0);
    QCOMPARE(count(s.db(), "events"), 0);
    QVERIFY(!s.db().inTransaction());
}

void TestIngest::backgroundCheckpointCopiesTheWal()
{
    // A draw commits without the automatic checkpoint; the copy into the database file happens
    // on a second connection and must really happen.
    if (testingPostgres())
        QSKIP("SQLite's WAL checkpoint on the seat; a PostgreSQL server checkpoints by itself");
    ScratchDatabase s;
    const qint64 before = QFileInfo(s.dbPath()).size();
    QVERIFY(s.db().beginImmediate());
    QVERIFY(s.db().exec(QStringLiteral("CREATE TABLE filler (x BLOB)")).ok());
    QVERIFY(s.db()
                .exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
                                     " INSERT INTO filler SELECT randomblob(4000) FROM n"))
                .ok());
    QVERIFY(s.db().commitWithBackgroundCheckpoint());
    s.db().waitForCheckpoint();
    QVERIFY2(QFileInfo(s.dbPath()).size() > before + 7'000'000,
             qPrintable(QString::number(QFileInfo(s.dbPath()).size())));
}

// A live feed: lines that arrive slowly are committed within the latency while the writer
// waits for work, long before the batch is full (a bulk load's full batches must not delay them).
void TestIngest::slowFeedCommittedWhileItArrives()
{
    ScratchDatabase s;
    FeedIngestor ingestor(s.db());
    ingestor.setBatchSize(1000);
    ingestor.setMaxLatencyMs(50);
    QList<qint64> committed;
    ingestor.setProgressSink([&](const IngestSummary& soFar) { committed << soFar.accepted; });
    const CivilDate birth{1990, 5, 15};
    int sent = 0;
    const Result<IngestSummary> result = ingestor.ingest([&](QByteArray& line) {
        if (sent == 4)
            return FeedIngestor::Next::End;
        if (sent > 0)
            QThread::msleep(150); // the next registration has not happened yet
        line = registeredLine(makeNik(birth, Sex::Male, sent + 1), QStringLiteral("lambat%1@contoh.id").arg(sent),
                              birth);
        ++sent;
        return FeedIngestor::Next::Line;
    });
    QVERIFY(result.ok());
    QCOMPARE(result->accepted, 4);
    QVERIFY2(committed.size() >= 3, qPrintable(QString::number(committed.size())));
    QCOMPARE(committed.last(), 4);
}

QTEST_GUILESS_MAIN(TestIngest)
#include "tst_ingest.moc"

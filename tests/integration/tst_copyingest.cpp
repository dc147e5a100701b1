// Ingest's bulk path (FeedWriter::applyAll): on PostgreSQL a run of registrations goes through
// COPY into a staging table and one INSERT … SELECT … ON CONFLICT DO NOTHING RETURNING; on SQLite
// it is one INSERT per record. ctest runs this suite on both backends (postgresql/integration/…):
// a batch with duplicates inside it and against the database gives the same accepted,
// duplicate and rejected counts, the same reasons on the same lines, and a replay changes
// nothing — the same expectations on both backends, and the same as the per-record path
// (batches too short for COPY) on the same backend.
#include "TestSupport.h"

#include "security/PiiCipher.h"
#include "store/BulkApplicantWriter.h"
#include "store/Database.h"
#include "store/DrawInputs.h"
#include "store/FeedWriter.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace prakerja;
using namespace prakerja::test;
using namespace Qt::StringLiterals;

namespace {

const CivilDate kBirth{1990, 5, 15};
const QString kAt = u"2020-04-11T19:00:03+07:00"_s;
const QString kLater = u"2020-04-12T08:30:00+07:00"_s;

QString nik(int serial)
{
    return makeNik(kBirth, serial % 2 ? Sex::Male : Sex::Female, serial);
}

QByteArray line(const QString& who, const QString& email, const QString& at = kAt)
{
    return registeredLine(who, email, kBirth, at) + '\n';
}

// The database's first two applicants, A (serial 1) and B (serial 2).
QByteArray firstFeed()
{
    return line(nik(1), u"a@contoh.id"_s) + line(nik(2), u"b@contoh.id"_s);
}

// Lines 1–20 fresh people (a run long enough for COPY), then replays and taken NIKs and emails
// against the database and inside the batch, a line that does not parse, two stage events (a new
// run after them), and three more registrations (a run too short for COPY).
QByteArray secondFeed()
{
    QByteArray feed;
    for (int i = 1; i <= 20; ++i)
        feed += line(nik(100 + i), u"c%1@contoh.id"_s.arg(i)); // lines 1–20
    feed += line(nik(1), u"a@contoh.id"_s); // 21: A again, the same registration: duplicate
    feed += line(nik(1), u"lain.a@contoh.id"_s); // 22: A's NIK, another email: nik_taken
    feed += line(nik(3), u"b@contoh.id"_s); // 23: B's email: email_taken
    feed += "{\"event\":\"registered\",\n"; // 24: does not parse
    feed += line(nik(4), u"d@contoh.id"_s); // 25: D
    feed += line(nik(4), u"d@contoh.id"_s); // 26: D again: duplicate
    feed += line(nik(5), u"e@contoh.id"_s); // 27: E
    feed += line(nik(5), u"e.lain@contoh.id"_s, kLater); // 28: E's NIK, another email: nik_taken
    feed += line(nik(6), u"f@contoh.id"_s); // 29: F
    feed += line(nik(7), u"f@contoh.id"_s); // 30: F's email: email_taken
    // 31: X with A's email: email_taken, although line 32 then takes X's NIK (judged in order).
    feed += line(nik(8), u"a@contoh.id"_s);
    feed += line(nik(8), u"x@contoh.id"_s); // 32: X
    feed += line(nik(8), u"x@contoh.id"_s); // 33: X again: duplicate
    feed += line(nik(9), u"y@contoh.id"_s); // 34: Y
    feed += stageLine(u"email_verified"_s, nik(101), kLater) + '\n'; // 35
    feed += stageLine(u"email_verified"_s, nik(4), kLater) + '\n'; // 36
    for (int i = 1; i <= 3; ++i)
        feed += line(nik(200 + i), u"z%1@contoh.id"_s.arg(i)); // 37–39
    feed += stageLine(u"email_verified"_s, nik(201), kLater) + '\n'; // 40
    return feed;
}

using Rejects = QList<QPair<qint64, QString>>;

// What the rows look like, in the order of their ids (the ids themselves may have gaps on
// PostgreSQL, where a conflicting insert uses up a sequence number).
QStringList rows(Database& db, const QString& sql)
{
    QStringList out;
    auto q = db.exec(sql);
    if (!q)
        qFatal("%s", qPrintable(q.error().message()));
    while (q.value().next()) {
        QStringList values;
        for (int i = 0; i < q.value().record().count(); ++i)
            values << q.value().value(i).toString();
        out << values.join(u'|');
    }
    return out;
}

QStringList tableShape(Database& db)
{
    QStringList out;
    out << rows(db,
                u"SELECT sex, birth_date, province, regency, district, segment, registered_at, key_id,"
                " kk_bi IS NULL, phone_bi IS NULL, email_verified_at FROM applicants ORDER BY id"_s);
    out << rows(db,
                u"SELECT d.inputs, d.kk IS NULL, a.registered_at FROM applicant_draw d"
                " JOIN applicants a ON a.id = d.applicant_id ORDER BY d.applicant_id"_s);
    out << rows(db,
                u"SELECT e.type, e.at, e.wave, e.score, e.reason,"
                " (SELECT count(*) FROM applicants b WHERE b.id <= e.applicant_id) FROM events e ORDER BY e.id"_s);
    return out;
}

} // namespace

class TestCopyIngest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameOutcomesAsOneByOne_data();
    void sameOutcomesAsOneByOne();
};

void TestCopyIngest::sameOutcomesAsOneByOne_data()
{
    QTest::addColumn<int>("batchSize");
    // One batch: lines 1–23 and 25–34 are one run of registrations (COPY on PostgreSQL).
    QTest::newRow("bulk") << 1000;
    // Batches of 7 lines: every run is shorter than FeedWriter::kCopyRun, one INSERT per record.
    QTest::newRow("one by one") << 7;
}

void TestCopyIngest::sameOutcomesAsOneByOne()
{
    QFETCH(int, batchSize);
    static_assert(FeedWriter::kCopyRun > 7 && FeedWriter::kCopyRun <= 20);
    ScratchDatabase scratch;
    Database& db = scratch.db();
    IngestRun first = ingestFeed(db, firstFeed(), batchSize);
    QCOMPARE(first.summary.accepted, 2);

    // Person 105 is on reference list 1: the draw row written through COPY carries its bit.
    const QByteArray listed = PiiCipher(db.keys()).blindIndex(PiiField::Nik, nik(105).toLatin1());
    QVERIFY(db.beginImmediate());
    {
        BulkApplicantWriter writer(db);
        QVERIFY2(writer.referenceEntry(1, listed), qPrintable(writer.errorMessage()));
    }
    QVERIFY(db.commit());

    const IngestRun run = ingestFeed(db, secondFeed(), batchSize);
    QCOMPARE(run.summary.accepted, 31); // 20 + D, E, F, X, Y + 3 + the three email verifications
    QCOMPARE(run.summary.duplicates, 3); // lines 21, 26, 33
    QCOMPARE(run.summary.rejected, 6);
    const Rejects expected = {{22, u"nik_taken"_s}, {23, u"email_taken"_s}, {24, u"malformed_json"_s},
                              {28, u"nik_taken"_s}, {30, u"email_taken"_s}, {31, u"email_taken"_s}};
    QCOMPARE(run.rejects, expected);
    if (testingPostgres() && batchSize > 20)
        QVERIFY2(db.scalar(u"SELECT to_regclass('pg_temp.feed_registrations') IS NOT NULL"_s).toBool(),
                 "the registrations did not go through COPY");

    QCOMPARE(db.scalar(u"SELECT count(*) FROM applicants"_s).toLongLong(), 30);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM applicant_draw"_s).toLongLong(), 30);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM events"_s).toLongLong(), 33);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM applicants WHERE email_verified_at IS NOT NULL"_s).toLongLong(), 3);
    const qint64 listedInputs
        = db.scalar(u"SELECT d.inputs FROM applicant_draw d JOIN applicants a ON a.id = d.applicant_id"
                    " WHERE a.nik_bi = ?"_s,
                    {listed})
              .toLongLong();
    QVERIFY(listedInputs & DrawInputs::listBit(1));
    // The row of X is line 32's, and the NIK's ciphertext opens to the NIK: no plaintext stored.
    const QByteArray xBi = PiiCipher(db.keys()).blindIndex(PiiField::Nik, nik(8).toLatin1());
    QCOMPARE(db.scalar(u"SELECT count(*) FROM applicants WHERE nik_bi = ? AND email_bi = ?"_s,
                       {xBi, PiiCipher(db.keys()).blindIndex(PiiField::Email, "x@contoh.id")})
                 .toLongLong(),
             1);
    QVERIFY(!db.scalar(u"SELECT nik_ct FROM applicants WHERE nik_bi = ?"_s, {xBi})
                 .toByteArray()
                 .contains(nik(8).toLatin1()));
    const QStringList shape = tableShape(db);

    // A replay changes nothing: what was accepted is a duplicate now, and line 31 finds X's NIK
    // taken (line 32's row is in the database before the run starts).
    const IngestRun replay = ingestFeed(db, secondFeed(), batchSize);
    QCOMPARE(replay.summary.accepted, 0);
    QCOMPARE(replay.summary.duplicates, 34);
    QCOMPARE(replay.summary.rejected, 6);
    const Rejects expectedAgain = {{22, u"nik_taken"_s}, {23, u"email_taken"_s}, {24, u"malformed_json"_s},
                                   {28, u"nik_taken"_s}, {30, u"email_taken"_s}, {31, u"nik_taken"_s}};
    QCOMPARE(replay.rejects, expectedAgain);
    QCOMPARE(tableShape(db), shape);
}

QTEST_GUILESS_MAIN(TestCopyIngest)
#include "tst_copyingest.moc"

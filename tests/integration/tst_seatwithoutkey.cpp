// A seat without the key file (docs/deployment.md, "The key file on the seats"), on both backends
// (PostgreSQL is where it matters: many seats share one server, and a seat may lack the file).
// Without the key file a seat reads no personal data and writes nothing: every command is refused
// with the missing file named, before it touches the database, and the database is unchanged.
// A seat with another database's key file is refused in the same way (`wrong_key`).
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace prakerja;
using namespace prakerja::test;
using namespace Qt::StringLiterals;

namespace {
const QString kAdminPassword = u"kopi-tubruk-pagi-hari"_s;
const CivilDate kBirth{1990, 5, 15};
} // namespace

class TestSeatWithoutKey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void refused_data();
    void refused();
    void wrongKeyFileRefused();

private:
    QList<QPair<QString, QString>> environment(const QString& keyFile) const;
    // What a command could change: rows of every table that holds personal data or the audit.
    QString state();

    std::unique_ptr<ScratchDatabase> m_scratch;
    QTemporaryDir m_home;
    QString m_nik;
    QString m_reference;
};

QList<QPair<QString, QString>> TestSeatWithoutKey::environment(const QString& keyFile) const
{
    return {
        {u"PRAKERJA_DB"_s, m_scratch->dbPath()},
        {u"PRAKERJA_KEY_FILE"_s, keyFile},
        {u"PRAKERJA_USER"_s, u"admin"_s},
        {u"PRAKERJA_PASSWORD"_s, kAdminPassword},
        {u"PRAKERJA_LANG"_s, u"en"_s},
        {u"HOME"_s, m_home.path()},
        {u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s)},
    };
}

QString TestSeatWithoutKey::state()
{
    auto db = Database::open(m_scratch->dbPath(), m_scratch->keys());
    if (!db)
        return db.error().message();
    QStringList counts;
    for (const char* sql :
         {"SELECT COUNT(*) FROM applicants", "SELECT COUNT(*) FROM events", "SELECT COUNT(*) FROM reference_lists",
          "SELECT COUNT(*) FROM audit_log", "SELECT MAX(id) FROM audit_log", "SELECT COUNT(*) FROM request_outbox",
          "SELECT COUNT(*) FROM operators WHERE failed_logins > 0",
          "SELECT COUNT(*) FROM meta WHERE key LIKE 'keycheck.%'"})
        counts << db.value()->scalar(QString::fromLatin1(sql)).toString();
    return counts.join(u' ');
}

void TestSeatWithoutKey::initTestCase()
{
    QVERIFY2(!qEnvironmentVariable("PRAKERJACTL").isEmpty(), "PRAKERJACTL is not set (run through ctest)");
    m_scratch = std::make_unique<ScratchDatabase>();
    m_scratch->close(); // the commands open it themselves
    const auto env = environment(m_scratch->keyPath());
    CtlRun r = runCtl({u"init"_s, u"--admin"_s, u"admin"_s}, env);
    QVERIFY2(r.code == 0, r.err.constData());
    m_nik = makeNik(kBirth, Sex::Female, 7);
    r = runCtl({u"ingest"_s, u"-"_s}, env,
               registeredLine(m_nik, u"siti@contoh.id"_s, kBirth) + '\n' + stageLine(u"email_verified"_s, m_nik)
                   + '\n');
    QVERIFY2(r.code == 0, r.err.constData());
    r = runCtl({u"applicant"_s, u"request"_s, u"1"_s, u"recheck_nik"_s}, env);
    QVERIFY2(r.code == 0, r.err.constData());
    m_reference = m_home.filePath(u"kemnaker.csv"_s);
    QFile list(m_reference);
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(makeNik(kBirth, Sex::Male, 9).toLatin1() + '\n');
    list.close();
    // With the key file each command below works: the refusals are the key file's, nothing else.
    for (const QStringList& args :
         {QStringList{u"lookup"_s, u"--nik"_s, m_nik}, QStringList{u"applicant"_s, u"card"_s, u"1"_s},
          QStringList{u"funnel"_s, u"--json"_s}, QStringList{u"audit"_s, u"verify"_s},
          QStringList{u"catalog"_s, u"list"_s}}) {
        r = runCtl(args, env);
        QVERIFY2(r.code == 0, qPrintable(args.join(u' ') + u": "_s + QString::fromUtf8(r.err)));
    }
    r = runCtl({u"lookup"_s, u"--nik"_s, m_nik}, env);
    QVERIFY2(r.out.contains(m_nik.right(4).toLatin1()), r.out.constData());
}

void TestSeatWithoutKey::cleanupTestCase()
{
    m_scratch.reset();
}

void TestSeatWithoutKey::refused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    const QByteArray feed = registeredLine(makeNik(kBirth, Sex::Male, 8), u"budi@contoh.id"_s, kBirth) + '\n';
    // Reading personal data.
    QTest::newRow("lookup by NIK") << QStringList{u"lookup"_s, u"--nik"_s, makeNik(kBirth, Sex::Female, 7)}
                                   << QByteArray();
    QTest::newRow("lookup by name") << QStringList{u"lookup"_s, u"--name"_s, u"siti"_s} << QByteArray();
    QTest::newRow("card") << QStringList{u"applicant"_s, u"card"_s, u"1"_s} << QByteArray();
    QTest::newRow("reveal") << QStringList{u"applicant"_s, u"reveal"_s,   u"1"_s,
                                           u"nik"_s,       u"--reason"_s, u"panggilan 123"_s}
                            << QByteArray();
    QTest::newRow("export with NIKs") << QStringList{u"outbox"_s, u"export"_s, u"--since"_s, u"0"_s} << QByteArray();
    // Writing what needs the key.
    QTest::newRow("ingest") << QStringList{u"ingest"_s, u"-"_s} << feed;
    QTest::newRow("reference import") << QStringList{u"import"_s, u"reference"_s, u"kemnaker"_s, u"LIST"_s}
                                      << QByteArray();
    QTest::newRow("key rotation") << QStringList{u"key"_s, u"rotate"_s} << QByteArray();
    // Nor what needs no personal data: every seat's action is an audit row MACed with a key-file
    // sub-key, and the audit chain is verified with it (docs/deployment.md).
    QTest::newRow("funnel") << QStringList{u"funnel"_s, u"--json"_s} << QByteArray();
    QTest::newRow("audit verify") << QStringList{u"audit"_s, u"verify"_s} << QByteArray();
    QTest::newRow("catalogue") << QStringList{u"catalog"_s, u"list"_s} << QByteArray();
}

void TestSeatWithoutKey::refused()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    args.replaceInStrings(u"LIST"_s, m_reference);
    const QString missing = m_home.filePath(u"keys/tidak-ada.key"_s);
    const QString before = state();
    const CtlRun r = runCtl(args, environment(missing), input);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QByteArray(QByteArray("Key file not found: ") + missing.toUtf8())), r.err.constData());
    QVERIFY2(!r.out.contains(m_nik.toLatin1()) && !r.err.contains(m_nik.toLatin1()), r.out.constData());
    QVERIFY(!QFile::exists(missing)); // no key file made up on the way
    QCOMPARE(state(), before);
}

void TestSeatWithoutKey::wrongKeyFileRefused()
{
    // Another database's key file (a seat given the wrong file): refused, nothing written.
    QTemporaryDir other;
    const QString wrong = other.filePath(u"lain.key"_s);
    QVERIFY(KeyFile::create(wrong));
    const QString before = state();
    for (const QStringList& args : {QStringList{u"lookup"_s, u"--nik"_s, m_nik}, QStringList{u"ingest"_s, u"-"_s},
                                    QStringList{u"funnel"_s, u"--json"_s}, QStringList{u"audit"_s, u"verify"_s}}) {
        const CtlRun r = runCtl(args, environment(wrong),
                                registeredLine(makeNik(kBirth, Sex::Male, 8), u"budi@contoh.id"_s, kBirth) + '\n');
        QVERIFY2(r.code == 1, qPrintable(args.join(u' ') + u": "_s + QString::fromUtf8(r.out + r.err)));
        QVERIFY2(r.err.contains("The key file does not belong to this database"), r.err.constData());
        QVERIFY(!r.out.contains(m_nik.toLatin1()));
    }
    QCOMPARE(state(), before);
}

QTEST_GUILESS_MAIN(TestSeatWithoutKey)
#include "tst_seatwithoutkey.moc"

// prakerjactl as scripts use it: help without a display, init, ingest's report and exit codes, funnel --json.
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCtl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void helpAndVersionWithoutDisplay();
    void usageErrorsExit2();
    void ingestReportsRejectsAndExitCodes();
    void summaryInTheOperatorsLanguage();
    void funnelJson();
    void wrongPasswordExit3();
    void simulateEmitsFeed();
    void benchesDoTheWorkTheyTime();

private:
    using Out = prakerja::test::CtlRun;
    Out ctl(const QStringList& args, const QByteArray& input = {},
            const QString& password = QStringLiteral("kata sandi panjang sekali"));
    QTemporaryDir m_dir;
    QString m_ctl;
};

TestCtl::Out TestCtl::ctl(const QStringList& args, const QByteArray& input, const QString& password)
{
    QList<QPair<QString, QString>> environment = {
        {QStringLiteral("PRAKERJA_DB"), m_dir.filePath(QStringLiteral("c.db"))},
        {QStringLiteral("PRAKERJA_KEY_FILE"), m_dir.filePath(QStringLiteral("c.key"))},
        {QStringLiteral("PRAKERJA_USER"), QStringLiteral("admin")},
        {QStringLiteral("PRAKERJA_PASSWORD"), password},
        {QStringLiteral("PRAKERJA_LANG"), QStringLiteral("en")},
    };
    return prakerja::test::runCtl(args, environment, input);
}

void TestCtl::initTestCase()
{
    m_ctl = qEnvironmentVariable("PRAKERJACTL");
    QVERIFY2(QFile::exists(m_ctl), "set PRAKERJACTL to the prakerjactl binary");
    const Out init = ctl({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")});
    QVERIFY2(init.code == 0, init.err.constData());
    QVERIFY(init.out.contains("administrator admin created"));
    QCOMPARE(QFile::permissions(m_dir.filePath(QStringLiteral("c.key"))) & (QFile::ReadOther | QFile::ReadGroup),
             QFileDevice::Permissions());
}

void TestCtl::helpAndVersionWithoutDisplay()
{
    const Out help = ctl({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains("ingest FILE"));
    // A command's --help is its own usage with its options, not the global help.
    const Out importHelp = ctl({QStringLiteral("import"), QStringLiteral("reference"), QStringLiteral("--help")});
    QCOMPARE(importHelp.code, 0);
    QVERIFY2(importHelp.out.contains("import reference dapodik|dtks|kemnaker|exclusion FILE [--report FILE]"),
             importHelp.out.constData());
    QVERIFY(!importHelp.out.contains("Commands:"));
    const Out closeHelp = ctl({QStringLiteral("wave"), QStringLiteral("close"), QStringLiteral("--help")});
    QCOMPARE(closeHelp.code, 0);
    QVERIFY2(closeHelp.out.contains("wave close N"), closeHelp.out.constData());
    const Out auditHelp = ctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("-h")});
    QCOMPARE(auditHelp.code, 0);
    QVERIFY2(auditHelp.out.contains("--operator NAME"), auditHelp.out.constData());
    const Out version = ctl({QStringLiteral("--version")});
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.startsWith("prakerjactl "));
}

void TestCtl::usageErrorsExit2()
{
    QCOMPARE(ctl({QStringLiteral("frobnicate")}).code, 2);
    QCOMPARE(ctl({QStringLiteral("ingest")}).code, 2);
    QCOMPARE(ctl({QStringLiteral("ingest"), QStringLiteral("-"), QStringLiteral("--bogus")}).code, 2);
    QCOMPARE(
        ctl({QStringLiteral("import"), QStringLiteral("reference"), QStringLiteral("nope"), QStringLiteral("x")}).code,
        2);
}

void TestCtl::ingestReportsRejectsAndExitCodes()
{
    const QByteArray good
        = R"({"event":"registered","at":"2020-04-11T19:00:03+07:00","nik":"3171011505900001","name":"Budi","email":"budi@contoh.id","birth_date":"1990-05-15"})"
          "\n";
    const QByteArray bad
        = R"({"event":"registered","at":"2020-04-11T19:00:03+07:00","nik":"9971011505900001","name":"X","email":"x@contoh.id","birth_date":"1990-05-15"})"
          "\n";
    const QString report = m_dir.filePath(QStringLiteral("report.txt"));
    const Out first
        = ctl({QStringLiteral("ingest"), QStringLiteral("-"), QStringLiteral("--report"), report}, good + bad);
    QCOMPARE(first.code, 1);
    QVERIFY(first.out.contains("accepted 1, duplicates 0, rejected 1"));
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().trimmed(), QByteArray("line 2: nik_province: Unknown province code in NIK"));
    const Out replay = ctl({QStringLiteral("ingest"), QStringLiteral("-")}, good);
    QCOMPARE(replay.code, 0);
    QVERIFY(replay.out.contains("accepted 0, duplicates 1, rejected 0"));
}

// The summary line in the operator's words and number format: Indonesian by default (1.234),
// English with --lang en (1,234); counts past a thousand show the separator.
void TestCtl::summaryInTheOperatorsLanguage()
{
    using namespace prakerja;
    const CivilDate birth{1985, 1, 1};
    QByteArray feed;
    for (int serial = 1; serial <= 1234; ++serial)
        feed += test::registeredLine(test::makeNik(birth, Sex::Female, serial, 327301),
                                     QStringLiteral("warga%1@contoh.id").arg(serial), birth)
            + '\n';
    const Out english
        = ctl({QStringLiteral("ingest"), QStringLiteral("-"), QStringLiteral("--lang"), QStringLiteral("en")}, feed);
    QVERIFY2(english.code == 0, english.err.constData());
    QCOMPARE(english.out, QByteArray("accepted 1,234, duplicates 0, rejected 0, lines not imported 0\n"));
    // No --lang: PRAKERJA_LANG (en here) unset means Indonesian, the default.
    QList<QPair<QString, QString>> environment = {
        {QStringLiteral("PRAKERJA_DB"), m_dir.filePath(QStringLiteral("c.db"))},
        {QStringLiteral("PRAKERJA_KEY_FILE"), m_dir.filePath(QStringLiteral("c.key"))},
        {QStringLiteral("PRAKERJA_USER"), QStringLiteral("admin")},
        {QStringLiteral("PRAKERJA_PASSWORD"), QStringLiteral("kata sandi panjang sekali")},
        {QStringLiteral("PRAKERJA_LANG"), QString()},
    };
    const Out indonesian = test::runCtl({QStringLiteral("ingest"), QStringLiteral("-")}, environment, feed);
    QVERIFY2(indonesian.code == 0, indonesian.err.constData());
    QCOMPARE(indonesian.out, QByteArray("diterima 0, duplikat 1.234, ditolak 0, baris tidak diimpor 0\n"));
    // --lang on the command line outranks PRAKERJA_LANG.
    const Out id = ctl({QStringLiteral("ingest"), QStringLiteral("-"), QStringLiteral("--lang"), QStringLiteral("id")},
                       feed.left(feed.indexOf('\n') + 1));
    QCOMPARE(id.out, QByteArray("diterima 0, duplikat 1, ditolak 0, baris tidak diimpor 0\n"));
}

void TestCtl::funnelJson()
{
    const Out out = ctl({QStringLiteral("funnel"), QStringLiteral("--json")});
    QCOMPARE(out.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(out.out).object();
    for (const char* key :
         {"registered", "email_verified", "nik_verified", "phone_verified", "test_completed", "joined_batch"})
        QVERIFY2(o.contains(QLatin1StringView(key)), key);
    QVERIFY(o.value(QStringLiteral("registered")).toInteger() >= 1);
    QVERIFY(out.out.startsWith("{\"registered\":"));
}

void TestCtl::wrongPasswordExit3()
{
    const Out out = ctl({QStringLiteral("funnel"), QStringLiteral("--json")}, {}, QStringLiteral("wrong password!"));
    QCOMPARE(out.code, 3);
    QVERIFY(out.err.contains("bad_credentials"));
}

void TestCtl::simulateEmitsFeed()
{
    const Out out
        = ctl({QStringLiteral("simulate"), QStringLiteral("--registrations"), QStringLiteral("50"),
               QStringLiteral("--hours"), QStringLiteral("1"), QStringLiteral("--emit"), QStringLiteral("-")});
    QCOMPARE(out.code, 0);
    QCOMPARE(out.out.count("\"event\":\"registered\""), 50);
}

// Benchmarks print figures and never fail on time; this checks that each timed run did all of
// its work (every registration accepted, the index-free scratch schema really index-free).
void TestCtl::benchesDoTheWorkTheyTime()
{
    // Twice into the same kept folder: a rerun starts from scratch instead of failing on the
    // earlier key file or ingesting duplicates.
    const QString kept = m_dir.filePath(QStringLiteral("bench"));
    for (int run = 0; run < 2; ++run) {
        const Out ingest
            = ctl({QStringLiteral("bench"), QStringLiteral("ingest"), QStringLiteral("--size"), QStringLiteral("300"),
                   QStringLiteral("--baseline-sample"), QStringLiteral("20"), QStringLiteral("--keep"), kept});
        QVERIFY2(ingest.code == 0, ingest.err.constData());
        QVERIFY(ingest.out.contains("(accepted 300, rejected 0)"));
        const Out ceiling = ctl({QStringLiteral("bench"), QStringLiteral("ingest-ceiling"), QStringLiteral("--size"),
                                 QStringLiteral("300"), QStringLiteral("--keep"), kept});
        QVERIFY2(ceiling.code == 0, ceiling.err.constData());
        for (const char* figure : {"real path (two threads)", "read + parse + encrypt alone",
                                   "write alone, shipped schema", "write alone, no blind-index indexes"}) {
            const qsizetype at = ceiling.out.indexOf(figure);
            QVERIFY2(at >= 0, figure);
            const QByteArray line = ceiling.out.mid(at, ceiling.out.indexOf('\n', at) - at);
            QVERIFY2(line.endsWith("(300 accepted)"), line.constData());
        }
        QVERIFY(ceiling.out.contains("ceiling on 2 cores: "));
    }
}

QTEST_GUILESS_MAIN(TestCtl)
#include "tst_ctl.moc"

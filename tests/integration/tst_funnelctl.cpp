// prakerjactl funnel as scripts use it: the JSON object in funnel order, --by breakdowns,
// --from/--to, usage errors; the numbers match what was ingested (rejected lines never count).
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace prakerja;
using namespace prakerja::test;

class TestFunnelCtl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void jsonObjectInFunnelOrder();
    void breakdowns();
    void timeRange();
    void usageErrors();

private:
    using Out = prakerja::test::CtlRun;
    Out ctl(const QStringList& args, const QByteArray& input = {});
    QTemporaryDir m_dir;
    // The database on this run's backend (SQLite or the test cluster); only the CLI connects to it.
    prakerja::test::ScratchDatabase m_scratch;
    QString m_ctl;
};

TestFunnelCtl::Out TestFunnelCtl::ctl(const QStringList& args, const QByteArray& input)
{
    QList<QPair<QString, QString>> environment = {
        {QStringLiteral("PRAKERJA_DB"), m_scratch.dbPath()},
        {QStringLiteral("PRAKERJA_KEY_FILE"), m_scratch.keyPath()},
        {QStringLiteral("PRAKERJA_USER"), QStringLiteral("admin")},
        {QStringLiteral("PRAKERJA_PASSWORD"), QStringLiteral("kata sandi panjang sekali")},
    };
    return prakerja::test::runCtl(args, environment, input);
}

void TestFunnelCtl::initTestCase()
{
    m_scratch.close(); // the CLI is the only seat (key rotation refuses while others are online)
    m_ctl = qEnvironmentVariable("PRAKERJACTL");
    QVERIFY2(QFile::exists(m_ctl), "set PRAKERJACTL to the prakerjactl binary");
    QCOMPARE(ctl({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}).code, 0);
    const CivilDate birth(1988, 8, 8);
    QByteArray feed;
    for (int i = 1; i <= 3; ++i)
        feed += registeredLine(makeNik(birth, Sex::Male, i, i == 3 ? 327301 : 317101),
                               QStringLiteral("u%1@example.id").arg(i), birth,
                               QStringLiteral("2020-04-11T19:0%1:00+07:00").arg(i))
            + '\n';
    feed += "{\"event\":\"registered\"}\n"; // rejected: missing fields
    feed += stageLine(QStringLiteral("email_verified"), makeNik(birth, Sex::Male, 1, 317101),
                      QStringLiteral("2020-04-11T19:05:00+07:00"))
        + '\n';
    feed += stageLine(QStringLiteral("nik_rejected"), makeNik(birth, Sex::Male, 2, 317101),
                      QStringLiteral("2020-04-11T19:06:00+07:00"), QStringLiteral(R"("reason":"deceased")"))
        + '\n';
    feed += stageLine(QStringLiteral("joined_batch"), makeNik(birth, Sex::Male, 1, 317101),
                      QStringLiteral("2020-04-11T19:07:00+07:00"), QStringLiteral(R"("wave":1)"))
        + '\n';
    feed += stageLine(QStringLiteral("joined_batch"), makeNik(birth, Sex::Male, 1, 317101),
                      QStringLiteral("2020-04-11T19:08:00+07:00"), QStringLiteral(R"("wave":2)"))
        + '\n';
    const Out ingest = ctl({QStringLiteral("ingest"), QStringLiteral("-"), QStringLiteral("--report"),
                            m_dir.filePath(QStringLiteral("report.txt"))},
                           feed);
    QCOMPARE(ingest.code, 1); // one rejected line
}

void TestFunnelCtl::jsonObjectInFunnelOrder()
{
    const Out out = ctl({QStringLiteral("funnel"), QStringLiteral("--json")});
    QCOMPARE(out.code, 0);
    QCOMPARE(out.out,
             QByteArray("{\"registered\":3,\"email_verified\":1,\"nik_verified\":0,\"phone_verified\":0,"
                        "\"test_completed\":0,\"joined_batch\":1}\n"));
    // A second run starts from the saved checkpoint and prints the same.
    QCOMPARE(ctl({QStringLiteral("funnel"), QStringLiteral("--json")}).out, out.out);
}

void TestFunnelCtl::breakdowns()
{
    const Out provinces
        = ctl({QStringLiteral("funnel"), QStringLiteral("--by"), QStringLiteral("province"), QStringLiteral("--json")});
    QCOMPARE(provinces.code, 0);
    const QJsonArray rows = QJsonDocument::fromJson(provinces.out).array();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].toObject().value(QStringLiteral("province")).toString(), QStringLiteral("31"));
    QCOMPARE(rows[0].toObject().value(QStringLiteral("count")).toInteger(), 2);
    QCOMPARE(rows[1].toObject().value(QStringLiteral("label")).toString(), QStringLiteral("Jawa Barat"));

    const Out waves = ctl({QStringLiteral("funnel"), QStringLiteral("--by"), QStringLiteral("wave")});
    QCOMPARE(waves.code, 0);
    const QList<QByteArray> lines = waves.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[1].startsWith("1 "));
    QVERIFY(lines[2].startsWith("2 "));

    const Out reasons
        = ctl({QStringLiteral("funnel"), QStringLiteral("--by"), QStringLiteral("reason"), QStringLiteral("--json")});
    const QJsonArray reasonRows = QJsonDocument::fromJson(reasons.out).array();
    QCOMPARE(reasonRows.size(), 1);
    QCOMPARE(reasonRows[0].toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("deceased"));
}

void TestFunnelCtl::timeRange()
{
    const Out out
        = ctl({QStringLiteral("funnel"), QStringLiteral("--json"), QStringLiteral("--from"),
               QStringLiteral("2020-04-11T19:02"), QStringLiteral("--to"), QStringLiteral("2020-04-11T12:06:00Z")});
    QCOMPARE(out.code, 0);
    // 19:02 and 19:03 registrations, the 19:05 email; not the 19:01 one, not the 19:07 join.
    QCOMPARE(out.out,
             QByteArray("{\"registered\":2,\"email_verified\":1,\"nik_verified\":0,\"phone_verified\":0,"
                        "\"test_completed\":0,\"joined_batch\":0}\n"));
    const Out minutes
        = ctl({QStringLiteral("funnel"), QStringLiteral("--by"), QStringLiteral("minute"), QStringLiteral("--from"),
               QStringLiteral("2020-04-11 19:01"), QStringLiteral("--to"), QStringLiteral("2020-04-11 19:03")});
    QCOMPARE(minutes.code, 0);
    const QList<QByteArray> lines = minutes.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[1].startsWith("2020-04-11T19:01:00+07:00  1"));
    QVERIFY(lines[2].startsWith("2020-04-11T19:02:00+07:00  1"));
}

void TestFunnelCtl::usageErrors()
{
    QCOMPARE(ctl({QStringLiteral("funnel"), QStringLiteral("--by"), QStringLiteral("planet")}).code, 2);
    QCOMPARE(ctl({QStringLiteral("funnel"), QStringLiteral("--by"), QStringLiteral("province"),
                  QStringLiteral("--from"), QStringLiteral("2020-04-11")})
                 .code,
             2);
    QCOMPARE(ctl({QStringLiteral("funnel"), QStringLiteral("--from"), QStringLiteral("yesterday")}).code, 2);
}

QTEST_GUILESS_MAIN(TestFunnelCtl)
#include "tst_funnelctl.moc"

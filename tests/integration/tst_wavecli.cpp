// prakerjactl wave …: the whole life of a wave through the CLI on a fed database (create, open,
// close, dry run, draw, verify, export, announce, budget), and status 4 for a role without RunDraw.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace prakerja;
using namespace prakerja::test;

class TestWaveCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lifeOfAWave();
    void agentWithoutRunDrawExits4();

private:
    using Out = prakerja::test::CtlRun;
    Out ctl(const QStringList& args, const QByteArray& input = {}, const QString& user = QStringLiteral("admin"),
            const QString& password = QStringLiteral("kata sandi panjang sekali"));
    QTemporaryDir m_dir;
    // The database on this run's backend (SQLite or the test cluster); only the CLI connects to it.
    prakerja::test::ScratchDatabase m_scratch;
    QString m_ctl;
};

TestWaveCli::Out TestWaveCli::ctl(const QStringList& args, const QByteArray& input, const QString& user,
                                  const QString& password)
{
    QList<QPair<QString, QString>> environment = {
        {QStringLiteral("PRAKERJA_DB"), m_scratch.dbPath()},
        {QStringLiteral("PRAKERJA_KEY_FILE"), m_scratch.keyPath()},
        {QStringLiteral("PRAKERJA_USER"), user},
        {QStringLiteral("PRAKERJA_PASSWORD"), password},
        {QStringLiteral("PRAKERJA_NEW_PASSWORD"), QStringLiteral("rendang-padang-pedas-77")},
        {QStringLiteral("PRAKERJA_LANG"), QStringLiteral("en")},
    };
    return prakerja::test::runCtl(args, environment, input);
}

void TestWaveCli::initTestCase()
{
    m_scratch.close(); // the CLI is the only seat (key rotation refuses while others are online)
    m_ctl = qEnvironmentVariable("PRAKERJACTL");
    QVERIFY2(QFile::exists(m_ctl), "set PRAKERJACTL to the prakerjactl binary");
    Out r = ctl({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")});
    QVERIFY2(r.code == 0, r.err.constData());
    r = ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("agen"), QStringLiteral("--role"),
             QStringLiteral("agent")});
    QVERIFY2(r.code == 0, r.err.constData());
    // 60 applicants who verified everything and joined wave 1.
    QByteArray feed;
    for (int k = 1; k <= 60; ++k) {
        const QString nik
            = makeNik(CivilDate{1980 + k % 20, 1 + k % 12, 1 + k % 28}, k % 2 ? Sex::Male : Sex::Female, k);
        feed += registeredLine(
                    nik, QStringLiteral("orang%1@contoh.id").arg(k), CivilDate{1980 + k % 20, 1 + k % 12, 1 + k % 28},
                    QStringLiteral("2020-04-11T19:00:03+07:00"),
                    QStringLiteral(R"("phone":"0812%1","kk":"31710100000%2")").arg(10000000 + k).arg(10000 + k))
            + '\n';
        for (const char* stage : {"email_verified", "nik_verified", "phone_verified"})
            feed += stageLine(QString::fromLatin1(stage), nik) + '\n';
        feed += stageLine(QStringLiteral("joined_batch"), nik, QStringLiteral("2020-04-12T10:00:00+07:00"),
                          QStringLiteral(R"("wave":1)"))
            + '\n';
    }
    r = ctl({QStringLiteral("ingest"), QStringLiteral("-")}, feed);
    QVERIFY2(r.code == 0, r.err.constData());
}

void TestWaveCli::lifeOfAWave()
{
    const QString w = QStringLiteral("wave");
    Out r = ctl({w, QStringLiteral("create"), QStringLiteral("--opens"), QStringLiteral("2020-04-11T08:00:00+07:00"),
                 QStringLiteral("--closes"), QStringLiteral("2020-04-16T16:00:00+07:00"), QStringLiteral("--quota"),
                 QStringLiteral("20"), QStringLiteral("--province-quotas"), QStringLiteral("pool")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("seed commitment sha256"));
    QCOMPARE(ctl({w, QStringLiteral("draw"), QStringLiteral("1")}).code, 1); // not closed yet
    QCOMPARE(ctl({w, QStringLiteral("open"), QStringLiteral("1")}).code, 0);
    QCOMPARE(ctl({w, QStringLiteral("close"), QStringLiteral("1")}).code, 0);
    r = ctl({w, QStringLiteral("draw"), QStringLiteral("1"), QStringLiteral("--dry-run")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("pool 60"), r.out.constData());
    QVERIFY(r.out.contains("selected 20"));
    const QByteArray dryReport = r.out.mid(r.out.indexOf("\npool ") + 1); // after the summary and quotas
    r = ctl({w, QStringLiteral("draw"), QStringLiteral("1")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("seed "));
    // The draw used the dry run's seed and rules; `wave show` reads its report back.
    r = ctl({w, QStringLiteral("show"), QStringLiteral("1")});
    QVERIFY2(r.code == 0 && r.out.endsWith(dryReport), r.out.constData());
    r = ctl({w, QStringLiteral("verify"), QStringLiteral("1")});
    QVERIFY2(r.code == 0 && r.out.startsWith("OK"), r.out.constData());
    const QString pool = m_dir.filePath(QStringLiteral("pool.csv"));
    QCOMPARE(ctl({w, QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--pool"), pool}).code, 0);
    QVERIFY(QFile::exists(pool + QStringLiteral(".json")));
    r = ctl({w, QStringLiteral("announce"), QStringLiteral("1")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("selected 20"));
    r = ctl({w, QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonObject first = QJsonDocument::fromJson(r.out).array().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("announced"));
    QCOMPARE(first.value(QStringLiteral("selected")).toInt(), 20);
    r = ctl({w, QStringLiteral("budget")});
    QVERIFY2(r.out.contains("Rp 71.000.000"), r.out.constData()); // 20 × Rp 3.550.000
    QCOMPARE(ctl({QStringLiteral("audit"), QStringLiteral("verify")}).code, 0);
}

void TestWaveCli::agentWithoutRunDrawExits4()
{
    const QString agent = QStringLiteral("agen");
    const QString password = QStringLiteral("rendang-padang-pedas-77");
    const Out draw
        = ctl({QStringLiteral("wave"), QStringLiteral("draw"), QStringLiteral("1"), QStringLiteral("--dry-run")}, {},
              agent, password);
    QCOMPARE(draw.code, 4);
    QVERIFY(draw.err.contains("run_draw"));
    QCOMPARE(ctl({QStringLiteral("wave"), QStringLiteral("announce"), QStringLiteral("1")}, {}, agent, password).code,
             4);
    QCOMPARE(ctl({QStringLiteral("participant"), QStringLiteral("revoke-expired")}, {}, agent, password).code, 4);
    QCOMPARE(ctl({QStringLiteral("wave"), QStringLiteral("list")}, {}, agent, password).code, 0); // viewing is allowed
}

QTEST_GUILESS_MAIN(TestWaveCli)
#include "tst_wavecli.moc"

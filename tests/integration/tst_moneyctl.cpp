// prakerjactl platform report and budget verify as scripts use them, on a wave of four whose
// purchases, completions, incentives and surveys are known line by line: the exact figures in
// JSON, CSV and text, the exit statuses, a tampered actual and a missing payout caught by
// `budget verify`, and a role without the right refused (exit 4).
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace prakerja;
using namespace prakerja::test;

namespace {
QByteArray line(const char* event, int participant, const char* at, const QString& fields)
{
    return stageLine(QString::fromLatin1(event), moneyParticipantNik(participant), QString::fromLatin1(at), fields)
        + '\n';
}
QString bought(const char* platform, const char* training, qint64 price)
{
    return QStringLiteral(R"("platform":"%1","training":"%2","price":%3)")
        .arg(QLatin1StringView(platform), QLatin1StringView(training))
        .arg(price);
}
QString training(const char* platform, const char* code)
{
    return QStringLiteral(R"("platform":"%1","training":"%2")")
        .arg(QLatin1StringView(platform), QLatin1StringView(code));
}
} // namespace

class TestMoneyCtl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void platformReportJson();
    void platformReportCsvAndText();
    void platformReportUsageAndRole();
    void funnelPerProvinceStage();
    void budgetVerifyBalances();
    void budgetVerifyCatchesATamperedActual();
    void budgetVerifyCatchesAMissingPayout();

private:
    CtlRun ctl(const QStringList& args, const QString& user = QStringLiteral("admin"), const QByteArray& input = {});
    ScratchDatabase m_scratch;
};

CtlRun TestMoneyCtl::ctl(const QStringList& args, const QString& user, const QByteArray& input)
{
    return runCtl(args,
                  {{QStringLiteral("PRAKERJA_DB"), m_scratch.dbPath()},
                   {QStringLiteral("PRAKERJA_KEY_FILE"), m_scratch.keyPath()},
                   {QStringLiteral("PRAKERJA_USER"), user},
                   {QStringLiteral("PRAKERJA_PASSWORD"), QStringLiteral("kata sandi panjang sekali")},
                   {QStringLiteral("PRAKERJA_NEW_PASSWORD"), QStringLiteral("kata sandi panjang sekali")},
                   {QStringLiteral("PRAKERJA_LANG"), QStringLiteral("en")}},
                  input);
}

void TestMoneyCtl::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("PRAKERJACTL")), "set PRAKERJACTL to the prakerjactl binary");
    CtlRun r = ctl({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")});
    QVERIFY2(r.code == 0, r.err.constData());
    r = ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("agen"), QStringLiteral("--role"),
             QStringLiteral("agent")});
    QVERIFY2(r.code == 0, r.err.constData());
    // Four participants announced on 17 April 2020, 13:00 WIB (Rp 3.550.000 each committed).
    addMoneyCatalogue(m_scratch.db());
    announceWaveThroughFeed(m_scratch.db(), 4, 1);
    QByteArray feed;
    // 1: AKT-01 (Tokopedia) 20 h after the announcement, finished, month 1 paid, survey 1.
    feed += line("training_bought", 1, "2020-04-18T09:00:00+07:00", bought("TOKOPEDIA", "AKT-01", 750'000));
    // 3: MC-02 (Tokopedia) after 2 days, not finished.
    feed += line("training_bought", 3, "2020-04-19T13:00:00+07:00", bought("TOKOPEDIA", "MC-02", 300'000));
    // 2: KOPI-03 (Pintaria) after 3 days, finished; then MC-02 (Tokopedia) after 5 days.
    feed += line("training_bought", 2, "2020-04-20T13:00:00+07:00", bought("PINTARIA", "KOPI-03", 200'000));
    feed += line("training_bought", 2, "2020-04-22T13:00:00+07:00", bought("TOKOPEDIA", "MC-02", 300'000));
    feed += line("training_completed", 1, "2020-04-25T10:00:00+07:00", training("TOKOPEDIA", "AKT-01"));
    feed += line("training_completed", 2, "2020-04-28T10:00:00+07:00", training("PINTARIA", "KOPI-03"));
    feed += line("incentive_paid", 1, "2020-05-01T10:00:00+07:00",
                 QStringLiteral(R"("month":1,"amount":600000,"channel":"BNI")"));
    feed += line("survey_completed", 1, "2020-05-02T10:00:00+07:00", QStringLiteral(R"("number":1)"));
    // 4 buys nothing. A purchase over the credit is refused and changes no figure.
    feed += line("training_bought", 1, "2020-04-23T13:00:00+07:00", bought("TOKOPEDIA", "MC-02", 300'000));
    r = ctl({QStringLiteral("ingest"), QStringLiteral("-")}, QStringLiteral("admin"), feed);
    QCOMPARE(r.code, 1); // the refused line
    QVERIFY2(r.err.contains("over_credit"), r.err.constData());
}

void TestMoneyCtl::platformReportJson()
{
    const CtlRun r = ctl({QStringLiteral("platform"), QStringLiteral("report"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, r.err.constData());
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, r.out.constData());
    QVERIFY(o.value(QStringLiteral("wave")).isNull());
    const QJsonObject total = o.value(QStringLiteral("total")).toObject();
    QCOMPARE(total.value(QStringLiteral("purchases")).toInteger(), 4);
    QCOMPARE(total.value(QStringLiteral("rupiah")).toInteger(), 1'550'000);
    QCOMPARE(total.value(QStringLiteral("completions")).toInteger(), 2);
    // Whole days from the announcement to each purchase: 0 (20 hours) · 2 · 3 · 5 → median 2,5.
    QCOMPARE(total.value(QStringLiteral("median_days_to_purchase")).toDouble(), 2.5);
    const QJsonArray platforms = o.value(QStringLiteral("platforms")).toArray();
    QCOMPARE(platforms.size(), 2);
    const QJsonObject tokopedia = platforms.at(0).toObject(); // most rupiah first
    QCOMPARE(tokopedia.value(QStringLiteral("key")).toString(), QStringLiteral("TOKOPEDIA"));
    QCOMPARE(tokopedia.value(QStringLiteral("purchases")).toInteger(), 3);
    QCOMPARE(tokopedia.value(QStringLiteral("rupiah")).toInteger(), 1'350'000);
    QCOMPARE(tokopedia.value(QStringLiteral("completions")).toInteger(), 1);
    QCOMPARE(tokopedia.value(QStringLiteral("median_days_to_purchase")).toDouble(), 2.0);
    const QJsonObject pintaria = platforms.at(1).toObject();
    QCOMPARE(pintaria.value(QStringLiteral("key")).toString(), QStringLiteral("PINTARIA"));
    QCOMPARE(pintaria.value(QStringLiteral("purchases")).toInteger(), 1);
    QCOMPARE(pintaria.value(QStringLiteral("rupiah")).toInteger(), 200'000);
    QCOMPARE(pintaria.value(QStringLiteral("completions")).toInteger(), 1);
    QCOMPARE(pintaria.value(QStringLiteral("median_days_to_purchase")).toDouble(), 3.0);
    // Top trainings by purchases: MC-02 twice, then the others once.
    const QJsonArray trainings = o.value(QStringLiteral("trainings")).toArray();
    QCOMPARE(trainings.size(), 3);
    QCOMPARE(trainings.at(0).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("TOKOPEDIA/MC-02"));
    QCOMPARE(trainings.at(0).toObject().value(QStringLiteral("purchases")).toInteger(), 2);
    QCOMPARE(trainings.at(0).toObject().value(QStringLiteral("rupiah")).toInteger(), 600'000);
    // All five trainings are "finance": one category with all the money.
    const QJsonArray categories = o.value(QStringLiteral("categories")).toArray();
    QCOMPARE(categories.size(), 1);
    QCOMPARE(categories.at(0).toObject().value(QStringLiteral("rupiah")).toInteger(), 1'550'000);

    // The same for wave 1 alone; a wave without participants has no purchases.
    const CtlRun one = ctl({QStringLiteral("platform"), QStringLiteral("report"), QStringLiteral("--wave"),
                            QStringLiteral("1"), QStringLiteral("--json")});
    QVERIFY2(one.code == 0, one.err.constData());
    const QJsonObject w1 = QJsonDocument::fromJson(one.out).object();
    QCOMPARE(w1.value(QStringLiteral("wave")).toInt(), 1);
    QCOMPARE(w1.value(QStringLiteral("total")).toObject().value(QStringLiteral("rupiah")).toInteger(), 1'550'000);
    const CtlRun two = ctl({QStringLiteral("platform"), QStringLiteral("report"), QStringLiteral("--wave"),
                            QStringLiteral("2"), QStringLiteral("--json")});
    QVERIFY2(two.code == 0, two.err.constData());
    const QJsonObject w2 = QJsonDocument::fromJson(two.out).object();
    QCOMPARE(w2.value(QStringLiteral("total")).toObject().value(QStringLiteral("purchases")).toInteger(), 0);
    QCOMPARE(w2.value(QStringLiteral("platforms")).toArray().size(), 0);
}

void TestMoneyCtl::platformReportCsvAndText()
{
    const CtlRun csv = ctl({QStringLiteral("platform"), QStringLiteral("report"), QStringLiteral("--csv")});
    QVERIFY2(csv.code == 0, csv.err.constData());
    QList<QByteArray> rows = csv.out.trimmed().split('\n');
    for (QByteArray& row : rows)
        row = row.trimmed();
    QCOMPARE(rows.value(0),
             QByteArray("section,key,label,platform,purchases,rupiah,completions,completion_rate,median_days"));
    // Whole numbers without decimals, the others with four; a category has no median of its own.
    QCOMPARE(rows.size(), 8);
    QCOMPARE(rows.value(1), QByteArray("platform,TOKOPEDIA,Tokopedia,TOKOPEDIA,3,1350000,1,0.3333,2"));
    QCOMPARE(rows.value(2), QByteArray("platform,PINTARIA,Pintaria,PINTARIA,1,200000,1,1,3"));
    QCOMPARE(rows.value(3), QByteArray("training,TOKOPEDIA/MC-02,Pelatihan MC-02,TOKOPEDIA,2,600000,0,0,3.5000"));
    QCOMPARE(rows.value(6), QByteArray("category,finance,Accounting and finance,,4,1550000,2,0.5000,"));
    QCOMPARE(rows.value(7), QByteArray("total,,,,4,1550000,2,0.5000,2.5000"));

    const CtlRun text = ctl({QStringLiteral("platform"), QStringLiteral("report")});
    QVERIFY2(text.code == 0, text.err.constData());
    QVERIFY2(text.out.startsWith("all waves: purchases 4, spent Rp 1.550.000, completion 50,0 %, median days from "
                                 "selection to purchase 2,5\n"),
             text.out.constData());
    QVERIFY2(text.out.contains("TOKOPEDIA Tokopedia"), text.out.constData());
}

void TestMoneyCtl::platformReportUsageAndRole()
{
    QCOMPARE(
        ctl({QStringLiteral("platform"), QStringLiteral("report"), QStringLiteral("--json"), QStringLiteral("--csv")})
            .code,
        2);
    QCOMPARE(
        ctl({QStringLiteral("platform"), QStringLiteral("report"), QStringLiteral("--wave"), QStringLiteral("x")}).code,
        2);
    const CtlRun help = ctl({QStringLiteral("platform"), QStringLiteral("report"), QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains("platform report [--wave N] [--json|--csv]"));
    // An agent sees no money (view_dashboard): exit 4, nothing on stdout.
    const CtlRun agent = ctl({QStringLiteral("platform"), QStringLiteral("report")}, QStringLiteral("agen"));
    QCOMPARE(agent.code, 4);
    QVERIFY(agent.out.isEmpty());
}

void TestMoneyCtl::funnelPerProvinceStage()
{
    const CtlRun r = ctl(
        {QStringLiteral("funnel"), QStringLiteral("--by"), QStringLiteral("province-stage"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(rows.size(), 9); // one province (every NIK of the fixture): joined + 8 stages
    QStringList got;
    for (const QJsonValue& v : rows) {
        const QJsonObject o = v.toObject();
        got << QStringLiteral("%1 %2 %3 %4")
                   .arg(o.value(QStringLiteral("stage")).toString())
                   .arg(o.value(QStringLiteral("count")).toInteger())
                   .arg(o.value(QStringLiteral("share_of_previous")).toDouble())
                   .arg(o.value(QStringLiteral("drop_from_previous")).toInteger());
    }
    // 4 joined and selected; 3 bought (1, 2, 3), 2 finished, 1 paid month 1, 1 survey.
    QCOMPARE(got,
             (QStringList{QStringLiteral("joined_batch 4 1 0"), QStringLiteral("selected 4 1 0"),
                          QStringLiteral("training_bought 3 0.75 1"), QStringLiteral("training_completed 2 0.6667 1"),
                          QStringLiteral("incentive_paid 1 0.5 1"), QStringLiteral("incentive_month_2 0 0 1"),
                          QStringLiteral("incentive_month_3 0 0 0"), QStringLiteral("incentive_complete 0 0 0"),
                          QStringLiteral("survey_completed 1 0 -1")}));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("province")).toString().size(), 2);
}

void TestMoneyCtl::budgetVerifyBalances()
{
    const CtlRun r = ctl({QStringLiteral("budget"), QStringLiteral("verify")});
    QVERIFY2(r.code == 0, r.err.constData());
    // 4 × Rp 3.550.000 = spent 1.550.000 + month 1 600.000 + survey 50.000 + outstanding.
    QCOMPARE(r.out,
             QByteArray("wave 1: committed Rp 14.200.000 = spent Rp 1.550.000 + incentives Rp 600.000 + surveys "
                        "Rp 50.000 + returned Rp 0 + outstanding Rp 12.000.000\n"
                        "OK: 1 waves balance and agree with a recount\n"));
    QVERIFY(r.err.isEmpty());
    QCOMPARE(ctl({QStringLiteral("budget"), QStringLiteral("verify"), QStringLiteral("extra")}).code, 2);
}

void TestMoneyCtl::budgetVerifyCatchesATamperedActual()
{
    Database& db = m_scratch.db();
    QVERIFY(db.exec(QStringLiteral("UPDATE wave_actuals SET spent = spent + 1000 WHERE wave = 1")).ok());
    const CtlRun r = ctl({QStringLiteral("budget"), QStringLiteral("verify")});
    QCOMPARE(r.code, 1);
    QVERIFY2(!r.out.contains("OK:"), r.out.constData());
    QVERIFY2(r.err.contains("budget verify: ") && r.err.contains("wave 1"), r.err.constData());
    QVERIFY(db.exec(QStringLiteral("UPDATE wave_actuals SET spent = spent - 1000 WHERE wave = 1")).ok());
    QCOMPARE(ctl({QStringLiteral("budget"), QStringLiteral("verify")}).code, 0);
}

void TestMoneyCtl::budgetVerifyCatchesAMissingPayout()
{
    Database& db = m_scratch.db();
    QVERIFY(db.exec(QStringLiteral("DELETE FROM payouts WHERE kind = (SELECT MIN(kind) FROM payouts)")).ok());
    const CtlRun r = ctl({QStringLiteral("budget"), QStringLiteral("verify")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("budget verify: ") && r.err.contains("wave 1"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestMoneyCtl)
#include "tst_moneyctl.moc"

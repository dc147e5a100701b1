// Training and platform field rules: each field with its reason; level, price and flag forms;
// the workflow's transitions.
#include "domain/Platform.h"
#include "domain/Training.h"

#include <QTest>

using namespace prakerja;

namespace {
Training valid()
{
    Training t;
    t.platform = QStringLiteral("TOKOPEDIA");
    t.code = QStringLiteral("TKP-0001");
    t.title = QStringLiteral("Akuntansi untuk Pemula");
    t.category = QStringLiteral("finance");
    t.price = 300000;
    t.durationHours = 10;
    t.url = QStringLiteral("https://www.tokopedia.com/x");
    return t;
}
} // namespace

class TestTrainingRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validTrainingHasNoProblem();
    void eachFieldAndReason_data();
    void eachFieldAndReason();
    void levelsInBothLanguages();
    void pricesPlainOrGrouped_data();
    void pricesPlainOrGrouped();
    void flags();
    void workflowTransitions_data();
    void workflowTransitions();
    void diffNamesFields();
    void platformRules();
};

void TestTrainingRules::validTrainingHasNoProblem()
{
    QVERIFY(TrainingRules::validate(valid(), 1'000'000).isEmpty());
    Training t = valid();
    t.price = 1'000'000; // exactly the credit
    QVERIFY(TrainingRules::validate(t, 1'000'000).isEmpty());
    t.mode = TrainingMode::Offline;
    t.healthClearance = true;
    QVERIFY(TrainingRules::validate(t, 1'000'000).isEmpty());
}

void TestTrainingRules::eachFieldAndReason_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedField");
    QTest::addColumn<QString>("expectedCode");
    QTest::newRow("no platform") << "platform"
                                 << ""
                                 << "platform"
                                 << "missing_platform";
    QTest::newRow("no code") << "code"
                             << ""
                             << "code"
                             << "missing_code";
    QTest::newRow("code with space") << "code"
                                     << "TKP 1"
                                     << "code"
                                     << "bad_code";
    QTest::newRow("no title") << "title"
                              << "  "
                              << "title"
                              << "missing_title";
    QTest::newRow("long title") << "title" << QString(201, u'a') << "title"
                                << "title_too_long";
    QTest::newRow("no category") << "category"
                                 << ""
                                 << "category"
                                 << "missing_category";
    QTest::newRow("price 0") << "price"
                             << "0"
                             << "price"
                             << "price_not_positive";
    QTest::newRow("negative price") << "price"
                                    << "-5"
                                    << "price"
                                    << "price_not_positive";
    QTest::newRow("above credit") << "price"
                                  << "1000001"
                                  << "price"
                                  << "price_above_credit";
    QTest::newRow("0 hours") << "duration_hours"
                             << "0"
                             << "duration_hours"
                             << "bad_duration";
    QTest::newRow("too many hours") << "duration_hours"
                                    << "1001"
                                    << "duration_hours"
                                    << "bad_duration";
    QTest::newRow("long description") << "description" << QString(5001, u'a') << "description"
                                      << "description_too_long";
    QTest::newRow("offline no clearance") << "mode"
                                          << "offline"
                                          << "mode"
                                          << "offline_without_clearance";
}

void TestTrainingRules::eachFieldAndReason()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expectedField);
    QFETCH(QString, expectedCode);
    Training t = valid();
    if (field == u"platform")
        t.platform = value;
    else if (field == u"code")
        t.code = value;
    else if (field == u"title")
        t.title = value;
    else if (field == u"category")
        t.category = value;
    else if (field == u"price")
        t.price = value.toLongLong();
    else if (field == u"duration_hours")
        t.durationHours = value.toInt();
    else if (field == u"description")
        t.description = value;
    else if (field == u"mode")
        t.mode = *TrainingRules::modeFromText(value);
    const QList<FieldProblem> problems = TrainingRules::validate(t, 1'000'000);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].field, expectedField);
    QCOMPARE(problems[0].error.code, expectedCode);
    QVERIFY(problems[0].error.message().startsWith(expectedField + u':'));
    QVERIFY(!problems[0].error.message().isEmpty());
}

void TestTrainingRules::levelsInBothLanguages()
{
    QCOMPARE(TrainingRules::levelFromText(u"Pemula"), TrainingLevel::Beginner);
    QCOMPARE(TrainingRules::levelFromText(u" beginner "), TrainingLevel::Beginner);
    QCOMPARE(TrainingRules::levelFromText(u"Menengah"), TrainingLevel::Intermediate);
    QCOMPARE(TrainingRules::levelFromText(u"Intermediate"), TrainingLevel::Intermediate);
    QCOMPARE(TrainingRules::levelFromText(u"MAHIR"), TrainingLevel::Advanced);
    QCOMPARE(TrainingRules::levelFromText(u"Advanced"), TrainingLevel::Advanced);
    QVERIFY(!TrainingRules::levelFromText(u"Expert"));
    QVERIFY(!TrainingRules::levelFromText(u""));
    QCOMPARE(TrainingRules::modeFromText(u"luring"), TrainingMode::Offline);
    QVERIFY(!TrainingRules::modeFromText(u"hybrid"));
}

void TestTrainingRules::pricesPlainOrGrouped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // -1: refused
    QTest::newRow("digits") << "1000000" << qint64(1'000'000);
    QTest::newRow("grouped") << "1.000.000" << qint64(1'000'000);
    QTest::newRow("rupiah") << "Rp 750.000" << qint64(750'000);
    QTest::newRow("small") << "500" << qint64(500);
    QTest::newRow("decimal comma") << "1,5" << qint64(-1);
    QTest::newRow("bad grouping") << "1.00.000" << qint64(-1);
    QTest::newRow("one dot five") << "1.5" << qint64(-1);
    QTest::newRow("words") << "1,5 juta" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("negative") << "-5" << qint64(-1);
}

void TestTrainingRules::pricesPlainOrGrouped()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const auto price = TrainingRules::parsePrice(text);
    if (expected < 0)
        QVERIFY(!price);
    else
        QCOMPARE(price.value_or(-1), expected);
}

void TestTrainingRules::flags()
{
    QCOMPARE(TrainingRules::parseFlag(u""), false);
    QCOMPARE(TrainingRules::parseFlag(u"ya"), true);
    QCOMPARE(TrainingRules::parseFlag(u"TRUE"), true);
    QCOMPARE(TrainingRules::parseFlag(u"0"), false);
    QVERIFY(!TrainingRules::parseFlag(u"mungkin"));
}

void TestTrainingRules::workflowTransitions_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("to"); // 0: refused
    using S = TrainingStatus;
    using A = TrainingAction;
    auto row
        = [](const char* name, S from, A action, int to) { QTest::newRow(name) << int(from) << int(action) << to; };
    row("draft submit", S::Draft, A::Submit, int(S::Submitted));
    row("rejected submit", S::Rejected, A::Submit, int(S::Submitted));
    row("published submit", S::Published, A::Submit, 0);
    row("submitted approve", S::Submitted, A::Approve, int(S::Approved));
    row("draft approve", S::Draft, A::Approve, 0);
    row("submitted reject", S::Submitted, A::Reject, int(S::Rejected));
    row("approved reject", S::Approved, A::Reject, int(S::Rejected));
    row("published reject", S::Published, A::Reject, 0);
    row("approved publish", S::Approved, A::Publish, int(S::Published));
    row("submitted publish", S::Submitted, A::Publish, 0);
    row("draft publish", S::Draft, A::Publish, 0);
    row("published retire", S::Published, A::Retire, int(S::Retired));
    row("draft retire", S::Draft, A::Retire, int(S::Retired));
    row("retired retire", S::Retired, A::Retire, 0);
    row("retired submit", S::Retired, A::Submit, 0);
}

void TestTrainingRules::workflowTransitions()
{
    QFETCH(int, from);
    QFETCH(int, action);
    QFETCH(int, to);
    const auto next = TrainingRules::transition(static_cast<TrainingStatus>(from), static_cast<TrainingAction>(action));
    QCOMPARE(next ? int(*next) : 0, to);
}

void TestTrainingRules::diffNamesFields()
{
    Training a = valid();
    Training b = a;
    QVERIFY(TrainingRules::diff(a, b).isEmpty());
    b.price = 350000;
    b.status = TrainingStatus::Submitted;
    const QList<FieldChange> changes = TrainingRules::diff(a, b);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes[0].field, QStringLiteral("price"));
    QCOMPARE(changes[0].from, QStringLiteral("300000"));
    QCOMPARE(changes[0].to, QStringLiteral("350000"));
    QCOMPARE(changes[1].field, QStringLiteral("status"));
}

void TestTrainingRules::platformRules()
{
    Platform p;
    p.code = QStringLiteral("KARIRHUB");
    p.name = QStringLiteral("KarirHub");
    p.website = QStringLiteral("https://karirhub.id");
    p.contactEmail = QStringLiteral("mitra@karirhub.id");
    p.agreementStart = QStringLiteral("2020-03-20");
    p.agreementEnd = QStringLiteral("2021-03-19");
    QVERIFY(PlatformRules::validate(p).isEmpty());
    p.code = QStringLiteral("karir hub");
    p.website = QStringLiteral("ftp://x");
    p.contactEmail = QStringLiteral("bukan-email");
    p.agreementEnd = QStringLiteral("2019-01-01");
    QStringList fields;
    for (const FieldProblem& f : PlatformRules::validate(p))
        fields << f.field;
    QCOMPARE(fields,
             (QStringList{QStringLiteral("code"), QStringLiteral("website"), QStringLiteral("contact_email"),
                          QStringLiteral("agreement_end")}));
    QCOMPARE(PlatformRules::parseCommission(u"12,5"), 1250);
    QCOMPARE(PlatformRules::parseCommission(u"10 %"), 1000);
    QVERIFY(!PlatformRules::parseCommission(u"101"));
    QCOMPARE(PlatformRules::commissionText(1250), QStringLiteral("12,5 %"));
    QCOMPARE(PlatformRules::commissionText(1000), QStringLiteral("10 %"));
}

QTEST_APPLESS_MAIN(TestTrainingRules)
#include "tst_trainingrules.moc"

// PasswordStrength: the shipped deny list is there and whole, and the estimate ranks the
// outside test's weak passwords below the limit and ordinary passphrases above it.
#include "security/PasswordHasher.h"
#include "security/PasswordStrength.h"

#include <QTest>

using namespace prakerja;

class TestPasswordStrength : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listIsShipped();
    void commonPasswords_data();
    void commonPasswords();
    void estimate_data();
    void estimate();
    void policyNamesTheReason();
};

void TestPasswordStrength::listIsShipped()
{
    QVERIFY(PasswordStrength::listSize() >= 30'000);
}

void TestPasswordStrength::commonPasswords_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("common");
    QTest::newRow("top") << QStringLiteral("123456") << true;
    QTest::newRow("capitals") << QStringLiteral("Dragon") << true;
    QTest::newRow("leet") << QStringLiteral("p4ssw0rd") << true;
    QTest::newRow("deep in the list") << QStringLiteral("trustno1") << true;
    QTest::newRow("passphrase") << QStringLiteral("kopi-tubruk-pagi-hari") << false;
}

void TestPasswordStrength::commonPasswords()
{
    QFETCH(QString, password);
    QFETCH(bool, common);
    QCOMPARE(PasswordStrength::isCommon(password), common);
}

void TestPasswordStrength::estimate_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("strong");
    QTest::newRow("keyboard twice") << QStringLiteral("qwertyqwerty") << false;
    QTest::newRow("two sequences") << QStringLiteral("123456789abc") << false;
    QTest::newRow("leet word and run") << QStringLiteral("Passw0rd!234") << false;
    QTest::newRow("twelve spaces") << QStringLiteral("            ") << false;
    QTest::newRow("one letter") << QStringLiteral("aaaaaaaaaaaaaaaa") << false;
    QTest::newRow("word and digits") << QStringLiteral("jakarta12345") << false;
    QTest::newRow("indonesian phrase") << QStringLiteral("kopi-tubruk-pagi-hari") << true;
    QTest::newRow("spaces phrase") << QStringLiteral("kata sandi panjang sekali") << true;
    QTest::newRow("english phrase") << QStringLiteral("a long passphrase") << true;
    QTest::newRow("random") << QStringLiteral("Tr0ub4dor&3xx") << true;
}

void TestPasswordStrength::estimate()
{
    QFETCH(QString, password);
    QFETCH(bool, strong);
    const double bits = PasswordStrength::estimateBits(password);
    QVERIFY2((bits >= PasswordStrength::kMinimumBits) == strong, qPrintable(QString::number(bits)));
}

void TestPasswordStrength::policyNamesTheReason()
{
    QCOMPARE(PasswordHasher::checkPolicy(QStringLiteral("qwertyqwerty")).error().code, QStringLiteral("password_weak"));
    QCOMPARE(PasswordHasher::checkPolicy(QStringLiteral("baseball1234")).error().code, QStringLiteral("password_weak"));
    QCOMPARE(PasswordHasher::checkPolicy(QStringLiteral("iloveyou2")).error().code,
             QStringLiteral("password_too_short"));
    QCOMPARE(PasswordHasher::checkPolicy(QStringLiteral("1qaz2wsx3edc")).error().code,
             QStringLiteral("password_common"));
    QVERIFY(PasswordHasher::checkPolicy(QStringLiteral("rendang-padang-pedas-77")));
}

QTEST_GUILESS_MAIN(TestPasswordStrength)
#include "tst_passwordstrength.moc"

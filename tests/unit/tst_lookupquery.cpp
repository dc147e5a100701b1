// The search box's recognition of NIK, phone, email and name, the messages for near-misses,
// masking of each personal field, and name normalisation for the token index.
#include "domain/Language.h"
#include "domain/PiiMask.h"
#include "security/KeyFile.h"
#include "security/NameTokenizer.h"
#include "services/LookupQuery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace prakerja;
using namespace Qt::StringLiterals;

class TestLookupQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recognises_data();
    void recognises();
    void nearMisses_data();
    void nearMisses();
    void explicitKind();
    void masks_data();
    void masks();
    void nameWords();
    void tokens();
};

void TestLookupQuery::recognises_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("normalised");
    QTest::addColumn<QStringList>("words");
    const int nik = int(LookupKind::Nik), phone = int(LookupKind::Phone), email = int(LookupKind::Email),
              name = int(LookupKind::Name);
    QTest::newRow("nik") << u"3201014506900001"_s << nik << QByteArray("3201014506900001") << QStringList();
    QTest::newRow("nik spaces around") << u"  3201014506900001 "_s << nik << QByteArray("3201014506900001")
                                       << QStringList();
    QTest::newRow("nik province 62") << u"6201014506900001"_s << nik << QByteArray("6201014506900001") << QStringList();
    QTest::newRow("08") << u"081234567890"_s << phone << QByteArray("6281234567890") << QStringList();
    QTest::newRow("8") << u"81234567890"_s << phone << QByteArray("6281234567890") << QStringList();
    QTest::newRow("628") << u"6281234567890"_s << phone << QByteArray("6281234567890") << QStringList();
    QTest::newRow("+628") << u"+6281234567890"_s << phone << QByteArray("6281234567890") << QStringList();
    QTest::newRow("spaces") << u"0812 3456 7890"_s << phone << QByteArray("6281234567890") << QStringList();
    QTest::newRow("dashes") << u"0812-3456-7890"_s << phone << QByteArray("6281234567890") << QStringList();
    QTest::newRow("dots") << u"0812.3456.7890"_s << phone << QByteArray("6281234567890") << QStringList();
    QTest::newRow("parens") << u"(0812) 3456-7890"_s << phone << QByteArray("6281234567890") << QStringList();
    QTest::newRow("+62 spaced") << u"+62 812-3456-7890"_s << phone << QByteArray("6281234567890") << QStringList();
    QTest::newRow("email") << u"Siti.Aminah@Contoh.ID"_s << email << QByteArray("siti.aminah@contoh.id")
                           << QStringList();
    QTest::newRow("name") << u"Siti Aminah"_s << name << QByteArray() << QStringList{u"siti"_s, u"aminah"_s};
    QTest::newRow("accents") << u"SITÌ Nurhalizà"_s << name << QByteArray() << QStringList{u"siti"_s, u"nurhaliza"_s};
    QTest::newRow("prefix") << u"muh"_s << name << QByteArray() << QStringList{u"muh"_s};
    QTest::newRow("apostrophe") << u"Ma'ruf"_s << name << QByteArray() << QStringList{u"maruf"_s};
}

void TestLookupQuery::recognises()
{
    QFETCH(QString, input);
    QFETCH(int, kind);
    QFETCH(QByteArray, normalised);
    QFETCH(QStringList, words);
    const LookupQuery q = LookupQuery::recognise(input);
    QVERIFY2(q.valid(), qPrintable(q.problem.message()));
    QCOMPARE(int(q.kind), kind);
    QCOMPARE(q.normalised, normalised);
    QCOMPARE(q.words, words);
}

void TestLookupQuery::nearMisses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("says");
    QTest::newRow("15 digits") << u"320101450690000"_s << u"nik_length"_s << u"15"_s;
    QTest::newRow("17 digits") << u"32010145069000011"_s << u"nik_length"_s << u"17"_s;
    QTest::newRow("letter O") << u"32010145O6900001"_s << u"nik_letters"_s << u"'O' (9)"_s;
    QTest::newRow("letter l") << u"320101450690000l"_s << u"nik_letters"_s << u"(16)"_s;
    QTest::newRow("no domain") << u"siti@"_s << u"email_no_domain"_s << u"domain"_s;
    QTest::newRow("domain without dot") << u"siti@contoh"_s << u"email_bad_domain"_s << u"contoh"_s;
    QTest::newRow("no local part") << u"@contoh.id"_s << u"email_no_local_part"_s << u"'@'"_s;
    QTest::newRow("short phone") << u"0812345"_s << u"phone_invalid"_s << u"7"_s;
    QTest::newRow("landline +62 21") << u"+62 21 5551234"_s << u"phone_invalid"_s << u"08"_s;
    QTest::newRow("short name") << u"Al"_s << u"name_too_short"_s << u"3"_s;
    QTest::newRow("empty") << u"   "_s << u"empty_query"_s << u"NIK"_s;
}

void TestLookupQuery::nearMisses()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    QFETCH(QString, says);
    Language::install(QStringLiteral("en"));
    const LookupQuery q = LookupQuery::recognise(input);
    Language::install(QStringLiteral("id"));
    const LookupQuery id = LookupQuery::recognise(input);
    QVERIFY(!q.valid());
    QCOMPARE(q.problem.code, code);
    QVERIFY2(q.problem.message().contains(says), qPrintable(q.problem.message()));
    QVERIFY(!id.problem.message().isEmpty());
    QVERIFY2(q.problem.message() != id.problem.message(), qPrintable(id.problem.message()));
}

void TestLookupQuery::explicitKind()
{
    QCOMPARE(LookupQuery::as(LookupKind::Nik, u"3201014506900001").kind, LookupKind::Nik);
    QCOMPARE(LookupQuery::as(LookupKind::Phone, u"3201014506900001").problem.code, u"phone_invalid"_s);
    QCOMPARE(LookupQuery::as(LookupKind::Email, u"siti@").problem.code, u"email_no_domain"_s);
    // --name takes the words even when they look like something else.
    const LookupQuery n = LookupQuery::as(LookupKind::Name, u"Siti 123");
    QCOMPARE(n.kind, LookupKind::Name);
    QCOMPARE(n.words, (QStringList{u"siti"_s, u"123"_s}));
}

void TestLookupQuery::masks_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("masked");
    const QString b(PiiMask::kBullet);
    QTest::newRow("nik") << u"nik"_s << u"3201014506900001"_s << (u"3201"_s + b.repeated(8) + u"0001"_s);
    QTest::newRow("kk") << u"nik"_s << u"3201012203150007"_s << (u"3201"_s + b.repeated(8) + u"0007"_s);
    QTest::newRow("email") << u"email"_s << u"siti@contoh.id"_s << (u"s"_s + b.repeated(3) + u"@contoh.id"_s);
    QTest::newRow("phone 62") << u"phone"_s << u"6281234567890"_s << (u"0812"_s + b.repeated(5) + u"890"_s);
    QTest::newRow("phone 08") << u"phone"_s << u"081234567890"_s << (u"0812"_s + b.repeated(5) + u"890"_s);
}

void TestLookupQuery::masks()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, masked);
    const QString got = field == u"nik" ? PiiMask::nik(value)
        : field == u"email"             ? PiiMask::email(value)
                                        : PiiMask::phone(value);
    QCOMPARE(got, masked);
    QCOMPARE(got.size(), field == u"email" ? masked.size() : value.size() - (value.startsWith(u"62") ? 1 : 0));
}

void TestLookupQuery::nameWords()
{
    QCOMPARE(NameTokenizer::normalisedWords(u"  Sitì  Nur-Aini "), (QStringList{u"siti"_s, u"nur"_s, u"aini"_s}));
    const QStringList name = NameTokenizer::normalisedWords(u"Muhammad Rizki Pratama");
    QVERIFY(NameTokenizer::matches(name, {u"muh"_s, u"pra"_s}));
    QVERIFY(NameTokenizer::matches(name, {u"rizki"_s}));
    QVERIFY(!NameTokenizer::matches(name, {u"muh"_s, u"fajar"_s}));
    QVERIFY(!NameTokenizer::matches(name, {u"uhammad"_s})); // prefixes only
}

void TestLookupQuery::tokens()
{
    QTemporaryDir dir;
    auto keys = KeyFile::create(dir.filePath(u"k"_s));
    QVERIFY(keys.ok());
    NameTokenizer t(keys.value());
    const QList<qint64> index = t.indexTokens(u"Muhammad Ali");
    // "muh".."muhammad" (6 prefixes) and "ali" (1).
    QCOMPARE(index.size(), 7);
    QVERIFY(index.contains(t.queryToken(u"muh")));
    QVERIFY(index.contains(t.queryToken(u"muhammad")));
    QVERIFY(index.contains(t.queryToken(u"muhammadiyah"))); // longer words search by their first 8 letters
    QVERIFY(!index.contains(t.queryToken(u"mu")));
    // Another key generation makes other tokens.
    KeyFile rotated = keys.value();
    rotated.addGeneration();
    NameTokenizer t2(rotated);
    QVERIFY(t2.queryToken(u"muh") != t.queryToken(u"muh"));
}

QTEST_GUILESS_MAIN(TestLookupQuery)
#include "tst_lookupquery.moc"

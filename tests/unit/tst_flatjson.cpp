// The feed's strict flat-object JSON parser.
#include "io/FlatJsonObject.h"

#include <QTest>

using namespace prakerja;

class TestFlatJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepts();
    void rejects_data();
    void rejects();
    void escapes();
};

void TestFlatJson::accepts()
{
    QString error;
    const auto o = FlatJsonObject::parse(R"( {"a":"x","n":-12.5e3,"t":true,"f":false,"z":null,"e":""} )", &error);
    QVERIFY2(o.has_value(), qPrintable(error));
    QCOMPARE(o->members().size(), size_t(6));
    QCOMPARE(o->find("a")->text, QStringLiteral("x"));
    QCOMPARE(o->find("n")->kind, FlatJsonObject::Kind::Number);
    QCOMPARE(o->find("n")->text, QStringLiteral("-12.5e3"));
    QCOMPARE(o->find("t")->kind, FlatJsonObject::Kind::Bool);
    QCOMPARE(o->find("z")->kind, FlatJsonObject::Kind::Null);
    QVERIFY(!o->find("missing"));
    QVERIFY(FlatJsonObject::parse("{}", &error).has_value());
}

void TestFlatJson::rejects_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("array") << QByteArray("[1]");
    QTest::newRow("nested object") << QByteArray(R"({"a":{"b":1}})");
    QTest::newRow("nested array") << QByteArray(R"({"a":[1]})");
    QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})");
    QTest::newRow("unquoted key") << QByteArray(R"({a:1})");
    QTest::newRow("single quotes") << QByteArray(R"({'a':1})");
    QTest::newRow("unterminated string") << QByteArray(R"({"a":"x})");
    QTest::newRow("trailing garbage") << QByteArray(R"({"a":1} x)");
    QTest::newRow("leading zero") << QByteArray(R"({"a":01})");
    QTest::newRow("bad escape") << QByteArray(R"({"a":"\q"})");
    QTest::newRow("lone surrogate") << QByteArray(R"({"a":"\ud800"})");
    QTest::newRow("raw newline in string") << QByteArray("{\"a\":\"x\ny\"}");
    QTest::newRow("duplicate key") << QByteArray(R"({"a":1,"a":2})");
    QTest::newRow("invalid utf-8") << QByteArray("{\"a\":\"\xff\xfe\"}");
    QTest::newRow("truncated") << QByteArray(R"({"a":)");
}

void TestFlatJson::rejects()
{
    QFETCH(QByteArray, line);
    QString error;
    QVERIFY(!FlatJsonObject::parse(line, &error).has_value());
    QVERIFY(!error.isEmpty());
}

void TestFlatJson::escapes()
{
    QString error;
    const auto o = FlatJsonObject::parse(R"({"s":"a\"b\\c\/d\n\u00e9\ud83d\ude00"})", &error);
    QVERIFY2(o.has_value(), qPrintable(error));
    QCOMPARE(o->find("s")->text, QString::fromUtf8("a\"b\\c/d\n\xC3\xA9\xF0\x9F\x98\x80"));
}

QTEST_GUILESS_MAIN(TestFlatJson)
#include "tst_flatjson.moc"

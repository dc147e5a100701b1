// NIK rules: structure, region codes, birth date (women +40, leap years), serial, century.
#include "domain/Language.h"
#include "domain/Nik.h"
#include "domain/RegionTable.h"

#include <QTest>

using namespace prakerja;

class TestNik : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check();
    void derivesSexAndBirthDate_data();
    void derivesSexAndBirthDate();
    void centuryFollowsReferenceDate();
    void ageOn();
    void composeRoundTrips();
    void messagesInBothLanguages();
    void regionTableKeepsRetiredCodes();
};

namespace {
const CivilDate kRef{2020, 4, 11};
}

void TestNik::check_data()
{
    QTest::addColumn<QString>("nik");
    QTest::addColumn<int>("failure");
    using F = Nik::Failure;
    QTest::newRow("valid man") << "3171011505900001" << int(F::None);
    QTest::newRow("valid woman day 41") << "3171014101900001" << int(F::None);
    QTest::newRow("valid woman day 71") << "3171017101900001" << int(F::None);
    QTest::newRow("woman day 72") << "3171017201900001" << int(F::BirthDate);
    QTest::newRow("day 00") << "3171010001900001" << int(F::BirthDate);
    QTest::newRow("day 40") << "3171014001900001" << int(F::BirthDate);
    QTest::newRow("day 32") << "3171013201900001" << int(F::BirthDate);
    QTest::newRow("month 13") << "3171011513900001" << int(F::BirthDate);
    QTest::newRow("month 00") << "3171011500900001" << int(F::BirthDate);
    QTest::newRow("29 Feb leap 1992") << "3171012902920001" << int(F::None);
    QTest::newRow("29 Feb woman leap 1992") << "3171016902920001" << int(F::None);
    QTest::newRow("29 Feb non-leap 1991") << "3171012902910001" << int(F::BirthDate);
    QTest::newRow("29 Feb 2000 is leap") << "3171012902000001" << int(F::None);
    QTest::newRow("31 April") << "3171013104900001" << int(F::BirthDate);
    QTest::newRow("unknown province 99") << "9971011505900001" << int(F::Province);
    QTest::newRow("unknown regency 3199") << "3199011505900001" << int(F::Regency);
    QTest::newRow("unknown district 317199") << "3171991505900001" << int(F::District);
    QTest::newRow("serial 0000") << "3171011505900000" << int(F::Serial);
    QTest::newRow("non-digit") << "31710115059000A1" << int(F::Digits);
    QTest::newRow("space") << "3171011505 00001" << int(F::Digits);
    QTest::newRow("too short") << "317101150590001" << int(F::Length);
    QTest::newRow("too long") << "31710115059000011" << int(F::Length);
    QTest::newRow("empty") << "" << int(F::Length);
    QTest::newRow("arabic-indic digits") << QStringLiteral("٣١٧١٠١١٥٠٥٩٠٠٠٠١") << int(F::Digits);
    QTest::newRow("retired Papua code 9101") << "9101011505900001" << int(F::None);
}

void TestNik::check()
{
    QFETCH(QString, nik);
    QFETCH(int, failure);
    QCOMPARE(int(Nik::check(nik, kRef)), failure);
    const Result<Nik> parsed = Nik::parse(nik, kRef);
    QCOMPARE(parsed.ok(), failure == int(Nik::Failure::None));
    if (!parsed.ok())
        QCOMPARE(parsed.error().code, Nik::errorFor(Nik::Failure(failure)).code);
}

void TestNik::derivesSexAndBirthDate_data()
{
    QTest::addColumn<QString>("nik");
    QTest::addColumn<int>("sex");
    QTest::addColumn<QString>("birth");
    QTest::addColumn<int>("province");
    QTest::addColumn<int>("regency");
    QTest::newRow("man 1990") << "3171011505900001" << int(Sex::Male) << "1990-05-15" << 31 << 3171;
    QTest::newRow("woman 1990") << "3171015505900001" << int(Sex::Female) << "1990-05-15" << 31 << 3171;
    QTest::newRow("woman 2001") << "1101014101010002" << int(Sex::Female) << "2001-01-01" << 11 << 1101;
}

void TestNik::derivesSexAndBirthDate()
{
    QFETCH(QString, nik);
    QFETCH(int, sex);
    QFETCH(QString, birth);
    QFETCH(int, province);
    QFETCH(int, regency);
    const Result<Nik> parsed = Nik::parse(nik, kRef);
    QVERIFY(parsed.ok());
    QCOMPARE(int(parsed->sex()), sex);
    QCOMPARE(parsed->birthDate().toIso(), birth);
    QCOMPARE(parsed->provinceCode(), province);
    QCOMPARE(parsed->regencyCode(), regency);
}

void TestNik::centuryFollowsReferenceDate()
{
    // YY=19: born 2019 if that is not after the reference date, else 1919.
    QCOMPARE(Nik::parse(u"3171011505190001", CivilDate{2020, 4, 11})->birthDate().year, 2019);
    QCOMPARE(Nik::parse(u"3171011505200001", CivilDate{2020, 4, 11})->birthDate().year, 1920);
    QCOMPARE(Nik::parse(u"3171011004200001", CivilDate{2020, 4, 11})->birthDate().year, 2020);
    QCOMPARE(Nik::parse(u"3171011505250001", CivilDate{2020, 4, 11})->birthDate().year, 1925);
    const int age = Nik::parse(u"3171011505250001", CivilDate{2020, 4, 11})->ageOn(CivilDate{2020, 4, 11});
    QVERIFY(age >= 0 && age <= 100);
}

void TestNik::ageOn()
{
    const Nik nik = Nik::parse(u"3171011505020001", kRef).value(); // born 2002-05-15
    QCOMPARE(nik.ageOn(CivilDate{2020, 5, 14}), 17);
    QCOMPARE(nik.ageOn(CivilDate{2020, 5, 15}), 18);
    const Nik leap = Nik::parse(u"3171012902000001", kRef).value(); // born 2000-02-29
    QCOMPARE(leap.ageOn(CivilDate{2018, 2, 28}), 17);
    QCOMPARE(leap.ageOn(CivilDate{2018, 3, 1}), 18);
}

void TestNik::composeRoundTrips()
{
    const CivilDate birth{1987, 12, 31};
    const QString nik = Nik::compose(317101, birth, Sex::Female, 42);
    QCOMPARE(nik, QStringLiteral("3171017112870042"));
    const Result<Nik> parsed = Nik::parse(nik, kRef);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->birthDate(), birth);
    QCOMPARE(parsed->sex(), Sex::Female);
    QCOMPARE(parsed->serial(), 42);
}

void TestNik::messagesInBothLanguages()
{
    for (auto f : {Nik::Failure::Length, Nik::Failure::Digits, Nik::Failure::Province, Nik::Failure::Regency,
                   Nik::Failure::District, Nik::Failure::BirthDate, Nik::Failure::Serial}) {
        // One catalogue: the Indonesian source, and its English from the installed translation.
        Language::install(QStringLiteral("id"));
        const Error id = Nik::errorFor(f);
        Language::install(QStringLiteral("en"));
        const Error en = Nik::errorFor(f);
        Language::install(QStringLiteral("id"));
        QVERIFY(id.code.startsWith(QStringLiteral("nik_")));
        QCOMPARE(en.code, id.code);
        QVERIFY(!id.message().isEmpty());
        QVERIFY(!en.message().isEmpty());
        QVERIFY2(en.message() != id.message(), qPrintable(id.message()));
    }
}

void TestNik::regionTableKeepsRetiredCodes()
{
    const RegionTable& t = RegionTable::instance();
    QVERIFY(t.hasProvince(11));
    QVERIFY(t.hasRegency(3171));
    QVERIFY(t.hasDistrict(317101));
    QVERIFY(t.hasRegency(9101)); // reorganised in 2022, still valid in NIKs issued before
    QVERIFY(!t.hasProvince(99));
    QVERIFY(t.districtCodes().size() > 7000);
}

QTEST_GUILESS_MAIN(TestNik)
#include "tst_nik.moc"

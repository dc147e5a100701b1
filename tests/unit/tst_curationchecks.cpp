// The curation checks, each with a case that flags and one that does not.
#include "engine/CurationChecks.h"
#include "engine/DemoCatalogue.h"

#include <QSet>
#include <QTest>

using namespace prakerja;

namespace {
qint64 g_id = 0;

Training make(const QString& platform, const QString& title, const QString& category, qint64 price, int hours)
{
    Training t;
    t.id = ++g_id;
    t.platform = platform;
    t.code = QStringLiteral("C-%1").arg(t.id);
    t.title = title;
    t.category = category;
    t.price = price;
    t.durationHours = hours;
    t.description = QStringLiteral("%1: pelatihan dengan latihan, studi kasus dan sertifikat untuk peserta yang "
                                   "ingin bekerja.")
                        .arg(title);
    t.url = QStringLiteral("https://contoh.id/%1").arg(t.id);
    t.status = TrainingStatus::Published;
    return t;
}

// Three ordinary trainings of a category, so that medians exist.
QList<Training> base()
{
    return {make(QStringLiteral("TOKOPEDIA"), QStringLiteral("Satu"), QStringLiteral("digital"), 300000, 10),
            make(QStringLiteral("PINTARIA"), QStringLiteral("Dua"), QStringLiteral("digital"), 320000, 10),
            make(QStringLiteral("SEKOLAHMU"), QStringLiteral("Tiga"), QStringLiteral("digital"), 280000, 10)};
}

QList<CurationCheck> flagsOf(const QList<CurationFlag>& flags, qint64 id)
{
    QList<CurationCheck> out;
    for (const CurationFlag& f : flags)
        if (f.trainingId == id)
            out << f.check;
    return out;
}
} // namespace

class TestCurationChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ordinaryCatalogueHasNoFlag();
    void priceSpread();
    void categoryMedian();
    void pricePerHour();
    void shortDescription();
    void copiedDescription();
    void offlineWithoutClearance();
    void deadUrl();
    void retiredIsNotChecked();
    void normalisation();
    void demoCatalogue();
};

void TestCurationChecks::ordinaryCatalogueHasNoFlag()
{
    QVERIFY(CurationChecks::run(base()).isEmpty());
}

void TestCurationChecks::priceSpread()
{
    QList<Training> list = base();
    // The same training (title up to case and accents, same hours) on two platforms.
    Training a = make(QStringLiteral("TOKOPEDIA"), QStringLiteral("Barista Dasar"), QStringLiteral("food"), 400000, 8);
    Training b = make(QStringLiteral("PINTARIA"), QStringLiteral("barísta  DASAR"), QStringLiteral("food"), 500000, 8);
    list << a << b;
    QVERIFY(!flagsOf(CurationChecks::run(list), a.id).contains(CurationCheck::PriceSpread)); // 25 % exactly
    list.last().price = 501000;
    const QList<CurationFlag> flags = CurationChecks::run(list);
    QVERIFY(flagsOf(flags, a.id).contains(CurationCheck::PriceSpread));
    QVERIFY(flagsOf(flags, list.last().id).contains(CurationCheck::PriceSpread));
    // Different duration: not the same training.
    list.last().durationHours = 9;
    QVERIFY(!flagsOf(CurationChecks::run(list), a.id).contains(CurationCheck::PriceSpread));
}

void TestCurationChecks::categoryMedian()
{
    QList<Training> list = base();
    Training t = make(QStringLiteral("BUKALAPAK"), QStringLiteral("Empat"), QStringLiteral("digital"), 600000, 30);
    list << t; // median 310,000: 600,000 is not more than twice
    QVERIFY(!flagsOf(CurationChecks::run(list), t.id).contains(CurationCheck::CategoryMedian));
    list.last().price = 700000;
    const QList<CurationFlag> flags = CurationChecks::run(list);
    QVERIFY(flagsOf(flags, t.id).contains(CurationCheck::CategoryMedian));
    for (const CurationFlag& f : flags)
        if (f.check == CurationCheck::CategoryMedian)
            QVERIFY2(f.reason().contains(QStringLiteral("Rp 700.000")), qPrintable(f.reason()));
}

void TestCurationChecks::pricePerHour()
{
    QList<Training> list = base(); // Rp 28,000–32,000 per hour
    Training t = make(QStringLiteral("BUKALAPAK"), QStringLiteral("Empat"), QStringLiteral("digital"), 300000, 4);
    list << t; // 75,000 per hour: less than three times the median (31,000)
    QVERIFY(!flagsOf(CurationChecks::run(list), t.id).contains(CurationCheck::PricePerHour));
    list.last().durationHours = 2; // 150,000 per hour
    QVERIFY(flagsOf(CurationChecks::run(list), t.id).contains(CurationCheck::PricePerHour));
}

void TestCurationChecks::shortDescription()
{
    QList<Training> list = base();
    list[0].description = QString(80, u'a');
    QVERIFY(!flagsOf(CurationChecks::run(list), list[0].id).contains(CurationCheck::ShortDescription));
    list[0].description = QString(79, u'a');
    QVERIFY(flagsOf(CurationChecks::run(list), list[0].id).contains(CurationCheck::ShortDescription));
}

void TestCurationChecks::copiedDescription()
{
    QList<Training> list = base();
    // The same training on another platform may share its description.
    Training same = make(QStringLiteral("BUKALAPAK"), QStringLiteral("Satu"), QStringLiteral("digital"), 300000, 10);
    same.description = list[0].description;
    list << same;
    QVERIFY(!flagsOf(CurationChecks::run(list), same.id).contains(CurationCheck::CopiedDescription));
    list.last().title = QStringLiteral("Lima");
    const QList<CurationFlag> flags = CurationChecks::run(list);
    QVERIFY(flagsOf(flags, same.id).contains(CurationCheck::CopiedDescription));
    QVERIFY(flagsOf(flags, list[0].id).contains(CurationCheck::CopiedDescription));
}

void TestCurationChecks::offlineWithoutClearance()
{
    QList<Training> list = base();
    list[0].mode = TrainingMode::Offline;
    list[0].healthClearance = true;
    QVERIFY(!flagsOf(CurationChecks::run(list), list[0].id).contains(CurationCheck::OfflineWithoutClearance));
    list[0].healthClearance = false;
    QVERIFY(flagsOf(CurationChecks::run(list), list[0].id).contains(CurationCheck::OfflineWithoutClearance));
}

void TestCurationChecks::deadUrl()
{
    for (const QString& url : {QString(), QStringLiteral("www.contoh.id"), QStringLiteral("ftp://contoh.id/x"),
                               QStringLiteral("javascript:alert(1)"), QStringLiteral("https://")}) {
        QList<Training> list = base();
        list[1].url = url;
        QVERIFY2(flagsOf(CurationChecks::run(list), list[1].id).contains(CurationCheck::DeadUrl), qPrintable(url));
    }
    QList<Training> list = base();
    list[1].url = QStringLiteral("http://contoh.id/kelas?id=3");
    QVERIFY(CurationChecks::run(list).isEmpty());
}

void TestCurationChecks::retiredIsNotChecked()
{
    QList<Training> list = base();
    list[0].url.clear();
    list[0].status = TrainingStatus::Retired;
    QVERIFY(CurationChecks::run(list).isEmpty());
}

void TestCurationChecks::normalisation()
{
    QCOMPARE(CurationChecks::normalise(QStringLiteral("  Kafé  & Kopi! ")), QStringLiteral("kafe kopi"));
    QCOMPARE(CurationChecks::normalise(QStringLiteral("Da'i Muda")), QStringLiteral("da i muda"));
}

void TestCurationChecks::demoCatalogue()
{
    const QList<Training> demo = DemoCatalogue::generate();
    QVERIFY2(demo.size() >= 900, qPrintable(QString::number(demo.size())));
    QSet<QString> platforms, keys, titles;
    for (const Training& t : demo) {
        platforms.insert(t.platform);
        keys.insert(t.platform + u'/' + t.code);
        titles.insert(t.title);
        QVERIFY2(TrainingRules::validate(t, 1'000'000).isEmpty(), qPrintable(t.code));
    }
    QCOMPARE(platforms.size(), 8);
    QCOMPARE(keys.size(), demo.size()); // codes unique per platform
    for (const QString& example : DemoCatalogue::examples())
        QVERIFY2(titles.contains(example), qPrintable(example));
    // Some flags to show, but a catalogue mostly in order.
    const QList<CurationFlag> flags = CurationChecks::run(demo);
    QVERIFY(!flags.isEmpty());
    QVERIFY(flags.size() < demo.size() / 5);
}

QTEST_APPLESS_MAIN(TestCurationChecks)
#include "tst_curationchecks.moc"

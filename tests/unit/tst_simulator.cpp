// The launch-day simulator: deterministic, shaped like the day, valid records and planned bad ones.
#include "domain/Nik.h"
#include "domain/Timestamp.h"
#include "io/FlatJsonObject.h"
#include "io/RegistrationSimulator.h"

#include <QHash>
#include <QSet>
#include <QTest>
#include <numeric>

using namespace prakerja;

namespace {
QList<QByteArray> run(const SimulatorOptions& options)
{
    RegistrationSimulator simulator(options);
    QList<QByteArray> lines;
    QByteArray line;
    for (FeedIngestor::Next next; (next = simulator.next(line)) != FeedIngestor::Next::End;)
        if (next == FeedIngestor::Next::Line)
            lines << line;
    return lines;
}
} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void launchDayShape();
    void scaledShape();
    void sameSeedSameData();
    void recordsAreValidAndOrdered();
    void cleanRecordsNeverShareANik();
};

void TestSimulator::launchDayShape()
{
    const RegistrationSimulator simulator{SimulatorOptions{}};
    const auto& plan = simulator.minutePlan();
    QCOMPARE(plan.size(), size_t(21 * 60));
    QCOMPARE(std::accumulate(plan.begin(), plan.end(), qint64(0)), RegistrationSimulator::kLaunchRegistrations);
    const qint64 peak = *std::max_element(plan.begin(), plan.end());
    QVERIFY2(qAbs(peak - RegistrationSimulator::kLaunchPeakPerMinute) <= 800, qPrintable(QString::number(peak)));
    // A ramp: the first minute is far below the peak.
    QVERIFY(plan.front() < peak / 100);
}

void TestSimulator::scaledShape()
{
    SimulatorOptions options;
    options.registrations = 143'213;
    options.hours = 21;
    const RegistrationSimulator simulator(options);
    const auto& plan = simulator.minutePlan();
    QCOMPARE(std::accumulate(plan.begin(), plan.end(), qint64(0)), qint64(143'213));
    const qint64 peak = *std::max_element(plan.begin(), plan.end());
    QVERIFY2(qAbs(peak - 8'000) <= 100, qPrintable(QString::number(peak)));
}

void TestSimulator::sameSeedSameData()
{
    SimulatorOptions options;
    options.registrations = 2000;
    options.hours = 2;
    options.seed = 7;
    const QList<QByteArray> a = run(options);
    QCOMPARE(run(options), a);
    options.seed = 8;
    QVERIFY(run(options) != a);
}

void TestSimulator::recordsAreValidAndOrdered()
{
    SimulatorOptions options;
    options.registrations = 20'000;
    options.hours = 3;
    options.badShare = 0.03;
    const QList<QByteArray> lines = run(options);
    QHash<QString, int> events;
    QSet<QString> niks, emails;
    int invalidNik = 0, duplicateNik = 0, underAge = 0;
    qint64 previous = 0;
    const qint64 end = options.startMs + 3 * Timestamp::kHour;
    for (const QByteArray& line : lines) {
        QString error;
        const auto o = FlatJsonObject::parse(line, &error);
        QVERIFY2(o.has_value(), qPrintable(error));
        const QString event = o->find("event")->text;
        ++events[event];
        const qint64 at = *Timestamp::parseIso8601(o->find("at")->text);
        QVERIFY(at >= previous); // time order
        QVERIFY(at >= options.startMs && at <= end);
        previous = at;
        if (event != u"registered")
            continue;
        const QString nikText = o->find("nik")->text;
        const Result<Nik> nik = Nik::parse(nikText, Timestamp::dateWib(at));
        if (!nik) {
            ++invalidNik;
            continue;
        }
        QCOMPARE(o->find("birth_date")->text, nik->birthDate().toIso());
        if (nik->ageOn(Timestamp::dateWib(at)) < 18)
            ++underAge;
        if (niks.contains(nikText))
            ++duplicateNik;
        niks.insert(nikText);
        const QString email = o->find("email")->text;
        QVERIFY(!emails.contains(email));
        emails.insert(email);
        QVERIFY(o->find("phone")->text.startsWith(QStringLiteral("08")));
    }
    QCOMPARE(events.value(QStringLiteral("registered")), 20'000);
    // Conversions within the window, as on launch day (bad records have no follow-ups).
    const double registered = 20'000;
    QVERIFY(qAbs(events.value(QStringLiteral("email_verified")) / registered - 0.74) < 0.03);
    QVERIFY(qAbs(events.value(QStringLiteral("nik_verified")) / registered - 0.44) < 0.03);
    QVERIFY(qAbs(events.value(QStringLiteral("joined_batch")) / registered - 0.054) < 0.01);
    QVERIFY(events.value(QStringLiteral("phone_verified")) > 0);
    QVERIFY(events.value(QStringLiteral("test_completed")) > 0);
    QVERIFY(events.value(QStringLiteral("nik_rejected")) > 0);
    // Each kind of bad record shows up.
    QVERIFY(invalidNik > 50);
    QVERIFY(duplicateNik > 50);
    QVERIFY(underAge > 50);
}

// With no bad share every NIK is distinct, and by construction: no two registrations share the
// district and serial, whatever their birth dates. Random districts with the serial taken from
// the index repeated that pair about 60 times in 100,000 (and a whole NIK 46 times in 10 M).
void TestSimulator::cleanRecordsNeverShareANik()
{
    SimulatorOptions options;
    options.registrations = 100'000;
    options.badShare = 0;
    options.registrationsOnly = true;
    QSet<QString> places;
    for (const QByteArray& line : run(options)) {
        const QString nik = FlatJsonObject::parse(line, nullptr)->find("nik")->text;
        const QString place = nik.left(6) + nik.right(4);
        QVERIFY2(!places.contains(place), qPrintable(nik));
        places.insert(place);
    }
    QCOMPARE(places.size(), 100'000);
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"

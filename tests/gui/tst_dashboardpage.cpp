// The Dashboard page, offscreen, with the real FunnelWatcher thread: a fixture ingested by
// another connection reaches the tiles; pause holds the view; exports write a PNG, the CSV
// rows of the chart (golden file) and a PDF; a vanished database shows the unreachable state
// and the page reconnects by itself.
#include "ChartPanel.h"
#include "DashboardPage.h"
#include "StageTile.h"
#include "TestSupport.h"

#include "domain/Timestamp.h"
#include "engine/FunnelTracker.h"
#include "io/FeedIngestor.h"
#include "services/FunnelWatcher.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace prakerja;
using namespace prakerja::test;

namespace {

void ingest(const QString& dbPath, const KeyFile& keys, const QList<QByteArray>& lines)
{
    // Its own connection, as another process would: the watcher learns of it by data_version.
    auto db = Database::open(dbPath, keys);
    QVERIFY(db.ok());
    FeedIngestor ingestor(*db.value());
    qsizetype next = 0;
    const auto result = ingestor.ingest([&](QByteArray& line) {
        if (next == lines.size())
            return FeedIngestor::Next::End;
        line = lines[next++];
        return FeedIngestor::Next::Line;
    });
    QVERIFY(result.ok());
}

QString label(const StageTile* tile, const char* name)
{
    return tile->findChild<QLabel*>(QLatin1StringView(name))->text();
}

const CivilDate kBirth(1992, 1, 20);

QList<QByteArray> fixture()
{
    QList<QByteArray> lines;
    // Five registrations in 19:00 WIB (four in Jakarta, one in Bandung), one in 19:01.
    for (int i = 1; i <= 6; ++i)
        lines << registeredLine(makeNik(kBirth, Sex::Female, i, i == 5 ? 327301 : 317101),
                                QStringLiteral("p%1@example.id").arg(i), kBirth,
                                QStringLiteral("2020-04-11T19:0%1:%2+07:00").arg(i == 6 ? 1 : 0).arg(10 + i));
    lines << "{broken"; // rejected: never counts
    for (int i = 1; i <= 4; ++i)
        lines << stageLine(QStringLiteral("email_verified"), makeNik(kBirth, Sex::Female, i, 317101),
                           QStringLiteral("2020-04-11T19:01:3%1+07:00").arg(i));
    lines << stageLine(QStringLiteral("nik_rejected"), makeNik(kBirth, Sex::Female, 1, 317101),
                       QStringLiteral("2020-04-11T19:02:00+07:00"), QStringLiteral(R"("reason":"not_found")"));
    lines << stageLine(QStringLiteral("nik_verified"), makeNik(kBirth, Sex::Female, 2, 317101),
                       QStringLiteral("2020-04-11T19:02:05+07:00"));
    return lines;
}

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tilesShowIngestedFixture();
    void pauseHoldsTheView();
    void exportsPngCsvAndPdf();
    void unreachableThenReconnects();
    void pastSelectionPerProvinceAndLegibleFunnel();
};

void TestDashboardPage::tilesShowIngestedFixture()
{
    ScratchDatabase scratch;
    FunnelWatcher watcher(WorkspacePaths{scratch.dbPath(), scratch.keyPath()}, scratch.keys(),
                          Session(1, QStringLiteral("analis"), Role::Analyst));
    DashboardPage page(&watcher);
    page.resize(1200, 900);
    page.show();
    StageTile* registered = page.findChild<StageTile*>(QStringLiteral("tile_registered"));
    StageTile* email = page.findChild<StageTile*>(QStringLiteral("tile_email_verified"));
    StageTile* nik = page.findChild<StageTile*>(QStringLiteral("tile_nik_verified"));
    QVERIFY(registered && email && nik);
    QTRY_COMPARE(page.findChild<QLabel*>(QStringLiteral("liveStatus"))->text().contains(QStringLiteral("Langsung")),
                 true);
    QCOMPARE(label(registered, "count"), QStringLiteral("0"));

    ingest(scratch.dbPath(), scratch.keys(), fixture());
    QTRY_COMPARE_WITH_TIMEOUT(label(registered, "count"), QStringLiteral("6"), 5000);
    QTRY_COMPARE(label(email, "count"), QStringLiteral("4"));
    QCOMPARE(label(email, "shares"), QStringLiteral("66,67 % dari pendaftar · 66,67 % dari tahap sebelumnya"));
    QCOMPARE(label(nik, "count"), QStringLiteral("1"));
    QCOMPARE(label(nik, "shares"), QStringLiteral("16,67 % dari pendaftar · 25,00 % dari tahap sebelumnya"));
    // The last complete feed minute before 19:02 is 19:01: one registration, four emails.
    QCOMPARE(label(registered, "delta"), QStringLiteral("+1 pada menit terakhir"));
    QCOMPARE(label(email, "delta"), QStringLiteral("+4 pada menit terakhir"));
    QCOMPARE(page.shownSnapshot().nikRejections.value(QStringLiteral("not_found")), 1);
    // No tile for stages that have no data yet (selected, training bought).
    QVERIFY(!page.findChild<StageTile*>(QStringLiteral("tile_selected")));

    // A thousands separator the Indonesian way once there are enough.
    QList<QByteArray> more;
    for (int i = 7; i <= 1006; ++i)
        more << registeredLine(makeNik(kBirth, Sex::Male, i, 317101), QStringLiteral("m%1@example.id").arg(i), kBirth,
                               QStringLiteral("2020-04-11T19:03:00+07:00"));
    ingest(scratch.dbPath(), scratch.keys(), more);
    QTRY_COMPARE_WITH_TIMEOUT(label(registered, "count"), QStringLiteral("1.006"), 5000);
}

void TestDashboardPage::pauseHoldsTheView()
{
    ScratchDatabase scratch;
    FunnelWatcher watcher(WorkspacePaths{scratch.dbPath(), scratch.keyPath()}, scratch.keys(),
                          Session(1, QStringLiteral("analis"), Role::Analyst));
    DashboardPage page(&watcher);
    page.show();
    StageTile* registered = page.findChild<StageTile*>(QStringLiteral("tile_registered"));
    ingest(scratch.dbPath(), scratch.keys(), fixture().mid(0, 2));
    QTRY_COMPARE_WITH_TIMEOUT(label(registered, "count"), QStringLiteral("2"), 5000);
    auto* pause = page.findChild<QPushButton*>(QStringLiteral("pauseButton"));
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(page.isPaused());
    QSignalSpy rendered(&page, &DashboardPage::rendered);
    ingest(scratch.dbPath(), scratch.keys(), fixture().mid(2));
    QTRY_VERIFY_WITH_TIMEOUT(page.findChild<QLabel*>(QStringLiteral("liveStatus"))->text().contains(u"Dijeda"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(rendered.count() > 0, 5000); // the new snapshot arrived …
    QCOMPARE(label(registered, "count"), QStringLiteral("2")); // … and the view held still
    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(label(registered, "count"), QStringLiteral("6"));
}

// Past selection: the province chart counts any stage with each province's conversion from the
// stage before, its CSV holds every province's stages; the funnel chart has a row of height for
// each of its 14 labels (Qt Charts prints "…" for a label without room).
void TestDashboardPage::pastSelectionPerProvinceAndLegibleFunnel()
{
    FunnelSnapshot s;
    s.cursor = 100;
    s.oldestAt = *Timestamp::parseIso8601(u"2020-04-11T19:00:00+07:00");
    s.newestAt = *Timestamp::parseIso8601(u"2020-05-20T10:00:00+07:00");
    const auto at = [](EventType t) { return static_cast<size_t>(t); };
    StageCounts jakarta{}, bandung{};
    for (EventType t : kFunnelStages)
        jakarta[at(t)] = 60, bandung[at(t)] = 40;
    jakarta[at(EventType::JoinedBatch)] = 12, bandung[at(EventType::JoinedBatch)] = 8;
    jakarta[at(EventType::Selected)] = 6, bandung[at(EventType::Selected)] = 4;
    jakarta[at(EventType::TrainingBought)] = 5, bandung[at(EventType::TrainingBought)] = 4;
    jakarta[at(EventType::TrainingCompleted)] = 4, bandung[at(EventType::TrainingCompleted)] = 2;
    jakarta[at(EventType::IncentivePaid)] = 3;
    s.perProvince.insert(31, jakarta);
    s.perProvince.insert(32, bandung);
    for (size_t i = 0; i < s.totals.size(); ++i)
        s.totals[i] = jakarta[i] + bandung[i];
    s.perMinute[FunnelTracker::minuteOf(s.oldestAt)] = s.totals;

    DashboardPage page(nullptr);
    page.resize(1080, 640); // the page's share of the console's default 1280×720 window
    page.show();
    page.applySnapshot(s);
    auto* stage = page.findChild<QComboBox*>(QStringLiteral("provinceStage"));
    QVERIFY(stage);
    QTRY_COMPARE(stage->count(), 14);
    QCOMPARE(stage->itemText(0), stageLabel(EventType::Registered));
    stage->setCurrentIndex(stage->findData(static_cast<int>(EventType::TrainingBought)));
    ChartPanel* provinces = page.chart(QStringLiteral("provinces"));
    QCOMPARE(provinces->title(),
             QStringLiteral("Per provinsi (dari NIK): %1").arg(stageLabel(EventType::TrainingBought)));

    ScratchDatabase scratch;
    QVERIFY(page.exportPdf(scratch.path(QStringLiteral("report.pdf"))).ok()); // draws every chart
    const auto categories = [](ChartPanel* panel) {
        const auto axes = panel->chart()->axes(Qt::Vertical);
        auto* axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis*>(axes.first());
        return axis ? axis->categories() : QStringList();
    };
    // Top to bottom (the axis lists bottom to top): Jakarta 5 of 6 selected bought, Bandung 4 of 4.
    QCOMPARE(categories(provinces),
             (QStringList{QStringLiteral("Jawa Barat · 4 (100,0 % · −0)"),
                          QStringLiteral("Daerah Khusus Ibukota Jakarta · 5 (83,3 % · −1)")}));
    const QString csv = scratch.path(QStringLiteral("provinces.csv"));
    QVERIFY(provinces->exportCsv(csv).ok());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = file.readAll().split('\n');
    QCOMPARE(rows.value(0).trimmed(),
             QByteArray("province,province_name,stage,label,count,share_of_previous,drop_from_previous"));
    QCOMPARE(rows.size() - 2, 2 * 9); // the header, two provinces × (joined + 8 later stages), a last newline
    QVERIFY(rows.contains("31,Daerah Khusus Ibukota Jakarta,training_bought,Membeli pelatihan,5,0.8333,1\r")
            || rows.contains("31,Daerah Khusus Ibukota Jakarta,training_bought,Membeli pelatihan,5,0.8333,1"));

    // The funnel: 14 labels, each with a line of height, so none is cut to "…".
    ChartPanel* funnel = page.chart(QStringLiteral("funnel"));
    const QStringList stages = categories(funnel);
    QCOMPARE(stages.size(), 14);
    const int perRow = (funnel->view()->height() - 70) / 14;
    QVERIFY2(perRow >= funnel->view()->fontMetrics().height() + 4, qPrintable(QString::number(perRow)));
    // The panel holds the whole view (the value axis under the bars is not cut off).
    QVERIFY2(funnel->view()->geometry().bottom() < funnel->height(),
             qPrintable(QStringLiteral("%1 %2").arg(funnel->view()->geometry().bottom()).arg(funnel->height())));
    if (const QString dir = qEnvironmentVariable("PRAKERJA_SCREENSHOTS"); !dir.isEmpty())
        QVERIFY(funnel->grab().save(dir + QStringLiteral("/dashboard-funnel-1080.png")));
}

void TestDashboardPage::exportsPngCsvAndPdf()
{
    ScratchDatabase scratch;
    FunnelWatcher watcher(WorkspacePaths{scratch.dbPath(), scratch.keyPath()}, scratch.keys(),
                          Session(1, QStringLiteral("analis"), Role::Analyst));
    DashboardPage page(&watcher);
    page.resize(1200, 900);
    page.show();
    ingest(scratch.dbPath(), scratch.keys(), fixture());
    QTRY_COMPARE_WITH_TIMEOUT(page.shownSnapshot().total(EventType::NikVerified), 1, 5000);

    ChartPanel* funnel = page.chart(QStringLiteral("funnel"));
    QVERIFY(funnel);
    const QString png = scratch.path(QStringLiteral("funnel.png"));
    QVERIFY(funnel->exportPng(png));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 100 && image.height() > 100);

    const QString csv = scratch.path(QStringLiteral("funnel.csv"));
    QVERIFY(funnel->exportCsv(csv).ok());
    QFile written(csv), golden(QFINDTESTDATA("../data/dashboard_funnel.csv"));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(written.readAll()), QString::fromUtf8(golden.readAll()));

    page.setRange(FunnelReport::Range::WholeWave);
    const QString minutes = scratch.path(QStringLiteral("minutes.csv"));
    QVERIFY(page.chart(QStringLiteral("registrations_per_minute"))->exportCsv(minutes).ok());
    QFile minutesFile(minutes);
    QVERIFY(minutesFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = minutesFile.readAll().split('\n');
    QCOMPARE(rows.value(0).trimmed(), QByteArray("start_wib,minutes,count,cumulative"));
    QCOMPARE(rows.value(1).trimmed(), QByteArray("2020-04-11T19:00:00+07:00,1,5,5"));
    QCOMPARE(rows.value(2).trimmed(), QByteArray("2020-04-11T19:01:00+07:00,1,1,6"));
    QCOMPARE(rows.value(3).trimmed(), QByteArray("2020-04-11T19:02:00+07:00,1,0,6"));

    const QString provinces = scratch.path(QStringLiteral("provinces.csv"));
    QVERIFY(page.chart(QStringLiteral("provinces"))->exportCsv(provinces).ok());
    QFile provincesFile(provinces);
    QVERIFY(provincesFile.open(QIODevice::ReadOnly));
    QCOMPARE(provincesFile.readAll(),
             QByteArray("province,label,count,share\r\n31,Daerah Khusus Ibukota Jakarta,5,0.8333\r\n"
                        "32,Jawa Barat,1,0.1667\r\n")
                 .replace("\r\n", rows.value(0).endsWith('\r') ? "\r\n" : "\n"));

    const QString pdf = scratch.path(QStringLiteral("report.pdf"));
    QVERIFY(page.exportPdf(pdf).ok());
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    pdfFile.close();
    // A4, the summary page then one chart per half page: 1 + 6 / 2 pages.
    const QString info = pdfInfo(pdf);
    QVERIFY2(info.contains(QStringLiteral("Pages:           4")), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("Laporan corong pendaftaran Prakerja")), qPrintable(info));
    const QStringList pages = pdfText(pdf).split(u'\f');
    QCOMPARE(pages.size(), 5); // pdftotext ends each page with a form feed
    for (int i = 0; i < 4; ++i) {
        // The header and the page number on every page.
        QVERIFY2(pages[i].contains(QStringLiteral("Program Kartu Prakerja")), qPrintable(pages[i]));
        QVERIFY2(pages[i].contains(QStringLiteral("WIB")), qPrintable(pages[i]));
        QVERIFY2(pages[i].contains(QStringLiteral("Halaman %1 dari 4").arg(i + 1)), qPrintable(pages[i]));
    }
    QVERIFY2(pages[0].contains(QStringLiteral("Dari tahap sebelumnya")), qPrintable(pages[0]));
    // Two chart titles a page, in the dashboard's order, and their text readable (not an image).
    QVERIFY2(pages[1].contains(QStringLiteral("Corong per tahap")) && pages[1].contains(u"Pendaftaran per menit"),
             qPrintable(pages[1]));
    QVERIFY2(pages[3].contains(QStringLiteral("Penolakan NIK per alasan")), qPrintable(pages[3]));
    QVERIFY2(pages[3].contains(QStringLiteral("Tidak ditemukan di Dukcapil")), qPrintable(pages[3]));
}

void TestDashboardPage::unreachableThenReconnects()
{
    ScratchDatabase scratch;
    ingest(scratch.dbPath(), scratch.keys(), fixture());
    scratch.close();
    FunnelWatcher watcher(WorkspacePaths{scratch.dbPath(), scratch.keyPath()}, scratch.keys(),
                          Session(1, QStringLiteral("analis"), Role::Analyst));
    DashboardPage page(&watcher);
    page.show();
    auto* live = page.findChild<QLabel*>(QStringLiteral("liveStatus"));
    QTRY_COMPARE_WITH_TIMEOUT(page.shownSnapshot().total(EventType::Registered), 6, 5000);
    const QString moved = scratch.path(QStringLiteral("moved.db"));
    QVERIFY(QFile::rename(scratch.dbPath(), moved));
    QTRY_VERIFY_WITH_TIMEOUT(live->text().contains(u"tidak terjangkau"), 5000);
    QVERIFY(QFile::rename(moved, scratch.dbPath()));
    QTRY_VERIFY_WITH_TIMEOUT(live->text().contains(u"tersambung kembali"), 5000);
    QCOMPARE(page.shownSnapshot().total(EventType::Registered), 6);
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"

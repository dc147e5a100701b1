// The Waves page driven offscreen: create a wave, open and close it with the buttons, a dry run
// that draws charts and writes nothing, the draw on the worker, and a role without RunDraw.
#include "ConfirmDialog.h"
#include "TestSupport.h"
#include "WavesPage.h"

#include "domain/Timestamp.h"
#include "io/FeedIngestor.h"
#include "security/Crypto.h"
#include "services/FeedService.h"
#include "services/ReferenceService.h"

#include <QBuffer>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace prakerja;
using namespace prakerja::test;

namespace {

QString cell(QTableWidget* t, int row, int column)
{
    return t->item(row, column) ? t->item(row, column)->text() : QString();
}

// Answers every confirmation with yes, typing what it asks to be typed; records what it showed.
void confirmAll(QStringList* shown)
{
    ConfirmDialog::setTestHook([shown](ConfirmDialog* d) {
        shown->append(d->windowTitle() + QStringLiteral("\n") + d->text());
        if (QLineEdit* typed = d->typedField()) {
            QVERIFY(!d->confirmButton()->isEnabled()); // nothing typed yet
            QTest::keyClicks(typed, QStringLiteral("1"));
        }
        QVERIFY(d->confirmButton()->isEnabled());
        QTest::mouseClick(d->confirmButton(), Qt::LeftButton);
    });
}
} // namespace

class TestWavesPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lifeOfAWaveThroughTheButtons();
    void cancelledConfirmationsLeaveTheWave();
    void agentCannotDraw();
    void referenceCoverageTab();
    void coverageTabSaysWhenNoListIsImported();
};

void TestWavesPage::lifeOfAWaveThroughTheButtons()
{
    ScratchDatabase scratch;
    addWaveOnePool(scratch.db(), 600);
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    QVERIFY(workspace.ok());
    WavesPage page(*workspace.value(), Session::system());
    page.resize(1200, 800);
    page.show();
    auto* table = page.findChild<QTableWidget*>(QStringLiteral("waves"));
    QTRY_VERIFY(!page.job()->busy());
    WaveDraft d;
    d.number = 1;
    d.name = QStringLiteral("Gelombang Uji");
    d.opensAt = 1586826000000;
    d.closesAt = 1587027600000;
    d.announceAt = d.closesAt + Timestamp::kDay;
    d.trainingStartsAt = d.announceAt + Timestamp::kDay;
    d.quota = 50;
    page.createWave(d);
    QTRY_COMPARE(table->rowCount(), 1);
    QTRY_VERIFY(!page.job()->busy());
    QCOMPARE(cell(table, 0, 1), QStringLiteral("Gelombang Uji"));
    QCOMPARE(cell(table, 0, 3), Timestamp::toDisplayWib(d.closesAt, false)); // shown in WIB
    QCOMPARE(cell(table, 0, 4), QStringLiteral("50"));
    auto* details = page.findChild<QLabel*>(QStringLiteral("details"));
    QTRY_VERIFY(details->text().contains(QStringLiteral("disegel")));

    auto click = [&](const char* name) {
        auto* b = page.findChild<QPushButton*>(QLatin1StringView(name));
        QTRY_VERIFY2(b->isEnabled(), name);
        QTest::mouseClick(b, Qt::LeftButton);
        QTRY_VERIFY(!page.job()->busy());
    };
    auto* draw = page.findChild<QPushButton*>(QStringLiteral("draw"));
    QVERIFY(!draw->isEnabled()); // planned: nothing to draw yet
    QStringList asked;
    confirmAll(&asked);
    const auto cleanup = qScopeGuard([] { ConfirmDialog::setTestHook({}); });
    click("openWave");
    QTRY_COMPARE(cell(table, 0, 7), waveStatusLabel(WaveStatus::Open));
    QCOMPARE(cell(table, 0, 5), QStringLiteral("600")); // the live pool of an open wave
    QVERIFY(asked.isEmpty()); // opening is not irreversible: no question
    click("closeWave");
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked[0].contains(QStringLiteral("<b>600</b> anggota")), qPrintable(asked[0]));
    QTRY_COMPARE(cell(table, 0, 7), waveStatusLabel(WaveStatus::Closed));

    click("dryRun");
    auto* charts = page.findChild<QTabWidget*>(QStringLiteral("charts"));
    QTRY_COMPARE(charts->count(), 7);
    auto* message = page.findChild<QLabel*>(QStringLiteral("message"));
    QTRY_VERIFY2(message->text().contains(QStringLiteral("terpilih 50")), qPrintable(message->text()));
    QCOMPARE(scratch.db().scalar(QStringLiteral("SELECT COUNT(*) FROM wave_outcome_chunks")).toInt(), 0);
    QCOMPARE(scratch.db().scalar(QStringLiteral("SELECT COUNT(*) FROM wave_outcome_results")).toInt(), 0);

    click("draw");
    QTRY_COMPARE(cell(table, 0, 7), waveStatusLabel(WaveStatus::Drawn));
    QTRY_COMPARE(cell(table, 0, 6), QStringLiteral("50"));
    QCOMPARE(cell(table, 0, 5), QStringLiteral("600"));
    QTRY_VERIFY(!details->text().contains(QStringLiteral("disegel"))); // the seed is revealed
    click("verify");
    QTRY_COMPARE(message->text(),
                 QStringLiteral("Cocok: 600 anggota, 50 terpilih: hasil tersimpan sama dengan undian ulang"));
    click("announce");
    QTRY_COMPARE(cell(table, 0, 7), waveStatusLabel(WaveStatus::Announced));
    QCOMPARE(asked.size(), 3);
    QVERIFY2(asked[1].contains(QStringLiteral("kuota <b>50</b>")), qPrintable(asked[1]));
    QVERIFY2(asked[2].contains(QStringLiteral("Rp 177.500.000")), qPrintable(asked[2])); // 50 × Rp 3.550.000
    QTRY_VERIFY2(message->text().contains(QStringLiteral("Rp 177.500.000")), qPrintable(message->text()));
    auto* budget = page.findChild<QLabel*>(QStringLiteral("budget"));
    QTRY_VERIFY2(budget->text().contains(QStringLiteral("Rp 177.500.000")),
                 qPrintable(budget->text())); // 50 × Rp 3.550.000

    // Opened later, the page reads a drawn wave's charts from its stored outcome.
    WavesPage later(*workspace.value(), Session::system());
    later.resize(1200, 800);
    later.show();
    auto* laterMessage = later.findChild<QLabel*>(QStringLiteral("message"));
    QTRY_VERIFY2(laterMessage->text().startsWith(QStringLiteral("Hasil undian tersimpan: pool 600")),
                 qPrintable(laterMessage->text()));
    QVERIFY(laterMessage->text().endsWith(QStringLiteral("terpilih 50")));
    QCOMPARE(later.findChild<QTabWidget*>(QStringLiteral("charts"))->count(), 7);
}

void TestWavesPage::cancelledConfirmationsLeaveTheWave()
{
    ScratchDatabase scratch;
    addWaveOnePool(scratch.db(), 100);
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    QVERIFY(workspace.ok());
    WavesPage page(*workspace.value(), Session::system());
    page.resize(1200, 800);
    page.show();
    auto* table = page.findChild<QTableWidget*>(QStringLiteral("waves"));
    QTRY_VERIFY(!page.job()->busy());
    WaveDraft d;
    d.number = 1;
    d.opensAt = Timestamp::nowMs() - Timestamp::kDay;
    d.closesAt = Timestamp::nowMs() + Timestamp::kDay; // closing now would be a day early
    d.announceAt = d.closesAt + Timestamp::kDay;
    d.trainingStartsAt = d.announceAt + Timestamp::kDay;
    d.quota = 10;
    page.createWave(d);
    QTRY_COMPARE(table->rowCount(), 1);
    QTRY_VERIFY(!page.job()->busy());
    const auto cleanup = qScopeGuard([] { ConfirmDialog::setTestHook({}); });
    auto press = [&](const char* name) {
        auto* b = page.findChild<QPushButton*>(QLatin1StringView(name));
        QTRY_VERIFY2(b->isEnabled(), name);
        QTest::mouseClick(b, Qt::LeftButton);
        QTRY_VERIFY(!page.job()->busy());
    };
    auto status
        = [&] { return scratch.db().scalar(QStringLiteral("SELECT status FROM waves WHERE number = 1")).toInt(); };
    // Cancel on a question leaves the wave as it was, and the audit log without a row for it.
    const qint64 auditBefore = scratch.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
    QStringList asked;
    ConfirmDialog::setTestHook([&](ConfirmDialog* dialog) {
        auto* warning = dialog->findChild<QLabel*>(QStringLiteral("confirmWarning"));
        asked << dialog->text() + (warning ? warning->text() : QString());
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    });
    QVERIFY(scratch.db().exec(QStringLiteral("UPDATE waves SET status = 2")).ok()); // open
    page.refresh();
    QTRY_VERIFY(!page.job()->busy());
    press("closeWave");
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked[0].contains(QStringLiteral("lebih awal")), qPrintable(asked[0]));
    QCOMPARE(status(), int(WaveStatus::Open));
    press("cancelWave");
    QCOMPARE(asked.size(), 2);
    QCOMPARE(status(), int(WaveStatus::Open));
    // Draw and announce: the number must be typed; a wrong one keeps Confirm disabled.
    QVERIFY(scratch.db().exec(QStringLiteral("UPDATE waves SET status = 3")).ok()); // closed
    page.refresh();
    QTRY_VERIFY(!page.job()->busy());
    bool wrongNumberRefused = false;
    ConfirmDialog::setTestHook([&](ConfirmDialog* dialog) {
        QVERIFY(dialog->typedField());
        QTest::keyClicks(dialog->typedField(), QStringLiteral("2"));
        wrongNumberRefused = !dialog->confirmButton()->isEnabled();
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    });
    press("draw");
    QVERIFY(wrongNumberRefused);
    QCOMPARE(status(), int(WaveStatus::Closed));
    QCOMPARE(scratch.db().scalar(QStringLiteral("SELECT COUNT(*) FROM wave_outcome_chunks")).toInt(), 0);
    QCOMPARE(cell(table, 0, 7), waveStatusLabel(WaveStatus::Closed));
    QCOMPARE(scratch.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(), auditBefore);
}

void TestWavesPage::agentCannotDraw()
{
    ScratchDatabase scratch;
    addWaveOnePool(scratch.db(), 50);
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    QVERIFY(workspace.ok());
    {
        WavesPage admin(*workspace.value(), Session::system());
        QTRY_VERIFY(!admin.job()->busy());
        WaveDraft d;
        d.opensAt = 1586826000000;
        d.closesAt = 1587027600000;
        d.announceAt = d.closesAt;
        d.trainingStartsAt = d.closesAt;
        d.quota = 5;
        admin.createWave(d);
        QTRY_VERIFY(!admin.job()->busy());
    }
    QVERIFY(scratch.db().exec(QStringLiteral("UPDATE waves SET status = 3")).ok()); // closed
    WavesPage page(*workspace.value(), Session(9, QStringLiteral("agen"), Role::CallCentreAgent));
    page.show();
    auto* table = page.findChild<QTableWidget*>(QStringLiteral("waves"));
    QTRY_COMPARE(table->rowCount(), 1);
    QTRY_VERIFY(!page.job()->busy());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("draw"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("dryRun"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("createWave"))->isEnabled());
    const QString why = page.findChild<QPushButton*>(QStringLiteral("draw"))->toolTip();
    QVERIFY2(why.contains(QStringLiteral("Analis kementerian")), qPrintable(why)); // who can, not a code
    QVERIFY(!why.contains(QStringLiteral("run_draw")));
}

void TestWavesPage::referenceCoverageTab()
{
    ScratchDatabase scratch;
    const CivilDate birth{1988, 7, 1};
    QByteArray feed;
    for (int serial = 1; serial <= 2; ++serial)
        feed += registeredLine(makeNik(birth, Sex::Male, serial), QStringLiteral("w%1@contoh.id").arg(serial), birth)
            + '\n';
    QBuffer registrations(&feed);
    QVERIFY(registrations.open(QIODevice::ReadOnly));
    QVERIFY(FeedIngestor(scratch.db()).ingest(FeedIngestor::linesOf(registrations)).ok());
    QByteArray niks;
    for (int serial = 1; serial <= 3; ++serial)
        niks += makeNik(birth, Sex::Male, serial).toLatin1() + '\n';
    QBuffer list(&niks);
    QVERIFY(list.open(QIODevice::ReadOnly));
    const Session admin = Session::system();
    const auto imported = FeedService(scratch.db(), admin).importReference(ReferenceList::Kemnaker, list, {});
    QVERIFY(imported.ok());
    QVERIFY(ReferenceService(scratch.db(), admin)
                .recordSource(imported->importId, QStringLiteral("Disnaker Kota Bandung")));
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    QVERIFY(workspace.ok());
    for (const Session& who : {Session(1, QStringLiteral("admin"), Role::Administrator),
                               Session(9, QStringLiteral("agen"), Role::CallCentreAgent)}) {
        WavesPage page(*workspace.value(), who);
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.findChild<QTabWidget*>(QStringLiteral("listTabs"))->setCurrentIndex(1);
        auto* coverage = page.findChild<QTableWidget*>(QStringLiteral("coverage"));
        QTRY_COMPARE(coverage->rowCount(), 1);
        QCOMPARE(cell(coverage, 0, 0), QStringLiteral("Daftar pekerja terdampak (Kemnaker)"));
        QCOMPARE(cell(coverage, 0, 1), QStringLiteral("Disnaker Kota Bandung"));
        QCOMPARE(cell(coverage, 0, 2), QStringLiteral("3"));
        QCOMPARE(cell(coverage, 0, 3), QStringLiteral("2 (67%)"));
        QCOMPARE(cell(coverage, 0, 4), QStringLiteral("1 (33%)"));
        QCOMPARE(cell(coverage, 0, 7), QStringLiteral("0 (0%)"));
        auto* imports = page.findChild<QTableWidget*>(QStringLiteral("referenceImports"));
        QTRY_VERIFY(!page.job()->busy());
        if (who.role() == Role::Administrator) {
            QTRY_COMPARE(imports->rowCount(), 1);
            QCOMPARE(cell(imports, 0, 2), QStringLiteral("Disnaker Kota Bandung"));
            QCOMPARE(cell(imports, 0, 4), QStringLiteral("3"));
            QCOMPARE(cell(imports, 0, 6), QStringLiteral("berlaku"));
        } else {
            QVERIFY(!imports->isVisible()); // operators and files: for those who import lists
        }
        if (const QString dir = qEnvironmentVariable("PRAKERJA_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(page.grab().save(dir + QStringLiteral("/waves-coverage-%1.png").arg(roleName(who.role()))));
    }
}

void TestWavesPage::coverageTabSaysWhenNoListIsImported()
{
    ScratchDatabase scratch;
    auto workspace = Workspace::open(WorkspacePaths{scratch.dbPath(), scratch.keyPath()});
    QVERIFY(workspace.ok());
    WavesPage page(*workspace.value(), Session::system());
    page.show();
    page.findChild<QTabWidget*>(QStringLiteral("listTabs"))->setCurrentIndex(1);
    auto* note = page.findChild<QLabel*>(QStringLiteral("coverageNote"));
    QTRY_VERIFY(note->text().contains(QStringLiteral("Belum ada daftar rujukan yang diimpor")));
    QCOMPARE(page.findChild<QTableWidget*>(QStringLiteral("coverage"))->rowCount(), 0);
    QTRY_VERIFY(!page.job()->busy());
}

QTEST_MAIN(TestWavesPage)
#include "tst_wavespage.moc"
